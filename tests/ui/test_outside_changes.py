"""The window and the file on disk: outside changes, a second instance, transport places."""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from dla_desktop import app as app_module
from dla_desktop import paths
from dla_desktop.app import connect_files, make_application, open_into
from dla_desktop.db.database import Database, open_database
from dla_desktop.domain.records import OfficeDraft
from dla_desktop.errorlog import LOG_NAME
from dla_desktop.services import offices
from dla_desktop.sharing import backups
from dla_desktop.sharing.watch import FileChange, lock_file
from dla_desktop.ui.dialogs.outside_change_dialog import OutsideChoice
from dla_desktop.ui.main_window import MainWindow
from dla_desktop.ui.operations import Change, Operations
from dla_desktop.ui.sharing_ui import CHECK_EVERY_MS, FileGuard
from tests.services.support import on_file
from tests.ui.support import answer_boxes, window_on


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def office_names(path: Path) -> list[str]:
    return on_file(path, lambda s: [office.name for office in offices.list_offices(s)])


def create_office(name: str) -> Callable[[Session], object]:
    return lambda session: offices.create_office(session, OfficeDraft(name=name))


@pytest.fixture
def base(demo_file: Path, tmp_path: Path) -> Path:
    """This test's own copy of the demo."""
    copy = tmp_path / "bureau.dla"
    shutil.copyfile(demo_file, copy)
    return copy


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[FileChange]:
    """The outside-change dialog answers "Plus tard" and records what it was told."""
    changes: list[FileChange] = []

    def ask(_guard: FileGuard, _name: str, change: FileChange) -> OutsideChoice:
        changes.append(change)
        return OutsideChoice.LATER

    monkeypatch.setattr(FileGuard, "ask_outside_change", ask)
    return changes


def regain_focus() -> None:
    """What the system says when the user comes back to the application."""
    app = QApplication.instance()
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)


def test_a_replaced_file_is_never_written_and_our_version_can_be_saved(
    qtbot: QtBot,
    base: Path,
    demo_file: Path,
    tmp_path: Path,
    settings: QSettings,
    asked: list[FileChange],
    warnings: list[str],
) -> None:
    # GIVEN the base open, with a change of ours written through the window
    window = window_on(qtbot, base, settings)
    assert window.operations.write(window, create_office("CBE mine"), Change.OFFICES)
    window.guard.check()
    assert window.read_only_reason is None  # our own write is not an outside change
    # WHEN a sync tool renames another version onto the file
    theirs = tmp_path / ".bureau.dla.sync-download"
    shutil.copyfile(demo_file, theirs)
    os.replace(theirs, base)
    replaced = sha256(base)
    regain_focus()
    # THEN the window turns read-only at once, says so, and offers what to do
    qtbot.waitUntil(lambda: asked == [FileChange.REPLACED])
    assert window.read_only_reason == "le fichier a été modifié en dehors de l'application"
    assert window.windowTitle().endswith("(lecture seule)")
    assert window.guard.banner.isVisible()
    assert window.guard.banner.choose.isVisible()
    # AND a write through the UI is refused, naming why; not a byte of the file changed
    assert window.operations.write(window, create_office("CBE perdu"), Change.OFFICES) is None
    assert warnings == [
        "La base est en lecture seule (le fichier a été modifié en dehors de l'application) : "
        "rien n'a été enregistré."
    ]
    window.operations.run_in_background(
        window,
        lambda session, _progress: create_office("CBE fond")(session),
        Change.OFFICES,
        title="Essai",
    )
    qtbot.waitUntil(lambda: len(warnings) == 2)
    assert sha256(base) == replaced
    # WHEN the user saves their version, THEN the copy holds it (read from the old file)
    mine = tmp_path / "ma version.dla"
    window.guard.choose_copy_path = lambda _suggested: mine  # type: ignore[method-assign]
    assert window.guard.save_mine() == mine
    assert "CBE mine" in office_names(mine)
    assert "CBE mine" not in office_names(base)
    assert sha256(base) == replaced
    window.set_database(None)
    assert sha256(base) == replaced


def test_reload_opens_the_file_as_it_is_now_on_disk(
    qtbot: QtBot,
    base: Path,
    tmp_path: Path,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # GIVEN the base open, then changed in place by another program
    window = window_on(qtbot, base, settings)
    connect_files(window)
    monkeypatch.setattr(FileGuard, "ask_outside_change", lambda *_: OutsideChoice.RELOAD)
    other = open_database(base)
    with other.transaction() as session:
        offices.create_office(session, OfficeDraft(name="CBE d'ailleurs"))
    other.close()
    # WHEN the 30 s check runs and the user chooses "Recharger"
    assert window.guard._timer.interval() == CHECK_EVERY_MS
    old = window.database
    window.guard._timer.timeout.emit()
    # THEN the file is opened again, writable, with the other program's change
    qtbot.waitUntil(lambda: window.database is not old)
    assert window.read_only_reason is None
    assert "CBE d'ailleurs" in window.operations.read(
        lambda session: [office.name for office in offices.list_offices(session)]
    )
    window.set_database(None)


def test_close_leaves_the_changed_file_alone(
    qtbot: QtBot, base: Path, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = window_on(qtbot, base, settings)
    monkeypatch.setattr(FileGuard, "ask_outside_change", lambda *_: OutsideChoice.CLOSE)
    base.unlink()
    window.guard.check()
    qtbot.waitUntil(lambda: window.database is None)
    assert window.windowTitle() == "DLA Desktop"
    assert not lock_file(base).exists()


def test_a_second_window_on_the_same_file_is_read_only(
    qtbot: QtBot, base: Path, settings: QSettings, warnings: list[str]
) -> None:
    # GIVEN one window working in the base
    first = window_on(qtbot, base, settings)
    assert first.read_only_reason is None and lock_file(base).exists()
    # WHEN a second one opens it
    second = window_on(qtbot, base, settings)
    # THEN it says who holds it, in the banner and the title, and writes nothing
    reason = second.read_only_reason
    assert reason is not None and reason.startswith("ouvert sur ") and " depuis " in reason
    assert second.guard.banner.label.text() == f"Lecture seule : {reason}."
    assert not second.guard.banner.choose.isVisible()
    assert second.windowTitle().endswith("(lecture seule)")
    before = sha256(base)
    assert second.operations.write(second, create_office("CBE double"), Change.OFFICES) is None
    assert warnings and reason in warnings[0]
    assert sha256(base) == before
    # WHEN the first closes, THEN the next opening may write
    first.close()
    assert not lock_file(base).exists()
    second.set_database(None)
    third = window_on(qtbot, base, settings)
    assert third.read_only_reason is None
    assert third.operations.write(third, create_office("CBE seule"), Change.OFFICES)
    third.set_database(None)


def test_opening_backs_the_base_up_and_a_failed_backup_does_not_block(
    qtbot: QtBot, base: Path, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_application()
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    monkeypatch.setattr(MainWindow, "ask_office_if_missing", lambda _window: None)
    assert open_into(window, base)
    window.guard.wait_for_backups()  # they run off the GUI thread
    reasons = {info.reason for info in backups.list_backups(database=base.stem)}
    assert reasons == {backups.BackupReason.OPENING, backups.BackupReason.DAILY}
    window.set_database(None)

    def failing(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backups, "automatic_backup", failing)
    assert open_into(window, base)
    window.guard.wait_for_backups()
    assert window.database is not None and window.read_only_reason is None
    assert "automatic backup" in (paths.log_dir() / LOG_NAME).read_text(encoding="utf-8")
    window.set_database(None)


@pytest.fixture
def synced(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every file looks as if it sat in a Nextcloud folder."""
    monkeypatch.setattr(
        app_module, "transport_reason", lambda _path: "dossier synchronisé (Nextcloud)"
    )


def test_a_file_in_a_synced_folder_is_worked_on_as_a_local_copy(
    qtbot: QtBot, base: Path, settings: QSettings, synced: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_application()
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    monkeypatch.setattr(MainWindow, "ask_office_if_missing", lambda _window: None)
    boxes = answer_boxes(monkeypatch, "Travailler sur une copie locale (recommandé)")
    before = sha256(base)
    assert open_into(window, base)
    assert boxes[0].text() == "Ce fichier est sur un dossier synchronisé (Nextcloud)."
    opened = window.database.path
    assert opened is not None and opened.parent == paths.data_dir() and opened != base
    assert window.read_only_reason is None
    assert window.operations.write(window, create_office("CBE locale"), Change.OFFICES)
    window.set_database(None)
    assert sha256(base) == before
    assert not lock_file(base).exists()
    assert "CBE locale" in office_names(opened)


def test_a_file_in_a_synced_folder_can_be_looked_at_read_only(
    qtbot: QtBot,
    base: Path,
    settings: QSettings,
    synced: None,
    monkeypatch: pytest.MonkeyPatch,
    warnings: list[str],
) -> None:
    make_application()
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    answer_boxes(monkeypatch, "Ouvrir en lecture seule")
    before = sha256(base)
    assert open_into(window, base)
    assert window.database.path == base.resolve()
    assert window.read_only_reason == "fichier sur un dossier synchronisé (Nextcloud)"
    assert window.operations.read(offices.current_office) is not None  # reads still work
    assert window.operations.write(window, create_office("CBE"), Change.OFFICES) is None
    window.set_database(None)
    assert sha256(base) == before
    assert not lock_file(base).exists()  # a read-only look writes nothing beside it either
    assert backups.list_backups(database=base.stem) == []


def test_a_file_in_a_synced_folder_is_not_opened_when_cancelled(
    qtbot: QtBot, base: Path, settings: QSettings, synced: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_application()
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    answer_boxes(monkeypatch, "Annuler")
    assert not open_into(window, base)
    assert window.database is None


def test_send_to_an_office_writes_a_copy_in_the_chosen_folder(
    qtbot: QtBot, base: Path, tmp_path: Path, settings: QSettings
) -> None:
    window = window_on(qtbot, base, settings)
    folder = tmp_path / "clé USB"
    folder.mkdir()
    window.guard.choose_send_folder = lambda: folder  # type: ignore[method-assign]
    window.findChild(QAction, "send_action").trigger()
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Copie écrite : "))
    (sent,) = folder.iterdir()
    assert window.statusBar().currentMessage() == f"Copie écrite : {sent}"
    assert sent.name.startswith("DLA Desktop - CBE Roubaix-Tourcoing")
    copy: Database = open_database(sent)
    copy.close()
    window.set_database(None)


def test_operations_in_read_only_mode_refuse_writes_and_still_read(
    qtbot: QtBot, base: Path, warnings: list[str]
) -> None:
    make_application()
    database = open_database(base)
    operations = Operations(database)
    operations.set_read_only("ouvert sur POSTE-2 par amelie depuis 17:05")
    before = sha256(base)
    done: list[object] = []
    assert operations.write(None, create_office("CBE refusé"), Change.OFFICES, done.append) is None
    operations.run_in_background(
        None,
        lambda session, _progress: create_office("CBE fond")(session),
        Change.OFFICES,
        on_done=done.append,
        title="Essai",
    )
    qtbot.waitUntil(lambda: len(warnings) == 2)
    assert warnings[0] == (
        "La base est en lecture seule (ouvert sur POSTE-2 par amelie depuis 17:05) : "
        "rien n'a été enregistré."
    )
    assert warnings[1] == warnings[0] and done == []
    assert operations.read(offices.current_office) is not None
    database.close()
    assert sha256(base) == before
    # WHEN read-only ends, THEN writing works again
    database = open_database(base)
    operations = Operations(database)
    operations.set_read_only(None)
    assert operations.write(None, create_office("CBE permis"), Change.OFFICES)
    database.close()
    assert "CBE permis" in office_names(base)
