"""An import plan's rows and outcome, pure: the wizard and the CLI read them without a session."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from dla_desktop.domain.enums import LabelledEnum
from dla_desktop.domain.imports import ImportTarget
from dla_desktop.domain.text import grouped_count, plural


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
class Prepared:
    """What ``apply_import`` writes for a kept row, resolved once when planning."""

    draft: Any  # the checked AssociationDraft / CompanyDraft / ContactDraft
    filled: frozenset[str]  # the draft fields the file gave: a merge keeps the others
    volet_ids: tuple[str, ...] = ()  # PARTICIPANTS: the volets to join
    enrolment: Mapping[str, Any] = field(default_factory=dict)  # status_date, followup days


@dataclass(frozen=True)
class PlannedRow:
    """What will happen to one data row of the file, and why."""

    line: int  # the SourceRow's line
    fate: RowFate
    label: str  # the row in a few words: "Les Amis du Rail (Lille)", "DUPONT Marie"
    # field name -> converted, normalised value (the preview); empty cells are left out, a
    # cell that cannot be read stays as its text
    values: Mapping[str, Any]
    errors: tuple[str, ...] = ()  # REJECTED only: "SIRET : clé de contrôle incorrecte."
    warnings: tuple[str, ...] = ()  # kept rows may warn (an RNA not in W + 9 digits)
    match_id: str | None = None  # MATCH: the existing record
    match_label: str = ""  # MATCH: how that record is named in the database
    match_reason: str = ""  # MATCH: "même SIRET", "même RNA", "même nom et même commune"
    duplicate_of: int | None = None  # DUPLICATE: the line of the earlier row it repeats
    match_version: int | None = None  # MATCH: as read when planning (a later change is refused)
    # What apply writes (kept rows); the services' business, not the wizard's.
    prepared: Prepared | None = field(default=None, repr=False, compare=False)


@dataclass(frozen=True)
class ImportPlan:
    """Every row's fate before anything is written: the wizard's preview and report."""

    target: ImportTarget
    programme_id: str | None  # PARTICIPANTS only
    file_name: str
    mapping: Mapping[int, str]  # column index -> field name
    rows: tuple[PlannedRow, ...]

    def count(self, fate: RowFate) -> int:
        """How many rows share a fate: the report's counts."""
        return sum(1 for row in self.rows if row.fate == fate)


@dataclass(frozen=True)
class ImportSummary:
    """What an applied import did, counted for the closing message."""

    created: int = 0
    merged: int = 0
    skipped: int = 0  # matches the user chose to skip, and repeated rows
    rejected: int = 0
    enrolled: int = 0  # PARTICIPANTS: associations newly enrolled in the programme

    def describe(self) -> str:
        """One French sentence: "12 fiches créées, 3 fusionnées, 1 ignorée, 2 rejetées"."""
        parts: list[str] = []
        for count, one, many in (
            (self.created, "créée", "créées"),
            (self.merged, "fusionnée", "fusionnées"),
            (self.skipped, "ignorée", "ignorées"),
            (self.rejected, "rejetée", "rejetées"),
        ):
            if count:
                noun = "" if parts else ("fiche " if count == 1 else "fiches ")
                parts.append(f"{grouped_count(count)} {noun}{one if count == 1 else many}")
        text = ", ".join(parts) or "Aucune fiche importée"
        if self.enrolled:
            text += " ; " + plural(
                self.enrolled,
                "association inscrite au programme",
                "associations inscrites au programme",
                grouped=True,
            )
        return text
