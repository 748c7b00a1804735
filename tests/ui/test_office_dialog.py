"""The office working in a file: asked when a file has none, refused input said in French."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from dla_desktop.app import make_application
from dla_desktop.db.database import Database, create_database
from dla_desktop.domain.records import OfficeDraft
from dla_desktop.services import offices
from dla_desktop.ui.dialogs.office_dialog import NEW_OFFICE, OfficeDialog
from dla_desktop.ui.main_window import MainWindow
from dla_desktop.ui.operations import Operations


@pytest.fixture
def new_file(tmp_path: Path) -> Database:
    """A file just created: it has no office yet."""
    make_application()
    database = create_database(tmp_path / "nouvelle.dla")
    yield database
    database.close()


def current_name(database: Database) -> str | None:
    with database.reading() as session:
        office = offices.current_office(session)
    return office.name if office else None


def test_a_new_office_is_created_and_becomes_current(qtbot: QtBot, new_file: Database) -> None:
    dialog = OfficeDialog(Operations(new_file))
    qtbot.addWidget(dialog)
    assert dialog.office.currentData() == NEW_OFFICE  # nothing else to choose yet
    dialog.name.setText("  CBE du Pays <de> Morlaix & Cie 🌊 ")
    dialog.departement.setText("29")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert current_name(new_file) == "CBE du Pays <de> Morlaix & Cie 🌊"


def test_a_refused_office_is_explained_and_nothing_saved(qtbot: QtBot, new_file: Database) -> None:
    dialog = OfficeDialog(Operations(new_file))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("")
    dialog.departement.setText("9999")
    dialog.accept()
    assert dialog.isVisible()  # stays open
    assert "Nom : à renseigner." in dialog.error.text()
    assert dialog.error.isVisibleTo(dialog)
    with new_file.reading() as session:
        assert offices.list_offices(session) == []
    assert current_name(new_file) is None


def test_an_existing_office_can_be_chosen(qtbot: QtBot, new_file: Database) -> None:
    with new_file.transaction() as session:
        lille = offices.create_office(session, OfficeDraft(name="CBE de Lille"))
        offices.create_office(session, OfficeDraft(name="CBE de Roubaix"))
        offices.set_current_office(session, lille.id)
    dialog = OfficeDialog(Operations(new_file))
    qtbot.addWidget(dialog)
    assert dialog.office.currentText() == "CBE de Lille"
    assert not dialog.name.isVisibleTo(dialog)  # the new-office fields are hidden
    dialog.office.setCurrentIndex(dialog.office.findText("CBE de Roubaix"))
    dialog.accept()
    assert current_name(new_file) == "CBE de Roubaix"


def test_opening_a_file_without_office_asks_once(
    qtbot: QtBot, new_file: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[bool] = []

    def answer(dialog: OfficeDialog) -> int:
        asked.append(True)
        dialog.name.setText("DLA du Cher")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(OfficeDialog, "exec", answer)
    window = MainWindow(new_file)
    qtbot.addWidget(window)
    window.ask_office_if_missing()
    window.ask_office_if_missing()  # now it has one: not asked again
    assert asked == [True]
    assert window.windowTitle() == "DLA Desktop — nouvelle.dla — DLA du Cher"
    window.set_database(None)
