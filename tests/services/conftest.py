"""Every service test runs against a real database file opened by the real opening path.

Creating a schema through Alembic takes ~0.2 s, so it is done once per test run
into a template file; each test gets its own byte copy, opened with open_database.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from dla_desktop.db.database import Database, create_database
from dla_desktop.domain.records import OfficeDraft
from dla_desktop.services import offices
from tests.services.support import open_copy


@pytest.fixture(scope="session")
def template_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty database with one office working in it, made once."""
    path = tmp_path_factory.mktemp("template") / "template.dla"
    db = create_database(path)
    with db.transaction() as session:
        office = offices.create_office(session, OfficeDraft(name="CBE de Lille", departement="59"))
        offices.set_current_office(session, office.id)
    db.close()
    return path


@pytest.fixture
def database(template_database: Path, tmp_path: Path) -> Iterator[Database]:
    """A new database file on disk, with an office working in it."""
    yield from open_copy(template_database, tmp_path)


@pytest.fixture
def session(database: Database) -> Iterator[Session]:
    """One open transaction, committed at the end of the test (for tests that need no rollback)."""
    with database.transaction() as session:
        yield session
