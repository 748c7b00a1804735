"""The attendance grid's view: SPACE and Delete become requests, row headers show their rate."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter
from PySide6.QtWidgets import QHeaderView, QTableView

from dla_desktop.ui.attendance_model import RATE_ROLE

RATE_WIDTH = 58  # the right end of a row header, where its rate is drawn


class RateHeader(QHeaderView):
    """Row headers with the association's name and, right-aligned in bold, its rate."""

    def paintSection(self, painter: QPainter, rect: QRect, index: int) -> None:  # noqa: N802
        super().paintSection(painter, rect, index)
        rate = (
            self.model().headerData(index, self.orientation(), RATE_ROLE) if self.model() else None
        )
        if not rate:
            return
        painter.save()
        box = rect.adjusted(rect.width() - RATE_WIDTH, 1, -1, -1)
        painter.fillRect(box, self.palette().button())
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(self.palette().buttonText().color())
        painter.drawText(
            box.adjusted(0, 0, -6, 0),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            rate,
        )
        painter.restore()


class AttendanceView(QTableView):
    """A grid whose SPACE and Delete keys are turned into requests for the tab."""

    toggle_requested = Signal()
    clear_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Space and not event.modifiers():
            self.toggle_requested.emit()
        elif event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.clear_requested.emit()
        else:
            super().keyPressEvent(event)
