"""Pick one of the open base's automatic backups to put back in its place.

The dialog only chooses (after a confirmation); the window closes the base, restores
and re-opens it (``FileGuard.restore_from_backup``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
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

from dla_desktop.domain.dates import format_moment
from dla_desktop.domain.text import format_size
from dla_desktop.sharing.backups import BackupInfo
from dla_desktop.ui.translations import enum_label
from dla_desktop.ui.widgets.table_view import item_table


class RestoreDialog(QDialog):
    """This base's backups, newest first: date, why it was taken, size."""

    def __init__(self, backups: list[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restore_dialog")
        self.setWindowTitle(self.tr("Restaurer une sauvegarde"))
        self.setMinimumSize(560, 360)
        self.backups = sorted(backups, key=lambda info: info.taken_at, reverse=True)
        self.chosen: BackupInfo | None = None
        intro = QLabel(self._intro_text(), self, objectName="restore_intro")
        intro.setWordWrap(True)
        self.table = self._build_table()
        buttons = QDialogButtonBox(self)
        self.restore_button = QPushButton(self.tr("Restaurer"), self, objectName="restore_button")
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.restore_button.clicked.connect(self.on_restore_button_clicked)
        buttons.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._update_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        if self.backups:
            self.table.selectRow(0)
        self._update_button()

    def _intro_text(self) -> str:
        if not self.backups:
            return self.tr("Aucune sauvegarde de cette base pour l'instant.")
        return self.tr(
            "La sauvegarde choisie remplacera la base ouverte. La base actuelle est d'abord "
            "copiée, pour pouvoir revenir en arrière."
        )

    def _build_table(self) -> QTableWidget:
        headers = [self.tr("Date"), self.tr("Sauvegarde"), self.tr("Taille")]
        table = item_table(headers, "restore_table", self, rows=len(self.backups))
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        for row, info in enumerate(self.backups):
            size = QTableWidgetItem(format_size(info.size))
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, 0, QTableWidgetItem(format_moment(info.taken_at)))
            table.setItem(row, 1, QTableWidgetItem(self._reason_label(info)))
            table.setItem(row, 2, size)
        table.doubleClicked.connect(self.on_restore_button_clicked)
        return table

    def _reason_label(self, info: BackupInfo) -> str:
        """ "À l'ouverture", "Quotidienne"... (the enum's French label, capitalised)."""
        label = enum_label(info.reason)
        return label[:1].upper() + label[1:]

    def selected(self) -> BackupInfo | None:
        """The backup of the selected row."""
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _update_button(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def on_restore_button_clicked(self) -> None:
        """Ask once more, then hand the choice to the window."""
        backup = self.selected()
        if backup is not None and self.confirm(backup):
            self.chosen = backup
            self.accept()

    def confirm(self, backup: BackupInfo) -> bool:
        """The confirmation, on its own so tests can answer it."""
        answer = QMessageBox.question(
            self,
            self.tr("Restaurer une sauvegarde"),
            self.tr(
                "Remplacer la base ouverte par la sauvegarde du {moment} ? "
                "La base actuelle sera d'abord copiée dans le dossier des sauvegardes."
            ).format(moment=format_moment(backup.taken_at)),
        )
        return answer == QMessageBox.StandardButton.Yes
