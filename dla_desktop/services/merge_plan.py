"""A merge analysis put into words: the plan a coordinator reads before merging."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Column
from sqlalchemy.orm import Session

from dla_desktop.domain.merging import (
    Authorship,
    ConflictKind,
    DuplicateProposal,
    FieldConflict,
    MergePlan,
    RecordConflict,
    Side,
    TableChanges,
)
from dla_desktop.services.history import NAME_COLUMNS, enum_label, field_label, plain_value
from dla_desktop.services.merge_analysis import (
    Analysis,
    Fusion,
    Head,
    Pair,
    Sides,
    TableInfo,
    field_head,
    python_value,
    shared_tables,
    table_info,
)

TABLE_LABELS = {
    "office": "Bureau",
    "association": "Association",
    "company": "Entreprise",
    "cabinet": "Cabinet",
    "funder": "Financeur",
    "contact": "Contact",
    "programme": "Programme",
    "programme_office": "Bureau d'un programme",
    "volet": "Volet",
    "subgroup": "Sous-groupe",
    "enrolment": "Inscription à un programme",
    "volet_enrolment": "Inscription à un volet",
    "programme_session": "Séance",
    "attendance": "Présence",
    "funding_line": "Financement",
    "cost_line": "Coût",
    "followup_action": "Action de suivi",
    "questionnaire": "Questionnaire",
    "partnership": "Partenariat",
    "meeting": "Rencontre",
    "meeting_participant": "Participant à une rencontre",
    "meeting_pair": "Rendez-vous d'une rencontre",
    "meeting_preference": "Souhait de rencontre",
    "meeting_survey_answer": "Réponse à l'enquête",
    "meeting_project": "Projet né d'une rencontre",
    "meeting_project_member": "Membre d'un projet",
    "meeting_project_step": "Étape d'un projet",
}
KEY_LABELS = {"siret": "SIRET", "rna": "numéro RNA", "siren": "SIREN"}


class Names:
    """Display names of records of both files, so a plan never shows a raw identifier."""

    def __init__(self, sides: Sides) -> None:
        self.names: dict[str, str] = {}
        for info in shared_tables():
            column = _name_expression(info)
            if column is not None:
                self.names.update(
                    (row_id, name)
                    for schema in ("theirs", "main")  # ours last: our spelling wins
                    for row_id, name in sides.rows(f"SELECT id, {column} FROM {schema}.{info.name}")
                    if name
                )

    def of(self, row_id: object) -> str:
        return self.names.get(str(row_id), "(fiche inconnue)") if row_id else ""


def office_name(sides: Sides, office_id: str | None) -> str:
    """The name of the office working in the received file ("" when it names none)."""
    rows = sides.rows("SELECT name FROM theirs.office WHERE id = ?", [office_id])
    return rows[0][0] if rows else ""


def _name_expression(info: TableInfo) -> str | None:
    if "last_name" in info.columns:
        return "TRIM(first_name || ' ' || last_name)"
    return next((name for name in NAME_COLUMNS if name in info.columns), None)


def build_plan(session: Session, sides: Sides, analysis: Analysis, file_name: str) -> MergePlan:
    """The plan: automatic changes per kind of record, conflicts side by side, duplicates."""
    names = Names(sides)
    dialect = session.get_bind().dialect
    return MergePlan(
        file_name=file_name,
        their_office=names.of(analysis.their_office_id) if analysis.their_office_id else "",
        last_merged=_parse_time(analysis.last_merged) if analysis.last_merged else None,
        received_entries=len(analysis.their_entries),
        tables=_table_changes(analysis),
        conflicts=tuple(
            _conflict(pair, analysis, names, dialect) for pair in analysis.pairs if pair.kind
        ),
        duplicates=tuple(_proposal(fusion, names) for fusion in analysis.fusions),
    )


def _table_changes(analysis: Analysis) -> tuple[TableChanges, ...]:
    counts: dict[str, list[int]] = {}
    for table, rows in analysis.inserts.items():
        deleted = table_info(table).columns.index("deleted_at")
        live = sum(1 for row in rows if row[deleted] is None and row[0] not in analysis.remap)
        if live:
            counts.setdefault(table, [0, 0, 0])[0] += live
    for pair in analysis.pairs:
        theirs = [name for name, side in pair.decisions.items() if side is Side.THEIRS]
        if not theirs:
            continue
        deleting = (
            "deleted_at" in theirs
            and pair.value(Side.THEIRS, "deleted_at") is not None
            and pair.value(Side.MINE, "deleted_at") is None
        )
        counts.setdefault(pair.info.name, [0, 0, 0])[2 if deleting else 1] += 1
    order = [info.name for info in shared_tables()]
    return tuple(
        TableChanges(TABLE_LABELS.get(table, table), *counts[table])
        for table in order
        if table in counts
    )


def _conflict(pair: Pair, analysis: Analysis, names: Names, dialect: Any) -> RecordConflict:
    assert pair.kind is not None
    deletion = pair.kind is not ConflictKind.FIELDS
    shown = [name for name in pair.conflicting if not (deletion and name == "deleted_at")]
    editor = Side.THEIRS if pair.kind is ConflictKind.DELETED_MINE else Side.MINE
    return RecordConflict(
        key=pair.key,
        table=pair.info.name,
        kind_label=TABLE_LABELS.get(pair.info.name, pair.info.name),
        record_label=pair_label(pair.info, pair.mine, names),
        kind=pair.kind,
        fields=tuple(_field_conflict(pair, name, analysis, names, dialect) for name in shown),
        edited_fields=tuple(
            field_label(name)
            for name, side in pair.decisions.items()
            if deletion and side is editor and name != "deleted_at"
        ),
    )


def _field_conflict(
    pair: Pair, name: str, analysis: Analysis, names: Names, dialect: Any
) -> FieldConflict:
    column = pair.info.table.c[name]
    return FieldConflict(
        field=name,
        label=field_label(name),
        mine=value_text(column, python_value(column, pair.value(Side.MINE, name), dialect), names),
        theirs=value_text(
            column, python_value(column, pair.value(Side.THEIRS, name), dialect), names
        ),
        mine_by=_authorship(field_head(analysis, pair, Side.MINE, name), names),
        theirs_by=_authorship(field_head(analysis, pair, Side.THEIRS, name), names),
    )


def _authorship(head: Head | None, names: Names) -> Authorship:
    if head is None:
        return Authorship()
    return Authorship(
        office=names.of(head.office_id) if head.office_id else "",
        user=head.user_name,
        when=_parse_time(head.changed_at),
    )


def _parse_time(raw: str) -> datetime | None:
    try:
        return datetime.fromisoformat(raw).replace(tzinfo=UTC)
    except ValueError:
        return None


def _proposal(fusion: Fusion, names: Names) -> DuplicateProposal:
    key, _sep, value = fusion.reason.partition(":")
    return DuplicateProposal(
        key=fusion.key,
        table=fusion.info.name,
        kind_label=TABLE_LABELS.get(fusion.info.name, fusion.info.name),
        mine_id=fusion.mine[0],
        theirs_id=fusion.theirs[0],
        mine_label=pair_label(fusion.info, fusion.mine, names),
        theirs_label=pair_label(fusion.info, fusion.theirs, names),
        reason=f"même {KEY_LABELS.get(key, key)} {value}",
    )


def pair_label(info: TableInfo, row: tuple[Any, ...], names: Names) -> str:
    """A record's name, or for a link row the names of what it links ("Présence — Asso X")."""
    own = names.names.get(row[0])
    if own:
        return own
    linked = [
        names.of(row[info.columns.index(column)])
        for column in info.foreign_keys
        if row[info.columns.index(column)]
    ]
    return " — ".join(name for name in linked if name) or TABLE_LABELS.get(info.name, info.name)


def value_text(column: Column[Any], value: object, names: Names) -> str:
    """A value as a coordinator reads it: dates in French, money in euros, names not ids."""
    if value is None or value == "":
        return "(vide)"
    if column.foreign_keys:
        return names.of(value)
    label = enum_label(column, value)
    return label if label is not None else plain_value(value, column)
