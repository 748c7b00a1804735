"""The change history every write leaves behind, and the record of merges with other offices."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from dla_desktop.db.models.base import ID_LENGTH, NAME_LENGTH, SHORT_LENGTH, Base, new_id
from dla_desktop.db.types import UTCDateTime
from dla_desktop.domain.dates import utc_now


class HistoryEntry(Base):
    """One change to one field of one shared row (or a row's creation, ``field`` empty).

    Entries travel with the file and are merged by ``id``. ``seq`` is this file's own
    order (never compared between files): the newest entry of a field is its *head*,
    which the merge compares with the other office's head to tell one-sided changes
    from conflicts. Values are JSON text (``db/history.encode_value``); an erased
    contact's entries keep no values.
    """

    __tablename__ = "history_entry"
    __table_args__ = (Index("ix_history_entry_row", "row_id", "field", "seq"),)

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(String(ID_LENGTH), unique=True, default=new_id)
    table_name: Mapped[str] = mapped_column(String(50))
    row_id: Mapped[str] = mapped_column(String(ID_LENGTH))
    field: Mapped[str | None] = mapped_column(String(50))
    # HistoryKind: create, update, resolved (a merge kept this file's value), merged
    # (what a merge wrote here, for review and undo; never sent to another office)
    kind: Mapped[str] = mapped_column(String(20))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    office_id: Mapped[str | None] = mapped_column(String(ID_LENGTH))
    user_name: Mapped[str] = mapped_column(String(SHORT_LENGTH), default="")
    merge_id: Mapped[str | None] = mapped_column(String(ID_LENGTH), index=True)


class MergeRun(Base):
    """One merge of another office's file into this one; local to this file, never merged."""

    __tablename__ = "merge_run"

    id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True, default=new_id)
    merged_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    other_office_id: Mapped[str | None] = mapped_column(String(ID_LENGTH), index=True)
    other_office_name: Mapped[str] = mapped_column(String(NAME_LENGTH), default="")
    file_name: Mapped[str] = mapped_column(String(NAME_LENGTH), default="")
    user_name: Mapped[str] = mapped_column(String(SHORT_LENGTH), default="")
    # how many history entries the other file held, and its newest one ("up to where" it
    # was merged): next time only their entries after it are looked at, if that entry is
    # still at that place in their file (else their file is another lineage: all are read)
    their_entries: Mapped[int] = mapped_column(default=0)
    their_last_seq: Mapped[int] = mapped_column(default=0)
    their_last_entry_id: Mapped[str | None] = mapped_column(String(ID_LENGTH))
    received_entries: Mapped[int] = mapped_column(default=0)
    created: Mapped[int] = mapped_column(default=0)
    updated: Mapped[int] = mapped_column(default=0)
    deleted: Mapped[int] = mapped_column(default=0)
    conflicts: Mapped[int] = mapped_column(default=0)
    fused: Mapped[int] = mapped_column(default=0)
    backup_path: Mapped[str] = mapped_column(Text, default="")
    undone_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
