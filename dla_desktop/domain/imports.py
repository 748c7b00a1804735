"""What an imported spreadsheet can fill: targets, their fields, header synonyms, cell reading.

Pure Python: the wizard and the command line pre-fill the same mapping from the same
synonyms (``guess_mapping``), and every cell is read by ``convert_cell`` into the type
the services' drafts take, or refused with the forms' French words.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from dla_desktop.domain.dates import parse_date
from dla_desktop.domain.enums import CompanySize, LabelledEnum
from dla_desktop.domain.spreadsheets import SourceCell, is_empty
from dla_desktop.domain.text import folded


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


TEXT, IDENTIFIER, INTEGER, DECIMAL = (
    FieldKind.TEXT,
    FieldKind.IDENTIFIER,
    FieldKind.INTEGER,
    FieldKind.DECIMAL,
)
EMAIL = ImportField(
    "email",
    "Courriel",
    synonyms=("e-mail", "email", "mail", "adresse électronique", "adresse mail", "adresse e-mail"),
)
PHONE = ImportField(
    "phone",
    "Téléphone",
    IDENTIFIER,
    (
        "tél",
        "tel",
        "tél.",
        "téléphone fixe",
        "numéro de téléphone",
        "portable",
        "mobile",
        "phone",
        "telephone",
        "phone number",
    ),
    digits=10,
)
SIRET = ImportField(
    "siret",
    "SIRET",
    IDENTIFIER,
    ("n° siret", "n° de siret", "numéro siret", "numéro de siret"),
    digits=14,
)
SECTOR = ImportField(
    "sector", "Secteur", synonyms=("secteur d'activité", "domaine", "domaine d'activité", "sector")
)
POSTAL_CODE = ImportField(
    "postal_code",
    "Code postal",
    IDENTIFIER,
    ("cp", "code_postal", "postal code", "zip", "zip code", "postcode"),
    digits=5,
)
TOWN = ImportField("town", "Commune", synonyms=("ville", "localité", "town", "city"))
NOTES = ImportField(
    "notes",
    "Notes",
    synonyms=("commentaires", "commentaire", "remarques", "observations", "comments"),
)

ASSOCIATION_FIELDS = (
    ImportField(
        "name",
        "Nom",
        synonyms=(
            "nom de l'association",
            "association",
            "structure",
            "nom de la structure",
            "raison sociale",
            "dénomination",
            "organisme",
            "name",
            "organisation",
            "organization",
        ),
        required=True,
    ),
    SIRET,
    ImportField(
        "rna",
        "RNA",
        IDENTIFIER,
        ("numéro rna", "n° rna", "n° de rna", "numéro de rna", "numéro w", "rna number"),
    ),
    SECTOR,
    ImportField(
        "activity", "Activité", synonyms=("activités", "objet", "objet social", "activity")
    ),
    ImportField("address", "Adresse", synonyms=("adresse postale", "rue", "address", "street")),
    POSTAL_CODE,
    TOWN,
    ImportField(
        "employees",
        "Emplois",
        INTEGER,
        (
            "salariés",
            "nombre de salariés",
            "nombre d'emplois",
            "nb emplois",
            "nb salariés",
            "effectif",
            "effectifs",
            "employees",
            "staff",
            "jobs",
        ),
    ),
    ImportField(
        "fte",
        "ETP",
        DECIMAL,
        ("équivalents temps plein", "équivalent temps plein", "nombre d'etp", "nb etp", "fte"),
    ),
    EMAIL,
    PHONE,
    ImportField(
        "prior_dla_support",
        "Déjà accompagnée par un DLA",
        FieldKind.BOOLEAN,
        ("accompagnement dla antérieur", "déjà accompagnée", "dla antérieur"),
    ),
    ImportField("expectations", "Attentes", synonyms=("besoins", "expectations")),
    NOTES,
)

# The participants of a programme: the association, then how it takes part.
PARTICIPANT_FIELDS = (
    *ASSOCIATION_FIELDS,
    ImportField(
        "volets", "Volets", FieldKind.LIST, ("volet", "modules", "module", "parcours", "ateliers")
    ),
    ImportField(
        "status_date",
        "Date d'inscription",
        FieldKind.DATE,
        ("inscription", "inscrite le", "date inscription", "enrolment date"),
    ),
    ImportField(
        "followup_days_planned",
        "Jours de suivi prévus",
        DECIMAL,
        ("jours de suivi", "suivi (jours)", "follow-up days"),
    ),
)

# The participants' fields that go to their enrolment; the others, to the association (and
# "volets", to its volets). The workbook's « Participants » sheet reads them there too.
ENROLMENT_FIELDS = ("status_date", "followup_days_planned")

COMPANY_FIELDS = (
    ImportField(
        "name",
        "Nom",
        synonyms=(
            "entreprise",
            "nom de l'entreprise",
            "raison sociale",
            "société",
            "dénomination",
            "company",
            "company name",
            "name",
        ),
        required=True,
    ),
    ImportField(
        "siren",
        "SIREN",
        IDENTIFIER,
        ("n° siren", "n° de siren", "numéro siren", "numéro de siren"),
        digits=9,
    ),
    SIRET,
    ImportField(
        "size",
        "Taille",
        FieldKind.CHOICE,
        ("taille de l'entreprise", "catégorie d'entreprise", "size"),
        choices=CompanySize,
    ),
    SECTOR,
    POSTAL_CODE,
    TOWN,
    ImportField("has_cse", "CSE", FieldKind.BOOLEAN, ("comité social et économique", "a un cse")),
    ImportField(
        "csr_interest",
        "Intérêt pour la RSE",
        FieldKind.BOOLEAN,
        ("rse", "intérêt rse", "intéressée par la rse", "csr"),
    ),
    NOTES,
)

# A contact belongs to one structure, named in the file (name, SIRET or RNA).
CONTACT_FIELDS = (
    ImportField(
        "last_name",
        "Nom",
        synonyms=("nom de famille", "nom du contact", "last name", "surname", "family name"),
        required=True,
    ),
    ImportField("first_name", "Prénom", synonyms=("first name", "given name", "prenom")),
    ImportField(
        "role",
        "Fonction",
        synonyms=("poste", "rôle", "titre", "qualité", "role", "job title", "position"),
    ),
    EMAIL,
    PHONE,
    ImportField("association", "Association", synonyms=("nom de l'association",)),
    ImportField("company", "Entreprise", synonyms=("société", "company", "nom de l'entreprise")),
)

# Per target, its fields in the order the wizard lists them.
TARGET_FIELDS: Mapping[ImportTarget, tuple[ImportField, ...]] = {
    ImportTarget.ASSOCIATIONS: ASSOCIATION_FIELDS,
    ImportTarget.COMPANIES: COMPANY_FIELDS,
    ImportTarget.CONTACTS: CONTACT_FIELDS,
    ImportTarget.PARTICIPANTS: PARTICIPANT_FIELDS,
}


def fields_of(target: ImportTarget) -> tuple[ImportField, ...]:
    """A target's fields in the order the wizard lists them."""
    return TARGET_FIELDS[target]


# --- mapping columns to fields -----------------------------------------------------------

# Header punctuation that says nothing about the field: "Code_postal", "Tél.", "E-mail :",
# "Nom*", "Suivi (jours)". Applied to headers and synonyms alike, so both compare equal.
_HEADER_PUNCTUATION = str.maketrans({c: " " for c in "_.-:*()[]/?!\"'’`"})
_NUMBER_SIGNS = re.compile(r"\bn\s*[°º]")  # "N° SIRET", "Nº RNA"
_NUMBER_WORDS = {"n", "no", "num"}  # what is left of "N° ", "No. ", "Num. "


def header_key(header: str) -> str:
    """A header reduced to what identifies it: ``"N° SIRET :"`` -> ``"siret"``."""
    text = _NUMBER_SIGNS.sub(" ", header.lower())
    words = folded(text.translate(_HEADER_PUNCTUATION)).split()
    return " ".join(word for word in words if word not in _NUMBER_WORDS)


def field_keys(target: ImportTarget) -> dict[str, str]:
    """Header key -> field name: each field's label and synonyms (the first field wins a key)."""
    keys: dict[str, str] = {}
    for field in TARGET_FIELDS[target]:
        for text in (field.label, field.name, *field.synonyms):
            keys.setdefault(header_key(text), field.name)
    return keys


def guess_mapping(headers: Sequence[str], target: ImportTarget) -> dict[int, str]:
    """Column index -> field name, from headers equal (folded) to a label or synonym.

    Each field goes to its first matching column; other columns are left out.
    """
    keys = field_keys(target)
    mapping: dict[int, str] = {}
    for index, header in enumerate(headers):
        name = keys.get(header_key(header))
        if name is not None and name not in mapping.values():
            mapping[index] = name
    return mapping


def mapping_from_text(text: str, headers: Sequence[str], target: ImportTarget) -> dict[int, str]:
    """The CLI's ``--map "Nom=name,Ville=town"``: header=field name or label; else ValueError."""
    fields = TARGET_FIELDS[target]
    mapping: dict[int, str] = {}
    for item in (part.strip() for part in text.split(",")):
        if not item:
            continue
        header, equals, wanted = (side.strip() for side in item.partition("="))
        if not equals or not header or not wanted:
            raise ValueError(
                f"« {item} » : chaque correspondance s'écrit COLONNE=champ (ex. « Ville=town »)."
            )
        index = _column_index(header, headers)
        name = _field_name(wanted, fields)
        if name in mapping.values():
            raise ValueError(f"Le champ « {wanted} » est associé à deux colonnes.")
        if index in mapping:
            raise ValueError(f"La colonne « {header} » est associée à deux champs.")
        mapping[index] = name
    if not mapping:
        raise ValueError("Correspondance vide : indiquez au moins une COLONNE=champ.")
    return mapping


def _column_index(header: str, headers: Sequence[str]) -> int:
    """The first column whose header is ``header`` (accents, case and punctuation aside)."""
    for compare in (folded, header_key):
        for index, candidate in enumerate(headers):
            if compare(candidate) == compare(header):
                return index
    listed = ", ".join(f"« {h} »" for h in headers)
    raise ValueError(f"Colonne inconnue « {header} » ; colonnes du fichier : {listed}.")


def _field_name(wanted: str, fields: Sequence[ImportField]) -> str:
    """A field named by its name ("town") or its French label ("Commune")."""
    for field in fields:
        if wanted == field.name or folded(wanted) == folded(field.label):
            return field.name
    listed = ", ".join(f"{field.name} ({field.label})" for field in fields)
    raise ValueError(f"Champ inconnu « {wanted} » ; champs possibles : {listed}.")


# --- reading cells -----------------------------------------------------------------------

NOT_INTEGER = "nombre entier attendu."
NOT_NUMBER = "nombre illisible."
BAD_DATE = "date invalide."
NOT_BOOLEAN = "oui ou non attendu."
TRUE_WORDS = frozenset({"oui", "o", "x", "vrai", "v", "1", "yes", "y", "true"})
FALSE_WORDS = frozenset({"non", "n", "faux", "f", "0", "no", "false"})
LIST_SEPARATORS = re.compile(r"[,;/+\n]")
_SPACES = str.maketrans("", "", " \u00a0\u202f\t")
_DECIMAL_TEXT = re.compile(r"[+-]?[0-9]*\.?[0-9]+")
_DATE_SHAPE = re.compile(r"[0-9]{1,4}[/.-][0-9]{1,2}[/.-][0-9]{1,4}")
# Day 0 of spreadsheets' serial dates (Excel's, and LibreOffice's since 1900-03-01).
SERIAL_EPOCH = date(1899, 12, 30)
SMALLEST_SERIAL = 10_000  # 18/05/1927
LARGEST_SERIAL = 2_958_465  # 31/12/9999
EMPTY_VALUES: Mapping[FieldKind, object] = {
    FieldKind.TEXT: "",
    FieldKind.IDENTIFIER: "",
    FieldKind.INTEGER: 0,
    FieldKind.DECIMAL: Decimal(0),
    FieldKind.DATE: None,
    FieldKind.BOOLEAN: False,
    FieldKind.CHOICE: None,
    FieldKind.LIST: (),
}


def convert_cell(field: ImportField, value: SourceCell, *, decimal: str = ",") -> object:
    """The cell as the draft wants it (str, int, Decimal, date, bool, enum, tuple[str, ...]).

    Empty cells give the field's empty value ("", 0, None, False, ()). Raises
    ValueError whose text is the reason alone ("nombre entier attendu."), without the
    label: callers prefix it as the forms do ("Emplois : nombre entier attendu.").
    """
    if is_empty(value):
        return EMPTY_VALUES[field.kind]
    if isinstance(value, str):
        value = value.strip()
    kind = field.kind
    if kind == FieldKind.TEXT:
        return cell_text(value)
    if kind == FieldKind.IDENTIFIER:
        return _identifier(value, field.digits)
    if kind == FieldKind.INTEGER:
        return _integer(value, decimal)
    if kind == FieldKind.DECIMAL:
        return _decimal(value, decimal)
    if kind == FieldKind.DATE:
        return _date(value)
    if kind == FieldKind.BOOLEAN:
        return _boolean(value)
    if kind == FieldKind.CHOICE:
        assert field.choices is not None, f"{field.name}: a CHOICE field needs its choices"
        return _choice(value, field.choices)
    return _list(value)


def cell_text(value: SourceCell) -> str:
    """A cell as the user saw it in their sheet: 1000 (not 1000.0), 12/03/2026, oui."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        shown = value.strftime("%d/%m/%Y %H:%M")
        return shown.removesuffix(" 00:00")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    return str(value)


def _identifier(value: SourceCell, digits: int | None) -> str:
    """A number cell lost its leading zeros (59000 -> 01000 was 1000): give them back."""
    if isinstance(value, float) and value.is_integer() and not isinstance(value, bool):
        value = int(value)
    if isinstance(value, int) and not isinstance(value, bool):
        text = str(value)
        return text.zfill(digits) if digits and value >= 0 else text
    return cell_text(value)


def _integer(value: SourceCell, decimal: str) -> int:
    """A whole number; "1 234", "1.234" (thousands) and "12,0" read, "12,5" refused."""
    if isinstance(value, bool):
        raise ValueError(NOT_INTEGER)
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if value.is_integer():
            return int(value)
        raise ValueError(NOT_INTEGER)
    if not isinstance(value, str):
        raise ValueError(NOT_INTEGER)
    text = value.translate(_SPACES)
    grouping = "." if decimal == "," else ","
    if re.fullmatch(rf"[+-]?[0-9]{{1,3}}(?:\{grouping}[0-9]{{3}})+", text):
        return int(text.replace(grouping, ""))
    try:
        number = _decimal_text(text, decimal)
    except ValueError:
        raise ValueError(NOT_INTEGER) from None
    if number != number.to_integral_value():
        raise ValueError(NOT_INTEGER)
    return int(number)


def _decimal(value: SourceCell, decimal: str) -> Decimal:
    """A decimal number: "1,5", "1.5", "1 234,5", or a workbook's number."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise ValueError(NOT_NUMBER)
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError(NOT_NUMBER)
        return _sensible(Decimal(str(value)))
    return _decimal_text(value.translate(_SPACES), decimal)


def _sensible(number: Decimal) -> Decimal:
    """A workbook's 0.30000000000000004 back to 0.3: six places are beyond any figure we keep."""
    if number.as_tuple().exponent < -6:  # type: ignore[operator]
        number = number.quantize(Decimal("0.000001"))
    return number.normalize() if number != number.to_integral_value() else Decimal(int(number))


def _decimal_text(text: str, decimal: str) -> Decimal:
    """Text to Decimal; the last of "," and "." is the decimal mark when both appear.

    Alone, the file's decimal mark is the decimal mark; the other one too, unless it
    groups thousands ("1.234" in a French file is 1234). Groups must have three digits.
    """
    commas, dots = text.count(","), text.count(".")
    mark: str | None = None
    grouping: str | None = None
    if commas and dots:
        mark = "," if text.rfind(",") > text.rfind(".") else "."
        grouping = "." if mark == "," else ","
    elif commas + dots > 1:  # "1.234.567": thousands only
        grouping = "," if commas else "."
    elif commas + dots == 1:
        mark = "," if commas else "."
        if mark != decimal and re.fullmatch(r"[+-]?[0-9]{1,3}[.,][0-9]{3}", text):
            mark, grouping = None, mark
    whole, _, decimals = text.partition(mark) if mark else (text, "", "")
    if grouping is not None:
        if not re.fullmatch(rf"[+-]?[0-9]{{1,3}}(?:\{grouping}[0-9]{{3}})+", whole):
            raise ValueError(NOT_NUMBER)
        whole = whole.replace(grouping, "")
    number = f"{whole}.{decimals}" if mark else whole
    if not _DECIMAL_TEXT.fullmatch(number):
        raise ValueError(NOT_NUMBER)
    try:
        return Decimal(number)
    except InvalidOperation:
        raise ValueError(NOT_NUMBER) from None


def _date(value: SourceCell) -> date:
    """A date cell, a typed date (see domain.dates.parse_date), or a serial number (46093)."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        raise ValueError(BAD_DATE)
    if isinstance(value, int | float):
        return _serial_date(value)
    if not isinstance(value, str):
        raise ValueError(BAD_DATE)
    if re.fullmatch(r"[0-9]{5}(?:[.,][0-9]+)?", value):  # a serial number read as text
        return _serial_date(float(value.replace(",", ".")))
    day = value.split()[0] if value.split() else value  # "12/03/2026 00:00:00"
    day = day.split("T")[0] if "T" in day else day
    try:
        return parse_date(day)
    except ValueError:
        if _DATE_SHAPE.fullmatch(day):
            raise ValueError(BAD_DATE) from None  # 31/02/2026: shaped as a date, not one
        raise ValueError(f"date illisible « {value} » (JJ/MM/AAAA attendu).") from None


def _serial_date(serial: float) -> date:
    """A spreadsheet's day number (46093 is 12/03/2026); the time of day is dropped.

    Below 10000 (1927) a number in a date column is far more likely a year than a day.
    """
    if not SMALLEST_SERIAL <= serial <= LARGEST_SERIAL:
        raise ValueError(BAD_DATE)
    return SERIAL_EPOCH + timedelta(days=int(serial))


def _boolean(value: SourceCell) -> bool:
    """Yes or no, as people write it in a column: oui/non, x, 1/0, vrai/faux, yes/no."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    word = folded(str(value)).rstrip(".")
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise ValueError(NOT_BOOLEAN)


def _choice(value: SourceCell, choices: type[LabelledEnum]) -> LabelledEnum:
    """A member named by its value ("pme") or its French label ("Grand groupe")."""
    wanted = folded(cell_text(value))
    for member in choices:
        if wanted in (member.value, folded(member.label)):
            return member
    raise ValueError(f"valeur inconnue « {cell_text(value)} ».")


def _list(value: SourceCell) -> tuple[str, ...]:
    """Names separated by "," ";" "/" "+" or new lines, trimmed, empty ones dropped."""
    parts = (part.strip() for part in LIST_SEPARATORS.split(cell_text(value)))
    return tuple(part for part in parts if part)
