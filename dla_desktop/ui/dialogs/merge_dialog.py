"""Fusionner un fichier reçu: what the merge will do, the conflicts to settle, the end summary.

Three tabs over one ``MergePlan`` (Résumé, Conflits, Doublons), then, once the merge is
written, a last page saying what was done and where the backup is. The dialog only
shows and collects: "Fusionner" emits ``merge_requested`` with the ``MergeChoices``;
``MergeFlow`` backs the base up, writes, and calls ``show_done`` (or ``merge_failed``).
Ticking a fusion can reveal conflicts (their twin's links then meet ours): the dialog
emits ``plan_requested`` with the ticked keys and waits for ``show_plan`` (or
``plan_failed``) before "Fusionner" is offered again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dla_desktop.domain.merging import MergePlan, MergeSummary
from dla_desktop.domain.text import plural
from dla_desktop.ui.dialogs.merge_conflicts import OPEN_COLOUR, ConflictsPanel
from dla_desktop.ui.dialogs.merge_decisions import MergeDecisions
from dla_desktop.ui.dialogs.merge_pages import DonePage, DuplicatesPage, SummaryPage


class MergeDialog(QDialog):
    """Review a plan, settle its conflicts, choose its fusions, then see what was done."""

    merge_requested = Signal(object)  # MergeChoices
    plan_requested = Signal(object)  # frozenset of the duplicate keys ticked

    def __init__(self, plan: MergePlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("merge_dialog")
        self.setWindowTitle(self.tr("Fusionner un fichier reçu"))
        self.resize(1040, 640)
        self.plan = plan
        self.planned_fuse: frozenset[str] = frozenset()  # the fusions ``plan`` counts with
        self.decisions = MergeDecisions(plan)
        self.summary: MergeSummary | None = None
        self.tabs = QTabWidget(self, objectName="merge_tabs")
        self.summary_page = SummaryPage(plan, self)
        self.conflicts = ConflictsPanel(self.decisions, self)
        self.conflicts.decisions_changed.connect(self._update_state)
        self.duplicates = DuplicatesPage(self.decisions, self)
        self.duplicates.fusion_changed.connect(self._on_fusion_changed)
        self.tabs.addTab(self.summary_page, self.tr("Résumé"))
        self.tabs.addTab(self.conflicts, self.tr("Conflits ({count})"))
        self.tabs.addTab(self.duplicates, self.tr("Doublons ({count})"))
        self.tabs.setTabEnabled(1, bool(plan.conflicts))
        self.tabs.setTabEnabled(2, bool(plan.duplicates))
        self.done_page = DonePage(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.tabs)
        self.stack.addWidget(self.done_page)
        self.remaining = QLabel(self, objectName="remaining", textFormat=Qt.TextFormat.PlainText)
        self.remaining.setWordWrap(True)
        self.buttons = self._build_buttons()
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.remaining)
        layout.addWidget(self.buttons)
        self._update_state()

    def _build_buttons(self) -> QDialogButtonBox:
        """Fusionner and Annuler while choosing; Fermer alone once merged."""
        buttons = QDialogButtonBox(self)
        self.merge_button = QPushButton(self.tr("Fusionner"), self, objectName="merge_button")
        self.merge_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Annuler"), self, objectName="cancel_button")
        self.close_button = QPushButton(self.tr("Fermer"), self, objectName="close_button")
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button.hide()
        self.merge_button.clicked.connect(self.on_merge_button_clicked)
        self.cancel_button.clicked.connect(self.reject)
        self.close_button.clicked.connect(self.accept)
        return buttons

    # --- state -------------------------------------------------------------------------

    def _update_state(self) -> None:
        """Tab titles, what is left to choose, and "Fusionner" only once nothing is."""
        conflicts, open_ = len(self.plan.conflicts), len(self.decisions.unsettled())
        self.tabs.setTabText(1, self.tr("Conflits ({count})").format(count=conflicts))
        self.tabs.setTabEnabled(1, bool(conflicts))
        self.tabs.setTabText(
            2, self.tr("Doublons ({count})").format(count=len(self.duplicates.boxes))
        )
        if self.planning:
            self.merge_button.setEnabled(False)
            self.remaining.setStyleSheet("")
            self.remaining.setText(self.tr("Recherche des conflits avec les fiches fusionnées…"))
            return
        self.merge_button.setEnabled(open_ == 0)
        self.remaining.setText(self.remaining_text(conflicts, open_))
        self.remaining.setStyleSheet(f"color: {OPEN_COLOUR.name()}" if open_ else "")

    @property
    def planning(self) -> bool:
        """The ticked fusions differ from those the plan shown counts with."""
        return frozenset(self.decisions.fuse) != self.planned_fuse

    def remaining_text(self, conflicts: int, open_: int) -> str:
        """Under the tabs: why "Fusionner" waits, or that it is ready."""
        if conflicts == 0:
            return self.tr("Aucun conflit : « Fusionner » applique le résumé ci-dessus.")
        if open_:
            waiting = (
                self.tr("1 conflit sur {total} attend votre choix")
                if open_ == 1
                else self.tr("{count} conflits sur {total} attendent votre choix")
            )
            return self.tr(
                "{waiting} (onglet Conflits) : « Fusionner » reste grisé d'ici là."
            ).format(waiting=waiting.format(count=open_, total=conflicts))
        left = self.decisions.left_to_preference()
        if left:
            return plural(
                left,
                self.tr("choix sera fait à la fusion selon la date de modification."),
                self.tr("choix seront faits à la fusion selon la date de modification."),
            )
        return self.tr("Chaque conflit a un choix : vous pouvez fusionner.")

    # --- fusions and a new plan ------------------------------------------------------

    def _on_fusion_changed(self) -> None:
        """Ask for the plan with the fusions now ticked; "Fusionner" waits for it."""
        self._update_state()
        if self.planning:
            self.plan_requested.emit(frozenset(self.decisions.fuse))

    def show_plan(self, fuse: frozenset[str], plan: MergePlan) -> None:
        """The plan with ``fuse`` ticked; kept choices stay. An outdated one is ignored."""
        if fuse != frozenset(self.decisions.fuse) or self.summary is not None:
            return
        shown = self.conflicts.detail.conflict
        self.plan, self.planned_fuse = plan, fuse
        self.decisions.replan(plan)
        summary = SummaryPage(plan, self)
        self._replace_tab(0, summary, self.tr("Résumé"))
        self.summary_page = summary
        conflicts = ConflictsPanel(self.decisions, self)
        conflicts.decisions_changed.connect(self._update_state)
        self._replace_tab(1, conflicts, "")
        self.conflicts = conflicts
        again = [c for c in plan.conflicts if shown is not None and c.key == shown.key]
        if again:
            conflicts.select(again[0])
        self._update_state()

    def plan_failed(self, fuse: frozenset[str]) -> None:
        """No plan for ``fuse`` (already said): the boxes go back to what the plan counts."""
        if fuse != frozenset(self.decisions.fuse) or self.summary is not None:
            return
        self.duplicates.show_fused(self.planned_fuse)
        self._update_state()

    def _replace_tab(self, index: int, page: QWidget, title: str) -> None:
        """Put ``page`` in place of the tab at ``index``, the current tab staying current."""
        current = self.tabs.currentIndex()
        old = self.tabs.widget(index)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, page, title)
        self.tabs.setCurrentIndex(current)
        old.deleteLater()

    # --- merging -----------------------------------------------------------------------

    def on_merge_button_clicked(self) -> None:
        """Hand the choices over; the dialog waits, untouchable, for the outcome."""
        if self.planning or self.decisions.unsettled():
            return
        self.stack.setEnabled(False)
        self.merge_button.setEnabled(False)
        self.cancel_button.setEnabled(False)
        self.remaining.setStyleSheet("")
        self.remaining.setText(self.tr("Fusion en cours…"))
        self.merge_requested.emit(self.decisions.choices())

    def merge_failed(self) -> None:
        """Nothing was written (the reason was already said): choose again or cancel."""
        self.stack.setEnabled(True)
        self.cancel_button.setEnabled(True)
        self._update_state()

    def show_done(self, summary: MergeSummary, backup: Path | None) -> None:
        """The last page: what the merge did, and where the base was saved before it."""
        self.summary = summary
        self.done_page.show_summary(self.plan, summary, backup)
        self.stack.setEnabled(True)
        self.stack.setCurrentWidget(self.done_page)
        self.remaining.hide()
        self.merge_button.hide()
        self.cancel_button.hide()
        self.close_button.show()
        self.close_button.setFocus()

    def reject(self) -> None:
        """Échap and closing do nothing while the merge is being written."""
        if self.cancel_button.isEnabled() or self.summary is not None:
            super().reject()
