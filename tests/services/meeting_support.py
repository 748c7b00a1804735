"""A small speed-dating meeting built through the services, for the meeting service tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from dla_desktop.domain.enums import CompanySize, MeetingFormat
from dla_desktop.domain.records import (
    AssociationDraft,
    CompanyDraft,
    MeetingDraft,
    MeetingParticipantDraft,
)
from dla_desktop.services import associations, companies, meetings

SPEED_DATING = MeetingDraft(
    title="Speed dating du Berry",
    format=MeetingFormat.SPEED_DATING,
    date=date(2026, 3, 12),
)


@dataclass(frozen=True)
class Cast:
    """A meeting and its parties (ids), associations in table order."""

    meeting: str
    associations: tuple[str, ...]
    companies: tuple[str, ...]
    participants: dict[str, str]  # party id -> participant id

    @property
    def parties(self) -> tuple[str, ...]:
        return self.associations + self.companies


def new_parties(session: Session, count_a: int, count_c: int, first: int = 1) -> tuple[list, list]:
    """Associations « Association N » and companies « Entreprise N » in the directory."""
    a_ids = [
        associations.create_association(session, AssociationDraft(name=f"Association {n}")).id
        for n in range(first, first + count_a)
    ]
    c_ids = [
        companies.create_company(
            session, CompanyDraft(name=f"Entreprise {n}", size=CompanySize.TPE)
        ).id
        for n in range(first, first + count_c)
    ]
    return a_ids, c_ids


def register(
    session: Session, meeting_id: str, party_id: str, *, company: bool, **more: Any
) -> str:
    """Register one party; its participant id."""
    field = "company_id" if company else "association_id"
    draft = MeetingParticipantDraft(meeting_id=meeting_id, **{field: party_id}, **more)
    return meetings.register_participant(session, draft).id


def build_meeting(
    session: Session,
    count_a: int = 3,
    count_c: int = 3,
    *,
    draft: MeetingDraft = SPEED_DATING,
    parties: tuple[list, list] | None = None,
    **windows: tuple[int | None, int | None],
) -> Cast:
    """A meeting with new (or given) parties registered, associations first.

    ``windows`` maps "a1", "c2"... (1-based) to (arrives_at_round, leaves_after_round).
    """
    meeting = meetings.create_meeting(session, draft).id
    a_ids, c_ids = parties or new_parties(session, count_a, count_c)
    participants = {}
    for prefix, ids in (("a", a_ids), ("c", c_ids)):
        for number, party in enumerate(ids, start=1):
            arrives, leaves = windows.get(f"{prefix}{number}", (None, None))
            participants[party] = register(
                session,
                meeting,
                party,
                company=prefix == "c",
                arrives_at_round=arrives,
                leaves_after_round=leaves,
            )
    return Cast(meeting, tuple(a_ids), tuple(c_ids), participants)
