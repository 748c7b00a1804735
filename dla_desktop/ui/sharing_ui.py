"""The window's guard over the open file: lock, outside changes, copies, backups, merges.

``FileGuard`` takes the instance lock when a base is shown, keeps a ``FileWatch`` on
it (checked when the application regains focus and every 30 s), turns the base
read-only the moment the file changes on disk under us, and offers what to do. It
holds one connection opened before any change, so "Enregistrer ma version sous…"
still reads our version after a sync tool replaced the file, and "Fusionner" can merge
it into the file now on disk.
"""

from __future__ import annotations

import logging
import sqlite3
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)
from sqlalchemy.pool import PoolProxiedConnection

from dla_desktop.db.database import Database
from dla_desktop.domain.errors import DlaError
from dla_desktop.errorlog import log_exception
from dla_desktop.sharing import backups, copies
from dla_desktop.sharing.watch import FileChange, FileWatch, InstanceLock, save_connection_copy
from dla_desktop.ui.dialogs.outside_change_dialog import OutsideChangeDialog, OutsideChoice
from dla_desktop.ui.operations import Operations

if TYPE_CHECKING:  # the merge is imported when used, not at start-up
    from dla_desktop.ui.dialogs.merge_flow import MergeFlow

log = logging.getLogger(__name__)

CHECK_EVERY_MS = 30_000  # the issue: an outside change is seen within 30 s at the latest


class ReadOnlyBanner(QFrame):
    """The yellow strip above the pages saying why nothing can be written."""

    choose_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("read_only_banner")
        self.setStyleSheet(
            "QFrame#read_only_banner { background: #fff4ce; border-bottom: 1px solid #e0c060; }"
        )
        self.label = QLabel(self, objectName="read_only_label")
        self.label.setWordWrap(True)
        self.choose = QPushButton(self.tr("Que faire ?"), self, objectName="read_only_choose")
        self.choose.clicked.connect(self.choose_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.choose)
        self.hide()

    def show_reason(self, reason: str | None, *, can_choose: bool) -> None:
        """Show ``reason`` (hide the strip when None); the button only after an outside change."""
        self.setVisible(reason is not None)
        self.label.setText(self.tr("Lecture seule : {reason}.").format(reason=reason or ""))
        self.choose.setVisible(can_choose)


class FileGuard(QObject):
    """Lock, watch and read-only state of the window's open base."""

    read_only_changed = Signal()  # the banner and the title follow
    reload_requested = Signal(Path)  # open this file again (app.open_into)
    close_requested = Signal()  # show no base
    message = Signal(str)  # a line for the status bar

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self.opening_backups: threading.Thread | None = None
        self._operations: Operations | None = None
        self._path: Path | None = None
        self._lock: InstanceLock | None = None
        self._watch: FileWatch | None = None
        self._pinned: PoolProxiedConnection | None = None
        self._change: FileChange | None = None
        self._jobs: set[_FileJob] = set()
        self.merge_flow: MergeFlow | None = None  # the merge under way, if any
        self.banner = ReadOnlyBanner(window)
        self.banner.choose_requested.connect(self.offer_choices)
        self._timer = QTimer(self, interval=CHECK_EVERY_MS)
        self._timer.timeout.connect(self.check)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._on_application_state_changed)

    # --- attaching to a base ----------------------------------------------------------

    def attach(self, database: Database, operations: Operations, read_only: str | None) -> None:
        """Guard a newly shown base: lock it (or read-only), watch it, pin our version."""
        self._operations = operations
        self._path = database.path
        operations.outside_change_found.connect(
            self._on_outside_change, Qt.ConnectionType.QueuedConnection
        )
        if self._path is not None:
            if read_only is None:
                read_only = self._take_lock(self._path)
            self._watch = FileWatch(self._path)
            operations.set_file_watch(self._watch)
            self._pinned = database.engine.raw_connection()  # opens the file now
            self._timer.start()
        operations.set_read_only(read_only)
        self._show_state()

    def back_up_in_background(self, path: Path) -> None:
        """Start the opening backups on a plain thread (no Qt in it); ``detach`` waits for it."""
        self.wait_for_backups()
        self.opening_backups = threading.Thread(
            target=back_up_on_opening, args=(path,), name="opening-backups", daemon=True
        )
        self.opening_backups.start()

    def wait_for_backups(self) -> None:
        """Let a running backup finish, so no half-written copy is left behind."""
        if self.opening_backups is not None:
            self.opening_backups.join()
            self.opening_backups = None

    def detach(self) -> None:
        """Before the base is closed: stop watching, let go of our version and the lock."""
        self.wait_for_backups()
        self._timer.stop()
        if self._operations is not None:
            self._operations.outside_change_found.disconnect(self._on_outside_change)
            self._operations.set_file_watch(None)
        if self._pinned is not None:
            self._pinned.close()  # back to the pool, which the base's close disposes
        if self._lock is not None:
            self._lock.release()
        self._operations = self._path = self._lock = self._watch = self._pinned = None
        self._change = None
        self._show_state()

    def _take_lock(self, path: Path) -> str | None:
        """Our claim on the base; the holder's description when another instance has it."""
        lock = InstanceLock()
        result = lock.acquire(path)
        if not result.owned:
            return result.holder
        self._lock = lock
        return None

    @property
    def read_only_reason(self) -> str | None:
        """Why the base cannot be written now, or None."""
        return self._operations.read_only_reason if self._operations is not None else None

    @property
    def outside_change(self) -> FileChange | None:
        """The change seen on disk since the base was opened, if any."""
        return self._change

    def _show_state(self) -> None:
        self.banner.show_reason(self.read_only_reason, can_choose=self._change is not None)
        self.read_only_changed.emit()

    # --- watching ---------------------------------------------------------------------

    def _on_application_state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.check()

    def check(self) -> None:
        """Has the file changed under us? Also the lock's heartbeat."""
        if self._operations is None or self._watch is None:
            return
        change = self._watch.check()
        if change is not None:
            self._operations.found_outside_change(change)
        elif self._lock is not None and not self._lock.refresh():
            self._lock_lost()

    def _lock_lost(self) -> None:
        """Our claim aged out (a long sleep) and another instance took the base: stop writing."""
        assert self._operations is not None and self._path is not None
        self._lock = None
        holder = self._take_lock(self._path)
        if holder is not None:
            self._operations.set_read_only(holder)
            self._show_state()

    def _on_outside_change(self, change: FileChange) -> None:
        """Already read-only (Operations saw to it): say so, then offer what to do."""
        if self._operations is None or self._change is not None:
            return
        self._change = change
        self._show_state()
        self.offer_choices()

    def offer_choices(self) -> None:
        """The outside-change dialog, and what its answer does."""
        if self._change is None or self._path is None:
            return
        choice = self.ask_outside_change(self._path.name, self._change)
        if choice is OutsideChoice.RELOAD:
            self.reload_requested.emit(self._path)
        elif choice is OutsideChoice.MERGE:
            self.merge_mine()
        elif choice is OutsideChoice.SAVE_MINE:
            self.save_mine()
        elif choice is OutsideChoice.CLOSE:
            self.close_requested.emit()

    def ask_outside_change(self, file_name: str, change: FileChange) -> OutsideChoice:
        """The dialog, on its own so tests can answer it."""
        dialog = OutsideChangeDialog(file_name, change, self._window)
        dialog.exec()
        choice = dialog.choice()
        dialog.deleteLater()
        return choice

    def save_mine(self) -> Path | None:
        """Write the version we show (read through our pinned connection) to a chosen file."""
        if self._pinned is None or self._path is None:
            return None
        suggested = self._path.with_name(
            QCoreApplication.translate("sharing", "{stem} - ma version{suffix}").format(
                stem=self._path.stem, suffix=self._path.suffix
            )
        )
        destination = self.choose_copy_path(suggested)
        if destination is None:
            return None
        try:
            save_connection_copy(self._pinned.driver_connection, destination)
        except DlaError as error:
            self._warn(QCoreApplication.translate("sharing", "Copie impossible"), error.message)
            return None
        self.message.emit(
            QCoreApplication.translate("sharing", "Votre version est enregistrée : {path}").format(
                path=destination
            )
        )
        return destination

    def choose_copy_path(self, suggested: Path) -> Path | None:
        """The save dialog for "Enregistrer ma version sous…", on its own for tests."""
        name, _ = QFileDialog.getSaveFileName(
            self._window,
            QCoreApplication.translate("sharing", "Enregistrer ma version sous"),
            str(suggested),
            QCoreApplication.translate("sharing", "Bases DLA Desktop (*.dla)"),
        )
        return Path(name) if name else None

    # --- sending a copy ---------------------------------------------------------------

    def send_to_office(self, office_name: str) -> None:
        """Write a consistent copy for another office into a chosen folder, in the background."""
        if self._path is None:
            return
        if self._change is not None:
            self._warn(
                QCoreApplication.translate("sharing", "Envoi impossible"),
                QCoreApplication.translate(
                    "sharing",
                    "Le fichier a changé sur le disque : rechargez-le avant de l'envoyer.",
                ),
            )
            return
        folder = self.choose_send_folder()
        if folder is None:
            return
        source = self._path
        self._run(
            lambda: copies.send_copy(source, folder, office_name=office_name),
            lambda path: self.message.emit(
                QCoreApplication.translate("sharing", "Copie écrite : {path}").format(path=path)
            ),
            QCoreApplication.translate("sharing", "Envoi impossible"),
        )

    def choose_send_folder(self) -> Path | None:
        """The folder dialog of "Envoyer à un bureau…", on its own for tests."""
        name = QFileDialog.getExistingDirectory(
            self._window,
            QCoreApplication.translate("sharing", "Dossier où écrire la copie pour l'autre bureau"),
            str(Path.home()),
        )
        return Path(name) if name else None

    def _run(self, work: Callable[[], Any], done: Callable[[Any], None], title: str) -> None:
        """A file copy off the GUI thread; its outcome said on the GUI thread."""
        job = _FileJob(work, done, lambda text: self._warn(title, text), self)
        self._jobs.add(job)
        job.ended.connect(lambda: self._jobs.discard(job))
        QThreadPool.globalInstance().start(QRunnable.create(job.run))

    def wait_for_jobs(self, msecs: int = 10_000) -> bool:
        """Let copies in progress end (tests, quitting)."""
        return QThreadPool.globalInstance().waitForDone(msecs)

    # --- merging ----------------------------------------------------------------------

    def merge_received_file(self) -> None:
        """Fichier › Fusionner un fichier reçu…: choose the file, then the merge dialog."""
        if self._path is None or self.merge_flow is not None:
            return
        title = QCoreApplication.translate("sharing", "Fusion impossible")
        if self.read_only_reason is not None:
            self._warn(
                title,
                QCoreApplication.translate(
                    "sharing", "La base est en lecture seule ({reason}) : rien n'a été fusionné."
                ).format(reason=self.read_only_reason),
            )
            return
        path = self.choose_merge_file()
        if path is None:
            return
        if path.resolve() == self._path.resolve():
            self._warn(
                title,
                QCoreApplication.translate(
                    "sharing",
                    "C'est la base ouverte elle-même : choisissez le fichier reçu de l'autre "
                    "bureau.",
                ),
            )
            return
        self.merge_file(path)

    def choose_merge_file(self) -> Path | None:
        """The file dialog of "Fusionner un fichier reçu…", on its own for tests."""
        start = self._path.parent if self._path is not None else Path.home()
        name, _ = QFileDialog.getOpenFileName(
            self._window,
            QCoreApplication.translate("sharing", "Fichier reçu d'un autre bureau"),
            str(start),
            QCoreApplication.translate(
                "sharing", "Bases DLA Desktop (*.dla);;Tous les fichiers (*)"
            ),
        )
        return Path(name) if name else None

    def merge_file(self, path: Path, *, file_name: str = "") -> MergeFlow | None:
        """Merge ``path`` into the open base: plan, dialog, backup, write (``MergeFlow``)."""
        if self._operations is None or self._path is None:
            return None
        from dla_desktop.ui.dialogs.merge_flow import MergeFlow

        flow = MergeFlow(self._operations, self._path, path, self._window, file_name=file_name)
        self.merge_flow = flow
        flow.ended.connect(lambda: self._on_merge_flow_ended(flow))
        flow.merged.connect(
            lambda _summary: self.message.emit(
                QCoreApplication.translate("sharing", "Fusion terminée : {name}").format(
                    name=flow.file_name
                )
            )
        )
        flow.start()
        return flow

    def _on_merge_flow_ended(self, flow: MergeFlow) -> None:
        if self.merge_flow is flow:
            self.merge_flow = None

    def merge_mine(self) -> MergeFlow | None:
        """After an outside change: keep our version, reload the file, merge ours into it.

        Our version (read through the pinned connection) is first kept as a backup of
        this base, so that it survives whatever happens next, even a cancelled merge.
        """
        if self._pinned is None or self._path is None or self._operations is None:
            return None
        path, before = self._path, self._operations
        title = QCoreApplication.translate("sharing", "Fusion impossible")
        try:
            kept = self._keep_mine(path)
        except DlaError as error:
            self._warn(title, error.message)
            return None
        self.reload_requested.emit(path)
        if self._operations in (None, before) or self.read_only_reason is not None:
            self._warn(
                title,
                QCoreApplication.translate(
                    "sharing",
                    "Le fichier n'a pas pu être rechargé. Votre version est gardée ici : {path}",
                ).format(path=kept),
            )
            return None
        return self.merge_file(
            kept,
            file_name=QCoreApplication.translate("sharing", "ma version de « {name} »").format(
                name=path.name
            ),
        )

    def _keep_mine(self, path: Path) -> Path:
        """Our version, as the open connection still sees it, saved among the base's backups."""
        assert self._pinned is not None
        with tempfile.TemporaryDirectory(prefix="dla-ma-version-") as folder:
            staged = save_connection_copy(self._pinned.driver_connection, Path(folder) / path.name)
            kept = backups.automatic_backup(staged, backups.BackupReason.BEFORE_MERGE)
        assert kept is not None  # only a daily backup may be skipped
        return kept

    # --- restoring a backup -----------------------------------------------------------

    def restore_from_backup(self) -> None:
        """List this base's backups; the chosen one replaces it after a safety copy."""
        if self._path is None:
            return
        if self.read_only_reason is not None:
            self._warn(
                QCoreApplication.translate("sharing", "Restauration impossible"),
                QCoreApplication.translate(
                    "sharing", "La base est en lecture seule ({reason}) : rien n'a été restauré."
                ).format(reason=self.read_only_reason),
            )
            return
        from dla_desktop.ui.dialogs.restore_dialog import RestoreDialog

        path = self._path
        dialog = RestoreDialog(backups.list_backups(database=path.stem), self._window)
        chosen = dialog.chosen if dialog.exec() == RestoreDialog.DialogCode.Accepted else None
        dialog.deleteLater()
        if chosen is not None:
            self._restore(chosen, path)

    def _restore(self, chosen: backups.BackupInfo, path: Path) -> None:
        """Close the base, put the backup in its place, open it again, say where the old one is."""
        self.close_requested.emit()
        try:
            safety = backups.restore_backup(chosen.path, path)
        except DlaError as error:
            self.reload_requested.emit(path)
            self._warn(
                QCoreApplication.translate("sharing", "Restauration impossible"), error.message
            )
            return
        self.reload_requested.emit(path)
        self._inform(
            QCoreApplication.translate("sharing", "Sauvegarde restaurée"),
            QCoreApplication.translate(
                "sharing",
                "La sauvegarde est restaurée. La base telle qu'elle était avant est gardée "
                "ici : {path}",
            ).format(path=safety),
        )

    def _warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self._window, title, text)

    def _inform(self, title: str, text: str) -> None:
        QMessageBox.information(self._window, title, text)


def back_up_on_opening(path: Path) -> None:
    """The automatic backups of an opening (and the day's first); a failure never blocks.

    Run by ``FileGuard.back_up_in_background``: copying a large base must not hold up the
    window's first paint.
    """
    for reason in (backups.BackupReason.OPENING, backups.BackupReason.DAILY):
        try:
            backups.automatic_backup(path, reason)
        except (DlaError, OSError, sqlite3.Error):
            try:
                log_exception(f"automatic backup ({reason.value}) of {path}")
            except OSError:
                log.exception("automatic backup of %s", path)


class _FileJob(QObject):
    """One file copy run in the thread pool; its outcome handled on the GUI thread.

    The worker only emits; the slots are this object's methods, and it lives on the
    GUI thread, so Qt queues them there (a lambda would run in the worker).
    """

    _succeeded = Signal(object)
    _failed = Signal(str)
    ended = Signal()

    def __init__(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        fail: Callable[[str], None],
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self._work, self._done, self._fail = work, done, fail
        self._succeeded.connect(self._on_succeeded)
        self._failed.connect(self._on_failed)

    def run(self) -> None:
        """In the worker thread."""
        try:
            result = self._work()
        except DlaError as error:
            self._failed.emit(error.message)
        except Exception as error:  # noqa: BLE001 - said in one line, details in the log
            self._failed.emit(_unexpected(error))
        else:
            self._succeeded.emit(result)

    def _on_succeeded(self, result: object) -> None:
        try:
            self._done(result)
        finally:
            self.ended.emit()

    def _on_failed(self, text: str) -> None:
        try:
            self._fail(text)
        finally:
            self.ended.emit()


def _unexpected(error: Exception) -> str:
    """A bug during a copy: logged, and said in one French line."""
    try:
        log = log_exception("file copy", error)
    except OSError:
        return QCoreApplication.translate("sharing", "Erreur inattendue pendant la copie.")
    return QCoreApplication.translate(
        "sharing", "Erreur inattendue pendant la copie (détails : {log})."
    ).format(log=log)
