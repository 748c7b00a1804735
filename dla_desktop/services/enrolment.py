"""Who takes part: associations enrolled in a programme, its volets and sub-groups."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import ColumnElement, Select, select
from sqlalchemy.orm import Session

from dla_desktop.db.models import Association, Enrolment, Programme, Subgroup, Volet, VoletEnrolment
from dla_desktop.domain.dates import utc_now
from dla_desktop.domain.enums import EnrolmentStatus, VoletKind
from dla_desktop.domain.errors import ValidationError
from dla_desktop.domain.programme_views import ParticipantView, Participation, VoletMemberView
from dla_desktop.domain.records import (
    AssociationRow,
    EnrolmentDraft,
    EnrolmentRecord,
    ParticipantRow,
    VoletEnrolmentDraft,
    VoletEnrolmentRecord,
)
from dla_desktop.services.base import Entity
from dla_desktop.services.validation import Checker


def _validate_enrolment(session: Session, draft: EnrolmentDraft) -> EnrolmentDraft:
    check = Checker(draft, Enrolment)
    check.reference(session, "programme_id", Programme)
    check.reference(session, "association_id", Association)
    check.choice("status", EnrolmentStatus)
    check.dates("status_date")
    check.quantity("followup_days_planned", maximum=Decimal(365))
    return check.result()


ENROLMENTS: Entity[EnrolmentDraft, EnrolmentRecord] = Entity(
    Enrolment,
    EnrolmentRecord,
    "inscription",
    _validate_enrolment,
    parents=("programme_id", "association_id"),
)

update_enrolment = ENROLMENTS.update
get_enrolment = ENROLMENTS.get


def enrol_associations(
    session: Session,
    programme_id: str,
    association_ids: list[str],
    *,
    on: date | None = None,
) -> list[EnrolmentRecord]:
    """Enrol several associations at once; those already enrolled are left as they are."""
    existing = {
        row.association_id: row
        for row in session.scalars(select(Enrolment).where(Enrolment.programme_id == programme_id))
    }
    records = []
    for association_id in dict.fromkeys(association_ids):
        row = existing.get(association_id)
        if row is None:
            draft = EnrolmentDraft(
                programme_id=programme_id, association_id=association_id, status_date=on
            )
            records.append(ENROLMENTS.create(session, draft))
        elif row.deleted_at is not None:  # enrolled, withdrawn, enrolled again
            draft = EnrolmentDraft(
                programme_id=programme_id, association_id=association_id, status_date=on
            )
            _validate_enrolment(session, draft)
            row.deleted_at = None
            row.status, row.status_date = EnrolmentStatus.INSCRITE.value, on
            session.flush()
            records.append(ENROLMENTS.get(session, row.id))
    return records


def withdraw_enrolment(session: Session, enrolment_id: str) -> None:
    """Remove an association from a programme and from its volets (tombstones)."""
    row = ENROLMENTS.fetch(session, enrolment_id)
    row.deleted_at = utc_now()
    volet_ids = select(Volet.id).where(Volet.programme_id == row.programme_id)
    for membership in session.scalars(
        select(VoletEnrolment).where(
            VoletEnrolment.association_id == row.association_id,
            VoletEnrolment.volet_id.in_(volet_ids),
            VoletEnrolment.deleted_at.is_(None),
        )
    ):
        membership.deleted_at = utc_now()
    session.flush()


def list_participants(session: Session, programme_id: str) -> list[ParticipantRow]:
    """The associations enrolled in a programme, by name."""
    query = (
        select(
            Enrolment.id,
            Association.id,
            Association.name,
            Association.sector,
            Association.town,
            Association.employees,
            Association.fte,
            Enrolment.status,
            Enrolment.followup_days_planned,
        )
        .join(Association, Association.id == Enrolment.association_id)
        .where(*live_participation(programme_id))
        .order_by(Association.sort_name)
    )
    return [ParticipantRow._make(row) for row in session.execute(query)]


# --- volets and sub-groups -------------------------------------------------------------


def _validate_membership(session: Session, draft: VoletEnrolmentDraft) -> VoletEnrolmentDraft:
    check = Checker(draft, VoletEnrolment)
    check.reference(session, "volet_id", Volet)
    check.reference(session, "association_id", Association)
    check.reference(session, "subgroup_id", Subgroup, optional=True)
    clean = check.result()
    volet = session.get(Volet, clean.volet_id)
    assert volet is not None  # checked above
    if not is_enrolled(session, volet.programme_id, clean.association_id):
        raise ValidationError.single(
            "association_id", "Association : elle doit d'abord être inscrite au programme."
        )
    if clean.subgroup_id is not None:
        subgroup = session.get(Subgroup, clean.subgroup_id)
        if subgroup is None or subgroup.volet_id != clean.volet_id:
            raise ValidationError.single(
                "subgroup_id", "Sous-groupe : il n'appartient pas à ce volet."
            )
    return clean


MEMBERSHIPS: Entity[VoletEnrolmentDraft, VoletEnrolmentRecord] = Entity(
    VoletEnrolment,
    VoletEnrolmentRecord,
    "participation au volet",
    _validate_membership,
    parents=("volet_id", "association_id"),
)


def join_volet(session: Session, draft: VoletEnrolmentDraft) -> VoletEnrolmentRecord:
    """Put an enrolled association in a volet (and a sub-group), or move it to another one."""
    row = session.scalar(
        select(VoletEnrolment).where(
            VoletEnrolment.volet_id == draft.volet_id,
            VoletEnrolment.association_id == draft.association_id,
        )
    )
    if row is None:
        return MEMBERSHIPS.create(session, draft)
    clean = _validate_membership(session, draft)
    row.deleted_at, row.subgroup_id = None, clean.subgroup_id
    session.flush()
    return MEMBERSHIPS.get(session, row.id)


def leave_volet(session: Session, volet_id: str, association_id: str) -> None:
    """Take an association out of a volet (tombstone)."""
    row = session.scalar(
        select(VoletEnrolment).where(
            VoletEnrolment.volet_id == volet_id,
            VoletEnrolment.association_id == association_id,
            VoletEnrolment.deleted_at.is_(None),
        )
    )
    if row is not None:
        row.deleted_at = utc_now()
        session.flush()


def list_volet_members(session: Session, volet_id: str) -> list[VoletEnrolmentRecord]:
    return MEMBERSHIPS.list(session, VoletEnrolment.volet_id == volet_id)


def is_enrolled(session: Session, programme_id: str, association_id: str) -> bool:
    """True while the association takes part in the programme (enrolled, not withdrawn)."""
    return (
        session.scalar(
            select(Enrolment.id).where(
                Enrolment.programme_id == programme_id,
                Enrolment.association_id == association_id,
                Enrolment.deleted_at.is_(None),
            )
        )
        is not None
    )


# --- who takes part --------------------------------------------------------------------


def live_participation(programme_id: str) -> tuple[ColumnElement[bool], ...]:
    """THE definition of taking part in a programme, for every figure about it.

    A live enrolment of a live association, whatever its status: an association marked
    « abandon » was accompanied and its share of the budget was spent, so it still
    counts; a withdrawn enrolment or an archived association counts nowhere. For a query
    that joins Enrolment and Association.
    """
    return (
        Enrolment.programme_id == programme_id,
        Enrolment.deleted_at.is_(None),
        Association.deleted_at.is_(None),
    )


def live_participant_ids(programme_id: str) -> Select[tuple[str]]:
    """The associations taking part (see live_participation)."""
    return (
        select(Enrolment.association_id)
        .join(Association, Association.id == Enrolment.association_id)
        .where(*live_participation(programme_id))
    )


@dataclass(frozen=True)
class Participants:
    """A programme's associations: those taking part, and those enrolled once but gone."""

    live: frozenset[str]  # see live_participation: every figure counts them
    gone: frozenset[str]  # withdrawn, or archived since: no figure counts them

    @classmethod
    def of(cls, session: Session, programme_id: str) -> Participants:
        """Two small reads; rows already fetched are then filtered in Python.

        An ``IN (participants)`` filter in SQL makes SQLite seek every participant in
        the indexes, which doubled the indicators of a 500-association programme.
        """
        live = frozenset(session.scalars(live_participant_ids(programme_id)))
        ever = session.scalars(
            select(Enrolment.association_id).where(Enrolment.programme_id == programme_id)
        )
        return cls(live, frozenset(ever) - live)


# --- what the programme page shows and edits -------------------------------------------


def list_participant_views(session: Session, programme_id: str) -> list[ParticipantView]:
    """Participants (see list_participants) with the volets and sub-groups they are in."""
    volets = session.execute(
        select(Volet.id, Volet.kind, Volet.label)
        .where(Volet.programme_id == programme_id, Volet.deleted_at.is_(None))
        .order_by(Volet.created_at)
    ).all()
    names = {id: label or VoletKind(kind).label for id, kind, label in volets}
    memberships = session.execute(
        select(VoletEnrolment.association_id, VoletEnrolment.volet_id, Subgroup.name)
        .outerjoin(
            Subgroup, (Subgroup.id == VoletEnrolment.subgroup_id) & Subgroup.deleted_at.is_(None)
        )
        .where(VoletEnrolment.volet_id.in_(names), VoletEnrolment.deleted_at.is_(None))
    ).all()
    joined: dict[str, dict[str, str | None]] = {}
    for association_id, volet_id, subgroup in memberships:
        joined.setdefault(association_id, {})[volet_id] = subgroup
    views = []
    for row in list_participants(session, programme_id):
        mine = joined.get(row.association_id, {})
        in_order = [volet_id for volet_id in names if volet_id in mine]
        views.append(
            ParticipantView(
                row.enrolment_id,
                row.association_id,
                row.name,
                row.town,
                row.employees,
                row.status,
                ", ".join(names[v] for v in in_order),
                ", ".join(name for v in in_order if (name := mine[v])),
            )
        )
    return views


def list_enrollable(session: Session, programme_id: str) -> list[AssociationRow]:
    """Live associations not taking part in the programme yet, by name (to enrol them)."""
    taking_part = select(Enrolment.association_id).where(
        Enrolment.programme_id == programme_id, Enrolment.deleted_at.is_(None)
    )
    query = (
        select(*(getattr(Association, name) for name in AssociationRow._fields))
        .where(Association.deleted_at.is_(None), Association.id.not_in(taking_part))
        .order_by(Association.sort_name)
    )
    return [AssociationRow._make(row) for row in session.execute(query)]


def get_participation(session: Session, enrolment_id: str) -> Participation:
    """An enrolment with the volets it joined and its sub-group in each."""
    record = ENROLMENTS.get(session, enrolment_id)
    association = session.get(Association, record.association_id)
    rows = session.execute(
        select(VoletEnrolment.volet_id, VoletEnrolment.subgroup_id)
        .join(Volet, Volet.id == VoletEnrolment.volet_id)
        .where(
            Volet.programme_id == record.programme_id,
            Volet.deleted_at.is_(None),
            VoletEnrolment.association_id == record.association_id,
            VoletEnrolment.deleted_at.is_(None),
        )
    ).all()
    return Participation(
        enrolment=record,
        name=association.name if association else "",
        subgroup_by_volet={volet_id: subgroup_id for volet_id, subgroup_id in rows},
    )


def set_participation(
    session: Session,
    enrolment_id: str,
    draft: EnrolmentDraft,
    expected_version: int,
    subgroup_by_volet: dict[str, str | None],
) -> Participation:
    """Save an enrolment's status and exactly these volets (with their sub-groups) at once."""
    record = ENROLMENTS.update(session, enrolment_id, draft, expected_version)
    volet_ids = session.scalars(
        select(Volet.id).where(
            Volet.programme_id == record.programme_id, Volet.deleted_at.is_(None)
        )
    ).all()
    unknown = set(subgroup_by_volet) - set(volet_ids)
    if unknown:
        raise ValidationError.single("volet_id", "Volet : volet inconnu ou archivé.")
    for volet_id in volet_ids:
        if volet_id in subgroup_by_volet:
            membership = VoletEnrolmentDraft(
                volet_id=volet_id,
                association_id=record.association_id,
                subgroup_id=subgroup_by_volet[volet_id],
            )
            join_volet(session, membership)
        else:
            leave_volet(session, volet_id, record.association_id)
    return get_participation(session, enrolment_id)


def list_volet_member_views(session: Session, volet_id: str) -> list[VoletMemberView]:
    """A volet's live associations by name, each with its sub-group (None: none)."""
    query = (
        select(Association.id, Association.name, VoletEnrolment.subgroup_id)
        .join(VoletEnrolment, VoletEnrolment.association_id == Association.id)
        .join(Volet, Volet.id == VoletEnrolment.volet_id)
        .join(
            Enrolment,
            (Enrolment.association_id == Association.id)
            & (Enrolment.programme_id == Volet.programme_id),
        )
        .where(
            VoletEnrolment.volet_id == volet_id,
            VoletEnrolment.deleted_at.is_(None),
            Enrolment.deleted_at.is_(None),
            Association.deleted_at.is_(None),
        )
        .order_by(Association.sort_name)
    )
    return [VoletMemberView._make(row) for row in session.execute(query)]


def assign_subgroup(
    session: Session, volet_id: str, association_ids: list[str], subgroup_id: str | None
) -> None:
    """Put several members of a volet into one sub-group (None: out of any), all or none."""
    for association_id in dict.fromkeys(association_ids):
        if not session.scalar(
            select(VoletEnrolment.id).where(
                VoletEnrolment.volet_id == volet_id,
                VoletEnrolment.association_id == association_id,
                VoletEnrolment.deleted_at.is_(None),
            )
        ):
            raise ValidationError.single(
                "association_id", "Association : elle ne participe pas à ce volet."
            )
        join_volet(
            session,
            VoletEnrolmentDraft(
                volet_id=volet_id, association_id=association_id, subgroup_id=subgroup_id
            ),
        )
