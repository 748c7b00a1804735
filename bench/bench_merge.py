"""Merge benchmark: how long a coordinator waits to merge another office's file into theirs.

Two copies of one big base (10,000 associations, 100,000 attendance rows, made with
``synthetic.py`` and given the creation history the application's hook would have
written), A worked in by the synthetic office and B by a second office; then about 1,000
edits on each side through the services and the ORM, so the history hook records them:

- 600 field edits on associations: 100 on the same field of the same record on both
  sides (conflicts), 50 records with a different field on each side (both survive),
  450 one-sided;
- 200 attendance marks changed with ``services.attendance.write_marks``: 20 cells on
  both sides with different statuses (conflicts), 180 one-sided;
- 100 new associations, 5 of them with the same RNA as one the other side created
  (duplicate proposals, not fused);
- 100 associations archived, 10 of them edited on the other side (deletion conflicts).

Timed, B merged into a fresh copy of A each run: ``plan_merge`` alone (a read session),
and ``plan_merge`` + ``apply_merge`` (prefer newest) + commit, the merge a user waits for.
Target: merge < 2 s. Preparing B's private copy and the backup before the merge are
printed for information. Then Anki's sanity check: after A←B and B←A, the row counts
per table must match on both sides, and merging B into A again must have nothing to do.

    .venv/bin/python -m bench.bench_merge [--keep DIR] [--reuse] [--runs N]
"""

from __future__ import annotations

import random
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from bench.bench_core import (
    LABEL_WIDTH,
    Figure,
    report,
    report_build,
    run_benchmark,
    timed_runs,
)
from bench.synthetic import TABLE_ORDER, TOWNS, CoreShape, build_core_database
from dla_desktop.db.database import Database, open_database
from dla_desktop.db.history import current_user_name
from dla_desktop.db.models import (
    Association,
    Attendance,
    Base,
    HistoryEntry,
    LocalSetting,
    ProgrammeSession,
    new_id,
)
from dla_desktop.domain.enums import AttendanceStatus
from dla_desktop.domain.history import HistoryKind
from dla_desktop.domain.merging import MergeChoices, MergePlan, MergeSummary, Preference
from dla_desktop.domain.records import AssociationDraft, OfficeDraft
from dla_desktop.services import associations, attendance, offices
from dla_desktop.services.merging import apply_merge, plan_merge, prepare_their_copy
from dla_desktop.sharing.backups import BackupReason, automatic_backup

SHAPE = CoreShape(associations=10_000, attendance=100_000)
MERGE_TARGET_MS = 2_000.0
BASE_FILE, MINE_FILE, THEIRS_FILE = "bench-merge-base.dla", "bench-merge-a.dla", "bench-merge-b.dla"
OTHER_OFFICE = "CBE de Roubaix"
SEED = 6

# How the edits are shared out (see the module docstring).
CONFLICT_FIELDS, OTHER_FIELDS, ONE_SIDED_FIELDS = 100, 50, 450
CONFLICT_MARKS, ONE_SIDED_MARKS = 20, 180
NEW_ASSOCIATIONS, DUPLICATES = 100, 5
ARCHIVED, ARCHIVED_AGAINST_EDITS = 100, 10
EDITED_FIELDS = ("phone", "email", "notes", "activity", "employees", "address")
STATUSES = tuple(AttendanceStatus)
HISTORY = "history entries (create/update/resolved)"
LOCAL_TABLES = frozenset({HistoryEntry.__tablename__, "merge_run", LocalSetting.__tablename__})

T = TypeVar("T")
Cell = tuple[str, str, str, str]  # programme, association, session, status


@dataclass
class SideEdits:
    """What one office does to its copy: field edits, marks, creations, archives."""

    name: str  # "A" or "B", in the values written so a conflict's two sides differ
    fields: list[tuple[str, str]] = field(default_factory=list)  # (association id, column)
    marks: list[tuple[Cell, int]] = field(default_factory=list)  # cell, steps round STATUSES
    archived: list[str] = field(default_factory=list)
    duplicate_rnas: list[str] = field(default_factory=list)

    @property
    def count(self) -> int:
        """Edits made on this side, for the report."""
        return len(self.fields) + len(self.marks) + NEW_ASSOCIATIONS + len(self.archived)


@contextmanager
def opened(path: Path) -> Iterator[Database]:
    """A base opened through the real door, closed after use."""
    database = open_database(path)
    try:
        yield database
    finally:
        database.close()


def in_transaction(path: Path, action: Callable[[Session], T]) -> T:
    """One operation, one committed transaction, as the application writes."""
    with opened(path) as database, database.transaction() as session:
        return action(session)


# --- the two copies ---------------------------------------------------------------------


def add_creation_history(path: Path) -> int:
    """One ``create`` entry per synthetic row, as the hook writes for rows made in the app.

    Bulk Core inserts bypass the hook; without these entries both files would hold almost
    no history, and the merge would be timed on far less than a real office's file.
    """
    shared = [table for table in TABLE_ORDER if "deleted_at" in table.c]
    entries: list[dict[str, Any]] = []
    user = current_user_name()
    with opened(path) as database, database.engine.begin() as connection:
        for table in shared:
            columns = (table.c.id, table.c.created_at, table.c.changed_by_office_id)
            for row_id, created_at, office_id in connection.execute(select(*columns)):
                entries.append(
                    {
                        "id": new_id(),
                        "table_name": table.name,
                        "row_id": row_id,
                        "field": None,
                        "kind": HistoryKind.CREATE.value,
                        "changed_at": created_at,
                        "office_id": office_id,
                        "user_name": user,
                    }
                )
        connection.execute(insert(HistoryEntry.__table__), entries)
    return len(entries)


def build_base(path: Path) -> None:
    """The shared starting point: synthetic data, its history, and the second office."""
    report_build("create base (10k assoc., 100k attend.)", build_core_database(path, SHAPE))
    started = time.perf_counter()
    entries = add_creation_history(path)
    in_transaction(path, lambda s: offices.create_office(s, OfficeDraft(name=OTHER_OFFICE)))
    label = "creation history (as the hook writes it)"
    print(f"{label:<{LABEL_WIDTH}}{time.perf_counter() - started:8.2f} s    {entries:,} entries")


def read_targets(path: Path) -> tuple[list[str], list[Cell]]:
    """Live association ids and attendance cells, sorted so the seed picks the same ones."""
    with opened(path) as database, database.reading() as session:
        ids = sorted(
            session.scalars(select(Association.id).where(Association.deleted_at.is_(None)))
        )
        cells = session.execute(
            select(
                ProgrammeSession.programme_id,
                Attendance.association_id,
                Attendance.session_id,
                Attendance.status,
            )
            .join(ProgrammeSession, ProgrammeSession.id == Attendance.session_id)
            .where(Attendance.deleted_at.is_(None))
            .order_by(Attendance.id)
        ).all()
    return ids, [tuple(cell) for cell in cells]  # type: ignore[misc]


def share_out(ids: list[str], cells: list[Cell]) -> tuple[SideEdits, SideEdits]:
    """Pick each side's edits, with the overlaps that make conflicts and duplicates."""
    rng = random.Random(SEED)
    ids = rng.sample(ids, len(ids))
    a, b = SideEdits("A"), SideEdits("B")
    both, other, rest = (
        ids[:CONFLICT_FIELDS],
        ids[CONFLICT_FIELDS : CONFLICT_FIELDS + OTHER_FIELDS],
        ids[CONFLICT_FIELDS + OTHER_FIELDS :],
    )
    a_only, b_only = rest[:ONE_SIDED_FIELDS], rest[ONE_SIDED_FIELDS : 2 * ONE_SIDED_FIELDS]
    spare = rest[2 * ONE_SIDED_FIELDS :]
    for side, own, field_of_other in ((a, a_only, "notes"), (b, b_only, "phone")):
        side.fields += [(i, "town") for i in both] + [(i, field_of_other) for i in other]
        side.fields += [(i, rng.choice(EDITED_FIELDS)) for i in own]
    plain = ARCHIVED - ARCHIVED_AGAINST_EDITS
    a.archived = spare[:plain] + b_only[:ARCHIVED_AGAINST_EDITS]
    b.archived = spare[plain : 2 * plain] + a_only[:ARCHIVED_AGAINST_EDITS]
    picked = rng.sample(cells, CONFLICT_MARKS + 2 * ONE_SIDED_MARKS)
    shared_cells, rest_cells = picked[:CONFLICT_MARKS], picked[CONFLICT_MARKS:]
    a.marks = [(c, 1) for c in shared_cells + rest_cells[:ONE_SIDED_MARKS]]
    b.marks = [(c, 2) for c in shared_cells] + [(c, 1) for c in rest_cells[ONE_SIDED_MARKS:]]
    a.duplicate_rnas = b.duplicate_rnas = [f"W62{n:07d}" for n in range(DUPLICATES)]
    return a, b


def edit_side(path: Path, side: SideEdits) -> None:
    """The side's edits in four operations, each its own transaction, as a day's work."""
    in_transaction(path, lambda s: _edit_fields(s, side))
    in_transaction(path, lambda s: _edit_marks(s, side))
    in_transaction(path, lambda s: _create_associations(s, side))
    in_transaction(path, lambda s: _archive(s, side))


def _edit_fields(session: Session, side: SideEdits) -> None:
    """Field edits through the ORM: the history hook writes one entry per changed field."""
    for number, (association_id, column) in enumerate(side.fields):
        row = session.get(Association, association_id)
        assert row is not None
        setattr(row, column, _new_value(side.name, number, column, getattr(row, column)))
    session.flush()


def _new_value(side: str, number: int, column: str, current: Any) -> Any:
    """A value different from the current one, and from what the other side writes."""
    if column == "town":
        towns = [town for town, _code in TOWNS if town != current]
        return towns[(0 if side == "A" else 1) + 2 * (number % (len(towns) // 2))]
    if column == "employees":
        return int(current or 0) + (1 if side == "A" else 2)
    if column == "phone":
        return f"03 53 73 {number % 100:02d} {50 if side == 'A' else 60}"
    if column == "email":
        return f"bureau.{side.lower()}.{number}@example.org"
    return f"{current} (revu par {side}, n° {number})".strip()


def _edit_marks(session: Session, side: SideEdits) -> None:
    """Attendance cells changed through the grid's service, one call per programme."""
    by_programme: dict[str, dict[tuple[str, str], AttendanceStatus]] = {}
    for (programme_id, association_id, session_id, status), steps in side.marks:
        now = STATUSES[(STATUSES.index(AttendanceStatus(status)) + steps) % len(STATUSES)]
        by_programme.setdefault(programme_id, {})[(association_id, session_id)] = now
    for programme_id, changes in by_programme.items():
        attendance.write_marks(session, programme_id, changes)


def _create_associations(session: Session, side: SideEdits) -> None:
    """New associations through the service (validated, stamped, in the history)."""
    for number in range(NEW_ASSOCIATIONS):
        rna = side.duplicate_rnas[number] if number < len(side.duplicate_rnas) else ""
        town, postal_code = TOWNS[number % len(TOWNS)]
        draft = AssociationDraft(
            name=f"Nouvelle association {side.name} n° {number + 1}",
            rna=rna,
            town=town,
            postal_code=postal_code,
        )
        associations.create_association(session, draft)


def _archive(session: Session, side: SideEdits) -> None:
    """Archived through the service: a tombstone the other office must learn of."""
    for association_id in side.archived:
        associations.archive_association(session, association_id)


def _second_office(session: Session) -> None:
    """B is worked in by the second office: its changes are stamped with it."""
    (office,) = [o for o in offices.list_offices(session) if o.name == OTHER_OFFICE]
    offices.set_current_office(session, office.id)


def prepare(directory: Path, reuse: bool) -> tuple[Path, Path]:
    """Both edited copies, made once (or reused with --reuse): (A, B)."""
    base, mine, theirs = (directory / name for name in (BASE_FILE, MINE_FILE, THEIRS_FILE))
    if reuse and mine.exists() and theirs.exists():
        print(f"{'two edited copies':<{LABEL_WIDTH}}  reused {directory}")
        return mine, theirs
    for path in (base, mine, theirs):
        path.unlink(missing_ok=True)
    build_base(base)
    shutil.copyfile(base, mine)
    shutil.copyfile(base, theirs)
    in_transaction(theirs, _second_office)
    started = time.perf_counter()
    a, b = share_out(*read_targets(base))
    edit_side(mine, a)
    edit_side(theirs, b)
    label = f"edits on each side ({a.count:,} in A, {b.count:,} in B)"
    print(f"{label:<{LABEL_WIDTH}}{time.perf_counter() - started:8.2f} s")
    base.unlink()
    return mine, theirs


# --- timing -----------------------------------------------------------------------------


def timed(label: str, action: Callable[[], T]) -> T:
    """Run once and print the time, for steps with no target."""
    started = time.perf_counter()
    result = action()
    print(f"{label:<{LABEL_WIDTH}}{(time.perf_counter() - started) * 1000:8.1f} ms   no target")
    return result


def merge_into(path: Path, theirs: Path, file_name: str) -> tuple[MergePlan, MergeSummary]:
    """Plan then apply in one transaction, conflicts settled by the newest change."""
    with opened(path) as database, database.transaction() as session:
        plan = plan_merge(session, theirs, file_name=file_name)
        choices = MergeChoices(prefer=Preference.NEWEST)
        return plan, apply_merge(session, theirs, choices, file_name=file_name)


def measure_plan(mine: Path, theirs: Path, runs: int) -> tuple[Figure, MergePlan]:
    """``plan_merge`` in a reading session (it writes nothing, so one copy serves every run)."""
    plans: list[MergePlan] = []
    with opened(mine) as database:

        def plan() -> None:
            """The session's start included: the user waits for it too."""
            with database.reading() as session:
                plans.append(plan_merge(session, theirs, file_name=THEIRS_FILE))

        times = timed_runs(plan, runs)
    return report("plan_merge (B into A)", times, MERGE_TARGET_MS), plans[-1]


def measure_merge(directory: Path, mine: Path, theirs: Path, runs: int) -> tuple[Figure, Path]:
    """Plan + apply + commit into a fresh copy of A each run; returns the last merged copy."""
    times, summaries = [], []
    target = directory / "bench-merge-a-merged.dla"
    for _ in range(runs):
        shutil.copyfile(mine, target)  # outside the timing: the merge needs an unmerged A
        started = time.perf_counter()
        _plan, summary = merge_into(target, theirs, THEIRS_FILE)
        times.append((time.perf_counter() - started) * 1000)
        summaries.append(summary)
    last = summaries[-1]
    detail = (
        f"; {last.created} created, {last.updated} updated, {last.deleted} deleted, "
        f"{last.conflicts_resolved} conflicts resolved"
    )
    return report("plan_merge + apply_merge + commit", times, MERGE_TARGET_MS, detail), target


def print_plan(plan: MergePlan) -> None:
    """What the merge has to do, so the figures can be read against it."""
    print(
        f"\nplan of B into A: {plan.received_entries:,} history entries received; "
        f"{plan.created} created, {plan.updated} updated, {plan.deleted} deleted; "
        f"{len(plan.conflicts)} conflicts, {len(plan.duplicates)} duplicate proposals"
    )
    for table in plan.tables:
        print(f"  {table.kind_label}: {table.created} / {table.updated} / {table.deleted}")


# --- Anki's sanity check ----------------------------------------------------------------


def row_counts(path: Path) -> dict[str, tuple[int, int]]:
    """(rows, live rows) of every table that travels between offices."""
    counts = {}
    with opened(path) as database, database.reading() as session:
        for table in Base.metadata.sorted_tables:
            if table.name in LOCAL_TABLES:
                continue
            total = session.scalar(select(func.count()).select_from(table)) or 0
            counts[table.name] = (total, _live(session, table))
        counts[HISTORY] = (_shared_history(session), 0)
    return counts


def _live(session: Session, table: Table) -> int:
    """Rows without a tombstone (the table's row count when it has no tombstones)."""
    query = select(func.count()).select_from(table)
    if "deleted_at" in table.c:
        query = query.where(table.c.deleted_at.is_(None))
    return session.scalar(query) or 0


def _shared_history(session: Session) -> int:
    """History entries that travel (``merged`` entries are local to each file)."""
    kinds = (HistoryKind.CREATE.value, HistoryKind.UPDATE.value, HistoryKind.RESOLVED.value)
    query = select(func.count()).select_from(HistoryEntry).where(HistoryEntry.kind.in_(kinds))
    return session.scalar(query) or 0


def sanity_check(directory: Path, merged_a: Path, theirs: Path) -> None:
    """B←A after A←B: same row counts on both sides; then A←B again has nothing to do."""
    merged_b = directory / "bench-merge-b-merged.dla"
    shutil.copyfile(theirs, merged_b)
    with tempfile.TemporaryDirectory(dir=directory) as folder:
        a_copy = prepare_their_copy(merged_a, Path(folder))
        timed("B←A (plan + apply + commit)", lambda: merge_into(merged_b, a_copy, MINE_FILE))
    a_counts, b_counts = row_counts(merged_a), row_counts(merged_b)
    differ = [name for name in a_counts if a_counts[name] != b_counts.get(name)]
    with tempfile.TemporaryDirectory(dir=directory) as folder:
        b_copy = prepare_their_copy(merged_b, Path(folder))
        again, summary = timed(
            "A←B again (plan + apply + commit)", lambda: merge_into(merged_a, b_copy, THEIRS_FILE)
        )
    verdict = "all equal" if not differ else f"DIFFERENT in {len(differ)}"
    print(f"\nrow counts after A←B then B←A, {len(a_counts)} tables (rows, live rows): {verdict}")
    for name in differ:
        print(f"  {name}: A {a_counts[name]} / B {b_counts.get(name)}")
    for name in ("association", "attendance"):
        (a_rows, a_live), (b_rows, b_live) = a_counts[name], b_counts[name]
        print(f"  {name}: A {a_rows:,} rows, {a_live:,} live / B {b_rows:,} rows, {b_live:,} live")
    a_history, b_history = a_counts[HISTORY][0], b_counts[HISTORY][0]
    print(f"  {HISTORY}: A {a_history:,} / B {b_history:,}")
    changed = summary.created + summary.updated + summary.deleted
    print(
        f"A←B again: nothing to do {again.nothing_to_do} (want True), "
        f"{changed} rows changed (want 0)"
    )


def run(directory: Path, runs: int, reuse: bool) -> list[Figure]:
    """Build the two edited copies, time the merge of B into A, then check the result."""
    mine, theirs = prepare(directory, reuse)
    print()
    with tempfile.TemporaryDirectory(dir=directory) as folder:
        their_copy = timed(
            "prepare B's private copy (checked)",
            lambda: prepare_their_copy(theirs, Path(folder)),
        )
        timed(
            "backup of A before the merge",
            lambda: automatic_backup(mine, BackupReason.BEFORE_MERGE, folder=Path(folder)),
        )
        plan_figure, plan = measure_plan(mine, their_copy, runs)
        merge_figure, merged = measure_merge(directory, mine, their_copy, runs)
    print_plan(plan)
    sanity_check(directory, merged, theirs)
    return [plan_figure, merge_figure]


def main(argv: Sequence[str] | None = None) -> int:
    return run_benchmark(__doc__, "dla-bench-merge-", run, None if argv is None else list(argv))


if __name__ == "__main__":
    sys.exit(main())
