"""A record's change history as people read it: French labels, values shown, names not ids."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime, time
from decimal import Decimal
from functools import cache
from typing import Any

from sqlalchemy import Boolean, CheckConstraint, Column, Table, select
from sqlalchemy.orm import Session

from dla_desktop.db.models import DERIVED_COLUMNS, Base, HistoryEntry, Office
from dla_desktop.db.types import ScaledDecimal
from dla_desktop.domain import enums
from dla_desktop.domain.dates import format_date, format_moment
from dla_desktop.domain.history import HistoryItem, HistoryKind, decode_value
from dla_desktop.domain.money import format_decimal, format_money
from dla_desktop.services.validation import label_of

ERASED = "(effacé)"
MISSING_RECORD = "(fiche supprimée)"
UNNAMED_RECORD = "(fiche sans nom)"

HIDDEN_FIELDS = DERIVED_COLUMNS

# Columns that name a record, in the order they are tried.
NAME_COLUMNS = ("name", "title", "label")
MONEY_WORDS = ("amount", "budget", "rate")


def record_history(session: Session, table_name: str, row_id: str) -> list[HistoryItem]:
    """Every change of one record, newest first, ready to show (never a raw id or code)."""
    table = _table(table_name)
    entries = session.scalars(
        select(HistoryEntry)
        .where(HistoryEntry.table_name == table_name, HistoryEntry.row_id == row_id)
        .order_by(HistoryEntry.changed_at.desc(), HistoryEntry.seq.desc())
    ).all()
    offices: dict[str, str] = dict(session.execute(select(Office.id, Office.name)).all())
    shown = _Shower(session, table)
    return [
        _item(entry, shown, offices)
        for entry in entries
        if (entry.field or "") not in HIDDEN_FIELDS
    ]


def field_label(field: str) -> str:
    """The French name of a stored field ("" for a record's creation)."""
    if not field:
        return ""
    return label_of(field)


def _item(entry: HistoryEntry, shown: _Shower, offices: dict[str, str]) -> HistoryItem:
    kind = HistoryKind(entry.kind)
    field = entry.field or ""
    purged = bool(field) and entry.old_value is None and entry.new_value is None
    return HistoryItem(
        when=entry.changed_at,
        kind=kind,
        field=field,
        field_label=field_label(field),
        old=ERASED if purged else shown.value(field, decode_value(entry.old_value)),
        new=ERASED if purged else shown.value(field, decode_value(entry.new_value)),
        office=offices.get(entry.office_id or "", ""),
        user=entry.user_name,
        from_merge=kind in (HistoryKind.MERGED, HistoryKind.RESOLVED),
    )


class _Shower:
    """Turns one table's stored values into text, looking referenced records up once each."""

    def __init__(self, session: Session, table: Table | None) -> None:
        self._session = session
        self._table = table
        self._names: dict[tuple[str, str], str] = {}

    def value(self, field: str, value: object) -> str:
        """A decoded value as the user reads it."""
        column = self._column(field)
        if value is None or value == "":
            return ""
        if column is not None and column.foreign_keys and isinstance(value, str):
            return self.record_name(_referred_table(column), value)
        label = enum_label(column, value) if column is not None else None
        return label if label is not None else plain_value(value, column)

    def record_name(self, table_name: str, row_id: str) -> str:
        """The referenced record's name, or a French placeholder when it is gone."""
        key = (table_name, row_id)
        if key not in self._names:
            self._names[key] = self._lookup(table_name, row_id, depth=0)
        return self._names[key]

    def _lookup(self, table_name: str, row_id: str, depth: int) -> str:
        table = _table(table_name)
        if table is None:
            return MISSING_RECORD
        row = self._session.execute(select(table).where(table.c.id == row_id)).mappings().first()
        if row is None:
            return MISSING_RECORD
        name = _own_name(table, row)
        if name:
            return name
        # a row with no name of its own (a meeting participant) is named by what it points to
        for column in _foreign_keys(table):
            if depth < 2 and row[column.name]:
                return self._lookup(_referred_table(column), row[column.name], depth + 1)
        return UNNAMED_RECORD

    def _column(self, field: str) -> Column[Any] | None:
        if self._table is None or field not in self._table.c:
            return None
        return self._table.c[field]


def _own_name(table: Table, row: Any) -> str:
    """A person's full name, else the first name-like column filled, else a kind and a date."""
    if "last_name" in table.c:
        return " ".join(part for part in (row["first_name"], row["last_name"]) if part)
    for name in NAME_COLUMNS:
        if name in table.c and row[name]:
            return str(row[name])
    parts = []
    for column in table.c:
        label = enum_label(column, row[column.name])
        if label is not None:
            parts.append(label)
            break
    if "date" in table.c and row["date"]:
        parts.append(format_date(row["date"]))
    return " du ".join(parts)


def plain_value(value: object, column: Column[Any] | None) -> str:
    """Booleans, numbers, dates and lists the French way."""
    if isinstance(value, bool) or (column is not None and isinstance(column.type, Boolean)):
        return "Oui" if value else "Non"
    if isinstance(value, datetime):
        return format_moment(value)
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, time):  # a meeting's start, once the history encodes times
        return f"{value:%H:%M}"
    if isinstance(value, Decimal):
        return _number(value, column)
    if isinstance(value, list):
        return " ; ".join(str(part) for part in value)
    return str(value)


def _number(value: Decimal, column: Column[Any] | None) -> str:
    """Money as ``32 700,00 €``; other quantities (ETP, days) with their places."""
    if column is None or not isinstance(column.type, ScaledDecimal):
        return format_decimal(value, max(0, -value.as_tuple().exponent))  # type: ignore[operator]
    if any(word in column.name for word in MONEY_WORDS):
        return format_money(value)
    return format_decimal(value, column.type.places)


@cache
def _table(table_name: str) -> Table | None:
    """The mapped table of that name (history names tables, not classes)."""
    table = Base.metadata.tables.get(table_name)
    return table if isinstance(table, Table) else None


def _foreign_keys(table: Table) -> Iterator[Column[Any]]:
    return (column for column in table.c if column.foreign_keys)


def _referred_table(column: Column[Any]) -> str:
    return next(iter(column.foreign_keys)).column.table.name


def enum_label(column: Column[Any], value: object) -> str | None:
    """The French label of a value of a closed vocabulary (None for any other column)."""
    vocabulary = _vocabulary(column.table.name, column.name)
    if vocabulary is None or not isinstance(value, str):
        return None
    try:
        return vocabulary(value).label
    except ValueError:  # a value this version does not know: shown as stored
        return None


@cache
def _vocabulary(table_name: str, column_name: str) -> type[enums.LabelledEnum] | None:
    """The closed vocabulary of a column, found from its CHECK constraint's list of values."""
    table = _table(table_name)
    for constraint in table.constraints if table is not None else ():
        if not isinstance(constraint, CheckConstraint):
            continue
        text = str(constraint.sqltext)
        if not text.startswith(f"{column_name} IN ("):
            continue
        values = frozenset(re.findall(r"'([^']*)'", text))
        return _vocabularies().get(values)
    return None


@cache
def _vocabularies() -> dict[frozenset[str], type[enums.LabelledEnum]]:
    """Every labelled enum of the domain by its set of values."""
    found: dict[frozenset[str], type[enums.LabelledEnum]] = {}
    pending = list(enums.LabelledEnum.__subclasses__())
    while pending:
        vocabulary = pending.pop()
        found.setdefault(frozenset(member.value for member in vocabulary), vocabulary)
        pending.extend(vocabulary.__subclasses__())
    return found
