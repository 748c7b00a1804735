"""Money as Decimal euros, rounded to the cent the French way and shown as ``32 700,00 €``."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

CENT = Decimal("0.01")
# A no-break space groups thousands and keeps the € with its amount; U+00A0 is in
# every font, including reportlab's base-14 Helvetica (U+202F is not).
NBSP = "\u00a0"
# Amounts beyond this are typing errors, and they stay inside a 64-bit count of cents.
MAX_AMOUNT = Decimal("999999999999.99")


def round_cents(value: Decimal) -> Decimal:
    """Round half away from zero to the cent (``arrondi commercial``), as accountants do."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def parse_amount(value: object) -> Decimal:
    """Read an amount typed the French or the English way; raise ValueError when it is not one."""
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, bool | float):
        raise ValueError("montant ambigu")  # floats lose cents: callers pass text or Decimal
    elif isinstance(value, int):
        amount = Decimal(value)
    elif isinstance(value, str):
        amount = _parse_amount_text(value)
    else:
        raise ValueError("montant illisible")
    if not amount.is_finite():
        raise ValueError("montant illisible")
    return amount


def _parse_amount_text(text: str) -> Decimal:
    """Accept ``32 700,50 €``, ``32700.50``, ``32.700,50``, ``1,234.56`` and ``12€50``.

    The last separator is the decimal one; earlier ones must group thousands by
    three, otherwise the text is refused rather than misread.
    """
    cleaned = "".join(c for c in text if c not in (" ", NBSP, "\u202f")).upper()
    euros_then_cents = re.fullmatch(r"([0-9]+)(?:€|EUR)([0-9]{1,2})", cleaned)
    if euros_then_cents:
        cleaned = ".".join(euros_then_cents.groups())
    cleaned = cleaned.removesuffix("€").removesuffix("EUR").removeprefix("€")
    if not re.fullmatch(r"[+-]?[0-9.,]+", cleaned):
        raise ValueError("montant illisible")
    cleaned = _normalise_separators(cleaned)
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        raise ValueError("montant illisible") from None


def _normalise_separators(number: str) -> str:
    """Turn ``32.700,50`` or ``1,234.56`` into ``32700.50`` / ``1234.56``."""
    last = max(number.rfind(","), number.rfind("."))
    if last < 0:
        return number
    whole, decimals = number[:last], number[last + 1 :]
    if len(decimals) == 3 and not ("," in whole or "." in whole):
        # "32.700" or "1,234": thousands or decimals? Guessing would risk a factor 1,000.
        raise ValueError("montant ambigu : écrivez les centimes (32 700,00) ou rien (32700)")
    if "," in whole or "." in whole:
        groups = re.split(r"[.,]", whole.lstrip("+-"))
        if len({c for c in whole if c in ",."}) > 1 or any(len(g) != 3 for g in groups[1:]):
            raise ValueError("montant illisible")
        if number[last] in whole:  # "1.234.567": only thousands separators, no decimals
            return number.replace(",", "").replace(".", "")
        whole = whole.replace(",", "").replace(".", "")
    return f"{whole}.{decimals}"


def format_money(amount: Decimal | None, *, cents: bool = True) -> str:
    """Show an amount as ``32 700,00 €`` (or ``32 700 €`` with cents=False)."""
    if amount is None:
        return ""
    places = CENT if cents else Decimal(1)
    rounded = amount.quantize(places, rounding=ROUND_HALF_UP)
    return f"{format_decimal(rounded, 2 if cents else 0)}{NBSP}€"


def format_decimal(value: Decimal, places: int) -> str:
    """Show a number the French way: thousands grouped by no-break spaces, decimal comma."""
    rounded = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    text = f"{rounded:,.{places}f}"
    return text.replace(",", NBSP).replace(".", ",")


def to_cents(amount: Decimal) -> int:
    """Exact integer cents for storage (money is never stored as a float)."""
    return int(round_cents(amount) * 100)


def from_cents(cents: int) -> Decimal:
    """Inverse of to_cents."""
    return (Decimal(cents) / 100).quantize(CENT)
