"""Record pages inside the window: opened from lists, Ctrl+N / Ctrl+S, back, unsaved edits kept."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from dla_desktop.app import connect_files
from dla_desktop.db.database import Database
from dla_desktop.services import associations, meetings, partnerships
from dla_desktop.ui.dialogs.partnership_dialog import PartnershipDialog
from dla_desktop.ui.main_window import MainWindow
from dla_desktop.ui.operations import Change
from dla_desktop.ui.pages.association_page import AssociationPage
from dla_desktop.ui.pages.cabinet_page import CabinetPage
from dla_desktop.ui.pages.company_page import CompanyPage
from dla_desktop.ui.pages.list_pages import ListPage
from dla_desktop.ui.pages.meeting_page import MeetingPage
from dla_desktop.ui.pages.programme.programme_page import ProgrammePage
from tests.ui.support import answer_boxes


@pytest.fixture
def window(qtbot: QtBot, demo_database: Database, settings: QSettings) -> Iterator[MainWindow]:
    """The window on this test's own copy of the demo, which it may change."""
    window = MainWindow(demo_database, settings=settings)
    qtbot.addWidget(window)
    connect_files(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.set_database(None)


def open_first_association(window: MainWindow) -> AssociationPage:
    window.show_page("associations")
    page = window.page("associations")
    assert isinstance(page, ListPage)
    page.panel.row_activated.emit(page.panel.model.row_at(0))
    shown = window.record_page
    assert isinstance(shown, AssociationPage)
    return shown


def stored_names(window: MainWindow) -> list[str]:
    assert window.operations is not None
    return [row.name for row in window.operations.read(associations.list_associations)]


def test_a_list_row_opens_its_record_inside_its_section(window: MainWindow) -> None:
    page = open_first_association(window)
    assert page.record is not None
    assert page.name.text() == page.record.name
    assert window.current_page_key() == "associations"
    assert window.record_host.back_button.text() == "← Associations"


def test_back_returns_to_the_list(qtbot: QtBot, window: MainWindow) -> None:
    open_first_association(window)
    qtbot.mouseClick(window.record_host.back_button, Qt.MouseButton.LeftButton)
    assert window.record_page is None
    assert window.pages.currentWidget() is window.page("associations")


def test_ctrl_s_saves_the_record_shown(qtbot: QtBot, window: MainWindow) -> None:
    page = open_first_association(window)
    page.name.setText("Renommée <&> 🎭")
    qtbot.keyClick(page.name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "Renommée <&> 🎭" in stored_names(window)
    assert not page.has_unsaved_changes()


def test_ctrl_n_on_a_list_opens_a_new_record(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page("associations")
    before = stored_names(window)
    qtbot.keyClick(window.navigation, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    page = window.record_page
    assert isinstance(page, AssociationPage)
    assert page.record is None
    page.name.setText("Nouvelle venue")
    assert page.save()
    assert sorted(stored_names(window)) == sorted([*before, "Nouvelle venue"])


def test_leaving_with_unsaved_edits_asks_and_cancel_keeps_them(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = open_first_association(window)
    page.name.setText("Modifiée")
    boxes = answer_boxes(monkeypatch, "Annuler")
    window.navigation.setCurrentRow(1)  # Programmes, with the mouse or the keyboard
    assert len(boxes) == 1 and "Modifiée" in boxes[0].text()
    assert window.record_page is page
    assert window.current_page_key() == "associations"  # the navigation follows the refusal
    assert page.name.text() == "Modifiée"


def test_leaving_can_drop_the_edits(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    page = open_first_association(window)
    original = page.name.text()
    page.name.setText("Abandonnée")
    answer_boxes(monkeypatch, "Ne pas enregistrer")
    assert window.show_page("programmes")
    assert window.record_page is None
    assert "Abandonnée" not in stored_names(window)
    assert original in stored_names(window)


def test_closing_the_window_with_unsaved_edits_asks(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = open_first_association(window)
    page.name.setText("Pas encore enregistrée")
    answer_boxes(monkeypatch, "Annuler")
    assert not window.close()
    assert window.isVisible()
    answer_boxes(monkeypatch, "Enregistrer")
    assert window.close()
    assert window.operations is not None
    assert "Pas encore enregistrée" in stored_names(window)


def test_opening_another_file_first_asks_about_unsaved_edits(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = open_first_association(window)
    page.name.setText("En cours")
    answer_boxes(monkeypatch, "Annuler")
    chosen: list[Path] = []
    monkeypatch.setattr(window, "choose_file", lambda: chosen.append(Path("x")))
    window.on_open_action_triggered()
    assert chosen == []  # the file dialog never opened
    assert window.record_page is page


@pytest.mark.parametrize(
    ("section", "page_type"),
    [
        ("programmes", ProgrammePage),
        ("companies", CompanyPage),
        ("cabinets", CabinetPage),
        ("meetings", MeetingPage),
    ],
)
def test_every_list_opens_its_records_page(
    window: MainWindow, section: str, page_type: type
) -> None:
    window.show_page(section)
    page = window.page(section)
    assert isinstance(page, ListPage)
    row = page.panel.model.row_at(0)
    page.panel.row_activated.emit(row)
    shown = window.record_page
    assert isinstance(shown, page_type)
    assert shown.record is not None and shown.record.id == row.id
    assert not shown.has_unsaved_changes()  # a record just opened is clean
    assert window.current_page_key() == section


def test_a_related_record_opens_and_back_returns_to_the_first(window: MainWindow) -> None:
    # GIVEN a cabinet's page, WHEN one of its volets is opened, THEN the programme shows
    window.show_page("cabinets")
    cabinets_page = window.page("cabinets")
    assert isinstance(cabinets_page, ListPage)
    cabinets_page.panel.row_activated.emit(cabinets_page.panel.model.row_at(0))
    cabinet = window.record_page
    assert isinstance(cabinet, CabinetPage)
    run = cabinet.volets.model.row_at(0)
    cabinet.volets.row_activated.emit(run)
    programme = window.record_page
    assert isinstance(programme, ProgrammePage)
    assert window.current_page_key() == "programmes"
    # AND back returns to the same cabinet
    window.go_back()
    back = window.record_page
    assert isinstance(back, CabinetPage) and back.record.id == cabinet.record.id
    assert window.current_page_key() == "cabinets"


def test_a_partnership_opens_in_its_dialog(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str | None] = []

    def record_exec(dialog: PartnershipDialog) -> int:
        opened.append(dialog.windowTitle())
        return 0

    monkeypatch.setattr(PartnershipDialog, "exec", record_exec)
    window.show_page("partnerships")
    assert window.operations is not None
    first = window.operations.read(partnerships.partnership_rows)[0]
    window.record_opened.emit("partnership", first.id)
    assert len(opened) == 1
    assert window.record_page is None  # a dialog over the list, no page change


def test_a_meeting_is_created_and_a_missing_title_refused(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page("meetings")
    qtbot.keyClick(window.navigation, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    page = window.record_page
    assert isinstance(page, MeetingPage) and page.record is None
    assert not page.save()  # no title yet
    assert page.errors.message("title").isVisibleTo(page)
    page.title_edit.setText("Petit-déjeuner <RSE> & 🥐")
    page.has_start.setChecked(True)
    assert page.save()
    assert window.operations is not None
    stored = window.operations.read(lambda s: meetings.get_meeting(s, page.record.id))
    assert stored.title == "Petit-déjeuner <RSE> & 🥐"
    assert stored.start_time is not None
    assert page.title.text() == stored.title


def test_alt_left_goes_back(qtbot: QtBot, window: MainWindow) -> None:
    page = open_first_association(window)
    qtbot.keyClick(page.name, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.record_page is None
    assert window.pages.currentWidget() is window.page("associations")


def test_going_back_to_a_record_archived_meanwhile_shows_its_list(window: MainWindow) -> None:
    # GIVEN an association's page, then one of its programmes opened from it
    page = open_first_association(window)
    association_id = page.record.id
    page.programmes.row_activated.emit(page.programmes.model.row_at(0))
    assert isinstance(window.record_page, ProgrammePage)
    # WHEN the association is archived elsewhere, THEN back says so over its list
    assert window.operations is not None
    window.operations.write(
        window, lambda s: associations.archive_association(s, association_id), Change.ASSOCIATIONS
    )
    window.go_back()
    assert window.record_page is None
    assert window.pages.currentWidget() is window.page("associations")
    assert window.statusBar().currentMessage() != ""
