"""Import benchmark: how long a coordinator waits for 10,000 associations to come in.

Each run imports one file into a fresh copy of an empty database (an office set, as
after the first start), the way ``dla-desktop import associations`` and the wizard do:
read the file (``read_sheet``), plan every row (conversion, the forms' validation,
matching), apply the plan and commit, in one transaction. Figures are end to end,
with the split between reading, planning and writing; MISSED never changes the exit
code.

Files (made once per run of the benchmark, realistic and messy enough: accents,
valid and empty SIRETs, RNA numbers, decimal commas):

- a French CSV (Windows-1252, ";", CRLF), as Excel saves one;
- the same rows in an .xlsx with typed cells (numbers as numbers).

The re-import of the CSV over the base it just filled (every row known, merged one by
one through the forms' update) is printed for information, without a target.

    .venv/bin/python -m bench.bench_import [--keep DIR] [--reuse] [--runs N]
"""

from __future__ import annotations

import csv
import random
import shutil
import statistics
import sys
import time
from pathlib import Path

from stdnum import luhn

from bench.bench_core import LABEL_WIDTH, Figure, report, run_benchmark
from dla_desktop.db.database import create_database, open_database
from dla_desktop.documents.spreadsheets.reading import read_sheet
from dla_desktop.domain.imports import ImportTarget, guess_mapping
from dla_desktop.domain.records import OfficeDraft
from dla_desktop.services import offices
from dla_desktop.services.imports import ImportSummary, RowFate, apply_import, plan_import

ROWS = 10_000
IMPORT_TARGET_MS = 5_000.0
TEMPLATE_FILE = "bench-import-empty.dla"
CSV_FILE, XLSX_FILE = "bench-associations.csv", "bench-associations.xlsx"
HEADERS = (
    "Nom",
    "SIRET",
    "RNA",
    "Secteur",
    "Activité",
    "Adresse",
    "Code postal",
    "Commune",
    "Emplois",
    "ETP",
    "Courriel",
    "Téléphone",
)
WORDS = ("Amis", "Théâtre", "Écluse", "Cœur", "Zèbre", "Rail", "Jardins", "Forêt", "Éveil")
SECTORS = ("Culture", "Sport", "Insertion", "Environnement", "Solidarité", "Éducation")
TOWNS = (("59000", "Lille"), ("59100", "Roubaix"), ("59200", "Tourcoing"), ("02000", "Laon"))


def association_rows(count: int) -> list[list[object]]:
    """Distinct associations: typed values (the CSV writes them as text)."""
    rng = random.Random(2026)
    rows: list[list[object]] = []
    for index in range(count):
        postal_code, town = rng.choice(TOWNS)
        siret = valid_siret(rng) if rng.random() < 0.6 else ""
        name = f"Les {rng.choice(WORDS)} {rng.choice(WORDS).lower()} n° {index + 1}"
        rows.append(
            [
                name,
                siret,
                f"W59{index:07d}",
                rng.choice(SECTORS),
                "Ateliers, spectacles & rencontres",
                f"{rng.randrange(1, 200)} rue de l'Église",
                postal_code,
                town,
                rng.randrange(0, 40),
                round(rng.randrange(0, 4000) / 100, 2),
                f"contact{index}@example.org",
                f"01 99 {index // 10000:02d} {index // 100 % 100:02d} {index % 100:02d}",
            ]
        )
    return rows


def valid_siret(rng: random.Random) -> str:
    """A SIRET whose SIREN (first nine digits) and whole number both pass the Luhn check."""
    siren = f"{rng.randrange(10**8):08d}"
    siren += luhn.calc_check_digit(siren)
    number = f"{siren}{rng.randrange(10**4):04d}"
    return number + luhn.calc_check_digit(number)


def write_csv(path: Path, rows: list[list[object]]) -> None:
    """As Excel saves a French CSV: ";", CRLF, Windows-1252, decimal commas."""
    with path.open("w", encoding="cp1252", newline="") as stream:
        writer = csv.writer(stream, delimiter=";", lineterminator="\r\n")
        writer.writerow(HEADERS)
        for row in rows:
            writer.writerow(
                [str(cell).replace(".", ",") if isinstance(cell, float) else cell for cell in row]
            )


def write_xlsx(path: Path, rows: list[list[object]]) -> None:
    """The same rows in a workbook, numbers typed as numbers."""
    import xlsxwriter

    workbook = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = workbook.add_worksheet("Adhérents")
    sheet.write_row(0, 0, HEADERS)
    for index, row in enumerate(rows, start=1):
        for column, cell in enumerate(row):
            if isinstance(cell, str):
                sheet.write_string(index, column, cell)
            else:
                sheet.write_number(index, column, cell)  # type: ignore[arg-type]
    workbook.close()


def prepare(directory: Path, reuse: bool) -> None:
    """The empty base and the two files, made once (or reused with --reuse)."""
    paths = [directory / name for name in (TEMPLATE_FILE, CSV_FILE, XLSX_FILE)]
    label = f"write an empty base, a CSV and an .xlsx ({ROWS:,} rows)"
    if reuse and all(path.exists() for path in paths):
        print(f"{label:<{LABEL_WIDTH}}  reused {directory}")
        return
    started = time.perf_counter()
    for path in paths:
        path.unlink(missing_ok=True)
    database = create_database(paths[0])
    with database.transaction() as session:
        office = offices.create_office(session, OfficeDraft(name="CBE de Lille", departement="59"))
        offices.set_current_office(session, office.id)
    database.close()
    rows = association_rows(ROWS)
    write_csv(paths[1], rows)
    write_xlsx(paths[2], rows)
    print(f"{label:<{LABEL_WIDTH}}{time.perf_counter() - started:8.2f} s")


def timed_import(source: Path, base: Path) -> tuple[float, float, float, ImportSummary]:
    """One import as the command line does it: (read, plan, write + commit) ms, and what it did."""
    started = time.perf_counter()
    sheet = read_sheet(source)
    read = time.perf_counter()
    database = open_database(base)
    try:
        with database.transaction() as session:
            mapping = guess_mapping(sheet.headers, ImportTarget.ASSOCIATIONS)
            plan = plan_import(session, ImportTarget.ASSOCIATIONS, sheet, mapping)
            planned = time.perf_counter()
            if plan.count(RowFate.REJECTED):
                raise AssertionError(f"{plan.count(RowFate.REJECTED)} rows rejected")
            summary = apply_import(session, plan)
    finally:
        database.close()
    done = time.perf_counter()
    return (read - started) * 1000, (planned - read) * 1000, (done - planned) * 1000, summary


def measure(directory: Path, source: Path, runs: int, label: str) -> Figure:
    """``runs`` imports of ``source``, each into a new copy of the empty base."""
    totals, reads, plans, writes = [], [], [], []
    for run in range(runs):
        base = directory / f"bench-import-{run}.dla"
        shutil.copyfile(directory / TEMPLATE_FILE, base)
        read, plan, write, summary = timed_import(source, base)
        if summary.created != ROWS:
            raise AssertionError(f"{summary.describe()}: {ROWS} creations expected")
        totals.append(read + plan + write)
        reads.append(read)
        plans.append(plan)
        writes.append(write)
        if run:
            base.unlink()
    detail = (
        f"; read {statistics.median(reads):.0f} ms + plan {statistics.median(plans):.0f} ms"
        f" + write {statistics.median(writes):.0f} ms"
    )
    return report(label, totals, IMPORT_TARGET_MS, detail)


def measure_merge(directory: Path, source: Path) -> None:
    """The same file again over the base it filled: every row known and merged (no target)."""
    read, plan, write, summary = timed_import(source, directory / "bench-import-0.dla")
    if summary.merged != ROWS:
        raise AssertionError(f"{summary.describe()}: {ROWS} merges expected")
    label = f"re-import {ROWS:,} known associations (merged)"
    print(
        f"{label:<{LABEL_WIDTH}}{read + plan + write:8.1f} ms   no target"
        f"          (read {read:.0f} ms + plan {plan:.0f} ms + write {write:.0f} ms)"
    )


def run(directory: Path, runs: int, reuse: bool) -> list[Figure]:
    """Both files imported ``runs`` times each, then the re-import for information."""
    prepare(directory, reuse)
    figures = [
        measure(directory, directory / CSV_FILE, runs, f"import {ROWS:,} associations, CSV"),
        measure(directory, directory / XLSX_FILE, runs, f"import {ROWS:,} associations, .xlsx"),
    ]
    measure_merge(directory, directory / CSV_FILE)
    return figures


def main(argv: list[str] | None = None) -> int:
    return run_benchmark(__doc__, "dla-bench-import-", run, argv)


if __name__ == "__main__":
    sys.exit(main())
