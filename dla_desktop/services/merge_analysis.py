"""Reading two copies of the database side by side and deciding, field by field, what merges.

The rule (see docs/DEVELOPING.md, "Merging"): rows are matched by id (or, for link rows,
by their unique natural key). For a field whose values differ, each file's *head* is its
newest history entry of kind update/resolved for that field. When their head is already
known here, only we changed it since: ours stays. When our head is known to them, only
they changed it: theirs comes in. Otherwise both changed it: a conflict. Values are
compared and copied raw (as stored), so nothing is rounded or reformatted on the way.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

from sqlalchemy import Table, UniqueConstraint

from dla_desktop.db.engine import connect_read_only, read_only_uri
from dla_desktop.db.models import DERIVED_COLUMNS, Base
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
    rekeyable: bool  # no table points at its rows, so a row's id may change

    @property
    def name(self) -> str:
        return self.table.name

    def select_sql(self) -> str:
        return f"SELECT {', '.join(self.columns)} FROM {self.name}"


@cache
def shared_tables() -> tuple[TableInfo, ...]:
    """Every table whose rows travel between offices, parents before children."""
    infos = []
    referenced = {
        fk.column.table.name for table in Base.metadata.tables.values() for fk in table.foreign_keys
    }
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
                rekeyable=table.name not in referenced,
            )
        )
    return tuple(infos)


def table_info(name: str) -> TableInfo:
    """One shared table's description, by name."""
    return next(info for info in shared_tables() if info.name == name)


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


class Rekey(NamedTuple):
    """A link row both files created: ours takes their (smaller) id, so the files converge."""

    table: str
    old_id: str
    new_id: str
    created_at: Any


@dataclass
class Analysis:
    """Both files read and compared; what ``plan_merge`` shows and ``apply_merge`` writes."""

    their_office_id: str | None
    inserts: dict[str, list[tuple[Any, ...]]] = field(default_factory=dict)
    pairs: list[Pair] = field(default_factory=list)
    fusions: list[Fusion] = field(default_factory=list)
    remap: dict[str, str] = field(default_factory=dict)  # their id -> our id
    rekeys: list[Rekey] = field(default_factory=list)
    their_entries: list[tuple[Any, ...]] = field(default_factory=list)  # ones we lack
    their_entry_count: int = 0
    their_last: tuple[int, str | None] = (0, None)  # their newest entry: (seq, id)
    last_merged: str | None = None  # our last merge with that office (raw UTC time)
    my_heads: dict[tuple[str, str | None], Head] = field(default_factory=dict)
    their_heads: dict[tuple[str, str | None], Head] = field(default_factory=dict)
    # which of the other side's heads each file holds (only heads are looked up)
    my_known: set[str] = field(default_factory=set)
    their_known: set[str] = field(default_factory=set)


class Sides:
    """Both files on one read-only SQLite connection: ours as ``main``, theirs as ``theirs``.

    Comparing in SQLite (a join on ids, ``IS`` on every column) reads only what differs,
    so a merge costs little more than the changes it carries.
    """

    def __init__(self, ours: Path, theirs: Path) -> None:
        self.db = connect_read_only(ours)
        self.db.execute("ATTACH DATABASE ? AS theirs", (read_only_uri(theirs),))

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return self.db.execute(sql, tuple(params)).fetchall()

    def close(self) -> None:
        self.db.close()


@contextmanager
def open_sides(ours: Path, theirs: Path) -> Iterator[Sides]:
    """The two files side by side, for reading only; closed before anything is written."""
    sides = Sides(ours, theirs)
    try:
        yield sides
    finally:
        sides.close()


def analyse(sides: Sides, fuse: Iterable[str] = ()) -> Analysis:
    """Compare both files and settle every field that one side alone changed."""
    office = sides.rows("SELECT value FROM theirs.local_setting WHERE key = 'current_office_id'")
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
    width = len(info.columns)
    only_theirs = []
    for row in sides.rows(_compare_sql(info)):
        theirs = row[width:]
        if row[0] is None:  # no row of ours with that id
            only_theirs.append(_translated(theirs, info, analysis.remap))
        else:
            analysis.pairs.append(Pair(info, row[:width], theirs, row[0]))
    matched = _match_natural_keys(sides, info, only_theirs)
    compared = [info.columns.index(name) for name in info.compared]
    for their_row, my_row in matched:
        analysis.remap[their_row[0]] = my_row[0]
        translated = (my_row[0], *their_row[1:])
        if info.rekeyable and their_row[0] < my_row[0]:
            # both files end up with the smaller id (and its creation time): the same row
            created = info.columns.index("created_at")
            analysis.rekeys.append(Rekey(info.name, my_row[0], their_row[0], their_row[created]))
        if _differs(my_row, translated, compared):
            analysis.pairs.append(Pair(info, my_row, translated, their_row[0]))
    matched_ids = {their_row[0] for their_row, _mine in matched}
    rest = [row for row in only_theirs if row[0] not in matched_ids]
    for fusion in _duplicates(sides, info, rest):
        analysis.fusions.append(fusion)
        if fusion.key in fused:
            analysis.remap[fusion.theirs[0]] = fusion.mine[0]
    if rest:
        analysis.inserts[info.name] = rest


def _compare_sql(info: TableInfo) -> str:
    """Their rows we lack or that differ from ours, beside ours (NULLs when we lack it).

    One pass over their table with a lookup by id in ours: the cost of a merge.
    """
    mine = ", ".join(f"m.{name}" for name in info.columns)
    theirs = ", ".join(f"t.{name}" for name in info.columns)
    same = " AND ".join(f"m.{name} IS t.{name}" for name in info.compared)
    return (
        f"SELECT {mine}, {theirs} FROM theirs.{info.name} t"
        f" LEFT JOIN main.{info.name} m ON m.id = t.id WHERE m.id IS NULL OR NOT ({same})"
    )


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
    sides: Sides, info: TableInfo, only_theirs: list[tuple[Any, ...]]
) -> list[tuple[tuple[Any, ...], tuple[Any, ...]]]:
    """Link rows both sides created for the same thing (same enrolment, same cell): one row."""
    matched: list[tuple[tuple[Any, ...], tuple[Any, ...]]] = []
    taken: set[str] = set()
    for key in info.unique_keys:
        positions = [info.columns.index(name) for name in key]
        where = " AND ".join(f"{name} IS ?" for name in key)
        sql = f"SELECT {', '.join(info.columns)} FROM main.{info.name} WHERE {where}"
        for row in only_theirs:
            found = sides.rows(sql, [row[p] for p in positions]) if row[0] not in taken else []
            if found:
                matched.append((row, found[0]))
                taken.add(row[0])
    return matched


def _duplicates(sides: Sides, info: TableInfo, only_theirs: list[tuple[Any, ...]]) -> list[Fusion]:
    """Their new live records with the SIRET/RNA/SIREN of one of our records they never had."""
    keys = DUPLICATE_KEYS.get(info.name, ())
    deleted = info.columns.index("deleted_at")
    fusions: list[Fusion] = []
    for key in keys:
        position = info.columns.index(key)
        sql = (
            f"SELECT {', '.join(info.columns)} FROM main.{info.name} m WHERE m.{key} = ?"
            " AND m.deleted_at IS NULL"
            f" AND NOT EXISTS (SELECT 1 FROM theirs.{info.name} t WHERE t.id = m.id) LIMIT 1"
        )
        for row in only_theirs:
            if not row[position] or row[deleted] is not None:
                continue
            if any(fusion.theirs[0] == row[0] for fusion in fusions):
                continue
            found = sides.rows(sql, [row[position]])
            if found:
                fusions.append(Fusion(info, found[0], row, f"{key}:{row[position]}"))
    return fusions


def _read_history(sides: Sides, analysis: Analysis) -> None:
    """Their entries we lack (to copy) and both heads of every differing field."""
    columns = ", ".join(f"t.{name}" for name in ENTRY_COLUMNS)
    analysis.their_entries = sides.rows(
        f"SELECT {columns} FROM theirs.history_entry t WHERE t.kind != ? AND t.seq > ?"
        " AND NOT EXISTS (SELECT 1 FROM main.history_entry m WHERE m.id = t.id) ORDER BY t.seq",
        [HistoryKind.MERGED.value, _merged_up_to(sides, analysis)],
    )
    count, last_seq = sides.rows("SELECT COUNT(*), MAX(seq) FROM theirs.history_entry")[0]
    last = sides.rows("SELECT id FROM theirs.history_entry WHERE seq = ?", [last_seq])
    analysis.their_entry_count = count
    analysis.their_last = (last_seq or 0, last[0][0] if last else None)
    analysis.my_heads = _heads(sides, "main", [pair.id for pair in analysis.pairs])
    analysis.their_heads = _heads(sides, "theirs", [pair.their_id for pair in analysis.pairs])
    analysis.their_known = _known(sides, "theirs", [h.id for h in analysis.my_heads.values()])
    analysis.my_known = _known(sides, "main", [h.id for h in analysis.their_heads.values()])


def _merged_up_to(sides: Sides, analysis: Analysis) -> int:
    """Their last entry at our last merge with that office, if their file still has it there.

    Their ``seq`` only grows, so every entry of theirs up to it was copied then. A restored
    or different file shows another entry (or none) at that place: then all are compared.
    Notes when that merge was (``analysis.last_merged``) on the way.
    """
    fence = sides.rows(
        "SELECT their_last_seq, their_last_entry_id, merged_at FROM main.merge_run"
        " WHERE other_office_id = ? AND undone_at IS NULL ORDER BY merged_at DESC LIMIT 1",
        [analysis.their_office_id],
    )
    if not fence:
        return 0
    seq, entry_id, analysis.last_merged = fence[0]
    if entry_id is None:
        return 0
    found = sides.rows("SELECT id FROM theirs.history_entry WHERE seq = ?", [seq])
    return seq if found and found[0][0] == entry_id else 0


def _known(sides: Sides, schema: str, entry_ids: list[str]) -> set[str]:
    """Which of these history entries the file ``schema`` holds."""
    known: set[str] = set()
    for start in range(0, len(entry_ids), CHUNK):
        chunk = entry_ids[start : start + CHUNK]
        marks = ", ".join("?" * len(chunk))
        sql = f"SELECT id FROM {schema}.history_entry WHERE id IN ({marks})"
        known.update(row[0] for row in sides.rows(sql, chunk))
    return known


def _heads(sides: Sides, schema: str, row_ids: list[str]) -> dict[tuple[str, str | None], Head]:
    """The newest update/resolved entry per (row, field) of these rows, in one file.

    A row's creation is filed under field None: it is the head of every field never
    changed since (see ``field_head``).
    """
    heads: dict[tuple[str, str | None], Head] = {}
    kinds = ", ".join(f"'{kind}'" for kind in (*HEAD_KINDS, HistoryKind.CREATE.value))
    for start in range(0, len(row_ids), CHUNK):
        chunk = row_ids[start : start + CHUNK]
        marks = ", ".join("?" * len(chunk))
        rows = sides.rows(
            "SELECT row_id, field, id, changed_at, office_id, user_name, MAX(seq)"
            f" FROM {schema}.history_entry WHERE kind IN ({kinds}) AND row_id IN ({marks})"
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
        if name not in DERIVED_COLUMNS
        and pair.value(Side.MINE, name) != pair.value(Side.THEIRS, name)
    )
    side = _erased_side(pair) if "erased_at" in info.columns else None
    if side is not None:
        pair.erased_side = side
        pair.decisions = dict.fromkeys(pair.differing, side)
        return
    my_known, their_known = analysis.my_known, analysis.their_known
    for name in pair.differing:
        if name == "deleted_at" and None not in (
            pair.value(Side.MINE, name),
            pair.value(Side.THEIRS, name),
        ):  # archived on both sides: the same decision; the earlier date, from both sides
            earlier = pair.value(Side.MINE, name) <= pair.value(Side.THEIRS, name)
            pair.decisions[name] = Side.MINE if earlier else Side.THEIRS
            continue
        mine, theirs = (
            field_head(analysis, pair, Side.MINE, name),
            field_head(analysis, pair, Side.THEIRS, name),
        )
        if (mine and mine.id) == (theirs and theirs.id):
            pair.conflicting.append(name)  # both silent (or equal): no way to tell
        elif theirs is None or theirs.id in my_known:
            pair.decisions[name] = Side.MINE
        elif mine is None or mine.id in their_known:
            pair.decisions[name] = Side.THEIRS
        else:
            pair.conflicting.append(name)
    pair.kind = _conflict_kind(pair)


def field_head(analysis: Analysis, pair: Pair, side: Side, name: str) -> Head | None:
    """A field's newest change in one file, else the row's creation there (None if unknown).

    The creation counts: a link row both offices created (matched by its key) has two
    creations neither file knows of the other, so differing values are a conflict.
    """
    heads, row_id = (
        (analysis.my_heads, pair.id) if side is Side.MINE else (analysis.their_heads, pair.their_id)
    )
    return heads.get((row_id, name)) or heads.get((row_id, None))


def _erased_side(pair: Pair) -> Side | None:
    """A contact erased on either side stays erased: that side wins every field.

    Erased on both sides: the earlier erasure wins, the same from both sides.
    """
    mine, theirs = pair.value(Side.MINE, "erased_at"), pair.value(Side.THEIRS, "erased_at")
    if mine is not None and (theirs is None or mine <= theirs):
        return Side.MINE
    if theirs is not None:
        return Side.THEIRS
    return None


def _conflict_kind(pair: Pair) -> ConflictKind | None:
    """FIELDS for fields changed on both sides; DELETED_* when an archive meets an edit."""
    deleted_by = pair.decisions.get("deleted_at")
    other = Side.THEIRS if deleted_by is Side.MINE else Side.MINE
    if (
        deleted_by is not None
        and pair.value(deleted_by, "deleted_at") is not None
        and pair.value(other, "deleted_at") is None  # archived on both sides: nothing to ask
    ):
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


def stored_value(column: Any, value: object, dialect: Any) -> object:
    """A value as the column stores it (what ``python_value`` reads back)."""
    processor = column.type.dialect_impl(dialect).bind_processor(dialect)
    return processor(value) if processor else value
