"""Partenariats: the list (a ListPage) or the board by status, the choice remembered.

The board's moves are written here, each in one transaction through
``partnerships.change_partnership_status`` (dated today, with the card's version:
a card moved meanwhile elsewhere is refused and the board reloads). Under the board,
the current card's steps: each status it went through and the day it was reached.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from dla_desktop.domain.dashboard import PartnershipCard
from dla_desktop.domain.errors import NotFoundError, ValidationError
from dla_desktop.domain.records import PartnershipRecord
from dla_desktop.services import partnerships
from dla_desktop.ui.dialogs.partnership_dialog import status_path_text
from dla_desktop.ui.operations import Change, Operations
from dla_desktop.ui.pages.list_pages import PARTNERSHIP_LIST, ListPage, page_title
from dla_desktop.ui.pages.section_page import SectionPage
from dla_desktop.ui.widgets.partnership_board import CardRole, PartnershipBoard

VIEW_KEY = "partnerships/view"
LIST_VIEW, BOARD_VIEW = "list", "board"


class PartnershipsPage(SectionPage):
    """A toggle between the partnerships list and their board; both open a partnership."""

    follows = PARTNERSHIP_LIST.changes

    def __init__(
        self, title: str, *, settings: QSettings | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._settings = settings if settings is not None else QSettings()
        self.list_page = ListPage(
            PARTNERSHIP_LIST, title, settings=self._settings, show_title=False, parent=self
        )
        self.list_page.record_opened.connect(self.record_opened)
        self.board = PartnershipBoard(self)
        self.board.move_requested.connect(self.move_card)
        self.board.card_opened.connect(lambda id: self.record_opened.emit("partnership", id))
        self.card_steps = self._make_card_steps()
        self.board_search = self._make_board_search()
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.list_page)
        self.stack.addWidget(self._board_area())
        self.list_button, self.board_button = self._make_toggle()
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        bar.addWidget(page_title(title, self))
        bar.addStretch(1)
        bar.addWidget(self.list_button)
        bar.addWidget(self.board_button)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        self.show_view(str(self._settings.value(VIEW_KEY, LIST_VIEW)))

    def _make_toggle(self) -> tuple[QToolButton, QToolButton]:
        group = QButtonGroup(self)
        buttons = []
        for name, text in ((LIST_VIEW, self.tr("Liste")), (BOARD_VIEW, self.tr("Tableau"))):
            button = QToolButton(self)
            button.setObjectName(f"{name}_button")
            button.setText(text)
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.clicked.connect(lambda _checked=False, n=name: self.show_view(n))
            group.addButton(button)
            buttons.append(button)
        return buttons[0], buttons[1]

    def _make_board_search(self) -> QLineEdit:
        search = QLineEdit(self)
        search.setObjectName("board_search")
        search.setPlaceholderText(self.tr("Filtrer les cartes… (Ctrl+F)"))
        search.setClearButtonEnabled(True)
        search.textChanged.connect(self.board.set_filter)
        return search

    def _make_card_steps(self) -> QLabel:
        """The current card's steps, read when a card becomes current."""
        steps = QLabel(self, objectName="card_steps", wordWrap=True)
        steps.setTextFormat(Qt.TextFormat.PlainText)  # names may hold < or &
        steps.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for column in self.board.columns.values():
            column.view.selectionModel().currentChanged.connect(self._on_current_card_changed)
        return steps

    def _on_current_card_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.show_card_steps(current.data(CardRole) if current.isValid() else None)

    def show_card_steps(self, card: PartnershipCard | None) -> None:
        """« Prato × Éclat : Idée 3 mars 2026 → Signé 2 juin 2026 » for the current card."""
        if card is None or self._operations is None:
            self.card_steps.clear()
            return
        card_id = card.id
        try:
            steps = self._operations.read(lambda s: partnerships.status_changes(s, card_id))
        except NotFoundError:  # archived meanwhile: the board reloads on its own
            self.card_steps.clear()
            return
        parties = f"{card.association_name} × {card.company_name}"
        self.card_steps.setText(
            self.tr("%1 : %2").replace("%1", parties).replace("%2", status_path_text(steps))
        )

    def _board_area(self) -> QWidget:
        area = QWidget(self)
        hint = QLabel(
            self.tr(
                "Glissez une carte vers une autre colonne, ou Ctrl+← / Ctrl+→ ;"
                " clic droit pour choisir le statut."
            ),
            area,
        )
        hint.setEnabled(False)
        hint.setWordWrap(True)
        layout = QVBoxLayout(area)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.board_search)
        layout.addWidget(hint)
        layout.addWidget(self.board, 1)
        layout.addWidget(self.card_steps)
        return area

    # --- section page contract ---------------------------------------------------------

    def set_operations(self, operations: Operations | None) -> None:
        """Follow another database (or none); the list and the board read when they show."""
        self.list_page.set_operations(operations)
        super().set_operations(operations)

    def clear(self) -> None:
        self.board.set_cards([])
        self.card_steps.clear()

    def is_in_front(self) -> bool:
        """The board reads only when it is in front (the list reads for itself)."""
        return self.board.isVisible()

    def focus_search(self) -> None:
        """Ctrl+F: the list's search box, or the board's card filter."""
        if self.current_view() == BOARD_VIEW:
            self.board_search.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.board_search.selectAll()
        else:
            self.list_page.focus_search()

    def current_view(self) -> str:
        """LIST_VIEW or BOARD_VIEW."""
        return BOARD_VIEW if self.stack.currentIndex() == 1 else LIST_VIEW

    def show_view(self, name: str) -> None:
        """Show the list or the board, and remember the choice."""
        board = name == BOARD_VIEW
        self.stack.setCurrentIndex(1 if board else 0)
        (self.board_button if board else self.list_button).setChecked(True)
        self._settings.setValue(VIEW_KEY, BOARD_VIEW if board else LIST_VIEW)
        self._refresh_if_shown()

    def read_and_show(self, operations: Operations) -> None:
        """The board's cards, in one read-only transaction."""
        self.board.set_cards(operations.read(partnerships.board_cards))
        self.show_card_steps(self.board.current_card())

    # --- moves -------------------------------------------------------------------------

    def move_card(self, card_id: str, status: str) -> bool:
        """Write one status change (dated today); the board follows from data_changed."""
        card = self.board.card(card_id)
        if self._operations is None or card is None or card.status == status:
            return False

        def work(session: Session) -> PartnershipRecord:
            """The one transaction: refused if the card changed since it was read."""
            return partnerships.change_partnership_status(
                session, card_id, status, date.today(), card.version
            )

        try:
            done = self._operations.write(self, work, Change.PARTNERSHIPS, on_stale=self.refresh)
        except ValidationError as error:  # no field to attach to: say it plainly
            self._operations.explain(self, error)
            return False
        if done is not None:
            self.board.select_card(card_id)
        return done is not None
