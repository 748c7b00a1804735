"""Any list on screen to a workbook or a CSV file: what the user sees, typed, in the background.

``table_of`` turns a ``RecordTableModel`` and its view into a domain ``Table``: the rows as
filtered and sorted on screen, the visible columns in their visual order, the headers as
shown, cells typed by ``Column.kind`` (numbers, money and dates stay values; everything
else is the text the user reads). ``TableExport`` is the "Exporter la liste…" action of
one view: it asks where, builds the table on the GUI thread (a snapshot, so the list may
change meanwhile), writes it through ``Operations.run_in_background`` and offers to open it.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable, Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QObject, QSettings, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QGroupBox,
    QLabel,
    QMessageBox,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QToolButton,
    QWidget,
)
from sqlalchemy.orm import Session

from dla_desktop.documents.file_names import safe_file_name
from dla_desktop.domain.errors import DlaError
from dla_desktop.domain.spreadsheets import Cell, CellKind, CsvFormat, Table, TableColumn
from dla_desktop.ui import document_export
from dla_desktop.ui.document_export import FileKind, ask_save_file, remembered_folder
from dla_desktop.ui.operations import Change, Operations, Progress
from dla_desktop.ui.table_models import Column, RecordTableModel

# Where lists go: their own folder, so a list export does not move the PDFs' folder
# (the first export starts in the documents' folder).
FOLDER_KEY = "spreadsheets/folder"
FILE_KIND_KEY = "spreadsheets/file_kind"  # the save dialog's last choice, chosen again next time
# The "CSV pour Excel" format; a site whose old tools want Windows-1252 sets "cp1252" here.
CSV_SEPARATOR_KEY = "spreadsheets/csv_separator"
CSV_ENCODING_KEY = "spreadsheets/csv_encoding"
CSV_SEPARATORS = (";", ",", "\t", "|")
FRENCH_CSV = CsvFormat()  # ; and UTF-8 with BOM: opens right in a French Excel
INTERNATIONAL_CSV = CsvFormat(separator=",", encoding="utf-8", decimal=".")
XLSX, CSV, CSV_COMMA = "xlsx", "csv", "csv-comma"  # the save dialog's choices, in order
FILE_KINDS = (XLSX, CSV, CSV_COMMA)
TITLE_LABELS = ("page_title", "title")  # a list page's title, a record page's title
_NOT_TYPED = object()
_EXPECTED_TYPES: dict[CellKind, set[type]] = {  # cells the writer takes as they are
    CellKind.INTEGER: {int, type(None)},
    CellKind.DECIMAL: {Decimal, type(None)},
    CellKind.MONEY: {Decimal, type(None)},
    CellKind.PERCENT: {Decimal, type(None)},
    CellKind.DATE: {date, type(None)},
}
_COUNT = re.compile(r"\s*\(\d[\d\s]*\)$")  # a tab's "Programmes (3)": no part of the name


# --- what is exported --------------------------------------------------------------------


def table_of(model: RecordTableModel, view: QTableView, title: str) -> Table:
    """What the user sees of a list: shown rows in their order, visible columns in theirs."""
    header = view.horizontalHeader()
    numbers = sorted(
        (n for n in range(model.columnCount()) if not view.isColumnHidden(n)),
        key=header.visualIndex,
    )
    records = [model.row_at(row) for row in range(model.shown_count)]
    columns = tuple(
        TableColumn(str(model.headerData(n, Qt.Orientation.Horizontal)), model.columns[n].kind)
        for n in numbers
    )
    cells = [column_cells(model.columns[n], records) for n in numbers]
    return Table(title, columns, list(zip(*cells, strict=True)))


def column_cells(column: Column, records: Sequence[Any]) -> list[Cell]:
    """One column's cells: the value for numbers, money and dates, the shown text otherwise."""
    values = column.values(records)
    if column.kind == CellKind.TEXT:
        return shown_texts(column, values)
    if set(map(type, values)) <= _EXPECTED_TYPES[column.kind]:
        return values  # the usual case, checked at C speed: 100,000 rows in milliseconds
    cells: list[Cell] = []
    for value in values:
        cell = typed_cell(column.kind, value)
        cells.append(_untyped(column, value) if cell is _NOT_TYPED else cell)
    return cells


def _untyped(column: Column, value: Any) -> str:
    """A value of an unexpected type (a newer version's data) as shown, else as it is."""
    try:
        return column.display(value)
    except (TypeError, ValueError, AttributeError, ArithmeticError):
        return str(value)


def typed_cell(kind: CellKind, value: Any) -> Any:
    """``value`` as the writer expects it for ``kind``, or ``_NOT_TYPED`` when it is not one."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return _NOT_TYPED
    if kind == CellKind.INTEGER:
        if isinstance(value, int):
            return value
        if isinstance(value, Decimal) and value == value.to_integral_value():
            return int(value)
    if kind in (CellKind.DECIMAL, CellKind.MONEY, CellKind.PERCENT):
        if isinstance(value, Decimal):
            return value
        if isinstance(value, int | float):
            return Decimal(str(value))
    if kind == CellKind.DATE and isinstance(value, date):
        return value.date() if isinstance(value, datetime) else value
    return _NOT_TYPED


def shown_texts(column: Column, values: Sequence[Any]) -> list[Cell]:
    """The texts the user reads (enum labels, "Oui"); each distinct value is shown once."""
    try:
        distinct = set(values)
    except TypeError:  # an unhashable value (a list): one call per cell
        return [column.display(value) or None for value in values]
    shown = {value: column.display(value) or None for value in distinct}
    return list(map(shown.__getitem__, values))


# --- what the list is called and who runs the writing ------------------------------------


def list_captions(widget: QWidget) -> list[str]:
    """Names the user reads around a list, nearest first: group box, tab, page, dialog."""
    captions: list[str] = []
    current: QWidget | None = widget
    while current is not None:
        caption = _caption(current)
        if caption and caption not in captions:
            captions.append(caption)
        current = current.parentWidget()
    return captions


def _caption(widget: QWidget) -> str:
    """The caption ``widget`` gives the lists inside it, if any."""
    if isinstance(widget, QGroupBox):
        return _plain(widget.title())
    stack = widget.parentWidget()
    if isinstance(stack, QStackedWidget) and isinstance(stack.parentWidget(), QTabWidget):
        tabs = stack.parentWidget()
        assert isinstance(tabs, QTabWidget)
        return _COUNT.sub("", _plain(tabs.tabText(tabs.indexOf(widget))))
    for name in TITLE_LABELS:
        label = widget.findChild(QLabel, name, Qt.FindChildOption.FindDirectChildrenOnly)
        if label is not None and label.text().strip():
            return _plain(label.text())
    if isinstance(widget, QDialog):
        return _plain(widget.windowTitle())
    return ""


def _plain(text: str) -> str:
    """A caption without its mnemonic ampersand and stray spaces."""
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.split())


def suggested_name(captions: Sequence[str], suffix: str) -> str:
    """``Séances - Les Amis du quartier.xlsx``: the list, then the record or page it is in."""
    parts = list(captions[:1]) if len(captions) < 2 else [captions[0], captions[-1]]
    return safe_file_name(parts, suffix)


def operations_near(widget: QWidget) -> Operations | None:
    """The runner of the page (or window) showing ``widget``.

    Lists are built before a file is open and inside pages that already hold the runner,
    so the export asks its ancestors when it runs rather than being handed one.
    """
    current: QWidget | None = widget
    while current is not None:
        found = getattr(current, "_operations", None)
        if isinstance(found, Operations):
            return found
        current = current.parentWidget()
    return None


def preferred_csv(settings: QSettings) -> CsvFormat:
    """The "CSV pour Excel" format: ``;`` and UTF-8 with BOM unless the settings say otherwise."""
    separator = str(settings.value(CSV_SEPARATOR_KEY, FRENCH_CSV.separator) or "")
    encoding = str(settings.value(CSV_ENCODING_KEY, FRENCH_CSV.encoding) or "")
    if separator not in CSV_SEPARATORS:
        separator = FRENCH_CSV.separator
    try:
        codecs.lookup(encoding)
    except LookupError:
        encoding = FRENCH_CSV.encoding
    return CsvFormat(separator, encoding, "." if separator == "," else ",")


# --- the action ---------------------------------------------------------------------------


class TableExport(QObject):
    """The "Exporter la liste…" action of one table view, also in the view's context menu.

    ``title`` names the sheet and the file; empty, it is read on screen (``list_captions``).
    """

    def __init__(
        self, view: QTableView, *, settings: QSettings | None = None, title: str = ""
    ) -> None:
        super().__init__(view)
        self._view = view
        self._settings = settings if settings is not None else QSettings()
        self.title = title
        self.action = QAction(self.tr("Exporter la liste…"), view)
        self.action.setToolTip(self._tooltip())
        self.action.triggered.connect(self.export)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        view.addAction(self.action)

    def button(self, parent: QWidget) -> QToolButton:
        """A small "Exporter…" button for the bar above the list."""
        button = QToolButton(parent, objectName="export_list")
        button.setText(self.tr("Exporter…"))
        button.setToolTip(self._tooltip())
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.clicked.connect(self.export)
        return button

    def _tooltip(self) -> str:
        """What the export takes, for the action and the button."""
        return self.tr(
            "Enregistrer la liste telle qu'elle est affichée (lignes filtrées et triées, "
            "colonnes visibles) dans un classeur Excel ou un fichier CSV."
        )

    @property
    def model(self) -> RecordTableModel:
        """The view's model (every exported list is a RecordTableModel)."""
        model = self._view.model()
        assert isinstance(model, RecordTableModel)
        return model

    # --- asking ---------------------------------------------------------------------------

    def export(self) -> None:
        """Ask where, then write what the list shows at that moment."""
        captions = list_captions(self._view)
        title = self.title or (captions[0] if captions else self.tr("Liste"))
        name = suggested_name([title, *captions[1:]], ".xlsx")
        chosen = self.ask_file(self.tr("Exporter la liste"), name)
        if chosen is None:
            return
        path, csv = chosen
        self.write(table_of(self.model, self._view, title), path, csv)

    def ask_file(self, title: str, suggested: str) -> tuple[Path, CsvFormat] | None:
        """The file to write and the CSV format to use if it is a CSV; None when cancelled.

        The choice of format and the folder are remembered (tests patch this).
        """
        kinds = [
            FileKind(self.tr("Classeur Excel (*.xlsx)"), ".xlsx"),
            FileKind(self.tr("CSV pour Excel (*.csv)"), ".csv"),
            FileKind(self.tr("CSV (virgule, UTF-8) (*.csv)"), ".csv"),
        ]
        last = str(self._settings.value(FILE_KIND_KEY, XLSX))
        selected = FILE_KINDS.index(last) if last in FILE_KINDS else 0
        folder = remembered_folder(self._settings, FOLDER_KEY, document_export.FOLDER_KEY)
        start = folder / Path(suggested).with_suffix(kinds[selected].suffix).name
        answer = ask_save_file(self._view, title, start, kinds, selected)
        if answer is None:
            return None
        path, chosen = answer
        self._settings.setValue(FILE_KIND_KEY, FILE_KINDS[chosen])
        self._settings.setValue(FOLDER_KEY, str(path.parent))
        csv = (
            INTERNATIONAL_CSV if FILE_KINDS[chosen] == CSV_COMMA else preferred_csv(self._settings)
        )
        return path, csv

    # --- writing --------------------------------------------------------------------------

    def write(self, table: Table, path: Path, csv: CsvFormat) -> None:
        """Write in the background with a progress dialog (100,000 rows take a few seconds)."""
        operations = operations_near(self._view)
        if operations is None:  # a list outside any page (no file open there): write now
            self._write_now(table, path, csv)
            return
        label = self.tr("Écriture de %1 lignes…").replace("%1", QLocale().toString(len(table.rows)))

        def work(_session: Session, progress: Progress) -> Path:
            def on_progress(done: int, total: int) -> None:
                progress.report(done, total, label)
                progress.raise_if_cancelled()

            return write_list(table, path, csv, on_progress)

        operations.run_in_background(
            self._view,
            work,
            Change(0),  # writes a file, not the database
            lambda written: self.written(written, len(table.rows)),
            title=self.tr("Exporter la liste"),
        )

    def _write_now(self, table: Table, path: Path, csv: CsvFormat) -> None:
        """Write on the GUI thread, with a busy cursor; a French message on failure."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            written = write_list(table, path, csv)
        except DlaError as error:
            written = None
            message = error.message
        finally:
            QApplication.restoreOverrideCursor()
        if written is None:
            QMessageBox.warning(self._view, self.tr("Opération impossible"), message)
        else:
            self.written(written, len(table.rows))

    def written(self, path: Path, count: int) -> None:
        """Say how many rows went where, and offer to open the file."""
        text = self.tr("Liste exportée : %1 lignes dans %2")
        if count < 2:
            text = self.tr("Liste exportée : %1 ligne dans %2")
        text = text.replace("%1", QLocale().toString(count)).replace("%2", str(path))
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Liste exportée"), text)
        box.setParent(self._view, box.windowFlags())
        open_button = box.addButton(self.tr("Ouvrir le fichier"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Fermer"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is open_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def write_list(
    table: Table,
    path: Path,
    csv: CsvFormat,
    on_progress: Callable[[int, int], None] | None = None,
) -> Path:
    """Write ``table`` as the suffix of ``path`` says; an OSError becomes a French message."""
    # Not at start-up: the writer is only needed now, and exports imports every document.
    from dla_desktop.documents.spreadsheets.writing import write_table
    from dla_desktop.services.exports import writing

    with writing(path):
        return write_table(table, path, csv, on_progress=on_progress)
