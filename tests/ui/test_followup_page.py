"""Suivi across programmes: filter by programme, late steps marked, double-click opens."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from dla_desktop.db.database import Database
from dla_desktop.services.followup_overview import followup_overview
from dla_desktop.ui.pages.followup_page import DUE_COLUMN, FollowUpPage
from dla_desktop.ui.table_models import RecordTableModel
from tests.ui.support import shown_section


@pytest.fixture
def database(demo_database: Database) -> Database:
    """These tests read and change their own copy of the demo."""
    return demo_database


@pytest.fixture
def page(qtbot: QtBot, database: Database, settings: QSettings) -> FollowUpPage:
    return shown_section(qtbot, FollowUpPage("Suivi", settings=settings), database)


def shown(page: FollowUpPage) -> list:
    model = page.panel.model
    return [model.row_at(row) for row in range(model.rowCount())]


def test_shows_every_participation(page: FollowUpPage, database: Database) -> None:
    with database.reading() as session:
        expected = followup_overview(session)
    assert {(r.programme_id, r.association_id) for r in shown(page)} == {
        (r.programme_id, r.association_id) for r in expected
    }
    assert page.programme_box.count() == 1 + len({r.programme_id for r in expected}) > 2


def test_filter_by_programme(page: FollowUpPage) -> None:
    everything = shown(page)
    programme_id = page.programme_box.itemData(2)
    page.programme_box.setCurrentIndex(2)
    rows = shown(page)
    assert rows and {r.programme_id for r in rows} == {programme_id}
    assert len(rows) == sum(1 for r in everything if r.programme_id == programme_id)
    page.filter_programme(None)
    assert len(shown(page)) == len(everything)


def test_late_steps_are_said_and_can_be_kept_alone(page: FollowUpPage) -> None:
    late = [r for r in shown(page) if r.late]
    assert late, "the demo's 2006 next steps are past"
    model = page.panel.model
    row = next(n for n in range(model.rowCount()) if model.row_at(n).late)
    assert "en retard" in model.index(row, DUE_COLUMN).data()
    page.late_only.setChecked(True)
    assert {r.association_id for r in shown(page)} == {r.association_id for r in late}
    assert page.panel.count_label.text().startswith(str(len(late)))


def test_double_click_opens_programme_or_association(qtbot: QtBot, page: FollowUpPage) -> None:
    table = page.panel.table
    first = page.panel.model.row_at(0)
    for column, expected in (
        (0, ("programme", first.programme_id)),
        (1, ("association", first.association_id)),
    ):
        rect = table.visualRect(page.panel.model.index(0, column))
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        with qtbot.waitSignal(page.record_opened) as opened:
            qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert tuple(opened.args) == expected


def test_search_then_enter_opens_the_only_programme(qtbot: QtBot, page: FollowUpPage) -> None:
    name = shown(page)[0].association_name
    page.focus_search()
    page.panel.search.setText(name)
    assert page.panel.model.shown_count == 1
    with qtbot.waitSignal(page.record_opened) as opened:
        qtbot.keyClick(page.panel.search, Qt.Key.Key_Return)
    assert opened.args[0] == "programme"


def test_model_passes_qtmodeltester(qtmodeltester, page: FollowUpPage) -> None:
    qtmodeltester.check(page.panel.model)
    model = RecordTableModel(page.panel.model.columns, shown(page))
    for column in range(model.columnCount()):
        model.sort(column, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)
