"""The demo database: the 2006 Lille programme and the Cher speed-dating meetings.

Facts come from the seed documents (kept as data in resources/demo/); names of
people and firms without one in the documents are invented, and every e-mail
and phone number is a fictional one (example.org, 01 99 00 ...). Everything is
written through the services, so the demo also exercises every validation rule.
"""

from __future__ import annotations

import json
import unicodedata
import uuid
from dataclasses import replace
from datetime import date, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from importlib import resources
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session
from stdnum import luhn

from dla_desktop.db.database import create_database, move_without_overwrite
from dla_desktop.domain.enums import (
    AttendanceStatus,
    CompanySize,
    EnrolmentStatus,
    FollowUpKind,
    FunderKind,
    MeetingFormat,
    PartnershipCategory,
    PartnershipStatus,
    ProgrammeStatus,
    SessionKind,
    VoletKind,
)
from dla_desktop.domain.errors import DatabaseFileError
from dla_desktop.domain.records import (
    AssociationDraft,
    CabinetDraft,
    CompanyDraft,
    ContactDraft,
    CostLineDraft,
    EnrolmentDraft,
    FollowUpActionDraft,
    FunderDraft,
    FundingLineDraft,
    MeetingDraft,
    MeetingParticipantDraft,
    OfficeDraft,
    PartnershipDraft,
    ProgrammeDraft,
    QuestionnaireDraft,
    SessionDraft,
    SubgroupDraft,
    VoletDraft,
    VoletEnrolmentDraft,
)
from dla_desktop.services import (
    associations,
    attendance,
    budget,
    cabinets,
    companies,
    contacts,
    demo_meetings,
    enrolment,
    followup,
    funders,
    meetings,
    offices,
    partnerships,
    programmes,
)

FIRST_NAMES = (
    "Camille",
    "Nadia",
    "Thomas",
    "Léa",
    "Karim",
    "Élodie",
    "Hugo",
    "Inès",
    "Marc",
    "Sarah",
    "Yanis",
    "Chloé",
    "Bruno",
    "Aïcha",
    "Paul",
    "Zoé",
)
LAST_NAMES = (
    "Lefebvre",
    "Vandamme",
    "Benali",
    "Deschamps",
    "Mercier",
    "Nguyen",
    "Wallart",
    "Dubois",
    "Ferreira",
    "Martin",
    "Hennebelle",
    "Roussel",
    "Caron",
    "Diallo",
)


def load_demo_facts() -> dict[str, Any]:
    """The demo's facts, shipped inside the package."""
    source = resources.files("dla_desktop.resources") / "demo" / "lille_2006.json"
    return json.loads(source.read_text(encoding="utf-8"))


def write_demo(path: Path) -> None:
    """Write the demo database at ``path``; never replaces an existing file."""
    path = Path(path)
    if path.exists():
        raise DatabaseFileError(f"« {path.name} » existe déjà : la démonstration ne l'écrase pas.")
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex}.demo")
    try:
        database = create_database(temporary)
        try:
            with database.transaction() as session:
                build_demo(session, load_demo_facts())
        finally:
            database.close()
        move_without_overwrite(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)


def build_demo(session: Session, facts: dict[str, Any]) -> None:
    """Fill an empty database with the demo's facts."""
    ids = _Ids()
    _directory(session, facts, ids)
    _lille_programme(session, facts, ids)
    _cher_meetings(session, facts, ids)
    _partnerships(session, facts, ids)
    demo_meetings.meeting_life(session, facts, ids)
    _programme_in_preparation(session, ids)


class _Ids(dict[str, str]):
    """Demo keys ("esat", "mecenat"...) to the ids the services gave."""


def _directory(session: Session, facts: dict[str, Any], ids: _Ids) -> None:
    for office in facts["offices"]:
        fields = {k: v for k, v in office.items() if k != "key"}
        ids["office:" + office["key"]] = offices.create_office(session, OfficeDraft(**fields)).id
    offices.set_current_office(session, ids["office:" + facts["current_office"]])
    for number, cabinet in enumerate(facts["cabinets"]):
        draft = CabinetDraft(
            name=cabinet["name"],
            specialty=cabinet["specialty"],
            town=cabinet["town"],
            email=cabinet["email"],
            day_rate=Decimal(cabinet["day_rate"]),
            siret=_fake_siret(400_000_000 + number * 7919),
            phone=_fake_phone(40 + number),
        )
        cabinet_id = cabinets.create_cabinet(session, draft).id
        ids["cabinet:" + cabinet["key"]] = cabinet_id
        first, last, role = cabinet["contact"]
        contacts.create_contact(
            session,
            ContactDraft(
                first_name=first,
                last_name=last,
                role=role,
                cabinet_id=cabinet_id,
                email=f"{_ascii(first)}.{_ascii(last)}@example.org",
            ),
        )
    for funder in facts["funders"]:
        draft = FunderDraft(name=funder["name"], kind=FunderKind(funder["kind"]))
        ids["funder:" + funder["key"]] = funders.create_funder(session, draft).id
    for number, company in enumerate(facts["companies"]):
        ids["company:" + company["key"]] = _company(session, company, number)
    for number, association in enumerate(facts["associations"] + facts["cher_associations"]):
        ids["association:" + association["key"]] = _association(session, association, number)


def _company(session: Session, company: dict[str, Any], number: int) -> str:
    siren = _fake_siren(500_000_000 + number * 7919)
    draft = CompanyDraft(
        name=company["name"],
        size=CompanySize(company["size"]),
        sector=company["sector"],
        town=company["town"],
        postal_code=company["postal_code"],
        siren=siren,
        siret=_siret_of(siren),
        has_cse=company["has_cse"],
        csr_interest=company["csr_interest"],
    )
    company_id = companies.create_company(session, draft).id
    first, last = FIRST_NAMES[number % len(FIRST_NAMES)], LAST_NAMES[number % len(LAST_NAMES)]
    contacts.create_contact(
        session,
        ContactDraft(
            first_name=first,
            last_name=last,
            company_id=company_id,
            role="Responsable RSE" if company["csr_interest"] else "Dirigeant",
            email=f"{_ascii(first)}.{_ascii(last)}@example.org",
            phone=_fake_phone(number),
        ),
    )
    return company_id


def _association(session: Session, association: dict[str, Any], number: int) -> str:
    employees = association["employees"]
    draft = AssociationDraft(
        name=association["name"],
        activity=association["activity"],
        sector=association["sector"],
        employees=employees,
        fte=_three_quarter_time(employees),
        siret=_fake_siret(700_000_000 + number * 7907),  # employers are registered
        town=association["town"],
        postal_code=association["postal_code"],
        rna=association.get(
            "rna", f"W{int(association['postal_code'][:2]):02d}{1_000_337 + number * 4111:07d}"
        ),
        prior_dla_support=number % 3 != 0,
        email=f"contact@{_ascii(association['name']).replace('.', '')[:24]}.example.org",
        phone=_fake_phone(60 + number),
        expectations="Rencontrer des entreprises du territoire et présenter nos activités.",
    )
    association_id = associations.create_association(session, draft).id
    first, last = FIRST_NAMES[(number + 5) % len(FIRST_NAMES)], LAST_NAMES[number % len(LAST_NAMES)]
    contacts.create_contact(
        session,
        ContactDraft(
            first_name=first,
            last_name=last,
            role="Directeur·rice" if employees > 5 else "Président·e",
            association_id=association_id,
            email=f"{_ascii(first)}.{_ascii(last)}@example.org",
            phone=_fake_phone(100 + number),
        ),
    )
    return association_id


def _lille_programme(session: Session, facts: dict[str, Any], ids: _Ids) -> None:
    spec = facts["programme"]
    programme = programmes.create_programme(
        session,
        ProgrammeDraft(
            title=spec["title"],
            theme=spec["theme"],
            status=ProgrammeStatus(spec["status"]),
            info_meeting_date=_day(spec["info_meeting_date"]),
            start_date=_day(spec["start_date"]),
            end_date=_day(spec["end_date"]),
            invited_count=spec["invited_count"],
            budget=Decimal(spec["budget"]),
            objective=spec["objective"],
            specification=spec["specification"],
            history=spec["history"],
            lessons=spec["lessons"],
            office_ids=tuple(ids["office:" + key] for key in spec["offices"]),
        ),
    )
    ids["programme"] = programme.id
    members = facts["associations"]
    enrolment.enrol_associations(
        session,
        programme.id,
        [ids["association:" + a["key"]] for a in members],
        on=_day(spec["info_meeting_date"]) + timedelta(days=30),
    )
    for participant in enrolment.list_participants(session, programme.id):
        record = enrolment.get_enrolment(session, participant.enrolment_id)
        enrolment.update_enrolment(
            session,
            record.id,
            EnrolmentDraft(
                programme_id=programme.id,
                association_id=record.association_id,
                status=EnrolmentStatus.ACTIVE,
                status_date=_day(spec["start_date"]),
            ),
            record.version,
        )
    for volet in facts["volets"]:
        _volet(session, programme.id, volet, members, ids)
    for line in facts["funding"]:
        budget.add_funding_line(
            session,
            FundingLineDraft(
                programme_id=programme.id,
                funder_id=ids["funder:" + line["funder"]],
                amount=Decimal(line["amount"]),
                note=line["note"],
            ),
        )
    _sessions(session, programme.id, facts, ids)
    _followup(session, programme.id, facts, ids)


def _volet(
    session: Session, programme_id: str, spec: dict[str, Any], members: list[dict], ids: _Ids
) -> None:
    volet = programmes.create_volet(
        session,
        VoletDraft(
            programme_id=programme_id,
            kind=VoletKind(spec["kind"]),
            cabinet_id=ids["cabinet:" + spec["cabinet"]],
            objective=spec["objective"],
            collective_half_days=spec.get("collective_half_days", 0),
            collective_days=spec.get("collective_days", 0),
            interviews_per_structure=spec.get("interviews_per_structure", 0),
            contracted_amount=Decimal(spec["contracted_amount"]),
            assessment=spec["assessment"],
            improvement_tracks=tuple(spec["improvement_tracks"]),
        ),
    )
    ids["volet:" + spec["key"]] = volet.id
    for name in spec["subgroups"]:
        subgroup = programmes.create_subgroup(session, SubgroupDraft(volet_id=volet.id, name=name))
        ids[f"subgroup:{spec['key']}:{name}"] = subgroup.id
    for member in members:
        if spec["key"] in member["volets"] or spec["kind"] == VoletKind.FISCALITE:
            subgroup_id = ids.get(f"subgroup:{spec['key']}:{member.get('subgroup')}")
            enrolment.join_volet(
                session,
                VoletEnrolmentDraft(
                    volet_id=volet.id,
                    association_id=ids["association:" + member["key"]],
                    subgroup_id=subgroup_id,
                ),
            )
    budget.add_cost_line(
        session,
        CostLineDraft(
            programme_id=programme_id,
            volet_id=volet.id,
            cabinet_id=ids["cabinet:" + spec["cabinet"]],
            label=f"Prestation du volet {volet.display_name}",
            planned_amount=Decimal(spec["contracted_amount"]),
            actual_amount=Decimal(spec["actual_amount"]),
        ),
    )


def _sessions(session: Session, programme_id: str, facts: dict[str, Any], ids: _Ids) -> None:
    """Every planned session, then a plausible attendance (a few absences and excuses)."""
    for number, spec in enumerate(facts["sessions"]):
        volet_id = ids.get("volet:" + spec.get("volet", ""))
        base = SessionDraft(
            programme_id=programme_id,
            volet_id=volet_id,
            kind=SessionKind(spec["kind"]),
            date=_day(spec["date"]),
            title=spec["title"],
            place=facts["place"],
            duration_hours=Decimal(spec["hours"]),
        )
        if spec.get("per_member"):
            members = enrolment.list_volet_members(session, volet_id or "")
            drafts = [
                replace(
                    base,
                    association_id=m.association_id,
                    date=base.date + timedelta(days=index % 8),
                )
                for index, m in enumerate(members)
            ]
        elif spec.get("subgroups"):
            drafts = [
                replace(
                    base,
                    subgroup_id=subgroup.id,
                    title=f"{base.title} ({subgroup.name})",
                    date=base.date + timedelta(days=index * 2),
                )
                for index, subgroup in enumerate(programmes.list_subgroups(session, volet_id or ""))
            ]
        else:
            drafts = [base]
        for index, draft in enumerate(drafts):
            record = attendance.create_session(session, draft)
            expected = attendance.expected_association_ids(session, record.id)
            marks = {a: _mark(i, number + index) for i, a in enumerate(expected)}
            if marks:
                attendance.record_attendance(session, record.id, marks)


def _mark(person: int, seance: int) -> AttendanceStatus:
    """Mostly present, now and then absent or excused: deterministic, so figures are stable."""
    if (person * 7 + seance * 3) % 11 == 0:
        return AttendanceStatus.ABSENT
    if (person * 5 + seance) % 13 == 0:
        return AttendanceStatus.EXCUSE
    return AttendanceStatus.PRESENT


def _followup(session: Session, programme_id: str, facts: dict[str, Any], ids: _Ids) -> None:
    """Follow-up actions for some, and the six-month questionnaire: 1 respondent in 6 succeeded."""
    end = _day(facts["programme"]["end_date"])
    kinds = (FollowUpKind.ENTRETIEN, FollowUpKind.TELEPHONE, FollowUpKind.VISITE)
    for index, member in enumerate(facts["associations"][::2]):
        followup.create_followup_action(
            session,
            FollowUpActionDraft(
                programme_id=programme_id,
                association_id=ids["association:" + member["key"]],
                date=end + timedelta(days=20 + index * 9),
                kind=kinds[index % 3],
                duration_days=Decimal("0.5") if index % 3 else Decimal(1),
                note="Point sur le dossier de partenariat et les entreprises ciblées.",
                next_step="Relancer l'entreprise ciblée",
                next_step_date=end + timedelta(days=50 + index * 9),
            ),
        )
    wave = facts["questionnaire"]
    sent_on = _day(wave["sent_on"])
    for index, member in enumerate(facts["associations"]):
        key = member["key"]
        record = followup.create_questionnaire(
            session,
            QuestionnaireDraft(
                programme_id=programme_id,
                association_id=ids["association:" + key],
                months_after=wave["months_after"],
                sent_on=sent_on,
            ),
        )
        if key not in wave["respondents"]:
            continue
        company_key = wave["obtained"].get(key)
        followup.record_answer(
            session,
            record.id,
            QuestionnaireDraft(
                programme_id=programme_id,
                association_id=ids["association:" + key],
                months_after=wave["months_after"],
                sent_on=sent_on,
                answered_on=sent_on + timedelta(days=10 + index),
                partnership_obtained=company_key is not None,
                company_id=ids.get(f"company:{company_key}") if company_key else None,
                jobs_consolidated=1 if company_key else 0,
                comment="Les entretiens individuels ont été les plus utiles." if index % 2 else "",
            ),
            record.version,
        )


def _cher_meetings(session: Session, facts: dict[str, Any], ids: _Ids) -> None:
    """Four speed-dating sessions of 10 associations and 10 companies (about 30 leaders)."""
    cher_associations = {a["key"]: a for a in facts["cher_associations"]}
    cher_companies = {c["key"]: c for c in facts["companies"] if c["postal_code"].startswith("18")}
    life = facts["cher_meeting_life"]
    for number, spec in enumerate(facts["meetings"], start=1):
        meeting = meetings.create_meeting(
            session,
            MeetingDraft(
                title=spec["title"],
                format=MeetingFormat.SPEED_DATING,
                date=_day(spec["date"]),
                series="Speed dating du Cher",
                start_time=time.fromisoformat(life["start_time"]),
                place=facts["meeting_place"],
                organisers=life["organisers"],
                slot_minutes=7,
                break_every=5,
                notes=f"Thème de la session : {spec['theme']}.",
            ),
        )
        ids[f"meeting:{number}"] = meeting.id
        shift = (number - 1) * 3
        for index in range(10):
            association = _nth(cher_associations, index + shift)
            company = _nth(cher_companies, index + shift)
            leaders = 2 if index % 2 else 1
            for side, (field, key, presentation) in enumerate(
                (
                    (
                        "association_id",
                        "association:" + association["key"],
                        association["activity"],
                    ),
                    ("company_id", "company:" + company["key"], _trade(company)),
                )
            ):
                meetings.register_participant(
                    session,
                    MeetingParticipantDraft(
                        meeting_id=meeting.id,
                        leaders_count=leaders,
                        representatives=_representatives(number * 5 + index * 2 + side, leaders),
                        presentation=presentation,
                        **{field: ids[key]},
                    ),
                )


def _nth(items: dict[str, dict[str, Any]], index: int) -> dict[str, Any]:
    """The index-th item, going round: the sessions rotate through the same pool."""
    return list(items.values())[index % len(items)]


def _trade(company: dict[str, Any]) -> str:
    """A company's one-line presentation: its trade and its town."""
    return f"{company['sector']} à {company['town']}"


def _representatives(seed: int, count: int) -> str:
    """Invented names of the leaders who come (one or two)."""
    firsts = (FIRST_NAMES[(seed + k * 7) % len(FIRST_NAMES)] for k in range(count))
    lasts = (LAST_NAMES[(seed + k * 3) % len(LAST_NAMES)] for k in range(count))
    return ", ".join(f"{first} {last}" for first, last in zip(firsts, lasts, strict=True))


def _partnerships(session: Session, facts: dict[str, Any], ids: _Ids) -> None:
    for spec in facts["partnerships"]:
        origin = spec["origin"]
        partnerships.create_partnership(
            session,
            PartnershipDraft(
                association_id=ids["association:" + spec["association"]],
                company_id=ids["company:" + spec["company"]],
                category=PartnershipCategory(spec["category"]),
                status=PartnershipStatus(spec["status"]),
                status_date=_day(spec["date"]),
                title=spec["title"],
                amount=_amount(spec.get("amount")),
                counterparts=spec.get("counterparts", ""),
                project=spec.get("project", ""),
                needs=spec.get("needs", ""),
                project_budget=_amount(spec.get("project_budget")),
                start_date=_day(spec["date"]),
                origin_programme_id=ids["programme"] if origin == "programme" else None,
                origin_meeting_id=ids.get(origin) if origin.startswith("meeting:") else None,
            ),
        )


def _programme_in_preparation(session: Session, ids: _Ids) -> None:
    """A second, smaller programme still being set up, so lists are not a single line."""
    programme = programmes.create_programme(
        session,
        ProgrammeDraft(
            title="Fonction employeur et gestion des bénévoles (Cher, 2027)",
            theme="Ressources humaines",
            status=ProgrammeStatus.MONTAGE,
            info_meeting_date=date(2027, 1, 19),
            start_date=date(2027, 3, 2),
            end_date=date(2027, 6, 29),
            invited_count=25,
            budget=Decimal("18500.00"),
            objective="Outiller les dirigeants bénévoles dans leur rôle d'employeur.",
            office_ids=(ids["office:cher"],),
        ),
    )
    keys = ("c_ressourcerie", "c_mobilite", "c_emploi", "c_musique", "c_restos", "c_cirque")
    enrolment.enrol_associations(session, programme.id, [ids["association:" + k] for k in keys])
    programmes.create_volet(
        session,
        VoletDraft(
            programme_id=programme.id,
            kind=VoletKind.AUTRE,
            label="Droit du travail",
            collective_days=2,
            interviews_per_structure=1,
            contracted_amount=Decimal("9800.00"),
        ),
    )
    budget.add_funding_line(
        session,
        FundingLineDraft(
            programme_id=programme.id,
            funder_id=ids["funder:dept18"],
            amount=Decimal("6000.00"),
        ),
    )


def _day(text: str) -> date:
    return date.fromisoformat(text)


def _amount(text: str | None) -> Decimal | None:
    return None if text is None else Decimal(text)


def _three_quarter_time(employees: int) -> Decimal:
    """FTE of a staff working three quarters of full time on average, to the half."""
    return (Decimal(employees) * Decimal("1.5")).to_integral_value(ROUND_HALF_UP) / 2


def _fake_siren(seed: int) -> str:
    """A SIREN with a valid check digit, made up for the demo."""
    body = f"{seed // 10:08d}"[-8:]
    return body + luhn.calc_check_digit(body)


def _fake_siret(seed: int) -> str:
    return _siret_of(_fake_siren(seed))


def _siret_of(siren: str) -> str:
    """The head office's SIRET of a SIREN: NIC 0001 plus a check digit."""
    body = siren + "0001"
    return body + luhn.calc_check_digit(body)


def _fake_phone(number: int) -> str:
    """Numbers in 01 99 00 .. .., the range set aside for fiction."""
    return f"01 99 00 {number // 100 % 100:02d} {number % 100:02d}"


def _ascii(text: str) -> str:
    """Name for a fictional e-mail address: lower case, no accents, no spaces."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(c for c in folded.lower() if c.isalnum() or c == ".")
