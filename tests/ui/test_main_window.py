"""The main window shows which file and office are open, and refuses bad files."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from dla_desktop.app import make_application, open_into
from dla_desktop.db.database import open_database
from dla_desktop.ui.main_window import MainWindow


def test_the_window_names_the_file_and_the_office(qtbot: QtBot, demo_file: Path) -> None:
    make_application()
    window = MainWindow(open_database(demo_file))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.windowTitle() == (
        "DLA Desktop — demo.dla — CBE Roubaix-Tourcoing Vallée de la Lys"
    )
    assert window.current_page_key() == "dashboard"
    assert not window.grab().isNull()
    window.set_database(None)


def test_a_refused_file_is_explained_and_the_open_one_kept(
    qtbot: QtBot, demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # GIVEN the demo open, and a spreadsheet renamed .dla by mistake
    make_application()
    window = MainWindow(open_database(demo_file))
    qtbot.addWidget(window)
    bogus = tmp_path / "liste.dla"
    bogus.write_text("Nom;SIRET\nThéâtre;123\n", encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    # WHEN the user opens it
    monkeypatch.setattr(window, "choose_file", lambda: bogus)
    window.file_chosen.connect(lambda chosen: open_into(window, chosen))
    window.findChild(QAction, "open_action").trigger()
    # THEN a French message says why, the demo stays open, the file is untouched
    assert shown == ["« liste.dla » n'est pas une base DLA Desktop (ce n'est pas une base SQLite)."]
    assert window.database is not None and window.database.path == demo_file
    assert bogus.read_text(encoding="utf-8") == "Nom;SIRET\nThéâtre;123\n"
    window.set_database(None)


def test_without_a_file_the_window_says_how_to_open_one(qtbot: QtBot) -> None:
    make_application()
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.windowTitle() == "DLA Desktop"
    assert "Aucune base n’est ouverte" in window.findChild(QLabel, "start_message").text()


def test_every_window_has_the_application_icon() -> None:
    app = make_application()
    icon = app.windowIcon()
    assert not icon.isNull()
    assert not icon.pixmap(32, 32).toImage().isNull()


def test_the_file_menu_opens_the_import_wizard_only_with_a_file(
    qtbot: QtBot, demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dla_desktop.ui.dialogs.import_wizard import ImportWizard

    make_application()
    opened: list[ImportWizard] = []
    monkeypatch.setattr(ImportWizard, "exec", lambda wizard: opened.append(wizard) or 0)
    window = MainWindow()
    qtbot.addWidget(window)
    action = window.findChild(QAction, "import_action")
    assert action.text() == "&Importer un tableur…" and not action.isEnabled()
    window.set_database(open_database(demo_file))
    assert action.isEnabled()
    action.trigger()
    # the destination is chosen on the wizard's first page: none is imposed
    assert len(opened) == 1 and opened[0].state.target is None
    window.set_database(None)
    assert not action.isEnabled()
