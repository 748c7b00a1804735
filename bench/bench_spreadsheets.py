"""Spreadsheets benchmark: how long an export of 50,000 attendance rows keeps a coordinator waiting.

Builds one programme whose grid is full (250 associations × 200 sessions, every mark
recorded: 50,000 attendance rows) with ``bench/synthetic.py``, reads it once into a
long table (one row per mark: date, volet, séance, association, statut, durée,
présente), then times:

- that table written to .xlsx by ``write_xlsx`` (typed cells, the issue's target);
- the same table written to a French CSV by ``write_csv``;
- the whole programme workbook, end to end: ``programme_workbook`` in a reading session
  (eight sheets, the grid 250 × 200) then ``write_xlsx``.

Each figure is printed beside its target; MISSED never changes the exit code.

    .venv/bin/python -m bench.bench_spreadsheets [--keep DIR] [--reuse] [--runs N]
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

from sqlalchemy import select

from bench.bench_core import LABEL_WIDTH, Figure, build_or_reuse, report, run_benchmark, timed_runs
from bench.synthetic import build_attendance_database
from dla_desktop.db.database import Database, open_database
from dla_desktop.db.models import Programme
from dla_desktop.documents.spreadsheets.writing import write_csv, write_xlsx
from dla_desktop.domain.enums import AttendanceStatus
from dla_desktop.domain.spreadsheets import CellKind, Table, TableColumn
from dla_desktop.services.attendance import attendance_sheet
from dla_desktop.services.workbook import programme_workbook

PROGRAMME_FILE = "bench-spreadsheets.dla"
ASSOCIATIONS, SESSIONS = 250, 200
XLSX_TARGET_MS = 5_000.0  # the issue's: 50,000 attendance rows to .xlsx in under 5 s
CSV_TARGET_MS = 5_000.0
WORKBOOK_TARGET_MS = 5_000.0

ATTENDANCE_COLUMNS = (
    TableColumn("Date", CellKind.DATE),
    TableColumn("Volet"),
    TableColumn("Séance"),
    TableColumn("Association"),
    TableColumn("Statut"),
    TableColumn("Durée (heures)", CellKind.DECIMAL),
    TableColumn("Présente", CellKind.INTEGER),
)


def attendance_table(database: Database, programme_id: str) -> Table:
    """Every mark of the programme as one row, the way a list of marks would be exported."""
    with database.reading() as session:
        sheet = attendance_sheet(session, programme_id)
    names = dict(sheet.associations)
    sessions = {seance.id: seance for seance in sheet.sessions}
    rows = []
    for (association_id, session_id), status in sheet.marks.items():
        seance = sessions[session_id]
        rows.append(
            (
                seance.date,
                sheet.volet_names.get(seance.volet_id or "", ""),
                seance.title,
                names[association_id],
                status.label,
                seance.duration_hours,
                int(status == AttendanceStatus.PRESENT),
            )
        )
    rows.sort(key=lambda row: (row[0], row[2], row[3]))
    return Table("Présences", ATTENDANCE_COLUMNS, rows)


def size_detail(path: Path, rows: int, times: list[float]) -> str:
    """File size and throughput, printed after the figure."""
    rate = rows / (statistics.median(times) / 1000)
    return f"; {path.stat().st_size / 1024:,.0f} KB, {rate:,.0f} rows/s"


def run(directory: Path, runs: int, reuse: bool) -> list[Figure]:
    path = directory / PROGRAMME_FILE
    build_or_reuse(
        path,
        reuse,
        lambda p: build_attendance_database(p, ASSOCIATIONS, SESSIONS),
        f"create programme DB ({ASSOCIATIONS} assoc. × {SESSIONS} sessions)",
    )
    database = open_database(path)
    try:
        with database.reading() as session:
            programme_id = session.scalars(select(Programme.id)).one()
        started = time.perf_counter()
        table = attendance_table(database, programme_id)
        label = f"read {len(table.rows):,} marks into a table (no target)"
        print(f"{label:<{LABEL_WIDTH}}{(time.perf_counter() - started) * 1000:8.1f} ms\n")

        xlsx, csv = directory / "presences.xlsx", directory / "presences.csv"
        xlsx_times = timed_runs(lambda: write_xlsx([table], xlsx), runs)
        csv_times = timed_runs(lambda: write_csv(table, csv), runs)
        workbook = directory / "programme.xlsx"
        reads: list[float] = []

        def whole_workbook() -> None:
            started = time.perf_counter()
            with database.reading() as session:
                tables = programme_workbook(session, programme_id)
            reads.append((time.perf_counter() - started) * 1000)
            write_xlsx(tables, workbook)

        workbook_times = timed_runs(whole_workbook, runs)
    finally:
        database.close()
    rows = len(table.rows)
    return [
        report(
            f"{rows:,} attendance rows to .xlsx",
            xlsx_times,
            XLSX_TARGET_MS,
            size_detail(xlsx, rows, xlsx_times),
        ),
        report(
            f"{rows:,} attendance rows to .csv",
            csv_times,
            CSV_TARGET_MS,
            size_detail(csv, rows, csv_times),
        ),
        report(
            f"programme workbook ({ASSOCIATIONS} × {SESSIONS} grid), end to end",
            workbook_times,
            WORKBOOK_TARGET_MS,
            f"; services {statistics.median(reads):.0f} ms + xlsx "
            f"{statistics.median(workbook_times) - statistics.median(reads):.0f} ms; "
            f"{workbook.stat().st_size / 1024:,.0f} KB",
        ),
    ]


def main(argv: list[str] | None = None) -> int:
    return run_benchmark(__doc__, "dla-bench-spreadsheets-", run, argv)


if __name__ == "__main__":
    sys.exit(main())
