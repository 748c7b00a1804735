"""The import report's table: every planned row, and a combo box for each known record."""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QWidget,
)

from dla_desktop.services.imports import MatchChoice, PlannedRow, RowFate
from dla_desktop.ui.dialogs.import_common import (
    CONTEXT,
    FATE_COLOURS,
    REJECTED_BACKGROUND,
    row_detail,
)
from dla_desktop.ui.translations import enum_label


class ReportTableModel(QAbstractTableModel):
    """Every planned row: line, fate, the row in a few words, why, and the choice for matches."""

    choices_changed = Signal()

    HEADERS = (
        QT_TRANSLATE_NOOP("import_wizard", "Ligne"),
        QT_TRANSLATE_NOOP("import_wizard", "État"),
        QT_TRANSLATE_NOOP("import_wizard", "Fiche"),
        QT_TRANSLATE_NOOP("import_wizard", "Détail"),
        QT_TRANSLATE_NOOP("import_wizard", "Choix"),
    )
    LINE, FATE, LABEL, DETAIL, CHOICE = range(5)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[PlannedRow, ...] = ()
        self._shown: list[PlannedRow] = []
        self._fate: RowFate | None = None
        self.choices: dict[int, MatchChoice] = {}  # line -> the user's own choice
        self.default_choice = MatchChoice.MERGE

    def set_rows(self, rows: tuple[PlannedRow, ...]) -> None:
        """A new plan: choices made for rows still matching are kept."""
        self.beginResetModel()
        self._rows = rows
        matching = {row.line for row in rows if row.fate == RowFate.MATCH}
        self.choices = {line: c for line, c in self.choices.items() if line in matching}
        self._shown = self._filtered()
        self.endResetModel()

    def set_fate_filter(self, fate: RowFate | None) -> None:
        """Show only the rows of one fate (None: all)."""
        self.beginResetModel()
        self._fate = fate
        self._shown = self._filtered()
        self.endResetModel()

    def _filtered(self) -> list[PlannedRow]:
        """The rows of the chosen fate, in file order."""
        if self._fate is None:
            return list(self._rows)
        return [row for row in self._rows if row.fate == self._fate]

    def set_default_choice(self, choice: MatchChoice) -> None:
        """For every known record the user did not decide one by one."""
        self.default_choice = choice
        if self._shown:
            last = self.index(len(self._shown) - 1, self.CHOICE)
            self.dataChanged.emit(self.index(0, self.CHOICE), last)
        self.choices_changed.emit()

    def choice_of(self, row: PlannedRow) -> MatchChoice:
        """The row's own choice, else the default one."""
        return self.choices.get(row.line, self.default_choice)

    def row_at(self, number: int) -> PlannedRow:
        """The planned row shown at ``number`` (after filtering)."""
        return self._shown[number]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.HEADERS)
        ):
            return QCoreApplication.translate(CONTEXT, self.HEADERS[section])
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        """Only a known record's Choix cell can be edited."""
        flags = super().flags(index)
        if index.isValid() and index.column() == self.CHOICE and self._is_match(index):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def _is_match(self, index: QModelIndex | QPersistentModelIndex) -> bool:
        return self._shown[index.row()].fate == RowFate.MATCH

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        row = self._shown[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.LABEL, self.DETAIL):
            return "\n".join(row.errors) if row.errors else (row_detail(row) or None)
        if role == Qt.ItemDataRole.UserRole:
            return self.choice_of(row).value if column == self.CHOICE else row.line
        if role == Qt.ItemDataRole.ForegroundRole and column == self.FATE:
            return FATE_COLOURS[row.fate]
        if role == Qt.ItemDataRole.BackgroundRole and row.fate == RowFate.REJECTED:
            return REJECTED_BACKGROUND
        if role == Qt.ItemDataRole.FontRole and column == self.CHOICE and row.line in self.choices:
            font = QFont()
            font.setBold(True)  # decided one by one, not by the default
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.LINE:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def _text(self, row: PlannedRow, column: int) -> str:
        """What a cell shows: the choice only for known records."""
        if column == self.LINE:
            return str(row.line)
        if column == self.FATE:
            return enum_label(row.fate)
        if column == self.LABEL:
            return row.label
        if column == self.DETAIL:
            return row_detail(row)
        return enum_label(self.choice_of(row)) if row.fate == RowFate.MATCH else ""

    def setData(  # noqa: N802
        self,
        index: QModelIndex | QPersistentModelIndex,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        """A known record's choice, by MatchChoice value (what the combo gives)."""
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        self.choices[self._shown[index.row()].line] = MatchChoice(value)
        self.dataChanged.emit(index, index)
        self.choices_changed.emit()
        return True


class ChoiceDelegate(QStyledItemDelegate):
    """The Choix cells of known records look like combo boxes, and are one when clicked."""

    def createEditor(  # noqa: N802
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex
    ) -> QWidget:
        """A combo of the three choices; picking one commits at once."""
        combo = QComboBox(parent)
        for choice in MatchChoice:
            combo.addItem(enum_label(choice), choice.value)
        combo.activated.connect(lambda _index: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        combo = cast(QComboBox, editor)
        combo.setCurrentIndex(max(combo.findData(index.data(Qt.ItemDataRole.UserRole)), 0))

    def setModelData(  # noqa: N802
        self, editor: QWidget, model: QAbstractTableModel, index: QModelIndex
    ) -> None:
        model.setData(index, cast(QComboBox, editor).currentData())

    def paint(self, painter: Any, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        """Draw an editable cell as a combo box, so the choice looks changeable."""
        if not index.flags() & Qt.ItemFlag.ItemIsEditable:
            super().paint(painter, option, index)
            return
        widget = option.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, widget)
        box = QStyleOptionComboBox()
        box.rect = option.rect.adjusted(2, 2, -2, -2)  # type: ignore[attr-defined]
        box.state = option.state | QStyle.StateFlag.State_Enabled  # type: ignore[attr-defined]
        box.palette = option.palette  # type: ignore[attr-defined]
        box.currentText = index.data(Qt.ItemDataRole.DisplayRole)
        style.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, box, painter, widget)
        style.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, box, painter, widget)
