"""The meeting page: the Fiche's new fields, the tabs waiting for a first save, Participants."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from dla_desktop.db.database import Database
from dla_desktop.domain.enums import PairPreferenceKind
from dla_desktop.domain.meeting_records import MeetingPreferenceDraft
from dla_desktop.services import meeting_outcomes, meetings
from dla_desktop.ui.dialogs.form_fields import select_data
from dla_desktop.ui.dialogs.meeting_participant_dialog import ParticipantDialog, RegisterDialog
from dla_desktop.ui.dialogs.meeting_preference_dialog import PreferenceDialog
from tests.ui.meeting_support import meeting_page, open_tab, run_dialog, shoot, small_meeting
from tests.ui.support import answer_boxes


def test_a_new_meeting_keeps_its_organisers_breaks_and_rotations(
    qtbot: QtBot, database: Database
) -> None:
    # GIVEN a new meeting: its other tabs wait for the first save
    page = meeting_page(qtbot, database, None)
    assert not any(page.tabs.isTabEnabled(index) for index in range(1, page.tabs.count()))
    page.title_edit.setText("Speed dating de Vierzon")
    page.organisers.setText("DLA du Cher, club <RSE> & Cie")
    page.break_every.setValue(4)
    page.break_minutes.setValue(15)
    page.rounds_available.setValue(6)
    # WHEN it is saved
    assert page.save()
    # THEN the fields are stored and the tabs open
    stored = page.operations.read(lambda s: meetings.get_meeting(s, page.record.id))
    assert (stored.organisers, stored.break_every, stored.break_minutes) == (
        "DLA du Cher, club <RSE> & Cie",
        4,
        15,
    )
    assert stored.rounds_available == 6
    assert all(page.tabs.isTabEnabled(index) for index in range(1, page.tabs.count()))
    assert not page.has_unsaved_changes()
    # AND "tous se rencontrent" (the spin's empty value) stores no limit
    page.rounds_available.setValue(0)
    assert page.rounds_available.text() == "tous se rencontrent"
    assert page.save()
    assert (
        page.operations.read(lambda s: meetings.get_meeting(s, page.record.id)).rounds_available
        is None
    )


def test_a_break_too_long_is_said_under_its_field_and_nothing_written(
    qtbot: QtBot, database: Database
) -> None:
    meeting = small_meeting(database)
    page = meeting_page(qtbot, database, meeting.id)
    page.break_minutes.setValue(150)
    assert not page.save()
    message = page.errors.message("break_minutes")
    assert message.isVisibleTo(page) and message.text().startswith("Durée d'une pause : ")
    stored = page.operations.read(lambda s: meetings.get_meeting(s, meeting.id))
    assert stored.break_minutes == 10
    shoot(page, "fiche_error")


def test_associations_and_companies_are_registered_from_the_lists(
    qtbot: QtBot, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    # GIVEN a meeting of 3 associations and 4 companies, and one company not registered
    meeting = small_meeting(database, 3, 4)
    with database.transaction() as session:
        from dla_desktop.domain.enums import CompanySize
        from dla_desktop.domain.records import CompanyDraft
        from dla_desktop.services import companies

        companies.create_company(
            session, CompanyDraft(name="Nouvelle Société", size=CompanySize.PME)
        )
    page = meeting_page(qtbot, database, meeting.id)
    tab = open_tab(page, page.participants)
    assert tab.participants.model.rowCount() == 7

    def choose_all(dialog: RegisterDialog) -> int:
        offered = [dialog.panel.model.row_at(r).name for r in range(dialog.panel.model.rowCount())]
        assert offered == ["Nouvelle Société"]  # the registered ones are not offered again
        dialog.panel.table.selectAll()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RegisterDialog, "exec", choose_all)
    # WHEN the company is chosen in « Inscrire des entreprises… »
    tab.findChild(type(tab.edit_button), "register_companies").click()
    # THEN it is registered and listed
    assert tab.participants.model.rowCount() == 8
    assert any(p.name == "Nouvelle Société" for p in tab.parties)


def test_a_late_arrival_and_an_early_departure_are_edited_in_the_dialog(
    qtbot: QtBot, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    meeting = small_meeting(database)
    page = meeting_page(qtbot, database, meeting.id)
    tab = open_tab(page, page.participants)
    tab.participants.table.selectRow(0)

    def fill(dialog: ParticipantDialog) -> None:
        assert dialog.arrives_at_round.text() == "dès le début"
        dialog.representatives.setText("Claire Martin")
        dialog.arrives_at_round.setValue(2)
        dialog.leaves_after_round.setValue(3)

    run_dialog(monkeypatch, ParticipantDialog, fill)
    tab.edit_button.click()
    first = meeting.participants[meeting.associations[0]]
    stored = page.operations.read(lambda s: meetings.get_participant(s, first))
    assert (stored.representatives, stored.arrives_at_round, stored.leaves_after_round) == (
        "Claire Martin",
        2,
        3,
    )
    row = tab.participants.model.row_at(0)
    assert (row.arrives_at_round, row.leaves_after_round) == (2, 3)
    shoot(tab, "participants_late")


def test_an_arrival_after_the_departure_is_refused_in_the_dialog(
    qtbot: QtBot, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    meeting = small_meeting(database)
    page = meeting_page(qtbot, database, meeting.id)
    tab = open_tab(page, page.participants)
    tab.participants.table.selectRow(0)

    def fill(dialog: ParticipantDialog) -> None:
        dialog.arrives_at_round.setValue(4)
        dialog.leaves_after_round.setValue(2)

    seen = run_dialog(monkeypatch, ParticipantDialog, fill)
    tab.edit_button.click()
    messages = [seen[0].message("arrives_at_round"), seen[0].message("leaves_after_round")]
    assert any(messages)
    assert seen[0].result() != QDialog.DialogCode.Accepted


def test_wishes_are_added_changed_and_removed(
    qtbot: QtBot, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    meeting = small_meeting(database)
    page = meeting_page(qtbot, database, meeting.id)
    tab = open_tab(page, page.participants)

    def add(dialog: PreferenceDialog) -> None:
        select_data(dialog.association, meeting.associations[1])
        select_data(dialog.company, meeting.companies[2])
        select_data(dialog.kind, PairPreferenceKind.EXCLUDED)
        dialog.note.setText("demandé par l'association")

    run_dialog(monkeypatch, PreferenceDialog, add)
    tab.add_preference_button.click()
    row = tab.preferences.model.row_at(0)
    assert (row.association, row.company, row.note) == (
        "Asso 2",
        "Société 3",
        "demandé par l'association",
    )
    assert tab.preferences.table.model().index(0, 2).data() == "À éviter"

    # WHEN the wish is changed to "to meet": it replaces the first (one row, new kind)
    def change(dialog: PreferenceDialog) -> None:
        assert dialog.note.text() == "demandé par l'association"
        select_data(dialog.kind, PairPreferenceKind.REQUESTED)

    run_dialog(monkeypatch, PreferenceDialog, change)
    tab.preferences.table.selectRow(0)
    tab.edit_preference_button.click()
    wishes = page.operations.read(lambda s: meeting_outcomes.list_preferences(s, meeting.id))
    assert [(w.company_id, w.kind) for w in wishes] == [
        (meeting.companies[2], PairPreferenceKind.REQUESTED)
    ]
    shoot(page, "participants")
    # AND removed after asking
    answer_boxes(monkeypatch, "Retirer")
    tab.preferences.table.selectRow(0)
    tab.remove_preference_button.click()
    assert tab.preferences.model.rowCount() == 0


def test_a_wish_changed_elsewhere_is_not_overwritten(
    qtbot: QtBot, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    # GIVEN a wish shown in the tab, then changed elsewhere (another window or office)
    meeting = small_meeting(database)
    draft = MeetingPreferenceDraft(
        meeting_id=meeting.id,
        association_id=meeting.associations[0],
        company_id=meeting.companies[0],
        kind=PairPreferenceKind.REQUESTED,
        note="ici",
    )
    with database.transaction() as session:
        first = meeting_outcomes.add_preference(session, draft)
    page = meeting_page(qtbot, database, meeting.id)
    tab = open_tab(page, page.participants)
    assert tab.preferences.model.row_at(0).note == "ici"
    # WHEN the tab's copy is changed after another window changed the wish, whether the
    # tab's copy keeps the pair or moves to another one
    companies = iter([meeting.companies[0], meeting.companies[1]])

    def change(dialog: PreferenceDialog) -> None:
        select_data(dialog.company, next(companies))
        dialog.note.setText("écrasé ?")

    seen = run_dialog(monkeypatch, PreferenceDialog, change)
    boxes = answer_boxes(monkeypatch, "Recharger")
    for note in ("ailleurs", "encore ailleurs"):
        with database.transaction() as session:
            stored = meeting_outcomes.list_preferences(session, meeting.id)[0]
            elsewhere = replace(draft, kind=PairPreferenceKind.EXCLUDED, note=note)
            meeting_outcomes.update_preference(session, first.id, elsewhere, stored.version)
        tab.preferences.table.selectRow(0)
        tab.edit_preference_button.click()
        # THEN refused: "Recharger" closes the dialog and the tab reads the wish again
        assert seen[-1].result() != QDialog.DialogCode.Accepted
        assert "modifiée entre-temps" in boxes[-1].text()
        assert tab.preferences.model.row_at(0).note == note
    wishes = page.operations.read(lambda s: meeting_outcomes.list_preferences(s, meeting.id))
    assert [(w.company_id, w.kind, w.note) for w in wishes] == [
        (meeting.companies[0], PairPreferenceKind.EXCLUDED, "encore ailleurs")
    ]
    # AND the wish read now changes pair: the old one is replaced
    companies = iter([meeting.companies[1]])
    tab.preferences.table.selectRow(0)
    tab.edit_preference_button.click()
    assert seen[-1].result() == QDialog.DialogCode.Accepted
    wishes = page.operations.read(lambda s: meeting_outcomes.list_preferences(s, meeting.id))
    assert [(w.company_id, w.note) for w in wishes] == [(meeting.companies[1], "écrasé ?")]


def test_the_fiche_still_saves_after_the_schedule_was_computed(
    qtbot: QtBot, database: Database
) -> None:
    # GIVEN a schedule computed from the Planning tab of the page
    meeting = small_meeting(database)
    page = meeting_page(qtbot, database, meeting.id)
    open_tab(page, page.planning)
    page.planning.plan_button.click()
    assert page.planning.plan is not None and page.planning.plan.stored
    # WHEN the Fiche is changed and saved, THEN it is not refused as changed elsewhere
    open_tab(page, page.tabs.widget(0))
    page.organisers.setText("CCI du Cher")
    assert page.save()
    assert page.operations.read(lambda s: meetings.get_meeting(s, meeting.id)).organisers == (
        "CCI du Cher"
    )


def test_a_participant_double_clicked_opens_its_record(qtbot: QtBot, database: Database) -> None:
    meeting = small_meeting(database)
    page = meeting_page(qtbot, database, meeting.id)
    tab = open_tab(page, page.participants)
    opened: list[tuple[str, str]] = []
    page.record_opened.connect(lambda kind, id: opened.append((kind, id)))
    tab.participants.row_activated.emit(tab.participants.model.row_at(3))
    assert opened == [("company", meeting.companies[0])]
