"""Mapping a file's columns to fields, and reading its cells into the drafts' types."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from dla_desktop.domain.enums import CompanySize
from dla_desktop.domain.imports import (
    ENROLMENT_FIELDS,
    TARGET_FIELDS,
    FieldKind,
    ImportField,
    ImportTarget,
    cell_text,
    convert_cell,
    fields_of,
    guess_mapping,
    header_key,
    mapping_from_text,
)
from dla_desktop.domain.text import plural

ASSOCIATION = {field.name: field for field in fields_of(ImportTarget.ASSOCIATIONS)}
COMPANY = {field.name: field for field in fields_of(ImportTarget.COMPANIES)}
PARTICIPANT = {field.name: field for field in fields_of(ImportTarget.PARTICIPANTS)}
WHEN = ImportField("when", "Date", FieldKind.DATE)


# --- guessing the mapping ----------------------------------------------------------------

USUAL_FRENCH_HEADERS = (
    "Nom",
    "SIRET",
    "RNA",
    "Secteur",
    "Activité",
    "Adresse",
    "Code postal",
    "Commune",
    "Emplois",
    "ETP",
    "Courriel",
    "Téléphone",
    "Volets",
)


def test_the_usual_french_headers_map_every_column_of_a_participants_file() -> None:
    mapping = guess_mapping(USUAL_FRENCH_HEADERS, ImportTarget.PARTICIPANTS)
    assert [mapping[i] for i in range(len(USUAL_FRENCH_HEADERS))] == [
        "name",
        "siret",
        "rna",
        "sector",
        "activity",
        "address",
        "postal_code",
        "town",
        "employees",
        "fte",
        "email",
        "phone",
        "volets",
    ]


def test_the_labels_of_every_target_map_back_to_their_fields() -> None:
    # what our own exports write (the labels) comes back without a mapping
    for target, fields in TARGET_FIELDS.items():
        labels = [field.label for field in fields]
        assert guess_mapping(labels, target) == {i: f.name for i, f in enumerate(fields)}


def test_english_headers() -> None:
    headers = ["Name", "City", "Zip code", "E-mail", "Phone number", "Employees", "FTE"]
    assert guess_mapping(headers, ImportTarget.ASSOCIATIONS) == {
        0: "name",
        1: "town",
        2: "postal_code",
        3: "email",
        4: "phone",
        5: "employees",
        6: "fte",
    }


def test_odd_headers_accents_case_punctuation_and_number_signs() -> None:
    headers = [
        "  NOM DE L’ASSOCIATION* ",
        "N° SIRET :",
        "Nº RNA",
        "code_postal",
        "VILLE",
        "Tél.",
        "Adresse e-mail",
        "Nb salariés",
        "Observations",
        "Colonne inconnue",
    ]
    assert guess_mapping(headers, ImportTarget.ASSOCIATIONS) == {
        0: "name",
        1: "siret",
        2: "rna",
        3: "postal_code",
        4: "town",
        5: "phone",
        6: "email",
        7: "employees",
        8: "notes",
    }


def test_nom_is_the_name_of_a_structure_but_the_last_name_of_a_contact() -> None:
    headers = ["Nom", "Prénom", "Fonction", "Association"]
    assert guess_mapping(headers, ImportTarget.ASSOCIATIONS) == {0: "name"}
    assert guess_mapping(headers, ImportTarget.COMPANIES) == {0: "name"}
    assert guess_mapping(headers, ImportTarget.CONTACTS) == {
        0: "last_name",
        1: "first_name",
        2: "role",
        3: "association",
    }


def test_each_field_goes_to_its_first_column_only() -> None:
    headers = ["Ville", "Nom", "Commune", "Raison sociale"]
    assert guess_mapping(headers, ImportTarget.ASSOCIATIONS) == {0: "town", 1: "name"}


def test_no_header_key_names_two_fields_of_one_target() -> None:
    # a synonym shared by two fields would silently go to the first one
    for target, fields in TARGET_FIELDS.items():
        owners: dict[str, str] = {}
        for field in fields:
            for text in (field.label, field.name, *field.synonyms):
                key = header_key(text)
                assert owners.setdefault(key, field.name) == field.name, (target, text)


@pytest.mark.parametrize(
    ("header", "key"),
    [
        ("N° SIRET :", "siret"),
        ("No. RNA", "rna"),
        ("Code_Postal*", "code postal"),
        ("E-mail", "e mail"),
        ("Nombre d'ETP", "nombre d etp"),
        ("Suivi (jours)", "suivi jours"),
        ("Nom", "nom"),  # "no" is dropped as a word, never inside one
    ],
)
def test_header_key(header: str, key: str) -> None:
    assert header_key(header) == key


# --- the --map option ----------------------------------------------------------------------


def test_map_by_field_name_or_label_and_header_folded() -> None:
    headers = ("Raison sociale", "VILLE", "Effectif")
    text = "raison sociale=name, ville = Commune,Effectif=employees,"
    assert mapping_from_text(text, headers, ImportTarget.ASSOCIATIONS) == {
        0: "name",
        1: "town",
        2: "employees",
    }


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Ville=town,Inconnue=name",
            "Colonne inconnue « Inconnue » ; colonnes du fichier : « Nom »",
        ),
        ("Nom=nom_complet", "Champ inconnu « nom_complet » ; champs possibles : name (Nom), siret"),
        ("Nom=name,Ville=name", "Le champ « name » est associé à deux colonnes."),
        ("Nom=name,Nom=town", "La colonne « Nom » est associée à deux champs."),
        ("Nom", "« Nom » : chaque correspondance s'écrit COLONNE=champ"),
        (" , ", "Correspondance vide"),
    ],
)
def test_map_errors_say_what_is_possible(text: str, said: str) -> None:
    with pytest.raises(ValueError) as caught:
        mapping_from_text(text, ("Nom", "Ville"), ImportTarget.ASSOCIATIONS)
    assert str(caught.value).startswith(said)


# --- reading cells ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "empty"),
    [
        ("name", ""),
        ("siret", ""),
        ("employees", 0),
        ("fte", Decimal(0)),
        ("status_date", None),
        ("prior_dla_support", False),
        ("volets", ()),
    ],
)
@pytest.mark.parametrize("cell", [None, "", "   "])
def test_empty_cells_give_the_fields_empty_value(name: str, empty: object, cell: object) -> None:
    assert convert_cell(PARTICIPANT[name], cell) == empty  # type: ignore[arg-type]
    assert convert_cell(COMPANY["size"], cell) is None  # type: ignore[arg-type]


def test_text_is_trimmed_and_numbers_and_dates_read_as_shown() -> None:
    name = ASSOCIATION["name"]
    assert convert_cell(name, "  Les Amis <&> 🎭 ") == "Les Amis <&> 🎭"
    assert convert_cell(name, 1901) == "1901"
    assert convert_cell(name, 1901.0) == "1901"
    assert convert_cell(name, 2.5) == "2.5"
    assert convert_cell(name, True) == "oui"
    assert convert_cell(name, date(2026, 3, 12)) == "12/03/2026"
    assert convert_cell(name, datetime(2026, 3, 12, 9, 30)) == "12/03/2026 09:30"


def test_identifiers_get_their_leading_zeros_back_only_from_number_cells() -> None:
    postal_code = ASSOCIATION["postal_code"]
    assert convert_cell(postal_code, 1000) == "01000"
    assert convert_cell(postal_code, 1000.0) == "01000"
    assert convert_cell(postal_code, "1000") == "1000"  # typed text stays as typed
    assert convert_cell(postal_code, 59000) == "59000"
    assert convert_cell(ASSOCIATION["phone"], 320123456) == "0320123456"
    assert convert_cell(ASSOCIATION["siret"], 73282932000074.0) == "73282932000074"
    assert convert_cell(ASSOCIATION["siret"], " 732 829 320 00074 ") == "732 829 320 00074"


def test_integers() -> None:
    employees = ASSOCIATION["employees"]
    assert convert_cell(employees, 12) == 12
    assert convert_cell(employees, 12.0) == 12
    assert convert_cell(employees, " 1 234 ") == 1234
    assert convert_cell(employees, "1\u202f234") == 1234
    assert convert_cell(employees, "1.234") == 1234  # thousands in a French file
    assert convert_cell(employees, "12,0") == 12
    assert convert_cell(employees, "-3") == -3  # the form's check refuses it, with its words
    for cell in (12.5, "12,5", "douze", True, "#N/A", date(2026, 1, 1)):
        with pytest.raises(ValueError, match=r"^nombre entier attendu\.$"):
            convert_cell(employees, cell)


def test_integers_in_an_english_file() -> None:
    assert convert_cell(ASSOCIATION["employees"], "1,234", decimal=".") == 1234


@pytest.mark.parametrize(
    ("cell", "decimal", "value"),
    [
        ("1,5", ",", Decimal("1.5")),
        ("1.5", ",", Decimal("1.5")),
        ("1 234,5", ",", Decimal("1234.5")),
        ("1\u00a0234,50", ",", Decimal("1234.50")),
        ("1.234,5", ",", Decimal("1234.5")),
        ("1,234.5", ".", Decimal("1234.5")),
        ("1,234", ".", Decimal("1234")),
        ("1,5", ".", Decimal("1.5")),
        ("1.234", ",", Decimal("1234")),
        ("1.234.567", ",", Decimal("1234567")),
        ("-1 234,5", ",", Decimal("-1234.5")),
        (".5", ",", Decimal("0.5")),
        (3, ",", Decimal(3)),
        (1.5, ",", Decimal("1.5")),
        (0.1 + 0.2, ",", Decimal("0.3")),  # a workbook's float, back to what was typed
        (2.0, ",", Decimal(2)),
    ],
)
def test_decimals(cell: object, decimal: str, value: Decimal) -> None:
    assert convert_cell(ASSOCIATION["fte"], cell, decimal=decimal) == value  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "cell", ["deux", "1,5,", "1,2.3", "12.34.567", "1e5", "NaN", "Infinity", float("nan"), True]
)
def test_unreadable_decimals(cell: object) -> None:
    with pytest.raises(ValueError, match=r"^nombre illisible\.$"):
        convert_cell(ASSOCIATION["fte"], cell)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "cell",
    [
        "12/03/2026",
        "2026-03-12",
        "12.03.2026",
        "12-03-2026",
        "12/03/26",
        " 12/03/2026 00:00:00 ",
        "2026-03-12T00:00:00",
        date(2026, 3, 12),
        datetime(2026, 3, 12, 17, 45),
        46093,  # the day number a workbook stores
        46093.75,  # ... with a time of day
        "46093",  # ... read from a CSV
    ],
)
def test_dates(cell: object) -> None:
    assert convert_cell(WHEN, cell) == date(2026, 3, 12)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "cell", ["31/02/2026", "2026-13-01", "00/01/2026", 0, -5, 2026, 99_999_999, True]
)
def test_impossible_dates(cell: object) -> None:
    with pytest.raises(ValueError, match=r"^date invalide\.$"):
        convert_cell(WHEN, cell)  # type: ignore[arg-type]


def test_text_that_is_no_date_says_the_expected_form() -> None:
    with pytest.raises(ValueError, match=r"^date illisible « la semaine prochaine »"):
        convert_cell(WHEN, "la semaine prochaine")
    with pytest.raises(ValueError, match=r"^date illisible « 2026 » \(JJ/MM/AAAA attendu\)\.$"):
        convert_cell(WHEN, "2026")  # a year alone, not a day number


@pytest.mark.parametrize(
    "cell", ["oui", "OUI", "o", "x", "X", "vrai", "Yes", "true", "1", 1, 1.0, True]
)
def test_booleans_true(cell: object) -> None:
    assert convert_cell(ASSOCIATION["prior_dla_support"], cell) is True  # type: ignore[arg-type]


@pytest.mark.parametrize("cell", ["non", "Non", "n", "faux", "No", "false", "0", 0, False])
def test_booleans_false(cell: object) -> None:
    assert convert_cell(ASSOCIATION["prior_dla_support"], cell) is False  # type: ignore[arg-type]


@pytest.mark.parametrize("cell", ["peut-être", 2, "oui non"])
def test_booleans_refused(cell: object) -> None:
    with pytest.raises(ValueError, match=r"^oui ou non attendu\.$"):
        convert_cell(ASSOCIATION["prior_dla_support"], cell)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("cell", "size"),
    [
        ("PME", CompanySize.PME),
        ("pme", CompanySize.PME),
        ("grand groupe", CompanySize.GE),
        ("Grand Groupe", CompanySize.GE),
        ("ge", CompanySize.GE),
        (" TPE ", CompanySize.TPE),
    ],
)
def test_choices_by_value_or_french_label(cell: str, size: CompanySize) -> None:
    assert convert_cell(COMPANY["size"], cell) is size


def test_unknown_choice_names_the_value() -> None:
    with pytest.raises(ValueError, match=r"^valeur inconnue « Multinationale »\.$"):
        convert_cell(COMPANY["size"], "Multinationale")


def test_lists() -> None:
    volets = PARTICIPANT["volets"]
    assert convert_cell(volets, "Marketing, Mécénat ; Fiscalité / Autre + Cinq\nSix") == (
        "Marketing",
        "Mécénat",
        "Fiscalité",
        "Autre",
        "Cinq",
        "Six",
    )
    assert convert_cell(volets, " Marketing ,, ; ") == ("Marketing",)
    assert convert_cell(volets, 3) == ("3",)


def test_cell_text_is_what_the_user_saw() -> None:
    assert [cell_text(v) for v in (None, "a", 3, 3.0, 2.5, date(2026, 3, 12), False)] == [
        "",
        "a",
        "3",
        "3",
        "2.5",
        "12/03/2026",
        "non",
    ]


def test_enrolment_fields_are_participant_fields_only() -> None:
    # the participants import and the workbook's « Participants » sheet share them
    assert set(ENROLMENT_FIELDS) <= set(PARTICIPANT)
    assert not set(ENROLMENT_FIELDS) & set(ASSOCIATION)


# --- counting in French ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("count", "said"),
    [
        (0, "0 fiche créée"),  # French: 0 takes the singular, unlike English
        (1, "1 fiche créée"),
        (2, "2 fiches créées"),
        (10_000, "10000 fiches créées"),
    ],
)
def test_plural_takes_the_singular_for_0_and_1(count: int, said: str) -> None:
    assert plural(count, "fiche créée", "fiches créées") == said


def test_plural_groups_thousands_when_asked() -> None:
    assert plural(10_000, "ligne", "lignes", grouped=True) == "10\u00a0000 lignes"
    assert plural(0, "ligne", "lignes", grouped=True) == "0 ligne"
