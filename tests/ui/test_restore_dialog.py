"""Restaurer une sauvegarde: the list of backups, and a restore that brings the data back."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from dla_desktop.app import connect_files, make_application
from dla_desktop.db.database import open_database
from dla_desktop.domain.dates import format_moment
from dla_desktop.domain.records import OfficeDraft
from dla_desktop.services import offices
from dla_desktop.sharing import backups
from dla_desktop.sharing.backups import BackupInfo, BackupReason
from dla_desktop.ui.dialogs.restore_dialog import RestoreDialog
from dla_desktop.ui.main_window import MainWindow
from dla_desktop.ui.operations import Change


def office_names(window: MainWindow) -> list[str]:
    return window.operations.read(
        lambda session: [office.name for office in offices.list_offices(session)]
    )


def info(path: Path, reason: BackupReason, taken_at: datetime, size: int) -> BackupInfo:
    return BackupInfo(path, "bureau", reason, taken_at, size)


def test_the_backups_are_listed_newest_first_in_french(qtbot: QtBot, tmp_path: Path) -> None:
    make_application()
    older = info(tmp_path / "a", BackupReason.DAILY, datetime(2026, 11, 1, 8, 0, tzinfo=UTC), 850)
    newer = info(
        tmp_path / "b", BackupReason.OPENING, datetime(2026, 11, 23, 16, 5, tzinfo=UTC), 1_234_567
    )
    dialog = RestoreDialog([older, newer])
    qtbot.addWidget(dialog)
    table = dialog.table
    rows = [[table.item(row, column).text() for column in range(3)] for row in range(2)]
    assert rows == [
        [format_moment(newer.taken_at), "À l'ouverture", "1,2 Mo"],
        [format_moment(older.taken_at), "Quotidienne", "850 octets"],
    ]
    local = newer.taken_at.astimezone()
    assert format_moment(newer.taken_at) == f"23 novembre 2026 à {local:%H:%M}"
    assert dialog.selected() == newer and dialog.restore_button.isEnabled()


def test_without_backups_nothing_can_be_restored(qtbot: QtBot) -> None:
    make_application()
    dialog = RestoreDialog([])
    qtbot.addWidget(dialog)
    assert not dialog.restore_button.isEnabled()
    intro = dialog.findChild(QLabel, "restore_intro").text()
    assert intro == "Aucune sauvegarde de cette base pour l'instant."


def test_a_refused_confirmation_restores_nothing(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_application()
    dialog = RestoreDialog([info(tmp_path / "a", BackupReason.MANUAL, datetime.now(UTC), 10)])
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QMessageBox, "question", lambda *_: QMessageBox.StandardButton.No)
    dialog.restore_button.click()
    assert dialog.chosen is None and dialog.result() != RestoreDialog.DialogCode.Accepted


def test_restoring_brings_the_data_back_and_keeps_a_safety_copy(
    qtbot: QtBot,
    demo_file: Path,
    tmp_path: Path,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # GIVEN the base open and backed up, then an office added
    make_application()
    base = tmp_path / "bureau.dla"
    shutil.copyfile(demo_file, base)
    window = MainWindow(open_database(base), settings=settings)
    qtbot.addWidget(window)
    connect_files(window)
    monkeypatch.setattr(MainWindow, "ask_office_if_missing", lambda _window: None)
    backups.automatic_backup(base, BackupReason.OPENING)
    draft = OfficeDraft(name="CBE ajoutée après")
    window.operations.write(
        window, lambda session: offices.create_office(session, draft), Change.OFFICES
    )
    assert "CBE ajoutée après" in office_names(window)
    # WHEN the user restores the backup (confirmation answered yes)
    monkeypatch.setattr(RestoreDialog, "confirm", lambda _dialog, _backup: True)
    monkeypatch.setattr(RestoreDialog, "exec", lambda dialog: dialog.restore_button.click() or 1)
    said: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda _parent, _title, text, *rest: said.append(text) or 0
    )
    old = window.database
    window.findChild(QAction, "restore_action").trigger()
    # THEN the base is open again, without the office, and the safety copy has it
    assert window.database is not None and window.database is not old
    assert window.database.path == base.resolve()
    assert "CBE ajoutée après" not in office_names(window)
    (message,) = said
    safety = Path(message.split("ici : ", 1)[1])
    assert safety.is_file() and safety.parent == backups.list_backups()[0].path.parent
    kept = open_database(safety)
    with kept.reading() as session:
        assert "CBE ajoutée après" in [office.name for office in offices.list_offices(session)]
    kept.close()
    window.set_database(None)


def test_a_read_only_base_cannot_be_restored(
    qtbot: QtBot,
    demo_file: Path,
    tmp_path: Path,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
    warnings: list[str],
) -> None:
    make_application()
    base = tmp_path / "bureau.dla"
    shutil.copyfile(demo_file, base)
    backups.automatic_backup(base, BackupReason.OPENING)
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    window.set_database(open_database(base), read_only="ouvert sur POSTE-2 par amelie depuis 9:00")
    shown: list[RestoreDialog] = []
    monkeypatch.setattr(RestoreDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    window.findChild(QAction, "restore_action").trigger()
    assert shown == []
    assert warnings == [
        "La base est en lecture seule (ouvert sur POSTE-2 par amelie depuis 9:00) : "
        "rien n'a été restauré."
    ]
    window.set_database(None)
