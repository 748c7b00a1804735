"""À faire: the items grouped, late in red, filtered, and acted on; the window's way there."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTreeWidgetItem
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from dla_desktop.db.database import Database
from dla_desktop.domain.enums import FollowUpKind
from dla_desktop.domain.followup_due import DueItem, DueKind
from dla_desktop.domain.records import (
    AssociationDraft,
    FollowUpActionDraft,
    ProgrammeDraft,
    QuestionnaireDraft,
)
from dla_desktop.services import associations, enrolment, followup, programmes
from dla_desktop.services.followup_due import due_items
from dla_desktop.ui.dialogs.followup_action_dialog import FollowupActionDialog
from dla_desktop.ui.main_window import PAGE_KEYS, MainWindow
from dla_desktop.ui.operations import Operations
from dla_desktop.ui.pages.dashboard_page import DashboardPage
from dla_desktop.ui.pages.due_page import DUE_ON, ITEM_ROLE, KIND, PROGRAMME, DuePage
from dla_desktop.ui.pages.followup_page import LATE_COLOUR
from dla_desktop.ui.pages.programme.followup_tab import FollowupTab
from dla_desktop.ui.pages.programme.general_tab import GeneralTab
from dla_desktop.ui.pages.programme.programme_page import ProgrammePage
from tests.ui.support import shown_section

TODAY = date(2026, 6, 15)


@dataclass(frozen=True)
class World:
    lille: str  # ended a year ago: its waves are late
    cher: str  # ended three months and two days ago: its 3-month wave is close
    theatre: str
    cirque: str


def _build(session: Session) -> World:
    def association(name: str) -> str:
        return associations.create_association(session, AssociationDraft(name=name)).id

    def programme(title: str, end: date, waves: str) -> str:
        draft = ProgrammeDraft(title=title, end_date=end, questionnaire_waves=waves)
        return programmes.create_programme(session, draft).id

    lille = programme("Lille <2025> & 🎭", date(2025, 6, 10), "6,12")
    cher = programme("Cher", date(2026, 3, 20), "3")  # 3-month wave on 20 June: in 5 days
    theatre, cirque = association("Théâtre"), association("Cirque")
    enrolment.enrol_associations(session, lille, [theatre, cirque])
    enrolment.enrol_associations(session, cher, [cirque])
    followup.create_followup_action(
        session,
        FollowUpActionDraft(
            programme_id=lille,
            association_id=theatre,
            date=date(2026, 5, 2),
            kind=FollowUpKind.ENTRETIEN,
            duration_days=Decimal(1),
            next_step="Relancer le trésorier",
            next_step_date=date(2026, 6, 1),
        ),
    )
    followup.create_questionnaire(
        session,
        QuestionnaireDraft(
            programme_id=lille,
            association_id=cirque,
            months_after=6,
            sent_on=TODAY - timedelta(days=40),
        ),
    )
    return World(lille, cher, theatre, cirque)


@pytest.fixture
def world(database: Database) -> World:
    with database.transaction() as session:
        return _build(session)


@pytest.fixture
def page(qtbot: QtBot, database: Database, world: World, settings: QSettings) -> DuePage:
    due = DuePage("À faire", settings=settings)
    due.today = lambda: TODAY
    return shown_section(qtbot, due, database)


def expected(database: Database, **filters: object) -> list[DueItem]:
    with database.reading() as session:
        return due_items(session, today=TODAY, **filters)  # type: ignore[arg-type]


def groups(page: DuePage) -> list[QTreeWidgetItem]:
    return [page.tree.topLevelItem(n) for n in range(page.tree.topLevelItemCount())]


def leaves(page: DuePage) -> list[QTreeWidgetItem]:
    return [group.child(n) for group in groups(page) for n in range(group.childCount())]


def shown(page: DuePage) -> list[DueItem]:
    return [leaf.data(0, ITEM_ROLE) for leaf in leaves(page)]


def select(page: DuePage, wanted: object) -> QTreeWidgetItem:
    """Select the row of an item (or of a group, by its key) and return it."""
    rows = groups(page) + leaves(page)
    row = next(r for r in rows if r.data(0, ITEM_ROLE) == wanted)
    page.tree.setCurrentItem(row)
    return row


def test_the_list_shows_every_item_grouped_by_kind(page: DuePage, database: Database) -> None:
    items = expected(database)
    assert {item.kind for item in items} == set(DueKind)  # the world has one of each
    assert sorted(shown(page), key=repr) == sorted(items, key=repr)
    assert [group.text(0) for group in groups(page)] == [
        "Questionnaire à envoyer — 4, dont 3 en retard",
        "Réponse attendue — 1, dont 1 en retard",
        "Jours de suivi à faire — 3, dont 2 en retard",
        "Prochaine étape dépassée — 1, dont 1 en retard",
    ]
    assert page.tree.isColumnHidden(KIND) and not page.tree.isColumnHidden(PROGRAMME)
    assert page.summary.text() == "9 à faire, dont 7 en retard"
    assert page.stack.currentWidget() is page.tree


def test_late_items_are_red_and_say_so(page: DuePage) -> None:
    late = [leaf for leaf in leaves(page) if leaf.data(0, ITEM_ROLE).late]
    coming = [leaf for leaf in leaves(page) if not leaf.data(0, ITEM_ROLE).late]
    assert late and coming
    red = QColor(LATE_COLOUR)
    for leaf in late:
        assert leaf.foreground(DUE_ON).color() == red
        assert leaf.text(DUE_ON).endswith("(en retard)")
    for leaf in coming:
        assert leaf.foreground(DUE_ON).color() != red
        assert "en retard" not in leaf.text(DUE_ON)
    wave = next(r for r in coming if r.data(0, ITEM_ROLE).kind is DueKind.QUESTIONNAIRE_TO_SEND)
    assert wave.text(DUE_ON) == "20 juin 2026 (à venir)"
    assert (wave.text(0), wave.text(PROGRAMME), wave.text(4)) == (
        "Cirque",
        "Cher",
        "Vague à 3 mois",
    )


def test_grouped_by_programme_and_filtered(
    page: DuePage, database: Database, world: World, settings: QSettings
) -> None:
    page.group_box.setCurrentIndex(page.group_box.findData("programme"))
    assert [group.text(0) for group in groups(page)] == [
        "Cher — 2",
        "Lille <2025> & 🎭 — 7, dont 7 en retard",
    ]
    assert page.tree.isColumnHidden(PROGRAMME) and not page.tree.isColumnHidden(KIND)
    assert settings.value("due/group_by") == "programme"
    page.filter_programme(world.cher)
    assert shown(page) == expected(database, programme_id=world.cher)
    assert page.summary.text() == "2 à faire"
    page.filter_programme(None)
    assert len(shown(page)) == 9


def test_a_change_elsewhere_refreshes_the_list_and_its_count(
    qtbot: QtBot, page: DuePage, world: World
) -> None:
    assert page._operations is not None
    with qtbot.waitSignal(page.counted) as counted:
        page._operations.write(
            None,
            lambda s: followup.create_questionnaire(
                s,
                QuestionnaireDraft(
                    programme_id=world.lille,
                    association_id=world.theatre,
                    months_after=6,
                    sent_on=TODAY,
                ),
            ),
            page.follows,
        )
    assert counted.args == [8, 6]
    sent = [i for i in shown(page) if i.kind is DueKind.QUESTIONNAIRE_TO_SEND]
    assert (world.theatre, 6) not in {(i.association_id, i.months_after) for i in sent}


def test_buttons_follow_the_selection(qtbot: QtBot, page: DuePage, world: World) -> None:
    # nothing selected, two programmes shown: no single programme to open
    assert not page.open_button.isEnabled() and not page.send_button.isEnabled()
    # a group of questionnaires over two programmes: still none
    select(page, DueKind.QUESTIONNAIRE_TO_SEND.value)
    assert not page.send_button.isEnabled() and not page.action_button.isEnabled()
    # one questionnaire: its programme's Suivi tab, where the wave is sent
    wave = next(i for i in page.items if i.kind is DueKind.QUESTIONNAIRE_TO_SEND)
    select(page, wave)
    assert page.send_button.isEnabled() and not page.action_button.isEnabled()
    with qtbot.waitSignal(page.followup_requested) as asked:
        page.send_button.click()
    assert asked.args == [wave.programme_id]
    # filtered on Cher, nothing selected: its questionnaires
    page.tree.clearSelection()
    page.filter_programme(world.cher)
    assert page.questionnaire_programme() == world.cher and page.send_button.isEnabled()


def test_noting_an_action_from_the_list(
    page: DuePage, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    # GIVEN the theatre's follow-up days not all done in Lille
    days = next(
        i
        for i in page.items
        if i.kind is DueKind.DAYS_NOT_DONE and i.association_id == world.theatre
    )
    select(page, days)
    assert page.action_button.isEnabled()
    opened: list[FollowupActionDialog] = []

    def fill_and_save(dialog: FollowupActionDialog) -> int:
        opened.append(dialog)
        dialog.date.set_value(TODAY)
        dialog.duration.setValue(0.5)
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(FollowupActionDialog, "exec", fill_and_save)
    # WHEN "Noter une action…" is clicked and half a day is noted
    page.action_button.click()
    # THEN the dialog was for that association of that programme, and the item is gone
    (dialog,) = opened
    assert dialog.windowTitle() == "Action de suivi : Théâtre"
    assert (dialog.draft().programme_id, dialog.draft().association_id) == (
        world.lille,
        world.theatre,
    )
    assert days not in page.items
    assert not [i for i in shown(page) if i.kind is DueKind.DAYS_NOT_DONE and i == days]


def test_nothing_due_says_so(qtbot: QtBot, database: Database, settings: QSettings) -> None:
    page = shown_section(qtbot, DuePage("À faire", settings=settings), database)
    assert page.stack.currentWidget() is page.empty_label
    assert "Rien à faire" in page.empty_label.text()
    assert not page.open_button.isEnabled()


# --- in the window ----------------------------------------------------------------------------


@pytest.fixture
def window(
    qtbot: QtBot, database: Database, world: World, settings: QSettings
) -> Iterator[MainWindow]:
    window = MainWindow(database, settings=settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.set_database(None)


def test_the_navigation_counts_what_is_due(window: MainWindow) -> None:
    due = window.page("due")
    assert isinstance(due, DuePage)
    item = window.navigation.item(PAGE_KEYS.index("due"))
    count = len(due.items)
    assert count > 0 and item.text() == f"À faire ({count})"
    assert item.foreground().color() == QColor(LATE_COLOUR)  # the world has late items


def test_the_dashboard_shows_what_is_due_first(qtbot: QtBot, window: MainWindow) -> None:
    dashboard = window.page("dashboard")
    assert isinstance(dashboard, DashboardPage) and window.current_page_key() == "dashboard"
    summary = dashboard.due_summary
    assert summary.isVisible()
    assert "questionnaire" in summary.counts.text() and "en retard" in summary.late.text()
    qtbot.mouseClick(summary.show_button, Qt.MouseButton.LeftButton)
    assert window.current_page_key() == "due"


def test_double_click_opens_the_programmes_suivi_tab(
    qtbot: QtBot, window: MainWindow, world: World
) -> None:
    window.show_page("due")
    due = window.page("due")
    assert isinstance(due, DuePage)
    due.today = lambda: TODAY
    due.refresh()
    step = next(i for i in due.items if i.kind is DueKind.NEXT_STEP_LATE)
    row = select(due, step)
    centre = due.tree.visualItemRect(row).center()
    qtbot.mouseClick(due.tree.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(due.tree.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    page = window.record_page
    assert isinstance(page, ProgrammePage) and page.record is not None
    assert page.record.id == world.lille
    assert isinstance(page.tabs.currentWidget(), FollowupTab)
    assert window.current_page_key() == "programmes"


# --- the programme's settings ------------------------------------------------------------------


def test_the_programme_form_edits_the_follow_up_settings(
    qtbot: QtBot, database: Database, world: World
) -> None:
    tab = GeneralTab(Operations(database), world.lille)
    qtbot.addWidget(tab)
    assert (tab.questionnaire_waves.text(), tab.answer_reminder_days.value()) == ("6, 12", 30)
    # a list that does not read is refused under its field, nothing saved
    tab.questionnaire_waves.setText("3, x")
    assert not tab.save()
    assert tab.errors.message("questionnaire_waves").text() == (
        "Vagues de questionnaire : « x » n'est pas un nombre de mois entre 1 et 120 "
        "(exemple : 3, 6, 12)."
    )
    # a readable one is stored the one way, and shown back as people type it
    tab.questionnaire_waves.setText("9 ; 2")
    tab.answer_reminder_days.setValue(45)
    assert tab.save()
    with database.reading() as session:
        stored = programmes.get_programme(session, world.lille)
    assert (stored.questionnaire_waves, stored.answer_reminder_days) == ("2,9", 45)
    assert tab.questionnaire_waves.text() == "2, 9" and not tab.has_unsaved_changes()
