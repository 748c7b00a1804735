"""Small field builders the forms share: enum combos, French day counts, long texts."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QPlainTextEdit

from dla_desktop.domain.enums import LabelledEnum
from dla_desktop.ui.translations import enum_label
from dla_desktop.ui.widgets.date_edit import FRENCH


def enum_combo(enum: type[LabelledEnum], *, empty: str | None = None) -> QComboBox:
    """A combo of an enum's French labels, the member as item data; ``empty`` adds a None."""
    combo = QComboBox()
    if empty is not None:
        combo.addItem(empty, None)
    for member in enum:
        combo.addItem(enum_label(member), member)
    return combo


def select_data(combo: QComboBox, value: object) -> None:
    """Select the item holding ``value`` (the first item when none does)."""
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


def days_spin(maximum: float = 365.0) -> QDoubleSpinBox:
    """Days typed the French way (``1,5``), by half days."""
    spin = QDoubleSpinBox(decimals=2, maximum=maximum, singleStep=0.5)
    spin.setLocale(FRENCH)
    spin.setAlignment(Qt.AlignmentFlag.AlignRight)
    spin.setMaximumWidth(120)
    return spin


def spin_decimal(spin: QDoubleSpinBox) -> Decimal:
    """The spin box's value as an exact Decimal with its two places."""
    return Decimal(f"{spin.value():.2f}")


def text_area() -> QPlainTextEdit:
    """A long text where Tab moves on to the next field instead of typing a tab."""
    text = QPlainTextEdit()
    text.setTabChangesFocus(True)
    text.setMinimumHeight(80)
    return text
