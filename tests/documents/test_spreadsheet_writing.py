"""Tables written to .xlsx and French CSV: typed cells, Excel's rules, atomic files.

Workbooks are read back with openpyxl (cell types, formats, panes) and with calamine (the
reader the import uses); CSV files are read back as bytes, as Excel would get them.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet
from python_calamine import CalamineWorkbook

from dla_desktop.documents.spreadsheets.writing import (
    MAX_COLUMNS,
    sheet_names,
    write_csv,
    write_table,
    write_xlsx,
)
from dla_desktop.domain.errors import DlaError, FileWriteError
from dla_desktop.domain.spreadsheets import CellKind, CsvFormat, Table, TableColumn

HOSTILE = "<b>Théâtre</b> & Cie 🎭\n« l'Été »"

COLUMNS = (
    TableColumn("Code"),
    TableColumn("Emplois", CellKind.INTEGER),
    TableColumn("ETP", CellKind.DECIMAL),
    TableColumn("Montant", CellKind.MONEY),
    TableColumn("Date", CellKind.DATE),
    TableColumn("Taux", CellKind.PERCENT),
)
ROWS = [
    ("00123", 1234, Decimal("1.5"), Decimal("1557.14"), date(2026, 3, 12), Decimal("0.8636")),
    ("=1+1", None, None, None, None, None),
    (HOSTILE, 3, Decimal(2), Decimal("0.005"), date(1899, 7, 14), Decimal(1)),
    ("W595001234", 0, Decimal("0.25"), Decimal("-12.5"), date(2026, 12, 31), Decimal(0)),
]
TABLE = Table("Présences", COLUMNS, ROWS)


def big_table(rows: int, title: str = "Présences") -> Table:
    """A table long enough for several progress calls."""
    return Table(
        title,
        (TableColumn("Association"), TableColumn("N", CellKind.INTEGER)),
        [(f"Association {n}", n) for n in range(rows)],
    )


def sheet_of(path: Path, index: int = 0) -> Worksheet:
    return openpyxl.load_workbook(path).worksheets[index]


def leftovers(folder: Path, *expected: str) -> list[str]:
    """Files in ``folder`` other than ``expected`` (a temporary file left behind shows here)."""
    return sorted(p.name for p in folder.iterdir() if p.name not in expected)


# --- .xlsx -------------------------------------------------------------------------------


def test_sheet_names_follow_excel_rules() -> None:
    names = sheet_names(
        ["Présences", "présences", "a[b]c:d*e?f/g\\h", "x" * 40, "x" * 40, "''", "History", "   "]
    )
    assert names == [
        "Présences",
        "présences (2)",  # Excel compares names without case
        "a b c d e f g h",
        "x" * 31,
        "x" * 27 + " (2)",
        "Feuille",
        "History (2)",  # Excel keeps "History" for itself
        "Feuille (2)",
    ]
    assert all(len(name) <= 31 for name in names)


def test_one_sheet_per_table_with_clean_unique_names(tmp_path: Path) -> None:
    path = write_xlsx(
        [TABLE, TABLE, Table("Suivi : 2026/27 [brouillon]", COLUMNS, [])], tmp_path / "c.xlsx"
    )
    assert openpyxl.load_workbook(path).sheetnames == [
        "Présences",
        "Présences (2)",
        "Suivi 2026 27 brouillon",
    ]


def test_header_is_bold_frozen_and_filtered_and_columns_fit(tmp_path: Path) -> None:
    sheet = sheet_of(write_xlsx([TABLE], tmp_path / "c.xlsx"))
    assert [cell.value for cell in sheet[1]] == list(TABLE.headers)
    assert all(cell.font.b for cell in sheet[1])
    assert not sheet["A2"].font.b
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:F5"
    widths = {letter: sheet.column_dimensions[letter].width for letter in "ABCDEF"}
    assert widths["D"] > len("1 557,14 €") > widths["B"] - 4  # money wider than a count
    assert widths["A"] <= 51  # the long hostile text is capped


def test_cells_are_typed_per_column_kind(tmp_path: Path) -> None:
    sheet = sheet_of(write_xlsx([TABLE], tmp_path / "c.xlsx"))
    code, jobs, fte, money, day, rate = sheet[2]
    assert (code.value, code.data_type) == ("00123", "s")  # never the number 123
    assert (jobs.value, jobs.data_type, jobs.number_format) == (1234, "n", "#,##0")
    assert (fte.value, fte.number_format) == (1.5, "#,##0.00")
    assert money.value == 1557.14 and money.data_type == "n"
    assert "€" in money.number_format and "0.00" in money.number_format
    assert day.value == datetime(2026, 3, 12) and day.is_date
    assert day.number_format == "dd/mm/yyyy"
    assert rate.value == pytest.approx(0.8636) and "%" in rate.number_format
    assert sheet["D4"].value == 0.01  # money rounded half up to the cent
    assert sheet["D5"].value == -12.5
    assert (sheet["A5"].value, sheet["A5"].data_type) == ("W595001234", "s")


def test_text_stays_text_formulas_and_markup_included(tmp_path: Path) -> None:
    sheet = sheet_of(write_xlsx([TABLE], tmp_path / "c.xlsx"))
    formula = sheet["A3"]
    assert (formula.value, formula.data_type) == ("=1+1", "s")  # not a formula
    assert [cell.value for cell in sheet[3]][1:] == [None] * 5  # None: empty cells
    assert sheet["A4"].value == HOSTILE  # markup, emoji and new line intact


def test_dates_excel_cannot_hold_are_written_as_text(tmp_path: Path) -> None:
    sheet = sheet_of(write_xlsx([TABLE], tmp_path / "c.xlsx"))
    assert (sheet["E4"].value, sheet["E4"].data_type) == ("14/07/1899", "s")


def test_calamine_reads_the_typed_values_back(tmp_path: Path) -> None:
    path = write_xlsx([TABLE], tmp_path / "c.xlsx")
    with CalamineWorkbook.from_path(str(path)) as workbook:
        rows = workbook.get_sheet_by_name("Présences").to_python()
    assert rows[0] == list(TABLE.headers)
    assert rows[1][:5] == ["00123", 1234, 1.5, 1557.14, date(2026, 3, 12)]
    assert rows[2][0] == "=1+1" and rows[3][0] == HOSTILE


def test_workbook_properties_and_reproducible_bytes(tmp_path: Path) -> None:
    created = datetime(2000, 1, 1)
    first = write_xlsx([TABLE], tmp_path / "a.xlsx", title="Programme « Lille »", created=created)
    second = write_xlsx([TABLE], tmp_path / "b.xlsx", title="Programme « Lille »", created=created)
    properties = openpyxl.load_workbook(first).properties
    assert properties.creator == "DLA Desktop"
    assert properties.title == "Programme « Lille »"
    assert properties.created == created
    assert first.read_bytes() == second.read_bytes()


def test_progress_counts_every_table_up_to_the_total(tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    tables = [big_table(2_500), big_table(10, "Autre")]
    write_xlsx(
        tables, tmp_path / "c.xlsx", on_progress=lambda done, total: calls.append((done, total))
    )
    assert calls == [(1_000, 2_510), (2_000, 2_510), (2_500, 2_510), (2_510, 2_510)]


def test_an_empty_table_still_has_its_header(tmp_path: Path) -> None:
    sheet = sheet_of(write_xlsx([Table("Vide", COLUMNS, [])], tmp_path / "c.xlsx"))
    assert [cell.value for cell in sheet[1]] == list(TABLE.headers)
    assert sheet.max_row == 1


def test_a_table_too_wide_for_excel_is_refused_before_writing(tmp_path: Path) -> None:
    wide = Table("Grille", tuple(TableColumn(f"S{n}") for n in range(MAX_COLUMNS + 1)), [])
    with pytest.raises(DlaError, match="dépasse la taille d'une feuille Excel"):
        write_xlsx([wide], tmp_path / "c.xlsx")
    assert leftovers(tmp_path) == []


def test_a_row_of_the_wrong_length_is_a_programming_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        write_xlsx([Table("T", COLUMNS, [("a", 1)])], tmp_path / "c.xlsx")
    assert leftovers(tmp_path) == []


# --- atomic writes -----------------------------------------------------------------------


def cancel_at(rows: int) -> Callable[[int, int], None]:
    """A progress callback that cancels once ``rows`` are written."""

    def on_progress(done: int, total: int) -> None:
        if done >= rows:
            raise KeyboardInterrupt  # what a cancel button's exception stands for

    return on_progress


@pytest.mark.parametrize("name", ["liste.xlsx", "liste.csv"])
def test_cancel_midway_leaves_the_existing_file_and_no_temporary(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"previous export")
    with pytest.raises(KeyboardInterrupt):
        write_table(big_table(3_000), path, on_progress=cancel_at(2_000))
    assert path.read_bytes() == b"previous export"
    assert leftovers(tmp_path, name) == []


def test_cancel_leaves_no_temporary_file_of_xlsxwriter_either(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scratch = tmp_path / "system-temp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))  # where XlsxWriter keeps its rows
    with pytest.raises(KeyboardInterrupt):
        write_xlsx([big_table(3_000)], tmp_path / "liste.xlsx", on_progress=cancel_at(2_000))
    assert leftovers(scratch) == [] and leftovers(tmp_path, "system-temp") == []


@pytest.mark.parametrize("name", ["liste.xlsx", "liste.csv"])
def test_a_missing_folder_is_a_french_error_and_writes_nothing(tmp_path: Path, name: str) -> None:
    path = tmp_path / "absent" / name
    with pytest.raises(FileWriteError) as caught:
        write_table(TABLE, path)
    assert caught.value.message == f"Impossible d'écrire « {path} » : dossier introuvable."
    assert leftovers(tmp_path) == []


def test_a_folder_in_the_way_is_refused_and_kept(tmp_path: Path) -> None:
    folder = tmp_path / "liste.xlsx"
    folder.mkdir()
    with pytest.raises(FileWriteError, match="c'est un dossier"):
        write_xlsx([TABLE], folder)
    assert folder.is_dir() and leftovers(tmp_path, "liste.xlsx") == []


def test_an_existing_file_is_replaced_once_complete(tmp_path: Path) -> None:
    path = tmp_path / "liste.xlsx"
    path.write_bytes(b"previous export")
    write_table(TABLE, path)
    assert sheet_of(path)["A2"].value == "00123"
    assert leftovers(tmp_path, "liste.xlsx") == []


def test_write_table_chooses_by_suffix_and_refuses_others(tmp_path: Path) -> None:
    assert write_table(TABLE, tmp_path / "a.XLSX").read_bytes()[:2] == b"PK"
    assert write_table(TABLE, tmp_path / "a.csv").read_bytes()[:3] == b"\xef\xbb\xbf"
    with pytest.raises(DlaError, match=r"« a\.ods » : choisissez un fichier \.xlsx ou \.csv"):
        write_table(TABLE, tmp_path / "a.ods")
    assert not (tmp_path / "a.ods").exists()


# --- .csv --------------------------------------------------------------------------------


def test_csv_opens_right_in_a_french_excel(tmp_path: Path) -> None:
    data = write_csv(TABLE, tmp_path / "a.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbfCode;Emplois;ETP;Montant;Date;Taux\r\n")
    text = data.decode("utf-8-sig")
    lines = text.split("\r\n")
    assert lines[1] == "00123;1234;1,50;1557,14;12/03/2026;86,36%"  # no thousands separator
    assert lines[2] == "=1+1;;;;;"  # None: empty
    assert lines[3].startswith('"<b>Théâtre</b> & Cie 🎭\n« l\'Été »";3;2,00;0,01;14/07/1899;100%')
    assert lines[4] == "W595001234;0;0,25;-12,50;31/12/2026;0%"


def test_csv_in_windows_1252_replaces_what_it_cannot_hold(tmp_path: Path) -> None:
    data = write_csv(TABLE, tmp_path / "a.csv", CsvFormat(encoding="cp1252")).read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf")
    assert "Théâtre</b> & Cie ?\n« l'Été »".encode("cp1252") in data  # the emoji became "?"
    assert b";1557,14;" in data


def test_csv_in_another_format(tmp_path: Path) -> None:
    english = CsvFormat(separator=",", encoding="utf-8", decimal=".")
    lines = write_csv(TABLE, tmp_path / "a.csv", english).read_bytes().decode().split("\r\n")
    assert lines[0] == "Code,Emplois,ETP,Montant,Date,Taux"
    assert lines[1] == "00123,1234,1.50,1557.14,12/03/2026,86.36%"
    comma = CsvFormat(separator=",", decimal=",")
    data = write_csv(TABLE, tmp_path / "b.csv", comma).read_bytes()
    line = data.decode("utf-8-sig").split("\r\n")[1]
    assert line == '00123,1234,"1,50","1557,14",12/03/2026,"86,36%"'  # quoted, not split


@pytest.mark.parametrize(
    ("csv", "message"),
    [
        (CsvFormat(separator=";;"), "Séparateur CSV invalide"),
        (CsvFormat(encoding="klingon"), "Encodage inconnu : « klingon »"),
        (CsvFormat(decimal=""), "Marque décimale invalide"),
    ],
)
def test_a_bad_csv_format_is_refused_in_french(
    tmp_path: Path, csv: CsvFormat, message: str
) -> None:
    with pytest.raises(DlaError, match=message):
        write_csv(TABLE, tmp_path / "a.csv", csv)
    assert leftovers(tmp_path) == []
