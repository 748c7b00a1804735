"""The import wizard's first page: the file, how it is read, and where it goes."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from dla_desktop.domain.errors import DlaError
from dla_desktop.domain.imports import ImportTarget
from dla_desktop.domain.spreadsheets import CsvFormat, ReadOptions, SheetData
from dla_desktop.errorlog import log_exception
from dla_desktop.services import programmes
from dla_desktop.ui.dialogs.import_common import (
    CONTEXT,
    CSV_SUFFIXES,
    WizardHost,
    busy,
    count_text,
    error_label,
    note_label,
    shown_value,
)
from dla_desktop.ui.translations import enum_label

SEPARATORS = (
    (";", QT_TRANSLATE_NOOP("import_wizard", "Point-virgule ( ; )")),
    (",", QT_TRANSLATE_NOOP("import_wizard", "Virgule ( , )")),
    ("\t", QT_TRANSLATE_NOOP("import_wizard", "Tabulation")),
    ("|", QT_TRANSLATE_NOOP("import_wizard", "Barre verticale ( | )")),
)
ENCODINGS = (
    ("utf-8", QT_TRANSLATE_NOOP("import_wizard", "UTF-8")),
    ("utf-8-sig", QT_TRANSLATE_NOOP("import_wizard", "UTF-8 avec BOM")),
    ("cp1252", QT_TRANSLATE_NOOP("import_wizard", "Windows-1252 (Excel ancien)")),
)
SHEET_PREVIEW_ROWS = 8
DECIMAL_MARKS = (
    (",", QT_TRANSLATE_NOOP("import_wizard", "Virgule (1,5)")),
    (".", QT_TRANSLATE_NOOP("import_wizard", "Point (1.5)")),
)


def fill_combo(combo: QComboBox, items: Sequence[tuple[str, str]]) -> None:
    """(value, label to translate) pairs; the value is the item's data."""
    for value, label in items:
        combo.addItem(QCoreApplication.translate(CONTEXT, label), value)


def select_data(combo: QComboBox, value: str) -> None:
    """Show ``value``; one the list lacks (a detected "latin-1") is added as is."""
    index = combo.findData(value)
    if index < 0:
        combo.addItem(value, value)
        index = combo.count() - 1
    combo.setCurrentIndex(index)


def fixed_label(name: str) -> QLabel:
    """A destination chosen by the page that opened the wizard: shown, not offered."""
    label = QLabel(objectName=name, textFormat=Qt.TextFormat.PlainText)
    label.setStyleSheet("font-weight: 600")
    return label


def one_of(combo: QComboBox, label: QLabel) -> QWidget:
    """A form field holding a combo and the label that replaces it when the choice is fixed."""
    holder = QWidget()
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(combo)
    layout.addWidget(label)
    label.hide()
    return holder


def fix(combo: QComboBox, label: QLabel) -> None:
    """Show the combo's choice as a label: the user cannot change it here."""
    label.setText(combo.currentText())
    label.show()
    combo.hide()


class FilePage(QWizardPage):
    """The file, how it is read (the guesses the user may correct) and where it goes."""

    def __init__(self, host: WizardHost) -> None:
        super().__init__()
        self._host = host
        self._state = host.state
        self._options = ReadOptions()
        self.setTitle(self.tr("Fichier à importer"))
        self.setSubTitle(
            self.tr("Choisissez le tableur (.xlsx, .ods ou .csv) et vérifiez comment il est lu.")
        )
        self.path_edit = QLineEdit(objectName="path")
        self.path_edit.setPlaceholderText(self.tr("Chemin du fichier .xlsx, .ods ou .csv"))
        self.path_edit.editingFinished.connect(self._on_path_edit_editing_finished)
        self.browse_button = QPushButton(self.tr("Parcourir…"), objectName="browse")
        self.browse_button.clicked.connect(self._on_browse_button_clicked)
        self.status = note_label("status")
        self.error = error_label("error")
        self.sheet_table = self._make_sheet_table()
        layout = QVBoxLayout(self)
        path_row = QHBoxLayout()
        path_row.addWidget(QLabel(self.tr("Fichier :")))
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        layout.addLayout(path_row)
        boxes = QHBoxLayout()
        boxes.addWidget(self._make_destination(), 1)
        boxes.addWidget(self._make_reading(), 1)
        layout.addLayout(boxes)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        layout.addWidget(self.sheet_table, 1)
        layout.addStretch(0)  # takes the room while no table shows
        self._show_options(None)
        self._show_status(None)

    # --- building -------------------------------------------------------------------------

    def _make_destination(self) -> QGroupBox:
        """Where the rows go: offered as combos, or shown when the opener chose."""
        box = QGroupBox(self.tr("Destination"))
        self.target_combo = QComboBox(objectName="target")
        for target in ImportTarget:
            self.target_combo.addItem(enum_label(target), target.value)
        self.target_combo.setCurrentIndex(-1)
        self.target_combo.setPlaceholderText(self.tr("Choisissez…"))
        self.target_combo.activated.connect(self._on_target_combo_activated)
        self.target_label = fixed_label("target_label")
        self.programme_combo = QComboBox(objectName="programme")
        self.programme_combo.setPlaceholderText(self.tr("Choisissez un programme…"))
        self.programme_combo.activated.connect(self._on_programme_combo_activated)
        self.programme_label = fixed_label("programme_label")
        self.programme_field = one_of(self.programme_combo, self.programme_label)
        self.destination_form = QFormLayout(box)
        self.destination_form.addRow(
            self.tr("Importer dans :"), one_of(self.target_combo, self.target_label)
        )
        self.destination_form.addRow(self.tr("Programme :"), self.programme_field)
        state = self._state
        if state.target is not None:  # the page that opened the wizard chose
            self.target_combo.setCurrentIndex(self.target_combo.findData(state.target.value))
            fix(self.target_combo, self.target_label)
        if state.programme_id is not None:
            self._fill_programmes()
            fix(self.programme_combo, self.programme_label)
        self._show_programme_row()
        return box

    def _make_sheet_table(self) -> QTableWidget:
        """The first rows as read, under their headers, numbered as in the user's tool."""
        table = QTableWidget(objectName="sheet_preview")
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        table.setWordWrap(False)
        table.verticalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def _make_reading(self) -> QGroupBox:
        """The reader's guesses, each correctable; changing one reads the file again."""
        self.reading_box = QGroupBox(self.tr("Lecture du fichier"))
        self.sheet_combo = QComboBox(objectName="sheet")
        self.sheet_combo.activated.connect(self._on_sheet_combo_activated)
        self.header_spin = QSpinBox(objectName="header_line", minimum=1, maximum=999)
        self.header_spin.valueChanged.connect(self._on_header_spin_value_changed)
        self.separator_combo = QComboBox(objectName="separator")
        fill_combo(self.separator_combo, SEPARATORS)
        self.encoding_combo = QComboBox(objectName="encoding")
        fill_combo(self.encoding_combo, ENCODINGS)
        self.decimal_combo = QComboBox(objectName="decimal")
        fill_combo(self.decimal_combo, DECIMAL_MARKS)
        for combo in (self.separator_combo, self.encoding_combo, self.decimal_combo):
            combo.activated.connect(self._on_csv_combo_activated)
        self.reading_form = QFormLayout(self.reading_box)
        self.reading_form.addRow(self.tr("Feuille :"), self.sheet_combo)
        self.reading_form.addRow(self.tr("Ligne des en-têtes :"), self.header_spin)
        self.reading_form.addRow(self.tr("Séparateur :"), self.separator_combo)
        self.reading_form.addRow(self.tr("Encodage :"), self.encoding_combo)
        self.reading_form.addRow(self.tr("Séparateur décimal :"), self.decimal_combo)
        return self.reading_box

    # --- the file -------------------------------------------------------------------------

    def open_file(self, path: Path) -> None:
        """Read a newly chosen file with every setting guessed again."""
        self._state.path = path
        self.path_edit.setText(str(path))
        self._options = ReadOptions()
        self.read()

    def read(self) -> None:
        """Read the file with the current options; a failure is said on the page."""
        path = self._state.path
        sheet: SheetData | None = None
        failure = ""
        if path is not None:
            sheet, failure = self._read_sheet(path)
        self._state.sheet = sheet
        self.error.setText(failure)
        self.error.setVisible(bool(failure))
        self._show_options(sheet)
        self._show_status(sheet)
        self.completeChanged.emit()

    def _read_sheet(self, path: Path) -> tuple[SheetData | None, str]:
        """(sheet, "") or (None, the French reason)."""
        from dla_desktop.documents.spreadsheets.reading import read_sheet

        try:
            with busy():
                sheet = read_sheet(path, self._options)
        except DlaError as error:
            return None, error.message
        except Exception:  # a bug in reading: logged, and said calmly
            log_exception("import wizard: reading a spreadsheet")
            message = self.tr("Le fichier « %1 » n'a pas pu être lu (détails dans le journal).")
            return None, message.replace("%1", path.name)
        if not sheet.rows:
            message = self.tr("Aucune ligne de données sous les en-têtes (ligne %1).")
            return sheet, message.replace("%1", str(sheet.header_line))
        return sheet, ""

    def _show_options(self, sheet: SheetData | None) -> None:
        """The guesses as read, in the widgets; only the rows that apply to this file."""
        path = self._state.path
        is_csv = path is not None and path.suffix.lower() in CSV_SUFFIXES
        # A workbook that could not be read has nothing to correct; a CSV has its format.
        self.reading_box.setVisible(path is not None and (sheet is not None or is_csv))
        self.reading_form.setRowVisible(self.sheet_combo, not is_csv)
        for combo in (self.separator_combo, self.encoding_combo, self.decimal_combo):
            self.reading_form.setRowVisible(combo, is_csv)
        if sheet is None:
            return
        self.sheet_combo.clear()
        self.sheet_combo.addItems(list(sheet.sheets))
        self.sheet_combo.setCurrentIndex(max(self.sheet_combo.findText(sheet.sheet or ""), 0))
        self.header_spin.blockSignals(True)
        self.header_spin.setValue(sheet.header_line)
        self.header_spin.blockSignals(False)
        if sheet.csv is not None:
            select_data(self.separator_combo, sheet.csv.separator)
            select_data(self.encoding_combo, sheet.csv.encoding)
            select_data(self.decimal_combo, sheet.csv.decimal)

    def _show_status(self, sheet: SheetData | None) -> None:
        """What was read: rows and columns, the reader's remarks, the first rows."""
        shown = sheet is not None and bool(sheet.rows)
        self.status.setVisible(shown)
        self.sheet_table.setVisible(shown)
        if sheet is None or not shown:
            return
        lines = [
            count_text(
                len(sheet.rows), self.tr("1 ligne de données"), self.tr("%1 lignes de données")
            )
            + count_text(len(sheet.headers), self.tr(", 1 colonne."), self.tr(", %1 colonnes."))
        ]
        lines.extend(f"• {note}" for note in sheet.notes)
        lines.append(self.tr("Début du fichier tel qu'il est lu :"))
        self.status.setText("\n".join(lines))
        self._fill_sheet_table(sheet)

    def _fill_sheet_table(self, sheet: SheetData) -> None:
        """The first rows, raw, so a wrong header line or encoding shows at once."""
        first = sheet.rows[:SHEET_PREVIEW_ROWS]
        table = self.sheet_table
        table.clear()
        table.setColumnCount(len(sheet.headers))
        table.setRowCount(len(first))
        table.setHorizontalHeaderLabels(list(sheet.headers))
        table.setVerticalHeaderLabels([str(row.line) for row in first])
        for number, row in enumerate(first):
            for column, cell in enumerate(row.cells):
                table.setItem(number, column, QTableWidgetItem(shown_value(cell)))
        table.resizeColumnsToContents()
        for column in range(table.columnCount()):
            table.setColumnWidth(column, min(table.columnWidth(column) + 12, 220))

    # --- the destination --------------------------------------------------------------------

    def _fill_programmes(self) -> None:
        """The programmes to enrol in, read once when first needed."""
        if self.programme_combo.count():
            return
        for row in self._host.operations.read(programmes.list_programmes):
            self.programme_combo.addItem(row.title, row.id)
        index = self.programme_combo.findData(self._state.programme_id)
        self.programme_combo.setCurrentIndex(index)
        self._state.programme_title = self.programme_combo.currentText() if index >= 0 else ""
        if not self.programme_combo.count():
            self.programme_combo.setPlaceholderText(self.tr("Aucun programme : créez-en un"))

    def _show_programme_row(self) -> None:
        """The programme matters only for participants."""
        shown = self._state.target == ImportTarget.PARTICIPANTS
        if shown:
            self._fill_programmes()
        self.destination_form.setRowVisible(self.programme_field, shown)

    def isComplete(self) -> bool:  # noqa: N802
        """Next only with rows read, a destination, and its programme for participants."""
        state = self._state
        return (
            state.sheet is not None
            and bool(state.sheet.rows)
            and state.target is not None
            and (state.target != ImportTarget.PARTICIPANTS or state.programme_id is not None)
        )

    # --- slots ------------------------------------------------------------------------------

    def _on_browse_button_clicked(self) -> None:
        path = self._host.ask_file()
        if path is not None:
            self.open_file(path)

    def _on_path_edit_editing_finished(self) -> None:
        text = self.path_edit.text().strip()
        if text and Path(text) != self._state.path:
            self.open_file(Path(text))

    def _on_sheet_combo_activated(self, _index: int) -> None:
        """Another sheet: its header line is detected again."""
        self._options = ReadOptions(sheet=self.sheet_combo.currentText())
        self.read()

    def _on_header_spin_value_changed(self, value: int) -> None:
        self._options = ReadOptions(sheet=self._options.sheet, header_line=value, csv=self._csv())
        self.read()

    def _on_csv_combo_activated(self, _index: int) -> None:
        self._options = ReadOptions(header_line=self._options.header_line, csv=self._csv())
        self.read()

    def _csv(self) -> CsvFormat | None:
        """The CSV format as the combos show it (None for a workbook)."""
        path = self._state.path
        if path is None or path.suffix.lower() not in CSV_SUFFIXES:
            return None
        return CsvFormat(
            separator=self.separator_combo.currentData(),
            encoding=self.encoding_combo.currentData(),
            decimal=self.decimal_combo.currentData(),
        )

    def _on_target_combo_activated(self, _index: int) -> None:
        self._state.target = ImportTarget(self.target_combo.currentData())
        self._show_programme_row()
        self.completeChanged.emit()

    def _on_programme_combo_activated(self, _index: int) -> None:
        self._state.programme_id = self.programme_combo.currentData()
        self._state.programme_title = self.programme_combo.currentText()
        self.completeChanged.emit()
