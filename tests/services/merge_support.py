"""Helpers of the merge tests: copies given to another office, merges, and what to compare.

A "copy with another office" is a byte copy of a base in which a second office was
created and made current, exactly what a colleague receiving the file would do.
Comparisons read the files with sqlite3 (no session, nothing cached).
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterable
from contextlib import closing
from dataclasses import dataclass, fields, replace
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from dla_desktop.db.database import Database, open_database
from dla_desktop.db.models import Base
from dla_desktop.domain.enums import AttendanceStatus, SessionKind, VoletKind
from dla_desktop.domain.merging import MergeChoices, MergePlan, MergeSummary, Preference
from dla_desktop.domain.records import (
    AssociationDraft,
    ContactDraft,
    OfficeDraft,
    ProgrammeDraft,
    SessionDraft,
    VoletDraft,
    VoletEnrolmentDraft,
)
from dla_desktop.services import (
    associations,
    attendance,
    contacts,
    enrolment,
    merging,
    offices,
    programmes,
)

T = TypeVar("T")

OUR_OFFICE = "CBE de Lille"  # the office of tests/services/conftest.py's template
THEIR_OFFICE = "DLA du Cher"
THIRD_OFFICE = "DLA de l'Indre"
NEWEST = MergeChoices(prefer=Preference.NEWEST)
# Columns that legitimately differ between two copies holding the same data.
VOLATILE = frozenset({"version", "changed_by_office_id", "updated_at"})
SHARED_COLUMNS = frozenset(
    {"id", "created_at", "updated_at", "changed_by_office_id", "deleted_at", "version"}
)
# History kinds that travel between files (``merged`` stays local).
TRAVELLING_KINDS = ("create", "update", "resolved")


# --- a small world ---------------------------------------------------------------------


@dataclass(frozen=True)
class World:
    """Three associations (all enrolled in the programme's volet), two contacts, two sessions.

    A second programme has nobody enrolled yet.
    """

    programme: str
    other_programme: str
    volet: str
    amis: str
    bal: str
    cirque: str
    contact_amis: str
    contact_bal: str
    session_1: str
    session_2: str

    @property
    def associations(self) -> tuple[str, ...]:
        return (self.amis, self.bal, self.cirque)

    @property
    def contacts(self) -> tuple[str, ...]:
        return (self.contact_amis, self.contact_bal)

    @property
    def sessions(self) -> tuple[str, ...]:
        return (self.session_1, self.session_2)


def build_world(s: Session) -> World:
    """The small base every merge test starts from (built once per module, then copied)."""
    programme = programmes.create_programme(s, ProgrammeDraft(title="Cher 2026")).id
    other = programmes.create_programme(s, ProgrammeDraft(title="Indre 2027")).id
    volet = programmes.create_volet(s, VoletDraft(programme_id=programme, kind=VoletKind.MARKETING))
    ids = [
        associations.create_association(
            s, AssociationDraft(name=name, town="Bourges", phone="02 48 00 00 0" + str(n))
        ).id
        for n, name in enumerate(("Amis du Patrimoine", "Bal Folk", "Cirque Zéro"))
    ]
    enrolment.enrol_associations(s, programme, ids)
    for association_id in ids:
        enrolment.join_volet(
            s, VoletEnrolmentDraft(volet_id=volet.id, association_id=association_id)
        )
    people = [
        contacts.create_contact(
            s,
            ContactDraft(
                last_name=last, first_name=first, email=email, association_id=association_id
            ),
        ).id
        for last, first, email, association_id in (
            ("Martin", "Claire", "claire.martin@example.org", ids[0]),
            ("Durand", "Paul", "paul.durand@example.org", ids[1]),
        )
    ]
    sessions = [
        attendance.create_session(
            s,
            SessionDraft(
                programme_id=programme,
                kind=SessionKind.DEMI_JOURNEE,
                date=date(2026, 3, day),
                volet_id=volet.id,
                title=title,
            ),
        ).id
        for day, title in ((3, "Lancement"), (17, "Atelier"))
    ]
    return World(programme, other, volet.id, *ids, *people, *sessions)


# --- copies of a base given to another office --------------------------------------------


def office_copy(source: Path, destination: Path, office_name: str) -> Path:
    """Copy ``source`` and make ``office_name`` the office working in the copy (created if new)."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, destination)
    database = open_database(destination)
    try:
        with database.transaction() as s:
            known = {office.name: office.id for office in offices.list_offices(s)}
            office_id = known.get(office_name)
            if office_id is None:
                office_id = offices.create_office(s, OfficeDraft(name=office_name)).id
            offices.set_current_office(s, office_id)
    finally:
        database.close()
    return destination


@dataclass
class Copy:
    """One office's file, open during a test; each write is one transaction through the services."""

    path: Path
    database: Database
    office_name: str

    def run(self, action: Callable[[Session], T]) -> T:
        """One operation, one committed transaction."""
        with self.database.transaction() as s:
            return action(s)

    def read(self, action: Callable[[Session], T]) -> T:
        """A read (anything written by mistake is rolled back)."""
        with self.database.reading() as s:
            return action(s)

    def close(self) -> None:
        """Release the file (it may then be copied or compared byte for byte)."""
        self.database.close()


def open_office_copy(path: Path) -> Copy:
    """Open a file for a test, naming the office that works in it."""
    database = open_database(path)
    with database.reading() as s:
        office = offices.current_office(s)
    return Copy(path, database, "" if office is None else office.name)


# --- merging ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Merge:
    """What one merge planned and what it did."""

    plan: MergePlan
    summary: MergeSummary


def received(source: Copy, workdir: Path) -> Path:
    """The prepared private copy of ``source`` as the other office would receive it."""
    folder = Path(tempfile.mkdtemp(prefix="received-", dir=workdir))
    return merging.prepare_their_copy(source.path, folder)


def plan_of(into: Copy, theirs: Path) -> MergePlan:
    """The plan of merging a prepared copy into ``into`` (read only)."""
    return into.read(lambda s: merging.plan_merge(s, theirs, file_name=theirs.name))


def merge(into: Copy, source: Copy, workdir: Path, choices: MergeChoices = NEWEST) -> Merge:
    """Merge ``source``'s file into ``into`` the way the application does: plan, then apply."""
    theirs = received(source, workdir)
    plan = plan_of(into, theirs)
    summary = into.run(
        lambda s: merging.apply_merge(s, theirs, choices, file_name=source.path.name)
    )
    return Merge(plan, summary)


def conflict_of(plan: MergePlan, table: str, row_id: str) -> Any:
    """The plan's conflict about one record (AssertionError when there is none)."""
    found = [c for c in plan.conflicts if c.key == f"{table}:{row_id}"]
    assert found, f"no conflict on {table}:{row_id} in {plan.conflicts}"
    return found[0]


# --- editing through the services ------------------------------------------------------

# table -> (get, update, draft type, archive)
SERVICES: dict[str, tuple[Callable[..., Any], Callable[..., Any], type, Callable[..., Any]]] = {
    "association": (
        associations.get_association,
        associations.update_association,
        AssociationDraft,
        associations.archive_association,
    ),
    "contact": (
        contacts.get_contact,
        contacts.update_contact,
        ContactDraft,
        contacts.archive_contact,
    ),
    "programme": (
        programmes.get_programme,
        programmes.update_programme,
        ProgrammeDraft,
        programmes.archive_programme,
    ),
    "programme_session": (
        attendance.get_session,
        attendance.update_session,
        SessionDraft,
        attendance.archive_session,
    ),
}


def edit(s: Session, table: str, row_id: str, **changes: Any) -> Any:
    """Change some fields of a record as its form would (full draft, version read just before)."""
    get, update, draft_type, _archive = SERVICES[table]
    record = get(s, row_id)
    draft = draft_type(**{f.name: getattr(record, f.name) for f in fields(draft_type)})
    return update(s, row_id, replace(draft, **changes), record.version)


def archive(s: Session, table: str, row_id: str) -> None:
    """Archive a record as its list's "Supprimer" does (a tombstone)."""
    SERVICES[table][3](s, row_id)


def mark(s: Session, world: World, association_id: str, session_id: str, status: str) -> None:
    """Mark one cell of the attendance grid."""
    attendance.write_marks(
        s, world.programme, {(association_id, session_id): AttendanceStatus(status)}
    )


# --- reading files back ----------------------------------------------------------------


def file_hash(path: Path) -> str:
    """The file's bytes, hashed: proves a file was only read."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def shared_tables() -> list[str]:
    """Every table whose rows travel between offices (those with SharedRow's columns)."""
    return sorted(
        name
        for name, table in Base.metadata.tables.items()
        if {column.name for column in table.columns} >= SHARED_COLUMNS
    )


def query(path: Path, sql: str, parameters: Iterable[Any] = ()) -> list[tuple[Any, ...]]:
    """Any read of a file, through its own short-lived connection (nothing cached)."""
    with closing(sqlite3.connect(path)) as raw:
        return raw.execute(sql, tuple(parameters)).fetchall()


def shared_data(path: Path, *, volatile: frozenset[str] = VOLATILE) -> dict[str, list[tuple]]:
    """Every shared row of the file, without the columns that may differ between copies."""
    data = {}
    for name in shared_tables():
        columns = [c.name for c in Base.metadata.tables[name].columns if c.name not in volatile]
        rows = query(path, f"SELECT {', '.join(columns)} FROM {name}")
        data[name] = sorted(rows, key=repr)
    return data


def data_differences(mine: Path, theirs: Path) -> list[str]:
    """What differs between two files' shared rows, one readable line per row (empty: same)."""
    lines = []
    for name in shared_tables():
        columns = [c.name for c in Base.metadata.tables[name].columns if c.name not in VOLATILE]
        sql = f"SELECT {', '.join(columns)} FROM {name}"
        rows = [
            {
                row[columns.index("id")]: dict(zip(columns, row, strict=True))
                for row in query(p, sql)
            }
            for p in (mine, theirs)
        ]
        for row_id in sorted(rows[0].keys() | rows[1].keys()):
            first, second = rows[0].get(row_id), rows[1].get(row_id)
            if first is None or second is None:
                lines.append(f"{name}:{row_id} only in {(theirs if first is None else mine).name}")
            elif first != second:
                changed = [
                    f"{c}: {first[c]!r} / {second[c]!r}" for c in columns if first[c] != second[c]
                ]
                lines.append(f"{name}:{row_id} " + "; ".join(changed))
    return lines


def row_counts(path: Path) -> dict[str, int]:
    """Rows per shared table, tombstones included (Anki's sanity check after a sync)."""
    return {name: query(path, f"SELECT count(*) FROM {name}")[0][0] for name in shared_tables()}


def history_ids(path: Path, kinds: Iterable[str] = TRAVELLING_KINDS) -> set[str]:
    """Ids of the file's history entries of these kinds."""
    kinds = tuple(kinds)
    marks = ", ".join("?" for _ in kinds)
    return {
        row[0]
        for row in query(path, f"SELECT id FROM history_entry WHERE kind IN ({marks})", kinds)
    }


@dataclass(frozen=True)
class Entry:
    """One history entry as stored (values still JSON text)."""

    table_name: str
    row_id: str
    field: str | None
    kind: str
    old_value: str | None
    new_value: str | None
    merge_id: str | None


def history(path: Path, row_id: str | None = None) -> list[Entry]:
    """History entries of the file (of one row when given), in the file's own order."""
    sql = (
        "SELECT table_name, row_id, field, kind, old_value, new_value, merge_id FROM history_entry"
    )
    if row_id is None:
        return [Entry(*row) for row in query(path, sql + " ORDER BY seq")]
    return [Entry(*row) for row in query(path, sql + " WHERE row_id = ? ORDER BY seq", [row_id])]


def value_of(path: Path, table: str, row_id: str, column: str) -> Any:
    """One stored value, raw as SQLite holds it."""
    rows = query(path, f"SELECT {column} FROM {table} WHERE id = ?", [row_id])
    assert rows, f"{table}:{row_id} is not in {path.name}"
    return rows[0][0]


def live_ids(path: Path, table: str, where: str = "", parameters: Iterable[Any] = ()) -> list[str]:
    """Ids of the live rows of a table (optionally filtered by a SQL condition)."""
    condition = f" AND {where}" if where else ""
    sql = f"SELECT id FROM {table} WHERE deleted_at IS NULL{condition} ORDER BY id"
    return [row[0] for row in query(path, sql, parameters)]
