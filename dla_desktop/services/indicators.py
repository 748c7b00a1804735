"""One programme's indicators, the figures funders ask for, in a handful of aggregate queries.

Every figure counts the same participants (enrolment.live_participation: a live enrolment of
a live association, whatever its status) and leaves out whatever hangs from a tombstone:
an archived volet's sessions, an archived session's marks, a partnership whose association
or company was archived. One report never says 21 associations beside 32 700 / 20.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Row, case, func, or_, select
from sqlalchemy.orm import Session

from dla_desktop.db.models import (
    Association,
    Attendance,
    Company,
    Enrolment,
    FollowUpAction,
    Partnership,
    ProgrammeSession,
    Questionnaire,
    Volet,
)
from dla_desktop.domain.enums import (
    OBTAINED_PARTNERSHIP_STATUSES,
    AttendanceStatus,
    PartnershipCategory,
    SessionKind,
    VoletKind,
)
from dla_desktop.domain.indicators import (
    FollowupFigures,
    ProgrammeIndicators,
    Rate,
    VoletSatisfaction,
    WaveFigures,
)
from dla_desktop.domain.money import round_cents
from dla_desktop.services.budget import budget_summary
from dla_desktop.services.enrolment import Participants, live_participation
from dla_desktop.services.programmes import get_programme

NO_SECTOR = "Non renseigné"


def programme_indicators(session: Session, programme_id: str) -> ProgrammeIndicators:
    """Everything the evaluation report and the Évaluation tab show for one programme.

    Raises NotFoundError for a programme unknown or archived.
    """
    programme = get_programme(session, programme_id)
    participants = Participants.of(session, programme_id)
    sectors, headcount, fte = _participants(session, programme_id)
    by_volet, by_kind, overall, held = _attendance(session, programme_id, participants)
    sent, responses, respondents = _questionnaires(session, programme_id, participants)
    obtained, by_category, amount = _partnerships(session, programme_id)
    return ProgrammeIndicators(
        programme_id=programme_id,
        title=programme.title,
        associations=sum(count for _sector, count in sectors),
        by_sector=sectors,
        jobs_headcount=headcount,
        jobs_fte=fte,
        budget=budget_summary(session, programme_id, participants),
        sessions_held=held,
        attendance=overall,
        attendance_by_volet=by_volet,
        attendance_by_kind=by_kind,
        followup_days_planned=_followup_planned(session, programme_id),
        followup_days_done=_followup_done(session, programme_id, participants),
        questionnaires_sent=sent,
        questionnaire_responses=responses,
        partnership_respondents=respondents,
        partnerships_obtained=obtained,
        partnerships_by_category=by_category,
        partnerships_amount=amount,
    )


def _participants(
    session: Session, programme_id: str
) -> tuple[tuple[tuple[str, int], ...], int, Decimal]:
    """Associations by sector (largest first), jobs headcount and FTE."""
    rows = session.execute(
        select(
            Association.sector,
            func.count(),
            func.sum(Association.employees),
            func.sum(Association.fte),  # SUM keeps the column type: Decimal, not cents
        )
        .join(Enrolment, Enrolment.association_id == Association.id)
        .where(*live_participation(programme_id))
        .group_by(Association.sector)
    ).all()
    sectors = sorted(((s or NO_SECTOR, n) for s, n, _e, _f in rows), key=lambda x: (-x[1], x[0]))
    headcount = sum(int(e or 0) for _s, _n, e, _f in rows)
    fte = sum((f or Decimal(0) for _s, _n, _e, f in rows), Decimal(0))
    return tuple(sectors), headcount, fte


def _attendance(
    session: Session, programme_id: str, participants: Participants
) -> tuple[tuple[tuple[str, Rate], ...], tuple[tuple[SessionKind, Rate], ...], Rate, int]:
    """Attendance rates per volet and per session kind, the overall rate, and sessions held."""
    present = func.sum(case((Attendance.status == AttendanceStatus.PRESENT.value, 1), else_=0))
    base = (
        select(ProgrammeSession.volet_id, ProgrammeSession.kind, present, func.count())
        .join(Attendance, Attendance.session_id == ProgrammeSession.id)
        .where(
            *held_sessions(programme_id),
            Attendance.deleted_at.is_(None),
            # Marks are recorded for enrolled associations only, and enrolments are
            # tombstoned, never deleted: leaving out the gone ones keeps the live ones.
            # NOT IN a list that is mostly empty costs nothing per mark; IN (participants)
            # made SQLite seek every participant in every session (8 times slower).
            Attendance.association_id.not_in(sorted(participants.gone)),
        )
        .group_by(ProgrammeSession.volet_id, ProgrammeSession.kind)
    )
    volet_names = {
        volet_id: label or VoletKind(kind).label
        for volet_id, kind, label in session.execute(
            select(Volet.id, Volet.kind, Volet.label)
            .where(Volet.programme_id == programme_id, Volet.deleted_at.is_(None))
            .order_by(Volet.created_at)
        )
    }
    per_volet = {volet_id: [0, 0] for volet_id in volet_names}
    per_kind = {kind: [0, 0] for kind in SessionKind}
    for volet_id, kind, came, total in session.execute(base):
        for bucket in (per_volet.setdefault(volet_id, [0, 0]), per_kind[SessionKind(kind)]):
            bucket[0] += int(came or 0)
            bucket[1] += int(total)
    by_volet = tuple((volet_names[v], Rate(*per_volet[v])) for v in volet_names if per_volet[v][1])
    by_kind = tuple((kind, Rate(*counts)) for kind, counts in per_kind.items() if counts[1])
    overall = Rate(sum(c[0] for c in per_kind.values()), sum(c[1] for c in per_kind.values()))
    return by_volet, by_kind, overall, _sessions_held(session, programme_id)


def held_sessions(programme_id: str) -> tuple[ColumnElement[bool], ...]:
    """Live sessions of the programme whose volet, when they have one, is live too."""
    live_volets = select(Volet.id).where(
        Volet.programme_id == programme_id, Volet.deleted_at.is_(None)
    )
    return (
        ProgrammeSession.programme_id == programme_id,
        ProgrammeSession.deleted_at.is_(None),
        or_(ProgrammeSession.volet_id.is_(None), ProgrammeSession.volet_id.in_(live_volets)),
    )


def _sessions_held(session: Session, programme_id: str) -> int:
    return (
        session.scalar(
            select(func.count()).select_from(ProgrammeSession).where(*held_sessions(programme_id))
        )
        or 0
    )


def _followup_planned(session: Session, programme_id: str) -> Decimal:
    days = session.scalars(
        select(Enrolment.followup_days_planned)
        .join(Association, Association.id == Enrolment.association_id)
        .where(*live_participation(programme_id))
    )
    return sum(days, Decimal(0))


def _followup_done(session: Session, programme_id: str, participants: Participants) -> Decimal:
    rows = session.execute(
        select(FollowUpAction.association_id, FollowUpAction.duration_days).where(
            FollowUpAction.programme_id == programme_id, FollowUpAction.deleted_at.is_(None)
        )
    )
    return sum((days for a, days in rows if a in participants.live), Decimal(0))


def _questionnaires(
    session: Session, programme_id: str, participants: Participants
) -> tuple[int, Rate, Rate]:
    """Waves sent; associations that answered any; of them, those that obtained a partnership.

    Only a wave both sent and answered is a response (files from before validation
    required the sending date may hold answers without one), so responses never exceed
    the associations sent a questionnaire.
    """
    rows = session.execute(
        select(
            Questionnaire.association_id,
            Questionnaire.sent_on,
            Questionnaire.answered_on,
            Questionnaire.partnership_obtained,
        ).where(
            Questionnaire.programme_id == programme_id,
            Questionnaire.deleted_at.is_(None),
            Questionnaire.sent_on.is_not(None),
        )
    ).all()
    rows = [row for row in rows if row.association_id in participants.live]
    sent_to = {a for a, _sent, _ans, _ok in rows}
    answered = {a for a, _sent, answered_on, _ok in rows if answered_on is not None}
    obtained = {a for a, _sent, answered_on, ok in rows if answered_on is not None and ok}
    return len(rows), Rate(len(answered), len(sent_to)), Rate(len(obtained), len(answered))


def _partnerships(
    session: Session, programme_id: str
) -> tuple[int, tuple[tuple[PartnershipCategory, int], ...], Decimal]:
    """Partnerships born of the programme and signed (signed, running or ended).

    Between a live association and a live company, as in the partnerships list; the
    association need not take part any more: what a programme brought stays its fruit.
    (Joins rather than partnerships._between_live_parties, whose IN lists read every live
    association and company of the file.)
    """
    rows = session.execute(
        select(Partnership.category, Partnership.amount)
        .join(Association, Association.id == Partnership.association_id)
        .join(Company, Company.id == Partnership.company_id)
        .where(*obtained_partnerships(programme_id))
    ).all()
    counts = {category: 0 for category in PartnershipCategory}
    for category, _amount in rows:
        counts[PartnershipCategory(category)] += 1
    total = round_cents(sum((a for _c, a in rows if a is not None), Decimal(0)))
    by_category = tuple((c, n) for c, n in counts.items() if n)
    return len(rows), by_category, total


def obtained_partnerships(programme_id: str) -> tuple[ColumnElement[bool], ...]:
    """The programme's obtained partnerships, joined to their association and company.

    One definition for the figures and for the report's list, so they always agree.
    """
    return (
        Partnership.origin_programme_id == programme_id,
        Partnership.deleted_at.is_(None),
        Partnership.status.in_([s.value for s in OBTAINED_PARTNERSHIP_STATUSES]),
        Association.deleted_at.is_(None),
        Company.deleted_at.is_(None),
    )


def followup_figures(session: Session, programme_id: str) -> FollowupFigures:
    """The follow-up questionnaires' answers as funders read them: per wave and overall.

    Counts the waves sent to the programme's live participants (as _questionnaires does),
    so the overall response rate is the one of ProgrammeIndicators.questionnaire_responses.
    """
    participants = Participants.of(session, programme_id)
    rows = [
        row
        for row in session.execute(
            select(
                Questionnaire.association_id,
                Questionnaire.months_after,
                Questionnaire.answered_on,
                Questionnaire.partnership_obtained,
                Questionnaire.category,
                Questionnaire.amount,
                Questionnaire.jobs_created,
                Questionnaire.jobs_consolidated,
                Questionnaire.satisfaction,
            ).where(
                Questionnaire.programme_id == programme_id,
                Questionnaire.deleted_at.is_(None),
                Questionnaire.sent_on.is_not(None),
            )
        )
        if row.association_id in participants.live
    ]
    answered = [row for row in rows if row.answered_on is not None]
    latest = _latest_answers(answered)
    declared = _latest_answers([row for row in answered if row.partnership_obtained])
    counts = {category: 0 for category in PartnershipCategory}
    for row in declared:
        if row.category is not None:
            counts[PartnershipCategory(row.category)] += 1
    return FollowupFigures(
        waves=_waves(rows),
        responses=Rate(len(latest), len({row.association_id for row in rows})),
        partnerships=Rate(len(declared), len(latest)),
        partnerships_by_category=tuple((c, n) for c, n in counts.items() if n),
        partnerships_amount=round_cents(
            sum((row.amount for row in declared if row.amount is not None), Decimal(0))
        ),
        jobs_created=sum(int(row.jobs_created or 0) for row in latest),
        jobs_consolidated=sum(int(row.jobs_consolidated or 0) for row in latest),
        satisfaction=_satisfaction(session, programme_id, answered),
    )


def _latest_answers(answered: list[Row[Any]]) -> list[Row[Any]]:
    """Each association's answer to its latest wave: answers say "since the end"."""
    latest: dict[str, Row[Any]] = {}
    for row in answered:
        kept = latest.get(row.association_id)
        if kept is None or row.months_after > kept.months_after:
            latest[row.association_id] = row
    return list(latest.values())


def _waves(rows: list[Row[Any]]) -> tuple[WaveFigures, ...]:
    """Sent / answered / partnerships / jobs of each wave, by delay."""
    waves = []
    for months in sorted({row.months_after for row in rows}):
        sent = [row for row in rows if row.months_after == months]
        answered = [row for row in sent if row.answered_on is not None]
        waves.append(
            WaveFigures(
                months_after=months,
                responses=Rate(len(answered), len(sent)),
                partnerships=Rate(
                    sum(1 for r in answered if r.partnership_obtained), len(answered)
                ),
                jobs_created=sum(int(r.jobs_created or 0) for r in answered),
                jobs_consolidated=sum(int(r.jobs_consolidated or 0) for r in answered),
            )
        )
    return tuple(waves)


def _satisfaction(
    session: Session, programme_id: str, answered: list[Row[Any]]
) -> tuple[VoletSatisfaction, ...]:
    """Every answer's rating of each live volet (1..5), averaged; other keys are ignored."""
    ratings: dict[str, list[int]] = {}
    for row in answered:
        for volet_id, value in (row.satisfaction or {}).items():
            if isinstance(value, int) and 1 <= value <= 5:
                ratings.setdefault(volet_id, []).append(value)
    volets = session.execute(
        select(Volet.id, Volet.kind, Volet.label)
        .where(Volet.programme_id == programme_id, Volet.deleted_at.is_(None))
        .order_by(Volet.created_at)
    )
    return tuple(
        VoletSatisfaction(
            volet_id=volet_id,
            name=label or VoletKind(kind).label,
            ratings=len(given := ratings.get(volet_id, [])),
            average=Decimal(sum(given)) / Decimal(len(given)) if given else None,
        )
        for volet_id, kind, label in volets
    )
