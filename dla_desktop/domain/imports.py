"""What an imported spreadsheet can fill: targets, their fields, header synonyms, cell reading.

Pure Python: the wizard and the command line pre-fill the same mapping from the same
synonyms (``guess_mapping``), and every cell is read by ``convert_cell`` into the type
the services' drafts take, or refused with the forms' French words.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from dla_desktop.domain.enums import LabelledEnum
from dla_desktop.domain.spreadsheets import SourceCell


class ImportTarget(LabelledEnum):
    ASSOCIATIONS = "associations", "Associations"
    COMPANIES = "companies", "Entreprises"
    CONTACTS = "contacts", "Contacts"
    PARTICIPANTS = "participants", "Participants d'un programme"


class FieldKind(StrEnum):
    TEXT = "text"
    IDENTIFIER = "identifier"  # text; a number cell becomes digits, zero-padded to ``digits``
    INTEGER = "integer"
    DECIMAL = "decimal"  # "1,5", "1.5", 1.5
    DATE = "date"  # a date cell, 12/03/2026, 2026-03-12, 12.03.2026, 12-03-2026, 12/03/26
    BOOLEAN = "boolean"  # oui/non, o/n, x/(empty), vrai/faux, 1/0, yes/no, true/false
    CHOICE = "choice"  # a value or French label of ``choices`` (accents and case ignored)
    LIST = "list"  # names separated by "," ";" "/" "+" or new lines


@dataclass(frozen=True)
class ImportField:
    """One thing a column can fill; ``name`` is the draft field (or a link: "volets")."""

    name: str
    label: str  # French, as in the forms; also the header our exports write
    kind: FieldKind = FieldKind.TEXT
    synonyms: tuple[str, ...] = ()  # other headers meaning this field, French and English
    required: bool = False
    digits: int | None = None  # IDENTIFIER: zero-pad numbers to this length (59000, SIRET)
    choices: type[LabelledEnum] | None = None  # CHOICE


# Per target, its fields in the order the wizard lists them (filled by the implementation).
TARGET_FIELDS: Mapping[ImportTarget, tuple[ImportField, ...]] = {}


def fields_of(target: ImportTarget) -> tuple[ImportField, ...]:
    return TARGET_FIELDS[target]


def guess_mapping(headers: Sequence[str], target: ImportTarget) -> dict[int, str]:
    """Column index -> field name, from headers equal (folded) to a label or synonym.

    Each field goes to its first matching column; other columns are left out.
    """
    raise NotImplementedError


def mapping_from_text(text: str, headers: Sequence[str], target: ImportTarget) -> dict[int, str]:
    """The CLI's ``--map "Nom=name,Ville=town"``: header=field name or label; else ValueError."""
    raise NotImplementedError


def convert_cell(field: ImportField, value: SourceCell, *, decimal: str = ",") -> object:
    """The cell as the draft wants it (str, int, Decimal, date, bool, enum, tuple[str, ...]).

    Empty cells give the field's empty value ("", 0, None, False, ()). Raises
    ValueError whose text is the reason alone ("nombre entier attendu."), without the
    label: callers prefix it as the forms do ("Emplois : nombre entier attendu.").
    """
    raise NotImplementedError
