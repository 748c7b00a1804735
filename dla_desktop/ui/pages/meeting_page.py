"""One meeting (rencontre): its form and who is registered.

The speed-dating schedule, printed material and ratings belong to the meetings issue;
this page gives them a home: what the meeting is, and its participants.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QTime
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
from dla_desktop.services import associations, companies, meetings
from dla_desktop.ui.operations import Change, Operations
from dla_desktop.ui.pages.record_form import RecordForm, form_group
from dla_desktop.ui.table_models import number_column, text_column
from dla_desktop.ui.translations import enum_label
from dla_desktop.ui.widgets.related_table import RelatedTable


class RegisteredParty(NamedTuple):
    """One registration as the participants tab lists it."""

    id: str
    kind: str  # "association" or "company": which page a double-click opens
    party_id: str
    name: str
    side: str
    representatives: str
    leaders_count: int


PARTY_COLUMNS = (
    text_column("name", QT_TRANSLATE_NOOP("table_models", "Participant")),
    text_column("side", QT_TRANSLATE_NOOP("table_models", "Type")),
    text_column("representatives", QT_TRANSLATE_NOOP("table_models", "Représentants")),
    number_column("leaders_count", QT_TRANSLATE_NOOP("table_models", "Dirigeants")),
)


class MeetingPage(RecordForm):
    """Create or edit one meeting; ``saved(id)`` after each successful save."""

    changes = Change.MEETINGS
    follows = Change.MEETINGS | Change.ASSOCIATIONS | Change.COMPANIES

    def __init__(
        self, operations: Operations, meeting_id: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(operations, parent)
        self._build_fields()
        self.tabs.addTab(self._form_tab(), self.tr("Fiche"))
        self.participants = RelatedTable(PARTY_COLUMNS, object_name="participants")
        self.participants.row_activated.connect(
            lambda row: self.record_opened.emit(row.kind, row.party_id)
        )
        self.tabs.addTab(self.participants, "")
        self.lay_out()
        self.open_record(meeting_id)

    def _build_fields(self) -> None:
        self.title_edit = QLineEdit(objectName="title_edit")
        self.format = QComboBox(objectName="format")
        for meeting_format in MeetingFormat:
            self.format.addItem(enum_label(meeting_format), meeting_format)
        self.series = QLineEdit(objectName="series", placeholderText=self.tr("ex. Cher 2026"))
        self.date = QDateEdit(objectName="date", calendarPopup=True, displayFormat="dd/MM/yyyy")
        self.has_start = QCheckBox(self.tr("Heure de début :"), objectName="has_start")
        self.start_time = QTimeEdit(objectName="start_time", displayFormat="HH:mm")
        self.has_start.toggled.connect(self.start_time.setEnabled)
        self.place = QLineEdit(objectName="place")
        self.slot_minutes = QSpinBox(objectName="slot_minutes", minimum=1, maximum=240)
        self.slot_minutes.setSuffix(self.tr(" min"))
        self.break_every = QSpinBox(objectName="break_every", maximum=100)
        self.break_every.setSpecialValueText(self.tr("aucune pause"))
        self.notes = QPlainTextEdit(objectName="notes")
        self.notes.setTabChangesFocus(True)
        for spin in (self.slot_minutes, self.break_every):
            spin.setMaximumWidth(160)

    def _form_tab(self) -> QWidget:
        start = QHBoxLayout()
        start.addWidget(self.has_start)
        start.addWidget(self.start_time)
        start.addStretch()
        starting = QWidget()
        starting.setLayout(start)
        start.setContentsMargins(0, 0, 0, 0)
        what = form_group(
            self.tr("Rencontre"),
            [
                ("title", self.tr("Intitulé* :"), self.title_edit),
                ("format", self.tr("Format :"), self.format),
                ("series", self.tr("Série :"), self.series),
                ("place", self.tr("Lieu :"), self.place),
            ],
            self.errors,
        )
        when = form_group(
            self.tr("Déroulement"),
            [
                ("date", self.tr("Date* :"), self.date),
                ("start_time", "", starting),
                ("slot_minutes", self.tr("Durée d’un échange :"), self.slot_minutes),
                ("break_every", self.tr("Pause tous les … tours :"), self.break_every),
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
            slot_minutes=self.slot_minutes.value(),
            break_every=self.break_every.value(),
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
        self.slot_minutes.setValue(shown.slot_minutes)
        self.break_every.setValue(shown.break_every)
        self.notes.setPlainText(shown.notes)

    def heading(self, record: MeetingRecord) -> str:
        """A meeting is named by its title."""
        return record.title

    def display_name(self) -> str:
        return self.title_edit.text().strip() or self.new_title()

    def show_related(self) -> None:
        """The registered associations and companies; a meeting not yet saved has none."""
        rows = self.operations.read(self._read_parties) if self.record is not None else []
        self.participants.set_rows(rows)
        self.set_tab(1, self.tr("Participants"), len(rows))

    def _read_parties(self, session: Session) -> list[RegisteredParty]:
        """A meeting has tens of participants: one lookup each is cheap enough."""
        rows = []
        for party in meetings.list_participants(session, self.record.id):
            if party.association_id is not None:
                kind, party_id, side = "association", party.association_id, self.tr("Association")
                name = associations.get_association(session, party_id).name
            else:
                assert party.company_id is not None
                kind, party_id, side = "company", party.company_id, self.tr("Entreprise")
                name = companies.get_company(session, party_id).name
            rows.append(
                RegisteredParty(
                    party.id, kind, party_id, name, side, party.representatives, party.leaders_count
                )
            )
        return rows
