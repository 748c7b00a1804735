"""Merging another office's copy of the database: the plan shown, the choices, the summary."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from dla_desktop.domain.enums import LabelledEnum


class Side(StrEnum):
    """Whose value wins: this file's, or the received file's."""

    MINE = "mine"
    THEIRS = "theirs"


class Preference(LabelledEnum):
    """How conflicts nobody chose for are settled (``dla-desktop merge --prefer``)."""

    MINE = "mine", "Garder mes valeurs"
    THEIRS = "theirs", "Prendre leurs valeurs"
    NEWEST = "newest", "Garder la modification la plus récente"


class ConflictKind(LabelledEnum):
    FIELDS = "fields", "Modifié des deux côtés"
    DELETED_MINE = "deleted_mine", "Supprimé ici, modifié chez eux"
    DELETED_THEIRS = "deleted_theirs", "Supprimé chez eux, modifié ici"


@dataclass(frozen=True)
class Authorship:
    """Who made a side's last change to a field, and when (empty when history is silent)."""

    office: str = ""
    user: str = ""
    when: datetime | None = None


@dataclass(frozen=True)
class FieldConflict:
    """One field changed on both sides to different values, shown side by side."""

    field: str  # column name
    label: str  # French field label
    mine: str  # values formatted for display
    theirs: str
    mine_by: Authorship
    theirs_by: Authorship


@dataclass(frozen=True)
class RecordConflict:
    """A record the merge cannot settle alone.

    ``FIELDS``: ``fields`` lists each field changed on both sides. ``DELETED_*``: one
    side archived the record, the other edited it; choosing the deleting side keeps it
    archived, the other side restores it. Every field the other side edited is still
    merged: only the deletion is in question. ``fields`` may then list field conflicts too.
    """

    key: str  # "table:row_id", the key of choices
    table: str
    kind_label: str  # "Association", "Présence"...
    record_label: str  # "Solidarité Cher"
    kind: ConflictKind
    fields: tuple[FieldConflict, ...]
    edited_fields: tuple[str, ...] = ()  # DELETED_*: French labels of the fields edited


@dataclass(frozen=True)
class DuplicateProposal:
    """The same association or company created in both files (same SIRET, RNA or SIREN).

    Fusing keeps this file's record: the received one is archived, what points to it is
    moved to ours, and our empty fields are filled from it.
    """

    key: str  # "table:their_id"
    table: str
    kind_label: str
    mine_id: str
    theirs_id: str
    mine_label: str
    theirs_label: str
    reason: str  # "même SIRET 123 456 789 00012"


@dataclass(frozen=True)
class TableChanges:
    """What the merge applies automatically to one kind of record."""

    kind_label: str
    created: int
    updated: int
    deleted: int


@dataclass(frozen=True)
class MergePlan:
    """Everything a merge would do, computed without writing anything."""

    file_name: str
    their_office: str  # office working in the received file ("" if it names none)
    last_merged: datetime | None  # previous merge with that office, from this file's record
    received_entries: int  # history entries of theirs this file does not know yet
    tables: tuple[TableChanges, ...]  # only tables with something to apply
    conflicts: tuple[RecordConflict, ...]
    duplicates: tuple[DuplicateProposal, ...]

    @property
    def created(self) -> int:
        return sum(table.created for table in self.tables)

    @property
    def updated(self) -> int:
        return sum(table.updated for table in self.tables)

    @property
    def deleted(self) -> int:
        return sum(table.deleted for table in self.tables)

    @property
    def nothing_to_do(self) -> bool:
        return not (self.tables or self.conflicts or self.duplicates or self.received_entries)


@dataclass(frozen=True)
class MergeChoices:
    """The user's decisions. A field choice beats its record's choice, which beats ``prefer``.

    ``fields`` is keyed by (conflict key, field name), ``records`` by conflict key; both
    name the side whose value wins. ``fuse`` holds the keys of duplicate proposals to fuse.
    With ``prefer`` None, a conflict left without a choice refuses the whole merge.
    """

    fields: Mapping[tuple[str, str], Side] = field(default_factory=dict)
    records: Mapping[str, Side] = field(default_factory=dict)
    fuse: frozenset[str] = frozenset()
    prefer: Preference | None = None


@dataclass(frozen=True)
class MergeSummary:
    """What a merge did, for the end screen, the CLI and the merge list."""

    merge_id: str
    created: int
    updated: int
    deleted: int
    conflicts_resolved: int
    fused: int
    received_entries: int


@dataclass(frozen=True)
class MergeRecord:
    """A past merge, as the "Fusions" list shows it."""

    id: str
    merged_at: datetime
    other_office: str
    file_name: str
    user: str
    created: int
    updated: int
    deleted: int
    conflicts: int
    fused: int
    undone_at: datetime | None


@dataclass(frozen=True)
class UndoReport:
    """Undoing a merge: values put back, and those left because they changed since."""

    restored: int
    archived: int  # records the merge had created
    skipped: tuple[str, ...]  # French lines: "Association « X » : Ville changé depuis"
