"""Hand-built evaluation reports: the Lille 2006 programme, an empty one, a hostile one, a big one.

Built without a database so the renderer is tested apart from services.documents; figures
are those of the seed evaluation (21 associations, 150 jobs, 32,700 EUR...) so a test can
look for them formatted the French way in the PDF.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from dla_desktop.domain.budget_views import AssociationBudget
from dla_desktop.domain.documents import (
    EvaluationReport,
    ObtainedPartnership,
    ParticipantLine,
    SessionLine,
    SubgroupLine,
    VoletReport,
)
from dla_desktop.domain.enums import (
    EnrolmentStatus,
    FunderKind,
    PartnershipCategory,
    PartnershipStatus,
    ProgrammeStatus,
    SessionKind,
    VoletKind,
)
from dla_desktop.domain.indicators import (
    BudgetSummary,
    FunderShare,
    ProgrammeIndicators,
    Rate,
    VoletBudget,
)
from dla_desktop.domain.records import OfficeRecord, ProgrammeRecord, VoletRecord

STAMP = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)
ISSUED = date(2026, 11, 23)
PROGRAMME_ID = "00000000-0000-4000-8000-000000000001"
# Each is Paragraph markup if not escaped: it must print literally, never embed a file.
HOSTILE = 'R&D <b>gras</b> a<b <img src="/etc/passwd"/> <script>x</script>'

SECTORS = ("Culture", "Sport", "Environnement", "Santé et social", "Insertion")
TOWNS = ("Lille", "Roubaix", "Tourcoing", "Villeneuve-d'Ascq", "Wattrelos")


def _id(index: int) -> str:
    return f"00000000-0000-4000-8000-{index:012d}"


def _stored(index: int) -> dict[str, object]:
    return {"id": _id(index), "version": 1, "updated_at": STAMP}


def offices() -> tuple[OfficeRecord, ...]:
    """The two CBE that co-ran the 2006 programme (fictional contacts)."""
    return (
        OfficeRecord(
            **_stored(2),
            name="CBE Roubaix-Tourcoing Vallée de la Lys",
            carrier="Comité de Bassin d'Emploi",
            departement="59",
            town="Roubaix",
            email="dla@cbe-rtvl.example.org",
            phone="01 99 00 10 10",
        ),
        OfficeRecord(
            **_stored(3),
            name="CBE de Lille",
            carrier="Comité de Bassin d'Emploi",
            departement="59",
            town="Lille",
            email="contact@cbe-lille.example.org",
            phone="01 99 00 10 20",
        ),
    )


def programme(**changes: object) -> ProgrammeRecord:
    values: dict[str, object] = {
        "title": "Développer les partenariats associations–entreprises (métropole lilloise)",
        "theme": "Partenariats avec les entreprises",
        "status": ProgrammeStatus.CLOS,
        "info_meeting_date": date(2005, 10, 18),
        "start_date": date(2006, 3, 7),
        "end_date": date(2006, 6, 27),
        "invited_count": 30,
        "objective": "Préparer des associations de tous secteurs à rencontrer des entreprises.",
        "specification": "Trois volets confiés à trois cabinets complémentaires.\n"
        "Un comité de suivi réunit les cabinets chaque mois.",
        "budget": Decimal("32700"),
        "history": "Un répertoire des services associatifs, édité en 2003, n'avait pas suffi.\n"
        "Les associations voulaient rencontrer directement leurs clients.",
        "lessons": "Sélectionner les associations sur leur potentiel de fonds privés\n"
        "- Prévoir des temps informels entre associations\n"
        "Garder les cabinets en lien constant",
    }
    values.update(changes)
    return ProgrammeRecord(**_stored(1), **values)  # type: ignore[arg-type]


def _volet_record(index: int, kind: VoletKind, **changes: object) -> VoletRecord:
    values: dict[str, object] = {
        "programme_id": PROGRAMME_ID,
        "kind": kind,
        "objective": f"Objectif du volet {kind.label}.",
        "assessment": f"Bilan du volet {kind.label} : jugé utile, parfois trop court.",
        "improvement_tracks": ("Prolonger la durée", "Ajouter des mises en situation"),
    }
    values.update(changes)
    return VoletRecord(**_stored(100 + index), **values)  # type: ignore[arg-type]


def _sessions(
    kind: SessionKind, start: date, count: int, groups: tuple[str, ...], marked: int
) -> tuple[SessionLine, ...]:
    """``count`` sessions a week apart, round-robin over ``groups``, one absent each."""
    hours = Decimal("3.5") if kind is SessionKind.DEMI_JOURNEE else Decimal(7)
    return tuple(
        SessionLine(
            date=start + timedelta(days=7 * i),
            kind=kind,
            title=f"Séance {i + 1}",
            subgroup=groups[i % len(groups)] if groups else "",
            duration_hours=hours,
            attendance=Rate(max(marked - 1, 0), marked),
        )
        for i in range(count)
    )


def participants(count: int = 21) -> tuple[ParticipantLine, ...]:
    return tuple(
        ParticipantLine(
            name=f"Association {i + 1:03d}",
            sector=SECTORS[i % len(SECTORS)],
            town=TOWNS[i % len(TOWNS)],
            employees=7 + (i % 3),
            fte=Decimal("5.5"),
            volets="Marketing, Fiscalité" if i % 2 else "Mécénat, Fiscalité",
            status=EnrolmentStatus.ABANDON if i == 4 else EnrolmentStatus.ACTIVE,
        )
        for i in range(count)
    )


def lille_report(associations: int = 21, sessions_per_volet: int = 3) -> EvaluationReport:
    """The 2006 programme: three volets, three funders, two partnerships obtained."""
    people = participants(associations)
    names = tuple(p.name for p in people)
    marketing_members, mecenat_members = names[1::2], names[0::2]
    groups = ("Groupe A", "Groupe B", "Groupe C")
    volets = (
        VoletReport(
            volet=_volet_record(
                1,
                VoletKind.MARKETING,
                collective_half_days=3,
                interviews_per_structure=1,
                contracted_amount=Decimal(11700),
            ),
            cabinet_name="Horizon Marketing",
            members=marketing_members,
            subgroups=tuple(
                SubgroupLine(name=g, members=marketing_members[i::3]) for i, g in enumerate(groups)
            ),
            sessions=_sessions(
                SessionKind.DEMI_JOURNEE, date(2006, 3, 28), 3 * sessions_per_volet, groups, 3
            ),
            interviews_held=len(marketing_members),
            interviews_attendance=Rate(len(marketing_members), len(marketing_members)),
            attendance=Rate(25, 27),
            budget=None,
        ),
        VoletReport(
            volet=_volet_record(
                2,
                VoletKind.MECENAT,
                collective_days=2,
                interviews_per_structure=1,
                contracted_amount=Decimal(13000),
            ),
            cabinet_name="Entreprendre en culture",
            members=mecenat_members,
            subgroups=(),
            sessions=_sessions(SessionKind.JOURNEE, date(2006, 3, 21), sessions_per_volet, (), 12),
            interviews_held=12,
            interviews_attendance=Rate(11, 12),
            attendance=Rate(33, 36),
            budget=None,
        ),
        VoletReport(
            volet=_volet_record(
                3,
                VoletKind.FISCALITE,
                label="Fiscalité et mécénat",
                collective_days=1,
                improvement_tracks=(),
                contracted_amount=Decimal(8000),
            ),
            cabinet_name="LTA expertise comptable",
            members=names,
            subgroups=(),
            sessions=_sessions(SessionKind.JOURNEE, date(2006, 6, 13), 1, (), associations),
            interviews_held=0,
            interviews_attendance=Rate(0, 0),
            attendance=Rate(associations - 1, associations),
            budget=None,
        ),
    )
    volet_budgets = (
        VoletBudget(
            _id(101),
            "Marketing",
            Decimal(11700),
            Decimal(11700),
            Decimal(11700),
            len(marketing_members),
            Decimal("1300"),
        ),
        VoletBudget(
            _id(102),
            "Mécénat",
            Decimal(13000),
            Decimal(13000),
            Decimal("12500"),
            len(mecenat_members),
            Decimal("1083.33"),
        ),
        VoletBudget(
            _id(103),
            "Fiscalité et mécénat",
            Decimal(8000),
            Decimal(8000),
            Decimal(8000),
            associations,
            Decimal("380.95"),
        ),
    )
    volets = tuple(replace(v, budget=b) for v, b in zip(volets, volet_budgets, strict=True))
    funders = (
        FunderShare(
            _id(201),
            "Caisse des Dépôts (Banque des Territoires)",
            FunderKind.BANQUE_TERRITOIRES,
            Decimal(16350),
            Decimal("0.5555"),
        ),
        FunderShare(
            _id(202), "État – DDTEFP du Nord", FunderKind.ETAT, Decimal(9810), Decimal("0.3333")
        ),
        FunderShare(
            _id(203),
            "Conseil régional Nord-Pas-de-Calais",
            FunderKind.REGION,
            Decimal("3270"),
            Decimal("0.1111"),
        ),
    )
    budget = BudgetSummary(
        budget=Decimal(32700),
        funded=Decimal(29430),
        funders=funders,
        planned=Decimal(32700),
        actual=Decimal(32200),
        volets=volet_budgets,
        per_association_flat=Decimal("1557.14"),
        per_association_by_volet={},
    )
    indicators = ProgrammeIndicators(
        programme_id=PROGRAMME_ID,
        title=programme().title,
        associations=associations,
        by_sector=tuple((s, sum(1 for p in people if p.sector == s)) for s in SECTORS),
        jobs_headcount=sum(p.employees for p in people),
        jobs_fte=sum((p.fte for p in people), Decimal(0)),
        budget=budget,
        sessions_held=3 * sessions_per_volet + sessions_per_volet + 1 + 3,
        attendance=Rate(79, 87),
        attendance_by_volet=tuple((v.volet.display_name, v.attendance) for v in volets),
        attendance_by_kind=(),
        followup_days_planned=Decimal("1.5") * associations,
        followup_days_done=Decimal("18.5"),
        questionnaires_sent=12,
        questionnaire_responses=Rate(6, 12),
        partnership_respondents=Rate(1, 6),
        partnerships_obtained=2,
        partnerships_by_category=(
            (PartnershipCategory.MECENAT_FINANCIER, 1),
            (PartnershipCategory.PRATIQUES_RESPONSABLES, 1),
        ),
        partnerships_amount=Decimal(23000),
    )
    return EvaluationReport(
        programme=programme(),
        offices=offices(),
        indicators=indicators,
        volets=volets,
        steering_committees=3,
        participants=people,
        association_budgets=tuple(
            AssociationBudget(
                association_id=_id(1000 + i),
                name=p.name,
                volets=p.volets,
                flat=Decimal("1557.14"),
                by_volet=Decimal("1680.95") if i % 2 else Decimal("1464.28"),
                funded=Decimal("1401.43"),
                cost=Decimal("1533.33"),
            )
            for i, p in enumerate(people)
        ),
        partnerships=(
            ObtainedPartnership(
                association=names[2],
                company="Banque Coopérative du Nord",
                category=PartnershipCategory.MECENAT_FINANCIER,
                status=PartnershipStatus.SIGNE,
                status_date=date(2006, 11, 20),
                amount=Decimal(5000),
            ),
            ObtainedPartnership(
                association=names[3],
                company="Cycles et Logistique Postale",
                category=PartnershipCategory.PRATIQUES_RESPONSABLES,
                status=PartnershipStatus.EN_COURS,
                status_date=date(2006, 12, 4),
                amount=Decimal(18000),
            ),
        ),
        issued_on=ISSUED,
    )


def empty_report() -> EvaluationReport:
    """A programme just created: no volets, participants, budget, follow-up or office."""
    indicators = ProgrammeIndicators(
        programme_id=PROGRAMME_ID,
        title="Nouveau programme",
        associations=0,
        by_sector=(),
        jobs_headcount=0,
        jobs_fte=Decimal(0),
        budget=BudgetSummary(
            budget=Decimal(0),
            funded=Decimal(0),
            funders=(),
            planned=Decimal(0),
            actual=Decimal(0),
            volets=(),
            per_association_flat=None,
            per_association_by_volet={},
        ),
        sessions_held=0,
        attendance=Rate(0, 0),
        attendance_by_volet=(),
        attendance_by_kind=(),
        followup_days_planned=Decimal(0),
        followup_days_done=Decimal(0),
        questionnaires_sent=0,
        questionnaire_responses=Rate(0, 0),
        partnership_respondents=Rate(0, 0),
        partnerships_obtained=0,
        partnerships_by_category=(),
        partnerships_amount=Decimal(0),
    )
    return EvaluationReport(
        programme=ProgrammeRecord(**_stored(1), title="Nouveau programme"),  # type: ignore[arg-type]
        offices=(),
        indicators=indicators,
        volets=(),
        steering_committees=0,
        participants=(),
        association_budgets=(),
        partnerships=(),
        issued_on=ISSUED,
    )


def hostile_report() -> EvaluationReport:
    """Markup in every user string: titles, texts, names, cabinet, lessons, funder."""
    report = lille_report(associations=6, sessions_per_volet=1)
    bad_volet = replace(
        report.volets[0],
        volet=replace(
            report.volets[0].volet,
            label=f"Volet {HOSTILE}",
            objective=HOSTILE,
            assessment=HOSTILE,
            improvement_tracks=(HOSTILE,),
        ),
        cabinet_name=f"Cabinet {HOSTILE}",
        subgroups=(SubgroupLine(name=f"Groupe {HOSTILE}", members=(f"Asso {HOSTILE}",)),),
        sessions=tuple(
            replace(s, title=HOSTILE, subgroup=HOSTILE) for s in report.volets[0].sessions
        ),
    )
    budget = report.indicators.budget
    funders = (replace(budget.funders[0], name=f"Financeur {HOSTILE}"), *budget.funders[1:])
    indicators = replace(
        report.indicators,
        budget=replace(budget, funders=funders),
        by_sector=((HOSTILE, 1), *report.indicators.by_sector),
    )
    return replace(
        report,
        programme=replace(
            report.programme,
            title=f"Programme {HOSTILE}",
            theme=HOSTILE,
            history=HOSTILE,
            objective=HOSTILE,
            specification=HOSTILE,
            lessons=f"Leçon {HOSTILE}\nDeuxième leçon 🎭 fin",
        ),
        offices=(replace(report.offices[0], name=f"Bureau {HOSTILE}", carrier=HOSTILE),),
        indicators=indicators,
        volets=(bad_volet, *report.volets[1:]),
        participants=(
            replace(
                report.participants[0],
                name=f"Asso {HOSTILE}",
                sector=HOSTILE,
                town=HOSTILE,
                volets=HOSTILE,
            ),
            *report.participants[1:],
        ),
        association_budgets=(
            replace(report.association_budgets[0], name=f"Asso {HOSTILE}"),
            *report.association_budgets[1:],
        ),
        partnerships=(
            replace(
                report.partnerships[0],
                association=f"Asso {HOSTILE}",
                company=f"Entreprise {HOSTILE}",
            ),
            *report.partnerships[1:],
        ),
    )


def large_report(associations: int = 500, collective_sessions: int = 200) -> EvaluationReport:
    """A big programme as bench/synthetic builds it: 500 participants, four volets in
    sub-groups of 25, 200 collective sessions listed (its thousands of interviews are counted)."""
    report = lille_report(associations=associations, sessions_per_volet=1)
    groups = tuple(f"Groupe {g + 1}" for g in range(associations // 25 or 1))
    per_volet = collective_sessions // 4
    volets = tuple(
        replace(
            volet,
            subgroups=tuple(
                SubgroupLine(name=g, members=volet.members[i :: len(groups)])
                for i, g in enumerate(groups)
            ),
            sessions=_sessions(SessionKind.DEMI_JOURNEE, date(2024, 1, 8), per_volet, groups, 25),
            interviews_held=1_200,
            interviews_attendance=Rate(1_100, 1_200),
        )
        for volet in (*report.volets, report.volets[0])
    )
    return replace(report, volets=volets)
