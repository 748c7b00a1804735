"""A list with a search box, a shown/total count, remembered column choice and an export."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QLocale, QModelIndex, QPoint, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dla_desktop.ui.table_export import TableExport
from dla_desktop.ui.table_models import Column, RecordTableModel

# Column widths are fitted to the header and to this many first rows, not to 100,000.
WIDTH_SAMPLE_ROWS = 200
MAX_COLUMN_WIDTH = 280
CELL_PADDING = 16
SORT_ARROW_ROOM = 28


class ListPanel(QWidget):
    """Search-as-you-type over a RecordTableModel; double-click or Enter opens a row."""

    row_activated = Signal(object)

    def __init__(
        self,
        columns: Sequence[Column],
        settings_key: str,
        *,
        settings: QSettings | None = None,
        find_shortcut: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        """``find_shortcut=False`` when a window owns Ctrl+F (two would make it ambiguous)."""
        super().__init__(parent)
        self._find_shortcut = find_shortcut
        self._settings = settings if settings is not None else QSettings()
        self._settings_key = settings_key
        self.model = RecordTableModel(columns, parent=self)
        # Search keys take ~0.4 s on 100,000 rows: built chunk by chunk while the window
        # is idle, so neither the first paint nor the first keystroke waits for them.
        self._search_preparation = QTimer(self, interval=0)
        self._search_preparation.timeout.connect(self._on_search_preparation_timeout)
        self.search = self._make_search()
        self.table = self._make_table()
        # The list as shown, to a workbook or a CSV: the button, the table's and header's menus.
        self.table_export = TableExport(self.table, settings=self._settings)
        self.export_action = self.table_export.action
        self.export_button = self.table_export.button(self)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("count_label")
        self._layout()
        self._restore_hidden_columns()
        self.model.modelReset.connect(self._update_count)
        self._update_count()

    # --- building ----------------------------------------------------------------------

    def _make_search(self) -> QLineEdit:
        search = QLineEdit(self)
        search.setObjectName("search")
        search.setPlaceholderText(self.tr("Rechercher… (Ctrl+F)"))
        search.setClearButtonEnabled(True)
        search.textChanged.connect(self.model.set_filter)
        search.returnPressed.connect(self._on_search_return_pressed)
        if self._find_shortcut:
            shortcut = QShortcut(QKeySequence.StandardKey.Find, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.focus_search)
        return search

    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setObjectName("table")
        table.setModel(self.model)
        table.setAlternatingRowColors(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        # Fixed row height: the view never asks 100,000 rows for their size hint.
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._on_header_context_menu)
        table.setSortingEnabled(True)
        table.activated.connect(self._on_table_activated)
        return table

    def _layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.count_label)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table)

    # --- content -----------------------------------------------------------------------

    def set_rows(self, rows: Sequence[Any], *, sorted_by: int | None = None) -> None:
        """Show these rows (sort and filter kept); ``sorted_by`` as in RecordTableModel."""
        first_fill = self.model.total_count == 0
        if sorted_by is not None:
            self.table.horizontalHeader().setSortIndicator(sorted_by, Qt.SortOrder.AscendingOrder)
        self.model.set_rows(rows, sorted_by=sorted_by)
        self._search_preparation.start()
        if first_fill:
            self.fit_columns()

    def _on_search_preparation_timeout(self) -> None:
        if self.model.prepare_search_step():
            self._search_preparation.stop()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def selected_rows(self) -> list[Any]:
        rows = self.table.selectionModel().selectedRows()
        return [self.model.row_at(index) for index in sorted(rows, key=QModelIndex.row)]

    def fit_columns(self) -> None:
        """Width from the header and the first rows' texts, capped so no column hogs the view."""
        metrics = self.table.fontMetrics()
        header_metrics = self.table.horizontalHeader().fontMetrics()
        sample = range(min(self.model.shown_count, WIDTH_SAMPLE_ROWS))
        for number, column in enumerate(self.model.columns):
            title = self.model.headerData(number, Qt.Orientation.Horizontal)
            widest = max(
                header_metrics.horizontalAdvance(title) + SORT_ARROW_ROOM,
                metrics.horizontalAdvance(column.sample) + CELL_PADDING,
            )
            for row in sample:
                text = column.display(column.value(self.model.row_at(row)))
                widest = max(widest, metrics.horizontalAdvance(text) + CELL_PADDING)
            self.table.setColumnWidth(number, min(widest, MAX_COLUMN_WIDTH))

    # --- column choice -----------------------------------------------------------------

    def hidden_columns(self) -> set[str]:
        return {
            column.key
            for number, column in enumerate(self.model.columns)
            if self.table.isColumnHidden(number)
        }

    def set_column_hidden(self, key: str, hidden: bool) -> None:
        """Hide or show a column, search only the visible ones, and remember the choice."""
        for number, column in enumerate(self.model.columns):
            if column.key == key:
                self.table.setColumnHidden(number, hidden)
        self._searched_columns_changed()
        self._settings.setValue(self._hidden_key(), ",".join(sorted(self.hidden_columns())))

    def _hidden_key(self) -> str:
        return f"{self._settings_key}/hidden_columns"

    def _restore_hidden_columns(self) -> None:
        saved = str(self._settings.value(self._hidden_key(), "") or "")
        hidden = set(filter(None, saved.split(",")))
        keys = [column.key for column in self.model.columns]
        if set(keys) <= hidden:
            hidden.clear()  # never restore a table with no column left
        for number, key in enumerate(keys):
            self.table.setColumnHidden(number, key in hidden)
        self._searched_columns_changed()

    def _searched_columns_changed(self) -> None:
        visible = [n for n in range(self.model.columnCount()) if not self.table.isColumnHidden(n)]
        self.model.set_searched_columns(visible)

    def _on_header_context_menu(self, position: QPoint) -> None:
        menu = self.header_menu()
        menu.exec(self.table.horizontalHeader().mapToGlobal(position))
        menu.deleteLater()

    def header_menu(self) -> QMenu:
        """The header's right-click: which columns show, then the export of what shows."""
        menu = self.column_menu()
        menu.addSeparator()
        menu.addAction(self.export_action)
        return menu

    def column_menu(self) -> QMenu:
        """A checkable entry per column; the last visible one cannot be hidden."""
        menu = QMenu(self.tr("Colonnes affichées"), self)
        hidden = self.hidden_columns()
        last_visible = len(self.model.columns) - len(hidden) == 1
        for number, column in enumerate(self.model.columns):
            title = self.model.headerData(number, Qt.Orientation.Horizontal)
            action = menu.addAction(title)
            action.setCheckable(True)
            action.setChecked(column.key not in hidden)
            action.setEnabled(not (last_visible and column.key not in hidden))
            action.toggled.connect(
                lambda checked, key=column.key: self.set_column_hidden(key, not checked)
            )
        return menu

    # --- slots -------------------------------------------------------------------------

    def _update_count(self) -> None:
        locale = QLocale()
        self.count_label.setText(
            self.tr("{shown} sur {total}").format(
                shown=locale.toString(self.model.shown_count),
                total=locale.toString(self.model.total_count),
            )
        )

    def _on_table_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.row_activated.emit(self.model.row_at(index))

    def _on_search_return_pressed(self) -> None:
        """Enter in the search box opens the only row found, else moves into the list."""
        if self.model.shown_count == 1:
            self.row_activated.emit(self.model.row_at(0))
        elif self.model.shown_count:
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            self.table.selectRow(max(self.table.currentIndex().row(), 0))
