"""The Évaluation tab shows the demo programme's indicators as the service computes them."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from dla_desktop.db.database import Database
from dla_desktop.domain.indicators import Rate
from dla_desktop.domain.money import format_money
from dla_desktop.services import indicators, programmes
from dla_desktop.ui.document_export import DocumentExport, file_name
from dla_desktop.ui.operations import Change, Operations
from dla_desktop.ui.pages.programme.evaluation_tab import EvaluationTab, days
from tests.ui.support import answer_boxes


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


WORKBOOK_SHEETS = [
    "Participants",
    "Volets",
    "Séances",
    "Présences",
    "Budget",
    "Suivi",
    "Partenariats",
    "Indicateurs",
]


def lille_tab(qtbot: QtBot, database: Database) -> EvaluationTab:
    """The Évaluation tab of the demo's Lille programme, shown."""
    with database.reading() as session:
        programme = next(p for p in programmes.list_programmes(session) if "2006" in p.title)
    tab = EvaluationTab(Operations(database), programme.id)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def test_the_workbook_button_writes_one_sheet_per_table(
    qtbot: QtBot, database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # GIVEN the Évaluation tab of the Lille programme
    tab = lille_tab(qtbot, database)
    assert tab.workbook_button.text() == "Classeur Excel…" and tab.workbook_button.isEnabled()
    assert "une feuille par tableau" in tab.workbook_button.toolTip()
    out = tmp_path / "classeur.xlsx"
    suggested: list[str] = []
    monkeypatch.setattr(
        DocumentExport, "ask_file", lambda _self, _title, name: suggested.append(name) or out
    )
    told = answer_boxes(monkeypatch, "Fermer")
    # WHEN the workbook button is clicked
    tab.workbook_button.click()
    qtbot.waitUntil(lambda: len(told) == 1, timeout=20_000)
    # THEN the programme's workbook is written, one sheet per table
    assert tab.indicators is not None
    assert suggested == [file_name("Classeur", tab.indicators.title, suffix=".xlsx")]
    assert suggested[0].startswith("Classeur - ") and suggested[0].endswith(".xlsx")
    workbook = openpyxl.load_workbook(out, read_only=True)
    assert workbook.sheetnames == WORKBOOK_SHEETS
    participants = list(workbook["Participants"].iter_rows(values_only=True))
    assert len(participants) - 1 == tab.indicators.associations
    assert str(out) in told[0].text()


def test_the_workbook_dialog_offers_an_excel_file(
    qtbot: QtBot, database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = lille_tab(qtbot, database)
    asked: list[tuple[str, str]] = []

    def dialog(_parent, _title, start, filters, _selected):  # type: ignore[no-untyped-def]
        asked.append((start, filters))
        return str(tmp_path / "classeur"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    path = tab.export.ask_file("Classeur", "Classeur - Lille.xlsx")
    assert path == tmp_path / "classeur.xlsx"  # the suffix the filter gives
    assert asked[0][1] == "Classeur Excel (*.xlsx)"
    assert asked[0][0].endswith("Classeur - Lille.xlsx")
    # the PDF buttons keep their own filter
    tab.export.ask_file("Rapport", "Rapport.pdf")
    assert asked[1][1] == "Documents PDF (*.pdf)"


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
