"""Helpers the widget tests share: answer message boxes, show a section page or the window."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from dla_desktop.app import make_application
from dla_desktop.db.database import Database, open_database
from dla_desktop.ui.main_window import MainWindow
from dla_desktop.ui.operations import Operations

W = TypeVar("W", bound=QWidget)


def answer_boxes(monkeypatch: pytest.MonkeyPatch, answer: str) -> list[QMessageBox]:
    """Every QMessageBox.exec clicks the button named ``answer``; the boxes are kept."""
    boxes: list[QMessageBox] = []

    def click(box: QMessageBox) -> int:
        boxes.append(box)
        next(button for button in box.buttons() if button.text() == answer).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click)
    return boxes


def shown(qtbot: QtBot, widget: W) -> W:
    """Widget owned by qtbot and shown: most checks need a visible widget."""
    qtbot.addWidget(widget)
    widget.show()
    return widget


def shown_section(qtbot: QtBot, page: W, database: Database) -> W:
    """A section page on ``database`` at a desktop size, exposed so it has read its data."""
    qtbot.addWidget(page)
    page.set_operations(Operations(database))  # type: ignore[attr-defined]
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


def window_on(qtbot: QtBot, path: Path, settings: QSettings) -> MainWindow:
    """The main window on the file at ``path``, shown and exposed, as a user opens it."""
    make_application()
    window = MainWindow(open_database(path), settings=settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window
