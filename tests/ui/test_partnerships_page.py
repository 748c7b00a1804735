"""Partenariats: list/board toggle remembered, cards moved by drop, keyboard and menu."""

from __future__ import annotations

import time
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QPointF, QSettings, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from dla_desktop.db.database import Database
from dla_desktop.domain.dashboard import PartnershipCard
from dla_desktop.domain.enums import PartnershipStatus
from dla_desktop.services import partnerships
from dla_desktop.ui.pages.partnerships_page import BOARD_VIEW, LIST_VIEW, PartnershipsPage
from dla_desktop.ui.widgets.partnership_board import BoardColumnModel
from tests.ui.support import shown_section


@pytest.fixture
def database(demo_database: Database) -> Database:
    """These tests read and change their own copy of the demo."""
    return demo_database


@pytest.fixture
def page(qtbot: QtBot, database: Database, settings: QSettings) -> PartnershipsPage:
    page = shown_section(qtbot, PartnershipsPage("Partenariats", settings=settings), database)
    page.show_view(BOARD_VIEW)
    return page


def stored_status(database: Database, card_id: str) -> tuple[str, date | None]:
    with database.reading() as session:
        record = partnerships.get_partnership(session, card_id)
    return record.status.value, record.status_date


def first_card(page: PartnershipsPage, status: PartnershipStatus) -> PartnershipCard:
    cards = page.board.cards_in(status)
    assert cards, f"the demo has no {status} partnership"
    return cards[0]


def test_board_shows_every_partnership_in_its_status_column(
    page: PartnershipsPage, database: Database
) -> None:
    with database.reading() as session:
        rows = partnerships.partnership_rows(session)
    for status in PartnershipStatus:
        shown = {card.id for card in page.board.cards_in(status)}
        assert shown == {row.id for row in rows if row.status == status.value}


def test_dropping_a_card_changes_its_status_in_the_store(
    qtbot: QtBot, page: PartnershipsPage, database: Database
) -> None:
    # GIVEN a card in "Idée", dragged from its column
    card = first_card(page, PartnershipStatus.IDEE)
    source = page.board.columns[PartnershipStatus.IDEE].model
    mime = source.mimeData([source.index(source.row_of(card.id), 0)])
    target = page.board.columns[PartnershipStatus.RENCONTRE].model
    # WHEN it is dropped on "Rendez-vous" (its own column refuses it)
    assert not source.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, source.index(0, 0))
    assert target.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, target.index(0, 0).parent())
    # THEN the store says so, dated today, and the card sits in its new column
    qtbot.waitUntil(lambda: stored_status(database, card.id)[0] == "rencontre")
    assert stored_status(database, card.id) == ("rencontre", date.today())
    qtbot.waitUntil(
        lambda: card.id in {c.id for c in page.board.cards_in(PartnershipStatus.RENCONTRE)}
    )
    assert card.id not in {c.id for c in page.board.cards_in(PartnershipStatus.IDEE)}


def test_ctrl_arrows_move_the_current_card(
    qtbot: QtBot, page: PartnershipsPage, database: Database
) -> None:
    card = first_card(page, PartnershipStatus.CONTACT)
    assert page.board.select_card(card.id)
    view = page.board.columns[PartnershipStatus.CONTACT].view
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert stored_status(database, card.id)[0] == "dossier_envoye"
    moved = page.board.columns[PartnershipStatus.DOSSIER_ENVOYE].view
    assert moved.current_card() is not None and moved.current_card().id == card.id
    qtbot.keyClick(moved, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert stored_status(database, card.id)[0] == "contact"


def test_context_menu_moves_to_any_status(page: PartnershipsPage, database: Database) -> None:
    card = first_card(page, PartnershipStatus.SIGNE)
    menu = page.board.card_menu(card)
    moves = next(a.menu() for a in menu.actions() if a.menu() is not None)
    labels = [action.text() for action in moves.actions()]
    assert "Signé" not in labels and len(labels) == len(PartnershipStatus) - 1
    next(a for a in moves.actions() if a.text() == "Refusé").trigger()
    assert stored_status(database, card.id)[0] == "refuse"
    assert card.id in {c.id for c in page.board.cards_in(PartnershipStatus.REFUSE)}


def test_a_card_moved_elsewhere_meanwhile_is_refused_and_reloaded(
    page: PartnershipsPage, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    card = first_card(page, PartnershipStatus.IDEE)
    with database.transaction() as session:  # another window moves it first
        partnerships.change_partnership_status(
            session, card.id, "contact", date(2026, 1, 2), card.version
        )
    monkeypatch.setattr(QMessageBox, "exec", lambda box: box.buttons()[0].click() or 0)
    assert not page.move_card(card.id, "signe")
    assert stored_status(database, card.id) == ("contact", date(2026, 1, 2))
    assert card.id in {c.id for c in page.board.cards_in(PartnershipStatus.CONTACT)}


def test_double_click_opens_the_partnership(qtbot: QtBot, page: PartnershipsPage) -> None:
    card = first_card(page, PartnershipStatus.SIGNE)
    view = page.board.columns[PartnershipStatus.SIGNE].view
    rect = view.visualRect(view.model().index(0, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(page.record_opened) as opened:
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == ["partnership", card.id]


def test_view_choice_is_remembered(qtbot: QtBot, database: Database, settings: QSettings) -> None:
    first = PartnershipsPage("Partenariats", settings=settings)
    qtbot.addWidget(first)
    first.show_view(BOARD_VIEW)
    again = PartnershipsPage("Partenariats", settings=settings)
    qtbot.addWidget(again)
    assert again.current_view() == BOARD_VIEW and again.board_button.isChecked()
    again.list_button.click()
    assert PartnershipsPage("x", settings=settings).current_view() == LIST_VIEW


def test_board_filter_and_focus_search(page: PartnershipsPage) -> None:
    page.focus_search()
    assert page.board_search.hasFocus() or QApplication.focusWidget() is page.board_search
    page.board_search.setText("sancerrois")  # accent- and case-insensitive
    shown = [c for status in PartnershipStatus for c in page.board.cards_in(status)]
    assert shown and all(
        "sancerrois" in (c.association_name + c.company_name).lower() for c in shown
    )


def test_column_model_passes_qtmodeltester(qtmodeltester, page: PartnershipsPage) -> None:
    model = page.board.columns[PartnershipStatus.SIGNE].model
    assert model.rowCount() > 1
    qtmodeltester.check(model)
    empty = BoardColumnModel(PartnershipStatus.TERMINE)
    qtmodeltester.check(empty)


def test_a_thousand_cards_fill_the_board_quickly(qtbot: QtBot, page: PartnershipsPage) -> None:
    """Fluid with ~1,000 partnerships: filling and painting stay well under a frame budget."""
    statuses = list(PartnershipStatus)
    cards = [
        PartnershipCard(
            f"id{n}",
            1,
            f"Association {n} <&>",
            f"Entreprise {n}",
            "Titre",
            "mecenat_nature",
            statuses[n % len(statuses)].value,
            date(2026, 1, 1),
            Decimal(n),
        )
        for n in range(1000)
    ]
    started = time.perf_counter()
    page.board.set_cards(cards)
    page.board.grab()  # lays out and paints every visible card
    elapsed = time.perf_counter() - started
    assert sum(len(page.board.cards_in(s)) for s in statuses) == 1000
    assert elapsed < 1.0, elapsed


def test_a_drop_event_on_another_column_view_moves_the_card(
    qtbot: QtBot, page: PartnershipsPage, database: Database
) -> None:
    """The views' own drop handling (not only the model) reaches the store."""
    card = first_card(page, PartnershipStatus.RENCONTRE)
    source = page.board.columns[PartnershipStatus.RENCONTRE].model
    mime = source.mimeData([source.index(source.row_of(card.id), 0)])
    target = page.board.columns[PartnershipStatus.TERMINE].view
    point = QPointF(target.viewport().rect().center())
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    move = Qt.DropAction.MoveAction
    QApplication.sendEvent(
        target.viewport(), QDragEnterEvent(point.toPoint(), move, mime, buttons, keys)
    )
    QApplication.sendEvent(
        target.viewport(), QDragMoveEvent(point.toPoint(), move, mime, buttons, keys)
    )
    drop = QDropEvent(
        point,
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target.viewport(), drop)
    qtbot.waitUntil(lambda: stored_status(database, card.id)[0] == "termine")
    qtbot.waitUntil(lambda: bool(page.board.cards_in(PartnershipStatus.TERMINE)))
    assert card.id in {c.id for c in page.board.cards_in(PartnershipStatus.TERMINE)}
