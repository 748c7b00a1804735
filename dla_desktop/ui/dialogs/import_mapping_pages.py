"""The import wizard's mapping of columns to fields, and its preview of the first rows."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from itertools import islice

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from dla_desktop.domain.errors import DlaError
from dla_desktop.domain.imports import ImportField, ImportTarget, fields_of, guess_mapping
from dla_desktop.domain.spreadsheets import SheetData, column_letter, is_empty
from dla_desktop.services.imports import ImportPlan, PlannedRow, RowFate
from dla_desktop.ui.dialogs.import_common import (
    ERROR_COLOUR,
    FATE_COLOURS,
    PREVIEW_ROWS,
    REJECTED_BACKGROUND,
    UNUSED_COLOUR,
    WARNING_BACKGROUND,
    WizardHost,
    count_text,
    error_label,
    field_label,
    field_title,
    grouped,
    mapping_problems,
    note_label,
    row_detail,
    samples,
    shown_value,
)
from dla_desktop.ui.translations import enum_label


class MappingPage(QWizardPage):
    """One line per column of the file: its samples and the field it fills (or none)."""

    def __init__(self, host: WizardHost) -> None:
        super().__init__()
        self._state = host.state
        self._built_for: tuple[SheetData | None, ImportTarget | None] = (None, None)
        self._fields: tuple[ImportField, ...] = ()
        self.combos: list[QComboBox] = []
        self.setTitle(self.tr("Correspondance des colonnes"))
        self.setSubTitle(
            self.tr("Pour chaque colonne du fichier, choisissez le champ qu'elle remplit.")
        )
        self.table = QTableWidget(0, 3, objectName="mapping")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Colonne du fichier"), self.tr("Exemples"), self.tr("Champ de la fiche")]
        )
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(32)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the combos take the focus
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.message = note_label("message")
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)

    def initializePage(self) -> None:  # noqa: N802
        """Guess again only for another file or destination: coming back keeps the choices."""
        sheet, target = self._state.sheet, self._state.target
        if sheet is None or target is None:
            return
        if self._built_for[0] is not sheet or self._built_for[1] != target:
            self._built_for = (sheet, target)
            self._fields = fields_of(target)
            self._build(sheet, guess_mapping(sheet.headers, target))
        self._on_mapping_changed()

    def _build(self, sheet: SheetData, guessed: Mapping[int, str]) -> None:
        """One line per column: its name, its samples, a combo pre-set to the guess."""
        self.table.setRowCount(len(sheet.headers))
        self.combos = []
        for column, header in enumerate(sheet.headers):
            name = QTableWidgetItem(header)
            name.setToolTip(self.tr("Colonne %1 du fichier").replace("%1", column_letter(column)))
            example = QTableWidgetItem(samples(sheet, column))
            example.setForeground(QColor(UNUSED_COLOUR))
            self.table.setItem(column, 0, name)
            self.table.setItem(column, 1, example)
            combo = self._field_combo(guessed.get(column))
            self.table.setCellWidget(column, 2, combo)
            self.combos.append(combo)
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(0, min(max(self.table.columnWidth(0) + 16, 160), 280))
        self.table.setColumnWidth(2, 280)

    def _field_combo(self, chosen: str | None) -> QComboBox:
        """The target's fields by label, after « Ne pas importer »."""
        combo = QComboBox()
        combo.addItem(self.tr("— Ne pas importer —"), None)
        for item in self._fields:
            combo.addItem(field_title(item), item.name)
        combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen else 0)
        combo.setMaxVisibleItems(len(self._fields) + 1)
        combo.currentIndexChanged.connect(self._on_mapping_changed)
        return combo

    def choose(self, column: int, field_name: str | None) -> None:
        """Map a column to a field by name (None: not imported), as the combo would."""
        combo = self.combos[column]
        combo.setCurrentIndex(max(combo.findData(field_name), 0) if field_name else 0)

    def _on_mapping_changed(self, *_args: object) -> None:
        """Keep the state's mapping in step, and say what is wrong with it."""
        mapping = {
            column: combo.currentData()
            for column, combo in enumerate(self.combos)
            if combo.currentData()
        }
        self._state.mapping = mapping
        sheet = self._state.sheet
        headers = sheet.headers if sheet is not None else ()
        problems = mapping_problems(mapping, headers, self._fields)
        self._mark_rows(mapping)
        if problems:
            self.message.setStyleSheet(f"color: {ERROR_COLOUR}")
            self.message.setText("\n".join(problems))
        else:
            self.message.setStyleSheet("")
            imported = count_text(
                len(mapping),
                self.tr("1 colonne sur %2 sera importée"),
                self.tr("%1 colonnes sur %2 seront importées"),
            ).replace("%2", str(len(headers)))
            ignored = (
                self.tr(" ; les autres sont ignorées.") if len(mapping) < len(headers) else "."
            )
            self.message.setText(imported + ignored)
        self.completeChanged.emit()

    def _mark_rows(self, mapping: Mapping[int, str]) -> None:
        """Columns sharing a field in red, so the user sees which to change; unused ones grey."""
        counts: dict[str, int] = defaultdict(int)
        for name in mapping.values():
            counts[name] += 1
        for column in range(self.table.rowCount()):
            item = self.table.item(column, 0)
            if column not in mapping:
                colour = QColor(UNUSED_COLOUR)
            elif counts[mapping[column]] > 1:
                colour = QColor(ERROR_COLOUR)
            else:
                colour = self.palette().text().color()
            item.setForeground(colour)

    def isComplete(self) -> bool:  # noqa: N802
        """Next only with every required field mapped, and no field twice."""
        sheet = self._state.sheet
        if sheet is None or not self.combos:
            return False
        return not mapping_problems(self._state.mapping, sheet.headers, self._fields)


# --- page 3: the preview ------------------------------------------------------------------------


class PreviewPage(QWizardPage):
    """The first rows as they will be imported; rejected ones in red, with their reasons."""

    def __init__(self, host: WizardHost) -> None:
        super().__init__()
        self._host = host
        self._state = host.state
        self.preview: ImportPlan | None = None
        self.setTitle(self.tr("Aperçu"))
        self.setSubTitle(self.tr("Les premières lignes telles qu'elles seront importées."))
        self.intro = note_label("intro")
        self.error = error_label("error")
        self.table = QTableWidget(objectName="preview")
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)

    def initializePage(self) -> None:  # noqa: N802
        """Plan the first rows (a read: nothing is written) and show them converted."""
        state = self._state
        self.preview = None
        self.table.clear()
        self.table.setRowCount(0)
        try:
            self.preview = self._host.operations.read(lambda s: self._host.plan(s, PREVIEW_ROWS))
        except DlaError as error:
            self.error.setText(error.message)
            self.error.show()
            self.intro.clear()
            return
        self.error.hide()
        self._fill(self.preview)
        assert state.sheet is not None
        total = len(state.sheet.rows)
        if total > len(self.preview.rows):
            intro = self.tr("Les %1 premières lignes sur %2, telles qu'elles seront importées.")
        else:
            intro = self.tr("Les %1 lignes du fichier, telles qu'elles seront importées.")
        intro = intro.replace("%1", str(len(self.preview.rows))).replace("%2", grouped(total))
        if self.preview.count(RowFate.REJECTED):
            intro += " " + self.tr("En rouge, les lignes qui seront rejetées.")
        if any(row.warnings for row in self.preview.rows):
            intro += " " + self.tr("En orange, celles qui seront importées avec une remarque.")
        self.intro.setText(intro)

    def _fill(self, plan: ImportPlan) -> None:
        """Ligne, État, Remarques, then the mapped fields in the target's order."""
        assert self._state.sheet is not None and self._state.target is not None
        mapped = set(plan.mapping.values())
        shown_fields = [item for item in fields_of(self._state.target) if item.name in mapped]
        column_of = {name: column for column, name in plan.mapping.items()}
        sources = {row.line: row.cells for row in islice(self._state.sheet.rows, 10 * PREVIEW_ROWS)}
        remarks = any(row.errors or row.warnings for row in plan.rows)
        # The reasons next to the fate, where the eye is, rather than past the last field.
        labels = [self.tr("Ligne"), self.tr("État")] + ([self.tr("Remarques")] if remarks else [])
        labels += [field_label(item) for item in shown_fields]
        self.table.setColumnCount(len(labels))
        self.table.setHorizontalHeaderLabels(labels)
        self.table.setRowCount(len(plan.rows))
        for number, row in enumerate(plan.rows):
            cells = sources.get(row.line, ())
            texts = [str(row.line), enum_label(row.fate)]
            if remarks:
                texts.append(" ".join(row.errors + row.warnings))
            for item in shown_fields:
                column = column_of[item.name]
                raw = cells[column] if column < len(cells) else None
                if is_empty(raw):
                    texts.append("")
                elif item.name in row.values:
                    texts.append(shown_value(row.values[item.name]))
                else:
                    texts.append(shown_value(raw))
            self._set_row(number, row, texts)
        self.table.resizeColumnsToContents()
        for column in range(self.table.columnCount()):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column) + 12, 260))

    def _set_row(self, number: int, row: PlannedRow, texts: Sequence[str]) -> None:
        """One planned row; a rejected or warned one is coloured, its reasons in the tooltip."""
        background = None
        tooltip = ""
        if row.fate == RowFate.REJECTED:
            background, tooltip = REJECTED_BACKGROUND, "\n".join(row.errors)
        elif row.warnings:
            background, tooltip = WARNING_BACKGROUND, "\n".join(row.warnings)
        elif row.fate in (RowFate.MATCH, RowFate.DUPLICATE):
            tooltip = row_detail(row)
        for column, text in enumerate(texts):
            item = QTableWidgetItem(text)
            if column == 0:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if column == 1:
                item.setForeground(FATE_COLOURS[row.fate])
            if background is not None:
                item.setBackground(background)
            if tooltip:
                item.setToolTip(tooltip)
            self.table.setItem(number, column, item)
