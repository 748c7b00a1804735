"""Fusionner un fichier reçu, from the chosen file to the end summary.

``MergeFlow`` runs one merge into the open base: a private copy of the received file
in a temporary folder (upgraded first if the user agrees), the plan computed in the
background, the ``MergeDialog``; then, on "Fusionner", a backup of the base and the
merge written in one background operation (``Operations`` acknowledges our own write
to the file watch and tells every page to read again).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy.orm import Session

from dla_desktop.domain.errors import DlaError
from dla_desktop.domain.merging import MergeChoices, MergePlan, MergeSummary
from dla_desktop.services.merging import (
    OlderFileError,
    apply_merge,
    plan_merge,
    prepare_their_copy,
)
from dla_desktop.sharing.backups import BackupReason, automatic_backup
from dla_desktop.ui.dialogs.merge_dialog import MergeDialog
from dla_desktop.ui.operations import BackgroundTask, Change, Operations, Progress


class MergeFlow(QObject):
    """One merge of a received file into the open base, step by step; ``ended`` once over."""

    ended = Signal()
    merged = Signal(object)  # the MergeSummary, once written

    def __init__(
        self,
        operations: Operations,
        base: Path,
        received: Path,
        window: QWidget,
        *,
        file_name: str = "",
    ) -> None:
        super().__init__(window)
        self._operations = operations
        self._base = base
        self._received = received
        self._window = window
        self.file_name = file_name or received.name
        self._folder = tempfile.TemporaryDirectory(prefix="dla-fusion-", ignore_cleanup_errors=True)
        self.folder = Path(self._folder.name)  # the private copy lives here until the end
        self._task: BackgroundTask | None = None
        self.copy: Path | None = None
        self.plan: MergePlan | None = None
        self.dialog: MergeDialog | None = None
        self.summary: MergeSummary | None = None
        self.backup: Path | None = None
        self._over = False

    def start(self) -> None:
        """Check and copy the received file, then compute the plan (both in the background)."""
        self._prepare_and_plan(upgrade=False)

    # --- preparing and planning ----------------------------------------------------------

    def _prepare_and_plan(self, *, upgrade: bool) -> None:
        """One background operation: copy and check the file, then plan (writes nothing)."""
        received, folder, name = self._received, self.folder, self.file_name
        checking, comparing = (
            QCoreApplication.translate("MergeFlow", "Vérification du fichier reçu…"),
            QCoreApplication.translate("MergeFlow", "Comparaison des bases…"),
        )

        def work(session: Session, progress: Progress) -> tuple[Path, MergePlan] | DlaError:
            progress.report(0, 0, checking)
            try:
                copy = prepare_their_copy(received, folder, upgrade=upgrade)
                progress.raise_if_cancelled()
                progress.report(0, 0, comparing)
                return copy, plan_merge(session, copy, file_name=name)
            except DlaError as error:
                return error  # said on the GUI thread, under the merge's own title

        task = self._operations.run_in_background(
            self._window,
            work,
            Change(0),
            self._on_planned,
            title=QCoreApplication.translate("MergeFlow", "Fusionner un fichier reçu"),
        )
        self._task = task
        task.ended.connect(lambda: self._on_planning_ended(task))

    def _on_planned(self, result: tuple[Path, MergePlan] | DlaError) -> None:
        """An older file: offer to upgrade a copy; a refused one: say why; else the plan."""
        if isinstance(result, OlderFileError):
            if self.ask_upgrade(result.message):
                self._prepare_and_plan(upgrade=True)
            return
        if isinstance(result, DlaError):
            self.refuse(result.message)
            return
        self.copy, self.plan = result
        if self.plan.nothing_to_do:
            self.say_nothing_to_do(self.plan)
            return
        self._show_dialog(self.plan)

    def _on_planning_ended(self, task: BackgroundTask) -> None:
        """Failed, cancelled, refused or nothing to do: the flow is over, nothing changed."""
        if task is self._task and self.dialog is None:
            self._end()

    def ask_upgrade(self, message: str) -> bool:
        """The received file is older: upgrade a copy of it (never the file itself)?"""
        answer = QMessageBox.question(
            self._window,
            QCoreApplication.translate("MergeFlow", "Fichier d'une version plus ancienne"),
            " ".join(
                [
                    message,
                    QCoreApplication.translate(
                        "MergeFlow", "Mettre à niveau une copie et fusionner ?"
                    ),
                ]
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def refuse(self, message: str) -> None:
        """The received file cannot be merged (not ours, damaged, newer...): nothing changed."""
        QMessageBox.warning(
            self._window, QCoreApplication.translate("MergeFlow", "Fusion impossible"), message
        )

    def say_nothing_to_do(self, plan: MergePlan) -> None:
        """Nothing new in the received file: said, and nothing written."""
        QMessageBox.information(
            self._window,
            QCoreApplication.translate("MergeFlow", "Rien à fusionner"),
            QCoreApplication.translate(
                "MergeFlow",
                "« {file} » n'apporte aucune modification que cette base n'ait déjà : "
                "rien n'a été changé.",
            ).format(file=plan.file_name),
        )

    # --- the dialog and the merge --------------------------------------------------------

    def _show_dialog(self, plan: MergePlan) -> None:
        """Window-modal but not blocking, so the flow goes on from its signals."""
        dialog = MergeDialog(plan, self._window)
        dialog.merge_requested.connect(self._merge)
        dialog.plan_requested.connect(self._replan)
        dialog.finished.connect(self._on_dialog_finished)
        self.dialog = dialog
        dialog.open()

    def _replan(self, fuse: frozenset[str]) -> None:
        """The plan again with these fusions, in the background, as the first one was."""
        assert self.copy is not None
        copy, name = self.copy, self.file_name
        comparing = QCoreApplication.translate("MergeFlow", "Comparaison des bases…")
        planned: list[MergePlan] = []

        def work(session: Session, progress: Progress) -> MergePlan:
            progress.report(0, 0, comparing)
            return plan_merge(session, copy, file_name=name, fuse=fuse)

        def on_planned(plan: MergePlan) -> None:
            planned.append(plan)
            if self.dialog is not None:
                self.dialog.show_plan(fuse, plan)

        def on_ended() -> None:
            if not planned and self.dialog is not None:
                self.dialog.plan_failed(fuse)

        task = self._operations.run_in_background(
            self.dialog,
            work,
            Change(0),
            on_planned,
            title=QCoreApplication.translate("MergeFlow", "Fusionner un fichier reçu"),
        )
        task.ended.connect(on_ended)

    def _merge(self, choices: MergeChoices) -> None:
        """Back the base up, then write the merge in one transaction, in the background."""
        assert self.copy is not None
        base, copy, name = self._base, self.copy, self.file_name
        saving, merging = (
            QCoreApplication.translate("MergeFlow", "Sauvegarde de la base…"),
            QCoreApplication.translate("MergeFlow", "Fusion en cours…"),
        )

        def work(session: Session, progress: Progress) -> tuple[MergeSummary, Path | None]:
            progress.report(0, 0, saving)
            backup = automatic_backup(base, BackupReason.BEFORE_MERGE)
            progress.report(0, 0, merging)
            summary = apply_merge(
                session, copy, choices, file_name=name, backup_path=str(backup or "")
            )
            return summary, backup

        task = self._operations.run_in_background(
            self.dialog,
            work,
            Change.ALL,
            self._on_merged,
            title=QCoreApplication.translate("MergeFlow", "Fusionner un fichier reçu"),
            cancellable=False,
        )
        task.ended.connect(self._on_merge_ended)

    def _on_merged(self, result: tuple[MergeSummary, Path | None]) -> None:
        """Written: the dialog shows the end summary; the window's status bar says so."""
        self.summary, self.backup = result
        if self.dialog is not None:
            self.dialog.show_done(self.summary, self.backup)
        self.merged.emit(self.summary)

    def _on_merge_ended(self) -> None:
        """Refused or failed (already said): the dialog lets the user try again or cancel."""
        if self.summary is None and self.dialog is not None:
            self.dialog.merge_failed()

    def _on_dialog_finished(self, _result: int) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None
        self._end()

    def _end(self) -> None:
        """Remove the private copy; the flow is over."""
        if self._over:
            return
        self._over = True
        self._folder.cleanup()
        self.ended.emit()
        self.deleteLater()
