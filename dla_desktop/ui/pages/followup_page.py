"""Suivi: every accompanied association's follow-up across programmes, late steps in red.

Rows come from ``services.followup_overview`` in one read; the programme filter and
"late only" narrow them here, the search box filters inside the list's model.
Double-click on the association opens it; anywhere else opens the programme.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QSettings, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from dla_desktop.domain.dashboard import FollowUpOverviewRow
from dla_desktop.domain.dates import format_date
from dla_desktop.domain.enums import FollowUpKind
from dla_desktop.services.followup_overview import followup_overview
from dla_desktop.ui.operations import Change, Operations
from dla_desktop.ui.pages.list_pages import page_title
from dla_desktop.ui.pages.section_page import SectionPage
from dla_desktop.ui.table_models import (
    Column,
    date_column,
    decimal_column,
    enum_column,
    number_column,
    text_column,
)
from dla_desktop.ui.widgets.list_panel import ListPanel

FOLLOWUP_CHANGES = Change.FOLLOWUP | Change.ENROLMENT | Change.PROGRAMMES | Change.ASSOCIATIONS
LATE_COLOUR = "#C0392B"


class Due(NamedTuple):
    """A next step's date and whether it is past: shown, sorted and coloured together."""

    day: date
    late: bool


def _due(row: FollowUpOverviewRow) -> Due | None:
    return Due(row.next_step_date, row.late) if row.next_step_date else None


def _due_text(value: object) -> str:
    if not isinstance(value, Due):
        return ""
    if value.late:
        late = QCoreApplication.translate("followup_page", "%1 (en retard)")
        return late.replace("%1", format_date(value.day))
    return format_date(value.day)


FOLLOWUP_COLUMNS = (
    text_column("programme_title", QT_TRANSLATE_NOOP("table_models", "Programme")),
    text_column("association_name", QT_TRANSLATE_NOOP("table_models", "Association")),
    decimal_column(
        "days_planned",
        QT_TRANSLATE_NOOP("table_models", "Jours prévus"),
        QT_TRANSLATE_NOOP("table_models", "Jours de suivi prévus"),
    ),
    decimal_column(
        "days_done",
        QT_TRANSLATE_NOOP("table_models", "Jours réalisés"),
        QT_TRANSLATE_NOOP("table_models", "Jours de suivi réalisés"),
    ),
    date_column("last_action_date", QT_TRANSLATE_NOOP("table_models", "Dernière action")),
    enum_column("last_action_kind", QT_TRANSLATE_NOOP("table_models", "Type"), FollowUpKind),
    text_column("next_step", QT_TRANSLATE_NOOP("table_models", "Prochaine étape")),
    Column(
        "next_step_due",
        QT_TRANSLATE_NOOP("table_models", "Échéance"),
        getter=_due,
        sort_key=lambda value: value.day,
        display=_due_text,
        sample="28 septembre 2026 (en retard)",
    ),
    number_column(
        "questionnaires_answered",
        QT_TRANSLATE_NOOP("table_models", "Quest. répondus"),
        QT_TRANSLATE_NOOP("table_models", "Questionnaires envoyés et répondus"),
    ),
    number_column(
        "questionnaires_pending",
        QT_TRANSLATE_NOOP("table_models", "Quest. en attente"),
        QT_TRANSLATE_NOOP("table_models", "Questionnaires envoyés, sans réponse"),
    ),
)
DUE_COLUMN = next(n for n, c in enumerate(FOLLOWUP_COLUMNS) if c.key == "next_step_due")
ASSOCIATION_COLUMN = 1


class LateDelegate(QStyledItemDelegate):
    """Paints a late step's date in red (the text also says it, for colour-blind eyes)."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        value = index.data(Qt.ItemDataRole.UserRole)  # the Due behind the text
        if isinstance(value, Due) and value.late:
            option.palette.setColor(QPalette.ColorRole.Text, QColor(LATE_COLOUR))


class FollowUpPage(SectionPage):
    """Follow-up of every programme's associations, filtered by programme."""

    follows = FOLLOWUP_CHANGES

    def __init__(
        self, title: str, *, settings: QSettings | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._rows: list[FollowUpOverviewRow] = []
        self._in_service_order = True  # rows as the service orders them (programme first)
        self.panel = ListPanel(
            FOLLOWUP_COLUMNS,
            "lists/followup_overview",
            settings=settings,
            find_shortcut=False,  # the window's Ctrl+F reaches every page
            parent=self,
        )
        self.panel.table.setItemDelegateForColumn(DUE_COLUMN, LateDelegate(self.panel.table))
        self.panel.table.activated.connect(self._on_table_activated)
        self.panel.search.returnPressed.connect(self._on_search_return_pressed)
        self.programme_box = QComboBox(self)
        self.programme_box.setObjectName("programme_filter")
        self.programme_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.programme_box.currentIndexChanged.connect(self._show_rows)
        self.late_only = QCheckBox(self.tr("Étapes en retard seulement"), self)
        self.late_only.setObjectName("late_only")
        self.late_only.toggled.connect(self._show_rows)
        self._layout(title)

    def _layout(self, title: str) -> None:
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Programme :"), self))
        bar.addWidget(self.programme_box, 1)
        bar.addWidget(self.late_only)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(title, self))
        layout.addLayout(bar)
        layout.addWidget(self.panel, 1)

    # --- section page contract ---------------------------------------------------------

    def read_and_show(self, operations: Operations) -> None:
        """Every programme's rows in one read-only transaction."""
        self.set_rows(operations.read(followup_overview))

    def clear(self) -> None:
        self.set_rows([])

    def focus_search(self) -> None:
        """Ctrl+F: the list's search box."""
        self.panel.focus_search()

    # --- rows and filters --------------------------------------------------------------

    def set_rows(self, rows: Sequence[FollowUpOverviewRow]) -> None:
        """Keep every row, offer their programmes in the filter (the choice kept)."""
        self._rows = list(rows)
        self._in_service_order = True
        chosen = self.programme_box.currentData()
        programmes = dict((row.programme_id, row.programme_title) for row in self._rows)
        self.programme_box.blockSignals(True)
        self.programme_box.clear()
        self.programme_box.addItem(self.tr("Tous les programmes"), None)
        for programme_id, programme_title in programmes.items():
            self.programme_box.addItem(programme_title, programme_id)
        self.programme_box.setCurrentIndex(max(self.programme_box.findData(chosen), 0))
        self.programme_box.blockSignals(False)
        self._show_rows()

    def filter_programme(self, programme_id: str | None) -> None:
        """Show one programme's rows (None: all)."""
        self.programme_box.setCurrentIndex(max(self.programme_box.findData(programme_id), 0))

    def _show_rows(self) -> None:
        programme_id = self.programme_box.currentData()
        late_only = self.late_only.isChecked()
        first_fill = self.panel.model.total_count == 0
        self.panel.set_rows(
            [
                row
                for row in self._rows
                if (programme_id is None or row.programme_id == programme_id)
                and (row.late or not late_only)
            ],
            sorted_by=0 if self._in_service_order else None,
        )
        self._in_service_order = False  # the user's sort is kept from now on
        if first_fill:  # long programme titles: the tooltip-less cell is elided, not the table
            self.panel.table.setColumnWidth(0, min(self.panel.table.columnWidth(0), 220))

    # --- opening -----------------------------------------------------------------------

    def _on_table_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self._open(self.panel.model.row_at(index), index.column() == ASSOCIATION_COLUMN)

    def _on_search_return_pressed(self) -> None:
        """Enter in the search box on the only row found opens its programme."""
        if self.panel.model.shown_count == 1:
            self._open(self.panel.model.row_at(0), association=False)

    def _open(self, row: FollowUpOverviewRow, association: bool) -> None:
        if association:
            self.record_opened.emit("association", row.association_id)
        else:
            self.record_opened.emit("programme", row.programme_id)
