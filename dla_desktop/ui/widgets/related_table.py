"""A small read-only list inside a record page: a few rows, sortable, double-click opens one."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dla_desktop.domain import enums
from dla_desktop.ui.table_export import TableExport
from dla_desktop.ui.table_models import (
    PARTNERSHIP_COLUMNS,
    Column,
    RecordTableModel,
    date_column,
    enum_column,
    text_column,
)


def translated_name(name: object) -> str:
    """A volet's display name: a kind's French label is translated, a free label stays."""
    return QCoreApplication.translate("enums", str(name)) if name else ""


def volet_names(row: Any) -> str:
    """A row's volets, each a free label or a kind label (translated like enum labels)."""
    return ", ".join(translated_name(name) for name in row.volets)


# Columns of what a record took part in (rows from dla_desktop.domain.participation).
PROGRAMME_TAKEN_COLUMNS = (
    text_column("title", QT_TRANSLATE_NOOP("table_models", "Programme")),
    enum_column(
        "status", QT_TRANSLATE_NOOP("table_models", "Statut"), enums.ProgrammeStatus, workflow=True
    ),
    Column("volets", QT_TRANSLATE_NOOP("table_models", "Volets"), getter=volet_names),
    enum_column(
        "enrolment_status",
        QT_TRANSLATE_NOOP("table_models", "Inscription"),
        enums.EnrolmentStatus,
        workflow=True,
    ),
)
SESSION_ATTENDED_COLUMNS = (
    date_column("date", QT_TRANSLATE_NOOP("table_models", "Date")),
    text_column("programme_title", QT_TRANSLATE_NOOP("table_models", "Programme")),
    Column(
        "volet",
        QT_TRANSLATE_NOOP("table_models", "Volet"),
        display=translated_name,
    ),
    enum_column("kind", QT_TRANSLATE_NOOP("table_models", "Séance"), enums.SessionKind),
    enum_column(
        "status",
        QT_TRANSLATE_NOOP("table_models", "Présence"),
        enums.AttendanceStatus,
        workflow=True,
    ),
)
# The partnerships list's columns from the title on, after the other party's name.
PARTNERSHIP_LINE_COLUMNS = (
    text_column("partner_name", QT_TRANSLATE_NOOP("table_models", "Partenaire")),
    *PARTNERSHIP_COLUMNS[2:],
)
MEETING_ATTENDED_COLUMNS = (
    date_column("date", QT_TRANSLATE_NOOP("table_models", "Date")),
    text_column("title", QT_TRANSLATE_NOOP("table_models", "Rencontre")),
    enum_column("format", QT_TRANSLATE_NOOP("table_models", "Format"), enums.MeetingFormat),
    text_column("place", QT_TRANSLATE_NOOP("table_models", "Lieu")),
    text_column("representatives", QT_TRANSLATE_NOOP("table_models", "Représentants")),
)

MAX_COLUMN_WIDTH = 320
CELL_PADDING = 24  # room for the sort arrow too


class RelatedTable(QWidget):
    """Rows through Columns (sorted inside the model); ``row_activated(row)`` on double-click."""

    row_activated = Signal(object)

    def __init__(
        self,
        columns: Sequence[Column],
        *,
        object_name: str = "",
        stretch: int = 0,
        parent: QWidget | None = None,
    ) -> None:
        """``stretch``: the column (a title, a name) that takes the room left."""
        super().__init__(parent)
        self.setObjectName(object_name)
        self.model = RecordTableModel(columns, parent=self)
        self.table = QTableView(self, objectName=f"{object_name}_table" if object_name else "")
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)  # one line per row; a long title is elided
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._stretch = stretch
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the service's own order
        self.table.setSortingEnabled(True)
        self.table.activated.connect(self._on_table_activated)
        # "Exporter…" on the left of the bar, the page's own buttons (add_button) on the right.
        self.table_export = TableExport(self.table)
        self.export_action = self.table_export.action
        self.export_button = self.table_export.button(self)
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.export_button)
        self.buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(self.buttons)
        layout.addWidget(self.table)

    def add_button(self, text: str, object_name: str) -> QPushButton:
        """A button above the table, on the right (Ajouter…, Modifier…)."""
        button = QPushButton(text, self, objectName=object_name)
        self.buttons.addWidget(button)
        return button

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Show these rows (the sort the user chose is kept) and fit the columns to them."""
        self.model.set_rows(rows)
        self.fit_columns()

    def selected_row(self) -> Any | None:
        """The record of the selected line, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0]) if rows else None

    def fit_columns(self) -> None:
        """Widths from the header and the few rows, capped so one long title does not hog."""
        metrics = self.table.fontMetrics()
        for number, column in enumerate(self.model.columns):
            title = str(self.model.headerData(number, Qt.Orientation.Horizontal))
            texts = [title, column.sample]
            texts += [
                column.display(column.value(self.model.row_at(r)))
                for r in range(self.model.rowCount())
            ]
            widest = max(metrics.horizontalAdvance(text) for text in texts) + CELL_PADDING
            self.table.setColumnWidth(number, min(widest, MAX_COLUMN_WIDTH))
        self.table.horizontalHeader().setSectionResizeMode(
            self._stretch, QHeaderView.ResizeMode.Stretch
        )

    def _on_table_activated(self, index: QModelIndex) -> None:
        self.row_activated.emit(self.model.row_at(index))


def confirm(parent: QWidget, title: str, text: str, yes: str) -> bool:
    """Ask before an action (Retirer…) with French buttons; True when the user chose ``yes``."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text)
    box.setParent(parent, box.windowFlags())
    accept = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(
        QCoreApplication.translate("related_table", "Annuler"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(accept)
    box.exec()
    return box.clickedButton() is accept
