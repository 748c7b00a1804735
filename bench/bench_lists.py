"""List benchmark: does a 100,000-association register list, sort and filter without a wait?

Builds a register with ``bench/synthetic.py``, reads it with ``list_associations``, then
times what a coordinator feels in a ListPanel (offscreen): the list appearing, a column
sort, each keystroke of a search, and painting after a jump to the middle. Figures are
printed beside their targets; a missed one says MISSED but the exit code stays 0.

    .venv/bin/python -m bench.bench_lists [--keep DIR] [--reuse] [--runs N]
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt is imported

import sys  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable  # noqa: E402
from pathlib import Path  # noqa: E402

from PySide6.QtCore import QSettings, Qt  # noqa: E402

from bench.bench_core import Figure, build_or_reuse, report, run_benchmark  # noqa: E402
from bench.synthetic import build_register_database  # noqa: E402
from dla_desktop.app import make_application  # noqa: E402
from dla_desktop.db.database import open_database  # noqa: E402
from dla_desktop.domain.records import AssociationRow  # noqa: E402
from dla_desktop.services.associations import list_associations  # noqa: E402
from dla_desktop.ui.table_models import ASSOCIATION_COLUMNS  # noqa: E402
from dla_desktop.ui.widgets.list_panel import ListPanel  # noqa: E402

REGISTER_FILE = "bench-register.dla"
REGISTER_SIZE = 100_000
SHOW_TARGET_MS = 500.0
SORT_TARGET_MS = 150.0
KEYSTROKE_TARGET_MS = 50.0
PAINT_TARGET_MS = 50.0  # a frame or three: scrolling must not stutter
NAME, EMPLOYEES, TOWN = 0, 5, 3


def milliseconds(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def new_panel(settings: QSettings) -> ListPanel:
    panel = ListPanel(ASSOCIATION_COLUMNS, "bench/associations", settings=settings)
    panel.resize(1280, 800)
    return panel


def measure_show(rows: list[AssociationRow], settings: QSettings, runs: int) -> list[float]:
    """Rows into a new panel, shown and painted once: what the user waits for."""
    times = []
    for _ in range(runs):
        panel = new_panel(settings)

        def show(panel: ListPanel = panel) -> None:
            panel.set_rows(rows, sorted_by=NAME)
            panel.show()
            panel.grab()

        times.append(milliseconds(show))
        panel.close()
        panel.deleteLater()
    return times


def measure_sort(panel: ListPanel, column: int, runs: int) -> list[float]:
    """Header clicks alternate the order; the first includes computing the column's keys."""
    header = panel.table.horizontalHeader()
    times = []
    for run in range(runs):
        order = Qt.SortOrder.DescendingOrder if run % 2 == 0 else Qt.SortOrder.AscendingOrder
        times.append(milliseconds(lambda order=order: panel.table.sortByColumn(column, order)))
    header.setSortIndicator(NAME, Qt.SortOrder.AscendingOrder)
    panel.table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
    return times


def measure_typing(panel: ListPanel, text: str) -> list[float]:
    """One figure per keystroke, as ``textChanged`` fires; the box is cleared afterwards."""
    times = [
        milliseconds(lambda n=n: panel.search.setText(text[:n])) for n in range(1, len(text) + 1)
    ]
    panel.search.clear()
    return times


def measure_search_preparation(panel: ListPanel, rows: list[AssociationRow]) -> list[float]:
    """The slowest idle tick's chunk of search keys: the longest the window is busy with them."""
    panel.model.set_rows(rows, sorted_by=NAME)  # keys forgotten, as after a refresh
    times = []
    done = False
    while not done:
        started = time.perf_counter()
        done = panel.model.prepare_search_step()
        times.append((time.perf_counter() - started) * 1000)
    return [max(times)]


def measure_scroll(panel: ListPanel, runs: int) -> list[float]:
    """Jump to the middle, then paint: the view asks only the visible rows for data."""
    bar = panel.table.verticalScrollBar()
    times = []
    for run in range(runs):
        bar.setValue(bar.maximum() // 2 + run * 37)
        times.append(milliseconds(panel.grab))
    return times


def run(directory: Path, runs: int, reuse: bool) -> list[Figure]:
    path = directory / REGISTER_FILE
    build_or_reuse(
        path, reuse, lambda p: build_register_database(p, REGISTER_SIZE), "create register DB"
    )
    database = open_database(path)
    try:
        with database.reading() as session:
            rows = list_associations(session)
    finally:
        database.close()
    print(f"{len(rows):,} associations listed\n")

    settings = QSettings(str(directory / "bench-settings.ini"), QSettings.Format.IniFormat)
    figures = [
        report(
            "list appears (rows set, panel shown)",
            measure_show(rows, settings, runs),
            SHOW_TARGET_MS,
        )
    ]
    panel = new_panel(settings)
    panel.set_rows(rows, sorted_by=NAME)
    panel.show()
    panel.grab()
    figures.append(
        report(
            "sort by Nom (rows arrive in that order)",
            measure_sort(panel, NAME, runs),
            SORT_TARGET_MS,
        )
    )
    figures.append(
        report("sort by Emplois (number)", measure_sort(panel, EMPLOYEES, runs), SORT_TARGET_MS)
    )
    figures.append(
        report("sort by Commune (text, repeats)", measure_sort(panel, TOWN, runs), SORT_TARGET_MS)
    )
    figures.append(
        report(
            "search keys, slowest idle chunk",
            measure_search_preparation(panel, rows),
            KEYSTROKE_TARGET_MS,
        )
    )
    for text in ("the", "mecenat", "lille asso"):
        figures.append(
            report(
                f"keystroke typing {text!r}",
                measure_typing(panel, text),
                KEYSTROKE_TARGET_MS,
                "; per letter",
            )
        )
    figures.append(
        report("paint after a jump to the middle", measure_scroll(panel, runs), PAINT_TARGET_MS)
    )
    panel.close()
    return figures


def main(argv: list[str] | None = None) -> int:
    make_application()
    return run_benchmark(__doc__, "dla-bench-lists-", run, argv)


if __name__ == "__main__":
    sys.exit(main())
