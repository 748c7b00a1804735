"""Every flush of shared rows leaves history entries: who, which office, when, old and new.

One hook for the whole application (services never write history themselves), so no
change escapes it; the merge reads it to tell one-sided changes from conflicts.
"""

from __future__ import annotations

import getpass
from functools import cache
from typing import Any

from sqlalchemy import event, insert, inspect, update
from sqlalchemy.orm import Session

from dla_desktop.db.engine import current_office_id
from dla_desktop.db.models import HistoryEntry, SharedRow, new_id
from dla_desktop.domain.dates import utc_now
from dla_desktop.domain.history import HistoryKind, encode_value

# Bookkeeping columns: they change with every write and carry no one's decision.
UNTRACKED = frozenset({"id", "created_at", "updated_at", "changed_by_office_id", "version"})


@cache
def current_user_name() -> str:
    """The login name recorded beside each change (the office says where, this says who)."""
    try:
        return getpass.getuser()[:100]
    except (OSError, KeyError):
        return ""


@event.listens_for(Session, "after_flush")
def _record_history(session: Session, _context: Any) -> None:
    """Write one entry per created row and per changed field, in the flush's transaction."""
    entries = [*_creations(session), *_updates(session)]
    if entries:
        office_id, user, now = current_office_id(session), current_user_name(), utc_now()
        for entry in entries:
            entry.update(id=new_id(), changed_at=now, office_id=office_id, user_name=user)
        session.connection().execute(insert(HistoryEntry.__table__), entries)


def _creations(session: Session) -> list[dict[str, Any]]:
    return [
        _entry(row, HistoryKind.CREATE, None, None, None)
        for row in session.new
        if isinstance(row, SharedRow)
    ]


def _updates(session: Session) -> list[dict[str, Any]]:
    entries = []
    for row in session.dirty:
        if not isinstance(row, SharedRow):
            continue
        state = inspect(row)
        for attribute in state.mapper.column_attrs:
            if attribute.key in UNTRACKED:
                continue
            changes = state.attrs[attribute.key].history
            if not changes.added:
                continue
            old = changes.deleted[0] if changes.deleted else None
            new = changes.added[0]
            if old != new:
                entries.append(_entry(row, HistoryKind.UPDATE, attribute.key, old, new))
    return entries


def _entry(
    row: SharedRow, kind: HistoryKind, field: str | None, old: object, new: object
) -> dict[str, Any]:
    return {
        "table_name": row.__tablename__,  # type: ignore[attr-defined]
        "row_id": row.id,
        "field": field,
        "kind": kind.value,
        "old_value": encode_value(old),
        "new_value": encode_value(new),
    }


def forget_values(session: Session, row_ids: list[str]) -> None:
    """Purge these rows' history values (an erased contact): the changes stay, the data goes."""
    for start in range(0, len(row_ids), 500):
        session.execute(
            update(HistoryEntry)
            .where(HistoryEntry.row_id.in_(row_ids[start : start + 500]))
            .values(old_value=None, new_value=None)
        )
