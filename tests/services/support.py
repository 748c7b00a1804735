"""Helpers shared by the service tests: prove that a refused operation wrote nothing."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from typing import Any

import pytest
from sqlalchemy.orm import Session

from dla_desktop.db.database import Database
from dla_desktop.db.models import Base
from dla_desktop.domain.errors import ValidationError

MISSING = "00000000-0000-0000-0000-000000000000"


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
