"""Importing a read sheet: plan every row (new, matching, repeated, rejected), then apply.

``plan_import`` writes nothing; ``apply_import`` writes the accepted rows in the
caller's one transaction: all of them or, on any error, none.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import MISSING, dataclass, field, fields
from datetime import date
from typing import Any, NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from dla_desktop.db.models import (
    Association,
    Company,
    Contact,
    Enrolment,
    Programme,
    Volet,
    VoletEnrolment,
)
from dla_desktop.domain.enums import LabelledEnum, VoletKind
from dla_desktop.domain.errors import ValidationError
from dla_desktop.domain.imports import (
    LIST_SEPARATORS,
    ImportField,
    ImportTarget,
    cell_text,
    convert_cell,
    fields_of,
    is_empty,
)
from dla_desktop.domain.records import (
    AssociationDraft,
    CompanyDraft,
    ContactDraft,
    EnrolmentDraft,
    VoletEnrolmentDraft,
)
from dla_desktop.domain.spreadsheets import (
    CellKind,
    SheetData,
    SourceRow,
    Table,
    TableColumn,
)
from dla_desktop.domain.text import folded
from dla_desktop.services.associations import ASSOCIATIONS, _checker
from dla_desktop.services.base import Entity, gc_paused
from dla_desktop.services.companies import COMPANIES
from dla_desktop.services.contacts import CONTACTS, OWNERS
from dla_desktop.services.enrolment import (
    ENROLMENTS,
    enrol_associations,
    join_volet,
    live_participant_ids,
)


class RowFate(LabelledEnum):
    NEW = "new", "À créer"
    MATCH = "match", "Déjà connue"
    DUPLICATE = "duplicate", "Doublon dans le fichier"
    REJECTED = "rejected", "Rejetée"


class MatchChoice(LabelledEnum):
    MERGE = "merge", "Fusionner"  # the file's non-empty cells update the existing record
    SKIP = "skip", "Ignorer"  # the row is not imported
    CREATE = "create", "Créer"  # a new record beside the existing one


@dataclass(frozen=True)
class PlannedRow:
    """What will happen to one data row of the file, and why."""

    line: int  # the SourceRow's line
    fate: RowFate
    label: str  # the row in a few words: "Les Amis du Rail (Lille)", "DUPONT Marie"
    # field name -> converted, normalised value (the preview); empty cells are left out, a
    # cell that cannot be read stays as its text
    values: Mapping[str, Any]
    errors: tuple[str, ...] = ()  # REJECTED only: "SIRET : clé de contrôle incorrecte."
    warnings: tuple[str, ...] = ()  # kept rows may warn (an RNA not in W + 9 digits)
    match_id: str | None = None  # MATCH: the existing record
    match_label: str = ""  # MATCH: how that record is named in the database
    match_reason: str = ""  # MATCH: "même SIRET", "même RNA", "même nom et même commune"
    duplicate_of: int | None = None  # DUPLICATE: the line of the earlier row it repeats
    match_version: int | None = None  # MATCH: as read when planning (a later change is refused)
    # What apply writes (kept rows); the services' business, not the wizard's.
    prepared: Prepared | None = field(default=None, repr=False, compare=False)


@dataclass(frozen=True)
class ImportPlan:
    target: ImportTarget
    programme_id: str | None  # PARTICIPANTS only
    file_name: str
    mapping: Mapping[int, str]  # column index -> field name
    rows: tuple[PlannedRow, ...]

    def count(self, fate: RowFate) -> int:
        """How many rows share a fate: the report's counts."""
        return sum(1 for row in self.rows if row.fate == fate)


@dataclass(frozen=True)
class ImportSummary:
    created: int = 0
    merged: int = 0
    skipped: int = 0  # matches the user chose to skip, and repeated rows
    rejected: int = 0
    enrolled: int = 0  # PARTICIPANTS: associations newly enrolled in the programme

    def describe(self) -> str:
        """One French sentence: "12 fiches créées, 3 fusionnées, 1 ignorée, 2 rejetées"."""
        parts: list[str] = []
        for count, one, many in (
            (self.created, "créée", "créées"),
            (self.merged, "fusionnée", "fusionnées"),
            (self.skipped, "ignorée", "ignorées"),
            (self.rejected, "rejetée", "rejetées"),
        ):
            if count:
                noun = "" if parts else ("fiche " if count == 1 else "fiches ")
                parts.append(f"{count} {noun}{one if count == 1 else many}")
        text = ", ".join(parts) or "Aucune fiche importée"
        if self.enrolled:
            text += " ; " + plural(
                self.enrolled,
                "association inscrite au programme",
                "associations inscrites au programme",
            )
        return text


def plural(count: int, one: str, many: str) -> str:
    """``1 ligne rejetée``, ``3 lignes rejetées`` (and ``0 ligne``, as French says it)."""
    return f"{count} {one if count <= 1 else many}"


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
        planned = tuple(planner.plan(row, columns, decimal) for row in rows)
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


# --- what apply writes for a kept row ----------------------------------------------------


@dataclass(frozen=True)
class Prepared:
    """What ``apply_import`` writes for a kept row, resolved once when planning."""

    draft: Any  # the checked AssociationDraft / CompanyDraft / ContactDraft
    filled: frozenset[str]  # the draft fields the file gave: a merge keeps the others
    volet_ids: tuple[str, ...] = ()  # PARTICIPANTS: the volets to join
    enrolment: Mapping[str, Any] = field(default_factory=dict)  # status_date, followup days


def _prepared(row: PlannedRow) -> Prepared:
    """A kept row's writing instructions (a preview's rows are not meant to be applied)."""
    assert row.prepared is not None, "only kept rows of a full plan are written"
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
        kept = {name: getattr(current, name) for name in _draft_fields(type(prepared.draft))}
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
    kept = {name: getattr(current, name) for name in _draft_fields(EnrolmentDraft)}
    ENROLMENTS.update(session, enrolment.id, EnrolmentDraft(**(kept | given)), current.version)


# --- planning rows ------------------------------------------------------------------------

SIRET_REASON = "même SIRET"
REASONS = {
    "siret": SIRET_REASON,
    "siren": "même SIREN",
    "rna": "même RNA",
    "email": "même courriel",
}
SAME_NAME_AND_TOWN = "même nom et même commune"
SAME_PERSON = "même nom et même prénom, dans la même structure"


class Known(NamedTuple):
    """A record in the database (``ref`` its id) or a row met earlier in the file (its line)."""

    ref: str | int
    version: int
    label: str
    ids: Mapping[str, str]  # identifiers (siret, rna, email...): two that differ never match


@dataclass
class KeyIndex:
    """Finds what a row repeats: same identifier first, else same name when none conflicts."""

    strong: dict[tuple[str, str], Known] = field(default_factory=dict)
    weak: dict[tuple[str, ...], list[Known]] = field(default_factory=dict)

    def add(self, known: Known, weak_key: tuple[str, ...] | None) -> None:
        """Remember a record or a row; the first one keeps an identifier."""
        for kind, value in known.ids.items():
            self.strong.setdefault((kind, value), known)
        if weak_key is not None:
            self.weak.setdefault(weak_key, []).append(known)

    def find(
        self, ids: Mapping[str, str], weak_key: tuple[str, ...] | None, weak_reason: str
    ) -> tuple[Known, str] | None:
        """What the keys designate, and why in French ("même SIRET"), or None."""
        for kind, value in ids.items():
            if (kind, value) in self.strong:
                return self.strong[(kind, value)], REASONS[kind]
        for known in self.weak.get(weak_key, ()) if weak_key is not None else ():
            if all(known.ids.get(kind, value) == value for kind, value in ids.items()):
                return known, weak_reason
        return None


class Planner:
    """How rows of one target become checked drafts matched against the base and the file.

    Built once per plan: it reads the keys it matches on in a few queries, then plans
    each row in memory (plus what the forms' own validation reads).
    """

    entity: Entity[Any, Any]
    draft_type: type
    weak_reason = SAME_NAME_AND_TOWN

    def __init__(self, session: Session, programme_id: str | None) -> None:
        """Subclasses then load what they match on, once."""
        self.session = session
        self.stored = KeyIndex()
        self.in_file = KeyIndex()
        self.draft_fields = _draft_fields(self.draft_type)
        # Required fields left empty still make a draft, which the form's checks refuse.
        self.blank = {f.name: "" for f in fields(self.draft_type) if f.default is MISSING}

    def plan(self, row: SourceRow, columns: Mapping[int, ImportField], decimal: str) -> PlannedRow:
        """Convert, resolve, check with the forms' rules, then match: one row's fate."""
        values, errors = _convert(row, columns, decimal)
        extra, links = self.resolve(values, errors)
        given = {k: v for k, v in values.items() if k in self.draft_fields and k not in errors}
        clean, warnings = self.check(self.draft_type(**(self.blank | given | extra)), errors)
        if clean is None:
            ordered = _in_field_order(errors, columns.values())
            return PlannedRow(row.line, RowFate.REJECTED, self.row_label(values), values, ordered)
        values |= {name: getattr(clean, name) for name in given}
        prepared = Prepared(clean, frozenset(given) | self.filled_links(values), **links)
        return self.match(row.line, clean, values, warnings, prepared)

    def match(
        self,
        line: int,
        clean: Any,
        values: dict[str, Any],
        warnings: tuple[str, ...],
        prepared: Prepared,
    ) -> PlannedRow:
        """DUPLICATE of an earlier row of the file, else MATCH of a stored record, else NEW."""
        label, ids, weak_key = self.row_label(values), self.identifiers(clean), self.weak_key(clean)
        common = {"label": label, "values": values, "warnings": warnings, "prepared": prepared}
        repeated = self.in_file.find(ids, weak_key, self.weak_reason)
        self.in_file.add(Known(line, 0, label, ids), weak_key)
        if repeated is not None:
            return PlannedRow(line, RowFate.DUPLICATE, duplicate_of=int(repeated[0].ref), **common)
        found = self.stored.find(ids, weak_key, self.weak_reason)
        if found is None:
            return PlannedRow(line, RowFate.NEW, **common)
        known, reason = found
        return PlannedRow(
            line,
            RowFate.MATCH,
            match_id=str(known.ref),
            match_version=known.version,
            match_label=known.label,
            match_reason=self.describe_match(str(known.ref), reason),
            **common,
        )

    def resolve(
        self, values: dict[str, Any], errors: dict[str, str]
    ) -> tuple[dict[str, Any], dict[str, Any]]:
        """Cells naming other records: (extra draft fields, links for Prepared)."""
        return {}, {}

    def filled_links(self, values: Mapping[str, Any]) -> frozenset[str]:
        """Draft fields set from cells that are not draft fields themselves (a contact's owner)."""
        return frozenset()

    def check(self, draft: Any, errors: dict[str, str]) -> tuple[Any, tuple[str, ...]]:
        """The forms' validation: (clean draft or None when the row is refused, warnings)."""
        try:
            clean = self.entity.checked(self.session, draft)
        except ValidationError as refused:
            for name, message in refused.errors.items():
                errors.setdefault(name, message)
            return None, ()
        return (None, ()) if errors else (clean, ())

    def identifiers(self, clean: Any) -> dict[str, str]:
        """Kind -> value of the identifiers that designate one record (SIRET, RNA, e-mail)."""
        raise NotImplementedError

    def weak_key(self, clean: Any) -> tuple[str, ...] | None:
        """The name that designates a record when no identifier conflicts: name and town."""
        return (folded(clean.name), folded(clean.town)) if clean.name else None

    def row_label(self, values: Mapping[str, Any]) -> str:
        """The row in a few words for the report, even when it is rejected."""
        return named(str(values.get("name", "")), str(values.get("town", "")))

    def describe_match(self, record_id: str, reason: str) -> str:
        """Why the row designates ``record_id``, as the report says it."""
        return reason


def _draft_fields(draft_type: type) -> frozenset[str]:
    """The fields a draft class takes, to pick them out of a row's values."""
    return frozenset(f.name for f in fields(draft_type))


def named(name: str, town: str) -> str:
    """How a structure is named in the report: ``Les Amis du Rail (Lille)``."""
    if not name:
        return "(sans nom)"
    return f"{name} ({town})" if town else name


def _convert(
    row: SourceRow, columns: Mapping[int, ImportField], decimal: str
) -> tuple[dict[str, Any], dict[str, str]]:
    """Non-empty cells read into the draft's types; what cannot be read says why."""
    values: dict[str, Any] = {}
    errors: dict[str, str] = {}
    for index, column in columns.items():
        cell = row.cells[index] if index < len(row.cells) else None
        if is_empty(cell):
            continue
        try:
            values[column.name] = convert_cell(column, cell, decimal=decimal)
        except ValueError as reason:
            values[column.name] = cell_text(cell)
            errors[column.name] = f"{column.label} : {reason}"
    return values, errors


def _in_field_order(errors: Mapping[str, str], columns: Iterable[ImportField]) -> tuple[str, ...]:
    """Messages in the order of the fields, as a form lists them top to bottom."""
    order = {column.name: position for position, column in enumerate(columns)}
    return tuple(errors[name] for name in sorted(errors, key=lambda n: order.get(n, len(order))))


def _present(**identifiers: str) -> dict[str, str]:
    """The identifiers a record has (an empty SIRET identifies nothing)."""
    return {kind: value for kind, value in identifiers.items() if value}


class AssociationPlanner(Planner):
    entity = ASSOCIATIONS
    draft_type = AssociationDraft

    def __init__(self, session: Session, programme_id: str | None) -> None:
        """Every live association's identifiers and folded name and town, in one read."""
        super().__init__(session, programme_id)
        query = select(
            Association.id,
            Association.version,
            Association.name,
            Association.sort_name,
            Association.town,
            Association.siret,
            Association.rna,
        ).where(Association.deleted_at.is_(None))
        for id, version, name, sort_name, town, siret, rna in session.execute(query):
            known = Known(id, version, named(name, town), _present(siret=siret, rna=rna))
            self.stored.add(known, (sort_name, folded(town)))

    def check(self, draft: Any, errors: dict[str, str]) -> tuple[Any, tuple[str, ...]]:
        """The form's checks (ASSOCIATIONS.validate is ``_checker(draft).result()``) in one
        pass that also keeps the warnings: running them twice cost a third of the planning."""
        check = _checker(draft)
        try:
            clean = check.result()
            if ASSOCIATIONS.unique is not None:
                ASSOCIATIONS.unique(self.session, clean, None)
        except ValidationError as refused:
            for name, message in refused.errors.items():
                errors.setdefault(name, message)
            return None, ()
        return (None, ()) if errors else (clean, tuple(check.warnings.values()))

    def identifiers(self, clean: AssociationDraft) -> dict[str, str]:
        return _present(siret=clean.siret, rna=clean.rna)


class CompanyPlanner(Planner):
    entity = COMPANIES
    draft_type = CompanyDraft

    def __init__(self, session: Session, programme_id: str | None) -> None:
        """Every live company's identifiers and folded name and town, in one read."""
        super().__init__(session, programme_id)
        query = select(
            Company.id,
            Company.version,
            Company.name,
            Company.sort_name,
            Company.town,
            Company.siret,
            Company.siren,
        ).where(Company.deleted_at.is_(None))
        for id, version, name, sort_name, town, siret, siren in session.execute(query):
            known = Known(id, version, named(name, town), _present(siret=siret, siren=siren))
            self.stored.add(known, (sort_name, folded(town)))

    def identifiers(self, clean: CompanyDraft) -> dict[str, str]:
        return _present(siret=clean.siret, siren=clean.siren)


class OwnerIndex:
    """Structures a contact's cell may name: by SIRET, SIREN or RNA, else by name."""

    def __init__(self, rows: Iterable[tuple[str, str, Sequence[str]]]) -> None:
        """``rows``: (id, folded name, identifiers) of each live structure."""
        self.by_identifier: dict[str, str] = {}
        self.by_name: dict[str, list[str]] = {}
        for id, sort_name, identifiers in rows:
            self.by_name.setdefault(sort_name, []).append(id)
            for identifier in identifiers:
                if identifier:
                    self.by_identifier.setdefault(identifier, id)

    def find(self, text: str, label: str) -> str:
        """The id of the one structure named ``text``; ValueError with the French reason."""
        compact = "".join(text.split()).upper()
        if compact in self.by_identifier:
            return self.by_identifier[compact]
        ids = self.by_name.get(folded(text), [])
        if len(ids) > 1:
            raise ValueError(f"{label} : « {text} » désigne plusieurs fiches ; indiquez son SIRET.")
        if not ids:
            raise ValueError(f"{label} : « {text} » introuvable.")
        return ids[0]


# The cells naming a contact's structure: (cell's field, draft field, label, model).
CONTACT_OWNERS = (
    ("association", "association_id", "Association"),
    ("company", "company_id", "Entreprise"),
)


class ContactPlanner(Planner):
    entity = CONTACTS
    draft_type = ContactDraft
    weak_reason = SAME_PERSON

    def __init__(self, session: Session, programme_id: str | None) -> None:
        """The structures contacts may name, and the contacts already stored, in three reads."""
        super().__init__(session, programme_id)
        associations = session.execute(
            select(Association.id, Association.sort_name, Association.siret, Association.rna).where(
                Association.deleted_at.is_(None)
            )
        )
        companies = session.execute(
            select(Company.id, Company.sort_name, Company.siret, Company.siren).where(
                Company.deleted_at.is_(None)
            )
        )
        self.owners = {
            "association": OwnerIndex((id, name, ids) for id, name, *ids in associations),
            "company": OwnerIndex((id, name, ids) for id, name, *ids in companies),
        }
        query = select(
            Contact.id,
            Contact.version,
            Contact.last_name,
            Contact.first_name,
            Contact.email,
            *(getattr(Contact, owner) for owner in OWNERS),
        ).where(Contact.deleted_at.is_(None))
        for id, version, last, first, email, *owners in session.execute(query):
            known = Known(id, version, person(last, first), _present(email=email.casefold()))
            owner = next((o for o in owners if o), "")
            self.stored.add(known, (folded(last), folded(first), owner))

    def resolve(
        self, values: dict[str, Any], errors: dict[str, str]
    ) -> tuple[dict[str, Any], dict[str, Any]]:
        """The association or company each contact belongs to, named by the file."""
        extra = {}
        for cell, draft_field, label in CONTACT_OWNERS:
            if cell in values and cell not in errors:
                try:
                    extra[draft_field] = self.owners[cell].find(values[cell], label)
                except ValueError as reason:
                    errors[cell] = str(reason)
        return extra, {}

    def check(self, draft: Any, errors: dict[str, str]) -> tuple[Any, tuple[str, ...]]:
        """The contact form's checks, without repeating an unknown structure twice."""
        clean, warnings = super().check(draft, errors)
        if any(cell in errors for cell, _, _ in CONTACT_OWNERS):
            errors.pop("association_id", None)  # "one structure": the unknown one is said above
        return clean, warnings

    def filled_links(self, values: Mapping[str, Any]) -> frozenset[str]:
        """A structure named in the file replaces the stored one: every owner field is set."""
        return frozenset(OWNERS) if any(c in values for c, _, _ in CONTACT_OWNERS) else frozenset()

    def identifiers(self, clean: ContactDraft) -> dict[str, str]:
        return _present(email=clean.email.casefold())

    def weak_key(self, clean: ContactDraft) -> tuple[str, ...] | None:
        """A person is designated by their names within one structure."""
        owner = next((getattr(clean, o) for o in OWNERS if getattr(clean, o)), "")
        return folded(clean.last_name), folded(clean.first_name), owner

    def row_label(self, values: Mapping[str, Any]) -> str:
        """``DUPONT Marie``."""
        return person(str(values.get("last_name", "")), str(values.get("first_name", "")))


def person(last_name: str, first_name: str) -> str:
    """How a contact is named in the report: ``DUPONT Marie``."""
    return " ".join(part for part in (last_name.upper(), first_name) if part) or "(sans nom)"


ENROLMENT_FIELDS = ("status_date", "followup_days_planned")


class ParticipantPlanner(AssociationPlanner):
    """Associations (matched as in an association import) and how they take part."""

    def __init__(self, session: Session, programme_id: str | None) -> None:
        """The programme must be live; its volets by name, and who takes part already."""
        if not programme_id:
            raise ValidationError.single(
                "programme_id", "Programme : à choisir pour importer des participants."
            )
        live = select(Programme.id).where(
            Programme.id == programme_id, Programme.deleted_at.is_(None)
        )
        if session.scalar(live) is None:
            raise ValidationError.single("programme_id", "Programme : introuvable ou archivé.")
        super().__init__(session, programme_id)
        self.programme_id = programme_id
        self.enrolled = set(session.scalars(live_participant_ids(programme_id)))
        self.volets: dict[str, str] = {}  # volet_key(name) -> id
        by_kind: dict[str, list[str]] = {}
        volets = session.execute(
            select(Volet.id, Volet.kind, Volet.label)
            .where(Volet.programme_id == programme_id, Volet.deleted_at.is_(None))
            .order_by(Volet.created_at)
        )
        for id, kind, label in volets:
            if label:
                self.volets.setdefault(volet_key(label), id)
            by_kind.setdefault(volet_key(VoletKind(kind).label), []).append(id)
        for kind_label, ids in by_kind.items():
            if len(ids) == 1:  # "Mécénat" names the volet only when there is one of that kind
                self.volets.setdefault(kind_label, ids[0])

    def resolve(
        self, values: dict[str, Any], errors: dict[str, str]
    ) -> tuple[dict[str, Any], dict[str, Any]]:
        """The volets named, and the enrolment's date and days checked by its own rules."""
        links: dict[str, Any] = {}
        if "volets" in values and "volets" not in errors:
            links["volet_ids"] = self._volet_ids(values["volets"], errors)
        given = {n: values[n] for n in ENROLMENT_FIELDS if n in values and n not in errors}
        if given:
            draft = EnrolmentDraft(programme_id=self.programme_id, association_id="", **given)
            try:  # the enrolment form's rules; the association is not known yet
                ENROLMENTS.validate(self.session, draft)
            except ValidationError as refused:
                errors.update({n: m for n, m in refused.errors.items() if n in given})
            links["enrolment"] = given
        return {}, links

    def _volet_ids(self, names: Sequence[str], errors: dict[str, str]) -> tuple[str, ...]:
        """The programme's volets named in the cell, longest names first.

        The cell was split on "," ";" "/" "+": "Mécénat / partenariats" came apart, so
        runs of parts are tried together before each part alone.
        """
        keys = [folded(name) for name in names]
        ids: list[str] = []
        unknown: list[str] = []
        start = 0
        while start < len(keys):
            for end in range(len(keys), start, -1):
                found = self.volets.get(" ".join(keys[start:end]))
                if found is not None:
                    ids.append(found)
                    start = end
                    break
            else:
                unknown.append(names[start])
                start += 1
        if unknown:
            errors["volets"] = "Volets : " + (
                f"« {unknown[0]} » n'est pas un volet de ce programme."
                if len(unknown) == 1
                else " et ".join(f"« {name} »" for name in unknown)
                + " ne sont pas des volets de ce programme."
            )
        return tuple(dict.fromkeys(ids))

    def describe_match(self, record_id: str, reason: str) -> str:
        """Says when the association already takes part: a merge then only adds volets."""
        return f"{reason}, déjà inscrite au programme" if record_id in self.enrolled else reason


def volet_key(name: str) -> str:
    """A volet's name as a cell's parts give it: "Mécénat / Dons" -> "mecenat dons"."""
    return " ".join(folded(part) for part in LIST_SEPARATORS.split(name) if part.strip())


PLANNERS: Mapping[ImportTarget, type[Planner]] = {
    ImportTarget.ASSOCIATIONS: AssociationPlanner,
    ImportTarget.COMPANIES: CompanyPlanner,
    ImportTarget.CONTACTS: ContactPlanner,
    ImportTarget.PARTICIPANTS: ParticipantPlanner,
}
