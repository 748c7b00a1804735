"""Tableau de bord: the cards say what the service computes; charts have a bar per item."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from pytestqt.qtbot import QtBot

from dla_desktop.db.database import Database
from dla_desktop.domain.dashboard import Dashboard
from dla_desktop.domain.money import format_money
from dla_desktop.domain.records import ProgrammeDraft
from dla_desktop.services import programmes
from dla_desktop.services.dashboard import dashboard
from dla_desktop.ui.operations import Change, Operations
from dla_desktop.ui.pages.dashboard_page import DashboardPage
from tests.ui.support import shown_section


@pytest.fixture
def demo(demo_database: Database) -> Database:
    """These tests read and change their own copy of the demo."""
    return demo_database


def shown_page(qtbot: QtBot, database: Database, tmp_path: Path) -> DashboardPage:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    return shown_section(qtbot, DashboardPage("Tableau de bord", settings=settings), database)


def expected(database: Database) -> Dashboard:
    with database.reading() as session:
        return dashboard(session)


def test_cards_show_the_service_figures(qtbot: QtBot, demo: Database, tmp_path: Path) -> None:
    page = shown_page(qtbot, demo, tmp_path)
    figures = expected(demo)
    assert figures.programmes > 0 and figures.associations > 0
    locale = QLocale()
    assert page.stack.currentIndex() == 1
    assert page.cards["programmes"].value.text() == locale.toString(figures.programmes)
    assert page.cards["associations"].value.text() == locale.toString(figures.associations)
    assert page.cards["jobs"].value.text() == locale.toString(figures.jobs_headcount)
    assert page.cards["budget"].value.text() == format_money(figures.budget, cents=False)
    assert page.cards["partnerships"].value.text() == locale.toString(figures.partnerships_obtained)


def test_charts_have_one_slice_or_bar_per_item(
    qtbot: QtBot, demo: Database, tmp_path: Path
) -> None:
    page = shown_page(qtbot, demo, tmp_path)
    figures = expected(demo)
    assert page.category_chart.slice_count() == len(figures.by_category) > 0
    years = len(figures.by_year) + (1 if figures.undated_partnerships else 0)
    assert page.year_chart.bar_count() == years > 0
    assert page.budget_chart.bar_count() == len(figures.per_programme) == figures.programmes
    assert page.associations_chart.bar_count() == figures.programmes


def test_empty_database_shows_a_friendly_sentence(
    qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    page = shown_page(qtbot, database, tmp_path)
    assert page.stack.currentIndex() == 0
    assert "Rien à afficher" in page.empty_label.text()
    assert page.figures is not None and page.figures.is_empty


def test_follows_changes_made_elsewhere(qtbot: QtBot, demo: Database, tmp_path: Path) -> None:
    page = shown_page(qtbot, demo, tmp_path)
    operations = page._operations
    assert operations is not None
    before = expected(demo).programmes
    operations.write(
        None,
        lambda s: programmes.create_programme(
            s, ProgrammeDraft(title="Nouveau <programme> & 🎭", budget=Decimal(1000))
        ),
        Change.PROGRAMMES,
    )
    assert page.cards["programmes"].value.text() == QLocale().toString(before + 1)
    assert page.budget_chart.bar_count() == before + 1


def test_hidden_page_waits_until_shown(qtbot: QtBot, demo: Database, tmp_path: Path) -> None:
    page = DashboardPage("Tableau de bord")
    qtbot.addWidget(page)
    page.set_operations(Operations(demo))
    assert page.figures is None  # not read while hidden
    page.show()
    qtbot.waitExposed(page)
    assert page.figures == expected(demo)
    page.set_operations(None)
    assert page.stack.currentIndex() == 0


def test_clicking_a_programme_bar_opens_it(qtbot: QtBot, demo: Database, tmp_path: Path) -> None:
    page = shown_page(qtbot, demo, tmp_path)
    programmes_shown = expected(demo).per_programme
    bar_set = page.budget_chart.series.barSets()[0]
    with qtbot.waitSignal(page.record_opened) as opened:
        bar_set.clicked.emit(0)  # Qt's first bar is drawn at the bottom: the last programme
    assert opened.args == ["programme", programmes_shown[-1].programme_id]
