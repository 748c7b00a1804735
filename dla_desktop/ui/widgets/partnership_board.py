"""The partnership board: a column per status; cards move by drag and drop, keys or menu.

A column is a QListView over a list model with a painting delegate: a card costs no
widget (1,000 cards fill and paint in ~25 ms). The board asks for moves; the page writes.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from dla_desktop.domain.dashboard import PartnershipCard
from dla_desktop.domain.enums import PartnershipCategory, PartnershipStatus
from dla_desktop.domain.money import format_money
from dla_desktop.domain.text import folded
from dla_desktop.ui.translations import enum_label

MIME_TYPE = "application/x-dla-partnership"
STATUSES = tuple(PartnershipStatus)
COLUMN_WIDTH = 216
CardRole = Qt.ItemDataRole.UserRole
ModelIndex = QModelIndex | QPersistentModelIndex
CARD_MARGIN = 4
CARD_PADDING = 8
CARD_LINES = 4

# One accent per category, so a column reads at a glance (colour-blind safe palette).
PALETTE = ("#0072B2", "#009E73", "#E69F00", "#56B4E9", "#CC79A7", "#D55E00")
CATEGORY_COLOURS = dict(zip(PartnershipCategory, PALETTE, strict=True))


def card_search_text(card: PartnershipCard) -> str:
    """What a card says in one line: searched by the board's filter, read by screen readers."""
    return " · ".join(filter(None, (card.association_name, card.company_name, card.title)))


def category_text(card: PartnershipCard) -> str:
    """The card's last line, left of the amount."""
    try:
        return enum_label(PartnershipCategory(card.category))
    except ValueError:
        return card.category  # a value from a newer version


class CardDelegate(QStyledItemDelegate):
    """Paints a card (association in bold, company, title, category, amount): no widget."""

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:  # noqa: N802
        height = QFontMetrics(option.font).lineSpacing() * CARD_LINES
        return QSize(COLUMN_WIDTH - 2 * CARD_MARGIN, height + 2 * CARD_PADDING + 2 * CARD_MARGIN)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        card: PartnershipCard | None = index.data(CardRole)
        if card is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = option.rect.adjusted(CARD_MARGIN, CARD_MARGIN, -CARD_MARGIN, -CARD_MARGIN)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        border = palette.color(QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Mid)
        painter.setPen(QPen(border, 2 if selected else 1))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(box, 6, 6)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(CATEGORY_COLOURS.get(card.category, "#999999")))
        painter.drawRoundedRect(box.x() + 1, box.y() + 1, 5, box.height() - 2, 2, 2)
        self._paint_lines(
            painter, option, card, box.adjusted(CARD_PADDING + 4, CARD_PADDING, -CARD_PADDING, 0)
        )
        painter.restore()

    def _paint_lines(
        self, painter: QPainter, option: QStyleOptionViewItem, card: PartnershipCard, box: QRect
    ) -> None:
        """Four elided lines of plain text (never rich text: names may hold < or &)."""
        plain, bold = QFont(option.font), QFont(option.font)
        bold.setBold(True)
        lines = (
            (card.association_name, bold, QPalette.ColorRole.Text),
            (card.company_name, plain, QPalette.ColorRole.Text),
            (card.title, plain, QPalette.ColorRole.PlaceholderText),
            (category_text(card), plain, QPalette.ColorRole.PlaceholderText),
        )
        step, amount = QFontMetrics(option.font).lineSpacing(), format_money(card.amount)
        amount_room = QFontMetrics(bold).horizontalAdvance(amount) + 8 if amount else 0
        for number, (text, font, role) in enumerate(lines):
            painter.setFont(font)
            painter.setPen(option.palette.color(role))
            line = QRect(box.x(), box.y() + number * step, box.width(), step)
            width = box.width() - (amount_room if number == len(lines) - 1 else 0)
            elided = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, width)
            painter.drawText(line, Qt.AlignmentFlag.AlignVCenter, elided)
        painter.setFont(bold)  # the amount matters most: never elided, on the right
        painter.setPen(option.palette.color(QPalette.ColorRole.Text))
        painter.drawText(line, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, amount)


class BoardColumnModel(QAbstractListModel):
    """The cards of one status; dropping a card of another status asks to move it."""

    card_dropped = Signal(str, str)  # partnership id, this column's status

    def __init__(self, status: PartnershipStatus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = status
        self._cards: list[PartnershipCard] = []

    def set_cards(self, cards: Sequence[PartnershipCard]) -> None:
        """Replace the column's cards (one reset: views keep no stale row)."""
        self.beginResetModel()
        self._cards = list(cards)
        self.endResetModel()

    def card_at(self, row: int) -> PartnershipCard:
        return self._cards[row]

    def row_of(self, card_id: str) -> int | None:
        return next((row for row, card in enumerate(self._cards) if card.id == card_id), None)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._cards)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._cards):
            return None
        card = self._cards[index.row()]
        if role == CardRole:
            return card
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return card_search_text(card)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(filter(None, (card.title, format_money(card.amount))))
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        """The dragged card's id and status (one card at a time)."""
        mime = QMimeData()
        rows = [index.row() for index in indexes if index.isValid()]
        if rows:
            card = self._cards[rows[0]]
            mime.setData(MIME_TYPE, QByteArray(f"{card.id}\t{card.status}".encode()))
        return mime

    def canDropMimeData(self, data: QMimeData, action, row, column, parent) -> bool:  # noqa: N802, ANN001
        """A card from another column only: dropping on its own column changes nothing."""
        dropped = _decode(data)
        return dropped is not None and dropped[1] != self.status.value

    def dropMimeData(self, data: QMimeData, action, row, column, parent) -> bool:  # noqa: N802, ANN001
        """Ask for the move once the drag is over: the page writes it, then the board reloads."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        card_id = _decode(data)[0]  # type: ignore[index]
        QTimer.singleShot(0, self, lambda: self.card_dropped.emit(card_id, self.status.value))
        return True


def _decode(data: QMimeData) -> tuple[str, str] | None:
    if not data.hasFormat(MIME_TYPE):
        return None
    card_id, _tab, status = bytes(data.data(MIME_TYPE).data()).decode().partition("\t")
    return (card_id, status) if card_id else None


class BoardColumnView(QListView):
    """A column of cards: drag, Ctrl+←/→ to move, Enter to open, menu for any status."""

    move_asked = Signal(str, int)  # card id, step (-1 previous status, +1 next)
    menu_asked = Signal(QPoint)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(CardDelegate(self))
        self.setUniformItemSizes(True)  # one size hint for all: layout stays O(1) per card
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self.menu_asked)
        self.setMinimumWidth(COLUMN_WIDTH)
        self.setMaximumWidth(COLUMN_WIDTH + 40)

    def current_card(self) -> PartnershipCard | None:
        index = self.currentIndex()
        return index.data(CardRole) if index.isValid() else None

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        step = {Qt.Key.Key_Right: 1, Qt.Key.Key_Left: -1}.get(Qt.Key(event.key()))
        card = self.current_card()
        if step and event.modifiers() & Qt.KeyboardModifier.ControlModifier and card:
            self.move_asked.emit(card.id, step)
            return
        super().keyPressEvent(event)


class BoardColumn(QWidget):
    """A status's header (name, count, amount) over its cards."""

    def __init__(self, status: PartnershipStatus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = status
        self.header = QLabel(self)
        self.header.setObjectName(f"board_header_{status.value}")
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.header.setStyleSheet("font-weight: bold")
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setEnabled(False)  # the palette's quieter text colour
        self.model = BoardColumnModel(status, self)
        self.view = BoardColumnView(self)
        self.view.setObjectName(f"board_{status.value}")
        self.view.setModel(self.model)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(CARD_MARGIN, 0, CARD_MARGIN, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)

    def set_cards(self, cards: Sequence[PartnershipCard]) -> None:
        """Show these cards under the status name, their count and their total amount."""
        self.model.set_cards(cards)
        self.header.setText(enum_label(self.status))
        amounts = [card.amount for card in cards if card.amount is not None]
        text = self.tr("%n partenariat(s)", "", len(cards)) if cards else self.tr("Aucun")
        if amounts:
            text = self.tr("%1 · %2").replace("%1", text).replace("%2", format_money(sum(amounts)))
        self.summary.setText(text)


class PartnershipBoard(QWidget):
    """Every status side by side; asks the page to move or open a card."""

    move_requested = Signal(str, str)  # partnership id, new status value
    card_opened = Signal(str)  # partnership id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cards: list[PartnershipCard] = []
        self._words: tuple[str, ...] = ()
        self.columns = {status: BoardColumn(status, self) for status in STATUSES}
        strip = QWidget(self)
        row = QHBoxLayout(strip)
        row.setContentsMargins(0, 0, 0, 0)
        for column in self.columns.values():
            row.addWidget(column)
            self._connect(column)
        self.scroll = scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(strip)
        QVBoxLayout(self).addWidget(scroll)
        self.layout().setContentsMargins(0, 0, 0, 0)

    def _connect(self, column: BoardColumn) -> None:
        column.model.card_dropped.connect(self.move_requested)
        column.view.move_asked.connect(self._on_move_asked)
        column.view.activated.connect(lambda index: self.card_opened.emit(index.data(CardRole).id))
        column.view.menu_asked.connect(lambda point, c=column: self._on_menu_asked(c, point))

    # --- content -----------------------------------------------------------------------

    def set_cards(self, cards: Sequence[PartnershipCard]) -> None:
        """Show these cards (the filter kept), keeping the current card where it went."""
        current = self.current_card()
        self._cards = list(cards)
        self._fill()
        if current is not None:
            self.select_card(current.id)

    def set_filter(self, text: str) -> None:
        """Keep cards whose association, company or title hold every word (accents ignored)."""
        words = tuple(folded(text).split())
        if words != self._words:
            self._words = words
            self._fill()

    def _fill(self) -> None:
        shown: dict[str, list[PartnershipCard]] = {status.value: [] for status in STATUSES}
        for card in self._cards:
            key = folded(card_search_text(card)) if self._words else ""
            if all(word in key for word in self._words):
                shown.setdefault(card.status, []).append(card)
        for status, column in self.columns.items():
            column.set_cards(shown[status.value])

    def card(self, card_id: str) -> PartnershipCard | None:
        """A card by id, shown or filtered out."""
        return next((card for card in self._cards if card.id == card_id), None)

    def cards_in(self, status: PartnershipStatus) -> list[PartnershipCard]:
        model = self.columns[status].model
        return [model.card_at(row) for row in range(model.rowCount())]

    def current_card(self) -> PartnershipCard | None:
        """The focused column's current card, else the first column's that has one."""
        views = sorted((c.view for c in self.columns.values()), key=lambda v: not v.hasFocus())
        return next((card for view in views if (card := view.current_card())), None)

    def select_card(self, card_id: str) -> bool:
        """Make a card current (and focused when the board has focus); False if not shown."""
        for column in self.columns.values():
            row = column.model.row_of(card_id)
            if row is not None:
                index = column.model.index(row, 0)
                column.view.setCurrentIndex(index)
                column.view.scrollTo(index)
                self.scroll.ensureWidgetVisible(column, 0, 0)
                if self.isVisible():
                    column.view.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return False

    # --- moves -------------------------------------------------------------------------

    def _on_move_asked(self, card_id: str, step: int) -> None:
        card = self.card(card_id)
        if card is None:
            return
        position = [s.value for s in STATUSES].index(card.status) + step
        if 0 <= position < len(STATUSES):
            self.move_requested.emit(card_id, STATUSES[position].value)

    def card_menu(self, card: PartnershipCard) -> QMenu:
        """Ouvrir, and "Passer à ▸" every other status."""
        menu = QMenu(self)
        menu.addAction(self.tr("Ouvrir"), lambda: self.card_opened.emit(card.id))
        moves = menu.addMenu(self.tr("Passer à"))
        moves.setObjectName("move_menu")
        for status in STATUSES:
            if status.value != card.status:
                moves.addAction(
                    enum_label(status),
                    lambda s=status: self.move_requested.emit(card.id, s.value),
                )
        return menu

    def _on_menu_asked(self, column: BoardColumn, point: QPoint) -> None:
        index = column.view.indexAt(point)
        if not index.isValid():
            index = column.view.currentIndex()  # the Menu key: the current card
        if not index.isValid():
            return
        menu = self.card_menu(index.data(CardRole))
        menu.exec(column.view.viewport().mapToGlobal(column.view.visualRect(index).center()))
        menu.deleteLater()
