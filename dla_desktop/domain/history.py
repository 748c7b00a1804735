"""What the change history records, and how a field's value is written into it."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from enum import StrEnum

from dla_desktop.domain.enums import LabelledEnum


class HistoryKind(LabelledEnum):
    CREATE = "create", "Création"
    UPDATE = "update", "Modification"
    # a merge kept this file's value against the other office's: counts as a change here
    RESOLVED = "resolved", "Conflit résolu"
    # what a merge wrote into this file (old value kept for review and undo); local only
    MERGED = "merged", "Fusion"


# Entries that make a field's head: the changes a merge compares between two files.
HEAD_KINDS = (HistoryKind.UPDATE.value, HistoryKind.RESOLVED.value)


def encode_value(value: object) -> str | None:
    """A field's value as JSON text: exact for Decimal, ISO for dates and times, enums by value."""
    if value is None:
        return None
    if isinstance(value, StrEnum):
        value = value.value
    elif isinstance(value, Decimal):
        value = {"decimal": str(value)}
    elif isinstance(value, datetime):
        value = {"datetime": value.isoformat()}
    elif isinstance(value, date):
        value = {"date": value.isoformat()}
    elif isinstance(value, time):
        value = {"time": value.isoformat()}
    return json.dumps(value, ensure_ascii=False)


def decode_value(text: str | None) -> object:
    """The value ``encode_value`` wrote (Decimal, date and datetime come back typed)."""
    if text is None:
        return None
    value = json.loads(text)
    if isinstance(value, dict) and len(value) == 1:
        ((kind, raw),) = value.items()
        if kind == "decimal":
            return Decimal(raw)
        if kind == "datetime":
            return datetime.fromisoformat(raw)
        if kind == "date":
            return date.fromisoformat(raw)
        if kind == "time":
            return time.fromisoformat(raw)
    return value


@dataclass(frozen=True)
class HistoryItem:
    """One line of a record's history, ready to show (values already formatted)."""

    when: datetime
    kind: HistoryKind
    field: str  # column name; "" for the record's creation
    field_label: str  # French
    old: str
    new: str
    office: str  # office name, "" when unknown
    user: str
    from_merge: bool  # written by a merge of another office's file
