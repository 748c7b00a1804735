"""What every programme tab shares: one way to follow ``data_changed`` and to write.

A tab reads its data only when it is shown and stale, or at once when visible and a
matching change arrives; so the programme page can build every tab up front and each
reads exactly once when first shown.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from dla_desktop.ui.operations import Change, Operations


class ProgrammeTab(QWidget):
    """A tab of one programme that reads lazily: when shown if stale, live while visible."""

    record_opened = Signal(str, str)  # kind, id
    changes: ClassVar[Change] = Change.ALL

    def __init__(
        self, operations: Operations, programme_id: str | None, parent: QWidget | None = None
    ) -> None:
        """``programme_id`` is None only for Général's new programme, before its first save."""
        super().__init__(parent)
        self._operations = operations
        self._programme_id = programme_id
        self._stale = True  # nothing read yet: read when first shown
        operations.data_changed.connect(self._on_data_changed)

    def refresh(self) -> None:
        """Read again through the services and show it."""
        raise NotImplementedError

    def refresh_now(self) -> None:
        """Read now, shown or not, and count as fresh."""
        self._stale = False
        self.refresh()

    def refresh_if_shown(self) -> None:
        """Lazily: a hidden tab reads again only when it is shown."""
        if self._stale and self.isVisible():
            self.refresh_now()

    def _on_data_changed(self, change: Change) -> None:
        if change & self.changes:
            self._stale = True
            self.refresh_if_shown()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.refresh_if_shown()

    def write(self, work: Callable[[Session], Any], changes: Change) -> Any:
        """One transaction; a stale row means someone changed it: show the current state."""
        return self._operations.write(self, work, changes, on_stale=self.refresh)

    def confirm(self, title: str, question: str) -> bool:
        """Ask before removing something."""
        answer = QMessageBox.question(self, title, question)
        return answer == QMessageBox.StandardButton.Yes


def buttons_row(*buttons: QPushButton, stretch_first: bool = False) -> QHBoxLayout:
    """Buttons side by side, packed to the left (or to the right with ``stretch_first``)."""
    row = QHBoxLayout()
    if stretch_first:
        row.addStretch()
    for button in buttons:
        row.addWidget(button)
    if not stretch_first:
        row.addStretch()
    return row


def group_box(title: str, *parts: QWidget | QLayout) -> QGroupBox:
    """A titled box stacking widgets and layouts."""
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    for part in parts:
        if isinstance(part, QWidget):
            layout.addWidget(part)
        else:
            layout.addLayout(part)
    return box


def figure_label(name: str) -> QLabel:
    """A figure: plain text (names may hold ``<`` or ``&``), bold, selectable."""
    label = QLabel(objectName=name, textFormat=Qt.TextFormat.PlainText)
    label.setStyleSheet("font-weight: 600")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
