"""Documents benchmark: how long a coordinator waits for a PDF, from the file to the document.

Each step times what one click on « Exporter en PDF » does: a reading session, the
services that gather the document's data (``services.documents``), then the renderer
writing the PDF. Every figure is end to end (services + PDF), printed beside its target
with the split between the two halves; MISSED never changes the exit code.

Steps (``STEPS``, one function each, to which later documents add theirs):

- the evaluation report of the demo's Lille programme (21 associations, 3 volets);
- the evaluation report of a big programme built by ``bench/synthetic.py``
  (500 associations, 5,000 sessions: 4,798 interviews counted, 200 collective sessions
  listed one by one);
- 100 partnership dossiers written as one batch (« Dossiers de partenariat » of a
  programme): PDF only, from hand-built dossiers; then end to end, read by
  ``programme_dossiers`` from the demo grown to 100 partnerships, and written;
- the printed material of a 60 x 60 speed-dating meeting (grid, 120 agendas, 60 table
  cards, participants, rules) from a hand-built plan: the renderer alone.

    .venv/bin/python -m bench.bench_documents [--keep DIR] [--reuse] [--runs N]
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from bench.bench_core import (
    LABEL_WIDTH,
    Figure,
    build_or_reuse,
    report,
    run_benchmark,
    timed_runs,
)
from bench.synthetic import build_report_database
from dla_desktop.db.database import Database, open_database
from dla_desktop.db.models import Programme
from dla_desktop.documents.pdf.dossier import write_dossiers
from dla_desktop.documents.pdf.evaluation import write_evaluation
from dla_desktop.documents.pdf.meeting_materials import write_meeting_materials
from dla_desktop.domain.enums import PartnershipCategory
from dla_desktop.domain.records import PartnershipDraft
from dla_desktop.services.associations import list_associations
from dla_desktop.services.companies import list_companies
from dla_desktop.services.demo import write_demo
from dla_desktop.services.documents import evaluation_report, programme_dossiers
from dla_desktop.services.partnerships import create_partnership
from dla_desktop.services.programmes import list_programmes
from tests.documents.meeting_data import meeting_plan  # the tests' hand-built plans
from tests.documents.others_data import many_dossiers  # the tests' hand-built dossiers

DEMO_FILE = "bench-demo.dla"
REPORT_FILE = "bench-report.dla"
ASSOCIATIONS, SESSIONS = 500, 5_000
ISSUED = date(2026, 11, 23)

DEMO_EVALUATION_TARGET_MS = 1_000.0
BIG_EVALUATION_TARGET_MS = 5_000.0
DOSSIERS_FILE = "bench-dossiers.dla"
DOSSIERS = 100
DOSSIERS_TARGET_MS = 10_000.0
MEETING_SIZE = 60
MEETING_TARGET_MS = 15_000.0  # about 360 pages; a 10 x 10 meeting takes well under a second

Step = Callable[[Path, int, bool], list[Figure]]  # (folder, runs, reuse) -> its figures
T = TypeVar("T")


def timed_document(
    database: Database,
    gather: Callable[[Session], T],
    render: Callable[[T, Path], object],
    destination: Path,
    runs: int,
) -> tuple[list[float], list[float], list[float]]:
    """``runs`` exports: total, services and PDF milliseconds of each (a new session each time).

    ``gather(session)`` reads the document's data; ``render(data, destination)`` writes it.
    """
    totals, services, pdfs = [], [], []
    for _ in range(runs):
        started = time.perf_counter()
        with database.reading() as session:
            data = gather(session)
        gathered = time.perf_counter()
        render(data, destination)
        done = time.perf_counter()
        totals.append((done - started) * 1000)
        services.append((gathered - started) * 1000)
        pdfs.append((done - gathered) * 1000)
    return totals, services, pdfs


def split(services: list[float], pdfs: list[float], destination: Path) -> str:
    """The detail printed after a figure: where the time went, and what came out."""
    pages = destination.read_bytes().count(b"/Type /Page\n")
    size = destination.stat().st_size / 1024
    return (
        f"; services {statistics.median(services):.0f} ms + PDF "
        f"{statistics.median(pdfs):.0f} ms; {pages} pages, {size:,.0f} KB"
    )


def measure_evaluation(
    database: Database, programme_id: str, directory: Path, runs: int, label: str, target: float
) -> Figure:
    """Services then renderer, as the Évaluation tab's export does."""
    destination = directory / "evaluation.pdf"
    totals, services, pdfs = timed_document(
        database,
        lambda session: evaluation_report(session, programme_id, ISSUED),
        write_evaluation,
        destination,
        runs,
    )
    return report(label, totals, target, split(services, pdfs, destination))


def demo_evaluation(directory: Path, runs: int, reuse: bool) -> list[Figure]:
    """(a) the demo's Lille programme: the report a coordinator makes every day."""
    path = directory / DEMO_FILE
    _demo_or_reuse(path, reuse)
    database = open_database(path)
    try:
        with database.reading() as session:
            lille = next(row for row in list_programmes(session) if "2006" in row.title)
        return [
            measure_evaluation(
                database,
                lille.id,
                directory,
                runs,
                "evaluation report, demo Lille programme",
                DEMO_EVALUATION_TARGET_MS,
            )
        ]
    finally:
        database.close()


def big_evaluation(directory: Path, runs: int, reuse: bool) -> list[Figure]:
    """(b) a programme of 500 associations and 5,000 sessions: the worst case we plan for."""
    path = directory / REPORT_FILE
    build_or_reuse(
        path,
        reuse,
        lambda target: build_report_database(target, ASSOCIATIONS, SESSIONS),
        f"create report DB ({ASSOCIATIONS} assoc., {SESSIONS:,} sessions)",
    )
    database = open_database(path)
    try:
        with database.reading() as session:
            programme_id = session.scalars(select(Programme.id)).one()
        return [
            measure_evaluation(
                database,
                programme_id,
                directory,
                runs,
                f"evaluation report, {ASSOCIATIONS} assoc. / {SESSIONS:,} sessions",
                BIG_EVALUATION_TARGET_MS,
            )
        ]
    finally:
        database.close()


def _demo_or_reuse(path: Path, reuse: bool) -> None:
    """Write the demo through the services (as ``dla-desktop demo`` does), or reuse it."""
    label = "write the demo (through the services)"
    if reuse and path.exists():
        print(f"{label:<{LABEL_WIDTH}}  reused {path}")
        return
    path.unlink(missing_ok=True)
    started = time.perf_counter()
    write_demo(path)
    print(f"{label:<{LABEL_WIDTH}}{time.perf_counter() - started:8.2f} s")


def dossier_batch_pdf(directory: Path, runs: int, reuse: bool) -> list[Figure]:
    """(c) 100 hand-built dossiers written as a batch: the renderer alone."""
    dossiers = many_dossiers(DOSSIERS)
    folder = directory / "dossiers-pdf"
    times = timed_runs(lambda: write_dossiers(dossiers, folder), runs)
    label = f"{DOSSIERS} partnership dossiers, PDF only"
    return [report(label, times, DOSSIERS_TARGET_MS, _batch_detail(times, folder))]


def dossier_batch_end_to_end(directory: Path, runs: int, reuse: bool) -> list[Figure]:
    """(d) the same batch read from a file by the services, then written: one click."""
    path = directory / DOSSIERS_FILE
    if not (reuse and path.exists()):
        path.unlink(missing_ok=True)
        started = time.perf_counter()
        _grow_demo(path, DOSSIERS)
        label = f"demo grown to {DOSSIERS} dossiers (services)"
        print(f"{label:<{LABEL_WIDTH}}{time.perf_counter() - started:8.2f} s")
    database = open_database(path)
    try:
        with database.reading() as session:
            lille = next(row for row in list_programmes(session) if "2006" in row.title)
        folder = directory / "dossiers-demo"
        totals, services, pdfs = timed_document(
            database,
            lambda session: programme_dossiers(session, lille.id, ISSUED),
            lambda dossiers, target: write_dossiers(dossiers, target),
            folder,
            runs,
        )
    finally:
        database.close()
    detail = (
        f"; services {statistics.median(services):.0f} ms + PDF {statistics.median(pdfs):.0f} ms"
    )
    label = f"{DOSSIERS} partnership dossiers, end to end"
    return [report(label, totals, DOSSIERS_TARGET_MS, detail + _batch_detail(totals, folder))]


def _batch_detail(times: list[float], folder: Path) -> str:
    """Files written, their size, and the time per dossier."""
    files = list(folder.glob("*.pdf"))
    size = sum(file.stat().st_size for file in files) / 1024
    each = statistics.median(times) / max(len(files), 1)
    return f"; {len(files)} files, {size:,.0f} KB, {each:.0f} ms each"


def _grow_demo(path: Path, count: int) -> None:
    """The demo, plus partnerships prepared in its Lille programme until it has ``count``."""
    write_demo(path)
    database = open_database(path)
    try:
        with database.transaction() as session:
            lille = next(row for row in list_programmes(session) if "2006" in row.title)
            have = len(programme_dossiers(session, lille.id, ISSUED))
            associations = [row.id for row in list_associations(session)]
            companies = [row.id for row in list_companies(session)]
            categories = list(PartnershipCategory)
            for index in range(count - have):
                create_partnership(
                    session,
                    PartnershipDraft(
                        association_id=associations[index % len(associations)],
                        company_id=companies[(index * 7) % len(companies)],
                        category=categories[index % len(categories)],
                        title=f"Projet partagé n° {index + 1}",
                        amount=Decimal(1000 + 250 * index),
                        project_budget=Decimal(12000 + 500 * index),
                        project="Des ateliers ouverts aux habitants du quartier. " * 4,
                        needs="Du matériel\nUn lieu pour les ateliers\nDes bénévoles",
                        counterparts="Logo sur nos supports\nInvitations à nos spectacles",
                        start_date=date(2007, 1, 15),
                        origin_programme_id=lille.id,
                    ),
                )
    finally:
        database.close()


def meeting_material(directory: Path, runs: int, reuse: bool) -> list[Figure]:
    """(e) the five PDFs of a 60 x 60 speed-dating meeting: the largest meeting we plan for."""
    plan = meeting_plan(MEETING_SIZE, MEETING_SIZE)
    folder = directory / "meeting-material"
    times = timed_runs(lambda: write_meeting_materials(plan, folder), runs)
    pages = sum(path.read_bytes().count(b"/Type /Page\n") for path in folder.glob("*.pdf"))
    size = sum(path.stat().st_size for path in folder.glob("*.pdf")) / 1024
    label = f"meeting material, {MEETING_SIZE} x {MEETING_SIZE}, PDF only"
    return [report(label, times, MEETING_TARGET_MS, f"; 5 files, {pages} pages, {size:,.0f} KB")]


STEPS: list[Step] = [
    demo_evaluation,
    big_evaluation,
    dossier_batch_pdf,
    dossier_batch_end_to_end,
    meeting_material,
]


def run(directory: Path, runs: int, reuse: bool) -> list[Figure]:
    """Every step in turn, in one folder (kept with --keep, reused with --reuse)."""
    figures: list[Figure] = []
    for step in STEPS:
        figures += step(directory, runs, reuse)
    return figures


def main(argv: list[str] | None = None) -> int:
    return run_benchmark(__doc__, "dla-bench-documents-", run, argv)


if __name__ == "__main__":
    sys.exit(main())
