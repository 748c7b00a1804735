"""The Projets tab: a sub-group born from the meeting, its members, its steps, archived."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dla_desktop.db.database import Database
from dla_desktop.domain.enums import ProjectStatus
from dla_desktop.services import meeting_projects
from dla_desktop.ui.dialogs.form_fields import select_data
from dla_desktop.ui.dialogs.meeting_project_dialog import ProjectDialog, StepDialog
from dla_desktop.ui.pages.meeting.projects_tab import ProjectsTab
from dla_desktop.ui.pages.meeting_page import MeetingPage
from tests.ui.meeting_support import meeting_page, open_tab, run_dialog, shoot, small_meeting
from tests.ui.support import answer_boxes

PAGES: list[MeetingPage] = []  # a tab alone does not keep its page alive


@pytest.fixture(autouse=True)
def _pages() -> Iterator[None]:
    yield
    PAGES.clear()


def projects(qtbot: QtBot, database: Database, meeting_id: str) -> ProjectsTab:
    page = meeting_page(qtbot, database, meeting_id)
    PAGES.append(page)
    tab = open_tab(page, page.projects)
    assert isinstance(tab, ProjectsTab)
    return tab


def tick(dialog: ProjectDialog, *names: str) -> None:
    for row in range(dialog.members.count()):
        item = dialog.members.item(row)
        if item.text().split(" (")[0] in names:
            item.setCheckState(Qt.CheckState.Checked)


def test_a_project_is_created_followed_and_archived(
    qtbot: QtBot, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    meeting = small_meeting(database, 3, 3)
    tab = projects(qtbot, database, meeting.id)
    assert not tab.edit_button.isEnabled()

    # WHEN a sub-group is created with two members and a follower
    def create(dialog: ProjectDialog) -> None:
        assert dialog.members.count() == 6  # the meeting's participants
        dialog.title_edit.setText("Jardin <partagé> & compost")
        dialog.followed_by.setText("Julie (DLA du Cher)")
        select_data(dialog.status, ProjectStatus.WORKING)
        tick(dialog, "Asso 2", "Société 3")

    run_dialog(monkeypatch, ProjectDialog, create)
    tab.add_project_button.click()
    # THEN it is listed, chosen, with its members named
    assert tab.projects.model.rowCount() == 1
    row = tab.projects.selected_row()
    assert row is not None and row.title == "Jardin <partagé> & compost"
    assert tab.projects.table.model().index(0, 2).data() == "En construction"
    assert [tab.members.item(r).text() for r in range(tab.members.count())] == [
        "Asso 2",
        "Société 3",
    ]
    # "&&" shows one "&" (a single one would underline the next letter as a shortcut)
    assert tab.details.title() == "Projet « Jardin <partagé> && compost »"

    # AND a step is recorded
    def step(dialog: StepDialog) -> None:
        dialog.date.set_value(date(2026, 4, 2))
        dialog.note.setPlainText("Réunion de travail : plan de financement")

    run_dialog(monkeypatch, StepDialog, step)
    tab.add_step_button.click()
    assert tab.steps.model.rowCount() == 1
    assert tab.steps.table.model().index(0, 0).data() == "2 avril 2026"
    assert tab.projects.table.model().index(0, 4).data() == "1"
    shoot(tab.window(), "projets")

    # AND editing keeps the members ticked and adds one
    def edit(dialog: ProjectDialog) -> None:
        assert dialog.title_edit.text() == "Jardin <partagé> & compost"
        tick(dialog, "Asso 1")

    run_dialog(monkeypatch, ProjectDialog, edit)
    tab.edit_button.click()
    with database.reading() as session:
        [stored] = meeting_projects.list_projects(session, meeting.id)
    assert set(stored.association_ids) == {meeting.associations[0], meeting.associations[1]}
    assert stored.company_ids == (meeting.companies[2],)

    # AND archiving after asking takes it off the list
    answer_boxes(monkeypatch, "Archiver")
    tab.projects.table.selectRow(0)
    tab.archive_button.click()
    assert tab.projects.model.rowCount() == 0


def test_a_project_without_title_is_refused_under_the_field(
    qtbot: QtBot, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    meeting = small_meeting(database, 2, 2)
    tab = projects(qtbot, database, meeting.id)
    seen = run_dialog(monkeypatch, ProjectDialog, lambda dialog: None)
    tab.add_project_button.click()
    assert seen[0].message("title").startswith("Intitulé")
    assert tab.projects.model.rowCount() == 0
