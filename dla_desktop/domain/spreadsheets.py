"""Tables going out to spreadsheets and sheets coming in from them, as plain data.

``documents/spreadsheets`` turns a ``Table`` into an .xlsx or .csv file and reads a
file into a ``SheetData``; services build the one and read the other. Neither side
needs a spreadsheet library, Qt or a session to understand these shapes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import NamedTuple

# What a cell of an outgoing table may hold. Money and decimals stay Decimal up to the
# writer, which turns them into numbers with the column's format (never into text).
Cell = str | int | Decimal | date | None

# What a cell read from a file may hold: CSV gives text only, workbooks give typed
# values (calamine: int/float/bool/datetime/date/str; empty cells are None).
SourceCell = str | int | float | bool | date | datetime | None


class CellKind(StrEnum):
    """How a column's cells are typed and formatted in a workbook (and a CSV)."""

    TEXT = "text"  # written as text, even "00123" or "W595001234" (never turned into numbers)
    INTEGER = "integer"  # whole number, "# ##0"
    DECIMAL = "decimal"  # two places, "# ##0,00" (FTE, days, hours)
    MONEY = "money"  # two places and the euro, "# ##0,00 €"
    DATE = "date"  # a real date cell shown "12/03/2026"
    PERCENT = "percent"  # Decimal ratio 0..1 shown "86 %"


@dataclass(frozen=True)
class TableColumn:
    header: str  # French, as the user reads it: "Code postal", "Montant"
    kind: CellKind = CellKind.TEXT


@dataclass(frozen=True)
class Table:
    """One sheet of a workbook, or one CSV file: French headers over typed rows."""

    title: str  # the sheet's name; the writer shortens and cleans it for Excel (31 chars)
    columns: tuple[TableColumn, ...]
    rows: Sequence[Sequence[Cell]]  # each row has exactly len(columns) cells

    @property
    def headers(self) -> tuple[str, ...]:
        return tuple(column.header for column in self.columns)


@dataclass(frozen=True)
class CsvFormat:
    """How a CSV file is (or will be) written; the defaults open right in a French Excel."""

    separator: str = ";"
    encoding: str = "utf-8-sig"  # UTF-8 with BOM; "cp1252" for old Windows tools
    decimal: str = ","  # decimal mark of numbers written as text (1 557,14)


class SourceRow(NamedTuple):
    """A data row of a read sheet, with the line number the user sees in their tool."""

    line: int  # 1-based: the row number in Excel/LibreOffice, or the line of the CSV file
    cells: tuple[SourceCell, ...]  # exactly len(SheetData.headers) cells


@dataclass(frozen=True)
class ReadOptions:
    """What the user may correct after the first guess; None means "guess it"."""

    sheet: str | None = None  # a workbook's sheet; None = the first one that has data
    header_line: int | None = None  # 1-based line of the headers; None = detect
    csv: CsvFormat | None = None  # None = detect separator, encoding and decimal mark


@dataclass(frozen=True)
class SheetData:
    """A sheet as read: its headers, its data rows, and what was guessed to read it."""

    file_name: str  # the file's name, for messages ("adherents.csv")
    sheets: tuple[str, ...]  # every sheet of a workbook; () for a CSV
    sheet: str | None  # the sheet read; None for a CSV
    csv: CsvFormat | None  # the format used for a CSV (detected or given); None for a workbook
    header_line: int  # 1-based line of the headers (detected or given)
    headers: tuple[str, ...]  # trimmed texts; an empty header becomes "Colonne C" (its letter)
    rows: tuple[SourceRow, ...]  # blank rows dropped; line numbers kept
    notes: tuple[str, ...] = field(default=())  # French remarks on the reading ("3 lignes vides")


def column_letter(index: int) -> str:
    """0 -> "A", 25 -> "Z", 26 -> "AA": how Excel and LibreOffice name a column."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters


def is_empty(cell: SourceCell) -> bool:
    """A blank cell: no value, or text of spaces only."""
    return cell is None or (isinstance(cell, str) and not cell.strip())
