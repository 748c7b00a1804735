"""Importing a read sheet: plan every row (new, matching, repeated, rejected), then apply.

``plan_import`` writes nothing; ``apply_import`` writes the accepted rows in the
caller's one transaction: all of them or, on any error, none. The plan's types live in
``domain.import_plans`` and the row planners in ``services.import_planners``; the
public names are re-exported here, the one module the UI and the CLI import.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from dla_desktop.db.models import Enrolment, Volet, VoletEnrolment
from dla_desktop.domain.errors import ValidationError
from dla_desktop.domain.import_plans import (
    ImportPlan,
    ImportSummary,
    MatchChoice,
    PlannedRow,
    Prepared,
    RowFate,
)
from dla_desktop.domain.imports import ImportField, ImportTarget, cell_text, fields_of
from dla_desktop.domain.records import EnrolmentDraft, VoletEnrolmentDraft
from dla_desktop.domain.spreadsheets import CellKind, SheetData, Table, TableColumn
from dla_desktop.domain.text import plural
from dla_desktop.services.base import Entity, gc_paused
from dla_desktop.services.enrolment import ENROLMENTS, enrol_associations, join_volet
from dla_desktop.services.import_planners import PLANNERS, field_names

__all__ = [
    "ImportPlan",
    "ImportSummary",
    "MatchChoice",
    "PlannedRow",
    "Prepared",
    "RowFate",
    "apply_import",
    "checked_mapping",
    "plan_import",
    "rejected_table",
]


def plan_import(
    session: Session,
    target: ImportTarget,
    sheet: SheetData,
    mapping: Mapping[int, str],
    *,
    programme_id: str | None = None,
    limit: int | None = None,
) -> ImportPlan:
    """Read, check and match every row (only the first ``limit`` for a preview); writes nothing."""
    columns = checked_mapping(target, sheet.headers, mapping)
    planner = PLANNERS[target](session, programme_id)
    decimal = sheet.csv.decimal if sheet.csv is not None else ","
    rows = sheet.rows if limit is None else sheet.rows[:limit]
    with gc_paused():
        planned = planner.plan_all(rows, columns, decimal)
    return ImportPlan(target, programme_id, sheet.file_name, dict(mapping), planned)


def checked_mapping(
    target: ImportTarget, headers: Sequence[str], mapping: Mapping[int, str]
) -> dict[int, ImportField]:
    """Column index -> field, or a French ValidationError before any row is read."""
    known = {f.name: f for f in fields_of(target)}
    columns: dict[int, ImportField] = {}
    for index, name in mapping.items():
        if name not in known:
            raise ValidationError.single("mapping", f"Champ inconnu « {name} » pour cet import.")
        if not 0 <= index < len(headers):
            raise ValidationError.single(
                "mapping", f"Le fichier n'a pas de colonne n° {index + 1}."
            )
        if any(column.name == name for column in columns.values()):
            raise ValidationError.single(
                "mapping", f"Le champ « {known[name].label} » est associé à deux colonnes."
            )
        columns[index] = known[name]
    for wanted in known.values():
        if wanted.required and wanted not in columns.values():
            raise ValidationError.single(
                "mapping",
                f"Aucune colonne n'est associée au champ obligatoire « {wanted.label} ».",
            )
    if target == ImportTarget.CONTACTS and not {"association", "company"} & set(mapping.values()):
        raise ValidationError.single(
            "mapping",
            "Associez une colonne « Association » ou « Entreprise » : "
            "chaque contact appartient à une structure.",
        )
    return columns


def apply_import(
    session: Session,
    plan: ImportPlan,
    choices: Mapping[int, MatchChoice] | None = None,
    *,
    default_choice: MatchChoice = MatchChoice.MERGE,
    skip_rejected: bool = False,
) -> ImportSummary:
    """Write the plan's rows; ``choices`` by line for MATCH rows.

    Refuses (ValidationError, nothing written) while rows are rejected unless
    ``skip_rejected``; any error rolls the whole import back with the caller's
    transaction. New rows go in with one flush; merges go through the Entity's update
    with the version read when planning (a record changed since: StaleRecordError).
    Participants: the rows written are enrolled, then join their volets and those of
    the rows repeating them (one row per volet is a common layout).
    """
    rejected = plan.count(RowFate.REJECTED)
    if rejected and not skip_rejected:
        raise ValidationError.single(
            "rows",
            f"{plural(rejected, 'ligne rejetée', 'lignes rejetées')} : rien n'a été importé. "
            "Corrigez le fichier, ou importez sans ces lignes.",
        )
    chosen = choices or {}
    to_create: list[PlannedRow] = []
    to_merge: list[PlannedRow] = []
    skipped = 0
    for row in plan.rows:
        choice = chosen.get(row.line, default_choice) if row.fate == RowFate.MATCH else None
        if row.fate == RowFate.NEW or choice == MatchChoice.CREATE:
            to_create.append(row)
        elif choice == MatchChoice.MERGE:
            to_merge.append(row)
        elif row.fate != RowFate.REJECTED:
            skipped += 1
    entity = PLANNERS[plan.target].entity
    created_ids = entity.insert_all(session, [_prepared(row).draft for row in to_create])
    merged_ids = _merge_all(session, entity, to_merge)
    enrolled = 0
    if plan.target == ImportTarget.PARTICIPANTS:
        assert plan.programme_id is not None  # plan_import refused a participants plan without
        written = list(zip(created_ids, to_create, strict=True))
        written += zip(merged_ids, to_merge, strict=True)
        enrolled = _take_part(session, plan.programme_id, written, _repeated_volets(plan))
    return ImportSummary(len(to_create), len(to_merge), skipped, rejected, enrolled)


def rejected_table(sheet: SheetData, plan: ImportPlan) -> Table:
    """The rejected rows as they were in the file, plus "Ligne" and "Motif du rejet", to fix."""
    reasons = {row.line: " ".join(row.errors) for row in plan.rows if row.fate == RowFate.REJECTED}
    columns = (
        TableColumn("Ligne", CellKind.INTEGER),
        *(TableColumn(header) for header in sheet.headers),
        TableColumn("Motif du rejet"),
    )
    rows = [
        (row.line, *(cell_text(cell) for cell in row.cells), reasons[row.line])
        for row in sheet.rows
        if row.line in reasons
    ]
    return Table("Lignes rejetées", columns, rows)


# --- writing the kept rows ----------------------------------------------------------------


def _prepared(row: PlannedRow) -> Prepared:
    """A kept row's writing instructions: a rejected row has none (apply_import skips them)."""
    assert row.prepared is not None, "a rejected row has nothing to write"
    return row.prepared


def _merge_all(session: Session, entity: Entity[Any, Any], rows: list[PlannedRow]) -> list[str]:
    """The file's non-empty cells over each matched record, through the Entity's update."""
    ids = [row.match_id for row in rows if row.match_id is not None]
    model: Any = entity.model
    # Read in a few queries, not one per row; held here, since the identity map is weak.
    loaded = [
        session.scalars(select(model).where(model.id.in_(ids[start : start + 500]))).all()
        for start in range(0, len(ids), 500)
    ]
    versions: dict[str, int] = {}
    for row in rows:
        assert row.match_id is not None and row.match_version is not None
        prepared = _prepared(row)
        current = entity.get(session, row.match_id)
        kept = {name: getattr(current, name) for name in field_names(type(prepared.draft))}
        given = {name: getattr(prepared.draft, name) for name in prepared.filled}
        draft = type(prepared.draft)(**(kept | given))
        # Two rows of the file may merge into one record: the second follows the first.
        version = versions.get(row.match_id, row.match_version)
        versions[row.match_id] = entity.update(session, row.match_id, draft, version).version
    del loaded
    return ids


def _repeated_volets(plan: ImportPlan) -> dict[int, tuple[str, ...]]:
    """Line -> volets named by later rows repeating it: one row per volet is a common layout."""
    extra: dict[int, tuple[str, ...]] = {}
    for row in plan.rows:
        if row.fate == RowFate.DUPLICATE and row.duplicate_of is not None:
            extra[row.duplicate_of] = extra.get(row.duplicate_of, ()) + _prepared(row).volet_ids
    return extra


def _take_part(
    session: Session,
    programme_id: str,
    written: list[tuple[str, PlannedRow]],
    repeated: Mapping[int, tuple[str, ...]],
) -> int:
    """Enrol the written associations, set their enrolment's figures, put them in their volets."""
    by_date: dict[date | None, list[str]] = {}
    for association_id, row in written:
        by_date.setdefault(_prepared(row).enrolment.get("status_date"), []).append(association_id)
    enrolled = 0
    for on, association_ids in by_date.items():
        enrolled += len(enrol_associations(session, programme_id, association_ids, on=on))
    enrolments = {
        row.association_id: row
        for row in session.scalars(
            select(Enrolment).where(
                Enrolment.programme_id == programme_id, Enrolment.deleted_at.is_(None)
            )
        )
    }
    members = {
        (volet_id, association_id)
        for volet_id, association_id in session.execute(
            select(VoletEnrolment.volet_id, VoletEnrolment.association_id)
            .join(Volet, Volet.id == VoletEnrolment.volet_id)
            .where(Volet.programme_id == programme_id, VoletEnrolment.deleted_at.is_(None))
        )
    }
    for association_id, row in written:
        prepared = _prepared(row)
        _set_enrolment(session, enrolments[association_id], prepared.enrolment)
        for volet_id in (*prepared.volet_ids, *repeated.get(row.line, ())):
            if (volet_id, association_id) not in members:
                join_volet(
                    session, VoletEnrolmentDraft(volet_id=volet_id, association_id=association_id)
                )
                members.add((volet_id, association_id))
    return enrolled


def _set_enrolment(session: Session, enrolment: Enrolment, given: Mapping[str, Any]) -> None:
    """The file's enrolment date and follow-up days, through the enrolment's own update."""
    if not given:
        return
    current = ENROLMENTS.get(session, enrolment.id)
    kept = {name: getattr(current, name) for name in field_names(EnrolmentDraft)}
    ENROLMENTS.update(session, enrolment.id, EnrolmentDraft(**(kept | given)), current.version)
