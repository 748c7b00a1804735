"""A project sub-group born from a meeting (members, follower, status) and its steps."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QWidget
from sqlalchemy.orm import Session

from dla_desktop.domain.enums import ProjectStatus
from dla_desktop.domain.meeting_records import (
    MeetingProjectDraft,
    MeetingProjectRecord,
    ProjectStepDraft,
    ProjectStepRecord,
)
from dla_desktop.services import meeting_projects
from dla_desktop.ui.dialogs.edit_dialog import EditDialog
from dla_desktop.ui.dialogs.form_fields import enum_combo, select_data, text_area
from dla_desktop.ui.dialogs.record_dialog import RecordDialog
from dla_desktop.ui.operations import Change, Operations
from dla_desktop.ui.widgets.date_edit import DateEdit

ID_ROLE = Qt.ItemDataRole.UserRole
SIDE_ROLE = Qt.ItemDataRole.UserRole + 1


class Candidate(NamedTuple):
    """An association or a company that may join a sub-group."""

    party_id: str
    name: str
    is_association: bool
    side: str  # « Association » / « Entreprise », translated


class ProjectDialog(EditDialog):
    """Create or edit one sub-group; members are ticked among the meeting's participants."""

    def __init__(
        self,
        operations: Operations,
        meeting_id: str,
        candidates: Sequence[Candidate],
        project_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(operations, self.tr("Projet"), Change.MEETINGS, parent)
        self.setMinimumWidth(560)
        self._meeting_id = meeting_id
        self.title_edit = QLineEdit(objectName="title_edit")
        self.followed_by = QLineEdit(
            objectName="followed_by", placeholderText=self.tr("ex. Julie (DLA du Cher)")
        )
        self.status = enum_combo(ProjectStatus)
        self.status.setObjectName("status")
        self.members = QListWidget(objectName="members")
        self.members.setMinimumHeight(180)
        for candidate in candidates:
            item = QListWidgetItem(f"{candidate.name} ({candidate.side.lower()})")
            item.setData(ID_ROLE, candidate.party_id)
            item.setData(SIDE_ROLE, candidate.is_association)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.members.addItem(item)
        self.notes = text_area()
        self.notes.setObjectName("notes")
        self.add_row("title", self.tr("Intitulé* :"), self.title_edit)
        self.add_row("followed_by", self.tr("Suivi par :"), self.followed_by)
        self.add_row("status", self.tr("Avancement :"), self.status)
        self.add_row("association_ids", self.tr("Membres :"), self.members)
        self.add_row("notes", self.tr("Notes :"), self.notes)
        if project_id is not None:
            self.open_record(project_id)

    def draft(self) -> MeetingProjectDraft:
        ticked = [
            self.members.item(row)
            for row in range(self.members.count())
            if self.members.item(row).checkState() == Qt.CheckState.Checked
        ]
        return MeetingProjectDraft(
            meeting_id=self._meeting_id,
            title=self.title_edit.text(),
            followed_by=self.followed_by.text(),
            status=self.status.currentData(),
            notes=self.notes.toPlainText(),
            association_ids=tuple(i.data(ID_ROLE) for i in ticked if i.data(SIDE_ROLE)),
            company_ids=tuple(i.data(ID_ROLE) for i in ticked if not i.data(SIDE_ROLE)),
        )

    def load(self, session: Session, record_id: str) -> MeetingProjectRecord:
        return meeting_projects.get_project(session, record_id)

    def create(self, session: Session, draft: MeetingProjectDraft) -> MeetingProjectRecord:
        return meeting_projects.create_project(session, draft)

    def update(
        self, session: Session, record_id: str, draft: MeetingProjectDraft, version: int
    ) -> MeetingProjectRecord:
        return meeting_projects.update_project(session, record_id, draft, version)

    def show_fields(self, record: MeetingProjectRecord) -> None:
        self.title_edit.setText(record.title)
        self.followed_by.setText(record.followed_by)
        select_data(self.status, ProjectStatus(record.status))
        self.notes.setPlainText(record.notes)
        members = set(record.association_ids) | set(record.company_ids)
        for row in range(self.members.count()):
            item = self.members.item(row)
            checked = item.data(ID_ROLE) in members
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)


class StepDialog(RecordDialog):
    """Record a working meeting or a milestone of a sub-group."""

    def __init__(
        self, operations: Operations, project_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(operations, self.tr("Nouvelle étape"), Change.MEETINGS, parent)
        self.save_button.setObjectName("save")
        self._project_id = project_id
        self.date = DateEdit("date")
        self.note = text_area()
        self.note.setObjectName("note")
        self.note.setPlaceholderText(self.tr("ex. Réunion de travail : budget du projet validé"))
        self.add_row("date", self.tr("Date :"), self.date)
        self.add_row("note", self.tr("Ce qui a avancé :"), self.note)

    def draft(self) -> ProjectStepDraft:
        value = self.date.value()
        assert value is not None  # a required date edit always holds one
        return ProjectStepDraft(
            project_id=self._project_id, date=value, note=self.note.toPlainText()
        )

    def work(self) -> Callable[[Session], ProjectStepRecord]:
        draft = self.draft()
        return lambda s: meeting_projects.add_step(s, draft)
