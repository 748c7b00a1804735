"""Fichier › Fusions passées…: the merges made into this base, and undoing one.

Undoing puts back every value a merge changed, where nobody changed it since, and
archives the records it created; it is one write operation (``undo_merge``) run in the
background (a large merge takes seconds to undo), after which every page reads again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from dla_desktop.domain.dates import format_moment
from dla_desktop.domain.merging import MergeRecord, UndoReport
from dla_desktop.domain.text import grouped_count, plural
from dla_desktop.services.merging import list_merges, undo_merge
from dla_desktop.ui.operations import Change, Operations, Progress
from dla_desktop.ui.widgets.table_view import item_table

MAX_SKIPPED_SHOWN = 12  # more lines would make the message box taller than the screen


class MergesDialog(QDialog):
    """Past merges, newest first, with "Annuler cette fusion…" for one not yet undone."""

    DATE, OFFICE, FILE, CREATED, UPDATED, DELETED, CONFLICTS, UNDONE = range(8)
    undo_ended = Signal()  # after any outcome of an undo: done, refused or failed

    def __init__(self, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("merges_dialog")
        self.setWindowTitle(self.tr("Fusions passées"))
        self.resize(980, 420)
        self._operations = operations
        self.merges: list[MergeRecord] = []
        self.report: UndoReport | None = None
        self.intro = QLabel(self, objectName="merges_intro", textFormat=Qt.TextFormat.PlainText)
        self.intro.setWordWrap(True)
        self.table = self._build_table()
        self.undo_button = QPushButton(self.tr("Annuler cette fusion…"), self)
        self.undo_button.setObjectName("undo_button")
        self.undo_button.clicked.connect(self.on_undo_button_clicked)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close).setText(self.tr("Fermer"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.table.itemSelectionChanged.connect(self._update_button)
        self.refresh()

    def _build_table(self) -> QTableWidget:
        """One row per merge, counts right-aligned; the file name takes the rest."""
        headers = [
            self.tr("Date"),
            self.tr("Bureau"),
            self.tr("Fichier"),
            self.tr("Créées"),
            self.tr("Modifiées"),
            self.tr("Supprimées"),
            self.tr("Conflits"),
            self.tr("Annulée le"),
        ]
        table = item_table(headers, "merges_table", self)
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.FILE, QHeaderView.ResizeMode.Stretch)
        return table

    def refresh(self) -> None:
        """Read the merges again (after an undo)."""
        self.merges = self._operations.read(list_merges)
        self.intro.setText(
            self.tr(
                "Les fusions faites dans cette base, la plus récente en premier. Annuler une "
                "fusion remet les valeurs d'avant, sauf celles modifiées depuis, et archive les "
                "fiches qu'elle avait créées."
            )
            if self.merges
            else self.tr("Aucune fusion n'a encore été faite dans cette base.")
        )
        self.table.setRowCount(len(self.merges))
        for row, merge in enumerate(self.merges):
            self._fill_row(row, merge)
        if self.merges:
            self.table.selectRow(0)
        self._update_button()

    def _fill_row(self, row: int, merge: MergeRecord) -> None:
        """One merge's row; an undone merge is greyed and says when it was undone."""
        office = merge.other_office or self.tr("(bureau non précisé)")
        undone = format_moment(merge.undone_at) if merge.undone_at is not None else ""
        texts = {
            self.DATE: format_moment(merge.merged_at),
            self.OFFICE: office,
            self.FILE: merge.file_name,
            self.UNDONE: undone,
        }
        counts = {
            self.CREATED: merge.created,
            self.UPDATED: merge.updated,
            self.DELETED: merge.deleted,
            self.CONFLICTS: merge.conflicts,
        }
        for column, text in texts.items():
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            self.table.setItem(row, column, item)
        if merge.user:
            self.table.item(row, self.DATE).setToolTip(
                self.tr("Fusion faite par {user}").format(user=merge.user)
            )
        for column, count in counts.items():
            item = QTableWidgetItem(grouped_count(count))
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, column, item)
        if merge.undone_at is not None:
            for column in range(self.table.columnCount()):
                self.table.item(row, column).setForeground(Qt.GlobalColor.darkGray)

    def selected(self) -> MergeRecord | None:
        """The merge of the selected row, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.merges[rows[0].row()] if rows else None

    def _update_button(self) -> None:
        merge = self.selected()
        self.undo_button.setEnabled(merge is not None and merge.undone_at is None)

    # --- undoing -----------------------------------------------------------------------

    def on_undo_button_clicked(self) -> None:
        """Confirm, then undo in one background write; the report comes when it is done."""
        merge = self.selected()
        if merge is None or merge.undone_at is not None or not self.confirm(merge):
            return
        merge_id = merge.id
        undoing = self.tr("Annulation de la fusion…")

        def work(session: Session, progress: Progress) -> UndoReport:
            progress.report(0, 0, undoing)
            return undo_merge(session, merge_id)

        self.undo_button.setEnabled(False)
        self.table.setEnabled(False)
        task = self._operations.run_in_background(
            self,
            work,
            Change.ALL,
            self._on_undone,
            title=self.tr("Annuler une fusion"),
            cancellable=False,
        )
        task.ended.connect(self._on_undo_ended)

    def _on_undone(self, report: UndoReport) -> None:
        """Written: the list reads again, then the report says what was put back."""
        self.report = report
        self.table.setEnabled(True)
        self.refresh()
        self.show_report(report)

    def _on_undo_ended(self) -> None:
        """Refused or failed (already said, nothing written): the list is usable again."""
        self.table.setEnabled(True)
        self._update_button()
        self.undo_ended.emit()

    def confirm(self, merge: MergeRecord) -> bool:
        """The confirmation, on its own so tests can answer it."""
        answer = QMessageBox.question(self, self.tr("Annuler une fusion"), self.confirm_text(merge))
        return answer == QMessageBox.StandardButton.Yes

    def confirm_text(self, merge: MergeRecord) -> str:
        """What undoing does, and that it is not the same as going back to the backup."""
        return "\n\n".join(
            [
                self.tr(
                    "Annuler la fusion du {moment} avec « {file} » ? Les valeurs qu'elle a "
                    "changées reviennent à leur état d'avant (sauf celles modifiées depuis) et "
                    "les fiches qu'elle a créées sont archivées."
                ).format(moment=format_moment(merge.merged_at), file=merge.file_name),
                self.tr(
                    "Ces retours en arrière sont des modifications ordinaires de cette base : "
                    "l'autre bureau les recevra à la prochaine fusion, et fusionner de nouveau "
                    "le même fichier ne ramènera pas les valeurs annulées."
                ),
                self.tr(
                    "Pour retrouver la base exactement comme avant la fusion, restaurez plutôt "
                    "la sauvegarde prise avant la fusion (Fichier › Restaurer une sauvegarde…)."
                ),
            ]
        )

    def report_text(self, report: UndoReport) -> str:
        """ "12 valeurs remises, 3 fiches archivées", then the values left as they are."""
        lines = [
            self.tr("Fusion annulée : {restored}, {archived}.").format(
                restored=plural(
                    report.restored, self.tr("valeur remise"), self.tr("valeurs remises")
                ),
                archived=plural(
                    report.archived, self.tr("fiche archivée"), self.tr("fiches archivées")
                ),
            )
        ]
        if report.skipped:
            lines.append(
                plural(
                    len(report.skipped),
                    self.tr("valeur laissée telle quelle :"),
                    self.tr("valeurs laissées telles quelles :"),
                )
            )
            lines += [f"• {line}" for line in report.skipped[:MAX_SKIPPED_SHOWN]]
            hidden = len(report.skipped) - MAX_SKIPPED_SHOWN
            if hidden > 0:
                lines.append(self.tr("… et {count} autres.").format(count=hidden))
        return "\n".join(lines)

    def show_report(self, report: UndoReport) -> None:
        """What the undo did, on its own so tests can read it instead."""
        QMessageBox.information(self, self.tr("Fusion annulée"), self.report_text(report))
