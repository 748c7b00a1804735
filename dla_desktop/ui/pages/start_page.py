"""Shown while no file is open: create a base, open one, or try the demonstration."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class StartPage(QWidget):
    """Three ways to get a file; the window answers each request."""

    new_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        message = QLabel(
            self.tr(
                "Aucune base n’est ouverte.\n\n"
                "Créez une base, ouvrez un fichier .dla ou découvrez l’application "
                "avec la base de démonstration."
            ),
            self,
        )
        message.setObjectName("start_message")
        message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        message.setWordWrap(True)
        font = message.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        message.setFont(font)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for name, text, signal in (
            ("new_button", self.tr("Nouvelle base…"), self.new_requested),
            ("open_button", self.tr("Ouvrir…"), self.open_requested),
            ("demo_button", self.tr("Ouvrir la démonstration"), self.demo_requested),
        ):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.clicked.connect(signal)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.addStretch(1)
        layout.addWidget(message)
        layout.addSpacing(16)
        layout.addLayout(buttons)
        layout.addStretch(2)
