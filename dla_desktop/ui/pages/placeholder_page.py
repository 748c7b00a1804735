"""A page whose screen is not built yet: its title and, in French, what it will show."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from dla_desktop.ui.operations import Operations
from dla_desktop.ui.pages.list_pages import page_title


class PlaceholderPage(QWidget):
    """Holds a navigation entry's place until its real screen lands."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        message = QLabel(text, self)
        message.setObjectName("placeholder_text")
        message.setWordWrap(True)
        message.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(title, self))
        layout.addWidget(message)
        layout.addStretch(1)

    def set_operations(self, operations: Operations | None) -> None:
        """Nothing to read yet."""

    def focus_search(self) -> None:
        """Nothing to search yet."""
