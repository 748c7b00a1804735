"""One meeting (rencontre): its form, who comes, the schedule, the ratings and the projects.

The Fiche is a ``RecordForm``; the other tabs (``ui/pages/meeting/``) read themselves
when shown and follow ``data_changed``, like the programme's tabs. They wait, disabled,
for the meeting's first save.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from dla_desktop.domain.dates import utc_now
from dla_desktop.domain.enums import MeetingFormat
from dla_desktop.domain.records import MeetingDraft, MeetingRecord
from dla_desktop.services import meetings
from dla_desktop.ui.operations import Change, Operations
from dla_desktop.ui.pages.meeting.participants_tab import ParticipantsTab
from dla_desktop.ui.pages.meeting.planning_tab import PlanningTab
from dla_desktop.ui.pages.meeting.projects_tab import ProjectsTab
from dla_desktop.ui.pages.meeting.ratings_tab import RatingsTab
from dla_desktop.ui.pages.meeting.tab_base import MeetingTab
from dla_desktop.ui.pages.record_form import RecordForm, form_group
from dla_desktop.ui.translations import enum_label

MAX_ROUNDS = 200


class MeetingPage(RecordForm):
    """Create or edit one meeting; ``saved(id)`` after each successful save."""

    changes = Change.MEETINGS
    follows = Change(0)  # the tabs follow data_changed themselves

    def __init__(
        self, operations: Operations, meeting_id: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(operations, parent)
        self._build_fields()
        self.tabs.addTab(self._form_tab(), self.tr("Fiche"))
        self.participants = ParticipantsTab(operations)
        self.planning = PlanningTab(operations)
        self.ratings = RatingsTab(operations)
        self.projects = ProjectsTab(operations)
        self.meeting_tabs: list[MeetingTab] = [
            self.participants,
            self.planning,
            self.ratings,
            self.projects,
        ]
        titles = [
            self.tr("Participants"),
            self.tr("Planning"),
            self.tr("Évaluations"),
            self.tr("Projets"),
        ]
        for tab, title in zip(self.meeting_tabs, titles, strict=True):
            tab.record_opened.connect(self.record_opened)
            self.tabs.addTab(tab, title)
        self.lay_out()
        self.open_record(meeting_id)

    def _build_fields(self) -> None:
        """The Fiche's fields, named after the draft's fields for the messages."""
        self.title_edit = QLineEdit(objectName="title_edit")
        self.format = QComboBox(objectName="format")
        for meeting_format in MeetingFormat:
            self.format.addItem(enum_label(meeting_format), meeting_format)
        self.series = QLineEdit(objectName="series", placeholderText=self.tr("ex. Cher 2026"))
        self.series.setToolTip(
            self.tr("Les rencontres d'une même série évitent les paires qui se sont déjà vues.")
        )
        self.organisers = QLineEdit(
            objectName="organisers",
            placeholderText=self.tr("ex. DLA du Cher, club d'entreprises de Bourges"),
        )
        self.date = QDateEdit(objectName="date", calendarPopup=True, displayFormat="dd/MM/yyyy")
        self.has_start = QCheckBox(self.tr("Heure de début :"), objectName="has_start")
        self.start_time = QTimeEdit(objectName="start_time", displayFormat="HH:mm")
        self.has_start.toggled.connect(self.start_time.setEnabled)
        self.place = QLineEdit(objectName="place")
        self._build_timing()
        self.notes = QPlainTextEdit(objectName="notes")
        self.notes.setTabChangesFocus(True)

    def _build_timing(self) -> None:
        """Slot length, breaks and the rotations the time allows."""
        self.slot_minutes = QSpinBox(objectName="slot_minutes", minimum=1, maximum=240)
        self.slot_minutes.setSuffix(self.tr(" min"))
        self.break_every = QSpinBox(objectName="break_every", maximum=100)
        self.break_every.setSpecialValueText(self.tr("aucune pause"))
        self.break_minutes = QSpinBox(objectName="break_minutes", maximum=240)
        self.break_minutes.setSuffix(self.tr(" min"))
        self.rounds_available = QSpinBox(objectName="rounds_available", maximum=MAX_ROUNDS)
        self.rounds_available.setSpecialValueText(self.tr("tous se rencontrent"))
        self.rounds_available.setToolTip(
            self.tr(
                "Les rotations que le temps permet. Vide : autant qu'il en faut pour que "
                "chaque association rencontre chaque entreprise."
            )
        )
        for spin in (
            self.slot_minutes,
            self.break_every,
            self.break_minutes,
            self.rounds_available,
        ):
            spin.setMaximumWidth(200)

    def _starting(self) -> QWidget:
        """The start time, with the box that says whether there is one."""
        start = QHBoxLayout()
        start.addWidget(self.has_start)
        start.addWidget(self.start_time)
        start.addStretch()
        start.setContentsMargins(0, 0, 0, 0)
        starting = QWidget()
        starting.setLayout(start)
        return starting

    def _form_tab(self) -> QWidget:
        """What the meeting is, on the left; how it runs, on the right; notes below."""
        what = form_group(
            self.tr("Rencontre"),
            [
                ("title", self.tr("Intitulé* :"), self.title_edit),
                ("format", self.tr("Format :"), self.format),
                ("series", self.tr("Série :"), self.series),
                ("place", self.tr("Lieu :"), self.place),
                ("organisers", self.tr("Organisateurs :"), self.organisers),
            ],
            self.errors,
        )
        when = form_group(
            self.tr("Déroulement"),
            [
                ("date", self.tr("Date* :"), self.date),
                ("start_time", "", self._starting()),
                ("slot_minutes", self.tr("Durée d’un échange :"), self.slot_minutes),
                ("break_every", self.tr("Pause toutes les … rotations :"), self.break_every),
                ("break_minutes", self.tr("Durée d’une pause :"), self.break_minutes),
                (
                    "rounds_available",
                    self.tr("Nombre de rotations possibles :"),
                    self.rounds_available,
                ),
            ],
            self.errors,
        )
        notes = form_group(self.tr("Notes"), [("notes", "", self.notes)], self.errors)
        columns = QHBoxLayout()
        columns.addWidget(what, 1)
        columns.addWidget(when, 1)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(columns)
        layout.addWidget(notes, 1)
        return tab

    # --- hooks -----------------------------------------------------------------------------

    def draft(self) -> MeetingDraft:
        """What the form holds, as the services take it."""
        start = self.start_time.time().toPython() if self.has_start.isChecked() else None
        return MeetingDraft(
            title=self.title_edit.text(),
            format=self.format.currentData(),
            date=self.date.date().toPython(),
            series=self.series.text(),
            start_time=start,
            place=self.place.text(),
            organisers=self.organisers.text(),
            slot_minutes=self.slot_minutes.value(),
            break_every=self.break_every.value(),
            break_minutes=self.break_minutes.value(),
            rounds_available=self.rounds_available.value() or None,
            notes=self.notes.toPlainText(),
        )

    def load_record(self, session: Session, record_id: str) -> MeetingRecord:
        return meetings.get_meeting(session, record_id)

    def create_record(self, session: Session, draft: MeetingDraft) -> MeetingRecord:
        return meetings.create_meeting(session, draft)

    def update_record(
        self, session: Session, record_id: str, draft: MeetingDraft, version: int
    ) -> MeetingRecord:
        return meetings.update_meeting(session, record_id, draft, version)

    def new_title(self) -> str:
        return self.tr("Nouvelle rencontre")

    def show_fields(self, record: MeetingRecord | None) -> None:
        shown = record or MeetingDraft(
            title="", format=MeetingFormat.SPEED_DATING, date=utc_now().date()
        )
        self.title_edit.setText(shown.title)
        self.format.setCurrentIndex(self.format.findData(MeetingFormat(shown.format)))
        self.series.setText(shown.series)
        self.date.setDate(QDate(shown.date))
        self.has_start.setChecked(shown.start_time is not None)
        self.start_time.setEnabled(shown.start_time is not None)
        self.start_time.setTime(QTime(shown.start_time) if shown.start_time else QTime(9, 0))
        self.place.setText(shown.place)
        self.organisers.setText(shown.organisers)
        self.slot_minutes.setValue(shown.slot_minutes)
        self.break_every.setValue(shown.break_every)
        self.break_minutes.setValue(shown.break_minutes)
        self.rounds_available.setValue(shown.rounds_available or 0)
        self.notes.setPlainText(shown.notes)

    def heading(self, record: MeetingRecord) -> str:
        """A meeting is named by its title."""
        return record.title

    def display_name(self) -> str:
        return self.title_edit.text().strip() or self.new_title()

    def show_related(self) -> None:
        """The tabs show this meeting (each reads when shown); disabled before the first save."""
        meeting_id = self.record.id if self.record is not None else None
        for index, tab in enumerate(self.meeting_tabs, start=1):
            tab.set_meeting(meeting_id)
            self.tabs.setTabEnabled(index, meeting_id is not None)
            self.tabs.setTabToolTip(
                index, "" if meeting_id else self.tr("Enregistrez d'abord la rencontre.")
            )
