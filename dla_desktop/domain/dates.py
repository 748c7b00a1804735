"""Dates shown the French way (``12 mars 2026``) and read from what people type."""

from __future__ import annotations

from datetime import UTC, date, datetime

MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
_INPUT_FORMATS = ("%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y", "%d/%m/%y")


def format_date(value: date | None) -> str:
    """``date(2026, 3, 12)`` -> ``12 mars 2026``; the first of the month is ``1er``."""
    if value is None:
        return ""
    day = "1er" if value.day == 1 else str(value.day)
    return f"{day} {MONTHS[value.month - 1]} {value.year}"


def format_moment(moment: datetime, separator: str = " à ") -> str:
    """A stored UTC moment in local time, ``12 mars 2026 à 17:05``; scripts' lines drop the "à"."""
    local = moment.astimezone()
    return f"{format_date(local.date())}{separator}{local:%H:%M}"


def parse_date(text: str) -> date:
    """Read ``12/03/2026``, ``2026-03-12``, ``12-03-2026`` or ``12.03.2026`` (else ValueError)."""
    cleaned = text.strip()
    for pattern in _INPUT_FORMATS:
        try:
            return datetime.strptime(cleaned, pattern).date()
        except ValueError:
            continue
    raise ValueError(f"date illisible : {text!r}")


def utc_now() -> datetime:
    """The one clock of the store: timezone-aware UTC."""
    return datetime.now(UTC)


def add_months(start: date, months: int) -> date:
    """Same day N months later, clamped to the month's end (31 jan + 1 -> 28/29 feb)."""
    month_index = start.month - 1 + months
    year, month = start.year + month_index // 12, month_index % 12 + 1
    for day in (start.day, 30, 29, 28):
        try:
            return date(year, month, day)
        except ValueError:
            continue
    raise AssertionError("unreachable")
