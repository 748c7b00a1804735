"""What an association, a company or a cabinet took part in, for their record pages.

Each function is one or two queries; archived rows (programme, volet, session,
meeting, the other party of a partnership, the links themselves) are left out.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from dla_desktop.db.models import (
    Association,
    Attendance,
    Company,
    Enrolment,
    Meeting,
    MeetingParticipant,
    Partnership,
    Programme,
    ProgrammeSession,
    Volet,
    VoletEnrolment,
)
from dla_desktop.domain.participation import (
    MeetingAttended,
    PartnershipLine,
    ProgrammeTaken,
    SessionAttended,
    VoletRun,
)
from dla_desktop.domain.participation import volet_display_name as volet_name
from dla_desktop.domain.text import folded


def programmes_of_association(session: Session, association_id: str) -> list[ProgrammeTaken]:
    """Its live enrolments in live programmes, newest programme first, with its volets."""
    enrolments = session.execute(
        select(
            Programme.id, Programme.title, Programme.status, Programme.start_date, Enrolment.status
        )
        .join(Enrolment, Enrolment.programme_id == Programme.id)
        .where(Enrolment.association_id == association_id, Enrolment.deleted_at.is_(None))
        .where(Programme.deleted_at.is_(None))
    ).all()
    volets: dict[str, list[str]] = defaultdict(list)
    for programme_id, label, kind in session.execute(
        select(Volet.programme_id, Volet.label, Volet.kind)
        .join(VoletEnrolment, VoletEnrolment.volet_id == Volet.id)
        .where(VoletEnrolment.association_id == association_id)
        .where(VoletEnrolment.deleted_at.is_(None), Volet.deleted_at.is_(None))
        .order_by(Volet.created_at)
    ):
        volets[programme_id].append(volet_name(label, kind))
    taken = [
        ProgrammeTaken(
            programme_id=programme_id,
            title=title,
            status=status,
            start_date=start,
            volets=tuple(volets[programme_id]),
            enrolment_status=enrolment_status,
        )
        for programme_id, title, status, start, enrolment_status in enrolments
    ]
    return sorted(taken, key=lambda p: (p.start_date is not None, p.start_date), reverse=True)


def sessions_of_association(session: Session, association_id: str) -> list[SessionAttended]:
    """Its attendance marks at live sessions of live programmes, most recent first."""
    query = (
        select(
            ProgrammeSession.id,
            Programme.id,
            Programme.title,
            ProgrammeSession.date,
            ProgrammeSession.kind,
            Volet.label,
            Volet.kind,
            Attendance.status,
        )
        .join(ProgrammeSession, ProgrammeSession.id == Attendance.session_id)
        .join(Programme, Programme.id == ProgrammeSession.programme_id)
        .outerjoin(Volet, Volet.id == ProgrammeSession.volet_id)
        .where(Attendance.association_id == association_id, Attendance.deleted_at.is_(None))
        .where(ProgrammeSession.deleted_at.is_(None), Programme.deleted_at.is_(None))
        .where(Volet.deleted_at.is_(None) | ProgrammeSession.volet_id.is_(None))
        .order_by(ProgrammeSession.date.desc(), Programme.title)
    )
    rows = session.execute(query).all()
    return [
        SessionAttended(
            session_id=session_id,
            programme_id=programme_id,
            programme_title=title,
            date=day,
            kind=kind,
            volet=volet_name(label, volet_kind) if volet_kind else "",
            status=status,
        )
        for session_id, programme_id, title, day, kind, label, volet_kind, status in rows
    ]


def meetings_of(
    session: Session, *, association_id: str | None = None, company_id: str | None = None
) -> list[MeetingAttended]:
    """The live meetings one association or one company registered to, most recent first."""
    if (association_id is None) == (company_id is None):
        raise ValueError("meetings_of takes exactly one of association_id and company_id")
    party = (
        MeetingParticipant.association_id == association_id
        if association_id is not None
        else MeetingParticipant.company_id == company_id
    )
    query = (
        select(
            Meeting.id,
            Meeting.title,
            Meeting.date,
            Meeting.format,
            Meeting.place,
            MeetingParticipant.representatives,
        )
        .join(MeetingParticipant, MeetingParticipant.meeting_id == Meeting.id)
        .where(party, MeetingParticipant.deleted_at.is_(None), Meeting.deleted_at.is_(None))
        .order_by(Meeting.date.desc(), Meeting.title)
    )
    return [
        MeetingAttended(
            meeting_id=meeting_id,
            title=title,
            date=day,
            format=format_,
            place=place,
            representatives=representatives,
        )
        for meeting_id, title, day, format_, place, representatives in session.execute(query)
    ]


def partnerships_of(
    session: Session, *, association_id: str | None = None, company_id: str | None = None
) -> list[PartnershipLine]:
    """One party's live partnerships with live partners, named, in order of creation."""
    if (association_id is None) == (company_id is None):
        raise ValueError("partnerships_of takes exactly one of association_id and company_id")
    if association_id is not None:
        partner, own, other = Company, Partnership.association_id, Partnership.company_id
        own_id, own_model = association_id, Association
    else:
        partner, own, other = Association, Partnership.company_id, Partnership.association_id
        own_id, own_model = company_id, Company
    query = (
        select(Partnership, partner.name)
        .join(partner, partner.id == other)
        .join(own_model, own_model.id == own)
        .where(own == own_id, Partnership.deleted_at.is_(None))
        .where(partner.deleted_at.is_(None), own_model.deleted_at.is_(None))
        .order_by(Partnership.created_at)
    )
    return [
        PartnershipLine(
            partnership_id=deal.id,
            partner_id=getattr(deal, other.key),
            partner_name=name,
            title=deal.title,
            category=deal.category,
            status=deal.status,
            status_date=deal.status_date,
            amount=deal.amount,
        )
        for deal, name in session.execute(query)
    ]


def volets_of_cabinet(session: Session, cabinet_id: str) -> list[VoletRun]:
    """The live volets of live programmes a cabinet runs, newest programme first."""
    query = (
        select(Volet, Programme.title, Programme.status, Programme.start_date)
        .join(Programme, Programme.id == Volet.programme_id)
        .where(Volet.cabinet_id == cabinet_id, Volet.deleted_at.is_(None))
        .where(Programme.deleted_at.is_(None))
    )
    runs = [
        VoletRun(
            volet_id=volet.id,
            programme_id=volet.programme_id,
            programme_title=title,
            programme_status=status,
            start_date=start,
            volet=volet_name(volet.label, volet.kind),
            kind=volet.kind,
            contracted_amount=volet.contracted_amount,
        )
        for volet, title, status, start in session.execute(query)
    ]
    runs.sort(key=lambda run: (folded(run.programme_title), run.volet))
    runs.sort(key=lambda run: (run.start_date is not None, run.start_date), reverse=True)
    return runs
