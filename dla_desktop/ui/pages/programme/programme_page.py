"""One programme: a title line over its tabs, each tab reading and writing through the services.

Tabs other than Général are ``ProgrammeTab`` subclasses (``tab_base.py``: each reads
itself when shown and follows ``data_changed``; optionally ``has_unsaved_changes()`` and
``save()``) listed in ``PROGRAMME_TABS``: adding a tab is adding one line there.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dla_desktop.domain.dates import format_date
from dla_desktop.domain.enums import ProgrammeStatus
from dla_desktop.domain.records import ProgrammeRecord
from dla_desktop.ui.operations import Operations
from dla_desktop.ui.pages.programme.attendance_tab import AttendanceTab
from dla_desktop.ui.pages.programme.budget_tab import BudgetTab
from dla_desktop.ui.pages.programme.evaluation_tab import EvaluationTab
from dla_desktop.ui.pages.programme.followup_tab import FollowupTab
from dla_desktop.ui.pages.programme.general_tab import GeneralTab
from dla_desktop.ui.pages.programme.participants_tab import ParticipantsTab
from dla_desktop.ui.pages.programme.tab_base import ProgrammeTab
from dla_desktop.ui.pages.programme.volets_tab import VoletsTab
from dla_desktop.ui.translations import enum_label
from dla_desktop.ui.widgets.unsaved import confirm_leaving

TabFactory = Callable[[Operations, str, QWidget | None], ProgrammeTab]

# (title, factory) in the order shown after Général; titles are translated in this context.
PROGRAMME_TABS: list[tuple[str, TabFactory]] = [
    (QT_TRANSLATE_NOOP("ProgrammePage", "Volets"), VoletsTab),
    (QT_TRANSLATE_NOOP("ProgrammePage", "Participants"), ParticipantsTab),
    (QT_TRANSLATE_NOOP("ProgrammePage", "Séances et présences"), AttendanceTab),
    (QT_TRANSLATE_NOOP("ProgrammePage", "Budget"), BudgetTab),
    (QT_TRANSLATE_NOOP("ProgrammePage", "Suivi"), FollowupTab),
    (QT_TRANSLATE_NOOP("ProgrammePage", "Évaluation"), EvaluationTab),
]


class ProgrammePage(QWidget):
    """Create or run one programme; ``saved(id)`` after each successful save."""

    saved = Signal(str)
    record_opened = Signal(str, str)  # kind, id

    def __init__(
        self, operations: Operations, record_id: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._operations = operations
        self.general = GeneralTab(operations, record_id)
        self.general.record_saved.connect(self._on_general_saved)
        self.general.record_shown.connect(self._update_header)
        self._build_layout()
        if record_id is not None:
            self._add_tabs(record_id)
        else:
            self._add_placeholders()
        self._update_header()

    # --- building ------------------------------------------------------------------------

    def _build_layout(self) -> None:
        self.title = QLabel(objectName="title", textFormat=Qt.TextFormat.PlainText)
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600")
        self.title.setWordWrap(True)
        self.subtitle = QLabel(objectName="subtitle", textFormat=Qt.TextFormat.PlainText)
        self.subtitle.setStyleSheet("color: #555")
        self.tabs = QTabWidget(objectName="tabs", documentMode=True)
        self.tabs.addTab(self.general, self.tr("Général"))
        self.save_button = QPushButton(self.tr("Enregistrer"), objectName="save")
        self.save_button.setToolTip(self.tr("Enregistrer le programme (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)

    def _add_placeholders(self) -> None:
        """A new programme: the other tabs wait, disabled, for its first save."""
        for title, _factory in PROGRAMME_TABS:
            index = self.tabs.addTab(QWidget(), self._tab_title(title))
            self.tabs.setTabEnabled(index, False)
            self.tabs.setTabToolTip(index, self.tr("Enregistrez d'abord le programme."))

    def _add_tabs(self, programme_id: str) -> None:
        """Build every tab (each reads its data only when first shown)."""
        for number, (title, factory) in enumerate(PROGRAMME_TABS, start=1):
            tab = factory(self._operations, programme_id, None)
            tab.record_opened.connect(self.record_opened)
            if self.tabs.count() > number:  # replace the placeholder
                placeholder = self.tabs.widget(number)
                self.tabs.removeTab(number)
                placeholder.deleteLater()
            self.tabs.insertTab(number, tab, self._tab_title(title))
            self.tabs.setTabEnabled(number, True)
            self.tabs.setTabToolTip(number, "")

    def _tab_title(self, title: str) -> str:
        return QCoreApplication.translate("ProgrammePage", title)

    # --- the record-page contract --------------------------------------------------------

    @property
    def record(self) -> ProgrammeRecord | None:
        return self.general.record

    def tab(self, tab_type: type) -> Any:
        """The tab of that class (tests and the window use it), or None."""
        for index in range(self.tabs.count()):
            if isinstance(self.tabs.widget(index), tab_type):
                return self.tabs.widget(index)
        return None

    def _form_tabs(self) -> list[Any]:
        """Every tab holding a form: Général first."""
        tabs = [self.tabs.widget(index) for index in range(self.tabs.count())]
        return [tab for tab in tabs if hasattr(tab, "has_unsaved_changes")]

    def has_unsaved_changes(self) -> bool:
        return any(tab.has_unsaved_changes() for tab in self._form_tabs())

    def save(self) -> bool:
        """Save every tab holding edits (Général first, or alone while the programme is new)."""
        general = self.general
        if (general.record is None or general.has_unsaved_changes()) and not general.save():
            self.tabs.setCurrentWidget(general)
            return False
        for tab in self._form_tabs()[1:]:
            if tab.has_unsaved_changes() and not tab.save():
                self.tabs.setCurrentWidget(tab)
                return False
        return True

    def maybe_leave(self) -> bool:
        """True when the page may close: nothing unsaved, saved now, or edits dropped."""
        if not self.has_unsaved_changes():
            return True
        question = self.tr(
            "Le programme « %1 » a été modifié. Enregistrer les modifications ?"
        ).replace("%1", self.general.title.text().strip() or self.tr("Nouveau programme"))
        return confirm_leaving(self, question, self.save)

    # --- following the general tab ------------------------------------------------------

    def _on_general_saved(self, record: ProgrammeRecord) -> None:
        if self.tabs.count() > 1 and not self.tabs.isTabEnabled(1):
            self._add_tabs(record.id)
        self.saved.emit(record.id)

    def _update_header(self) -> None:
        """Title, then status and period, from the stored version."""
        record = self.general.record
        if record is None:
            self.title.setText(self.tr("Nouveau programme"))
            self.subtitle.setText(self.tr("Pas encore enregistré"))
            return
        self.title.setText(record.title)
        parts = [enum_label(ProgrammeStatus(record.status))]
        start, end = record.start_date, record.end_date
        if start and end:
            parts.append(
                self.tr("du %1 au %2")
                .replace("%1", format_date(start))
                .replace("%2", format_date(end))
            )
        elif start:
            parts.append(self.tr("à partir du %1").replace("%1", format_date(start)))
        elif end:
            parts.append(self.tr("jusqu'au %1").replace("%1", format_date(end)))
        self.subtitle.setText(" · ".join(parts))
