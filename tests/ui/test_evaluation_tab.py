"""The Évaluation tab shows the demo programme's indicators as the service computes them."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from dla_desktop.db.database import Database
from dla_desktop.domain.indicators import Rate
from dla_desktop.domain.money import format_money
from dla_desktop.services import indicators, programmes
from dla_desktop.ui.operations import Change, Operations
from dla_desktop.ui.pages.programme.evaluation_tab import EvaluationTab, days


@pytest.fixture
def database(demo_database: Database) -> Database:
    """This module's tests run on a copy of the demo (conftest writes it once per run)."""
    return demo_database


@pytest.mark.parametrize("year", ["2006", "2027"])
def test_figures_on_screen_are_the_services(qtbot: QtBot, database: Database, year: str) -> None:
    with database.reading() as session:
        programme = next(p for p in programmes.list_programmes(session) if year in p.title)
        found = indicators.programme_indicators(session, programme.id)
    tab = EvaluationTab(Operations(database), programme.id)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    shown = {name: label.text() for name, label in tab.figures.items()}
    assert shown["associations"] == str(found.associations)
    assert shown["jobs_headcount"] == str(found.jobs_headcount)
    assert shown["jobs_fte"] == days(found.jobs_fte)
    assert shown["budget"] == format_money(found.budget.budget)
    assert shown["funded"] == format_money(found.budget.funded)
    assert shown["sessions_held"] == str(found.sessions_held)
    assert shown["attendance"] == tab.rate(found.attendance)
    assert shown["followup_days_planned"] == days(found.followup_days_planned)
    assert shown["followup_days_done"] == days(found.followup_days_done)
    assert shown["questionnaires_sent"] == str(found.questionnaires_sent)
    assert shown["questionnaire_responses"] == tab.rate(found.questionnaire_responses)
    assert shown["partnerships_obtained"] == str(found.partnerships_obtained)
    for category, count in found.partnerships_by_category:
        assert shown[f"category_{category.value}"] == str(count)
    assert len([n for n in shown if n.startswith("volet_")]) == len(found.budget.volets)
    respondents = found.partnership_respondents
    if respondents.total:
        expected = f"{respondents.count} association"
        assert shown["partnership_respondents"].startswith(expected)
        assert shown["partnership_respondents"].endswith(f"sur {respondents.total}")


def test_rates_read_the_french_way(qtbot: QtBot, database: Database) -> None:
    with database.reading() as session:
        programme = programmes.list_programmes(session)[0]
    tab = EvaluationTab(Operations(database), programme.id)
    qtbot.addWidget(tab)
    rate = Rate(1, 6)
    assert tab.rate(rate) == "16,7 % (1 sur 6)"
    assert tab.associations_rate(rate) == "1 association sur 6"
    assert tab.rate(Rate(0, 0)) == "—"


def test_the_workbook_button_waits_for_the_spreadsheets(qtbot: QtBot, database: Database) -> None:
    # The PDF buttons work (tests/ui/test_document_export.py); the workbook comes with issue 5.
    with database.reading() as session:
        programme = programmes.list_programmes(session)[0]
    tab = EvaluationTab(Operations(database), programme.id)
    qtbot.addWidget(tab)
    assert tab.report_button.isEnabled() and tab.dossiers_button.isEnabled()
    workbook = next(b for b in tab.findChildren(QPushButton) if b.text() == "Classeur Excel")
    assert not workbook.isEnabled()
    assert "tableurs" in workbook.toolTip()


def test_a_change_elsewhere_is_shown_when_visible(qtbot: QtBot, database: Database) -> None:
    with database.reading() as session:
        programme = programmes.list_programmes(session)[0]
    operations = Operations(database)
    tab = EvaluationTab(operations, programme.id)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    first = tab.indicators
    operations.announce(Change.BUDGET)
    assert tab.indicators is not first  # read again
    tab.hide()
    operations.announce(Change.BUDGET)
    assert tab._stale
