"""read_sheet on files as people send them: French CSV, titled workbooks, damaged files."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest

from dla_desktop.documents.spreadsheets.reading import read_sheet
from dla_desktop.domain.errors import FileReadError
from dla_desktop.domain.spreadsheets import (
    CsvFormat,
    ReadOptions,
    SheetData,
    SourceRow,
    column_letter,
)
from tests.spreadsheet_files import (
    csv_file,
    encrypted_ods_file,
    encrypted_xlsx_file,
    ods_file,
    xlsx_file,
    xlsx_with_cached_formulas,
)

ACCENTS = [
    ["Nom", "Commune", "Montant"],
    ["Œuvre de l'Été", "Hénin-Beaumont", "1 234,50"],
    ["Crèche Françoise", "Villeneuve-d'Ascq", "12,5 €"],
]


def listing(folder: Path) -> dict[str, tuple[int, int]]:
    """Every file of ``folder`` with its size and mtime, to prove nothing was written."""
    return {p.name: (p.stat().st_size, p.stat().st_mtime_ns) for p in folder.iterdir()}


def read(path: Path, **options: object) -> SheetData:
    """read_sheet, checking on the way that the folder was left as it was."""
    before = listing(path.parent)
    data = read_sheet(path, ReadOptions(**options) if options else None)  # type: ignore[arg-type]
    assert listing(path.parent) == before
    return data


def cells(data: SheetData) -> list[list[object]]:
    return [list(row.cells) for row in data.rows]


# ----------------------------------------------------------------------- CSV


def test_cp1252_csv_with_french_accents_is_detected(tmp_path: Path) -> None:
    path = csv_file(tmp_path / "adhérents.csv", ACCENTS)
    data = read(path)
    assert data.csv == CsvFormat(separator=";", encoding="cp1252", decimal=",")
    assert (data.file_name, data.sheets, data.sheet) == ("adhérents.csv", (), None)
    assert data.header_line == 1
    assert data.headers == ("Nom", "Commune", "Montant")
    assert data.rows == (
        SourceRow(2, ("Œuvre de l'Été", "Hénin-Beaumont", "1 234,50")),
        SourceRow(3, ("Crèche Françoise", "Villeneuve-d'Ascq", "12,5 €")),
    )
    assert data.notes == ()


def test_utf8_with_bom_is_detected_and_the_bom_is_not_in_the_first_header(tmp_path: Path) -> None:
    path = csv_file(tmp_path / "export.csv", ACCENTS, encoding="utf-8", bom=True)
    data = read(path)
    assert data.csv is not None and data.csv.encoding == "utf-8-sig"
    assert data.headers[0] == "Nom"
    assert cells(data)[0][0] == "Œuvre de l'Été"


def test_utf8_without_bom_is_detected(tmp_path: Path) -> None:
    path = csv_file(tmp_path / "export.csv", ACCENTS, encoding="utf-8", newline="\n")
    data = read(path)
    assert data.csv is not None and data.csv.encoding == "utf-8"
    assert cells(data)[1] == ["Crèche Françoise", "Villeneuve-d'Ascq", "12,5 €"]


def test_comma_separator_with_quoted_fields_holding_separators(tmp_path: Path) -> None:
    rows = [
        ["Nom", "Adresse", "Montant"],
        ["Dupont; Martin", "1, rue de la Paix", "12.5"],
        ["Lefèvre", 'Bât. "B"; 2, rue Nationale', "1250.75"],
        ["Simple", "Lille", "3.0"],
    ]
    path = csv_file(tmp_path / "export.csv", rows, separator=",", encoding="utf-8")
    written = path.read_bytes()
    assert b'"1, rue de la Paix"' in written and b'"B\xc3\xa2t. ""B""; 2, rue' in written
    data = read(path)
    assert data.csv == CsvFormat(separator=",", encoding="utf-8", decimal=".")
    assert cells(data) == [row for row in rows[1:]]


def test_comma_separator_with_french_amounts_gives_the_comma_decimal_mark(tmp_path: Path) -> None:
    rows = [["Nom", "Montant"], ["A", "1 234,50"], ["B", "12,5"], ["C", "7"]]
    data = read(csv_file(tmp_path / "export.csv", rows, separator=",", encoding="utf-8"))
    assert data.csv is not None and (data.csv.separator, data.csv.decimal) == (",", ",")
    assert cells(data)[0] == ["A", "1 234,50"]


def test_tab_separated_text_file(tmp_path: Path) -> None:
    rows = [["Nom", "Ville", "ETP"], ["Dupont", "Lille", "0.5"], ["Martin", "Roubaix", "1.25"]]
    data = read(csv_file(tmp_path / "liste.txt", rows, separator="\t", encoding="utf-8"))
    assert data.csv == CsvFormat(separator="\t", encoding="utf-8", decimal=".")
    assert cells(data) == rows[1:]


def test_excel_unicode_text_utf16_is_read(tmp_path: Path) -> None:
    rows = [["Nom", "Ville"], ["Élodie", "Lille"]]
    data = read(csv_file(tmp_path / "unicode.txt", rows, separator="\t", encoding="utf-16"))
    assert data.csv is not None and (data.csv.encoding, data.csv.separator) == ("utf-16", "\t")
    assert cells(data) == [["Élodie", "Lille"]]


def test_multiline_quoted_cell_keeps_the_following_line_numbers(tmp_path: Path) -> None:
    rows = [
        ["Nom", "Adresse", "CP"],
        ["Dupont", "12 rue Nationale\nBâtiment B\n2e étage", "59000"],
        ["Martin", "3 place du Théâtre", "59800"],
    ]
    data = read(csv_file(tmp_path / "adresses.csv", rows))
    assert [row.line for row in data.rows] == [2, 5]  # Martin is on line 5 of the file
    assert data.rows[0].cells[1] == "12 rue Nationale\nBâtiment B\n2e étage"
    assert data.rows[1].cells == ("Martin", "3 place du Théâtre", "59800")


def test_blank_lines_are_dropped_and_counted(tmp_path: Path) -> None:
    rows = [["Nom", "CP"], ["A", "59000"], [], [None, None], ["B", "59800"], ["   ", ""]]
    data = read(csv_file(tmp_path / "trous.csv", rows))
    assert [(row.line, row.cells) for row in data.rows] == [
        (2, ("A", "59000")),
        (5, ("B", "59800")),
    ]
    assert data.notes == ("3 lignes vides ignorées.",)


def test_one_blank_line_is_said_in_the_singular(tmp_path: Path) -> None:
    data = read(csv_file(tmp_path / "trou.csv", [["Nom", "CP"], [], ["A", "1"]]))
    assert data.notes == ("1 ligne vide ignorée.",)


def test_short_rows_are_padded_and_cells_trimmed(tmp_path: Path) -> None:
    rows = [["Nom", "Ville", "CP"], ["  Dupont  ", "Lille"], ["Martin"]]
    data = read(csv_file(tmp_path / "court.csv", rows))
    assert cells(data) == [["Dupont", "Lille", None], ["Martin", None, None]]


def test_markup_characters_and_emoji_survive_unchanged(tmp_path: Path) -> None:
    text = "Café <b>&amp; co</b> 🎉 «là» — 50 %"
    rows = [["Nom", "Remarque"], ["A", text]]
    assert cells(read(csv_file(tmp_path / "a.csv", rows, encoding="utf-8")))[0][1] == text
    assert cells(read(xlsx_file(tmp_path / "a.xlsx", rows)))[0][1] == text
    assert cells(read(ods_file(tmp_path / "a.ods", rows)))[0][1] == text


def test_forced_csv_format_is_used_exactly(tmp_path: Path) -> None:
    path = csv_file(tmp_path / "adherents.csv", ACCENTS)
    forced = CsvFormat(separator=",", encoding="cp1252", decimal=".")
    data = read(path, csv=forced, header_line=1)
    assert data.csv == forced
    assert data.headers == ("Nom;Commune;Montant", "Colonne B")  # split at "," only
    assert data.rows[0].cells == ("Œuvre de l'Été;Hénin-Beaumont;1 234", "50")


def test_forced_latin_encoding_on_utf8_reads_what_it_is_told(tmp_path: Path) -> None:
    path = csv_file(tmp_path / "utf8.csv", ACCENTS, encoding="utf-8")
    data = read(path, csv=CsvFormat(encoding="cp1252"))
    assert data.rows[0].cells[0] == "Å’uvre de l'Ã‰tÃ©"  # mojibake, as asked, no error


def test_forced_header_line_in_a_csv(tmp_path: Path) -> None:
    rows = [["Export du 12/03/2026", "v2"], ["Nom", "CP"], ["A", "59000"]]
    data = read(csv_file(tmp_path / "x.csv", rows), header_line=1)
    assert data.header_line == 1
    assert data.headers == ("Export du 12/03/2026", "v2")
    assert [row.line for row in data.rows] == [2, 3]


def test_ten_thousand_rows_csv(tmp_path: Path) -> None:
    header = [f"Colonne {n}" for n in range(15)]
    body = [[f"Nom {r}", str(r), f"{r},50", "Lille"] + ["x"] * 11 for r in range(10_000)]
    body[5000][2] = "a;b"
    data = read(csv_file(tmp_path / "gros.csv", [header, *body]))
    assert len(data.rows) == 10_000 and len(data.headers) == 15
    assert data.rows[0] == SourceRow(2, ("Nom 0", "0", "0,50", "Lille", *["x"] * 11))
    assert data.rows[5000].cells[:3] == ("Nom 5000", "5000", "a;b")
    assert data.rows[-1].line == 10_001 and data.rows[-1].cells[1] == "9999"


# ------------------------------------------------------------------ workbooks

TYPED = [
    ["Nom", "Code postal", "SIRET", "ETP", "Adhésion", "Heure", "Code", "Actif", "Vide"],
    ["  Dupont ", 59000, 12345678901234, 1.5, date(2026, 3, 12), None, "00123", True, "   "],
    ["Martin", 59800.0, None, 2.0, datetime(2026, 3, 12, 9, 30), None, "W595001234", False, "x"],
]


@pytest.mark.parametrize("make", [xlsx_file, ods_file], ids=["xlsx", "ods"])
def test_typed_cells_of_a_workbook(tmp_path: Path, make: Callable[..., Path]) -> None:
    suffix = ".xlsx" if make is xlsx_file else ".ods"
    data = read(make(tmp_path / f"typés{suffix}", TYPED))
    assert data.csv is None and data.header_line == 1
    assert data.headers == tuple(TYPED[0])  # "Heure" has a header: kept though empty
    first, second = cells(data)
    assert first == [
        "Dupont",
        59000,
        12345678901234,
        1.5,
        date(2026, 3, 12),
        None,
        "00123",
        True,
        None,
    ]
    assert second == [
        "Martin",
        59800,
        None,
        2,
        datetime(2026, 3, 12, 9, 30),
        None,
        "W595001234",
        False,
        "x",
    ]
    assert type(first[1]) is int and type(first[2]) is int and type(second[3]) is int
    assert type(first[4]) is date  # a date stays a date, not a midnight datetime


def test_merged_title_and_blank_row_above_the_headers_are_skipped(tmp_path: Path) -> None:
    rows = [["Nom", "SIRET", "Montant"], ["Dupont", 12345678901234, 1500], ["Martin", None, 300.5]]
    path = xlsx_file(tmp_path / "liste.xlsx", rows, title="Liste des adhérents 2026")
    data = read(path)
    assert data.header_line == 3
    assert data.headers == ("Nom", "SIRET", "Montant")
    assert [row.line for row in data.rows] == [4, 5]
    assert data.notes == ("En-têtes lus ligne 3 ; les lignes au-dessus sont ignorées.",)


def test_two_band_header_in_a_workbook_takes_the_second_band(tmp_path: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Identité", None, "Coordonnées", None])
    sheet.merge_cells("A1:B1")
    sheet.merge_cells("C1:D1")
    sheet.append(["Nom", "SIRET", "Ville", "Téléphone"])
    sheet.append(["Dupont", 12345678901234, "Lille", "0320000000"])
    workbook.save(tmp_path / "bandes.xlsx")
    data = read(tmp_path / "bandes.xlsx")
    assert data.header_line == 2
    assert data.headers == ("Nom", "SIRET", "Ville", "Téléphone")


def test_two_band_header_in_a_csv_with_title(tmp_path: Path) -> None:
    rows = [
        ["Liste des adhérents 2026", None, None],
        [None, None, None],
        ["Identité", None, "Coordonnées"],
        ["Nom", "Prénom", "Ville"],
        ["Dupont", "Jean", "Lille"],
        ["Martin", "Léa", "Paris"],
    ]
    data = read(csv_file(tmp_path / "bandes.csv", rows))
    assert data.header_line == 4
    assert data.headers == ("Nom", "Prénom", "Ville")
    assert [row.line for row in data.rows] == [5, 6]


@pytest.mark.parametrize(
    "above",
    [
        ["Exercice", 2026, "Mis à jour le", date(2026, 3, 1)],  # only half labels
        ["DLA du Nord", "Lille", None, None],  # labels over half the table: a caption
    ],
    ids=["exercice", "caption"],
)
def test_a_short_line_above_the_table_is_not_taken_for_headers(
    tmp_path: Path, above: list[object]
) -> None:
    rows = [
        above,
        ["Nom", "CP", "Ville", "ETP"],
        ["A", 59000, "Lille", 1.5],
        ["B", 59800, "Lens", 2],
    ]
    data = read(xlsx_file(tmp_path / "avec_ligne.xlsx", rows))
    assert data.header_line == 2
    assert data.headers == ("Nom", "CP", "Ville", "ETP")


def test_a_text_only_table_keeps_its_first_row_as_headers(tmp_path: Path) -> None:
    rows = [["Nom", "Prénom", "Ville"], ["Dupont", "Jean", "Lille"], ["Martin", "Léa", "Paris"]]
    assert read(csv_file(tmp_path / "t.csv", rows)).header_line == 1


def test_year_headers_under_a_title_are_found(tmp_path: Path) -> None:
    rows = [["Budget prévisionnel", None, None], ["Poste", 2025, 2026], ["Loyer", 1000, 1200]]
    data = read(xlsx_file(tmp_path / "budget.xlsx", rows))
    assert data.header_line == 2
    assert data.headers == ("Poste", "2025", "2026")


def test_empty_header_gets_its_letter_and_empty_columns_are_dropped(tmp_path: Path) -> None:
    rows = [
        ["Nom", "Nom", None, "Ville", None, None],
        ["Dupont", "Jean", None, "Lille", None, "note"],
    ]
    data = read(xlsx_file(tmp_path / "colonnes.xlsx", rows))
    assert data.headers == ("Nom", "Nom", "Ville", "Colonne F")  # duplicate kept; C, E dropped
    assert cells(data) == [["Dupont", "Jean", "Lille", "note"]]


def test_header_texts_are_trimmed_to_one_line(tmp_path: Path) -> None:
    rows = [["  Code\npostal ", "Nom"], [59000, "A"]]
    assert read(xlsx_file(tmp_path / "h.xlsx", rows)).headers == ("Code postal", "Nom")


def test_forced_header_line_in_a_workbook(tmp_path: Path) -> None:
    rows = [["Nom", "CP"], ["A", 59000], ["B", 59800]]
    data = read(xlsx_file(tmp_path / "f.xlsx", rows, title="Titre"), header_line=4)
    assert data.header_line == 4
    assert data.headers == ("A", "59000")
    assert data.rows == (SourceRow(5, ("B", 59800)),)


def test_formulas_give_the_value_excel_cached(tmp_path: Path) -> None:
    rows = [["Nom", "Montant", "Double"], ["A", 59000, ("=B2*2", 118000)], ["B", 1.5, ("=B3*2", 3)]]
    data = read(xlsx_with_cached_formulas(tmp_path / "formules.xlsx", rows))
    assert cells(data) == [["A", 59000, 118000], ["B", 1.5, 3]]


def test_a_formula_without_cached_value_reads_as_empty(tmp_path: Path) -> None:
    # openpyxl saves formulas without their result (Excel would compute it on opening):
    # there is nothing to read but the formula, so the cell is empty (None), not "=B2*2".
    rows = [["Nom", "Montant", "Double"], ["A", 59000, "=B2*2"]]
    data = read(xlsx_file(tmp_path / "sans_cache.xlsx", rows))
    assert cells(data) == [["A", 59000, None]]


def test_chosen_sheet_and_the_list_of_sheets(tmp_path: Path) -> None:
    path = xlsx_file(
        tmp_path / "classeur.xlsx",
        [["Nom"], ["Premier"]],
        extra_sheets={"Entreprises": [["Raison sociale", "SIRET"], ["ACME", 12345678901234]]},
    )
    data = read(path, sheet="Entreprises")
    assert data.sheets == ("Feuil1", "Entreprises")
    assert data.sheet == "Entreprises"
    assert cells(data) == [["ACME", 12345678901234]]
    assert read(path).sheet == "Feuil1"


def test_first_sheet_with_data_is_taken_when_none_is_chosen(tmp_path: Path) -> None:
    path = xlsx_file(
        tmp_path / "classeur.xlsx", [], extra_sheets={"Données": [["Nom", "CP"], ["A", 59000]]}
    )
    data = read(path)
    assert (data.sheets, data.sheet) == (("Feuil1", "Données"), "Données")


def test_headers_without_data_below_say_so(tmp_path: Path) -> None:
    data = read(xlsx_file(tmp_path / "entete.xlsx", [["Nom", "CP"]]))
    assert (data.headers, data.rows) == (("Nom", "CP"), ())
    assert data.notes == ("Aucune ligne de données sous les en-têtes.",)


def test_times_and_durations_read_as_the_user_saw_them(tmp_path: Path) -> None:
    rows = [["Nom", "Arrivée", "Durée"], ["A", time(9, 30), timedelta(hours=30)]]
    data = read(xlsx_file(tmp_path / "heures.xlsx", rows))
    assert cells(data) == [["A", "09:30", "30:00"]]


def test_a_workbook_under_the_wrong_suffix_is_read_by_its_content(tmp_path: Path) -> None:
    rows = [["Nom", "CP"], ["A", 59000]]
    ods = ods_file(tmp_path / "vrai.ods", rows)
    renamed = tmp_path / "LIBREOFFICE.XLSX"
    renamed.write_bytes(ods.read_bytes())
    data = read(renamed)
    assert (data.sheet, data.headers, cells(data)) == ("Feuille1", ("Nom", "CP"), [["A", 59000]])


def test_a_hidden_sheet_comes_after_the_visible_ones(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    path = xlsx_file(
        tmp_path / "cachée.xlsx",
        [["Paramètre", "Valeur"], ["taux", 2]],
        extra_sheets={"Liste": [["Nom", "CP"], ["A", 59000]]},
    )
    workbook = load_workbook(path)
    workbook["Feuil1"].sheet_state = "hidden"
    workbook.save(path)
    data = read(path)
    assert (data.sheets, data.sheet) == (("Feuil1", "Liste"), "Liste")


def test_column_letters() -> None:
    assert [column_letter(i) for i in (0, 5, 25, 26, 27, 701, 702)] == [
        "A",
        "F",
        "Z",
        "AA",
        "AB",
        "ZZ",
        "AAA",
    ]


# --------------------------------------------------------------------- errors


def _text_renamed_xlsx(folder: Path) -> Path:
    path = folder / "liste.xlsx"
    path.write_text("Nom;CP\nDupont;59000\n", encoding="utf-8")
    return path


def _truncated_xlsx(folder: Path) -> Path:
    whole = xlsx_file(folder / "entier.xlsx", [["Nom"], ["A"]]).read_bytes()
    (folder / "entier.xlsx").unlink()
    path = folder / "coupé.xlsx"
    path.write_bytes(whole[: len(whole) // 2])
    return path


def _foreign_zip_ods(folder: Path) -> Path:
    path = folder / "archive.ods"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("photo.txt", "pas un tableur")
    return path


def _empty_file(suffix: str) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / f"vide{suffix}"
        path.write_bytes(b"")
        return path

    return make


def _blank_csv(folder: Path) -> Path:
    return csv_file(folder / "blanc.csv", [[None, None], [], ["  ", None]])


def _binary_csv(folder: Path) -> Path:
    path = folder / "classeur.csv"
    path.write_bytes(xlsx_file(folder / "x.xlsx", [["Nom"], ["A"]]).read_bytes())
    (folder / "x.xlsx").unlink()
    return path


def _empty_workbook(folder: Path) -> Path:
    return xlsx_file(folder / "vide.xlsx", [], extra_sheets={"Autre": []})


def _folder(folder: Path) -> Path:
    path = folder / "dossier.xlsx"
    path.mkdir()
    return path


ERRORS: list[tuple[str, Callable[[Path], Path], str]] = [
    ("missing", lambda folder: folder / "absent.xlsx", "« absent.xlsx » est introuvable"),
    ("folder", _folder, "« dossier.xlsx » est un dossier"),
    (
        "pdf",
        lambda folder: csv_file(folder / "rapport.pdf", [["x"]]),
        "« rapport.pdf » : format non pris en charge : .pdf "
        "(formats acceptés : .xlsx, .ods, .csv).",
    ),
    (
        "xls",
        lambda folder: csv_file(folder / "ancien.xls", [["x"]]),
        "enregistrez-le au format .xlsx",
    ),
    ("text as xlsx", _text_renamed_xlsx, "« liste.xlsx » ne peut pas être lu comme un classeur"),
    ("truncated", _truncated_xlsx, "« coupé.xlsx » ne peut pas être lu comme un classeur"),
    ("foreign zip", _foreign_zip_ods, "« archive.ods » ne peut pas être lu comme un classeur"),
    (
        "encrypted xlsx",
        lambda f: encrypted_xlsx_file(f / "secret.xlsx"),
        "« secret.xlsx » est protégé",
    ),
    ("encrypted ods", lambda f: encrypted_ods_file(f / "secret.ods"), "« secret.ods » est protégé"),
    ("empty csv", _empty_file(".csv"), "« vide.csv » est vide."),
    ("empty xlsx", _empty_file(".xlsx"), "« vide.xlsx » est vide"),
    ("blank csv", _blank_csv, "« blanc.csv » ne contient aucune donnée."),
    ("binary csv", _binary_csv, "« classeur.csv » n'est pas un fichier texte"),
    ("no data", _empty_workbook, "« vide.xlsx » ne contient aucune donnée"),
]


@pytest.mark.parametrize(("make", "expected"), [e[1:] for e in ERRORS], ids=[e[0] for e in ERRORS])
def test_unreadable_files_give_a_french_sentence_naming_the_file(
    tmp_path: Path, make: Callable[[Path], Path], expected: str
) -> None:
    path = make(tmp_path)
    before = listing(tmp_path)
    with pytest.raises(FileReadError) as raised:
        read_sheet(path)
    assert expected in raised.value.message
    assert listing(tmp_path) == before


def test_unknown_sheet_names_the_available_ones(tmp_path: Path) -> None:
    path = xlsx_file(tmp_path / "c.xlsx", [["Nom"], ["A"]], extra_sheets={"Autre": [["x"]]})
    with pytest.raises(FileReadError) as raised:
        read_sheet(path, ReadOptions(sheet="Adhérents"))
    assert raised.value.message == (
        "La feuille « Adhérents » n'existe pas dans « c.xlsx » (feuilles : « Feuil1 », « Autre »)."
    )


def test_chosen_empty_sheet_is_refused(tmp_path: Path) -> None:
    path = xlsx_file(tmp_path / "c.xlsx", [["Nom"], ["A"]], extra_sheets={"Vide": []})
    with pytest.raises(FileReadError, match="La feuille « Vide » de « c.xlsx » ne contient aucune"):
        read_sheet(path, ReadOptions(sheet="Vide"))


def test_forced_encoding_that_does_not_fit_is_a_french_error(tmp_path: Path) -> None:
    path = csv_file(tmp_path / "latin.csv", ACCENTS)  # cp1252 bytes, not UTF-8
    with pytest.raises(FileReadError) as raised:
        read_sheet(path, ReadOptions(csv=CsvFormat(encoding="utf-8")))
    assert raised.value.message == (
        "« latin.csv » ne se lit pas avec l'encodage UTF-8 (caractère illisible ligne 2) : "
        "essayez un autre encodage (UTF-8 ou Windows-1252)."
    )


def test_unknown_encoding_and_bad_separator_are_french_errors(tmp_path: Path) -> None:
    path = csv_file(tmp_path / "a.csv", ACCENTS)
    with pytest.raises(FileReadError, match="Encodage inconnu « klingon » pour lire « a.csv »"):
        read_sheet(path, ReadOptions(csv=CsvFormat(encoding="klingon")))
    with pytest.raises(FileReadError, match="« a.csv » ne se découpe pas"):
        read_sheet(path, ReadOptions(csv=CsvFormat(separator=";;", encoding="cp1252")))


def test_header_line_past_the_end_is_a_french_error(tmp_path: Path) -> None:
    path = csv_file(tmp_path / "court.csv", [["Nom"], ["A"]])
    with pytest.raises(FileReadError, match="La ligne 9 n'existe pas dans « court.csv »"):
        read_sheet(path, ReadOptions(header_line=9))
