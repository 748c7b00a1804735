"""Helpers shared by the service tests: prove that a refused operation wrote nothing."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path
from typing import Any, TypeVar

import pytest
from sqlalchemy.orm import Session

from dla_desktop.db.database import Database, open_database
from dla_desktop.db.models import Base
from dla_desktop.domain.errors import ValidationError

MISSING = "00000000-0000-0000-0000-000000000000"
T = TypeVar("T")


def snapshot(database: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, read with sqlite3 (SQLAlchemy would cost more than the test)."""
    assert database.path is not None
    with closing(sqlite3.connect(database.path)) as raw:
        return {
            table: sorted(raw.execute(f"SELECT * FROM {table}").fetchall(), key=repr)
            for table in Base.metadata.tables
        }


def refused(
    database: Database, action: Callable[[Session], Any], error: type[Exception] = ValidationError
) -> Any:
    """Run ``action`` in a transaction committed anyway: it must raise and write nothing."""
    before = snapshot(database)
    with database.transaction() as session, pytest.raises(error) as caught:
        action(session)
    assert snapshot(database) == before
    return caught.value


def run(database: Database, action: Callable[[Session], Any]) -> Any:
    """One operation, one committed transaction."""
    with database.transaction() as session:
        return action(session)


def on_file(path: Path, action: Callable[[Session], T], *, write: bool = False) -> T:
    """One operation on a file nothing holds open (committed if ``write``), then closed again."""
    database = open_database(path)
    try:
        with database.transaction() if write else database.reading() as session:
            return action(session)
    finally:
        database.close()


def build_once(template: Path, folder: Path, build: Callable[[Session], T]) -> tuple[Path, T]:
    """Copy the empty template into ``folder``, build data in it once: (file, what was built).

    For modules whose tests all start from the same data (a whole programme takes a
    while to build); each test then opens its own copy with ``open_copy``.
    """
    path = folder / "built.dla"
    shutil.copyfile(template, path)
    database = open_database(path)
    try:
        return path, run(database, build)
    finally:
        database.close()


def open_copy(source: Path, folder: Path) -> Iterator[Database]:
    """A private copy of ``source``, opened for one test and closed after it (a fixture body)."""
    path = folder / "test.dla"
    shutil.copyfile(source, path)
    database = open_database(path)
    yield database
    database.close()
