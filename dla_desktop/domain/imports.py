"""What an imported spreadsheet can fill: targets, their fields, header synonyms, cell reading.

Pure Python: the wizard and the command line pre-fill the same mapping from the same
synonyms (``guess_mapping``), and every cell is read by ``convert_cell`` into the type
the services' drafts take, or refused with the forms' French words.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from dla_desktop.domain.enums import CompanySize, LabelledEnum
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
    ("tél", "tel", "tél.", "téléphone fixe", "portable", "phone", "telephone", "phone number"),
    digits=10,
)
SIRET = ImportField(
    "siret", "SIRET", IDENTIFIER, ("n° siret", "numéro siret", "numéro de siret"), digits=14
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
    ImportField("rna", "RNA", IDENTIFIER, ("numéro rna", "n° rna", "numéro w", "rna number")),
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
            "nb salariés",
            "effectif",
            "effectifs",
            "employees",
            "staff",
            "jobs",
        ),
    ),
    ImportField(
        "fte", "ETP", DECIMAL, ("équivalents temps plein", "équivalent temps plein", "fte")
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
    ImportField("siren", "SIREN", IDENTIFIER, ("n° siren", "numéro siren"), digits=9),
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
