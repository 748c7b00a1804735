"""Who is registered to a meeting, named: what the meeting tabs and dialogs list and choose from."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from dla_desktop.services import meetings


class RegisteredParty(NamedTuple):
    """One registration as the participants tab lists it."""

    id: str  # the registration (participant) id
    kind: str  # "association" or "company": which page a double-click opens
    party_id: str
    name: str
    side: str
    representatives: str
    leaders_count: int
    presentation: str
    arrives_at_round: int | None
    leaves_after_round: int | None

    @property
    def is_association(self) -> bool:
        return self.kind == "association"


def read_parties(session: Session, meeting_id: str) -> list[RegisteredParty]:
    """The meeting's registrations, named (one query), with their side in the user's words."""
    association = QCoreApplication.translate("meeting_parties", "Association")
    company = QCoreApplication.translate("meeting_parties", "Entreprise")
    return [
        RegisteredParty(
            row.id,
            "association" if row.is_association else "company",
            row.party_id,
            row.name,
            association if row.is_association else company,
            row.representatives,
            row.leaders_count,
            row.presentation,
            row.arrives_at_round,
            row.leaves_after_round,
        )
        for row in meetings.list_registrations(session, meeting_id)
    ]


def names_of(parties: list[RegisteredParty]) -> dict[str, str]:
    """Party id (and registration id) -> name, to name the rows that carry only ids."""
    names = {party.party_id: party.name for party in parties}
    names.update({party.id: party.name for party in parties})
    return names
