"""Fixtures the widget tests share: Qt, an empty or demo file, private settings, warnings."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from dla_desktop.app import make_application
from dla_desktop.db.database import Database, create_database, open_database
from dla_desktop.ui.operations import Operations


@pytest.fixture
def demo_database(demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    """This test's own copy of the demo, which it may change."""
    make_application()
    copy = tmp_path / "demo.dla"
    shutil.copyfile(demo_file, copy)
    database = open_database(copy)
    yield database
    database.close()


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    """A new empty file; modules that need the demo override it with ``demo_database``."""
    make_application()
    database = create_database(tmp_path / "test.dla")
    yield database
    database.close()


@pytest.fixture
def operations(database: Database) -> Operations:
    """The runner the pages and dialogs write through, on this test's file."""
    return Operations(database)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """Settings in a temporary INI file, so no test reads or writes the user's."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The text of every QMessageBox.warning, recorded instead of shown (it would block)."""
    said: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, _title, text, *rest: said.append(text) or 0
    )
    return said
