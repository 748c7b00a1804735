"""Merging under random work: copies converge, merging again does nothing, no edit is lost.

Each example copies two or three small files (built once per module: one per office)
into a temporary folder, replays a random sequence of edits and merges through the
services and the engine, then gossips every change around and checks Anki's and
KeePass's promises: the same data and the same row counts everywhere, nothing left to
merge, and every value that did not survive shown as a conflict or kept as a losing
value in some file's history.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy.orm import Session

from dla_desktop.domain.enums import AttendanceStatus
from dla_desktop.domain.errors import ValidationError
from dla_desktop.domain.history import decode_value
from dla_desktop.domain.merging import ConflictKind, MergePlan
from dla_desktop.domain.records import AssociationDraft
from dla_desktop.services import associations, attendance, contacts
from tests.services.merge_support import (
    THEIR_OFFICE,
    THIRD_OFFICE,
    Copy,
    World,
    archive,
    build_world,
    data_differences,
    edit,
    history,
    history_ids,
    live_ids,
    merge,
    office_copy,
    open_office_copy,
    plan_of,
    query,
    received,
    row_counts,
    value_of,
)
from tests.services.support import build_once

SETTINGS = settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
# Few values per field, so that both sides often write the same field (and sometimes
# the same value).
VALUES: dict[tuple[str, str], tuple[str, ...]] = {
    ("association", "town"): ("Lille", "Vierzon", "Tours"),
    ("association", "notes"): ("Rappeler", "Dossier complet"),
    ("contact", "role"): ("Présidente", "Trésorier"),
    ("programme_session", "place"): ("Bourges", "Châteauroux"),
    ("programme", "theme"): ("Marketing", "Mécénat"),
}
STATUSES = (*(status.value for status in AttendanceStatus), None)  # None clears a cell
TWIN, SIRET = "Solidarité Cher", "73282932000074"  # may be created in several files
NAMES = ("Nouvelle Scène", TWIN)
ARCHIVED, LIVE = "archived", "live"  # what archiving and reviving write, for the books
EMPTY = "(vide)"  # how a conflict shows an empty value

# --- the files ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Templates:
    """One file per office, all copies of the same small base."""

    paths: tuple[Path, Path, Path]
    world: World


@pytest.fixture(scope="module")
def templates(template_database: Path, tmp_path_factory: pytest.TempPathFactory) -> Templates:
    """Built once for the module: each example then only copies three files."""
    folder = tmp_path_factory.mktemp("merge-properties")
    base, world = build_once(template_database, folder, build_world)
    ours = folder / "lille.dla"
    shutil.copyfile(base, ours)
    cher = office_copy(base, folder / "cher.dla", THEIR_OFFICE)
    indre = office_copy(base, folder / "indre.dla", THIRD_OFFICE)
    return Templates((ours, cher, indre), world)


@contextmanager
def open_copies(templates: Templates, count: int) -> Iterator[tuple[list[Copy], Path]]:
    """Fresh copies of the first ``count`` office files for one example, and a work folder."""
    with tempfile.TemporaryDirectory(prefix="merge-example-") as folder:
        root = Path(folder)
        copies = []
        try:
            for template in templates.paths[:count]:
                path = root / template.name
                shutil.copyfile(template, path)
                copies.append(open_office_copy(path))
            yield copies, root
        finally:
            for copy in copies:
                copy.close()


# --- random work -----------------------------------------------------------------------


def steps(copies: int, *, merges: bool = True) -> st.SearchStrategy[list[tuple[Any, ...]]]:
    """Edits (and merges between copies) in a random order."""
    who = st.integers(0, copies - 1)
    update = st.tuples(
        st.just("update"),
        who,
        st.sampled_from(sorted(VALUES)),
        st.integers(0, 4),
        st.integers(0, 2),
    )
    archiving = st.tuples(
        st.just("archive"), who, st.sampled_from(["association", "contact"]), st.integers(0, 4)
    )
    create = st.tuples(st.just("create"), who, st.sampled_from(NAMES))
    marking = st.tuples(
        st.just("mark"), who, st.integers(0, 2), st.integers(0, 1), st.sampled_from(STATUSES)
    )
    erasing = st.tuples(st.just("erase"), who, st.integers(0, 4))
    kinds = [update, update, archiving, create, marking, marking, erasing]
    if merges:
        kinds.append(st.tuples(st.just("merge"), who, who).filter(lambda s: s[1] != s[2]))
    return st.lists(st.one_of(kinds), max_size=12)


@dataclass(frozen=True)
class Write:
    """A value one copy wrote: ``key`` is (table, record, field)."""

    copy: int
    key: tuple[str, Any, str]
    value: str


@dataclass
class Scenario:
    """Replays steps on open copies and keeps the books of who wrote what, knowing what.

    A write is *superseded* when a copy that already knew it (its own earlier write, or one
    received by a merge) writes the same field again: overwriting a value one has seen is
    an edit, not a loss. Every write never superseded either survives or must have shown
    up as a conflict or as a losing value in some history.
    """

    copies: list[Copy]
    world: World
    workdir: Path
    writes: list[Write] = field(default_factory=list)
    knowledge: list[set[int]] = field(default_factory=list)
    superseded: set[int] = field(default_factory=set)
    shown: set[tuple[str, Any, str, str]] = field(default_factory=set)  # conflict values
    plans: list[MergePlan] = field(default_factory=list)
    erased: set[str] = field(default_factory=set)  # contacts erased somewhere

    def __post_init__(self) -> None:
        self.knowledge = [set() for _ in self.copies]

    def play(self, step: tuple[Any, ...]) -> None:
        getattr(self, f"_{step[0]}")(*step[1:])

    def _update(self, who: int, target: tuple[str, str], pick: int, value_index: int) -> None:
        table, name = target
        ids = live_ids(self.copies[who].path, table)
        if not ids:
            return
        row_id, value = ids[pick % len(ids)], VALUES[target][value_index % len(VALUES[target])]
        if value_of(self.copies[who].path, table, row_id, name) == value:
            return  # writing the value already there is no edit
        try:
            self.copies[who].run(lambda s: edit(s, table, row_id, **{name: value}))
        except ValidationError:
            return  # refused like a form would be (a contact of an archived association)
        self._wrote(who, (table, row_id, name), value)

    def _archive(self, who: int, table: str, pick: int) -> None:
        ids = live_ids(self.copies[who].path, table)
        if ids:
            row_id = ids[pick % len(ids)]
            self.copies[who].run(lambda s: archive(s, table, row_id))
            self._wrote(who, (table, row_id, "deleted_at"), ARCHIVED)

    def _create(self, who: int, name: str) -> None:
        """A new association; the SIRET one may be created in several files (a twin)."""
        siret = SIRET if name == TWIN else ""

        def create(s: Session) -> None:
            draft = AssociationDraft(name=name, town="Vierzon", siret=siret)
            associations.create_association(s, draft)

        self.copies[who].run(create)

    def _erase(self, who: int, pick: int) -> None:
        """Erase a contact for privacy: whatever anyone wrote about her may go, on purpose."""
        ids = live_ids(self.copies[who].path, "contact")
        if not ids:
            return
        row_id = ids[pick % len(ids)]

        def erase(s: Session) -> None:
            contacts.erase_contact(s, row_id, contacts.get_contact(s, row_id).version)

        self.copies[who].run(erase)
        self.erased.add(row_id)

    def _mark(self, who: int, association: int, seance: int, status: str | None) -> None:
        """Mark a cell of the grid (None clears it); the books get what actually changed."""
        cell = (self.world.sessions[seance], self.world.associations[association])
        before = query(
            self.copies[who].path,
            "SELECT status, deleted_at FROM attendance WHERE session_id = ? AND association_id = ?",
            cell,
        )
        live = bool(before) and before[0][1] is None
        changes: dict[tuple[str, str], Any] = {(cell[1], cell[0]): status}
        self.copies[who].run(lambda s: attendance.write_marks(s, self.world.programme, changes))
        key = ("attendance", cell)
        if status is None:
            if live:
                self._wrote(who, (*key, "deleted_at"), ARCHIVED)
            return
        if not live:
            self._wrote(who, (*key, "deleted_at"), LIVE)
        if not before or before[0][0] != status:
            self._wrote(who, (*key, "status"), status)

    def _merge(self, into: int, source: int) -> None:
        done = merge(self.copies[into], self.copies[source], self.workdir)
        self.plans.append(done.plan)
        self._note_conflicts(self.copies[into], done.plan)
        self.knowledge[into] |= self.knowledge[source]

    def _wrote(self, who: int, key: tuple[str, Any, str], value: str) -> None:
        self.superseded |= {n for n in self.knowledge[who] if self.writes[n].key == key}
        self.writes.append(Write(who, key, value))
        self.knowledge[who].add(len(self.writes) - 1)

    def _note_conflicts(self, into: Copy, plan: MergePlan) -> None:
        for conflict in plan.conflicts:
            table, row_id = conflict.key.split(":", 1)
            record = natural_key(into, table, row_id)
            if conflict.kind is not ConflictKind.FIELDS:
                self.shown |= {(table, record, "deleted_at", side) for side in (ARCHIVED, LIVE)}
            for shown in conflict.fields:
                for text in (shown.mine, shown.theirs):
                    if shown.field == "deleted_at":
                        text = LIVE if text == EMPTY else ARCHIVED
                    self.shown.add((table, record, shown.field, text))

    def gossip(self) -> None:
        """Everything to the first copy, then back to each other one."""
        others = range(1, len(self.copies))
        for source in others:
            self._merge(0, source)
        for into in others:
            self._merge(into, 0)

    def lost_writes(self) -> list[Write]:
        """Writes never superseded whose value is not the final one, and never shown as lost."""
        lost = []
        losing = losing_values(self.copies)
        for number, write in enumerate(self.writes):
            if number in self.superseded or write.key[1] in self.erased:
                continue
            final = final_value(self.copies[0], write.key)
            table, record, name = write.key
            if final == write.value or (table, record, name, write.value) in losing:
                continue
            if any((table, record, name, text) in self.shown for text in displayed(write)):
                continue
            lost.append(write)
        return lost


def natural_key(copy: Copy, table: str, row_id: str) -> Any:
    """Attendance cells are told by (session, association): both sides may create the same."""
    if table != "attendance":
        return row_id
    rows = query(
        copy.path, "SELECT session_id, association_id FROM attendance WHERE id = ?", [row_id]
    )
    return rows[0] if rows else row_id


def displayed(write: Write) -> tuple[str, ...]:
    """How a conflict may show the written value (statuses by their French label)."""
    if write.key[0] == "attendance" and write.key[2] == "status":
        return (write.value, AttendanceStatus(write.value).label)
    return (write.value,)


def final_value(copy: Copy, key: tuple[str, Any, str]) -> str | None:
    """A field's value once every copy converged (ARCHIVED for an archived record)."""
    table, record, name = key
    if table == "attendance":
        rows = query(
            copy.path,
            f"SELECT {name} FROM attendance WHERE session_id = ? AND association_id = ?",
            list(record),
        )
    else:
        rows = query(copy.path, f"SELECT {name} FROM {table} WHERE id = ?", [record])
    value = rows[0][0] if rows else None
    if name == "deleted_at":
        return LIVE if value is None else ARCHIVED
    return value


def losing_values(copies: list[Copy]) -> set[tuple[str, Any, str, str]]:
    """Every (table, record, field, value) some file keeps as a value that lost a merge."""
    losing = set()
    for copy in copies:
        cells = {
            row[0]: (row[1], row[2])
            for row in query(copy.path, "SELECT id, session_id, association_id FROM attendance")
        }
        for entry in history(copy.path):
            if entry.kind not in ("merged", "resolved") or entry.field is None:
                continue
            old = decode_value(entry.old_value)
            if entry.field == "deleted_at":
                old = LIVE if old is None else ARCHIVED
            record = entry.row_id
            if entry.table_name == "attendance":
                record = cells.get(entry.row_id, entry.row_id)
            if old is not None:
                losing.add((entry.table_name, record, entry.field, str(old)))
    return losing


# --- what must hold --------------------------------------------------------------------


def assert_converged(scenario: Scenario) -> None:
    """Same data, same row counts and same shared history everywhere; nothing left to merge."""
    first, *others = scenario.copies
    for other in others:
        assert row_counts(other.path) == row_counts(first.path)
        assert data_differences(other.path, first.path) == []
        assert history_ids(other.path) == history_ids(first.path)
    for into in scenario.copies:
        for source in scenario.copies:
            if into is not source:
                plan = plan_of(into, received(source, scenario.workdir))
                assert plan.nothing_to_do, (into.office_name, source.office_name, plan)


def assert_erased(scenario: Scenario) -> None:
    """An erased contact is erased in every file, and no history anywhere keeps her values."""
    for copy in scenario.copies:
        for row_id in scenario.erased:
            assert value_of(copy.path, "contact", row_id, "erased_at") is not None
            kept = [e for e in history(copy.path, row_id) if e.old_value or e.new_value]
            assert kept == [], (copy.office_name, kept)


def check_random_work(templates: Templates, count: int, work: list[tuple[Any, ...]]) -> None:
    """Replay the work on ``count`` fresh copies, gossip, then check every promise."""
    with open_copies(templates, count) as (copies, workdir):
        scenario = Scenario(copies, templates.world, workdir)
        for step in work:
            scenario.play(step)
        scenario.gossip()
        assert_converged(scenario)
        assert scenario.lost_writes() == []
        assert_erased(scenario)


# Stories worth running every time, whatever the random draw.
SAME_CELL = [("mark", 0, 0, 0, "present"), ("mark", 1, 0, 0, "absent")]
BOTH_ARCHIVE = [("archive", 0, "association", 0), ("archive", 1, "association", 0)]
BOTH_ERASE = [("erase", 0, 0), ("erase", 1, 0)]
TOWN = ("association", "town")
RELAYED_CONFLICT = [
    ("update", 0, TOWN, 0, 0),
    ("update", 1, TOWN, 0, 1),
    ("update", 2, TOWN, 0, 2),
    ("merge", 2, 1),
    ("archive", 0, "association", 0),
]


@given(work=steps(2))
@example(work=SAME_CELL)
@example(work=BOTH_ARCHIVE)
@example(work=BOTH_ERASE)
@SETTINGS
def test_two_copies_converge_and_lose_nothing(
    templates: Templates, work: list[tuple[Any, ...]]
) -> None:
    check_random_work(templates, 2, work)


@given(work=steps(3))
@example(work=RELAYED_CONFLICT)
@example(work=[*SAME_CELL, ("mark", 2, 0, 0, "excuse")])
@SETTINGS
def test_three_copies_converge_and_lose_nothing(
    templates: Templates, work: list[tuple[Any, ...]]
) -> None:
    check_random_work(templates, 3, work)


@given(work=steps(2, merges=False))
@example(work=SAME_CELL)
@example(work=BOTH_ERASE)
@SETTINGS
def test_merging_either_way_gives_the_same_data(
    templates: Templates, work: list[tuple[Any, ...]]
) -> None:
    with open_copies(templates, 2) as (copies, workdir):
        scenario = Scenario(copies, templates.world, workdir)
        for step in work:
            scenario.play(step)
        ours, theirs = copies
        # the same two files, copied before either merges: B into A here, A into B there
        mirror = [
            open_office_copy(shutil.copyfile(copy.path, workdir / f"mirror-{copy.path.name}"))
            for copy in copies
        ]
        try:
            merge(ours, theirs, workdir)
            merge(mirror[1], mirror[0], workdir)
            assert data_differences(ours.path, mirror[1].path) == []
        finally:
            for copy in mirror:
                copy.close()
