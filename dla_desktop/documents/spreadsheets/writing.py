"""Tables written as typed workbooks (.xlsx) and French CSV files, atomically."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from dla_desktop.domain.spreadsheets import CsvFormat, Table

FRENCH_CSV = CsvFormat()  # ; and UTF-8 with BOM: opens right in a French Excel

# on_progress(done, total): rows written so far, for a progress bar; may raise to cancel.
Progress = Callable[[int, int], None]


def write_xlsx(tables: Sequence[Table], path: Path, *, on_progress: Progress | None = None) -> Path:
    """One sheet per table, typed cells, frozen bold header row, fitted widths, autofilter."""
    raise NotImplementedError


def write_csv(
    table: Table, path: Path, csv: CsvFormat = FRENCH_CSV, *, on_progress: Progress | None = None
) -> Path:
    """One table as CSV in ``csv``'s separator, encoding and decimal mark; dates 12/03/2026."""
    raise NotImplementedError


def write_table(
    table: Table, path: Path, csv: CsvFormat = FRENCH_CSV, *, on_progress: Progress | None = None
) -> Path:
    """``write_xlsx`` or ``write_csv`` according to the suffix of ``path``."""
    raise NotImplementedError
