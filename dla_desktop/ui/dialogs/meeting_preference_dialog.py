"""A pair a participant wants to meet, or to avoid, at one meeting."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget
from sqlalchemy.orm import Session

from dla_desktop.domain.enums import PairPreferenceKind
from dla_desktop.domain.meeting_records import MeetingPreferenceDraft, MeetingPreferenceRecord
from dla_desktop.services import meeting_outcomes
from dla_desktop.ui.dialogs.form_fields import enum_combo, select_data
from dla_desktop.ui.dialogs.meeting_parties import RegisteredParty
from dla_desktop.ui.dialogs.record_dialog import RecordDialog
from dla_desktop.ui.operations import Change, Operations


def party_combo(object_name: str, parties: Sequence[RegisteredParty]) -> QComboBox:
    """The registered parties of one side, by name, their party id as item data."""
    combo = QComboBox(objectName=object_name)
    for party in sorted(parties, key=lambda p: p.name.casefold()):
        combo.addItem(party.name, party.party_id)
    return combo


class PreferenceDialog(RecordDialog):
    """Add a wish, or change one over the version read (another pair replaces it)."""

    def __init__(
        self,
        operations: Operations,
        meeting_id: str,
        parties: Sequence[RegisteredParty],
        current: MeetingPreferenceRecord | None = None,
        parent: QWidget | None = None,
        *,
        reload: Callable[[], None] | None = None,
    ) -> None:
        """``reload`` reads the owner's list again after "Recharger" (the wish was stale)."""
        title = self.tr("Souhait de rencontre") if current else self.tr("Nouveau souhait")
        super().__init__(operations, title, Change.MEETINGS, parent)
        self.save_button.setObjectName("save")
        self._meeting_id = meeting_id
        self._current = current
        self._reload = reload
        self.association = party_combo("association", [p for p in parties if p.is_association])
        self.company = party_combo("company", [p for p in parties if not p.is_association])
        self.kind = enum_combo(PairPreferenceKind)
        self.kind.setObjectName("kind")
        self.note = QLineEdit(
            objectName="note", placeholderText=self.tr("ex. demandé par l'entreprise")
        )
        self.add_row("association_id", self.tr("Association :"), self.association)
        self.add_row("company_id", self.tr("Entreprise :"), self.company)
        self.add_row("kind", self.tr("Souhait :"), self.kind)
        self.add_row("note", self.tr("Note :"), self.note)
        if current is not None:
            select_data(self.association, current.association_id)
            select_data(self.company, current.company_id)
            select_data(self.kind, PairPreferenceKind(current.kind))
            self.note.setText(current.note)

    def draft(self) -> MeetingPreferenceDraft:
        return MeetingPreferenceDraft(
            meeting_id=self._meeting_id,
            association_id=self.association.currentData() or "",
            company_id=self.company.currentData() or "",
            kind=self.kind.currentData(),
            note=self.note.text(),
        )

    def work(self) -> Callable[[Session], MeetingPreferenceRecord]:
        """A new wish, or the wish changed over the version read (refused if changed since)."""
        draft, current = self.draft(), self._current
        if current is None:
            return lambda s: meeting_outcomes.add_preference(s, draft)
        return lambda s: meeting_outcomes.update_preference(s, current.id, draft, current.version)

    def on_stale(self) -> None:
        """Changed elsewhere and the user chose "Recharger": close, show the stored wishes."""
        super().on_stale()
        if self._reload is not None:
            self._reload()
