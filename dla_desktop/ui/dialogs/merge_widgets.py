"""Small widgets of the merge dialog: a two-line cell, the deletion question, cell helpers."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QHBoxLayout,
    QRadioButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from dla_desktop.domain.merging import ConflictKind, RecordConflict, Side
from dla_desktop.ui.dialogs.merge_decisions import MergeDecisions, deleting_side, other_side

NOTE_COLOUR = QColor("#606060")  # the second line: who changed a value, and when
AUTHOR_ROLE = Qt.ItemDataRole.UserRole + 1
PADDING = 4
WRAP = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap


class DeletionChoice(QWidget):
    """Two radio buttons: keep the deletion, or keep the record."""

    chosen = Signal(object)  # the Side whose version of the record wins

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deletion_choice")
        self.delete = QRadioButton(self, objectName="keep_deleted")
        self.keep = QRadioButton(self, objectName="restore")
        self.group = QButtonGroup(self)
        self.group.addButton(self.delete)
        self.group.addButton(self.keep)
        self._sides: dict[QRadioButton, Side] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addWidget(self.delete)
        layout.addSpacing(16)
        layout.addWidget(self.keep)
        layout.addStretch()
        self.group.buttonClicked.connect(lambda button: self.chosen.emit(self._sides[button]))

    def show_conflict(self, conflict: RecordConflict | None, decisions: MergeDecisions) -> None:
        """Shown only for a deletion against an edit, with the answer given so far."""
        deleting = deleting_side(conflict) if conflict is not None else None
        self.setVisible(deleting is not None)
        if conflict is None or deleting is None:
            return
        if conflict.kind is ConflictKind.DELETED_MINE:
            self.delete.setText(self.tr("Garder supprimée"))
            self.keep.setText(self.tr("Restaurer"))
        else:
            self.delete.setText(self.tr("Supprimer, comme chez eux"))
            self.keep.setText(self.tr("Garder la fiche"))
        self._sides = {self.delete: deleting, self.keep: other_side(deleting)}
        side = decisions.deletion_side(conflict)
        self.group.setExclusive(False)  # lets both be unchecked while the question is open
        self.delete.setChecked(side is deleting)
        self.keep.setChecked(side is not None and side is not deleting)
        self.group.setExclusive(True)


class TwoLineDelegate(QStyledItemDelegate):
    """A text (wrapped) and below it, smaller and grey, a note (``AUTHOR_ROLE``)."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """The text in the item's colours, the note below it in grey."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, note = opt.text, str(index.data(AUTHOR_ROLE) or "")
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        text_colour = opt.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        rect = opt.rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(text_colour)
        used = painter.boundingRect(rect, WRAP, text)
        painter.drawText(rect, WRAP, text)
        painter.setFont(note_font(opt.font))
        painter.setPen(text_colour if selected else NOTE_COLOUR)
        painter.drawText(rect.adjusted(0, used.height() + 1, 0, 0), WRAP, note)
        painter.restore()

    def sizeHint(  # noqa: N802
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """Both parts wrapped to the column's width (the table passes it when it wraps)."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        note = str(index.data(AUTHOR_ROLE) or "")
        width = max(opt.rect.width() - 2 * PADDING, 60)
        bounds = QRect(0, 0, width, 100_000)
        first = QFontMetrics(opt.font).boundingRect(bounds, WRAP, opt.text)
        second = QFontMetrics(note_font(opt.font)).boundingRect(bounds, WRAP, note)
        natural = max(
            QFontMetrics(opt.font).horizontalAdvance(opt.text),
            QFontMetrics(note_font(opt.font)).horizontalAdvance(note),
        )
        return QSize(
            min(natural, 320) + 2 * PADDING, first.height() + second.height() + 2 * PADDING + 1
        )


def note_font(font: QFont) -> QFont:
    """The smaller font of a note under a value."""
    smaller = QFont(font)
    smaller.setPointSizeF(font.pointSizeF() * 0.9)
    return smaller


def centred(widget: QWidget) -> QWidget:
    """A cell widget kept at its own height, centred in a taller row."""
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(4, 0, 4, 0)
    layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignVCenter)
    return holder


def bold(font: QFont) -> QFont:
    """``font``, bold (labels of fields, totals)."""
    font.setBold(True)
    return font
