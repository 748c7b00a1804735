"""What the PDF documents print, read in one go: the documents layer never opens a session.

Every figure comes from the service that already computes it (indicators, budget,
enrolment, attendance), so a printed report never disagrees with the screen it came from.
Reads are a handful of aggregate queries whatever the programme's size: a report of 500
associations and 5,000 sessions never runs one query per session or per association.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import Any

from sqlalchemy import case, func, null, select
from sqlalchemy.orm import Session

from dla_desktop.db.models import (
    Association,
    Attendance,
    Cabinet,
    Company,
    Contact,
    Enrolment,
    FundingLine,
    Office,
    Partnership,
    Programme,
    ProgrammeSession,
    Subgroup,
    Volet,
    VoletEnrolment,
)
from dla_desktop.domain.documents import (
    EvaluationReport,
    FundedProgramme,
    FunderSummary,
    ObtainedPartnership,
    ParticipantLine,
    PartnershipDossier,
    SessionLine,
    SigningLine,
    SigningSheet,
    SubgroupLine,
    VoletReport,
)
from dla_desktop.domain.enums import (
    AttendanceStatus,
    EnrolmentStatus,
    PartnershipCategory,
    PartnershipStatus,
    SessionKind,
)
from dla_desktop.domain.errors import NotFoundError
from dla_desktop.domain.indicators import ProgrammeIndicators, Rate
from dla_desktop.domain.records import (
    AssociationRecord,
    CompanyRecord,
    ContactRecord,
    OfficeRecord,
    ProgrammeRecord,
    SubgroupRecord,
    VoletRecord,
)
from dla_desktop.services.associations import get_association
from dla_desktop.services.attendance import expected_association_ids, get_session, list_attendance
from dla_desktop.services.base import to_record
from dla_desktop.services.budget import budget_summary, budget_view, round_exact
from dla_desktop.services.contacts import by_name
from dla_desktop.services.enrolment import (
    Participants,
    list_participant_views,
    list_participants,
)
from dla_desktop.services.funders import get_funder
from dla_desktop.services.indicators import (
    followup_figures,
    held_sessions,
    obtained_partnerships,
    programme_indicators,
)
from dla_desktop.services.offices import OFFICES, current_office
from dla_desktop.services.partnerships import PARTNERSHIPS
from dla_desktop.services.programmes import (
    PROGRAMMES,
    VOLETS,
    get_programme,
    list_subgroups,
    list_volets,
    newest_first,
)

INTERVIEW = SessionKind.ENTRETIEN.value
NO_RATE = Rate(0, 0)

# --- the evaluation report of a programme ------------------------------------------------


def evaluation_report(session: Session, programme_id: str, issued_on: date) -> EvaluationReport:
    """Everything the evaluation report prints; its figures are the Évaluation tab's."""
    programme = get_programme(session, programme_id)
    indicators = programme_indicators(session, programme_id)
    participants = Participants.of(session, programme_id)
    return EvaluationReport(
        programme=programme,
        offices=_offices(session, programme),
        indicators=indicators,
        volets=_volet_reports(session, programme_id, indicators, participants),
        steering_committees=_outside_volets(session, programme_id),
        participants=_participant_lines(session, programme_id),
        association_budgets=budget_view(session, programme_id).associations,
        partnerships=_obtained(session, programme_id),
        issued_on=issued_on,
        followup=followup_figures(session, programme_id),
    )


def _volet_reports(
    session: Session,
    programme_id: str,
    indicators: ProgrammeIndicators,
    participants: Participants,
) -> tuple[VoletReport, ...]:
    """Each live volet with its people, sessions and money: a few queries for all of them."""
    volets = list_volets(session, programme_id)
    groups = {volet.id: list_subgroups(session, volet.id) for volet in volets}  # a handful
    marks = _marks(session, programme_id, participants)
    rates = _volet_rates(marks)
    lines = _session_lines(session, programme_id, marks, groups)
    interviews = _interviews_held(session, programme_id)
    members = _members(session, [v.id for v in volets], participants)
    cabinets = _cabinet_names(session, volets)
    budgets = {line.volet_id: line for line in indicators.budget.volets}
    return tuple(
        VoletReport(
            volet=volet,
            cabinet_name=cabinets.get(volet.cabinet_id or "", ""),
            members=tuple(name for name, _subgroup in members[volet.id]),
            subgroups=_subgroup_lines(groups[volet.id], members[volet.id]),
            sessions=tuple(lines[volet.id]),
            interviews_held=interviews.get(volet.id, 0),
            interviews_attendance=marks.get((volet.id, None), NO_RATE),
            attendance=rates.get(volet.id, NO_RATE),
            budget=budgets.get(volet.id),
        )
        for volet in volets
    )


def _marks(
    session: Session, programme_id: str, participants: Participants
) -> dict[tuple[str | None, str | None], Rate]:
    """Present out of marked per (volet, collective session) and per (volet, None): interviews.

    The marks indicators.attendance_by_volet counts (held sessions, live marks, no gone
    participant), grouped finer: summed per volet they give its figure.
    """
    present = func.sum(case((Attendance.status == AttendanceStatus.PRESENT.value, 1), else_=0))
    bucket = case((ProgrammeSession.kind == INTERVIEW, null()), else_=ProgrammeSession.id)
    query = (
        select(ProgrammeSession.volet_id, bucket, present, func.count())
        .join(Attendance, Attendance.session_id == ProgrammeSession.id)
        .where(
            *held_sessions(programme_id),
            Attendance.deleted_at.is_(None),
            Attendance.association_id.not_in(sorted(participants.gone)),
        )
        .group_by(ProgrammeSession.volet_id, bucket)
    )
    return {
        (volet_id, session_id): Rate(int(came or 0), int(total))
        for volet_id, session_id, came, total in session.execute(query)
    }


def _volet_rates(marks: dict[tuple[str | None, str | None], Rate]) -> dict[str, Rate]:
    """Each volet's rate: its marks summed, the figure of indicators.attendance_by_volet."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for (volet_id, _session), rate in marks.items():
        if volet_id is not None:
            counts[volet_id][0] += rate.count
            counts[volet_id][1] += rate.total
    return {volet_id: Rate(*pair) for volet_id, pair in counts.items()}


def _session_lines(
    session: Session,
    programme_id: str,
    marks: dict[tuple[str | None, str | None], Rate],
    groups: dict[str, list[SubgroupRecord]],
) -> dict[str, list[SessionLine]]:
    """Collective sessions of each volet by date, with their sub-group's name and attendance."""
    subgroups = {group.id: group.name for volet in groups.values() for group in volet}
    query = (
        select(
            ProgrammeSession.id,
            ProgrammeSession.volet_id,
            ProgrammeSession.subgroup_id,
            ProgrammeSession.kind,
            ProgrammeSession.date,
            ProgrammeSession.title,
            ProgrammeSession.duration_hours,
        )
        .where(*held_sessions(programme_id), ProgrammeSession.kind != INTERVIEW)
        .where(ProgrammeSession.volet_id.is_not(None))
        .order_by(ProgrammeSession.date, ProgrammeSession.created_at)
    )
    lines: dict[str, list[SessionLine]] = {volet_id: [] for volet_id in groups}
    for id, volet_id, subgroup_id, kind, day, title, hours in session.execute(query):
        lines[volet_id].append(
            SessionLine(
                date=day,
                kind=SessionKind(kind),
                title=title,
                subgroup=subgroups.get(subgroup_id or "", ""),
                duration_hours=hours,
                attendance=marks.get((volet_id, id), NO_RATE),
            )
        )
    return lines


def _interviews_held(session: Session, programme_id: str) -> dict[str, int]:
    """Individual interviews per volet, marked or not."""
    query = (
        select(ProgrammeSession.volet_id, func.count())
        .where(*held_sessions(programme_id), ProgrammeSession.kind == INTERVIEW)
        .group_by(ProgrammeSession.volet_id)
    )
    return {volet_id: count for volet_id, count in session.execute(query) if volet_id}


def _outside_volets(session: Session, programme_id: str) -> int:
    """Sessions held outside any volet: the steering committees."""
    query = (
        select(func.count())
        .select_from(ProgrammeSession)
        .where(*held_sessions(programme_id), ProgrammeSession.volet_id.is_(None))
    )
    return session.scalar(query) or 0


def _members(
    session: Session, volet_ids: list[str], participants: Participants
) -> dict[str, list[tuple[str, str | None]]]:
    """(name, sub-group id) of each volet's live members, French order (budget's members)."""
    query = (
        select(
            VoletEnrolment.volet_id, Association.id, Association.name, VoletEnrolment.subgroup_id
        )
        .join(Association, Association.id == VoletEnrolment.association_id)
        .where(VoletEnrolment.volet_id.in_(volet_ids), VoletEnrolment.deleted_at.is_(None))
        .order_by(Association.sort_name, Association.name)
    )
    members: dict[str, list[tuple[str, str | None]]] = {volet_id: [] for volet_id in volet_ids}
    for volet_id, association_id, name, subgroup_id in session.execute(query):
        if association_id in participants.live:
            members[volet_id].append((name, subgroup_id))
    return members


def _subgroup_lines(
    groups: list[SubgroupRecord], members: list[tuple[str, str | None]]
) -> tuple[SubgroupLine, ...]:
    """A volet's live sub-groups by name, each with its members in French order."""
    return tuple(
        SubgroupLine(
            name=group.name,
            members=tuple(name for name, subgroup_id in members if subgroup_id == group.id),
        )
        for group in groups
    )


def _participant_lines(session: Session, programme_id: str) -> tuple[ParticipantLine, ...]:
    """The participants list with each one's volets (enrolment's two reads, joined here)."""
    volets = {v.association_id: v.volets for v in list_participant_views(session, programme_id)}
    return tuple(
        ParticipantLine(
            name=row.name,
            sector=row.sector,
            town=row.town,
            employees=row.employees,
            fte=row.fte,
            volets=volets.get(row.association_id, ""),
            status=EnrolmentStatus(row.status),
        )
        for row in list_participants(session, programme_id)
    )


def _obtained(session: Session, programme_id: str) -> tuple[ObtainedPartnership, ...]:
    """Partnerships born of the programme and signed: those indicators count, by name."""
    query = (
        select(
            Association.name,
            Company.name,
            Partnership.category,
            Partnership.status,
            Partnership.status_date,
            Partnership.amount,
        )
        .join(Association, Association.id == Partnership.association_id)
        .join(Company, Company.id == Partnership.company_id)
        .where(*obtained_partnerships(programme_id))
        .order_by(Association.sort_name, Company.sort_name, Partnership.created_at)
    )
    return tuple(
        ObtainedPartnership(
            association=association,
            company=company,
            category=PartnershipCategory(category),
            status=PartnershipStatus(status),
            status_date=status_date,
            amount=amount,
        )
        for association, company, category, status, status_date, amount in session.execute(query)
    )


# --- partnership dossiers -----------------------------------------------------------------


def partnership_dossier(
    session: Session, partnership_id: str, issued_on: date
) -> PartnershipDossier:
    """One association's dossier towards one company, as it hands it over."""
    PARTNERSHIPS.fetch(session, partnership_id)  # unknown or archived: NotFoundError
    dossiers = _dossiers(session, issued_on, Partnership.id == partnership_id)
    if not dossiers:
        raise NotFoundError(
            "Fiche introuvable (partenariat) : son association ou son entreprise a été archivée."
        )
    return dossiers[0]


def programme_dossiers(
    session: Session, programme_id: str, issued_on: date
) -> tuple[PartnershipDossier, ...]:
    """The batch of a programme: every dossier prepared in it, by association then company."""
    PROGRAMMES.fetch(session, programme_id)
    return _dossiers(session, issued_on, Partnership.origin_programme_id == programme_id)


def association_dossiers(
    session: Session, association_id: str, issued_on: date
) -> tuple[PartnershipDossier, ...]:
    """Every dossier of one association, by company: what it sent, whichever programme."""
    get_association(session, association_id)
    return _dossiers(session, issued_on, Partnership.association_id == association_id)


def _dossiers(session: Session, issued_on: date, *where: Any) -> tuple[PartnershipDossier, ...]:
    """Live partnerships between live parties, in French order, each read once."""
    rows = session.execute(
        select(Partnership, Association, Company)
        .join(Association, Association.id == Partnership.association_id)
        .join(Company, Company.id == Partnership.company_id)
        .where(Partnership.deleted_at.is_(None), *where)
        .where(Association.deleted_at.is_(None), Company.deleted_at.is_(None))
        .order_by(Association.sort_name, Company.sort_name, Partnership.created_at)
    ).all()
    contacts = _first_contacts(session, {association.id for _p, association, _c in rows})
    origins: dict[str | None, tuple[str, OfficeRecord | None]] = {}
    dossiers = []
    for partnership, association, company in rows:
        programme_id = partnership.origin_programme_id
        if programme_id not in origins:
            origins[programme_id] = _origin(session, programme_id)
        title, issuer = origins[programme_id]
        dossiers.append(
            PartnershipDossier(
                partnership=PARTNERSHIPS.to_record(session, partnership),
                association=to_record(association, AssociationRecord),
                contact=contacts.get(association.id),
                company=to_record(company, CompanyRecord),
                programme_title=title,
                issuer=issuer,
                issued_on=issued_on,
            )
        )
    return tuple(dossiers)


def _first_contacts(session: Session, association_ids: set[str]) -> dict[str, ContactRecord]:
    """Each association's first live contact in contacts.list_contacts_of's order."""
    rows = session.scalars(
        select(Contact).where(
            Contact.association_id.in_(sorted(association_ids)), Contact.deleted_at.is_(None)
        )
    )
    people = sorted((to_record(row, ContactRecord) for row in rows), key=by_name)
    first: dict[str, ContactRecord] = {}
    for person in people:
        first.setdefault(person.association_id or "", person)
    return first


def _origin(session: Session, programme_id: str | None) -> tuple[str, OfficeRecord | None]:
    """The live programme a dossier was prepared in (its title) and the office issuing it."""
    programme = session.get(Programme, programme_id) if programme_id else None
    if programme is None or programme.deleted_at is not None:
        return "", current_office(session)
    record = PROGRAMMES.to_record(session, programme)
    return record.title, _issuer(session, record)


def _issuer(session: Session, programme: ProgrammeRecord) -> OfficeRecord | None:
    """The programme's first office, else the office working in this file, else none."""
    offices = _offices(session, programme)
    return offices[0] if offices else current_office(session)


def _offices(session: Session, programme: ProgrammeRecord) -> tuple[OfficeRecord, ...]:
    """The programme's live offices, in the order they were linked."""
    live = {o.id: o for o in OFFICES.list(session, Office.id.in_(programme.office_ids))}
    return tuple(live[id] for id in programme.office_ids if id in live)


# --- the attendance sheet of a session ----------------------------------------------------


def signing_sheet(session: Session, session_id: str, issued_on: date) -> SigningSheet:
    """A session's feuille d'émargement: who is expected, with the names already recorded."""
    seance = get_session(session, session_id)  # unknown or archived: NotFoundError
    programme = _live(session, Programme, seance.programme_id)
    volet = _live(session, Volet, seance.volet_id)
    if programme is None or (seance.volet_id and volet is None):
        raise NotFoundError(
            "Fiche introuvable (séance) : son programme ou son volet a été archivé."
        )
    record = PROGRAMMES.to_record(session, programme)
    subgroup = _live(session, Subgroup, seance.subgroup_id)
    cabinet = _live(session, Cabinet, volet.cabinet_id if volet else None)
    return SigningSheet(
        session=seance,
        programme_title=record.title,
        volet_name=VOLETS.to_record(session, volet).display_name if volet else "",
        subgroup_name=subgroup.name if subgroup else "",
        cabinet_name=cabinet.name if cabinet else "",
        expected=_signing_lines(session, seance.id, seance.programme_id),
        funders=tuple(share.name for share in budget_summary(session, record.id).funders),
        offices=_offices(session, record),
        issued_on=issued_on,
    )


def _live(session: Session, model: Any, id: str | None) -> Any:
    """The live row of ``model`` with this id; None for no id, an unknown or archived one."""
    row = session.get(model, id) if id else None
    return None if row is None or row.deleted_at is not None else row


def _signing_lines(session: Session, session_id: str, programme_id: str) -> tuple[SigningLine, ...]:
    """The expected associations still taking part, French order, with their recorded names."""
    live = Participants.of(session, programme_id).live
    expected = [a for a in expected_association_ids(session, session_id) if a in live]
    names = {mark.association_id: mark.attendees for mark in list_attendance(session, session_id)}
    query = (
        select(Association.id, Association.name, Association.town)
        .where(Association.id.in_(expected))
        .order_by(Association.sort_name, Association.name)
    )
    return tuple(
        SigningLine(association=name, town=town, attendees=names.get(association_id, ""))
        for association_id, name, town in session.execute(query)
    )


# --- the synthèse of one funder -----------------------------------------------------------


def funder_summary(session: Session, funder_id: str, issued_on: date) -> FunderSummary:
    """What one funder's money went to, programme by programme, with what came of it."""
    funder = get_funder(session, funder_id)  # unknown or archived: NotFoundError
    programme_ids = session.scalars(
        select(FundingLine.programme_id)
        .join(Programme, Programme.id == FundingLine.programme_id)
        .where(FundingLine.funder_id == funder_id, FundingLine.deleted_at.is_(None))
        .where(Programme.deleted_at.is_(None))
        .distinct()
    ).all()
    funded = sorted(
        (_funded_programme(session, programme_id, funder_id) for programme_id in programme_ids),
        key=newest_first,
    )
    return FunderSummary(
        funder=funder,
        programmes=tuple(funded),
        total=sum((line.amount for line in funded), Decimal(0)),
        associations_reached=_reached(session, programme_ids),
        partnerships_obtained=sum(line.partnerships_obtained for line in funded),
        issuer=current_office(session),
        issued_on=issued_on,
    )


def _funded_programme(session: Session, programme_id: str, funder_id: str) -> FundedProgramme:
    """One programme as the Évaluation tab shows it, with this funder's part of its money."""
    programme = get_programme(session, programme_id)
    figures = programme_indicators(session, programme_id)
    mine = next(share for share in figures.budget.funders if share.funder_id == funder_id)
    count = figures.associations
    return FundedProgramme(
        programme_id=programme_id,
        title=programme.title,
        status=programme.status,
        start_date=programme.start_date,
        end_date=programme.end_date,
        amount=mine.amount,
        funded_total=figures.budget.funded,
        share=mine.share,
        budget=figures.budget.budget,
        associations=count,
        jobs_headcount=figures.jobs_headcount,
        volets=tuple(volet.name for volet in figures.budget.volets),
        sessions_held=figures.sessions_held,
        attendance=figures.attendance,
        partnerships_obtained=figures.partnerships_obtained,
        per_association=round_exact(Fraction(mine.amount) / count) if count else None,
    )


def _reached(session: Session, programme_ids: list[str]) -> int:
    """Distinct associations taking part in any of these programmes (live_participation)."""
    query = (
        select(func.count(func.distinct(Enrolment.association_id)))
        .join(Association, Association.id == Enrolment.association_id)
        .where(Enrolment.programme_id.in_(programme_ids), Enrolment.deleted_at.is_(None))
        .where(Association.deleted_at.is_(None))
    )
    return session.scalar(query) or 0


def _cabinet_names(session: Session, volets: list[VoletRecord]) -> dict[str, str]:
    """The names of the cabinets running these volets (an archived one still ran it)."""
    ids = sorted({volet.cabinet_id for volet in volets if volet.cabinet_id})
    query = select(Cabinet.id, Cabinet.name).where(Cabinet.id.in_(ids))
    return {cabinet_id: name for cabinet_id, name in session.execute(query)}
