"""Importing a read sheet: plan every row (new, matching, repeated, rejected), then apply.

``plan_import`` writes nothing; ``apply_import`` writes the accepted rows in the
caller's one transaction: all of them or, on any error, none.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from dla_desktop.domain.enums import LabelledEnum
from dla_desktop.domain.imports import ImportTarget
from dla_desktop.domain.spreadsheets import SheetData, Table


class RowFate(LabelledEnum):
    NEW = "new", "À créer"
    MATCH = "match", "Déjà connue"
    DUPLICATE = "duplicate", "Doublon dans le fichier"
    REJECTED = "rejected", "Rejetée"


class MatchChoice(LabelledEnum):
    MERGE = "merge", "Fusionner"  # the file's non-empty cells update the existing record
    SKIP = "skip", "Ignorer"  # the row is not imported
    CREATE = "create", "Créer"  # a new record beside the existing one


@dataclass(frozen=True)
class PlannedRow:
    """What will happen to one data row of the file, and why."""

    line: int  # the SourceRow's line
    fate: RowFate
    label: str  # the row in a few words: "Les Amis du Rail (Lille)", "DUPONT Marie"
    values: Mapping[str, Any]  # field name -> converted, normalised value (the preview)
    errors: tuple[str, ...] = ()  # REJECTED only: "SIRET : clé de contrôle incorrecte."
    warnings: tuple[str, ...] = ()  # kept rows may warn (an RNA not in W + 9 digits)
    match_id: str | None = None  # MATCH: the existing record
    match_label: str = ""  # MATCH: how that record is named in the database
    match_reason: str = ""  # MATCH: "même SIRET", "même RNA", "même nom et même commune"
    duplicate_of: int | None = None  # DUPLICATE: the line of the earlier row it repeats


@dataclass(frozen=True)
class ImportPlan:
    target: ImportTarget
    programme_id: str | None  # PARTICIPANTS only
    file_name: str
    mapping: Mapping[int, str]  # column index -> field name
    rows: tuple[PlannedRow, ...]

    def count(self, fate: RowFate) -> int:
        return sum(1 for row in self.rows if row.fate == fate)


@dataclass(frozen=True)
class ImportSummary:
    created: int = 0
    merged: int = 0
    skipped: int = 0  # matches the user chose to skip, and repeated rows
    rejected: int = 0
    enrolled: int = 0  # PARTICIPANTS: associations newly enrolled in the programme

    def describe(self) -> str:
        """One French sentence: "12 créées, 3 fusionnées, 1 ignorée, 2 rejetées"."""
        raise NotImplementedError


def plan_import(
    session: Session,
    target: ImportTarget,
    sheet: SheetData,
    mapping: Mapping[int, str],
    *,
    programme_id: str | None = None,
    limit: int | None = None,
) -> ImportPlan:
    """Read, check and match every row (only the first ``limit`` for a preview); writes nothing."""
    raise NotImplementedError


def apply_import(
    session: Session,
    plan: ImportPlan,
    choices: Mapping[int, MatchChoice] | None = None,
    *,
    default_choice: MatchChoice = MatchChoice.MERGE,
    skip_rejected: bool = False,
) -> ImportSummary:
    """Write the plan's rows; ``choices`` by line for MATCH rows.

    Refuses (ValidationError, nothing written) while rows are rejected unless
    ``skip_rejected``; any error rolls the whole import back with the caller's
    transaction.
    """
    raise NotImplementedError


def rejected_table(sheet: SheetData, plan: ImportPlan) -> Table:
    """The rejected rows as they were in the file, plus "Ligne" and "Motif du rejet", to fix."""
    raise NotImplementedError
