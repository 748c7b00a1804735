"""Meetings between associations and companies (speed dating, breakfasts...) and who comes."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dla_desktop.db.models import Association, Company, Meeting, MeetingParticipant
from dla_desktop.domain.enums import MeetingFormat
from dla_desktop.domain.errors import NotFoundError, ValidationError
from dla_desktop.domain.meeting_records import Registration
from dla_desktop.domain.records import (
    MeetingDraft,
    MeetingParticipantDraft,
    MeetingParticipantRecord,
    MeetingRecord,
    MeetingRow,
)
from dla_desktop.services.base import Entity
from dla_desktop.services.validation import Checker, label_of

MAX_SLOT_MINUTES = 120
MAX_LEADERS = 1000
MAX_BREAK_EVERY = 100  # rotations between two breaks
MAX_BREAK_MINUTES = 120
MAX_ROUNDS = 500  # 60 x 60 takes 60 rotations; anything far above is a typing slip

# French names of the meeting fields the shared FIELD_LABELS does not know yet.
MEETING_LABELS = {
    "organisers": "Organisateurs",
    "break_minutes": "Durée d'une pause",
    "rounds_available": "Nombre de rotations possibles",
    "arrives_at_round": "Arrivée à la rotation",
    "leaves_after_round": "Départ après la rotation",
    "from_round": "Rotation de reprise",
    "association_rating": "Avis de l'association",
    "company_rating": "Avis de l'entreprise",
    "outcome": "Suite à 6 mois",
    "outcome_date": "Date de la suite",
    "participant_id": "Participant",
    "satisfaction": "Satisfaction",
    "followed_by": "Suivi par",
    "project_id": "Projet",
    "association_ids": "Associations",
    "company_ids": "Entreprises",
}


class MeetingChecker(Checker):
    """The shared field checks, with French names for the meeting fields too."""

    def fail(self, field: str, message: str) -> None:
        """Prefix the message with the field's French name."""
        self.errors.setdefault(field, f"{meeting_label(field)} : {message}")

    def rounds(self, *names: str) -> None:
        """Optional rotation numbers: whole, from 1."""
        self.count(*names, optional=True, maximum=MAX_ROUNDS)
        for name in names:
            value = getattr(self.draft, name)
            if _is_int(value) and value == 0:
                self.fail(name, "au moins 1.")


def meeting_label(field: str) -> str:
    """The French name of a field of the meeting services."""
    return MEETING_LABELS.get(field) or label_of(field)


PARTIES = {"association_id": Association, "company_id": Company}


def _validate_meeting(session: Session, draft: MeetingDraft) -> MeetingDraft:
    check = MeetingChecker(draft, Meeting)
    check.text("title", required=True)
    check.text("series", "place", "organisers", "notes")
    check.choice("format", MeetingFormat)
    check.dates("date", optional=False)
    check.times("start_time")
    check.count("slot_minutes", maximum=MAX_SLOT_MINUTES)
    if _is_int(draft.slot_minutes) and draft.slot_minutes == 0:
        check.fail("slot_minutes", "au moins 1 minute.")
    check.count("break_every", maximum=MAX_BREAK_EVERY)
    check.count("break_minutes", maximum=MAX_BREAK_MINUTES)
    check.rounds("rounds_available")
    return check.result()


def _is_int(value: Any) -> bool:
    """A whole number, not a boolean (True would pass as 1)."""
    return isinstance(value, int) and not isinstance(value, bool)


MEETINGS: Entity[MeetingDraft, MeetingRecord] = Entity(
    Meeting, MeetingRecord, "rencontre", _validate_meeting
)

create_meeting = MEETINGS.create
update_meeting = MEETINGS.update
archive_meeting = MEETINGS.archive
get_meeting = MEETINGS.get


def find_meeting(session: Session, key: str) -> MeetingRecord:
    """A meeting by id or by exact title (what the command line accepts)."""
    ids = session.scalars(
        select(Meeting.id).where(
            Meeting.deleted_at.is_(None), (Meeting.id == key) | (Meeting.title == key)
        )
    ).all()
    if not ids:
        raise NotFoundError(f"Aucune rencontre ne porte l'identifiant ou l'intitulé « {key} ».")
    if len(ids) > 1:
        raise NotFoundError(
            f"Plusieurs rencontres s'intitulent « {key} » : désignez-la par son identifiant."
        )
    return get_meeting(session, ids[0])


def list_meetings(session: Session) -> list[MeetingRow]:
    """Live meetings, newest first (the next or last session is what one looks for)."""
    query = (
        select(*(getattr(Meeting, name) for name in MeetingRow._fields))
        .where(Meeting.deleted_at.is_(None))
        # untimed last on every database (SQLite puts NULL last when descending, PostgreSQL first)
        .order_by(Meeting.date.desc(), Meeting.start_time.desc().nulls_last(), Meeting.title)
    )
    return [MeetingRow._make(row) for row in session.execute(query)]


# --- participants ----------------------------------------------------------------------


def _validate_participant(
    session: Session, draft: MeetingParticipantDraft
) -> MeetingParticipantDraft:
    check = MeetingChecker(draft, MeetingParticipant)
    check.reference(session, "meeting_id", Meeting)
    check.text("representatives", "presentation")
    check.count("leaders_count", maximum=MAX_LEADERS)
    check.rounds("arrives_at_round", "leaves_after_round")
    _arrival_before_departure(check, draft)
    parties = [name for name in PARTIES if getattr(draft, name)]
    if len(parties) != 1:
        check.fail("association_id", "choisir une association ou une entreprise (une seule).")
        return check.result()
    check.reference(session, parties[0], PARTIES[parties[0]])
    check.changes.update({name: None for name in PARTIES if name != parties[0]})
    return check.result()


def _arrival_before_departure(check: Checker, draft: MeetingParticipantDraft) -> None:
    """Someone cannot leave before the rotation they arrive at."""
    arrives, leaves = draft.arrives_at_round, draft.leaves_after_round
    if _is_int(arrives) and _is_int(leaves) and 0 < leaves < arrives:
        check.fail(
            "leaves_after_round",
            f"rotation {leaves}, avant l'arrivée (rotation {arrives}).",
        )


def _registered_once(session: Session, clean: MeetingParticipantDraft, id: str | None) -> None:
    """An association (or company) has one live registration to a meeting, not two."""
    party = "association_id" if clean.association_id else "company_id"
    query = select(MeetingParticipant.id).where(
        MeetingParticipant.meeting_id == clean.meeting_id,
        getattr(MeetingParticipant, party) == getattr(clean, party),
        MeetingParticipant.deleted_at.is_(None),
    )
    if id is not None:
        query = query.where(MeetingParticipant.id != id)
    if session.scalar(query) is not None:
        raise ValidationError.single(
            party, f"{label_of(party)} : {_what(party)} est déjà inscrite à cette rencontre."
        )


def _what(party: str) -> str:
    return "cette association" if party == "association_id" else "cette entreprise"


PARTICIPANTS: Entity[MeetingParticipantDraft, MeetingParticipantRecord] = Entity(
    MeetingParticipant,
    MeetingParticipantRecord,
    "participant",
    _validate_participant,
    # who registered stays who registered: another party is another registration
    parents=("meeting_id", *PARTIES),
    unique=_registered_once,
)

get_participant = PARTICIPANTS.get


def register_participant(
    session: Session, draft: MeetingParticipantDraft
) -> MeetingParticipantRecord:
    """Register one association or one company to a meeting, once."""
    return PARTICIPANTS.create(session, draft)


def update_participant(
    session: Session, id: str, draft: MeetingParticipantDraft, expected_version: int
) -> MeetingParticipantRecord:
    """Correct a registration: representatives, number of leaders, presentation."""
    return PARTICIPANTS.update(session, id, draft, expected_version)


def unregister_participant(session: Session, id: str) -> None:
    """Take a participant off a meeting (tombstone, so the other office learns of it)."""
    PARTICIPANTS.archive(session, id)


def list_participants(session: Session, meeting_id: str) -> list[MeetingParticipantRecord]:
    """Who is registered to a meeting, in registration order; archived parties left out."""
    live_associations = select(Association.id).where(Association.deleted_at.is_(None))
    live_companies = select(Company.id).where(Company.deleted_at.is_(None))
    return PARTICIPANTS.list(
        session,
        MeetingParticipant.meeting_id == meeting_id,
        MeetingParticipant.association_id.is_(None)
        | MeetingParticipant.association_id.in_(live_associations),
        MeetingParticipant.company_id.is_(None) | MeetingParticipant.company_id.in_(live_companies),
        order_by=MeetingParticipant.created_at,
    )


def list_registrations(session: Session, meeting_id: str) -> list[Registration]:
    """Live registrations of live parties, named, in registration order: one joined query."""
    query = (
        select(
            MeetingParticipant.id,
            func.coalesce(MeetingParticipant.association_id, MeetingParticipant.company_id),
            MeetingParticipant.association_id.is_not(None),
            func.coalesce(Association.name, Company.name),
            func.coalesce(Association.town, Company.town),
            MeetingParticipant.representatives,
            MeetingParticipant.leaders_count,
            MeetingParticipant.presentation,
            MeetingParticipant.arrives_at_round,
            MeetingParticipant.leaves_after_round,
        )
        .outerjoin(Association, Association.id == MeetingParticipant.association_id)
        .outerjoin(Company, Company.id == MeetingParticipant.company_id)
        .where(
            MeetingParticipant.meeting_id == meeting_id,
            MeetingParticipant.deleted_at.is_(None),
            Association.deleted_at.is_(None),
            Company.deleted_at.is_(None),
        )
        .order_by(MeetingParticipant.created_at, MeetingParticipant.id)
    )
    return [Registration._make(row) for row in session.execute(query)]
