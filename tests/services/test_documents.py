"""The services that feed the PDF documents, on the demo built through the services.

Every figure a document prints must be the one the services already compute (indicators,
budget, enrolment, attendance): these tests compare them field by field, then check the
orders, the tombstones and the refusals a renderer relies on.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from dla_desktop.db.database import Database
from dla_desktop.db.models import Association, Company, Funder, Programme
from dla_desktop.domain.enums import (
    AttendanceStatus,
    FunderKind,
    PartnershipCategory,
    SessionKind,
    VoletKind,
)
from dla_desktop.domain.errors import NotFoundError
from dla_desktop.domain.indicators import Rate
from dla_desktop.domain.money import round_cents
from dla_desktop.domain.records import (
    AssociationDraft,
    CompanyDraft,
    ContactDraft,
    FunderDraft,
    FundingLineDraft,
    PartnershipDraft,
    SessionDraft,
    VoletDraft,
    VoletEnrolmentDraft,
)
from dla_desktop.domain.text import folded
from dla_desktop.services import (
    associations,
    attendance,
    budget,
    companies,
    contacts,
    enrolment,
    funders,
    offices,
    partnerships,
    programmes,
)
from dla_desktop.services.documents import (
    association_dossiers,
    evaluation_report,
    funder_summary,
    partnership_dossier,
    programme_dossiers,
    signing_sheet,
)
from dla_desktop.services.indicators import programme_indicators
from tests.services.support import MISSING, open_copy

ISSUED = date(2026, 11, 23)
LILLE = "Développer les partenariats associations–entreprises (métropole lilloise, 2006)"
CHER = "Fonction employeur et gestion des bénévoles (Cher, 2027)"
MARKED = "<b>Théâtre</b> & Cie 🎭 « l'Été »"


@pytest.fixture
def database(demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    """A private copy of the demo, for tests that change it."""
    yield from open_copy(demo_file, tmp_path)


def programme_id(session: Session, title: str = LILLE) -> str:
    return programmes.find_programme(session, title).id


def association_id(session: Session, name: str) -> str:
    found = session.scalar(select(Association.id).where(Association.name == name))
    assert found is not None, name
    return found


def company_id(session: Session, name: str) -> str:
    found = session.scalar(select(Company.id).where(Company.name == name))
    assert found is not None, name
    return found


def volet_of(session: Session, kind: VoletKind, title: str = LILLE) -> str:
    return next(
        v.id
        for v in programmes.list_volets(session, programme_id(session, title))
        if v.kind == kind
    )


def marks_rate(session: Session, session_ids: list[str], live: frozenset[str]) -> Rate:
    """Present out of marked, read mark by mark (the definition, computed the slow way)."""
    marks = [
        mark
        for session_id in session_ids
        for mark in attendance.list_attendance(session, session_id)
        if mark.association_id in live
    ]
    return Rate(sum(m.status == AttendanceStatus.PRESENT for m in marks), len(marks))


# --- the evaluation report -----------------------------------------------------------------


def test_report_figures_are_the_indicators(database: Database) -> None:
    with database.reading() as session:
        pid = programme_id(session)
        report = evaluation_report(session, pid, ISSUED)
        indicators = programme_indicators(session, pid)
        view = budget.budget_view(session, pid)
    assert report.indicators == indicators
    assert report.issued_on == ISSUED and report.programme.title == LILLE
    assert [v.volet.display_name for v in report.volets] == ["Marketing", "Mécénat", "Fiscalité"]
    assert tuple((v.volet.display_name, v.attendance) for v in report.volets) == (
        indicators.attendance_by_volet
    )
    assert tuple(v.budget for v in report.volets) == indicators.budget.volets
    assert [len(v.members) for v in report.volets] == [b.members for b in indicators.budget.volets]
    assert report.association_budgets == view.associations
    assert report.steering_committees == 3  # the demo's three comités de pilotage
    assert [o.name for o in report.offices] == [
        "CBE Roubaix-Tourcoing Vallée de la Lys",
        "CBE de Lille",
    ]


def test_report_sessions_and_interviews_add_up_to_the_volet(database: Database) -> None:
    with database.reading() as session:
        pid = programme_id(session)
        report = evaluation_report(session, pid, ISSUED)
        live = enrolment.Participants.of(session, pid).live
        for volet in report.volets:
            held = attendance.list_sessions(session, pid, volet.volet.id)
            collective = [s for s in held if s.kind != SessionKind.ENTRETIEN]
            interviews = [s.id for s in held if s.kind == SessionKind.ENTRETIEN]
            # GIVEN the sessions listed one by one, WHEN read mark by mark, THEN same rates
            assert [line.date for line in volet.sessions] == [s.date for s in collective]
            assert [line.title for line in volet.sessions] == [s.title for s in collective]
            assert [line.attendance for line in volet.sessions] == [
                marks_rate(session, [s.id], live) for s in collective
            ]
            assert volet.interviews_held == len(interviews)
            assert volet.interviews_attendance == marks_rate(session, interviews, live)
            rates = [line.attendance for line in volet.sessions] + [volet.interviews_attendance]
            assert volet.attendance == Rate(
                sum(r.count for r in rates), sum(r.total for r in rates)
            )
    assert all(line.kind != SessionKind.ENTRETIEN for v in report.volets for line in v.sessions)
    marketing = report.volets[0]
    assert {line.subgroup for line in marketing.sessions} == {"Groupe A", "Groupe B", "Groupe C"}
    assert marketing.interviews_held == 9 and report.volets[2].interviews_held == 0


def test_report_people_in_french_order(database: Database) -> None:
    with database.reading() as session:
        pid = programme_id(session)
        report = evaluation_report(session, pid, ISSUED)
        rows = enrolment.list_participants(session, pid)
        views = {v.association_id: v.volets for v in enrolment.list_participant_views(session, pid)}
    assert [p.name for p in report.participants] == [row.name for row in rows]
    assert [p.volets for p in report.participants] == [views[row.association_id] for row in rows]
    assert [p.fte for p in report.participants] == [row.fte for row in rows]
    for volet in report.volets:
        assert list(volet.members) == sorted(volet.members, key=folded)
        assert volet.cabinet_name
    marketing, mecenat, fiscalite = report.volets
    assert [(g.name, len(g.members)) for g in marketing.subgroups] == [
        ("Groupe A", 3),
        ("Groupe B", 3),
        ("Groupe C", 3),
    ]
    assert sorted(m for g in marketing.subgroups for m in g.members) == sorted(marketing.members)
    assert len(mecenat.members) == 12 and mecenat.subgroups == ()
    assert len(fiscalite.members) == len(report.participants) == 21


def test_report_lists_the_obtained_partnerships_it_counts(database: Database) -> None:
    with database.reading() as session:
        report = evaluation_report(session, programme_id(session), ISSUED)
    obtained = report.partnerships
    assert len(obtained) == report.indicators.partnerships_obtained
    assert sum(p.amount or 0 for p in obtained) == report.indicators.partnerships_amount
    assert [p.association for p in obtained] == sorted(
        (p.association for p in obtained), key=folded
    )
    by_category = {c: sum(p.category == c for p in obtained) for c in PartnershipCategory}
    assert tuple((c, n) for c, n in by_category.items() if n) == (
        report.indicators.partnerships_by_category
    )


def test_report_after_tombstones_still_agrees_with_the_indicators(database: Database) -> None:
    # GIVEN a Mécénat member archived, a collective session archived, a member withdrawn
    with database.transaction() as session:
        pid = programme_id(session)
        associations.archive_association(session, association_id(session, "Pont de Jade"))
        marketing = volet_of(session, VoletKind.MARKETING)
        first = attendance.list_sessions(session, pid, marketing)[0]
        attendance.archive_session(session, first.id)
        ludo = association_id(session, "Ludomonde")
        gone = next(
            p for p in enrolment.list_participants(session, pid) if p.association_id == ludo
        )
        enrolment.withdraw_enrolment(session, gone.enrolment_id)
    # WHEN the report is read again
    with database.reading() as session:
        report = evaluation_report(session, pid, ISSUED)
        indicators = programme_indicators(session, pid)
    # THEN it counts what the indicators count, and the gone associations are nowhere
    assert tuple((v.volet.display_name, v.attendance) for v in report.volets) == (
        indicators.attendance_by_volet
    )
    names = {p.name for p in report.participants} | {m for v in report.volets for m in v.members}
    assert "Pont de Jade" not in names and "Ludomonde" not in names
    assert len(report.participants) == indicators.associations == 19
    assert first.date not in {line.date for line in report.volets[0].sessions}


def test_two_volets_of_one_name_keep_their_own_rates(database: Database) -> None:
    # GIVEN two "Autre" volets labelled alike, each with one session marked differently
    with database.transaction() as session:
        pid = programme_id(session)
        members = [p.association_id for p in enrolment.list_participants(session, pid)][:2]
        present, absent = AttendanceStatus.PRESENT, AttendanceStatus.ABSENT
        for statuses in ([present, present], [present, absent]):
            volet = programmes.create_volet(
                session, VoletDraft(programme_id=pid, kind=VoletKind.AUTRE, label="Atelier")
            )
            for member in members:
                enrolment.join_volet(
                    session, VoletEnrolmentDraft(volet_id=volet.id, association_id=member)
                )
            seance = attendance.create_session(
                session,
                SessionDraft(
                    programme_id=pid,
                    kind=SessionKind.JOURNEE,
                    volet_id=volet.id,
                    date=date(2006, 6, 20),
                ),
            )
            marks = dict(zip(members, statuses, strict=True))
            attendance.record_attendance(session, seance.id, marks)
    with database.reading() as session:
        report = evaluation_report(session, pid, ISSUED)
        indicators = programme_indicators(session, pid)
    assert [v.attendance for v in report.volets[3:]] == [Rate(2, 2), Rate(1, 2)]
    assert tuple((v.volet.display_name, v.attendance) for v in report.volets) == (
        indicators.attendance_by_volet
    )


def test_report_of_a_programme_without_sessions(database: Database) -> None:
    with database.reading() as session:
        report = evaluation_report(session, programme_id(session, CHER), ISSUED)
    (volet,) = report.volets
    assert volet.sessions == () and volet.interviews_held == 0
    assert volet.attendance == volet.interviews_attendance == Rate(0, 0)
    assert report.steering_committees == 0 and report.partnerships == ()
    assert len(report.participants) == 6


def test_report_refuses_an_unknown_or_archived_programme(database: Database) -> None:
    with database.transaction() as session:
        cher = programme_id(session, CHER)
        programmes.archive_programme(session, cher)
    for missing in (MISSING, cher):
        with database.reading() as session, pytest.raises(NotFoundError, match="introuvable"):
            evaluation_report(session, missing, ISSUED)


# --- partnership dossiers --------------------------------------------------------------------


def test_programme_dossiers_every_status_in_french_order(database: Database) -> None:
    with database.reading() as session:
        pid = programme_id(session)
        dossiers = programme_dossiers(session, pid, ISSUED)
        born = partnerships.list_partnerships(session, programme_id=pid)
        first_office = offices.get_office(
            session, programmes.get_programme(session, pid).office_ids[0]
        )
    assert {d.partnership.id for d in dossiers} == {p.id for p in born}
    assert len(dossiers) == 14
    keys = [(folded(d.association.name), folded(d.company.name)) for d in dossiers]
    assert keys == sorted(keys)
    assert len({d.partnership.status for d in dossiers}) >= 4  # idea to signed, and refused
    assert all(d.programme_title == LILLE and d.issued_on == ISSUED for d in dossiers)
    assert all(d.issuer == first_office for d in dossiers)
    # the mécénat volet: each association built a dossier towards one targeted company
    with database.reading() as session:
        mecenat = evaluation_report(session, pid, ISSUED).volets[1]
    assert set(mecenat.members) <= {d.association.name for d in dossiers}
    assert all(d.partnership.project and d.partnership.needs for d in dossiers)


def test_a_dossier_carries_the_first_contact_and_its_records(database: Database) -> None:
    with database.transaction() as session:
        cirque = association_id(session, "Cirque du Vent du Nord")
        contacts.create_contact(
            session, ContactDraft(last_name="Aubert", first_name="Zélie", association_id=cirque)
        )
        archived = contacts.create_contact(
            session, ContactDraft(last_name="Abadie", association_id=cirque)
        )
        contacts.archive_contact(session, archived.id)
    with database.reading() as session:
        (dossier,) = association_dossiers(session, cirque, ISSUED)
        expected = contacts.list_contacts_of(session, "association_id", cirque)[0]
        assert dossier.association == associations.get_association(session, cirque)
        assert dossier.company == companies.get_company(session, dossier.company.id)
        assert dossier.partnership == partnerships.get_partnership(session, dossier.partnership.id)
        assert partnership_dossier(session, dossier.partnership.id, ISSUED) == dossier
    assert dossier.contact == expected and dossier.contact.last_name == "Aubert"


def test_a_dossier_outside_any_programme_is_issued_by_the_current_office(
    database: Database,
) -> None:
    with database.reading() as session:
        restos = association_id(session, "Entraide alimentaire berruyère")
        (dossier,) = association_dossiers(session, restos, ISSUED)
        current = offices.current_office(session)
    assert dossier.programme_title == "" and dossier.issuer == current is not None


def test_association_dossiers_by_company_and_without_contact(database: Database) -> None:
    with database.transaction() as session:
        lone = associations.create_association(session, AssociationDraft(name="Solo")).id
        for name in ("Zèbre Industrie", "Étoile Conseil", "Atelier Martin"):
            company = companies.create_company(session, CompanyDraft(name=name))
            partnerships.create_partnership(
                session,
                PartnershipDraft(
                    association_id=lone,
                    company_id=company.id,
                    category=PartnershipCategory.MECENAT_FINANCIER,
                ),
            )
        companies.archive_company(session, company_id(session, "Atelier Martin"))
    with database.reading() as session:
        dossiers = association_dossiers(session, lone, ISSUED)
    assert [d.company.name for d in dossiers] == ["Étoile Conseil", "Zèbre Industrie"]
    assert all(d.contact is None for d in dossiers)


def test_text_reaches_the_dossier_untouched(database: Database) -> None:
    # GIVEN markup-like characters, an ampersand and an emoji in the texts a dossier prints
    with database.transaction() as session:
        pid = programme_id(session)
        deal = next(p for p in partnerships.list_partnerships(session, programme_id=pid))
        draft = PartnershipDraft(
            **{name: getattr(deal, name) for name in PartnershipDraft.__dataclass_fields__}
        )
        text = replace(draft, project=f"{MARKED}\nLigne 2 <i>&amp;</i>", needs="A & B\n🎪 <x>")
        partnerships.update_partnership(session, deal.id, text, deal.version)
        record = associations.get_association(session, deal.association_id)
        named = AssociationDraft(
            **{name: getattr(record, name) for name in AssociationDraft.__dataclass_fields__}
        )
        associations.update_association(
            session, record.id, replace(named, name=MARKED), record.version
        )
    with database.reading() as session:
        dossier = partnership_dossier(session, deal.id, ISSUED)
        report = evaluation_report(session, pid, ISSUED)
    assert dossier.association.name == MARKED
    assert dossier.partnership.project == f"{MARKED}\nLigne 2 <i>&amp;</i>"
    assert dossier.partnership.needs == "A & B\n🎪 <x>"
    assert MARKED in {p.name for p in report.participants}


def test_dossiers_refuse_what_is_unknown_or_archived(database: Database) -> None:
    with database.transaction() as session:
        pid = programme_id(session)
        deals = partnerships.list_partnerships(session, programme_id=pid)
        partnerships.archive_partnership(session, deals[0].id)
        companies.archive_company(session, deals[1].company_id)
        escalier = association_id(session, "Compagnie du Grand Escalier")
        associations.archive_association(session, escalier)
    for missing in (MISSING, deals[0].id, deals[1].id):
        with database.reading() as session, pytest.raises(NotFoundError, match="introuvable"):
            partnership_dossier(session, missing, ISSUED)
    with database.reading() as session:
        left = programme_dossiers(session, pid, ISSUED)
        assert {deals[0].id, deals[1].id}.isdisjoint(d.partnership.id for d in left)
        assert "Compagnie du Grand Escalier" not in {d.association.name for d in left}
        for call, key in (
            (programme_dossiers, MISSING),
            (association_dossiers, MISSING),
            (association_dossiers, escalier),
        ):
            with pytest.raises(NotFoundError, match="introuvable"):
                call(session, key, ISSUED)


# --- the attendance sheet ----------------------------------------------------------------------


def sessions_of(session: Session, kind: SessionKind, title: str = LILLE) -> list[str]:
    return [
        s.id
        for s in attendance.list_sessions(session, programme_id(session, title))
        if s.kind == kind
    ]


def test_steering_committee_sheet_expects_nobody(database: Database) -> None:
    with database.reading() as session:
        pid = programme_id(session)
        committee = sessions_of(session, SessionKind.COMITE)[0]
        sheet = signing_sheet(session, committee, ISSUED)
        funders_of = [share.name for share in budget.budget_summary(session, pid).funders]
        programme = programmes.get_programme(session, pid)
    assert sheet.expected == () and sheet.volet_name == sheet.subgroup_name == ""
    assert sheet.cabinet_name == "" and sheet.programme_title == LILLE
    assert list(sheet.funders) == funders_of and len(funders_of) == 3
    assert [o.id for o in sheet.offices] == list(programme.office_ids)
    assert sheet.session.id == committee and sheet.issued_on == ISSUED


def test_interview_sheet_expects_exactly_its_association(database: Database) -> None:
    with database.transaction() as session:
        interview = attendance.get_session(session, sessions_of(session, SessionKind.ENTRETIEN)[0])
        attendance.record_attendance(
            session,
            interview.id,
            {interview.association_id: AttendanceStatus.PRESENT},
            {interview.association_id: "Camille Lefebvre & Zoé Caron"},
        )
    with database.reading() as session:
        sheet = signing_sheet(session, interview.id, ISSUED)
        interviewed = associations.get_association(session, interview.association_id or "")
    (line,) = sheet.expected
    assert (line.association, line.town) == (interviewed.name, interviewed.town)
    assert line.attendees == "Camille Lefebvre & Zoé Caron"
    assert sheet.volet_name and sheet.cabinet_name


def test_subgroup_sheet_expects_its_members_in_french_order(database: Database) -> None:
    with database.reading() as session:
        seance = next(
            s for s in attendance.list_sessions(session, programme_id(session)) if s.subgroup_id
        )
        sheet = signing_sheet(session, seance.id, ISSUED)
        expected = attendance.expected_association_ids(session, seance.id)
        names = [associations.get_association(session, a).name for a in expected]
    assert [line.association for line in sheet.expected] == names
    assert names == sorted(names, key=folded) and len(names) == 3
    assert sheet.subgroup_name == "Groupe A" and sheet.volet_name == "Marketing"


def test_sheet_leaves_out_withdrawn_and_archived_associations(database: Database) -> None:
    with database.transaction() as session:
        pid = programme_id(session)
        day = next(s for s in attendance.list_sessions(session, pid) if s.title.startswith("Fisc"))
        before = [line.association for line in signing_sheet(session, day.id, ISSUED).expected]
        associations.archive_association(session, association_id(session, "Ludomonde"))
        dojo = association_id(session, "Dojo tourquennois")
        taking_part = enrolment.list_participants(session, pid)
        enrolment.withdraw_enrolment(
            session, next(p.enrolment_id for p in taking_part if p.association_id == dojo)
        )
        interview = next(
            s
            for s in attendance.list_sessions(session, pid)
            if s.association_id == dojo and s.kind == SessionKind.ENTRETIEN
        )
    with database.reading() as session:
        after = [line.association for line in signing_sheet(session, day.id, ISSUED).expected]
        assert signing_sheet(session, interview.id, ISSUED).expected == ()
    assert len(before) == 21
    assert after == [name for name in before if name not in ("Ludomonde", "Dojo tourquennois")]


def test_sheet_refuses_unknown_or_archived_sessions(database: Database) -> None:
    with database.transaction() as session:
        interviews = sessions_of(session, SessionKind.ENTRETIEN)
        attendance.archive_session(session, interviews[0])
        programmes.archive_volet(session, volet_of(session, VoletKind.FISCALITE))
        fiscal = next(
            s.id
            for s in attendance.list_sessions(session, programme_id(session))
            if s.title.startswith("Fisc")
        )
    for missing in (MISSING, interviews[0], fiscal):
        with database.reading() as session, pytest.raises(NotFoundError, match="introuvable"):
            signing_sheet(session, missing, ISSUED)


# --- the funder summary -------------------------------------------------------------------------


def funder_id(session: Session, name: str) -> str:
    found = session.scalar(select(Funder.id).where(Funder.name == name))
    assert found is not None, name
    return found


def test_funder_summary_figures_are_each_programmes_indicators(database: Database) -> None:
    # GIVEN the Lille programme's regional funder also funds the Cher programme
    with database.transaction() as session:
        region = funder_id(session, "Conseil régional Nord-Pas-de-Calais")
        cher = programme_id(session, CHER)
        for amount in ("1000.00", "333.33"):
            budget.add_funding_line(
                session,
                FundingLineDraft(programme_id=cher, funder_id=region, amount=Decimal(amount)),
            )
    with database.reading() as session:
        summary = funder_summary(session, region, ISSUED)
        lille = programme_id(session)
        figures = {pid: programme_indicators(session, pid) for pid in (lille, cher)}
        reached = {
            row.association_id
            for pid in (lille, cher)
            for row in enrolment.list_participants(session, pid)
        }
    # THEN the most recent programme first, each line the Évaluation tab's figures
    assert [line.programme_id for line in summary.programmes] == [cher, lille]
    for line in summary.programmes:
        indicators = figures[line.programme_id]
        share = next(s for s in indicators.budget.funders if s.funder_id == region)
        assert (line.amount, line.share) == (share.amount, share.share)
        assert line.funded_total == indicators.budget.funded
        assert line.budget == indicators.budget.budget
        assert line.associations == indicators.associations
        assert line.jobs_headcount == indicators.jobs_headcount
        assert line.sessions_held == indicators.sessions_held
        assert line.attendance == indicators.attendance
        assert line.partnerships_obtained == indicators.partnerships_obtained
        assert line.volets == tuple(v.name for v in indicators.budget.volets)
        assert line.per_association == round_cents(line.amount / line.associations)
    assert summary.programmes[0].amount == Decimal("1333.33")
    assert summary.programmes[0].per_association == Decimal("222.22")  # 1333.33 / 6
    assert summary.total == sum(line.amount for line in summary.programmes)
    assert summary.partnerships_obtained == sum(
        line.partnerships_obtained for line in summary.programmes
    )
    assert summary.associations_reached == len(reached) == 27
    assert summary.funder.name == "Conseil régional Nord-Pas-de-Calais"
    assert summary.issued_on == ISSUED


def test_per_association_rounds_half_up_to_the_cent(database: Database) -> None:
    # GIVEN 6 participants and 1 000,05 €: 166,675 € each, rounded up to 166,68 €
    with database.transaction() as session:
        lone = funders.create_funder(
            session, FunderDraft(name="Fondation", kind=FunderKind.FONDATION)
        )
        budget.add_funding_line(
            session,
            FundingLineDraft(
                programme_id=programme_id(session, CHER),
                funder_id=lone.id,
                amount=Decimal("1000.05"),
            ),
        )
    with database.reading() as session:
        (line,) = funder_summary(session, lone.id, ISSUED).programmes
    assert line.per_association == Decimal("166.68")


def test_funder_without_funding_and_tombstones(database: Database) -> None:
    with database.transaction() as session:
        fse = funder_id(session, "Fonds social européen")
        state = funder_id(session, "État – DDTEFP du Nord")
        cher_funder = funder_id(session, "Conseil départemental du Cher")
        programmes.archive_programme(session, programme_id(session, CHER))
        line = next(
            f
            for f in budget.list_funding_lines(session, programme_id(session))
            if f.funder_id == state
        )
        budget.archive_funding_line(session, line.id)
    with database.reading() as session:
        for funder in (fse, state, cher_funder):
            summary = funder_summary(session, funder, ISSUED)
            assert summary.programmes == () and summary.total == 0
            assert summary.associations_reached == summary.partnerships_obtained == 0
            assert summary.issuer == offices.current_office(session)


def test_funder_summary_refuses_unknown_or_archived_funders(database: Database) -> None:
    with database.transaction() as session:
        fse = funder_id(session, "Fonds social européen")
        funders.archive_funder(session, fse)
    for missing in (MISSING, fse):
        with database.reading() as session, pytest.raises(NotFoundError, match="introuvable"):
            funder_summary(session, missing, ISSUED)


# --- finding a funder --------------------------------------------------------------------------


def test_find_funder_by_id_or_exact_name(database: Database) -> None:
    with database.transaction() as session:
        fse = funder_id(session, "Fonds social européen")
        assert funders.find_funder(session, fse).id == fse
        assert funders.find_funder(session, "Fonds social européen").id == fse
        for _twice in range(2):
            funders.create_funder(
                session, FunderDraft(name="Fondation X", kind=FunderKind.FONDATION)
            )
        archived = funders.create_funder(session, FunderDraft(name="Ancien", kind=FunderKind.AUTRE))
        funders.archive_funder(session, archived.id)
    with database.reading() as session:
        with pytest.raises(NotFoundError, match="Plusieurs financeurs s'appellent « Fondation X »"):
            funders.find_funder(session, "Fondation X")
        for unknown in ("fonds social européen", "Ancien", archived.id, MISSING):
            with pytest.raises(NotFoundError, match="Aucun financeur"):
                funders.find_funder(session, unknown)


# --- a big programme ------------------------------------------------------------------------


@pytest.mark.slow
def test_report_of_a_big_programme_stays_fast(tmp_path: Path) -> None:
    """500 associations and 5,000 sessions (bench/synthetic.py): well under a second."""
    from bench.synthetic import build_report_database
    from dla_desktop.db.database import open_database

    path = tmp_path / "big.dla"
    build_report_database(path)
    database = open_database(path)
    try:
        with database.reading() as session:
            pid = session.scalar(select(Programme.id))
            assert pid is not None
            started = time.perf_counter()
            report = evaluation_report(session, pid, ISSUED)
            seconds = time.perf_counter() - started
            indicators = programme_indicators(session, pid)
    finally:
        database.close()
    assert indicators.sessions_held == 5_000 and len(report.participants) == 500
    assert report.steering_committees == 2
    held = sum(len(v.sessions) + v.interviews_held for v in report.volets)
    assert held + report.steering_committees == indicators.sessions_held
    assert tuple((v.volet.display_name, v.attendance) for v in report.volets) == (
        indicators.attendance_by_volet
    )
    assert seconds < 1.0, f"evaluation_report took {seconds:.2f} s"
