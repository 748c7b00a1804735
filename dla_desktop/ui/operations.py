"""The one way the UI writes: one operation, one transaction, one French explanation on failure.

Like Anki's ``CollectionOp``: a screen hands a function ``work(session)`` to
``Operations``; the runner opens the transaction, runs it (on the GUI thread when
short, in a worker thread when long), rolls everything back on any error, says what
went wrong in French, and announces what changed through ``data_changed``, the
application's only app-wide signal. Screens never hold a ``Session``.
"""

from __future__ import annotations

import enum
import threading
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget
from sqlalchemy.orm import Session

from dla_desktop.db.database import Database
from dla_desktop.domain.errors import DlaError, StaleRecordError, ValidationError
from dla_desktop.errorlog import log_exception
from dla_desktop.sharing.watch import FileChange, FileWatch
from dla_desktop.ui.widgets.error_dialog import ErrorDialog

T = TypeVar("T")

SHOW_PROGRESS_AFTER_MS = 300  # shorter work never flashes a dialog
NEVER = 2**31 - 1  # milliseconds: turns off QProgressDialog's own timer


class Change(enum.Flag):
    """Which areas an operation changed, so each page refreshes only when it must."""

    OFFICES = enum.auto()
    PROGRAMMES = enum.auto()
    ASSOCIATIONS = enum.auto()
    COMPANIES = enum.auto()
    CABINETS = enum.auto()
    CONTACTS = enum.auto()
    ENROLMENT = enum.auto()
    ATTENDANCE = enum.auto()
    BUDGET = enum.auto()
    FUNDERS = enum.auto()
    FOLLOWUP = enum.auto()
    PARTNERSHIPS = enum.auto()
    MEETINGS = enum.auto()
    ALL = (
        OFFICES
        | PROGRAMMES
        | ASSOCIATIONS
        | COMPANIES
        | CABINETS
        | CONTACTS
        | ENROLMENT
        | ATTENDANCE
        | BUDGET
        | FUNDERS
        | FOLLOWUP
        | PARTNERSHIPS
        | MEETINGS
    )


class ReadOnlyError(DlaError):
    """A write refused because the base is open read-only; nothing was written."""

    def __init__(self, reason: str) -> None:
        super().__init__(
            QCoreApplication.translate(
                "operations", "La base est en lecture seule ({reason}) : rien n'a été enregistré."
            ).format(reason=reason)
        )


def outside_change_reason() -> str:
    """Why writes stop once the file changed on disk under the application."""
    return QCoreApplication.translate(
        "operations", "le fichier a été modifié en dehors de l'application"
    )


class OperationCancelled(Exception):
    """Raised (by the runner, or by the work itself) to stop a background operation."""


class Progress:
    """Handed to background work: how far it got, and whether the user asked to stop."""

    def __init__(self, progressed: Callable[[int, int, str], None]) -> None:
        self._progressed = progressed
        self._cancelled = threading.Event()

    def report(self, done: int, total: int, text: str = "") -> None:
        """Safe from the worker thread: the dialog is updated on the GUI thread."""
        self._progressed(done, total, text)

    @property
    def cancelled(self) -> bool:
        """Polled by the work, which then returns or raises early; nothing is written."""
        return self._cancelled.is_set()

    def raise_if_cancelled(self) -> None:
        """A one-line exit for loops in the work."""
        if self.cancelled:
            raise OperationCancelled()

    def cancel(self) -> None:
        """Called from the GUI thread (the "Annuler" button)."""
        self._cancelled.set()


class Operations(QObject):
    """Runs the UI's reads and writes, each in its own transaction, and reports their outcome."""

    data_changed = Signal(object)  # the Change; emitted only after a commit
    outside_change_found = Signal(object)  # the FileChange a write found; writes now refused

    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._pool = QThreadPool(self)
        self._running: set[BackgroundTask] = set()  # kept alive until they end
        self._read_only: str | None = None
        self._watch: FileWatch | None = None

    # --- read-only mode and the file watch ----------------------------------------------

    @property
    def read_only_reason(self) -> str | None:
        """Why writes are refused (in French), or None while the base may be written."""
        return self._read_only

    def set_read_only(self, reason: str | None) -> None:
        """Refuse every write from now on, naming ``reason``; None allows writing again."""
        self._read_only = reason

    def set_file_watch(self, watch: FileWatch | None) -> None:
        """Check the file before each write, and acknowledge our own commits to it."""
        self._watch = watch

    def refusal(self) -> ReadOnlyError | None:
        """The error a write would meet now; a change found on disk turns read-only at once."""
        if self._read_only is None and self._watch is not None:
            change = self._watch.check()
            if change is not None:
                self.found_outside_change(change)
        return ReadOnlyError(self._read_only) if self._read_only is not None else None

    def found_outside_change(self, change: FileChange) -> None:
        """Nothing may be written into a changed or replaced file: stop, then tell the window."""
        if self._read_only is None:
            self._read_only = outside_change_reason()
            self.outside_change_found.emit(change)

    @contextmanager
    def _our_write(self) -> Iterator[None]:
        """Our own commit must not look like an outside change to the watch."""
        with self._watch.our_write() if self._watch is not None else nullcontext():
            yield

    def read(self, work: Callable[[Session], T]) -> T:
        """Run ``work`` in a read-only session; errors propagate (reads have no half-state)."""
        with self._database.reading() as session:
            return work(session)

    def write(
        self,
        parent: QWidget | None,
        work: Callable[[Session], T],
        changes: Change,
        on_done: Callable[[T], None] | None = None,
        *,
        on_stale: Callable[[], None] | None = None,
    ) -> T | None:
        """Run a short ``work`` in one transaction on the GUI thread; None when it failed.

        A ``ValidationError`` is re-raised, not shown: the form catches it and puts each
        ``error.errors[field]`` next to its field. A ``StaleRecordError`` offers
        "Recharger", which calls ``on_stale``; any other ``DlaError`` is shown as is; an
        unexpected exception is logged and shown in an ``ErrorDialog``. In every failing
        case the transaction was rolled back: nothing is half-saved.
        """
        refused = self.refusal()
        if refused is not None:
            self.explain(parent, refused)
            return None
        try:
            with self._our_write(), self._database.transaction() as session:
                result = work(session)
        except ValidationError:
            raise
        except DlaError as error:
            self.explain(parent, error, on_stale)
            return None
        except Exception:
            self.show_unexpected(parent, *_log_current_exception("operation"))
            return None
        self.announce(changes)
        if on_done is not None:
            on_done(result)
        return result

    def run_in_background(
        self,
        parent: QWidget | None,
        work: Callable[[Session, Progress], T],
        changes: Change,
        on_done: Callable[[T], None] | None = None,
        *,
        title: str,
        cancellable: bool = True,
        on_stale: Callable[[], None] | None = None,
    ) -> BackgroundTask:
        """Run long ``work(session, progress)`` in a worker thread, in one transaction.

        The session is opened inside the worker (SQLite connections belong to their
        thread). A progress dialog appears only if the work lasts; "Annuler" sets
        ``progress.cancelled`` and the whole transaction is then rolled back, even if
        the work returned normally. ``on_done`` and every message run on the GUI
        thread. A ``ValidationError`` here is shown as a warning (no form to attach to).
        """
        task = BackgroundTask(self, parent, changes, on_done, on_stale, title, cancellable)
        self._running.add(task)
        task.ended.connect(lambda: self._running.discard(task))
        refused = self.refusal()
        if refused is not None:  # no worker: said as soon as the caller has connected
            QTimer.singleShot(0, task, lambda: task._failed.emit(refused, "", None))
            return task
        self._pool.start(_Worker(self._database, work, task, self._our_write))
        return task

    def wait(self, msecs: int = -1) -> bool:
        """Block until background work ends (before closing the file or quitting)."""
        return self._pool.waitForDone(msecs)

    def explain(
        self,
        parent: QWidget | None,
        error: DlaError,
        on_stale: Callable[[], None] | None = None,
    ) -> None:
        """Show a user error in French; a stale record offers to reload when it can."""
        if isinstance(error, StaleRecordError) and on_stale is not None:
            if self._ask_reload(parent, error.message):
                on_stale()
            return
        QMessageBox.warning(
            parent, QCoreApplication.translate("operations", "Opération impossible"), error.message
        )

    def show_unexpected(self, parent: QWidget | None, details: str, log: Path | None) -> None:
        """A bug or a system failure: a calm sentence, the traceback only on request."""
        ErrorDialog(details, log, parent).exec()

    def _ask_reload(self, parent: QWidget | None, message: str) -> bool:
        """True when the user chose "Recharger"."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("operations", "Fiche modifiée ailleurs"),
            message,
        )
        box.setParent(parent, box.windowFlags())
        reload = box.addButton(
            QCoreApplication.translate("operations", "Recharger"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(
            QCoreApplication.translate("operations", "Annuler"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(reload)
        box.exec()
        return box.clickedButton() is reload

    def announce(self, changes: Change) -> None:
        """One signal per committed operation; a read-only one (no change) says nothing."""
        if changes:
            self.data_changed.emit(changes)


class BackgroundTask(QObject):
    """One background operation as seen from the GUI thread: its dialog and its outcome."""

    ended = Signal()  # after any outcome: done, failed or cancelled
    _progressed = Signal(int, int, str)
    _succeeded = Signal(object)
    _failed = Signal(object, str, object)  # error, details, log path
    _was_cancelled = Signal()

    def __init__(
        self,
        operations: Operations,
        parent: QWidget | None,
        changes: Change,
        on_done: Callable[[Any], None] | None,
        on_stale: Callable[[], None] | None,
        title: str,
        cancellable: bool,
    ) -> None:
        super().__init__(operations)
        self._operations = operations
        self._parent = parent
        self._changes = changes
        self._on_done = on_done
        self._on_stale = on_stale
        self.progress = Progress(self._progressed.emit)
        self.dialog = _progress_dialog(parent, title, cancellable)
        self.dialog.canceled.connect(self.cancel)
        self._latest: tuple[int, int, str] | None = None  # applied when the dialog shows
        self._ended = False
        QTimer.singleShot(SHOW_PROGRESS_AFTER_MS, self, self._show_dialog)
        # Emitted from the worker, delivered here on the GUI thread (this object lives here).
        self._progressed.connect(self._on_progressed)
        self._succeeded.connect(self._on_succeeded)
        self._failed.connect(self._on_failed)
        self._was_cancelled.connect(self._on_cancelled)

    def cancel(self) -> None:
        """Ask the work to stop; it is rolled back when it does."""
        self.progress.cancel()
        self.dialog.setLabelText(QCoreApplication.translate("operations", "Annulation en cours…"))

    def _show_dialog(self) -> None:
        """Only now: quicker work ends before, and never flashes a dialog."""
        if self._ended:
            return
        self.dialog.show()
        if self._latest is not None:
            self._on_progressed(*self._latest)

    def _on_progressed(self, done: int, total: int, text: str) -> None:
        self._latest = (done, total, text)
        if self.progress.cancelled or not self.dialog.isVisible():
            return  # setValue on a hidden QProgressDialog may show it before our delay
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total) if total > 0 else 0)
        if text:
            self.dialog.setLabelText(text)

    def _on_succeeded(self, result: object) -> None:
        self._close()
        self._operations.announce(self._changes)
        try:
            if self._on_done is not None:
                self._on_done(result)
        finally:
            self.ended.emit()

    def _on_failed(self, error: Exception, details: str, log: Path | None) -> None:
        self._close()
        try:
            if isinstance(error, DlaError):
                self._operations.explain(self._parent, error, self._on_stale)
            else:
                self._operations.show_unexpected(self._parent, details, log)
        finally:
            self.ended.emit()

    def _on_cancelled(self) -> None:
        self._close()
        self.ended.emit()

    def _close(self) -> None:
        self._ended = True
        self.dialog.canceled.disconnect(self.cancel)  # closing is not cancelling
        self.dialog.reset()
        self.dialog.close()
        self.dialog.deleteLater()


class _Worker(QRunnable):
    """Runs in the pool's thread: opens its own session, never touches a widget."""

    def __init__(
        self,
        database: Database,
        work: Callable[..., Any],
        task: BackgroundTask,
        our_write: Callable[[], Any],
    ) -> None:
        super().__init__()
        self._database = database
        self._work = work
        self._task = task
        self._our_write = our_write

    def run(self) -> None:
        progress = self._task.progress
        try:
            with self._our_write(), self._database.transaction() as session:
                result = self._work(session, progress)
                progress.raise_if_cancelled()  # returned early: roll back, do not commit
        except OperationCancelled:
            self._task._was_cancelled.emit()
        except DlaError as error:
            self._task._failed.emit(error, "", None)
        except Exception as error:
            details, log = _log_current_exception("background operation")
            self._task._failed.emit(error, details, log)
        else:
            self._task._succeeded.emit(result)


def _progress_dialog(parent: QWidget | None, title: str, cancellable: bool) -> QProgressDialog:
    """A busy indicator until the work reports a total."""
    dialog = QProgressDialog(
        QCoreApplication.translate("operations", "Opération en cours…"),
        QCoreApplication.translate("operations", "Annuler"),
        0,
        0,
        parent,
    )
    if not cancellable:
        dialog.setCancelButton(None)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAutoReset(False)
    dialog.setAutoClose(False)
    dialog.setMinimumWidth(360)
    dialog.setMinimumDuration(NEVER)  # BackgroundTask shows it after its own delay
    return dialog


def _log_current_exception(context: str) -> tuple[str, Path | None]:
    """The traceback being handled, and the log it was written to (None if logging failed)."""
    details = traceback.format_exc()
    try:
        return details, log_exception(context)
    except OSError:  # a full disk must not hide the original error
        return details, None
