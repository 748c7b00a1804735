"""Engines with the pragmas we rely on, and the session hook that stamps who changed a row."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event, select
from sqlalchemy.orm import Session

from dla_desktop.db.models import CURRENT_OFFICE_KEY, LocalSetting, SharedRow

# "DLAD": stamped in the SQLite header so a foreign SQLite file is never mistaken for ours.
APPLICATION_ID = 0x444C4144


def read_only_uri(path: Path) -> str:
    """A SQLite URI opening ``path`` read-only (the path is never pasted into SQL)."""
    return f"{path.resolve().as_uri()}?mode=ro"


def connect_read_only(path: Path, *, timeout: float = 5) -> sqlite3.Connection:
    """A plain sqlite3 connection that cannot write to ``path`` (copies, merges, checks)."""
    return sqlite3.connect(read_only_uri(path), uri=True, timeout=timeout)


def sqlite_engine(path: Path, *, read_only: bool = False) -> Engine:
    """An engine on a SQLite file with foreign keys on and durable, rollback-journal writes.

    ``journal_mode=DELETE`` (not WAL): the file is copied and synced as one file, and WAL
    does not work on network shares. The path is never pasted into a URL string, so a
    folder named "Dossier #2" or a file "a?b.dla" opens as itself.
    """
    if read_only:
        url = URL.create("sqlite", database=read_only_uri(path), query={"uri": "true"})
    else:
        url = URL.create("sqlite", database=str(path))
    engine = create_engine(url, connect_args={"timeout": 5})
    event.listen(engine, "connect", _set_read_only_pragmas if read_only else _set_sqlite_pragmas)
    return engine


def _set_read_only_pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    dbapi_connection.execute("PRAGMA foreign_keys = ON")


def _set_sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = DELETE")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.close()


@event.listens_for(Session, "before_flush")
def _stamp_changed_rows(session: Session, _context: Any, _instances: Any) -> None:
    """Every new or changed row records the office working in this file."""
    office_id = current_office_id(session)
    for row in (*session.new, *session.dirty):
        if isinstance(row, SharedRow) and session.is_modified(row, include_collections=False):
            row.changed_by_office_id = office_id


def current_office_id(session: Session) -> str | None:
    """The office working in this file, read once per session."""
    if "office_id" not in session.info:
        with session.no_autoflush:
            session.info["office_id"] = session.scalar(
                select(LocalSetting.value).where(LocalSetting.key == CURRENT_OFFICE_KEY)
            )
    return session.info["office_id"]
