"""What the window's section pages share: they read their data only when in front.

A section page (a list, the dashboard, Suivi, the partnerships board) follows the
window's ``Operations``. Opening a file or an operation that changed the page's area
marks it stale; it reads again when shown, so opening a file reads only the page in
front and a change made elsewhere costs nothing until the user comes back.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QStackedWidget, QWidget

from dla_desktop.ui.operations import Change, Operations


def empty_or(content: QWidget, text: str, parent: QWidget) -> tuple[QStackedWidget, QLabel]:
    """A friendly sentence at index 0 instead of an empty ``content`` (index 1): no blank page."""
    label = QLabel(text, parent)
    label.setObjectName("empty_state")
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    stack = QStackedWidget(parent)
    stack.addWidget(label)
    stack.addWidget(content)
    return stack, label


class SectionPage(QWidget):
    """Base of the section pages: ``set_operations``, ``refresh`` and the lazy re-read.

    Subclasses set ``follows`` (the changes that make them stale) and implement
    ``read_and_show`` and ``clear``; ``is_in_front`` says when reading is worth it.
    """

    record_opened = Signal(str, str)  # kind, id: the window opens that record

    follows: Change = Change(0)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._operations: Operations | None = None
        self._stale = False

    # --- hooks -------------------------------------------------------------------------

    def read_and_show(self, operations: Operations) -> None:
        """Read the page's data (one read-only transaction) and show it."""
        raise NotImplementedError

    def clear(self) -> None:
        """Show nothing: no file is open."""
        raise NotImplementedError

    def is_in_front(self) -> bool:
        """Whether the user can see what a refresh would read."""
        return self.isVisible()

    def focus_search(self) -> None:
        """Ctrl+F: nothing to search unless the page says otherwise."""

    # --- the contract with the window --------------------------------------------------

    def set_operations(self, operations: Operations | None) -> None:
        """Follow another database (or none): the data is read again when the page shows."""
        if self._operations is not None:
            self._operations.data_changed.disconnect(self._on_data_changed)
        self._operations = operations
        if operations is None:
            self._stale = False
            self.clear()
            return
        operations.data_changed.connect(self._on_data_changed)
        self._stale = True
        self._refresh_if_shown()

    def refresh(self) -> None:
        """Read now, whether stale or not."""
        self._stale = False
        if self._operations is not None:
            self.read_and_show(self._operations)

    # --- lazy refresh ------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self._refresh_if_shown()

    def _refresh_if_shown(self) -> None:
        """Hidden pages wait: opening a file reads only the page in front."""
        if self._stale and self.is_in_front():
            self.refresh()

    def _on_data_changed(self, change: Change) -> None:
        if change & self.follows:
            self._stale = True
            self._refresh_if_shown()
