"""Undoing a merge from what it wrote in the history: values put back where nobody changed them."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import desc, select
from sqlalchemy.orm import Session

from dla_desktop.db.models import Base, HistoryEntry, MergeRun
from dla_desktop.domain.dates import utc_now
from dla_desktop.domain.errors import DlaError, NotFoundError
from dla_desktop.domain.history import HistoryKind, decode_value, encode_value
from dla_desktop.domain.merging import UndoReport
from dla_desktop.services.history import field_label

# Entries a merge wrote that changed this file (RESOLVED ones kept our value: nothing to undo).
UNDOABLE = (HistoryKind.MERGED.value, HistoryKind.UPDATE.value)
CHUNK = 500  # ids per query: well under SQLite's limit on bound parameters


def undo_merge(session: Session, merge_id: str) -> UndoReport:
    """Put back what a merge changed, where nobody changed it since.

    The reversals are ordinary changes of this file: the next merge with that office
    carries them over like any other edit.
    """
    run = session.get(MergeRun, merge_id)
    if run is None:
        raise NotFoundError("Cette fusion n'existe plus dans la base.")
    if run.undone_at is not None:
        raise DlaError("Cette fusion a déjà été annulée.")
    entries = session.scalars(
        select(HistoryEntry)
        .where(HistoryEntry.merge_id == merge_id, HistoryEntry.kind.in_(UNDOABLE))
        .order_by(desc(HistoryEntry.seq))
    ).all()
    rows = _rows_of(session, entries)
    restored = archived = 0
    skipped: list[str] = []
    for entry in entries:
        row = rows.get((entry.table_name, entry.row_id))
        if row is None:
            continue
        if entry.field is None:
            # an office is who works, not what was merged: it is never archived by an undo
            if row.deleted_at is None and entry.table_name != "office":
                row.deleted_at = utc_now()
                archived += 1
        elif encode_value(getattr(row, entry.field)) == entry.new_value:
            setattr(row, entry.field, decode_value(entry.old_value))
            restored += 1
        else:
            skipped.append(f"{_label(row)} : {field_label(entry.field)} a changé depuis la fusion.")
    run.undone_at = utc_now()
    session.flush()
    return UndoReport(restored=restored, archived=archived, skipped=tuple(skipped))


def _rows_of(session: Session, entries: Sequence[HistoryEntry]) -> dict[tuple[str, str], Any]:
    """Every row the entries name, a few queries per table: one get per entry was far too slow.

    Loading them all before changing any also spares an autoflush per entry.
    """
    ids: dict[str, set[str]] = defaultdict(set)
    for entry in entries:
        ids[entry.table_name].add(entry.row_id)
    models = _models_by_table()
    rows: dict[tuple[str, str], Any] = {}
    for table, row_ids in ids.items():
        model = models[table]
        for chunk in _chunks(sorted(row_ids), CHUNK):
            for row in session.scalars(select(model).where(model.id.in_(chunk))):
                rows[(table, row.id)] = row
    return rows


def _chunks(values: Sequence[str], size: int) -> Iterable[Sequence[str]]:
    """``values`` in slices of at most ``size``."""
    return (values[start : start + size] for start in range(0, len(values), size))


def _models_by_table() -> dict[str, Any]:
    return {mapper.local_table.name: mapper.class_ for mapper in Base.registry.mappers}


def _label(row: Any) -> str:
    for name in ("name", "title", "label", "last_name"):
        value = getattr(row, name, None)
        if value:
            return f"« {value} »"
    return "Une fiche"
