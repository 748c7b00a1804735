"""The user's decisions on a merge plan, kept apart from the widgets that show them.

Each conflict asks one question per field changed on both sides, and, for a record
deleted on one side and edited on the other, one more: does it stay deleted? The
merge dialog fills these in; ``choices()`` turns them into the engine's
``MergeChoices``. No Qt here, so the rules are read (and tested) on their own.
"""

from __future__ import annotations

from dla_desktop.domain.merging import (
    ConflictKind,
    FieldConflict,
    MergeChoices,
    MergePlan,
    Preference,
    RecordConflict,
    Side,
)


def deleting_side(conflict: RecordConflict) -> Side | None:
    """The side that deleted the record (None for a conflict on fields only)."""
    return {ConflictKind.DELETED_MINE: Side.MINE, ConflictKind.DELETED_THEIRS: Side.THEIRS}.get(
        conflict.kind
    )


def other_side(side: Side) -> Side:
    """MINE for THEIRS and THEIRS for MINE."""
    return Side.THEIRS if side is Side.MINE else Side.MINE


def newest_side(item: FieldConflict) -> Side | None:
    """The side that changed the field last, when both dates are known and differ."""
    mine, theirs = item.mine_by.when, item.theirs_by.when
    if mine is None or theirs is None or mine == theirs:
        return None
    return Side.MINE if mine > theirs else Side.THEIRS


class MergeDecisions:
    """What the user chose so far for each conflict and duplicate of one plan."""

    def __init__(self, plan: MergePlan) -> None:
        self.plan = plan
        self.fields: dict[tuple[str, str], Side] = {}
        self.records: dict[str, Side] = {}  # DELETED_*: the deletion; else "all fields"
        self.fuse: set[str] = set()
        # Set by "la plus récente": the engine settles what dates cannot settle here.
        self.prefer: Preference | None = None

    # --- reading -----------------------------------------------------------------------

    def field_side(self, conflict: RecordConflict, item: FieldConflict) -> Side | None:
        """The side chosen for one field, or None while it is open."""
        return self.fields.get((conflict.key, item.field))

    def deletion_side(self, conflict: RecordConflict) -> Side | None:
        """The side chosen for the deletion question (None: open, or no such question)."""
        return self.records.get(conflict.key) if deleting_side(conflict) is not None else None

    def open_questions(self, conflict: RecordConflict) -> int:
        """How many questions of this conflict have no answer yet (ignoring ``prefer``)."""
        missing = sum(1 for item in conflict.fields if self.field_side(conflict, item) is None)
        if deleting_side(conflict) is not None and self.deletion_side(conflict) is None:
            missing += 1
        return missing

    def is_settled(self, conflict: RecordConflict) -> bool:
        """Every question answered, or left to the preference the user chose."""
        return self.prefer is not None or self.open_questions(conflict) == 0

    def unsettled(self) -> list[RecordConflict]:
        """The conflicts that still hold "Fusionner" back."""
        return [conflict for conflict in self.plan.conflicts if not self.is_settled(conflict)]

    def left_to_preference(self) -> int:
        """Questions without an answer that the chosen preference will settle at merge time."""
        if self.prefer is None:
            return 0
        return sum(self.open_questions(conflict) for conflict in self.plan.conflicts)

    # --- choosing ----------------------------------------------------------------------

    def set_field(self, conflict: RecordConflict, item: FieldConflict, side: Side | None) -> None:
        """One field's answer (None opens it again)."""
        key = (conflict.key, item.field)
        if side is None:
            self.fields.pop(key, None)
        else:
            self.fields[key] = side

    def set_deletion(self, conflict: RecordConflict, side: Side | None) -> None:
        """The deletion question's answer: the deleting side keeps it deleted."""
        if deleting_side(conflict) is None:
            raise ValueError(conflict.key)
        if side is None:
            self.records.pop(conflict.key, None)
        else:
            self.records[conflict.key] = side

    def take_version(self, conflict: RecordConflict, side: Side) -> None:
        """ "Tout garder" / "Tout prendre": one side's version of the whole record."""
        self.records[conflict.key] = side
        for item in conflict.fields:
            self.set_field(conflict, item, side)

    def settle_remaining(self, preference: Preference) -> None:
        """Answer every open question the preference's way; dates decide "la plus récente".

        What dates cannot decide here (a deletion, an unknown date) stays open in the
        dialog and is left to the engine, which applies ``prefer`` at merge time.
        """
        for conflict in self.plan.conflicts:
            for item in conflict.fields:
                if self.field_side(conflict, item) is None:
                    self.set_field(conflict, item, _preferred(preference, item))
            open_deletion = (
                deleting_side(conflict) is not None and self.deletion_side(conflict) is None
            )
            if open_deletion and preference is not Preference.NEWEST:
                self.set_deletion(conflict, Side(preference.value))
        if preference is Preference.NEWEST:
            self.prefer = preference

    def set_fused(self, key: str, fused: bool) -> None:
        """Tick or untick "Fusionner les deux fiches" for one duplicate proposal."""
        if fused:
            self.fuse.add(key)
        else:
            self.fuse.discard(key)

    def replan(self, plan: MergePlan) -> None:
        """A new plan (after a fusion was ticked): keep the answers to questions still asked."""
        asked = {
            (conflict.key, item.field) for conflict in plan.conflicts for item in conflict.fields
        }
        keys = {conflict.key for conflict in plan.conflicts}
        self.plan = plan
        self.fields = {key: side for key, side in self.fields.items() if key in asked}
        self.records = {key: side for key, side in self.records.items() if key in keys}

    def choices(self) -> MergeChoices:
        """The engine's form of these decisions."""
        return MergeChoices(
            fields=dict(self.fields),
            records=dict(self.records),
            fuse=frozenset(self.fuse),
            prefer=self.prefer,
        )


def _preferred(preference: Preference, item: FieldConflict) -> Side | None:
    """The side a preference gives one field; None when dates cannot tell."""
    if preference is Preference.NEWEST:
        return newest_side(item)
    return Side(preference.value)
