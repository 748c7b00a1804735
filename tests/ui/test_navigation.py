"""The main window's navigation, list pages, recent files and file menu, on the demo base."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from dla_desktop.app import connect_files, make_application
from dla_desktop.db.database import open_database
from dla_desktop.domain.records import AssociationDraft
from dla_desktop.services import associations
from dla_desktop.ui.main_window import PAGE_KEYS, MainWindow
from dla_desktop.ui.operations import Change
from dla_desktop.ui.pages.list_pages import ListPage
from dla_desktop.ui.pages.partnerships_page import PartnershipsPage


@pytest.fixture
def window(
    qtbot: QtBot, demo_file: Path, tmp_path: Path, settings: QSettings
) -> Iterator[MainWindow]:
    """The window on this test's own copy of the demo, which it may change."""
    make_application()
    copy = tmp_path / "demo.dla"
    shutil.copyfile(demo_file, copy)
    window = MainWindow(open_database(copy), settings=settings)
    qtbot.addWidget(window)
    connect_files(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.set_database(None)


def list_page(window: MainWindow, key: str) -> ListPage:
    """The list of a section (the partnerships section holds its list beside the board)."""
    page = window.page(key)
    if isinstance(page, PartnershipsPage):
        page = page.list_page
    assert isinstance(page, ListPage)
    return page


def test_ctrl_digits_switch_pages(qtbot: QtBot, window: MainWindow) -> None:
    for number, key in enumerate(PAGE_KEYS, start=1):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert window.current_page_key() == key
        assert window.navigation.currentRow() == number - 1


def test_ctrl_f_focuses_the_current_pages_search(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page("companies")
    window.navigation.setFocus()
    qtbot.keyClick(window.navigation, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    search = list_page(window, "companies").panel.search
    qtbot.waitUntil(lambda: QApplication.focusWidget() is search)
    # and again once the focus is already inside the page
    list_page(window, "companies").panel.table.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is search


def test_the_associations_page_lists_and_filters_the_demo(window: MainWindow) -> None:
    window.show_page("associations")
    panel = list_page(window, "associations").panel
    assert panel.model.total_count == 35
    assert panel.count_label.text() == "35 sur 35"
    panel.search.setText("culture")
    assert 0 < panel.model.shown_count < 35
    assert all(
        "culture" in row.sector.lower() or "culture" in row.activity.lower()
        for row in map(panel.model.row_at, range(panel.model.shown_count))
    )
    panel.search.clear()
    assert panel.model.shown_count == 35


def test_search_ignores_accents(window: MainWindow) -> None:
    # The association list has no volet column yet, so "Mécénat" is searched where it shows.
    window.show_page("partnerships")
    panel = list_page(window, "partnerships").panel
    panel.search.setText("mecenat")
    assert 0 < panel.model.shown_count < panel.model.total_count
    assert panel.count_label.text() == f"{panel.model.shown_count} sur {panel.model.total_count}"


def test_every_list_page_shows_the_demo(window: MainWindow) -> None:
    for key in ("programmes", "companies", "cabinets", "partnerships", "meetings"):
        window.show_page(key)
        assert list_page(window, key).panel.model.total_count > 0, key


def test_a_write_refreshes_the_list_shown(window: MainWindow) -> None:
    # GIVEN the associations page in front
    window.show_page("associations")
    panel = list_page(window, "associations").panel
    assert window.operations is not None
    # WHEN an association is created through the operations runner
    window.operations.write(
        window,
        lambda session: associations.create_association(
            session, AssociationDraft(name="Les Amis du Théâtre")
        ),
        Change.ASSOCIATIONS,
    )
    # THEN the page has read its rows again
    assert panel.model.total_count == 36
    panel.search.setText("amis du theatre")
    assert panel.model.shown_count == 1


def test_hidden_pages_read_only_when_shown(window: MainWindow) -> None:
    companies = list_page(window, "companies")
    assert companies.panel.model.total_count == 0  # never shown yet
    window.show_page("companies")
    assert companies.panel.model.total_count > 0


def test_a_record_opened_from_a_list_names_its_kind_and_id(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.show_page("cabinets")
    panel = list_page(window, "cabinets").panel
    first = panel.model.row_at(0)
    with qtbot.waitSignal(window.record_opened) as opened:
        panel.row_activated.emit(first)
    assert opened.args == ["cabinet", first.id]


def test_recent_files_are_remembered_and_a_vanished_one_dropped(
    qtbot: QtBot,
    demo_file: Path,
    tmp_path: Path,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    make_application()
    gone = tmp_path / "ancienne.dla"
    settings.setValue("recent_files", [str(gone)])
    window = MainWindow(open_database(demo_file), settings=settings)
    qtbot.addWidget(window)
    assert window.recent_files() == [demo_file, gone]
    reopened = MainWindow(settings=settings)
    qtbot.addWidget(reopened)
    assert reopened.recent_files() == [demo_file, gone]
    # WHEN the user picks the file that no longer exists
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    window.open_recent(gone)
    # THEN it is explained and dropped
    assert "« " + str(gone) + " » n’existe plus" in warned[0]
    assert window.recent_files() == [demo_file]
    window.set_database(None)


def test_at_most_five_recent_files(qtbot: QtBot, tmp_path: Path, settings: QSettings) -> None:
    make_application()
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    for number in range(7):
        window._remember_file(tmp_path / f"{number}.dla")
    assert window.recent_files() == [tmp_path / f"{n}.dla" for n in (6, 5, 4, 3, 2)]
    actions = window.findChild(QAction, "open_action").parent().findChild(object, "recent_menu")
    assert len(actions.actions()) == 5


def test_a_refused_file_keeps_the_current_one_open(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bogus = tmp_path / "liste.dla"
    bogus.write_text("Nom;SIRET\n", encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    window.show_page("associations")
    operations = window.operations
    opened = window.database.path if window.database is not None else None
    window.open_recent(bogus)
    assert shown and "liste.dla" in shown[0]
    assert window.database is not None and window.database.path == opened
    assert window.operations is operations
    assert list_page(window, "associations").panel.model.total_count == 35


def test_a_new_base_is_created_and_asks_for_its_office(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[bool] = []
    monkeypatch.setattr(window, "choose_new_file", lambda: tmp_path / "neuve.dla")
    monkeypatch.setattr(window, "choose_office", lambda: asked.append(True) or False)
    window.findChild(QAction, "new_action").trigger()
    assert window.database is not None and window.database.path == tmp_path / "neuve.dla"
    assert asked == [True]
    window.show_page("associations")
    assert list_page(window, "associations").panel.model.total_count == 0


def test_the_demo_is_written_once_then_opened(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    target = tmp_path / "donnees" / "demo.dla"
    target.parent.mkdir()
    monkeypatch.setattr("dla_desktop.app.demo_path", lambda: target)
    window.findChild(QAction, "demo_action").trigger()
    assert window.database is not None and window.database.path == target
    assert window.windowTitle().startswith("DLA Desktop — demo.dla")


def test_geometry_splitter_and_page_are_restored(
    qtbot: QtBot, demo_file: Path, settings: QSettings
) -> None:
    make_application()
    window = MainWindow(open_database(demo_file), settings=settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.resize(700, 500)
    window.splitter.setSizes([200, 500])
    window.show_page("meetings")
    window.close()
    window.set_database(None)
    again = MainWindow(open_database(demo_file), settings=settings)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.size().width() == 700
    assert again.splitter.sizes()[0] == 200
    assert again.current_page_key() == "meetings"
    again.set_database(None)


def test_without_a_base_ctrl_f_does_nothing(qtbot: QtBot, settings: QSettings) -> None:
    make_application()
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    window.findChild(QAction, "search_action").trigger()
    assert not isinstance(QApplication.focusWidget(), QLineEdit)
