"""Fixtures the document tests share: the demo database, written once per run."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from dla_desktop.db.database import Database, open_database


@pytest.fixture
def demo_database(demo_file: Path) -> Iterator[Database]:
    """The demo opened by the real door, for reading."""
    database = open_database(demo_file)
    yield database
    database.close()
