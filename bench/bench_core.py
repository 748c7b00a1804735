"""Core benchmark: is the data layer fast enough on a big office's files?

Builds two databases with ``bench/synthetic.py`` (bulk Core inserts into files made by
``create_database``), then times what a coordinator waits for: opening a file, listing
a whole register, and computing one programme's indicators. Each figure is printed
beside its target; a missed target is printed as MISSED but the exit code stays 0, so
the script can run on any machine without failing a build.

    .venv/bin/python -m bench.bench_core [--keep DIR] [--reuse] [--runs N]
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy
from sqlalchemy import func, select

from bench.synthetic import BuildResult, build_core_database, build_register_database
from dla_desktop.db.database import Database, open_database, sqlite_version
from dla_desktop.db.models import Attendance, Enrolment, ProgrammeSession
from dla_desktop.services.associations import list_associations
from dla_desktop.services.indicators import programme_indicators

CORE_FILE = "bench-core.dla"
REGISTER_FILE = "bench-register.dla"
REGISTER_SIZE = 100_000
LABEL_WIDTH = 52

OPEN_TARGET_MS = 300.0
LIST_TARGET_MS = 500.0
INDICATORS_TARGET_MS = 50.0


@dataclass
class Figure:
    """One measured figure and its verdict, kept for the summary at the end."""

    label: str
    median_ms: float
    target_ms: float
    runs: list[float]

    @property
    def ok(self) -> bool:
        """The median is what a user usually gets, so it is what must meet the target."""
        return self.median_ms < self.target_ms


def timed_runs(action: Callable[[], object], runs: int) -> list[float]:
    """Wall-clock milliseconds of ``runs`` calls (the first call included: it is what users see)."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return times


def report(label: str, runs: list[float], target_ms: float, detail: str = "") -> Figure:
    """Print one line: median, target, OK/MISSED, and the spread so a noisy run shows."""
    figure = Figure(label, statistics.median(runs), target_ms, runs)
    verdict = "OK" if figure.ok else "MISSED"
    spread = f"(median of {len(runs)}; min {min(runs):.1f}, max {max(runs):.1f} ms{detail})"
    print(
        f"{label:<{LABEL_WIDTH}}{figure.median_ms:8.1f} ms   target < {target_ms:.0f} ms"
        f"   {verdict:<6} {spread}"
    )
    return figure


def report_build(label: str, result: BuildResult) -> None:
    """Creation has no target: print time and throughput, split where the time went."""
    rate = result.total_rows / result.insert_seconds if result.insert_seconds else 0.0
    print(
        f"{label:<{LABEL_WIDTH}}{result.seconds:8.2f} s    {result.total_rows:,} rows, "
        f"{rate:,.0f} rows/s inserted "
        f"(generate {result.generate_seconds:.2f} s, schema {result.schema_seconds:.2f} s, "
        f"insert {result.insert_seconds:.2f} s)"
    )


def measure_open(path: Path, runs: int) -> list[float]:
    """``open_database`` (header and revision checks) then ``close``, as the app does at start."""

    def open_and_close() -> None:
        """Close too: an engine left open would keep the file and skew the next run."""
        open_database(path).close()

    return timed_runs(open_and_close, runs)


def attendance_per_programme(database: Database) -> list[tuple[str, int]]:
    """(programme id, attendance rows), most first, to pick the worst and a typical programme."""
    with database.reading() as session:
        rows = session.execute(
            select(ProgrammeSession.programme_id, func.count())
            .join(Attendance, Attendance.session_id == ProgrammeSession.id)
            .group_by(ProgrammeSession.programme_id)
            .order_by(func.count().desc(), ProgrammeSession.programme_id)
        ).all()
    return [(programme_id, count) for programme_id, count in rows]


def incoherent_attendance(database: Database) -> int:
    """Attendance rows whose association is not enrolled in the session's programme (want 0)."""
    with database.reading() as session:
        enrolled = (
            select(Enrolment.id)
            .where(
                Enrolment.programme_id == ProgrammeSession.programme_id,
                Enrolment.association_id == Attendance.association_id,
            )
            .exists()
        )
        return (
            session.scalar(
                select(func.count())
                .select_from(Attendance)
                .join(ProgrammeSession, ProgrammeSession.id == Attendance.session_id)
                .where(~enrolled)
            )
            or 0
        )


def measure_indicators(database: Database, programme_id: str, runs: int) -> list[float]:
    """One reading session per call, as the Évaluation tab opens one for each refresh."""

    def compute() -> None:
        """Session setup included: the user waits for it as well."""
        with database.reading() as session:
            programme_indicators(session, programme_id)

    return timed_runs(compute, runs)


def measure_list(database: Database, runs: int) -> tuple[list[float], int]:
    """``list_associations`` in a fresh reading session per call; returns the row count too."""
    count = 0

    def listing() -> None:
        """Keep the row count so the figure says how much was listed."""
        nonlocal count
        with database.reading() as session:
            count = len(list_associations(session))

    return timed_runs(listing, runs), count


def print_versions() -> None:
    """The stack the figures were measured on, so they can be compared across machines."""
    print(
        f"Python {platform.python_version()} · SQLite {sqlite_version()} · "
        f"SQLAlchemy {sqlalchemy.__version__} · {platform.system()} {platform.machine()}, "
        f"{os.cpu_count()} cores"
    )
    # Other processes skew every figure on a 2-core machine: say how busy it was.
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    print(f"load average before the run: {load}")
    print()


def build_or_reuse(
    path: Path, reuse: bool, builder: Callable[[Path], BuildResult], label: str
) -> None:
    """Build the file, or with --reuse keep one a previous --keep run left."""
    if reuse and path.exists():
        print(f"{label:<{LABEL_WIDTH}}  reused {path}")
        return
    path.unlink(missing_ok=True)
    report_build(label, builder(path))


def run(directory: Path, runs: int, reuse: bool) -> list[Figure]:
    """Build both databases in ``directory`` and print every figure."""
    core_path, register_path = directory / CORE_FILE, directory / REGISTER_FILE
    build_or_reuse(
        core_path,
        reuse,
        build_core_database,
        "create core DB (100 prog., 5k assoc., 50k attend.)",
    )
    build_or_reuse(
        register_path,
        reuse,
        lambda path: build_register_database(path, REGISTER_SIZE),
        "create register DB (100k associations)",
    )
    print()

    figures = [
        report("open (core DB)", measure_open(core_path, runs), OPEN_TARGET_MS),
        report("open (100k associations)", measure_open(register_path, runs), OPEN_TARGET_MS),
    ]

    register = open_database(register_path)
    try:
        times, count = measure_list(register, runs)
        figures.append(
            report(
                "list associations (100k associations)",
                times,
                LIST_TARGET_MS,
                f"; {count:,} rows",
            )
        )
    finally:
        register.close()

    core = open_database(core_path)
    try:
        per_programme = attendance_per_programme(core)
        orphans = incoherent_attendance(core)
        biggest_id, biggest_rows = per_programme[0]
        typical_id, typical_rows = per_programme[len(per_programme) // 2]
        figures.append(
            report(
                f"indicators (biggest programme, {biggest_rows:,} attend.)",
                measure_indicators(core, biggest_id, runs),
                INDICATORS_TARGET_MS,
            )
        )
        figures.append(
            report(
                f"indicators (typical programme, {typical_rows:,} attend.)",
                measure_indicators(core, typical_id, runs),
                INDICATORS_TARGET_MS,
            )
        )
        total = sum(rows for _id, rows in per_programme)
        print(
            f"\ncore DB: {len(per_programme)} programmes with attendance, {total:,} attendance "
            f"rows, {orphans} not matching an enrolment (must be 0)"
        )
    finally:
        core.close()
    return figures


RunFigures = Callable[[Path, int, bool], list[Figure]]


def run_benchmark(doc: str, prefix: str, run: RunFigures, argv: list[str] | None) -> int:
    """Every benchmark's command line: options, temporary or kept folder, verdict; exit 0."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--keep", type=Path, metavar="DIR", help="build (and leave) files in DIR")
    parser.add_argument(
        "--reuse", action="store_true", help="with --keep: reuse files already in DIR"
    )
    parser.add_argument("--runs", type=int, default=5, help="runs per timed figure (default 5)")
    args = parser.parse_args(argv)
    if args.reuse and args.keep is None:
        parser.error("--reuse needs --keep DIR")

    started = time.perf_counter()
    print_versions()
    # Warnings the code under test raises are findings: list them after the table, once each.
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        if args.keep is not None:
            args.keep.mkdir(parents=True, exist_ok=True)
            figures = run(args.keep, args.runs, args.reuse)
        else:
            directory = Path(tempfile.mkdtemp(prefix=prefix))
            try:
                figures = run(directory, args.runs, False)
            finally:
                shutil.rmtree(directory, ignore_errors=True)
    seen = {(w.filename, w.lineno, w.category.__name__, str(w.message)) for w in caught}
    for filename, lineno, category, message in sorted(seen):
        print(f"warning raised during the runs: {filename}:{lineno}: {category}: {message}")

    missed = [f.label for f in figures if not f.ok]
    print(f"total run time {time.perf_counter() - started:.1f} s")
    if missed:
        print(f"MISSED {len(missed)} target(s): " + "; ".join(missed))
    else:
        print(f"all {len(figures)} targets met")
    return 0


def main(argv: list[str] | None = None) -> int:
    return run_benchmark(__doc__, "dla-bench-", run, argv)


if __name__ == "__main__":
    sys.exit(main())
