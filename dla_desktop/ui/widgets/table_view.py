"""Read-only tables: the one look every small table of a tab or a dialog shares."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from operator import attrgetter
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QTableWidget, QWidget

from dla_desktop.ui.table_export import TableExport
from dla_desktop.ui.table_models import Column, RecordTableModel


def make_table(columns: tuple[Column, ...], name: str) -> tuple[QTableView, RecordTableModel]:
    """A read-only, sortable table over a RecordTableModel (it sorts inside the model).

    Its context menu exports it as shown ("Exporter la liste…", named after its group box).
    """
    table = QTableView(objectName=name)
    model = RecordTableModel(columns, parent=table)
    table.setModel(model)
    TableExport(table)  # owned by the table
    table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
    table.setSortingEnabled(True)
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table, model


def item_table(
    headers: Sequence[str], name: str, parent: QWidget, *, rows: int = 0, pick: bool = True
) -> QTableWidget:
    """Read-only, filled by hand: one whole row picked at a time, or (``pick=False``) only shown."""
    table = QTableWidget(rows, len(headers), parent, objectName=name)
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    if pick:
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    else:
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    table.verticalHeader().hide()
    return table


def fit_columns(table: QTableView) -> None:
    """Widths to the contents, within reason, after new rows came in."""
    table.resizeColumnsToContents()
    for column in range(table.model().columnCount() - 1):
        table.setColumnWidth(column, min(table.columnWidth(column) + 8, 200))


def selected(table: QTableView, model: RecordTableModel) -> Any:
    """The row selected in ``table``, or None."""
    rows = table.selectionModel().selectedRows()
    return model.row_at(rows[0]) if rows else None


def reading(column: Column, path: str, **changes: Any) -> Column:
    """``column`` reading the row's ``path`` (dotted: ``record.amount``) instead of its key."""
    return replace(column, getter=attrgetter(path), **changes)
