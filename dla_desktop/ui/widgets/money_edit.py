"""A money field typed the French way (``32 700,50``, ``32700``, ``32 700,50 €``).

It never refuses a keystroke: what it cannot read reaches the service as an unreadable
amount, and the service's French message appears under the field (convention 3).
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from dla_desktop.domain.money import format_money, parse_amount

UNREADABLE = Decimal("NaN")  # the services answer "montant illisible."


class MoneyEdit(QLineEdit):
    """Right-aligned amount in euros; ``amount()`` is a Decimal, None when left empty."""

    def __init__(self, parent: QWidget | None = None, *, objectName: str = "") -> None:  # noqa: N803
        super().__init__(parent)
        if objectName:
            self.setObjectName(objectName)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setPlaceholderText(self.tr("ex. 32 700,50"))
        self.setMaximumWidth(180)
        self.editingFinished.connect(self._tidy)

    def amount(self) -> Decimal | None:
        """The typed amount; ``UNREADABLE`` (NaN) when it cannot be read, None when empty."""
        text = self.text().strip()
        if not text:
            return None
        try:
            return parse_amount(text)
        except ValueError:
            return UNREADABLE

    def set_amount(self, amount: Decimal | None) -> None:
        """Show an amount as ``32 700,00 €``; None empties the field."""
        self.setText(format_money(amount) if amount is not None else "")

    def problem(self) -> str | None:
        """Why the typed amount cannot be read (the service only says "illisible"), or None."""
        try:
            parse_amount(self.text().strip() or "0")
        except ValueError as error:
            return str(error)
        return None

    def _tidy(self) -> None:
        """Rewrite a readable, non-negative amount the French way once typing is done."""
        amount = self.amount()
        if amount is not None and amount.is_finite() and amount >= 0:
            self.set_amount(amount)
