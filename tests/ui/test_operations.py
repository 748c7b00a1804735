"""The operation runner: one transaction per operation, and every failure explained in French."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from dla_desktop.app import make_application
from dla_desktop.db.database import Database
from dla_desktop.domain.errors import NotFoundError, ValidationError
from dla_desktop.domain.records import OfficeDraft, OfficeRecord
from dla_desktop.errorlog import LOG_NAME
from dla_desktop.paths import log_dir
from dla_desktop.services import offices
from dla_desktop.ui.operations import SHOW_PROGRESS_AFTER_MS, Change, Operations, Progress
from dla_desktop.ui.widgets.error_dialog import ErrorDialog
from tests.ui.support import answer_boxes


@pytest.fixture
def operations(database: Database) -> Iterator[Operations]:
    operations = Operations(database)
    yield operations
    operations.wait()


@pytest.fixture
def error_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[ErrorDialog]:
    """ErrorDialog.exec records the dialog instead of blocking."""
    shown: list[ErrorDialog] = []
    monkeypatch.setattr(ErrorDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    return shown


def office_names(database: Database) -> list[str]:
    with database.reading() as session:
        return [office.name for office in offices.list_offices(session)]


def create(name: str) -> Callable[[Session], OfficeRecord]:
    return lambda session: offices.create_office(session, OfficeDraft(name=name))


def test_a_write_commits_and_announces_its_change_once(
    qtbot: QtBot, operations: Operations, database: Database
) -> None:
    announced: list[Change] = []
    operations.data_changed.connect(announced.append)
    done: list[OfficeRecord] = []
    record = operations.write(None, create("CBE de Lille"), Change.OFFICES, done.append)
    assert record is not None and record.name == "CBE de Lille"
    assert done == [record]
    assert announced == [Change.OFFICES]
    assert office_names(database) == ["CBE de Lille"]
    assert operations.read(lambda session: offices.get_office(session, record.id)) == record


def test_a_refused_field_is_raised_for_the_form_and_nothing_is_written(
    operations: Operations, database: Database, warnings: list[str]
) -> None:
    # GIVEN a work that writes one office, then submits a refused one
    def work(session: Session) -> None:
        offices.create_office(session, OfficeDraft(name="CBE de Lille"))
        offices.create_office(session, OfficeDraft(name="", departement="9999"))

    announced: list[Change] = []
    operations.data_changed.connect(announced.append)
    # WHEN it runs THEN the form gets the field messages, and no dialog is shown
    with pytest.raises(ValidationError) as raised:
        operations.write(None, work, Change.OFFICES)
    assert raised.value.errors["name"] == "Nom : à renseigner."
    assert warnings == [] and announced == []
    assert office_names(database) == []  # the first office was rolled back too


def test_a_user_error_is_shown_in_french(
    operations: Operations, database: Database, warnings: list[str]
) -> None:
    result = operations.write(
        None, lambda session: offices.get_office(session, "absent"), Change.OFFICES
    )
    assert result is None
    assert len(warnings) == 1 and warnings[0]  # the service's French message, as is
    with pytest.raises(NotFoundError) as raised, database.reading() as session:
        offices.get_office(session, "absent")
    assert warnings == [raised.value.message]


def test_a_crash_after_a_write_is_logged_shown_and_rolled_back(
    operations: Operations, database: Database, error_dialogs: list[ErrorDialog]
) -> None:
    def work(session: Session) -> None:
        offices.create_office(session, OfficeDraft(name="CBE de Lille"))
        raise RuntimeError("bogue de test")

    announced: list[Change] = []
    operations.data_changed.connect(announced.append)
    assert operations.write(None, work, Change.OFFICES) is None
    assert office_names(database) == [] and announced == []
    [dialog] = error_dialogs
    log = log_dir() / LOG_NAME
    assert "RuntimeError: bogue de test" in log.read_text(encoding="utf-8")
    assert str(log) in dialog.message.text()
    assert "RuntimeError: bogue de test" in dialog.details.toPlainText()
    assert "Traceback" not in dialog.message.text()
    assert not dialog.details.isVisibleTo(dialog)  # folded until asked


def stale_update(database: Database) -> tuple[OfficeRecord, object]:
    """An office, and a save of it based on a version someone else has since replaced."""
    with database.transaction() as session:
        office = offices.create_office(session, OfficeDraft(name="CBE de Lille"))
    with database.transaction() as session:  # another window saves first
        offices.update_office(session, office.id, OfficeDraft(name="CBE Lille"), office.version)

    def work(session: Session) -> OfficeRecord:
        return offices.update_office(
            session, office.id, OfficeDraft(name="CBE de Lille-Sud"), office.version
        )

    return office, work


@pytest.mark.parametrize("answer", ["Recharger", "Annuler"])
def test_a_stale_save_offers_to_reload(
    operations: Operations, database: Database, monkeypatch: pytest.MonkeyPatch, answer: str
) -> None:
    office, work = stale_update(database)
    boxes = answer_boxes(monkeypatch, answer)
    reloaded: list[bool] = []
    assert (
        operations.write(None, work, Change.OFFICES, on_stale=lambda: reloaded.append(True)) is None
    )
    assert reloaded == ([True] if answer == "Recharger" else [])
    assert "modifiée entre-temps" in boxes[0].text()
    assert office_names(database) == ["CBE Lille"]


def test_a_stale_save_without_reload_is_a_warning(
    operations: Operations, database: Database, warnings: list[str]
) -> None:
    _, work = stale_update(database)
    assert operations.write(None, work, Change.OFFICES) is None
    assert len(warnings) == 1 and "modifiée entre-temps" in warnings[0]


def test_background_work_reports_progress_and_delivers_on_the_gui_thread(
    qtbot: QtBot, operations: Operations, database: Database
) -> None:
    threads: dict[str, threading.Thread] = {}
    listening = threading.Event()

    def work(session: Session, progress: Progress) -> int:
        threads["work"] = threading.current_thread()
        assert listening.wait(5)
        for done, name in enumerate(["Lille", "Roubaix", "Tourcoing"], start=1):
            offices.create_office(session, OfficeDraft(name=f"CBE de {name}"))
            progress.report(done, 3, f"Bureau {name}")
        return 3

    def on_done(result: int) -> None:
        threads["done"] = threading.current_thread()
        results.append(result)

    results: list[int] = []
    announced: list[Change] = []
    operations.data_changed.connect(announced.append)
    task = operations.run_in_background(
        None, work, Change.OFFICES, on_done, title="Création des bureaux"
    )
    seen: list[tuple[int, int, str]] = []
    task._progressed.connect(lambda *values: seen.append(values))
    listening.set()
    with qtbot.waitSignal(task.ended, timeout=5000):
        pass
    assert results == [3] and announced == [Change.OFFICES]
    assert threads["work"] is not threading.main_thread()
    assert threads["done"] is threading.main_thread()
    assert seen[-1] == (3, 3, "Bureau Tourcoing")
    assert len(office_names(database)) == 3


@pytest.mark.parametrize("returns_early", [True, False], ids=["returns", "raises"])
def test_cancelled_background_work_writes_nothing(
    qtbot: QtBot, operations: Operations, database: Database, returns_early: bool
) -> None:
    started = threading.Event()

    def work(session: Session, progress: Progress) -> str:
        offices.create_office(session, OfficeDraft(name="CBE de Lille"))
        started.set()
        while not progress.cancelled:
            threading.Event().wait(0.01)
        if returns_early:
            return "partiel"  # a polite early return is rolled back all the same
        progress.raise_if_cancelled()
        return "jamais"

    results: list[str] = []
    announced: list[Change] = []
    operations.data_changed.connect(announced.append)
    task = operations.run_in_background(None, work, Change.OFFICES, results.append, title="Test")
    assert started.wait(5)
    with qtbot.waitSignal(task.ended, timeout=5000):
        task.dialog.canceled.emit()  # what the "Annuler" button does
    assert results == [] and announced == []
    assert office_names(database) == []


def test_a_background_crash_is_logged_and_shown(
    qtbot: QtBot, operations: Operations, database: Database, error_dialogs: list[ErrorDialog]
) -> None:
    def work(session: Session, progress: Progress) -> None:
        offices.create_office(session, OfficeDraft(name="CBE de Lille"))
        raise RuntimeError("bogue en arrière-plan")

    task = operations.run_in_background(None, work, Change.OFFICES, title="Test")
    with qtbot.waitSignal(task.ended, timeout=5000):
        pass
    [dialog] = error_dialogs
    assert "bogue en arrière-plan" in dialog.details.toPlainText()
    assert office_names(database) == []


def test_the_error_dialog_copies_its_details(qtbot: QtBot) -> None:
    make_application()
    dialog = ErrorDialog("Traceback (most recent call last):\nRuntimeError: x", Path("/l.log"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.details.isVisible()
    dialog.show_details.click()
    assert dialog.details.isVisible()
    assert dialog.show_details.text() == "Masquer les détails"
    dialog.copy_details.click()
    assert QApplication.clipboard().text() == dialog.details.toPlainText()
    assert "RuntimeError: x" in QApplication.clipboard().text()


def test_the_progress_dialog_appears_only_when_the_work_lasts(
    qtbot: QtBot, operations: Operations
) -> None:
    release = threading.Event()

    def work(session: Session, progress: Progress) -> None:
        progress.report(1, 4, "Première étape")
        assert release.wait(5)

    started = time.monotonic()
    task = operations.run_in_background(None, work, Change(0), title="Export")
    shown = ShowSpy(task.dialog)
    qtbot.waitUntil(task.dialog.isVisible, timeout=3000)
    assert shown.count == 1
    assert time.monotonic() - started >= SHOW_PROGRESS_AFTER_MS / 1000 * 0.9
    assert task.dialog.labelText() == "Première étape"
    assert (task.dialog.value(), task.dialog.maximum()) == (1, 4)
    with qtbot.waitSignal(task.ended, timeout=5000):
        release.set()
    assert not task.dialog.isVisible()

    quick = operations.run_in_background(None, lambda session, progress: 1, Change(0), title="")
    shown = ShowSpy(quick.dialog)
    with qtbot.waitSignal(quick.ended, timeout=5000):
        pass
    qtbot.wait(SHOW_PROGRESS_AFTER_MS + 100)
    assert shown.count == 0


class ShowSpy(QObject):
    """Counts how often a widget was shown, even if it is deleted since."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        self.count += event.type() == QEvent.Type.Show
        return False
