"""Tab Projets: the sub-groups born from the meeting, who is in them and how they move on."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from dla_desktop.domain.enums import ProjectStatus
from dla_desktop.domain.meeting_records import MeetingProjectRecord, ProjectStepRecord
from dla_desktop.services import meeting_projects
from dla_desktop.ui.dialogs.meeting_parties import read_parties
from dla_desktop.ui.dialogs.meeting_project_dialog import Candidate, ProjectDialog, StepDialog
from dla_desktop.ui.operations import Change, Operations
from dla_desktop.ui.pages.meeting.tab_base import MeetingTab
from dla_desktop.ui.table_models import date_column, enum_column, number_column, text_column
from dla_desktop.ui.widgets.related_table import RelatedTable, confirm


class ProjectRow(NamedTuple):
    """One sub-group as the list shows it, with its members named and its steps."""

    record: MeetingProjectRecord
    title: str
    followed_by: str
    status: str
    members: str
    members_count: int
    steps: tuple[ProjectStepRecord, ...]
    steps_count: int
    member_names: tuple[str, ...]

    @property
    def id(self) -> str:
        return self.record.id


PROJECT_COLUMNS = (
    text_column("title", QT_TRANSLATE_NOOP("table_models", "Projet")),
    text_column("followed_by", QT_TRANSLATE_NOOP("table_models", "Suivi par")),
    enum_column(
        "status", QT_TRANSLATE_NOOP("table_models", "Avancement"), ProjectStatus, workflow=True
    ),
    number_column("members_count", QT_TRANSLATE_NOOP("table_models", "Membres")),
    number_column("steps_count", QT_TRANSLATE_NOOP("table_models", "Étapes")),
    text_column("members", QT_TRANSLATE_NOOP("table_models", "Associations et entreprises")),
)
STEP_COLUMNS = (
    date_column("date", QT_TRANSLATE_NOOP("table_models", "Date")),
    text_column("note", QT_TRANSLATE_NOOP("table_models", "Ce qui a avancé")),
)


class ProjectsTab(MeetingTab):
    """Sub-groups with add / edit / archive; the chosen one's members and steps below."""

    def __init__(self, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(operations, parent)
        self.rows: list[ProjectRow] = []
        self.candidates: list[Candidate] = []
        self.projects = RelatedTable(PROJECT_COLUMNS, object_name="projects", stretch=5)
        add = self.projects.add_button
        self.add_project_button = add(self.tr("Nouveau projet…"), "add_project")
        self.add_project_button.clicked.connect(self.add_project)
        self.edit_button = add(self.tr("Modifier…"), "edit_project")
        self.edit_button.clicked.connect(self.edit_project)
        self.archive_button = add(self.tr("Archiver"), "archive_project")
        self.archive_button.clicked.connect(self.archive_project)
        self.projects.row_activated.connect(lambda _row: self.edit_project())
        self.projects.table.selectionModel().selectionChanged.connect(self._show_selected)
        self.members = QListWidget(objectName="members")
        self.steps = RelatedTable(STEP_COLUMNS, object_name="steps", stretch=1)
        self.add_step_button = self.steps.add_button(self.tr("Ajouter une étape…"), "add_step")
        self.add_step_button.clicked.connect(self.add_step)
        self.remove_step_button = self.steps.add_button(self.tr("Retirer l'étape"), "remove_step")
        self.remove_step_button.clicked.connect(self.remove_step)
        self.details = QGroupBox(objectName="details")
        self._lay_out()
        self._show_selected()

    def _lay_out(self) -> None:
        """The sub-groups on top, the chosen one's members and steps below."""
        members = QVBoxLayout()
        members.addWidget(QLabel(self.tr("Membres :")))
        members.addWidget(self.members, 1)
        steps = QVBoxLayout()
        steps.addWidget(QLabel(self.tr("Réunions et étapes :")))
        steps.addWidget(self.steps, 1)
        inside = QHBoxLayout(self.details)
        inside.addLayout(members, 1)
        inside.addLayout(steps, 2)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.projects)
        splitter.addWidget(self.details)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    # --- reading -------------------------------------------------------------------------

    def refresh(self) -> None:
        """The sub-groups with their steps and members' names; the chosen one stays chosen."""
        meeting_id = self.meeting_id
        chosen = self.projects.selected_row()
        if meeting_id is None:
            self.rows, self.candidates = [], []
        else:
            self.rows, self.candidates = self._operations.read(lambda s: self._read(s, meeting_id))
        self.projects.set_rows(self.rows)
        if chosen is not None:
            self.select(chosen.id)
        self._show_selected()

    def _read(self, session: Session, meeting_id: str) -> tuple[list[ProjectRow], list[Candidate]]:
        """Projects, their steps and members' names, and who may join: one read."""
        candidates = [
            Candidate(p.party_id, p.name, p.is_association, p.side)
            for p in read_parties(session, meeting_id)
        ]
        projects = meeting_projects.list_projects(session, meeting_id)
        names = meeting_projects.member_names(session, projects)
        rows = []
        for project in projects:
            steps = tuple(meeting_projects.list_steps(session, project.id))
            member_names = tuple(
                names[party_id] for party_id in (*project.association_ids, *project.company_ids)
            )
            rows.append(
                ProjectRow(
                    project,
                    project.title,
                    project.followed_by,
                    project.status,
                    ", ".join(member_names),
                    len(member_names),
                    steps,
                    len(steps),
                    member_names,
                )
            )
        return rows, candidates

    def select(self, project_id: str) -> None:
        """Choose a sub-group in the list (after it was created or read again)."""
        for row in range(self.projects.model.rowCount()):
            if self.projects.model.row_at(row).id == project_id:
                self.projects.table.selectRow(row)
                return

    def _show_selected(self, *_args: object) -> None:
        """The chosen sub-group's members and steps; its buttons only when one is chosen."""
        row: ProjectRow | None = self.projects.selected_row()
        self.members.clear()
        self.members.addItems(list(row.member_names) if row else [])
        self.steps.set_rows(list(row.steps) if row else [])
        self.details.setTitle(
            self.tr("Projet « %1 »").replace("%1", row.title.replace("&", "&&"))  # no mnemonic
            if row
            else self.tr("Aucun projet choisi")
        )
        for widget in (
            self.edit_button,
            self.archive_button,
            self.add_step_button,
            self.remove_step_button,
        ):
            widget.setEnabled(row is not None)

    # --- writing -------------------------------------------------------------------------

    def add_project(self) -> None:
        """A new sub-group, chosen in the list once saved."""
        if self.meeting_id is None:
            return
        dialog = self.project_dialog(None)
        if dialog.exec() and dialog.record is not None:  # the list was read again on saving
            self.select(dialog.record.id)

    def edit_project(self) -> None:
        """Change the chosen sub-group (title, follower, status, members)."""
        row = self.projects.selected_row()
        if row is not None:
            self.project_dialog(row.id).exec()

    def project_dialog(self, project_id: str | None) -> ProjectDialog:
        """A new dialog (tests patch ``exec`` on it); members among the participants."""
        assert self.meeting_id is not None
        candidates = list(self.candidates)
        known = {c.party_id for c in candidates}
        row = next((r for r in self.rows if r.id == project_id), None)
        if row is not None:  # a member who is no longer registered stays ticked
            candidates += self._former_members(row, known)
        return ProjectDialog(self._operations, self.meeting_id, candidates, project_id, self)

    def _former_members(self, row: ProjectRow, known: set[str]) -> list[Candidate]:
        """Members no longer registered to the meeting, so editing does not drop them."""
        association, company = (
            QCoreApplication.translate("meeting_parties", "Association"),
            QCoreApplication.translate("meeting_parties", "Entreprise"),
        )
        members = [(i, True) for i in row.record.association_ids] + [
            (i, False) for i in row.record.company_ids
        ]
        names = dict(zip([i for i, _ in members], row.member_names, strict=True))
        return [
            Candidate(i, names[i], is_a, association if is_a else company)
            for i, is_a in members
            if i not in known
        ]

    def archive_project(self) -> None:
        """Archive the chosen sub-group after asking (a tombstone, never a delete)."""
        row = self.projects.selected_row()
        if row is None:
            return
        question = self.tr("Archiver le projet « %1 » ?").replace("%1", row.title)
        if confirm(self, self.tr("Archiver le projet"), question, self.tr("Archiver")):
            record = row.record
            self.write_or_say(
                lambda s: meeting_projects.archive_project(s, record.id, record.version),
                Change.MEETINGS,
            )

    def add_step(self) -> None:
        """Record a working meeting or milestone of the chosen sub-group."""
        row = self.projects.selected_row()
        if row is not None:
            self.step_dialog(row.id).exec()

    def step_dialog(self, project_id: str) -> StepDialog:
        """A new dialog (tests patch ``exec`` on it)."""
        return StepDialog(self._operations, project_id, self)

    def remove_step(self) -> None:
        """Drop a step typed by mistake, after asking."""
        step = self.steps.selected_row()
        if step is None:
            return
        if confirm(
            self, self.tr("Retirer l'étape"), self.tr("Retirer cette étape ?"), self.tr("Retirer")
        ):
            self.write_or_say(lambda s: meeting_projects.remove_step(s, step.id), Change.MEETINGS)
