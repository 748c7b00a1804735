"""What follow-up is due or late across programmes: the "À faire" list, in six reads.

Built on ``followup_overview`` (the live participations, the days done and the next
step that ``FollowUpState`` keeps, late or not), with each programme's end date, waves
and reminder delay, and the questionnaires already sent or answered. Nothing is read
per association: 500 associations cost the same six queries as five.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from dla_desktop.db.models import Enrolment, Programme, Questionnaire
from dla_desktop.domain.dashboard import FollowUpOverviewRow
from dla_desktop.domain.dates import add_months, format_date
from dla_desktop.domain.enums import EnrolmentStatus, ProgrammeStatus
from dla_desktop.domain.errors import ValidationError
from dla_desktop.domain.followup_due import DEFAULT_WAVES, DueItem, DueKind, parse_waves
from dla_desktop.domain.money import format_decimal
from dla_desktop.services.followup_overview import followup_overview

# A questionnaire shows a week before its date, so the coordinator can prepare the wave.
SHOWN_AHEAD = timedelta(days=7)
# Follow-up days planned are expected done within six months of the programme's end.
DAYS_DEADLINE_MONTHS = 6
KIND_ORDER = {kind: position for position, kind in enumerate(DueKind)}

Wave = tuple[str, str, int]  # programme id, association id, months after the end


@dataclass(frozen=True)
class FollowUpPlan:
    """A programme's follow-up settings, as stored."""

    end_date: date | None
    waves: tuple[int, ...]
    reminder_days: int


@dataclass(frozen=True)
class SentWave:
    """A questionnaire sent and still without an answer."""

    id: str
    programme_id: str
    association_id: str
    months_after: int
    sent_on: date


def due_items(session: Session, *, today: date, programme_id: str | None = None) -> list[DueItem]:
    """Everything due or late (of one programme, if given): late first, then by date.

    Ties keep the programme then association order of the Suivi screen.
    """
    plans = follow_up_plans(session, programme_id)
    abandoned = _abandoned(session, programme_id)
    rows = [
        row
        for row in followup_overview(session, programme_id=programme_id, today=today)
        if (row.programme_id, row.association_id) not in abandoned
    ]
    sent, awaited = _questionnaires(session, programme_id)
    position = {(row.programme_id, row.association_id): n for n, row in enumerate(rows)}
    found: list[tuple[int, DueItem]] = []
    for number, row in enumerate(rows):
        plan = plans.get(row.programme_id)
        if plan is not None:
            found.extend((number, item) for item in _participation_items(row, plan, sent, today))
    for wave in awaited:
        key = (wave.programme_id, wave.association_id)
        if key in position and wave.programme_id in plans:
            row = rows[position[key]]
            item = _answer_missing(row, wave, plans[wave.programme_id], today)
            if item is not None:
                found.append((position[key], item))
    found.sort(key=_order)
    return [item for _number, item in found]


def _order(entry: tuple[int, DueItem]) -> tuple[bool, date, int, int, int]:
    """Late first, then the oldest date, then programme and association, then kind and wave."""
    number, item = entry
    return (not item.late, item.due_on, number, KIND_ORDER[item.kind], item.months_after or 0)


def follow_up_plans(session: Session, programme_id: str | None = None) -> dict[str, FollowUpPlan]:
    """Each live programme's end, waves and reminder delay (unreadable waves: the defaults)."""
    query = select(
        Programme.id,
        Programme.end_date,
        Programme.questionnaire_waves,
        Programme.answer_reminder_days,
    ).where(*_scope(programme_id))
    return {
        programme: FollowUpPlan(end, _stored_waves(waves), days)
        for programme, end, waves, days in session.execute(query)
    }


def _stored_waves(text: str) -> tuple[int, ...]:
    """A stored wave list; one that no longer reads (typed before checks) falls back."""
    try:
        return parse_waves(text)
    except ValidationError:
        return DEFAULT_WAVES


def _abandoned(session: Session, programme_id: str | None) -> set[tuple[str, str]]:
    """(programme, association) of the enrolments marked « abandon »: nothing more to ask them."""
    query = select(Enrolment.programme_id, Enrolment.association_id).where(
        Enrolment.deleted_at.is_(None), Enrolment.status == EnrolmentStatus.ABANDON.value
    )
    if programme_id is not None:
        query = query.where(Enrolment.programme_id == programme_id)
    return {(programme, association) for programme, association in session.execute(query)}


def _scope(programme_id: str | None) -> list[ColumnElement[bool]]:
    """Live programmes still followed (not « clos »), or the one asked for (if so)."""
    where = [Programme.deleted_at.is_(None), Programme.status != ProgrammeStatus.CLOS.value]
    if programme_id is not None:
        where.append(Programme.id == programme_id)
    return where


def _questionnaires(session: Session, programme_id: str | None) -> tuple[set[Wave], list[SentWave]]:
    """Waves already sent (never to send again), and those sent still awaiting an answer."""
    query = (
        select(
            Questionnaire.id,
            Questionnaire.programme_id,
            Questionnaire.association_id,
            Questionnaire.months_after,
            Questionnaire.sent_on,
            Questionnaire.answered_on,
        )
        .join(Programme, Programme.id == Questionnaire.programme_id)
        .where(
            *_scope(programme_id),
            Questionnaire.deleted_at.is_(None),
            Questionnaire.sent_on.is_not(None),
        )
    )
    sent: set[Wave] = set()
    awaited: list[SentWave] = []
    for id, programme, association, months, sent_on, answered_on in session.execute(query):
        sent.add((programme, association, months))
        if answered_on is None:
            awaited.append(SentWave(id, programme, association, months, sent_on))
    return sent, awaited


# --- items of one participation ------------------------------------------------------------


def _participation_items(
    row: FollowUpOverviewRow, plan: FollowUpPlan, sent: set[Wave], today: date
) -> Iterator[DueItem]:
    """Waves to send, days not done and a late next step, for one association."""
    if plan.end_date is not None:
        yield from _waves_to_send(row, plan.end_date, plan.waves, sent, today)
        days = _days_not_done(row, plan.end_date, today)
        if days is not None:
            yield days
    if row.late and row.next_step_date is not None:  # FollowUpState.is_late said so
        yield _item(
            row,
            DueKind.NEXT_STEP_LATE,
            row.next_step_date,
            today,
            row.next_step or "Prochaine étape sans intitulé",
        )


def _waves_to_send(
    row: FollowUpOverviewRow, end: date, waves: tuple[int, ...], sent: set[Wave], today: date
) -> Iterator[DueItem]:
    """Each wave dated within a week (or past) that this association was not sent yet."""
    for months in waves:
        due_on = add_months(end, months)
        if due_on > today + SHOWN_AHEAD:
            break  # waves are sorted: the later ones are further away still
        if (row.programme_id, row.association_id, months) not in sent:
            yield _item(
                row,
                DueKind.QUESTIONNAIRE_TO_SEND,
                due_on,
                today,
                f"Vague à {months} mois",
                months_after=months,
            )


def _days_not_done(row: FollowUpOverviewRow, end: date, today: date) -> DueItem | None:
    """Once the programme has ended, fewer follow-up days done than planned."""
    if end >= today or row.days_done >= row.days_planned:
        return None
    unit = "jour" if row.days_done < 2 else "jours"
    detail = f"{format_decimal(row.days_done, 1)} {unit} sur {format_decimal(row.days_planned, 1)}"
    due_on = add_months(end, DAYS_DEADLINE_MONTHS)
    return _item(row, DueKind.DAYS_NOT_DONE, due_on, today, detail)


def _answer_missing(
    row: FollowUpOverviewRow, wave: SentWave, plan: FollowUpPlan, today: date
) -> DueItem | None:
    """A questionnaire sent and unanswered, once the programme's reminder delay has run out."""
    due_on = wave.sent_on + timedelta(days=plan.reminder_days)
    if due_on > today:
        return None
    detail = f"Vague à {wave.months_after} mois envoyée le {format_date(wave.sent_on)}"
    return _item(
        row,
        DueKind.ANSWER_MISSING,
        due_on,
        today,
        detail,
        months_after=wave.months_after,
        questionnaire_id=wave.id,
    )


def _item(
    row: FollowUpOverviewRow,
    kind: DueKind,
    due_on: date,
    today: date,
    detail: str,
    *,
    months_after: int | None = None,
    questionnaire_id: str | None = None,
) -> DueItem:
    """One item for the participation of ``row``; late once its date is past."""
    return DueItem(
        kind=kind,
        programme_id=row.programme_id,
        programme_title=row.programme_title,
        association_id=row.association_id,
        association_name=row.association_name,
        due_on=due_on,
        late=due_on < today,
        detail=detail,
        months_after=months_after,
        questionnaire_id=questionnaire_id,
    )
