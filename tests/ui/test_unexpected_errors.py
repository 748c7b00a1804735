"""Errors no screen caught (raised in a slot) reach the user in French and the log, not stderr."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from dla_desktop.app import show_unexpected_errors
from dla_desktop.domain.errors import NotFoundError
from dla_desktop.errorlog import LOG_NAME
from dla_desktop.paths import log_dir
from dla_desktop.ui.widgets.error_dialog import ErrorDialog


class Emitter(QObject):
    """A signal whose slot raises, as a buggy screen would."""

    fired = Signal()


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[QWidget]:
    widget = QWidget()
    qtbot.addWidget(widget)
    previous = sys.excepthook
    show_unexpected_errors(widget)
    yield widget
    sys.excepthook = previous


def fire(error: Exception) -> None:
    emitter = Emitter()

    def broken_slot() -> None:
        raise error

    emitter.fired.connect(broken_slot)
    emitter.fired.emit()


def test_a_bug_in_a_slot_is_logged_and_shown_with_its_details(
    window: QWidget, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[ErrorDialog] = []
    monkeypatch.setattr(ErrorDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    fire(RuntimeError("boom <&> 🎭"))
    assert len(shown) == 1
    assert "RuntimeError: boom <&> 🎭" in shown[0].details.toPlainText()
    written = (log_dir() / LOG_NAME).read_text(encoding="utf-8")
    assert "RuntimeError: boom <&> 🎭" in written


def test_a_user_error_in_a_slot_is_said_in_french(
    window: QWidget, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: said.append(text))
    monkeypatch.setattr(ErrorDialog, "exec", lambda _dialog: pytest.fail("not a bug"))
    fire(NotFoundError("Cette association n'existe plus."))
    assert said == ["Cette association n'existe plus."]
