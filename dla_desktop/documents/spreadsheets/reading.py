"""Spreadsheets read as people really send them: .xlsx, .ods and French CSV files."""

from __future__ import annotations

from pathlib import Path

from dla_desktop.domain.spreadsheets import ReadOptions, SheetData

READABLE_SUFFIXES = (".xlsx", ".xlsm", ".ods", ".csv", ".txt")


def read_sheet(path: Path, options: ReadOptions | None = None) -> SheetData:
    """Read one sheet (or a CSV), guessing what ``options`` leaves as None (no options: guess all).

    Raises FileReadError (French) for a missing, foreign, damaged, encrypted or empty
    file; never writes anything.
    """
    raise NotImplementedError
