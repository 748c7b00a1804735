"""Consistent copies of a SQLite file through SQLite's backup API, replaced atomically."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from dla_desktop.db.engine import connect_read_only


def copy_database(source: Path, destination: Path) -> None:
    """Write a consistent copy of ``source`` at ``destination`` (temp file, then atomic rename)."""
    temporary = destination.with_name(f".{destination.name}.partial")
    temporary.unlink(missing_ok=True)
    src = connect_read_only(source)
    try:
        dst = sqlite3.connect(temporary)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    fsync(temporary)
    os.replace(temporary, destination)


def backup_before(source: Path, folder: Path, reason: str) -> Path:
    """Copy ``source`` into ``folder`` under a name saying what it was and when; return the path."""
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    destination = folder / f"{source.stem}.{reason}.{stamp}{source.suffix or '.sqlite'}"
    copy_database(source, destination)
    return destination


def restore(backup: Path, target: Path) -> None:
    """Put a backup back in place of ``target`` atomically (used when a migration fails)."""
    copy_database(backup, target)


def fsync(path: Path) -> None:
    """Make sure the bytes are on disk before the rename makes them visible."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
