"""Reading two copies of the database side by side and deciding, field by field, what merges.

The rule (see docs/DEVELOPING.md, "Merging"): rows are matched by id (or, for link rows,
by their unique natural key). For a field whose values differ, each file's *head* is its
newest history entry of kind update/resolved for that field. When their head is already
known here, only we changed it since: ours stays. When our head is known to them, only
they changed it: theirs comes in. Otherwise both changed it: a conflict. Values are
compared and copied raw (as stored), so nothing is rounded or reformatted on the way.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from sqlalchemy import Table, UniqueConstraint
from sqlalchemy.orm import Session

from dla_desktop.db.models import Base
from dla_desktop.domain.history import HEAD_KINDS, HistoryKind
from dla_desktop.domain.merging import ConflictKind, Side

# Columns that change with every write and carry no one's decision.
BOOKKEEPING = frozenset({"id", "version", "updated_at", "changed_by_office_id", "created_at"})
# Records two offices may each create for the same real thing, and what says it is the same.
DUPLICATE_KEYS: dict[str, tuple[str, ...]] = {
    "association": ("siret", "rna"),
    "company": ("siren", "siret"),
}
ENTRY_COLUMNS = (
    "id",
    "table_name",
    "row_id",
    "field",
    "kind",
    "old_value",
    "new_value",
    "changed_at",
    "office_id",
    "user_name",
    "merge_id",
)
CHUNK = 500  # ids per IN (...) list, under SQLite's bound on parameters


class Head(NamedTuple):
    """The newest change of one field in one file."""

    id: str
    changed_at: str  # raw, as stored: sortable
    office_id: str | None
    user_name: str


@dataclass(frozen=True)
class TableInfo:
    """What the merge needs to know of one shared table."""

    table: Table
    columns: tuple[str, ...]
    compared: tuple[str, ...]  # business columns and deleted_at
    foreign_keys: dict[str, str]  # column -> referenced table
    unique_keys: tuple[tuple[str, ...], ...]

    @property
    def name(self) -> str:
        return self.table.name

    def select_sql(self) -> str:
        return f"SELECT {', '.join(self.columns)} FROM {self.name}"


def shared_tables() -> list[TableInfo]:
    """Every table whose rows travel between offices, parents before children."""
    infos = []
    for table in Base.metadata.sorted_tables:
        if "version" not in table.c or "deleted_at" not in table.c:
            continue
        # id first: rows are tuples, and row[0] is always the id
        columns = ("id", *(column.name for column in table.columns if column.name != "id"))
        infos.append(
            TableInfo(
                table=table,
                columns=columns,
                compared=tuple(name for name in columns if name not in BOOKKEEPING),
                foreign_keys={fk.parent.name: fk.column.table.name for fk in table.foreign_keys},
                unique_keys=tuple(
                    tuple(column.name for column in constraint.columns)
                    for constraint in table.constraints
                    if isinstance(constraint, UniqueConstraint)
                ),
            )
        )
    return infos


@dataclass
class Pair:
    """One record present in both files whose compared values differ."""

    info: TableInfo
    mine: tuple[Any, ...]
    theirs: tuple[Any, ...]  # foreign keys already translated to our ids
    their_id: str  # differs from ours for link rows matched by natural key
    differing: tuple[str, ...] = ()
    decisions: dict[str, Side] = field(default_factory=dict)  # settled automatically
    conflicting: list[str] = field(default_factory=list)  # fields both sides changed
    kind: ConflictKind | None = None  # None: no conflict to show
    erased_side: Side | None = None

    @property
    def id(self) -> str:
        return self.mine[0]

    @property
    def key(self) -> str:
        return f"{self.info.name}:{self.id}"

    def value(self, side: Side, name: str) -> Any:
        row = self.mine if side is Side.MINE else self.theirs
        return row[self.info.columns.index(name)]


@dataclass
class Fusion:
    """A record created on both sides for the same real thing (same SIRET, RNA...)."""

    info: TableInfo
    mine: tuple[Any, ...]
    theirs: tuple[Any, ...]
    reason: str

    @property
    def key(self) -> str:
        return f"{self.info.name}:{self.theirs[0]}"


@dataclass
class Analysis:
    """Both files read and compared; what ``plan_merge`` shows and ``apply_merge`` writes."""

    their_office_id: str | None
    inserts: dict[str, list[tuple[Any, ...]]] = field(default_factory=dict)
    pairs: list[Pair] = field(default_factory=list)
    fusions: list[Fusion] = field(default_factory=list)
    remap: dict[str, str] = field(default_factory=dict)  # their id -> our id
    their_entries: list[tuple[Any, ...]] = field(default_factory=list)  # ones we lack
    their_entry_count: int = 0
    my_heads: dict[tuple[str, str], Head] = field(default_factory=dict)
    their_heads: dict[tuple[str, str], Head] = field(default_factory=dict)
    my_known: set[str] = field(default_factory=set)  # ids of every entry in our history
    their_known: set[str] = field(default_factory=set)


class Sides:
    """Raw reads from our session's connection and from their (prepared) file."""

    def __init__(self, session: Session, theirs: sqlite3.Connection) -> None:
        self.session = session
        self.theirs = theirs

    def mine_rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        result = self.session.connection().exec_driver_sql(sql, tuple(params))
        return [tuple(row) for row in result]

    def their_rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return self.theirs.execute(sql, tuple(params)).fetchall()


def analyse(session: Session, theirs: sqlite3.Connection, fuse: Iterable[str] = ()) -> Analysis:
    """Compare both files and settle every field that one side alone changed."""
    sides = Sides(session, theirs)
    office = sides.their_rows("SELECT value FROM local_setting WHERE key = 'current_office_id'")
    analysis = Analysis(their_office_id=office[0][0] if office else None)
    fused = set(fuse)
    for info in shared_tables():
        _compare_table(sides, info, analysis, fused)
    _read_history(sides, analysis)
    for pair in analysis.pairs:
        decide(pair, analysis)
    return analysis


def _compare_table(sides: Sides, info: TableInfo, analysis: Analysis, fused: set[str]) -> None:
    """Sort one table's rows into inserts, pairs that differ, and duplicate proposals."""
    mine = {row[0]: row for row in sides.mine_rows(info.select_sql())}
    theirs = {
        row[0]: _translated(row, info, analysis.remap)
        for row in sides.their_rows(info.select_sql())
    }
    compared = [info.columns.index(name) for name in info.compared]
    only_theirs = [row for row_id, row in theirs.items() if row_id not in mine]
    for row_id, row in theirs.items():
        if row_id in mine and _differs(mine[row_id], row, compared):
            analysis.pairs.append(Pair(info, mine[row_id], row, row_id))
    matched = _match_natural_keys(info, mine, only_theirs, analysis)
    for their_row, my_row in matched:
        analysis.remap[their_row[0]] = my_row[0]
        translated = (my_row[0], *their_row[1:])
        if _differs(my_row, translated, compared):
            analysis.pairs.append(Pair(info, my_row, translated, their_row[0]))
    matched_ids = {their_row[0] for their_row, _mine in matched}
    rest = [row for row in only_theirs if row[0] not in matched_ids]
    fusions = _duplicates(info, mine, theirs, rest)
    for fusion in fusions:
        analysis.fusions.append(fusion)
        if fusion.key in fused:
            analysis.remap[fusion.theirs[0]] = fusion.mine[0]
    if rest:
        analysis.inserts[info.name] = rest


def _translated(row: tuple[Any, ...], info: TableInfo, remap: dict[str, str]) -> tuple[Any, ...]:
    """Their row with references to records matched to ours pointing at ours."""
    if not remap or not info.foreign_keys:
        return row
    return tuple(
        remap.get(value, value) if name in info.foreign_keys else value
        for name, value in zip(info.columns, row, strict=True)
    )


def _differs(mine: tuple[Any, ...], theirs: tuple[Any, ...], compared: list[int]) -> bool:
    return any(mine[index] != theirs[index] for index in compared)


def _match_natural_keys(
    info: TableInfo,
    mine: dict[str, tuple[Any, ...]],
    only_theirs: list[tuple[Any, ...]],
    analysis: Analysis,
) -> list[tuple[tuple[Any, ...], tuple[Any, ...]]]:
    """Link rows both sides created for the same thing (same enrolment, same cell): one row."""
    matched = []
    for key in info.unique_keys:
        positions = [info.columns.index(name) for name in key]
        by_key = {tuple(row[p] for p in positions): row for row in mine.values()}
        for row in only_theirs:
            mine_row = by_key.get(tuple(row[p] for p in positions))
            if mine_row is not None and row[0] not in analysis.remap:
                matched.append((row, mine_row))
    return matched


def _duplicates(
    info: TableInfo,
    mine: dict[str, tuple[Any, ...]],
    theirs: dict[str, tuple[Any, ...]],
    only_theirs: list[tuple[Any, ...]],
) -> list[Fusion]:
    """Their new live records with the SIRET/RNA/SIREN of one of our records they never had."""
    keys = DUPLICATE_KEYS.get(info.name, ())
    if not keys or not only_theirs:
        return []
    deleted = info.columns.index("deleted_at")
    fusions = []
    for key in keys:
        position = info.columns.index(key)
        ours = {
            row[position]: row
            for row in mine.values()
            if row[position] and row[deleted] is None and row[0] not in theirs
        }
        for row in only_theirs:
            match = ours.get(row[position]) if row[deleted] is None else None
            if match is not None and all(f.theirs[0] != row[0] for f in fusions):
                fusions.append(Fusion(info, match, row, f"{key}:{row[position]}"))
    return fusions


def _read_history(sides: Sides, analysis: Analysis) -> None:
    """Their entries we lack (to copy) and both heads of every differing field."""
    my_ids = {row[0] for row in sides.mine_rows("SELECT id FROM history_entry")}
    columns = ", ".join(ENTRY_COLUMNS)
    their_entries = sides.their_rows(f"SELECT {columns} FROM history_entry ORDER BY seq")
    analysis.their_entry_count = len(their_entries)
    analysis.their_entries = [
        entry
        for entry in their_entries
        if entry[0] not in my_ids and entry[4] != HistoryKind.MERGED.value
    ]
    their_ids = {entry[0] for entry in their_entries}
    analysis.my_heads = _heads(sides.mine_rows, [pair.id for pair in analysis.pairs])
    analysis.their_heads = _heads(sides.their_rows, [pair.their_id for pair in analysis.pairs])
    analysis.my_known, analysis.their_known = my_ids, their_ids


def _heads(read: Any, row_ids: list[str]) -> dict[tuple[str, str], Head]:
    """The newest update/resolved entry per (row, field) of these rows, in one file."""
    heads: dict[tuple[str, str], Head] = {}
    kinds = ", ".join(f"'{kind}'" for kind in HEAD_KINDS)
    for start in range(0, len(row_ids), CHUNK):
        chunk = row_ids[start : start + CHUNK]
        marks = ", ".join("?" * len(chunk))
        rows = read(
            "SELECT row_id, field, id, changed_at, office_id, user_name, MAX(seq)"
            f" FROM history_entry WHERE kind IN ({kinds}) AND row_id IN ({marks})"
            " GROUP BY row_id, field",
            chunk,
        )
        for row_id, name, entry_id, changed_at, office_id, user_name, _seq in rows:
            heads[(row_id, name)] = Head(entry_id, str(changed_at), office_id, user_name)
    return heads


def decide(pair: Pair, analysis: Analysis) -> None:
    """Settle each differing field of a pair, or mark it conflicting."""
    info = pair.info
    pair.differing = tuple(
        name
        for name in info.compared
        if pair.value(Side.MINE, name) != pair.value(Side.THEIRS, name)
    )
    if "erased_at" in info.columns and _erased_side(pair) is not None:
        side = _erased_side(pair)
        pair.erased_side = side
        pair.decisions = dict.fromkeys(pair.differing, side)
        return
    my_known, their_known = analysis.my_known, analysis.their_known
    for name in pair.differing:
        mine = analysis.my_heads.get((pair.id, name))
        theirs = analysis.their_heads.get((pair.their_id, name))
        if (mine and mine.id) == (theirs and theirs.id):
            pair.conflicting.append(name)  # both silent (or equal): no way to tell
        elif theirs is None or theirs.id in my_known:
            pair.decisions[name] = Side.MINE
        elif mine is None or mine.id in their_known:
            pair.decisions[name] = Side.THEIRS
        else:
            pair.conflicting.append(name)
    pair.kind = _conflict_kind(pair)


def _erased_side(pair: Pair) -> Side | None:
    """A contact erased on either side stays erased: that side wins every field."""
    if pair.value(Side.MINE, "erased_at") is not None:
        return Side.MINE
    if pair.value(Side.THEIRS, "erased_at") is not None:
        return Side.THEIRS
    return None


def _conflict_kind(pair: Pair) -> ConflictKind | None:
    """FIELDS for fields changed on both sides; DELETED_* when an archive meets an edit."""
    deleted_by = pair.decisions.get("deleted_at")
    if deleted_by is not None and pair.value(deleted_by, "deleted_at") is not None:
        other = Side.THEIRS if deleted_by is Side.MINE else Side.MINE
        edited = [name for name, side in pair.decisions.items() if side is other]
        if edited or pair.conflicting:
            del pair.decisions["deleted_at"]
            pair.conflicting.append("deleted_at")
            return (
                ConflictKind.DELETED_MINE
                if deleted_by is Side.MINE
                else ConflictKind.DELETED_THEIRS
            )
    return ConflictKind.FIELDS if pair.conflicting else None


def edited_by(pair: Pair, side: Side) -> list[str]:
    """Fields whose value comes from ``side`` without a conflict."""
    return [name for name, chosen in pair.decisions.items() if chosen is side]


def python_value(column: Any, raw: object, dialect: Any) -> object:
    """Convert a raw stored value through the column's type, as a query would."""
    if raw is None:
        return None
    kind = column.type.dialect_impl(dialect)  # the dialect's own type parses stored text
    processor: Callable[[Any], Any] | None = kind.result_processor(dialect, None)
    return processor(raw) if processor else raw
