"""Every service test runs against a real database file made by the real opening path."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from dla_desktop.db.database import Database, create_database
from dla_desktop.domain.records import OfficeDraft
from dla_desktop.services import offices


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    """A new database file on disk, with an office working in it."""
    db = create_database(tmp_path / "test.dla")
    with db.transaction() as session:
        office = offices.create_office(session, OfficeDraft(name="CBE de Lille", departement="59"))
        offices.set_current_office(session, office.id)
    yield db
    db.close()


@pytest.fixture
def session(database: Database) -> Iterator[Session]:
    """One open transaction, committed at the end of the test (for tests that need no rollback)."""
    with database.transaction() as session:
        yield session
