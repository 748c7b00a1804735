"""Helpers the command-line tests share: what a command printed, and the base file it left.

The base is a real file, closed between commands, so tests read it with sqlite3 and
prove "nothing written" on its bytes.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest


def output(capsys: pytest.CaptureFixture[str]) -> tuple[str, str]:
    """(stdout, stderr) printed since the last call: a command's whole answer."""
    captured = capsys.readouterr()
    return captured.out, captured.err


def digest(path: Path) -> str:
    """The file's bytes in a word, to prove a command left it untouched."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def rows_of(base: Path, query: str) -> list[tuple[Any, ...]]:
    """What the closed file holds, read with sqlite3 (no session, nothing cached)."""
    with closing(sqlite3.connect(base)) as connection:
        return connection.execute(query).fetchall()


def private_copy(source: Path, folder: Path) -> Path:
    """A test's own ``base.dla``, copied from a base built once for the module."""
    copy = folder / "base.dla"
    shutil.copyfile(source, copy)
    return copy
