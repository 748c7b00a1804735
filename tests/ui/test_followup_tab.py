"""The Suivi tab: planned days edited, an action added, an answer typed in, on the demo."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from pytestqt.qtbot import QtBot

from dla_desktop.db.database import Database
from dla_desktop.domain.enums import FollowUpKind
from dla_desktop.services import enrolment, followup, programmes
from dla_desktop.ui.dialogs.answer_dialog import AnswerDialog
from dla_desktop.ui.dialogs.followup_action_dialog import FollowupActionDialog
from dla_desktop.ui.operations import Operations
from dla_desktop.ui.pages.programme.followup_tab import FollowupTab


@pytest.fixture
def database(demo_database: Database) -> Database:
    """This module's tests run on a copy of the demo (conftest writes it once per run)."""
    return demo_database


@pytest.fixture
def programme_id(database: Database) -> str:
    with database.reading() as session:
        rows = programmes.list_programmes(session)
    return next(row.id for row in rows if "2006" in row.title)


@pytest.fixture
def tab(qtbot: QtBot, database: Database, programme_id: str) -> FollowupTab:
    widget = FollowupTab(Operations(database), programme_id)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.participant_table.selectRow(1)
    return widget


def test_models_pass_the_model_tester(tab: FollowupTab, qtmodeltester) -> None:  # noqa: ANN001
    for model in (tab.participant_model, tab.action_model, tab.wave_model):
        qtmodeltester.check(model)
    assert tab.participant_model.rowCount() > 0 and tab.wave_model.rowCount() > 0


def test_editing_planned_days_is_stored_and_shown(
    tab: FollowupTab, database: Database, programme_id: str
) -> None:
    chosen = tab.current()
    assert chosen is not None
    tab.planned.setValue(float(chosen.planned) + 2)
    tab.save_planned.click()
    with database.reading() as session:
        stored = {
            r.association_id: r.followup_days_planned
            for r in enrolment.list_participants(session, programme_id)
        }
    assert stored[chosen.association_id] == chosen.planned + 2
    assert tab.current() is not None and tab.current().association_id == chosen.association_id
    row = tab.participant_model.row_of(tab.current())
    assert tab.participant_model.index(row, 1).data() == (
        tab.participant_model.columns[1].display(chosen.planned + 2)
    )


def test_adding_an_action_adds_its_days_to_those_done(
    tab: FollowupTab, database: Database, programme_id: str
) -> None:
    chosen = tab.current()
    assert chosen is not None
    actions_before = tab.action_model.rowCount()
    dialog = FollowupActionDialog(
        tab._operations, programme_id, chosen.association_id, chosen.name, None, tab
    )
    dialog.date.set_value(date(2007, 2, 1))
    dialog.kind.setCurrentIndex(dialog.kind.findData(FollowUpKind.TELEPHONE))
    dialog.duration.setValue(0.5)
    dialog.note.setPlainText("Appel <b>& suivi</b> 📞")
    dialog.accept()
    assert dialog.result()
    assert tab.action_model.rowCount() == actions_before + 1
    assert tab.current().done == chosen.done + Decimal("0.5")
    with database.reading() as session:
        notes = [a.note for a in followup.list_followup_actions(session, programme_id)]
    assert "Appel <b>& suivi</b> 📞" in notes


def test_recording_an_answer(tab: FollowupTab, database: Database, programme_id: str) -> None:
    rows = [tab.wave_model.row_at(r) for r in range(tab.wave_model.rowCount())]
    wave = next(w for w in rows if w.record.answered_on is None)
    dialog = AnswerDialog(tab._operations, wave.record, wave.association_name, tab)
    dialog.answered_on.set_value(date(2007, 1, 20))
    dialog.obtained.setCurrentIndex(dialog.obtained.findData(False))
    dialog.jobs_consolidated.setValue(2)
    dialog.accept()
    assert dialog.result()
    with database.reading() as session:
        stored = followup.get_questionnaire(session, wave.record.id)
    assert (stored.answered_on, stored.partnership_obtained) == (date(2007, 1, 20), False)
    assert stored.jobs_consolidated == 2
    answered = sum(
        1 for r in range(tab.wave_model.rowCount())
        if tab.wave_model.row_at(r).record.answered_on is not None
    )  # fmt: skip
    assert tab.response_rate.text().startswith(f"{answered} réponses")


def test_an_answer_before_sending_is_refused_under_the_field(
    tab: FollowupTab, database: Database
) -> None:
    wave = tab.wave_model.row_at(0)
    dialog = AnswerDialog(tab._operations, wave.record, wave.association_name, tab)
    dialog.show()
    dialog.answered_on.set_value(date(2000, 1, 1))
    dialog.accept()
    assert not dialog.result()
    assert dialog.errors.message("answered_on").isVisible()
    with database.reading() as session:
        assert followup.get_questionnaire(session, wave.record.id) == wave.record
