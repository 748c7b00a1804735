"""Fixtures the document tests share: the demo database, written once per run."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from dla_desktop.db.database import Database, open_database
from dla_desktop.services.demo import write_demo


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo written through the services (about a second): tests only read it."""
    path = tmp_path_factory.mktemp("documents-demo") / "demo.dla"
    write_demo(path)
    return path


@pytest.fixture
def demo_database(demo_file: Path) -> Iterator[Database]:
    """The demo opened by the real door, for reading."""
    database = open_database(demo_file)
    yield database
    database.close()
