"""What an association, a company or a cabinet took part in: live rows only, names as typed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from dla_desktop.domain.enums import (
    AttendanceStatus,
    EnrolmentStatus,
    MeetingFormat,
    PartnershipCategory,
    PartnershipStatus,
    SessionKind,
    VoletKind,
)
from dla_desktop.domain.records import (
    AssociationDraft,
    CabinetDraft,
    CompanyDraft,
    MeetingDraft,
    MeetingParticipantDraft,
    PartnershipDraft,
    ProgrammeDraft,
    SessionDraft,
    VoletDraft,
    VoletEnrolmentDraft,
)
from dla_desktop.services import (
    associations,
    attendance,
    cabinets,
    companies,
    enrolment,
    meetings,
    participation,
    partnerships,
    programmes,
)

TRICKY = "<b>Éclat & Cie</b> 🎭"


@dataclass(frozen=True)
class World:
    """Ids of one small world: an association in two programmes, a company, a cabinet."""

    association: str
    company: str
    cabinet: str
    programme: str
    other_programme: str
    volet: str
    session: str


def build(session: Session) -> World:
    """Two programmes (one titled with markup and emoji), a volet run by a cabinet, marks."""
    association = associations.create_association(session, AssociationDraft(name="Arts & Co"))
    company = companies.create_company(session, CompanyDraft(name=TRICKY))
    cabinet = cabinets.create_cabinet(session, CabinetDraft(name="Conseil <Nord>"))
    programme = programmes.create_programme(
        session, ProgrammeDraft(title=TRICKY, start_date=date(2026, 1, 5))
    )
    other = programmes.create_programme(session, ProgrammeDraft(title="Mécénat 2025"))
    volet = programmes.create_volet(
        session,
        VoletDraft(
            programme_id=programme.id,
            kind=VoletKind.MECENAT,
            cabinet_id=cabinet.id,
            contracted_amount=Decimal("12500.50"),
        ),
    )
    enrolment.enrol_associations(session, programme.id, [association.id])
    enrolment.enrol_associations(session, other.id, [association.id])
    enrolment.join_volet(
        session, VoletEnrolmentDraft(volet_id=volet.id, association_id=association.id)
    )
    seance = attendance.create_session(
        session,
        SessionDraft(
            programme_id=programme.id,
            kind=SessionKind.DEMI_JOURNEE,
            date=date(2026, 2, 3),
            volet_id=volet.id,
        ),
    )
    attendance.record_attendance(session, seance.id, {association.id: AttendanceStatus.PRESENT})
    return World(
        association.id, company.id, cabinet.id, programme.id, other.id, volet.id, seance.id
    )


@pytest.fixture
def world(session: Session) -> World:
    return build(session)


def test_an_association_sees_its_programmes_with_volets_and_status(
    session: Session, world: World
) -> None:
    taken = participation.programmes_of_association(session, world.association)
    by_id = {p.programme_id: p for p in taken}
    assert set(by_id) == {world.programme, world.other_programme}
    assert by_id[world.programme].title == TRICKY  # kept as typed
    assert by_id[world.programme].volets == ("Mécénat",)
    assert by_id[world.other_programme].volets == ()
    assert by_id[world.programme].enrolment_status is EnrolmentStatus.INSCRITE
    assert taken[0].programme_id == world.programme  # the dated programme first


def test_an_archived_programme_does_not_show(session: Session, world: World) -> None:
    programmes.archive_programme(session, world.other_programme)
    taken = participation.programmes_of_association(session, world.association)
    assert [p.programme_id for p in taken] == [world.programme]


def test_sessions_attended_show_programme_volet_and_status(session: Session, world: World) -> None:
    [seen] = participation.sessions_of_association(session, world.association)
    assert (seen.session_id, seen.programme_title, seen.volet) == (world.session, TRICKY, "Mécénat")
    assert (seen.date, seen.status) == (date(2026, 2, 3), AttendanceStatus.PRESENT)


def test_an_archived_session_does_not_show(session: Session, world: World) -> None:
    attendance.archive_session(session, world.session)
    assert participation.sessions_of_association(session, world.association) == []


def test_meetings_of_either_party(session: Session, world: World) -> None:
    meeting = meetings.create_meeting(
        session,
        MeetingDraft(
            title="Speed <dating> & 🎉", format=MeetingFormat.SPEED_DATING, date=date(2026, 3, 1)
        ),
    )
    for party in ({"association_id": world.association}, {"company_id": world.company}):
        meetings.register_participant(
            session, MeetingParticipantDraft(meeting_id=meeting.id, representatives="Léa", **party)
        )
    [seen] = participation.meetings_of(session, association_id=world.association)
    assert (seen.meeting_id, seen.title, seen.format) == (
        meeting.id,
        "Speed <dating> & 🎉",
        MeetingFormat.SPEED_DATING,
    )
    assert [m.meeting_id for m in participation.meetings_of(session, company_id=world.company)] == [
        meeting.id
    ]
    meetings.archive_meeting(session, meeting.id)
    assert participation.meetings_of(session, association_id=world.association) == []


def test_partnerships_name_the_other_party(session: Session, world: World) -> None:
    deal = partnerships.create_partnership(
        session,
        PartnershipDraft(
            association_id=world.association,
            company_id=world.company,
            category=PartnershipCategory.MECENAT_FINANCIER,
            amount=Decimal("1500"),
        ),
    )
    [line] = participation.partnerships_of(session, association_id=world.association)
    assert (line.partnership_id, line.partner_id, line.partner_name) == (
        deal.id,
        world.company,
        TRICKY,
    )
    assert (line.status, line.amount) == (PartnershipStatus.IDEE, Decimal("1500"))
    [other_side] = participation.partnerships_of(session, company_id=world.company)
    assert other_side.partner_name == "Arts & Co"
    companies.archive_company(session, world.company)
    assert participation.partnerships_of(session, association_id=world.association) == []


def test_a_cabinet_sees_the_volets_it_runs(session: Session, world: World) -> None:
    [run] = participation.volets_of_cabinet(session, world.cabinet)
    assert (run.programme_id, run.programme_title, run.volet) == (
        world.programme,
        TRICKY,
        "Mécénat",
    )
    assert run.contracted_amount == Decimal("12500.50")
    programmes.archive_volet(session, world.volet)
    assert participation.volets_of_cabinet(session, world.cabinet) == []


def test_one_party_exactly(session: Session) -> None:
    with pytest.raises(ValueError):
        participation.meetings_of(session)
    with pytest.raises(ValueError):
        participation.partnerships_of(session, association_id="a", company_id="b")
