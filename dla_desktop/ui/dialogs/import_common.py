"""What the import wizard's pages share: their state, French formatting, small widgets."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QLabel
from sqlalchemy.orm import Session

from dla_desktop.domain.dates import format_date
from dla_desktop.domain.enums import LabelledEnum
from dla_desktop.domain.imports import ImportField, ImportTarget
from dla_desktop.domain.money import format_decimal
from dla_desktop.domain.spreadsheets import SheetData, is_empty
from dla_desktop.services.imports import ImportPlan, ImportSummary, PlannedRow, RowFate
from dla_desktop.ui.operations import Operations
from dla_desktop.ui.translations import enum_label

CONTEXT = "import_wizard"
FIELD_CONTEXT = "import_fields"  # ImportField labels, collected by tools/update_translations.py
FOLDER_KEY = "imports/folder"
PREVIEW_ROWS = 20
SAMPLES = 3
SAMPLE_WIDTH = 28  # characters of a sample value before "…"
ERROR_COLOUR = "#b00020"
UNUSED_COLOUR = "#707070"  # samples, and the columns left out
REJECTED_BACKGROUND = QColor("#f8d7d7")
WARNING_BACKGROUND = QColor("#fbe9c8")
FATE_COLOURS = {
    RowFate.NEW: QColor("#1b5e20"),
    RowFate.MATCH: QColor("#0d47a1"),
    RowFate.DUPLICATE: QColor("#616161"),
    RowFate.REJECTED: QColor(ERROR_COLOUR),
}
READABLE = "*.xlsx *.xlsm *.ods *.csv *.txt"
CSV_SUFFIXES = (".csv", ".txt")


def grouped(count: int) -> str:
    """``10 000``: a count grouped the French way."""
    return format_decimal(Decimal(count), 0)


def count_text(count: int, one: str, many: str) -> str:
    """``one`` or ``many`` (each with a %1) filled with the count, grouped the French way."""
    return (one if count == 1 else many).replace("%1", grouped(count))


def shown_value(value: object) -> str:
    """A converted or raw cell the French way: 12 mars 2026, Oui/Non, labels, 1,5."""
    if value is None:
        return ""
    if isinstance(value, bool):
        yes = QCoreApplication.translate("import_wizard", "Oui")
        return yes if value else QCoreApplication.translate("import_wizard", "Non")
    if isinstance(value, LabelledEnum):
        return enum_label(value)
    if isinstance(value, datetime):
        return format_date(value.date())
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else str(value).replace(".", ",")
    if isinstance(value, Decimal):
        return f"{value.normalize():f}".replace(".", ",") if value else "0"
    if isinstance(value, tuple | list):
        return ", ".join(shown_value(item) for item in value)
    return str(value)


def samples(sheet: SheetData, column: int) -> str:
    """The first few non-empty values of a column, shortened, to recognise it."""
    found: list[str] = []
    for row in sheet.rows:
        cell = row.cells[column]
        if not is_empty(cell):
            text = " ".join(shown_value(cell).split())
            found.append(text if len(text) <= SAMPLE_WIDTH else text[: SAMPLE_WIDTH - 1] + "…")
            if len(found) == SAMPLES:
                break
    return "  ·  ".join(found)


def field_label(field: ImportField) -> str:
    """A field's label in the interface language (its French label by default)."""
    return QCoreApplication.translate(FIELD_CONTEXT, field.label)


def field_title(field: ImportField) -> str:
    """A field as the mapping combo lists it; required ones say so."""
    if not field.required:
        return field_label(field)
    return QCoreApplication.translate("import_wizard", "%1 (obligatoire)").replace(
        "%1", field_label(field)
    )


def mapping_problems(
    mapping: Mapping[int, str], headers: Sequence[str], fields: Sequence[ImportField]
) -> list[str]:
    """Why the mapping cannot be used yet: a field chosen twice, a required field missing."""
    columns_of: dict[str, list[int]] = defaultdict(list)
    for column, name in sorted(mapping.items()):
        columns_of[name].append(column)
    problems = []
    for item in fields:
        columns = columns_of.get(item.name, [])
        if len(columns) > 1:
            names = ", ".join(f"« {headers[column]} »" for column in columns)
            twice = QCoreApplication.translate(
                "import_wizard",
                "Le champ « %1 » est choisi pour plusieurs colonnes (%2) : gardez-en une seule.",
            )
            problems.append(twice.replace("%1", field_label(item)).replace("%2", names))
        elif item.required and not columns:
            missing = QCoreApplication.translate(
                "import_wizard", "Choisissez la colonne du champ obligatoire « %1 »."
            )
            problems.append(missing.replace("%1", field_label(item)))
    return problems


def row_detail(row: PlannedRow) -> str:
    """Why a row has its fate, in one line: its errors, the record it matches, its twin."""
    if row.fate == RowFate.REJECTED:
        parts = list(row.errors)
    elif row.fate == RowFate.DUPLICATE:
        repeats = QCoreApplication.translate("import_wizard", "Répète la ligne %1.")
        parts = [repeats.replace("%1", str(row.duplicate_of or "?"))]
    elif row.fate == RowFate.MATCH:
        reason = row.match_reason[:1].upper() + row.match_reason[1:]
        parts = [f"{reason} : {row.match_label}" if reason else row.match_label]
    else:
        parts = []
    return " ".join([*parts, *row.warnings])


@contextmanager
def busy() -> Iterator[None]:
    """A wait cursor while the GUI thread works (reading a file, saving rejected rows)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def error_label(name: str) -> QLabel:
    """A French message on a page, in red, plain text (file names may hold ``<``)."""
    label = QLabel(objectName=name, textFormat=Qt.TextFormat.PlainText, wordWrap=True)
    label.setStyleSheet(f"color: {ERROR_COLOUR}")
    return label


def note_label(name: str) -> QLabel:
    """An explanation on a page: plain text, wrapped."""
    return QLabel(objectName=name, textFormat=Qt.TextFormat.PlainText, wordWrap=True)


@dataclass
class ImportState:
    """What the pages decided so far; each page reads what the ones before it set."""

    target: ImportTarget | None
    programme_id: str | None
    programme_title: str = ""
    path: Path | None = None
    sheet: SheetData | None = None
    mapping: dict[int, str] = field(default_factory=dict)
    plan: ImportPlan | None = None
    summary: ImportSummary | None = None


class WizardHost(Protocol):
    """What the pages need from the wizard (the wizard module imports the pages)."""

    state: ImportState
    operations: Operations

    def plan(self, session: Session, limit: int | None) -> ImportPlan: ...

    def ask_file(self) -> Path | None: ...

    def ask_save_path(self, suggested: str) -> Path | None: ...
