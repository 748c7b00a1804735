"""The Planning tab: compute, show the grid, re-plan after a late arrival, print the material."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from dla_desktop.db.database import Database
from dla_desktop.domain.enums import PairPreferenceKind
from dla_desktop.domain.meeting_records import MeetingPreferenceDraft
from dla_desktop.domain.records import MeetingParticipantDraft
from dla_desktop.domain.scheduling import MissingPair, MissingReason
from dla_desktop.services import meeting_outcomes, meeting_schedule, meetings
from dla_desktop.ui.document_export import DocumentExport
from dla_desktop.ui.pages.meeting.planning_tab import PlanningTab
from dla_desktop.ui.pages.meeting.schedule_grid import ScheduleGridModel
from dla_desktop.ui.pages.meeting_page import MeetingPage
from dla_desktop.ui.translations import install_translations, uninstall_translations
from tests.ui.meeting_support import (
    SmallMeeting,
    meeting_page,
    open_tab,
    shoot,
    small_meeting,
    store_schedule,
)
from tests.ui.support import answer_boxes


def planning(qtbot: QtBot, database: Database, meeting_id: str) -> PlanningTab:
    """The Planning tab of the meeting's page, shown (the page stays alive with qtbot)."""
    page = meeting_page(qtbot, database, meeting_id)
    PAGES.append(page)
    tab = open_tab(page, page.planning)
    assert isinstance(tab, PlanningTab)
    return tab


@pytest.fixture(autouse=True)
def _pages() -> Iterator[None]:
    yield
    PAGES.clear()


PAGES: list[MeetingPage] = []  # a tab alone does not keep its page alive


def cell(tab: PlanningTab, row: int, column: int) -> str:
    return tab.grid_model.index(row, column).data()


def header(tab: PlanningTab, section: int, orientation: Qt.Orientation) -> str:
    return tab.grid_model.headerData(section, orientation)


def stored_rounds(database: Database, meeting_id: str) -> list[tuple]:
    with database.reading() as session:
        plan = meeting_schedule.meeting_plan(session, meeting_id)
    assert plan.stored
    return [round_.slots for round_ in plan.schedule.rounds]


def test_the_schedule_is_computed_stored_and_shown_as_a_grid(
    qtbot: QtBot, database: Database
) -> None:
    # GIVEN 3 associations and 4 companies, no schedule yet: one is proposed, not stored
    meeting = small_meeting(database, 3, 4)
    tab = planning(qtbot, database, meeting.id)
    assert tab.plan is not None and not tab.plan.stored
    assert "pas encore enregistré" in tab.state.text()
    assert not tab.print_button.isEnabled()
    # WHEN « Calculer le planning » is clicked
    tab.plan_button.click()
    # THEN it is stored and shown: a row per rotation with its times, a column per table
    assert tab.plan is not None and tab.plan.stored
    assert tab.state.text().startswith("Planning enregistré")
    assert tab.summary.text() == "4 rotations, 12 rencontres, 0 manquante"
    assert (tab.grid_model.rowCount(), tab.grid_model.columnCount()) == (4, 4)
    assert header(tab, 0, Qt.Orientation.Horizontal) == "Table 1\nAsso 1"
    assert header(tab, 3, Qt.Orientation.Horizontal) == "Pauses"
    assert header(tab, 0, Qt.Orientation.Vertical) == "Rotation 1\n14:00 – 14:07"
    assert header(tab, 2, Qt.Orientation.Vertical) == "Rotation 3\n14:24 – 14:31"  # a break
    for row in range(4):
        seated = [cell(tab, row, column) for column in range(3)]
        assert all(name.startswith("Société") for name in seated)
        assert cell(tab, row, 3).startswith("Société")  # 4 companies, 3 tables: one pauses
    assert tab.grid_model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole).startswith("Asso 1 — ")
    assert not tab.missing_box.isVisibleTo(tab)
    assert tab.print_button.isEnabled() and tab.replan_button.isEnabled()
    shoot(tab.window(), "planning")


def test_recomputing_a_stored_schedule_asks_first(
    qtbot: QtBot, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    meeting = small_meeting(database, 3, 3)
    store_schedule(database, meeting.id)
    tab = planning(qtbot, database, meeting.id)
    boxes = answer_boxes(monkeypatch, "Annuler")
    tab.plan_button.click()
    assert len(boxes) == 1 and "déjà enregistré" in boxes[0].text()
    answer_boxes(monkeypatch, "Remplacer")
    tab.plan_button.click()
    assert tab.plan is not None and tab.plan.stored
    assert len(tab.plan.schedule.rounds) == 3


def test_a_company_leaving_early_is_replanned_from_the_round_chosen(
    qtbot: QtBot, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    # GIVEN a stored 3 x 4 schedule, then « Société 1 » leaves after rotation 2
    meeting = small_meeting(database, 3, 4)
    store_schedule(database, meeting.id)
    before = stored_rounds(database, meeting.id)
    leave_early(database, meeting, meeting.companies[0], after=2)
    tab = planning(qtbot, database, meeting.id)
    # WHEN the schedule is re-planned from rotation 3
    asked: list[int] = []
    monkeypatch.setattr(PlanningTab, "ask_round", lambda self, rounds: asked.append(rounds) or 3)
    tab.replan_button.click()
    # THEN rotations 1 and 2 are kept as they were held, and the pairs it misses are said
    assert asked == [4]
    after = stored_rounds(database, meeting.id)
    assert after[:2] == before[:2]
    assert all(slot.company != meeting.companies[0] for round_ in after[2:] for slot in round_)
    reasons = {tab.missing.model.row_at(r).reason for r in range(tab.missing.model.rowCount())}
    met_before = {
        s.association for round_ in before[:2] for s in round_ if s.company == meeting.companies[0]
    }
    assert tab.missing.model.rowCount() == 3 - len(met_before)
    assert reasons <= {"absent(e) à ce moment"}
    assert tab.missing_box.isVisibleTo(tab)
    assert tab.missing_box.title() == f"Rencontres qui n'auront pas lieu ({3 - len(met_before)})"
    shoot(tab.window(), "planning_replanned")


def leave_early(database: Database, meeting: SmallMeeting, party_id: str, *, after: int) -> None:
    with database.transaction() as session:
        record = meetings.get_participant(session, meeting.participants[party_id])
        draft = MeetingParticipantDraft(
            meeting_id=meeting.id, company_id=party_id, leaves_after_round=after
        )
        meetings.update_participant(session, record.id, draft, record.version)


def test_a_pair_to_avoid_is_listed_as_missing_with_its_reason(
    qtbot: QtBot, database: Database
) -> None:
    meeting = small_meeting(database, 2, 2)
    with database.transaction() as session:
        meeting_outcomes.add_preference(
            session,
            MeetingPreferenceDraft(
                meeting_id=meeting.id,
                association_id=meeting.associations[0],
                company_id=meeting.companies[1],
                kind=PairPreferenceKind.EXCLUDED,
            ),
        )
    tab = planning(qtbot, database, meeting.id)
    tab.plan_button.click()
    assert tab.summary.text() == "2 rotations, 3 rencontres, 1 manquante"
    row = tab.missing.model.row_at(0)
    assert (row.association, row.company, row.reason) == (
        "Asso 1",
        "Société 2",
        "à éviter (demande d'un participant)",
    )


def test_the_reasons_follow_the_interface_language(
    qtbot: QtBot, qapp: QApplication, database: Database
) -> None:
    meeting = small_meeting(database, 2, 2)
    tab = planning(qtbot, database, meeting.id)
    pairs = [
        MissingPair("a", "c", MissingReason.TIME, 3),
        MissingPair("a", "c", MissingReason.TIME, 1),
        MissingPair("a", "c", MissingReason.TIME),
        MissingPair("a", "c", MissingReason.ABSENT),
    ]
    # In French, the domain's own sentences
    assert [tab.reason_text(pair) for pair in pairs] == [pair.label for pair in pairs]
    assert tab.reason_text(pairs[0]) == "faute de temps (3 rotations)"
    assert tab.reason_text(pairs[1]) == "faute de temps (1 rotation)"
    install_translations(qapp, QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    try:
        english = [tab.reason_text(pair) for pair in pairs]
    finally:
        uninstall_translations(qapp)
    assert english == [
        "for lack of time (3 rounds)",
        "for lack of time (1 round)",
        "for lack of time",
        "absent at that time",
    ]


def test_a_meeting_without_participants_says_why_nothing_is_planned(
    qtbot: QtBot, database: Database
) -> None:
    meeting = small_meeting(database, 0, 0)
    tab = planning(qtbot, database, meeting.id)
    assert tab.state.text()  # the service's French reason
    assert not tab.plan_button.isEnabled() and not tab.print_button.isEnabled()
    assert tab.grid_model.rowCount() == 0


def test_the_printed_material_goes_into_the_chosen_folder(
    qtbot: QtBot, database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    meeting = small_meeting(database, 3, 4)
    store_schedule(database, meeting.id)
    tab = planning(qtbot, database, meeting.id)
    folder = tmp_path / "impression"
    folder.mkdir()
    monkeypatch.setattr(DocumentExport, "ask_folder", lambda self, title: folder)
    told = answer_boxes(monkeypatch, "Fermer")
    tab.print_button.click()
    qtbot.waitUntil(lambda: len(told) == 1, timeout=30_000)
    written = sorted(folder.glob("*.pdf"))
    assert len(written) >= 5  # grid, agendas, table cards, participants, rules
    assert str(folder) in told[0].text()
    assert any(button.text() == "Ouvrir le dossier" for button in told[0].buttons())
    text = "\n".join(page.extract_text() for path in written for page in PdfReader(path).pages)
    assert "Asso 1" in text and "Société 4" in text


def test_printing_an_unsaved_schedule_says_to_compute_it_first(
    qtbot: QtBot, database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    meeting = small_meeting(database, 2, 2)
    tab = planning(qtbot, database, meeting.id)
    monkeypatch.setattr(DocumentExport, "ask_folder", lambda self, title: tmp_path)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: said.append(text))
    tab.print_documents()  # the button is disabled; the flow still refuses
    qtbot.waitUntil(lambda: bool(said), timeout=10_000)
    assert said == ["Aucun planning enregistré : calculez d'abord le planning."]
    assert list(tmp_path.glob("*.pdf")) == []


def test_the_demo_meeting_is_scheduled_in_ten_rotations(
    qtbot: QtBot, demo_database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    with demo_database.reading() as session:
        first = meetings.list_meetings(session)[-1]  # the oldest: 10 x 10
    tab = planning(qtbot, demo_database, first.id)
    answer_boxes(monkeypatch, "Remplacer")  # the demo may already hold one
    tab.plan_button.click()
    assert tab.summary.text() == "10 rotations, 100 rencontres, 0 manquante"
    assert tab.grid_model.columnCount() == 11
    shoot(tab.window(), "planning_demo")


def test_the_grid_model_passes_qtmodeltester(
    qtmodeltester, qtbot: QtBot, database: Database
) -> None:  # type: ignore[no-untyped-def]
    meeting = small_meeting(database, 3, 4)
    with database.reading() as session:
        plan = meeting_schedule.plan_meeting(session, meeting.id)
    model = ScheduleGridModel()
    model.set_plan(plan)
    qtmodeltester.check(model)
    model.set_plan(None)
    qtmodeltester.check(model)
