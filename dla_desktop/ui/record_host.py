"""Where a record page (an association, a programme...) shows, under a bar leading back.

The window keeps one record page at a time: opening another one, going back or
leaving for a section first asks the page (``maybe_leave``), so unsaved edits are
never dropped silently. The pages follow the record-page contract written in
docs/DEVELOPING.md (``saved``, ``record_opened``, ``save``, ``has_unsaved_changes``,
``maybe_leave``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget


class RecordHost(QWidget):
    """One record page at a time, below a "Retour" button; ``back_requested`` on click."""

    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("record_host")
        self._page: QWidget | None = None
        self.back_button = QPushButton(self)
        self.back_button.setObjectName("back_button")
        self.back_button.setFlat(True)
        self.back_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.back_button.setToolTip(self.tr("Revenir à l’écran précédent (Alt+Gauche)"))
        self.back_button.clicked.connect(self.back_requested)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.back_button)
        bar.addStretch()
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addLayout(bar)

    @property
    def page(self) -> QWidget | None:
        """The record page shown, if any."""
        return self._page

    def show_page(self, page: QWidget, back_text: str) -> None:
        """Show ``page`` (the previous one must have been left first)."""
        assert self._page is None, "leave() the shown page first"
        self._page = page
        page.setParent(self)
        self._layout.addWidget(page, 1)
        self.back_button.setText("← " + back_text)
        page.show()

    def leave(self) -> bool:
        """Close the page if it agrees (nothing unsaved, saved, or edits dropped)."""
        page = self._page
        if page is None:
            return True
        if not page.maybe_leave():  # type: ignore[attr-defined]
            return False
        self.drop()
        return True

    def drop(self) -> None:
        """Close the page without asking (its database is going away)."""
        if self._page is not None:
            self._page.hide()
            self._layout.removeWidget(self._page)
            self._page.deleteLater()
            self._page = None
