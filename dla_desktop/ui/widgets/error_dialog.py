"""What the user sees of a bug: a calm French sentence, and the details only if asked.

The traceback is for whoever fixes the bug: it stays folded away, is copied in one
click for an e-mail, and is already in the log file named by the sentence.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)


class ErrorDialog(QDialog):
    """An unexpected error: says nothing was changed and where the details were logged."""

    def __init__(self, details: str, log: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Erreur inattendue"))
        self.message = QLabel(self._sentence(log), objectName="message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QPlainTextEdit(details, objectName="details")
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setMinimumHeight(200)
        self.details.hide()
        self.show_details = QPushButton(self.tr("Afficher les détails"), objectName="show_details")
        self.show_details.setCheckable(True)
        self.show_details.toggled.connect(self.on_show_details_toggled)
        self.copy_details = QPushButton(self.tr("Copier les détails"), objectName="copy_details")
        self.copy_details.clicked.connect(self.on_copy_details_clicked)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setDefault(True)
        close.setFocus()  # Enter or Escape closes; the details need a deliberate click
        for button in (self.show_details, self.copy_details):
            button.setAutoDefault(False)
        self._build_layout(buttons)

    def _sentence(self, log: Path | None) -> str:
        """Reassure first (nothing changed), then say where the details are."""
        first = self.tr("L’opération n’a pas abouti ; vos données n’ont pas été modifiées.")
        if log is None:
            return first
        where = self.tr("Les détails ont été enregistrés dans :")
        return f"{first}\n\n{where}\n{log}"  # the path on its own line: no break inside

    def _build_layout(self, buttons: QDialogButtonBox) -> None:
        icon = QLabel(objectName="icon")
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        pixmap = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        icon.setPixmap(pixmap.pixmap(size, size))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addWidget(self.message, 1)
        bottom = QHBoxLayout()  # details on the left, closing on the right
        bottom.addWidget(self.show_details)
        bottom.addWidget(self.copy_details)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(6)
        layout.addWidget(self.details, 1)
        layout.addLayout(bottom)
        self.setMinimumWidth(520)

    def on_show_details_toggled(self, shown: bool) -> None:
        """Unfold the traceback on request, and fold it back."""
        self.details.setVisible(shown)
        self.show_details.setText(
            self.tr("Masquer les détails") if shown else self.tr("Afficher les détails")
        )
        self.adjustSize()

    def on_copy_details_clicked(self) -> None:
        """For an e-mail to whoever maintains the application."""
        QApplication.clipboard().setText(self.details.toPlainText())
