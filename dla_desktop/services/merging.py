"""Merging another office's copy of the database into this one.

``prepare_their_copy`` makes a private, checked copy of the received file;
``plan_merge`` shows what would happen (nothing written); ``apply_merge`` writes it in
the caller's transaction once every conflict has a side. How fields are settled is in
``merge_analysis``; this module turns that into a plan and into writes.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import desc, insert, select
from sqlalchemy.orm import Session

from dla_desktop.db import migrate
from dla_desktop.db.database import check_is_ours, read_revision
from dla_desktop.db.engine import current_office_id, sqlite_engine
from dla_desktop.db.history import current_user_name, forget_values
from dla_desktop.db.models import HistoryEntry, MergeRun, new_id
from dla_desktop.domain.dates import utc_now
from dla_desktop.domain.errors import DatabaseFileError, DlaError
from dla_desktop.domain.history import HistoryKind, encode_value
from dla_desktop.domain.merging import (
    ConflictKind,
    MergeChoices,
    MergePlan,
    MergeRecord,
    MergeSummary,
    Preference,
    Side,
)
from dla_desktop.domain.text import folded, plural
from dla_desktop.services.merge_analysis import (
    ENTRY_COLUMNS,
    Analysis,
    Pair,
    Sides,
    analyse,
    field_head,
    open_sides,
    python_value,
    stored_value,
    table_info,
)
from dla_desktop.services.merge_plan import build_plan, office_name, pair_label
from dla_desktop.services.merge_undo import undo_merge as undo_merge
from dla_desktop.sharing.copies import checked_copy


class OlderFileError(DlaError):
    """The received file is at an older schema revision: a copy can be upgraded first."""


class UnresolvedConflictsError(DlaError):
    """Conflicts are left without a choice and no preference settles them."""


def prepare_their_copy(path: Path, folder: Path, *, upgrade: bool = False) -> Path:
    """A private, checked copy of the received file in ``folder``, at this schema revision.

    The received file is only read. Refuses (DlaError, French) a file that is not ours,
    is damaged or comes from a newer version; raises OlderFileError for an older one
    unless ``upgrade`` (then the copy is upgraded, never the received file).
    """
    path = Path(path)
    check_is_ours(path)
    copy = Path(folder) / f"recu-{uuid.uuid4().hex[:12]}.dla"
    checked_copy(path, copy, overwrite=False)
    revision = read_revision(copy)
    if revision == migrate.SCHEMA_HEAD:
        return copy
    if revision is None:
        raise DatabaseFileError(
            f"« {path.name} » est une base incomplète : impossible de la fusionner."
        )
    if not migrate.is_known_revision(revision):
        raise DatabaseFileError(
            f"« {path.name} » vient d'une version plus récente de DLA Desktop : mettez "
            "l'application à jour pour le fusionner. Rien n'a été modifié."
        )
    if not upgrade:
        raise OlderFileError(
            f"« {path.name} » vient d'une version plus ancienne de DLA Desktop. Une copie peut "
            "être mise à niveau avant la fusion ; le fichier reçu ne sera pas modifié."
        )
    engine = sqlite_engine(copy)
    try:
        with engine.connect() as connection:
            migrate.upgrade_to_head(connection)
    finally:
        engine.dispose()
    return copy


@contextmanager
def _both_files(session: Session, theirs: Path) -> Iterator[Sides]:
    """Our file and the prepared copy side by side, once known to share our records.

    Reads go through their own read-only connection: call this before writing anything
    in the session's transaction (it sees the file as last committed).
    """
    with open_sides(_our_path(session), theirs) as sides:
        _check_related(sides, theirs)
        yield sides


def _our_path(session: Session) -> Path:
    database = session.get_bind().url.database
    if not database:
        raise DlaError("La fusion demande une base enregistrée dans un fichier.")
    return Path(database)


def _check_related(sides: Sides, path: Path) -> None:
    """Two bases made apart share no office: merging them would only duplicate everything."""
    their_offices = {row[0] for row in sides.rows("SELECT id FROM theirs.office")}
    ours = {row[0] for row in sides.rows("SELECT id FROM main.office")}
    if (their_offices or ours) and not their_offices & ours:
        raise DlaError(
            f"« {path.name} » ne partage aucune donnée avec cette base : ce n'est pas une copie "
            "de la même base. Ouvrez-le directement, ou importez ses données par un tableur."
        )


def plan_merge(
    session: Session, theirs: Path, *, file_name: str = "", fuse: Collection[str] = ()
) -> MergePlan:
    """What merging ``theirs`` (a prepared copy) would do; writes nothing.

    ``fuse``: duplicate proposals the user ticked; fusing may bring up conflicts of their
    own (both records' enrolments in one programme), so the plan is made with them.
    """
    with _both_files(session, theirs) as sides:
        analysis = analyse(sides, fuse=fuse)
        return build_plan(session, sides, analysis, file_name or Path(theirs).name)


def apply_merge(
    session: Session,
    theirs: Path,
    choices: MergeChoices,
    *,
    file_name: str = "",
    backup_path: str = "",
) -> MergeSummary:
    """Merge ``theirs`` into this file in the caller's transaction; refuses unresolved conflicts."""
    with _both_files(session, theirs) as both:
        analysis = analyse(both, fuse=choices.fuse)
        sides = _resolve(analysis, choices)
        their_office = office_name(both, analysis.their_office_id)
    writer = _Writer(session, analysis)
    writer.write(sides)
    summary = MergeSummary(
        merge_id=writer.merge_id,
        created=writer.created,
        updated=writer.updated,
        deleted=writer.deleted,
        conflicts_resolved=sum(1 for pair in analysis.pairs if pair.kind is not None),
        fused=len(writer.fused_ids),
        received_entries=len(analysis.their_entries),
    )
    run = MergeRun(other_office_name=their_office, file_name=(file_name or Path(theirs).name)[:200])
    _record_run(session, run, writer, analysis, summary, backup_path)
    session.expire_all()  # rows changed under the ORM's feet
    return summary


def _resolve(analysis: Analysis, choices: MergeChoices) -> dict[tuple[str, str], Side]:
    """The side of every conflicting field, from the user's choices, else the preference."""
    sides: dict[tuple[str, str], Side] = {}
    missing = 0
    for pair in analysis.pairs:
        for name in pair.conflicting:
            side = choices.fields.get((pair.key, name)) or choices.records.get(pair.key)
            if side is None and choices.prefer is not None:
                side = _preferred(pair, name, analysis, choices.prefer)
            if side is None:
                missing += 1
            else:
                sides[(pair.key, name)] = side
    if missing:
        raise UnresolvedConflictsError(
            f"{plural(missing, 'champ en conflit attend', 'champs en conflit attendent')} "
            "un choix : rien n'a été fusionné."
        )
    return sides


def _preferred(pair: Pair, name: str, analysis: Analysis, prefer: Preference) -> Side:
    """MINE, THEIRS, or the newer change; ties go to the larger value, the same from both sides."""
    if prefer is Preference.MINE:
        return Side.MINE
    if prefer is Preference.THEIRS:
        return Side.THEIRS
    mine = field_head(analysis, pair, Side.MINE, name)
    theirs = field_head(analysis, pair, Side.THEIRS, name)
    my_time = mine.changed_at if mine else str(pair.value(Side.MINE, "updated_at"))
    their_time = theirs.changed_at if theirs else str(pair.value(Side.THEIRS, "updated_at"))
    if my_time != their_time:
        return Side.MINE if my_time > their_time else Side.THEIRS
    my_value, their_value = repr(pair.value(Side.MINE, name)), repr(pair.value(Side.THEIRS, name))
    return Side.MINE if my_value >= their_value else Side.THEIRS


class _Writer:
    """Writes one merge: rows, values, history; counts what it did."""

    def __init__(self, session: Session, analysis: Analysis) -> None:
        self.session = session
        self.analysis = analysis
        self.merge_id = new_id()
        self.now = utc_now()
        self.office_id = current_office_id(session)
        self.user = current_user_name()
        self.dialect = session.get_bind().dialect
        self.entries: list[dict[str, Any]] = []  # new entries, written last
        self.created = self.updated = self.deleted = 0
        self.fused_ids = {
            fusion.theirs[0]: fusion
            for fusion in analysis.fusions
            if fusion.theirs[0] in analysis.remap
        }
        self.erased_rows: set[str] = set()
        self.renamed: dict[str, str] = {}

    def write(self, sides: dict[tuple[str, str], Side]) -> None:
        """Everything in dependency order: ids, new rows, changed rows, history."""
        self._rekey()
        for name, rows in self.analysis.inserts.items():
            self._insert(name, rows)
        for pair in self.analysis.pairs:
            self._update(pair, sides)
        for fusion in self.fused_ids.values():
            self._fill_empty_fields(fusion)
        self._copy_history()
        self._write_entries()

    def _row_id(self, pair: Pair) -> str:
        """The pair's id in our file now (a link row may just have taken their id)."""
        return self.renamed.get(pair.id, pair.id)

    def _rekey(self) -> None:
        """Link rows made on both sides take the smaller id, here as in the other file."""
        connection = self.session.connection()
        for rekey in self.analysis.rekeys:
            connection.exec_driver_sql(
                f"UPDATE {rekey.table} SET id = ?, created_at = ? WHERE id = ?",
                (rekey.new_id, rekey.created_at, rekey.old_id),
            )
            connection.exec_driver_sql(
                "UPDATE history_entry SET row_id = ? WHERE row_id = ?", (rekey.new_id, rekey.old_id)
            )
        self.renamed = {rekey.old_id: rekey.new_id for rekey in self.analysis.rekeys}

    def _insert(self, table: str, rows: list[tuple[Any, ...]]) -> None:
        info = table_info(table)
        deleted = info.columns.index("deleted_at")
        marks = ", ".join("?" * len(info.columns))
        sql = f"INSERT INTO {table} ({', '.join(info.columns)}) VALUES ({marks})"
        prepared = []
        for row in rows:
            if row[0] in self.fused_ids:  # kept as an archived record, so it stays fused
                archived = stored_value(info.table.c.deleted_at, self.now, self.dialect)
                row = (*row[:deleted], archived, *row[deleted + 1 :])
                self._entry(table, row[0], "deleted_at", HistoryKind.UPDATE, None, self.now)
            elif row[deleted] is None:  # a row that arrives archived was not really created
                self.created += 1
            prepared.append(row)
            self._entry(table, row[0], None, HistoryKind.MERGED, None, None)
            self._note_translated_references(info, row)
        self.session.connection().exec_driver_sql(sql, prepared)  # type: ignore[arg-type]

    def _note_translated_references(self, info: Any, row: tuple[Any, ...]) -> None:
        """A received row now pointing at our record instead of a fused one says so in history."""
        for name in info.foreign_keys:
            value = row[info.columns.index(name)]
            fused = next((f for f in self.fused_ids.values() if f.mine[0] == value), None)
            if fused is not None:
                self._entry(info.name, row[0], name, HistoryKind.UPDATE, fused.theirs[0], value)

    def _update(self, pair: Pair, sides: dict[tuple[str, str], Side]) -> None:
        chosen = dict(pair.decisions)
        for name in pair.conflicting:
            chosen[name] = sides[(pair.key, name)]
            if chosen[name] is Side.MINE:
                self._entry_raw(pair, name, HistoryKind.RESOLVED, Side.THEIRS, Side.MINE)
        changes = {
            name: pair.value(Side.THEIRS, name)
            for name, side in chosen.items()
            if side is Side.THEIRS
        }
        if pair.erased_side is not None:
            self.erased_rows.add(self._row_id(pair))
            if pair.erased_side is Side.THEIRS:
                forget_values(self.session, [self._row_id(pair)])
        if not changes:
            return
        for name in changes:
            self._entry_raw(pair, name, HistoryKind.MERGED, Side.MINE, Side.THEIRS)
        self._count(pair, changes)
        self._set(pair, changes)

    def _count(self, pair: Pair, changes: dict[str, Any]) -> None:
        if changes.get("deleted_at") is not None and pair.value(Side.MINE, "deleted_at") is None:
            self.deleted += 1
        else:
            self.updated += 1

    def _set(self, pair: Pair, changes: dict[str, Any]) -> None:
        info = pair.info
        values = dict(changes)
        if "name" in values and "sort_name" in info.columns:  # derived: follows the name
            values["sort_name"] = folded(values["name"])
        values["version"] = (
            max(pair.value(Side.MINE, "version"), pair.value(Side.THEIRS, "version")) + 1
        )
        values["updated_at"] = max(
            str(pair.value(Side.MINE, "updated_at")), str(pair.value(Side.THEIRS, "updated_at"))
        )
        values["changed_by_office_id"] = pair.value(Side.THEIRS, "changed_by_office_id")
        assignments = ", ".join(f"{name} = ?" for name in values)
        self.session.connection().exec_driver_sql(
            f"UPDATE {info.name} SET {assignments} WHERE id = ?",
            (*values.values(), self._row_id(pair)),
        )

    def _fill_empty_fields(self, fusion: Any) -> None:
        """Fusing two records: our empty fields take the received record's values."""
        info = fusion.info
        changes = {}
        for name in info.compared:
            index = info.columns.index(name)
            if (
                name != "deleted_at"
                and fusion.mine[index] in ("", None)
                and fusion.theirs[index] not in ("", None)
            ):
                changes[name] = fusion.theirs[index]
        if changes:
            assignments = ", ".join(f"{name} = ?" for name in changes)
            self.session.connection().exec_driver_sql(
                f"UPDATE {info.name} SET {assignments}, version = version + 1 WHERE id = ?",
                (*changes.values(), fusion.mine[0]),
            )
            for name, value in changes.items():
                old = self._python(info, name, fusion.mine[info.columns.index(name)])
                self._entry(
                    info.name,
                    fusion.mine[0],
                    name,
                    HistoryKind.UPDATE,
                    old,
                    self._python(info, name, value),
                )

    def _copy_history(self) -> None:
        """Their entries we lacked, in their order, after ours (so their heads come out newest)."""
        remap = self.analysis.remap
        rows = []
        for entry in self.analysis.their_entries:
            row = list(entry)
            if row[2] not in self.fused_ids:  # a fused record keeps its own history
                row[2] = remap.get(row[2], row[2])
            row[2] = self.renamed.get(row[2], row[2])
            if row[2] in self.erased_rows:
                row[5] = row[6] = None
            rows.append(tuple(row))
        if rows:
            marks = ", ".join("?" * len(ENTRY_COLUMNS))
            self.session.connection().exec_driver_sql(
                f"INSERT INTO history_entry ({', '.join(ENTRY_COLUMNS)}) VALUES ({marks})",
                rows,  # type: ignore[arg-type]
            )

    def _write_entries(self) -> None:
        if self.entries:
            self.session.execute(insert(HistoryEntry.__table__), self.entries)

    def _entry_raw(self, pair: Pair, name: str, kind: HistoryKind, old: Side, new: Side) -> None:
        info = pair.info
        self._entry(
            info.name,
            self._row_id(pair),
            name,
            kind,
            self._python(info, name, pair.value(old, name)),
            self._python(info, name, pair.value(new, name)),
        )

    def _entry(
        self, table: str, row_id: str, name: str | None, kind: HistoryKind, old: object, new: object
    ) -> None:
        erased = row_id in self.erased_rows
        self.entries.append(
            {
                "id": new_id(),
                "table_name": table,
                "row_id": row_id,
                "field": name,
                "kind": kind.value,
                "old_value": None if erased else encode_value(old),
                "new_value": None if erased else encode_value(new),
                "changed_at": self.now,
                "office_id": self.office_id,
                "user_name": self.user,
                "merge_id": self.merge_id,
            }
        )

    def _python(self, info: Any, name: str, raw: object) -> object:
        """A raw stored value as the application sees it (Decimal, date, bool...)."""
        return python_value(info.table.c[name], raw, self.dialect)


def _record_run(
    session: Session,
    run: MergeRun,
    writer: _Writer,
    analysis: Analysis,
    summary: MergeSummary,
    backup_path: str,
) -> None:
    """This file remembers the merge: with which office, up to where, what it did."""
    run.id, run.merged_at, run.user_name = writer.merge_id, writer.now, writer.user
    run.other_office_id = analysis.their_office_id
    run.their_entries = analysis.their_entry_count
    run.their_last_seq, run.their_last_entry_id = analysis.their_last
    run.received_entries = summary.received_entries
    run.created, run.updated, run.deleted = summary.created, summary.updated, summary.deleted
    run.conflicts, run.fused, run.backup_path = (
        summary.conflicts_resolved,
        summary.fused,
        backup_path,
    )
    session.add(run)
    session.flush()


def list_merges(session: Session) -> list[MergeRecord]:
    """Past merges into this file, newest first."""
    runs = session.scalars(select(MergeRun).order_by(desc(MergeRun.merged_at)))
    return [
        MergeRecord(
            id=run.id,
            merged_at=run.merged_at,
            other_office=run.other_office_name,
            file_name=run.file_name,
            user=run.user_name,
            created=run.created,
            updated=run.updated,
            deleted=run.deleted,
            conflicts=run.conflicts,
            fused=run.fused,
            undone_at=run.undone_at,
        )
        for run in runs
    ]


__all__ = [
    "ConflictKind",
    "OlderFileError",
    "UnresolvedConflictsError",
    "apply_merge",
    "list_merges",
    "pair_label",
    "plan_merge",
    "prepare_their_copy",
    "undo_merge",
]
