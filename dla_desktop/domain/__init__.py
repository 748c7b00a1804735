"""Pure-Python core: enums, money, dates, identifiers, errors and dataclasses (no Qt, no ORM)."""
