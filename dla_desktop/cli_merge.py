"""``dla-desktop merge``: a merge plan and its summary, as French text or as JSON (no Qt)."""

from __future__ import annotations

import dataclasses
from datetime import datetime
from pathlib import Path
from typing import Any

from dla_desktop.domain.dates import format_moment
from dla_desktop.domain.merging import (
    Authorship,
    ConflictKind,
    DuplicateProposal,
    FieldConflict,
    MergePlan,
    MergeSummary,
    RecordConflict,
    TableChanges,
)
from dla_desktop.domain.text import plural


def plan_as_text(plan: MergePlan) -> str:
    """Who sent the file, what comes in automatically, then what needs a decision."""
    lines = [
        f"Fichier reçu : {plan.file_name}",
        f"Envoyé par : {plan.their_office or 'bureau non renseigné'}",
        "Dernière fusion avec ce bureau : "
        + ("jamais" if plan.last_merged is None else format_moment(plan.last_merged, " ")),
        "Modifications reçues : "
        + plural(
            plan.received_entries, "entrée d'historique", "entrées d'historique", grouped=True
        ),
    ]
    lines += _tables_lines(plan.tables)
    lines += _conflict_lines(plan.conflicts)
    lines += _duplicate_lines(plan.duplicates)
    return "\n".join(lines)


def changes_text(created: int, updated: int, deleted: int) -> str:
    """``3 créations, 5 modifications, 0 suppression`` (nouns: no gender to agree with)."""
    return ", ".join(
        (
            plural(created, "création", "créations", grouped=True),
            plural(updated, "modification", "modifications", grouped=True),
            plural(deleted, "suppression", "suppressions", grouped=True),
        )
    )


def _tables_lines(tables: tuple[TableChanges, ...]) -> list[str]:
    """One line per kind of record with something to apply."""
    if not tables:
        return ["Changements à appliquer : aucun."]
    return [
        "Changements à appliquer :",
        *(
            f"  {table.kind_label} : {changes_text(table.created, table.updated, table.deleted)}"
            for table in tables
        ),
    ]


def _conflict_lines(conflicts: tuple[RecordConflict, ...]) -> list[str]:
    """Each conflict, then each of its fields side by side: mine first, theirs second."""
    if not conflicts:
        return ["Conflits : aucun."]
    lines = [f"Conflits ({len(conflicts)}) :"]
    for conflict in conflicts:
        lines.append(f"  {conflict.kind_label} « {conflict.record_label} » : {conflict.kind.label}")
        if conflict.kind is not ConflictKind.FIELDS and conflict.edited_fields:
            lines.append(f"    Champs modifiés : {', '.join(conflict.edited_fields)}")
        lines += [f"    {field_conflict_text(field)}" for field in conflict.fields]
    return lines


def field_conflict_text(field: FieldConflict) -> str:
    """``Ville : ici « Lille » (CBE de Lille, 12 mars 2026 17:30) / chez eux « Roubaix » (...)``."""
    return (
        f"{field.label} : ici {_value(field.mine)} ({authorship_text(field.mine_by)})"
        f" / chez eux {_value(field.theirs)} ({authorship_text(field.theirs_by)})"
    )


def authorship_text(author: Authorship) -> str:
    """``CBE de Lille, 12 mars 2026 17:30``; the user when the office is unknown."""
    parts = [author.office or author.user]
    if author.when is not None:
        parts.append(format_moment(author.when, " "))
    shown = ", ".join(part for part in parts if part)
    return shown or "auteur inconnu"


def _value(text: str) -> str:
    """A value in French quotes; an empty one said as such."""
    return f"« {text} »" if text else "(vide)"


def _duplicate_lines(duplicates: tuple[DuplicateProposal, ...]) -> list[str]:
    """Records created on both sides for the same structure, proposed for fusion."""
    if not duplicates:
        return []
    return [
        f"Doublons proposés ({len(duplicates)}) :",
        *(
            f"  {d.kind_label} « {d.mine_label} » (ici) et « {d.theirs_label} » (chez eux) :"
            f" {d.reason}"
            for d in duplicates
        ),
    ]


def summary_as_text(summary: MergeSummary) -> str:
    """The end of a merge: what was written, in one sentence."""
    parts = [
        changes_text(summary.created, summary.updated, summary.deleted),
        plural(summary.conflicts_resolved, "conflit résolu", "conflits résolus"),
        plural(summary.fused, "doublon fusionné", "doublons fusionnés"),
    ]
    return f"Fusion terminée : {', '.join(parts)}."


def merge_as_json(
    plan: MergePlan, summary: MergeSummary | None = None, backup: Path | None = None
) -> dict[str, Any]:
    """The plan, and the summary and backup when the merge was applied, as plain JSON types."""
    return {
        "plan": _plain(dataclasses.asdict(plan))
        | {
            "created": plan.created,
            "updated": plan.updated,
            "deleted": plan.deleted,
            "nothing_to_do": plan.nothing_to_do,
        },
        "applied": summary is not None,
        "backup": None if backup is None else str(backup),
        "summary": None if summary is None else _plain(dataclasses.asdict(summary)),
    }


def _plain(value: Any) -> Any:
    """Datetimes as ISO text and tuples as lists, recursively (enums are already strings)."""
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    return value
