"""MoneyEdit reads French amounts and hands what it cannot read to the service as unreadable."""

from __future__ import annotations

from decimal import Decimal

import pytest
from pytestqt.qtbot import QtBot

from dla_desktop.app import make_application
from dla_desktop.domain.money import format_money
from dla_desktop.ui.widgets.money_edit import MoneyEdit


@pytest.fixture
def edit(qtbot: QtBot) -> MoneyEdit:
    make_application()
    widget = MoneyEdit()
    qtbot.addWidget(widget)
    return widget


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("32 700,50", "32700.50"), ("32700", "32700"), ("32 700,50 €", "32700.50"), ("-5", "-5")],
)
def test_french_amounts_are_read(edit: MoneyEdit, typed: str, expected: str) -> None:
    edit.setText(typed)
    assert edit.amount() == Decimal(expected)


def test_empty_is_none_and_garbage_is_unreadable(edit: MoneyEdit) -> None:
    assert edit.amount() is None
    edit.setText("trente euros")
    amount = edit.amount()
    assert amount is not None and not amount.is_finite()


def test_shown_the_french_way_and_tidied_after_typing(edit: MoneyEdit) -> None:
    edit.set_amount(Decimal("32700"))
    assert edit.text() == format_money(Decimal("32700"))
    edit.setText("1234,5")
    edit.editingFinished.emit()
    assert edit.text() == format_money(Decimal("1234.5"))
    edit.setText("-3")
    edit.editingFinished.emit()
    assert edit.text() == "-3"  # left as typed: the service says why it is refused
