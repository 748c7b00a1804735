"""Each row checked by the forms' rules and matched: apart, so imports.py keeps the use cases."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import MISSING, dataclass, field, fields
from decimal import Decimal
from typing import Any, NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from dla_desktop.db.models import Association, Company, Contact, Programme, Volet
from dla_desktop.domain.enums import LabelledEnum, VoletKind
from dla_desktop.domain.errors import ValidationError
from dla_desktop.domain.import_plans import PlannedRow, Prepared, RowFate
from dla_desktop.domain.imports import (
    ENROLMENT_FIELDS,
    LIST_SEPARATORS,
    ImportField,
    ImportTarget,
    cell_text,
    convert_cell,
)
from dla_desktop.domain.records import AssociationDraft, CompanyDraft, ContactDraft, EnrolmentDraft
from dla_desktop.domain.spreadsheets import SourceRow, is_empty
from dla_desktop.domain.text import folded
from dla_desktop.services.associations import ASSOCIATIONS, association_checker
from dla_desktop.services.base import Entity
from dla_desktop.services.companies import COMPANIES
from dla_desktop.services.contacts import CONTACTS, OWNERS
from dla_desktop.services.enrolment import ENROLMENTS, live_participant_ids

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
            bucket = self.weak.setdefault(weak_key, [])
            if not any(other is known for other in bucket):  # a completed row adds its new key
                bucket.append(known)

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
    each row in memory (plus what the forms' own validation reads). A row repeating an
    earlier one completes it: what it adds goes into the earlier row's draft.
    """

    entity: Entity[Any, Any]
    draft_type: type
    weak_reason = SAME_NAME_AND_TOWN
    # Draft fields filled from a cell of another name (a contact's structure): field -> cell.
    cells_of: Mapping[str, str] = {}

    def __init__(self, session: Session, programme_id: str | None) -> None:
        """Subclasses then load what they match on, once."""
        self.session = session
        self.stored = KeyIndex()
        self.in_file = KeyIndex()
        self.draft_fields = field_names(self.draft_type)
        self.field_order = tuple(f.name for f in fields(self.draft_type))
        # Required fields left empty still make a draft, which the form's checks refuse.
        self.blank = {f.name: "" for f in fields(self.draft_type) if f.default is MISSING}
        self.rows: list[PlannedRow] = []  # the plan so far, in the file's order
        self.positions: dict[int, int] = {}  # line -> its place in ``rows``
        self.kept: dict[int, Known] = {}  # line of each row others may repeat -> its keys
        self.kept_ids: dict[int, dict[str, str]] = {}  # line -> its Known's identifiers

    def plan_all(
        self, rows: Iterable[SourceRow], columns: Mapping[int, ImportField], decimal: str
    ) -> tuple[PlannedRow, ...]:
        """Every row's fate, the rows repeated completed by the rows repeating them."""
        for row in rows:
            self.plan(row, columns, decimal)
        return tuple(self.rows)

    def plan(self, row: SourceRow, columns: Mapping[int, ImportField], decimal: str) -> PlannedRow:
        """Convert, resolve, check with the forms' rules, then match: one row's fate."""
        values, errors = _convert(row, columns, decimal)
        extra, links = self.resolve(values, errors)
        given = {k: v for k, v in values.items() if k in self.draft_fields and k not in errors}
        clean, warnings = self.check(self.draft_type(**(self.blank | given | extra)), errors)
        if clean is None:
            ordered = _in_field_order(errors, columns.values())
            label = self.row_label(values)
            return self._put(PlannedRow(row.line, RowFate.REJECTED, label, values, ordered))
        values |= {name: getattr(clean, name) for name in given}
        prepared = Prepared(clean, frozenset(given) | self.filled_links(values), **links)
        return self._put(self.match(row.line, clean, values, warnings, prepared, columns))

    def match(
        self,
        line: int,
        clean: Any,
        values: dict[str, Any],
        warnings: tuple[str, ...],
        prepared: Prepared,
        columns: Mapping[int, ImportField],
    ) -> PlannedRow:
        """DUPLICATE of an earlier row of the file, else MATCH of a stored record, else NEW."""
        ids, weak_key = self.identifiers(clean), self.weak_key(clean)
        repeated = self.in_file.find(ids, weak_key, self.weak_reason)
        if repeated is not None:
            return self.repeat(int(repeated[0].ref), line, values, warnings, prepared, columns)
        self.kept_ids[line] = dict(ids)  # the same dict as the Known's: a later row may add to it
        known = Known(line, 0, self.row_label(values), self.kept_ids[line])
        self.kept[line] = known
        self.in_file.add(known, weak_key)
        return self.against_stored(line, clean, values, warnings, prepared)

    def against_stored(
        self,
        line: int,
        clean: Any,
        values: dict[str, Any],
        warnings: tuple[str, ...],
        prepared: Prepared,
    ) -> PlannedRow:
        """A kept row: MATCH of a stored record, else NEW."""
        label, ids, weak_key = self.row_label(values), self.identifiers(clean), self.weak_key(clean)
        common = {"label": label, "values": values, "warnings": warnings, "prepared": prepared}
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

    def repeat(
        self,
        first_line: int,
        line: int,
        values: dict[str, Any],
        warnings: tuple[str, ...],
        prepared: Prepared,
        columns: Mapping[int, ImportField],
    ) -> PlannedRow:
        """A row repeating the kept row on ``first_line``: DUPLICATE, or REJECTED if they differ.

        What it gives that the first row left empty goes into the first row's draft,
        checked again and matched again; a value that differs from the first row's
        rejects it, since nothing says which one is right.
        """
        first = self.rows[self.positions[first_line]]
        assert first.prepared is not None  # a kept row
        label = self.row_label(values)
        said = f"Répète la ligne {first_line}"
        others = sorted(
            {
                int(other.ref)
                for key in self.identifiers(prepared.draft).items()
                if (other := self.in_file.strong.get(key)) is not None and other.ref != first_line
            }
        )
        if others:
            error = f"{said} et la ligne {others[0]}, qui sont deux fiches différentes."
            return PlannedRow(line, RowFate.REJECTED, label, values, (error,))
        labels = {column.name: column.label for column in columns.values()}
        theirs = self._given(first.prepared)
        added: dict[str, Any] = {}
        conflicts: list[str] = []
        for name, here in self._given(prepared).items():
            if name not in theirs:
                added[name] = here
            elif _compared(here) != _compared(theirs[name]):
                cell = self.cells_of.get(name, name)
                shown = (
                    _shown(values.get(cell, here)),
                    _shown(first.values.get(cell, theirs[name])),
                )
                conflicts.append(
                    f"{said} mais {labels.get(cell, cell)} diffère : "
                    f"« {shown[0]} » ici, « {shown[1]} » ligne {first_line}."
                )
        if conflicts:
            return PlannedRow(line, RowFate.REJECTED, label, values, tuple(conflicts))
        duplicate = PlannedRow(
            line,
            RowFate.DUPLICATE,
            label,
            values,
            warnings=warnings,
            duplicate_of=first_line,
            prepared=prepared,
        )
        if added:
            refused = self._complete(first, added, values)
            if refused:
                errors = tuple(f"{said} ; les deux réunies sont refusées : {m}" for m in refused)
                return PlannedRow(line, RowFate.REJECTED, label, values, errors)
        return duplicate

    def _complete(
        self, first: PlannedRow, added: Mapping[str, Any], values: Mapping[str, Any]
    ) -> tuple[str, ...]:
        """Put what a repeating row adds into ``first``'s draft; the form's refusals, if any."""
        assert first.prepared is not None
        draft_added = {n: v for n, v in added.items() if n in self.draft_fields}
        current = {name: getattr(first.prepared.draft, name) for name in self.field_order}
        errors: dict[str, str] = {}
        clean, warnings = self.check(self.draft_type(**(current | draft_added)), errors)
        if clean is None:
            return tuple(errors.values())
        # The enrolment's rules each check one field: checked on each row, they hold together.
        enrolment = {**first.prepared.enrolment}
        enrolment |= {n: v for n, v in added.items() if n not in self.draft_fields}
        prepared = Prepared(
            clean,
            first.prepared.filled | frozenset(draft_added),
            first.prepared.volet_ids,
            enrolment,
        )
        merged = dict(first.values)  # the preview shows the row completed
        for name in added:
            cell = self.cells_of.get(name, name)
            normalised = cell == name and name in draft_added
            merged[cell] = getattr(clean, name) if normalised else values.get(cell, added[name])
        self.rows[self.positions[first.line]] = self.against_stored(
            first.line, clean, merged, warnings, prepared
        )
        known = self.kept[first.line]
        self.kept_ids[first.line].update(self.identifiers(clean))  # later rows agree with these
        self.in_file.add(known, self.weak_key(clean))
        return ()

    def _given(self, prepared: Prepared) -> dict[str, Any]:
        """The non-empty values a row's file cells gave, draft fields then enrolment's."""
        given = {n: getattr(prepared.draft, n) for n in self.field_order if n in prepared.filled}
        given |= prepared.enrolment
        return {name: value for name, value in given.items() if not _blank(value)}

    def _put(self, planned: PlannedRow) -> PlannedRow:
        """Add a row to the plan."""
        self.positions[planned.line] = len(self.rows)
        self.rows.append(planned)
        return planned

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


def field_names(draft_type: type) -> frozenset[str]:
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


def _blank(value: Any) -> bool:
    """An empty cell's value ("", None): 0, False and "non" are values."""
    return value is None or value == ""


def _compared(value: Any) -> Any:
    """A value as two rows are compared: text without case, accents or extra spaces."""
    return folded(value) if isinstance(value, str) else value


def _shown(value: Any) -> str:
    """A value as a message quotes it: 12/03/2026, 2,5, oui, PME."""
    if isinstance(value, LabelledEnum):
        return value.label
    if isinstance(value, Decimal):
        return str(value).replace(".", ",")
    if isinstance(value, tuple):
        return ", ".join(value)
    return cell_text(value)


def _present(**identifiers: str) -> dict[str, str]:
    """The identifiers a record has (an empty SIRET identifies nothing)."""
    return {kind: value for kind, value in identifiers.items() if value}


class StructurePlanner(Planner):
    """Associations and companies: matched on their identifiers, else on name and town."""

    identifier_kinds: tuple[str, ...]  # model columns and draft fields, the surest first

    def __init__(self, session: Session, programme_id: str | None) -> None:
        """Every live structure's identifiers and folded name and town, in one read."""
        super().__init__(session, programme_id)
        model: Any = self.entity.model
        kinds = self.identifier_kinds
        columns = (model.id, model.version, model.name, model.sort_name, model.town)
        keys = (getattr(model, kind) for kind in kinds)
        query = select(*columns, *keys).where(model.deleted_at.is_(None))
        for id, version, name, sort_name, town, *ids in session.execute(query):
            present = _present(**dict(zip(kinds, ids, strict=True)))
            known = Known(id, version, named(name, town), present)
            self.stored.add(known, (sort_name, folded(town)))

    def identifiers(self, clean: Any) -> dict[str, str]:
        """The draft's identifiers among ``identifier_kinds``, those it has."""
        return _present(**{kind: getattr(clean, kind) for kind in self.identifier_kinds})


class AssociationPlanner(StructurePlanner):
    entity = ASSOCIATIONS
    draft_type = AssociationDraft
    identifier_kinds = ("siret", "rna")

    def check(self, draft: Any, errors: dict[str, str]) -> tuple[Any, tuple[str, ...]]:
        """The form's checks and warnings in one pass: checking twice cost a third of planning."""
        # What ASSOCIATIONS.checked runs, warnings kept: ASSOCIATIONS has no ``unique`` rule
        # (two associations may share a name; the import finds them by matching instead),
        # which a test holds, so that adding one does not leave the import without it.
        check = association_checker(draft)
        try:
            clean = check.result()
        except ValidationError as refused:
            for name, message in refused.errors.items():
                errors.setdefault(name, message)
            return None, ()
        return (None, ()) if errors else (clean, tuple(check.warnings.values()))


class CompanyPlanner(StructurePlanner):
    entity = COMPANIES
    draft_type = CompanyDraft
    identifier_kinds = ("siret", "siren")


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


# The cells naming a contact's structure: (cell's field, draft field, label).
CONTACT_OWNERS = (
    ("association", "association_id", "Association"),
    ("company", "company_id", "Entreprise"),
)


class ContactPlanner(Planner):
    entity = CONTACTS
    draft_type = ContactDraft
    weak_reason = SAME_PERSON
    cells_of = {draft_field: cell for cell, draft_field, _ in CONTACT_OWNERS}

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
