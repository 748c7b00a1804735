"""The programme page: Général saves through the services, refusals under fields, stale, leaving."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from dla_desktop.db.database import Database
from dla_desktop.domain.enums import ProgrammeStatus
from dla_desktop.domain.records import OfficeDraft, ProgrammeDraft, ProgrammeRecord
from dla_desktop.services import offices, programmes
from dla_desktop.ui.operations import Change, Operations
from dla_desktop.ui.pages.programme.participants_tab import ParticipantsTab
from dla_desktop.ui.pages.programme.programme_page import PROGRAMME_TABS, ProgrammePage
from dla_desktop.ui.pages.programme.volets_tab import VoletsTab
from tests.services.support import snapshot
from tests.ui.support import answer_boxes

TRICKY = "<b>Mécénat & RSE</b> « pistes » 🤝"


def with_two_offices(database: Database) -> Database:
    """The empty file with two offices to choose from (shared with the tabs' tests)."""
    with database.transaction() as session:
        for name in ("DLA du Nord", "CBE de Lille"):
            offices.create_office(session, OfficeDraft(name=name))
    return database


@pytest.fixture
def database(database: Database) -> Database:
    return with_two_offices(database)


def existing(database: Database, **fields: object) -> ProgrammeRecord:
    with database.transaction() as session:
        draft = ProgrammeDraft(**{"title": "Lille 2006", "budget": Decimal(32700), **fields})
        return programmes.create_programme(session, draft)


def stored(database: Database, programme_id: str) -> ProgrammeRecord:
    with database.reading() as session:
        return programmes.get_programme(session, programme_id)


def page_for(qtbot: QtBot, operations: Operations, programme_id: str | None) -> ProgrammePage:
    page = ProgrammePage(operations, programme_id)
    qtbot.addWidget(page)
    page.resize(1100, 750)
    page.show()
    qtbot.waitExposed(page)
    return page


def check_office(page: ProgrammePage, name: str) -> None:
    offices_list = page.general.offices
    item = next(
        offices_list.item(r)
        for r in range(offices_list.count())
        if offices_list.item(r).text() == name
    )
    item.setCheckState(Qt.CheckState.Checked)


def test_a_new_programme_is_created_and_its_other_tabs_open(
    qtbot: QtBot, operations: Operations, database: Database
) -> None:
    # GIVEN a new programme page: only Général is enabled
    page = page_for(qtbot, operations, None)
    assert [page.tabs.isTabEnabled(i) for i in range(page.tabs.count())] == [True] + [False] * len(
        PROGRAMME_TABS
    )
    assert page.title.text() == "Nouveau programme"
    saved: list[str] = []
    page.saved.connect(saved.append)
    # WHEN the coordinator fills the form and saves
    general = page.general
    general.title.setText(TRICKY)
    general.theme.setText("Partenariats")
    general.status.setCurrentIndex(general.status.findData(ProgrammeStatus.EN_COURS.value))
    general.start_date.set_value(date(2006, 1, 10))
    general.end_date.set_value(date(2006, 12, 15))
    general.invited_count.setValue(30)
    general.budget.setText("32 700,50 €")
    general.lessons.setPlainText("Choisir des associations motivées.")
    check_office(page, "CBE de Lille")
    assert page.has_unsaved_changes()
    assert page.save()
    # THEN it is stored as typed, the title line shows it, and the other tabs enable
    (programme_id,) = saved
    record = stored(database, programme_id)
    assert (record.title, record.status, record.budget) == (
        TRICKY,
        ProgrammeStatus.EN_COURS,
        Decimal("32700.50"),
    )
    assert (record.start_date, record.end_date, record.info_meeting_date) == (
        date(2006, 1, 10),
        date(2006, 12, 15),
        None,
    )
    assert record.invited_count == 30
    assert len(record.office_ids) == 1
    assert page.title.text() == TRICKY  # plain text: shown literally
    assert page.subtitle.text() == "En cours · du 10 janvier 2006 au 15 décembre 2006"
    assert all(page.tabs.isTabEnabled(i) for i in range(page.tabs.count()))
    assert isinstance(page.tab(VoletsTab), VoletsTab)
    assert isinstance(page.tab(ParticipantsTab), ParticipantsTab)
    assert not page.has_unsaved_changes()


def test_bad_input_is_explained_under_its_field_and_nothing_is_written(
    qtbot: QtBot, operations: Operations, database: Database
) -> None:
    page = page_for(qtbot, operations, None)
    before = snapshot(database)
    general = page.general
    general.title.setText("   ")
    general.start_date.set_value(date(2006, 3, 1))
    general.end_date.set_value(date(2006, 1, 1))
    general.budget.setText("32.700")  # thousands or decimals? refused rather than guessed
    assert not page.save()
    errors = general.errors
    assert errors.message("title").text().startswith("Intitulé : ")
    assert errors.message("end_date").text().startswith("Date de fin : ne peut pas précéder")
    assert "montant ambigu" in errors.message("budget").text()
    assert errors.message("budget").text().startswith("Budget d'ingénierie : ")
    assert not errors.message("theme").isVisible()
    assert errors.message("budget").isVisible()
    assert snapshot(database) == before
    assert not page.tabs.isTabEnabled(1)
    # fixing the fields saves and clears the messages
    general.title.setText("Lille 2006")
    general.end_date.set_value(None)
    general.budget.setText("32 700")
    assert page.save()
    assert not errors.message("budget").isVisible()
    assert stored(database, page.record.id).end_date is None


def test_an_existing_programme_is_shown_and_edited(
    qtbot: QtBot, operations: Operations, database: Database
) -> None:
    record = existing(database, status=ProgrammeStatus.SUIVI, start_date=date(2006, 1, 10))
    page = page_for(qtbot, operations, record.id)
    assert page.general.title.text() == "Lille 2006"
    assert page.general.budget.text() == "32\u00a0700,00\u00a0€"
    assert page.general.end_date.value() is None
    assert page.subtitle.text() == "Suivi post-accompagnement · à partir du 10 janvier 2006"
    assert not page.has_unsaved_changes()
    page.general.objective.setPlainText(TRICKY)
    assert page.has_unsaved_changes()
    assert page.save()
    after = stored(database, record.id)
    assert (after.objective, after.version) == (TRICKY, record.version + 1)


def test_a_stale_save_offers_to_reload(
    qtbot: QtBot, operations: Operations, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    # GIVEN the page open on a programme that another window then changes
    record = existing(database)
    page = page_for(qtbot, operations, record.id)
    with database.transaction() as session:
        draft = ProgrammeDraft(title="Renommé ailleurs", budget=Decimal(1))
        programmes.update_programme(session, record.id, draft, record.version)
    # WHEN this page saves its own edit
    page.general.theme.setText("Mon thème")
    boxes = answer_boxes(monkeypatch, "Recharger")
    assert not page.save()
    # THEN the save is refused, "Recharger" shows the other window's version
    assert boxes and boxes[0].windowTitle() == "Fiche modifiée ailleurs"
    assert page.general.title.text() == "Renommé ailleurs"
    assert page.general.theme.text() == ""
    assert page.title.text() == "Renommé ailleurs"
    assert stored(database, record.id).theme == ""


@pytest.mark.parametrize(
    ("answer", "leaves", "saved"),
    [("Annuler", False, False), ("Ne pas enregistrer", True, False), ("Enregistrer", True, True)],
)
def test_leaving_with_unsaved_edits_asks(
    qtbot: QtBot,
    operations: Operations,
    database: Database,
    monkeypatch: pytest.MonkeyPatch,
    answer: str,
    leaves: bool,
    saved: bool,
) -> None:
    record = existing(database)
    page = page_for(qtbot, operations, record.id)
    assert page.maybe_leave()  # nothing changed: no question
    boxes = answer_boxes(monkeypatch, answer)
    assert not boxes
    page.general.theme.setText("Nouveau thème")
    assert page.maybe_leave() is leaves
    assert len(boxes) == 1 and "Lille 2006" in boxes[0].text()
    assert (stored(database, record.id).theme == "Nouveau thème") is saved


def test_an_empty_date_opens_its_calendar_on_today(
    qtbot: QtBot, operations: Operations, database: Database
) -> None:
    page = page_for(qtbot, operations, existing(database).id)
    field = page.general.end_date
    assert field.value() is None
    qtbot.mouseClick(
        field, Qt.MouseButton.LeftButton, pos=QPoint(field.width() - 5, field.height() // 2)
    )
    calendar = field.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    today = date.today()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year, today.month)
    assert field.value() is None  # only the page shown moved
    calendar.window().hide()


def test_tabs_refresh_when_shown_after_a_change_elsewhere(
    qtbot: QtBot, operations: Operations, database: Database
) -> None:
    record = existing(database)
    page = page_for(qtbot, operations, record.id)
    volets = page.tab(VoletsTab)
    calls: list[str] = []
    original = volets.refresh
    volets.refresh = lambda: (calls.append("refresh"), original())[1]  # type: ignore[method-assign]
    # a change while Général is in front: the Volets tab waits
    operations.announce(Change.CABINETS)
    assert calls == []
    page.tabs.setCurrentWidget(volets)
    assert calls == ["refresh"]
    # in front, it follows at once; an unrelated change leaves it alone
    operations.announce(Change.CABINETS)
    operations.announce(Change.MEETINGS)
    assert calls == ["refresh", "refresh"]


@pytest.mark.parametrize("number", range(1, len(PROGRAMME_TABS) + 1))
def test_opening_the_page_on_a_tab_reads_it_once(
    qtbot: QtBot,
    operations: Operations,
    database: Database,
    monkeypatch: pytest.MonkeyPatch,
    number: int,
) -> None:
    # GIVEN a programme page built with every tab, not yet shown, on tab ``number``
    record = existing(database)
    tab_type = PROGRAMME_TABS[number - 1][1]
    calls: list[object] = []
    original = tab_type.refresh
    monkeypatch.setattr(tab_type, "refresh", lambda tab: (calls.append(tab), original(tab))[1])
    page = ProgrammePage(operations, record.id)
    qtbot.addWidget(page)
    page.tabs.setCurrentIndex(number)
    assert calls == []  # building reads nothing
    # WHEN it is shown, then another tab and back again
    page.show()
    qtbot.waitExposed(page)
    page.tabs.setCurrentIndex(0)
    page.tabs.setCurrentIndex(number)
    # THEN the tab read once: nothing changed in between
    assert calls == [page.tabs.widget(number)]


def test_the_title_follows_a_change_made_elsewhere(
    qtbot: QtBot, operations: Operations, database: Database
) -> None:
    record = existing(database)
    page = page_for(qtbot, operations, record.id)

    def rename(session: object) -> None:
        draft = ProgrammeDraft(title="Lille 2006 bis", budget=Decimal(32700))
        programmes.update_programme(session, record.id, draft, record.version)  # type: ignore[arg-type]

    operations.write(page, rename, Change.PROGRAMMES)
    assert page.title.text() == "Lille 2006 bis"
    assert page.general.title.text() == "Lille 2006 bis"
