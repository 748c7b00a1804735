"""Programme benchmark: does a programme with 50,000 attendance rows open and scroll smoothly?

Builds one programme whose grid is full (250 associations × 200 sessions, all expected,
all marked) with ``bench/synthetic.py``, then times, offscreen: the service read of the
grid, the "Séances et présences" tab opening (built, read, model filled, first paint),
painting the grid's viewport after each scroll step, one SPACE keystroke (one
transaction and the changed cells repainted), and the whole programme page when it is
importable. Figures are printed beside their targets; MISSED never changes the exit code.

    .venv/bin/python -m bench.bench_programme [--keep DIR] [--reuse] [--runs N]
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt is imported

import shutil  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable  # noqa: E402
from pathlib import Path  # noqa: E402

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402
from sqlalchemy import select  # noqa: E402

from bench.bench_core import Figure, build_or_reuse, report, run_benchmark  # noqa: E402
from bench.synthetic import build_attendance_database  # noqa: E402
from dla_desktop.app import make_application  # noqa: E402
from dla_desktop.db.database import open_database  # noqa: E402
from dla_desktop.db.models import Programme  # noqa: E402
from dla_desktop.services.attendance import attendance_sheet  # noqa: E402
from dla_desktop.ui.operations import Operations  # noqa: E402
from dla_desktop.ui.pages.programme.attendance_tab import AttendanceTab  # noqa: E402

PROGRAMME_FILE = "bench-programme.dla"
ASSOCIATIONS, SESSIONS = 250, 200
READ_TARGET_MS = 150.0  # the read's share of the opening budget
OPEN_TARGET_MS = 300.0  # the target for a programme with 50,000 attendance rows
PAINT_TARGET_MS = 16.0  # one frame at 60 Hz: scrolling without stutter
KEYSTROKE_TARGET_MS = 50.0
SCROLL_STEPS = 40


def milliseconds(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def shown(widget: QWidget) -> None:
    """Show and paint once: what the coordinator waits for."""
    widget.resize(1280, 800)
    widget.show()
    QApplication.processEvents()
    widget.grab()


def measure_read(operations: Operations, programme_id: str, runs: int) -> list[float]:
    return [
        milliseconds(lambda: operations.read(lambda s: attendance_sheet(s, programme_id)))
        for _ in range(runs)
    ]


def measure_open(operations: Operations, programme_id: str, runs: int) -> list[float]:
    """A new tab each run: built, sheet read, model filled, shown and painted."""
    times = []
    holder: list[QWidget] = []

    def open_tab() -> None:
        holder.append(AttendanceTab(operations, programme_id))
        shown(holder[-1])

    for _ in range(runs):
        times.append(milliseconds(open_tab))
        holder[-1].close()
        holder.pop().deleteLater()
        QApplication.processEvents()
    return times


def measure_scroll(tab: AttendanceTab) -> list[float]:
    """Scroll a page down and a page right per step; time painting the viewport each time."""
    vertical = tab.view.verticalScrollBar()
    horizontal = tab.view.horizontalScrollBar()
    times = []
    for step in range(SCROLL_STEPS):
        vertical.setValue((vertical.pageStep() * step) % max(vertical.maximum(), 1))
        horizontal.setValue((horizontal.pageStep() * step) % max(horizontal.maximum(), 1))
        times.append(milliseconds(tab.view.viewport().grab))
    return times


def measure_keystroke(tab: AttendanceTab, runs: int) -> list[float]:
    """SPACE on one cell: one transaction, the cell and its rates repainted."""
    tab.view.setFocus()
    tab.view.setCurrentIndex(tab.model.index(5, 5))
    times = []
    for _ in range(runs):

        def press() -> None:
            tab.toggle_selection()
            tab.view.viewport().grab()

        times.append(milliseconds(press))
    return times


def measure_programme_page(operations: Operations, programme_id: str, runs: int) -> Figure | None:
    """The whole page, when another engineer's ProgrammePage is importable."""
    try:
        from dla_desktop.ui.pages.programme.programme_page import ProgrammePage
    except ImportError as error:
        print(f"programme page opens: not measured ({error})")
        return None
    times = []
    holder: list[QWidget] = []

    def open_page() -> None:
        page = ProgrammePage(operations, programme_id)
        holder.append(page)
        tabs = [page.tabs.widget(i) for i in range(page.tabs.count())]
        grids = [tab for tab in tabs if isinstance(tab, AttendanceTab)]
        if grids:
            page.tabs.setCurrentWidget(grids[0])
        shown(page)

    for _ in range(runs):
        times.append(milliseconds(open_page))
        holder[-1].close()
        holder.pop().deleteLater()
        QApplication.processEvents()
    page = ProgrammePage(operations, programme_id)
    has_grid = any(isinstance(page.tabs.widget(i), AttendanceTab) for i in range(page.tabs.count()))
    page.deleteLater()
    label = "programme page opens on its attendance tab"
    if not has_grid:
        label = "programme page opens (no attendance tab in it yet)"
    return report(label, times, OPEN_TARGET_MS)


def run(directory: Path, runs: int, reuse: bool) -> list[Figure]:
    path = directory / PROGRAMME_FILE
    build_or_reuse(
        path,
        reuse,
        lambda p: build_attendance_database(p, ASSOCIATIONS, SESSIONS),
        f"create programme DB ({ASSOCIATIONS} assoc. × {SESSIONS} sessions)",
    )
    scratch = directory / "bench-programme-run.dla"  # keystrokes write: keep the built file as is
    shutil.copyfile(path, scratch)
    database = open_database(scratch)
    operations = Operations(database)
    try:
        with database.reading() as session:
            programme_id = session.scalars(select(Programme.id)).one()
        marks = len(operations.read(lambda s: attendance_sheet(s, programme_id)).marks)
        print(f"{marks:,} attendance marks in the programme\n")
        figures = [
            report(
                "read attendance sheet (service)",
                measure_read(operations, programme_id, runs),
                READ_TARGET_MS,
            ),  # fmt: skip
            report(
                "attendance tab opens (read, model, painted)",
                measure_open(operations, programme_id, runs),
                OPEN_TARGET_MS,
            ),  # fmt: skip
        ]
        tab = AttendanceTab(operations, programme_id)
        shown(tab)
        figures.append(
            report(
                "grid viewport paint per scroll step",
                measure_scroll(tab),
                PAINT_TARGET_MS,
                f"; {SCROLL_STEPS} steps",
            )  # fmt: skip
        )
        figures.append(
            report(
                "SPACE on a cell (write + repaint)",
                measure_keystroke(tab, runs),
                KEYSTROKE_TARGET_MS,
            )  # fmt: skip
        )
        tab.close()
        page = measure_programme_page(operations, programme_id, runs)
        if page is not None:
            figures.append(page)
    finally:
        database.close()
        scratch.unlink(missing_ok=True)
    return figures


def main(argv: list[str] | None = None) -> int:
    make_application()
    return run_benchmark(__doc__, "dla-bench-programme-", run, argv)


if __name__ == "__main__":
    raise SystemExit(main())
