"""Undoing a merge from what it wrote in the history: values put back where nobody changed them."""

from __future__ import annotations

from typing import Any

from sqlalchemy import desc, select
from sqlalchemy.orm import Session

from dla_desktop.db.models import Base, HistoryEntry, MergeRun
from dla_desktop.domain.dates import utc_now
from dla_desktop.domain.errors import DlaError, NotFoundError
from dla_desktop.domain.history import HistoryKind, decode_value, encode_value
from dla_desktop.domain.merging import UndoReport
from dla_desktop.services.validation import label_of

# Entries a merge wrote that changed this file (RESOLVED ones kept our value: nothing to undo).
UNDOABLE = (HistoryKind.MERGED.value, HistoryKind.UPDATE.value)


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
    models = _models_by_table()
    restored = archived = 0
    skipped: list[str] = []
    for entry in entries:
        row = session.get(models[entry.table_name], entry.row_id)
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
            skipped.append(f"{_label(row)} : {label_of(entry.field)} a changé depuis la fusion.")
    run.undone_at = utc_now()
    session.flush()
    return UndoReport(restored=restored, archived=archived, skipped=tuple(skipped))


def _models_by_table() -> dict[str, Any]:
    return {mapper.local_table.name: mapper.class_ for mapper in Base.registry.mappers}


def _label(row: Any) -> str:
    for name in ("name", "title", "label", "last_name"):
        value = getattr(row, name, None)
        if value:
            return f"« {value} »"
    return "Une fiche"
