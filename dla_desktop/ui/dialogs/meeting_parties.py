"""Who is registered to a meeting, named: what the meeting tabs and dialogs list and choose from."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from dla_desktop.services import associations, companies, meetings


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
    """A meeting has tens of participants: one lookup each is cheap enough."""
    rows = []
    for party in meetings.list_participants(session, meeting_id):
        if party.association_id is not None:
            kind, party_id = "association", party.association_id
            name = associations.get_association(session, party_id).name
            side = QCoreApplication.translate("meeting_parties", "Association")
        else:
            assert party.company_id is not None
            kind, party_id = "company", party.company_id
            name = companies.get_company(session, party_id).name
            side = QCoreApplication.translate("meeting_parties", "Entreprise")
        rows.append(
            RegisteredParty(
                party.id,
                kind,
                party_id,
                name,
                side,
                party.representatives,
                party.leaders_count,
                party.presentation,
                party.arrives_at_round,
                party.leaves_after_round,
            )
        )
    return rows


def names_of(parties: list[RegisteredParty]) -> dict[str, str]:
    """Party id (and registration id) -> name, to name the rows that carry only ids."""
    names = {party.party_id: party.name for party in parties}
    names.update({party.id: party.name for party in parties})
    return names
