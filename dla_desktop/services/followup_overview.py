"""Suivi across programmes: where each accompanied association stands, in three reads.

One row per live participation (enrolment.live_participation) in a live programme:
follow-up days planned (the enrolment's) against done (its live actions), the last
action, the next step announced by the latest action that names one, and the
questionnaires answered or still awaited. Due dates and reminders (a later issue)
build on ``FollowUpState``, which gathers one participation's actions.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Row, Select, select
from sqlalchemy.orm import Session

from dla_desktop.db.models import Association, Enrolment, FollowUpAction, Programme, Questionnaire
from dla_desktop.domain.dashboard import FollowUpOverviewRow
from dla_desktop.services.enrolment import live_participation

Key = tuple[str, str]  # programme id, association id


@dataclass
class FollowUpState:
    """One participation's follow-up, fed action by action in date order."""

    days_done: Decimal = Decimal(0)
    last_action_date: date | None = None
    last_action_kind: str = ""
    next_step: str = ""
    next_step_date: date | None = None
    answered: int = 0
    pending: int = 0

    def add_action(
        self, day: date, kind: str, days: Decimal | None, step: str, step_date: date | None
    ) -> None:
        """Later actions replace the last action, and the next step when they name one."""
        self.days_done += days or Decimal(0)
        self.last_action_date, self.last_action_kind = day, kind
        if step or step_date is not None:
            self.next_step, self.next_step_date = step, step_date

    def is_late(self, today: date) -> bool:
        """A next step whose date has passed (a later issue turns this into reminders)."""
        return self.next_step_date is not None and self.next_step_date < today


def followup_overview(
    session: Session, *, programme_id: str | None = None, today: date | None = None
) -> list[FollowUpOverviewRow]:
    """Every live participation (of one programme, if given), by programme then association."""
    today = today or date.today()
    scope = _scope(programme_id)
    states: dict[Key, FollowUpState] = defaultdict(FollowUpState)
    _read_actions(session, scope, states)
    _read_questionnaires(session, scope, states)
    query = _participations(scope).order_by(Programme.title, Programme.id, Association.sort_name)
    return [
        _row(
            participation, states.get((participation[0], participation[2]), FollowUpState()), today
        )
        for participation in session.execute(query)
    ]


def _row(participation: Row[Any], state: FollowUpState, today: date) -> FollowUpOverviewRow:
    """One screen row from a participation and its follow-up."""
    programme, title, association, name, planned = participation
    return FollowUpOverviewRow(
        programme_id=programme,
        programme_title=title,
        association_id=association,
        association_name=name,
        days_planned=planned or Decimal(0),
        days_done=state.days_done,
        last_action_date=state.last_action_date,
        last_action_kind=state.last_action_kind,
        next_step=state.next_step,
        next_step_date=state.next_step_date,
        late=state.is_late(today),
        questionnaires_answered=state.answered,
        questionnaires_pending=state.pending,
    )


def _scope(programme_id: str | None) -> list[ColumnElement[bool]]:
    """Live programmes, or the one asked for (if it is live)."""
    where = [Programme.deleted_at.is_(None)]
    if programme_id is not None:
        where.append(Programme.id == programme_id)
    return where


def _participations(
    scope: list[ColumnElement[bool]],
) -> Select[tuple[str, str, str, str, Decimal]]:
    """Programme and association of each live participation, with the days planned."""
    return (
        select(
            Programme.id,
            Programme.title,
            Association.id,
            Association.name,
            Enrolment.followup_days_planned,
        )
        .join(Enrolment, Enrolment.programme_id == Programme.id)
        .join(Association, Association.id == Enrolment.association_id)
        .where(*scope, *live_participation(Programme.id))  # type: ignore[arg-type]
    )


def _read_actions(
    session: Session, scope: list[ColumnElement[bool]], states: dict[Key, FollowUpState]
) -> None:
    """Live actions in date order; those of a gone participation are simply never shown."""
    query = (
        select(
            FollowUpAction.programme_id,
            FollowUpAction.association_id,
            FollowUpAction.date,
            FollowUpAction.kind,
            FollowUpAction.duration_days,
            FollowUpAction.next_step,
            FollowUpAction.next_step_date,
        )
        .join(Programme, Programme.id == FollowUpAction.programme_id)
        .where(*scope, FollowUpAction.deleted_at.is_(None))
        .order_by(FollowUpAction.date, FollowUpAction.created_at)
    )
    for programme, association, day, kind, days, step, step_date in session.execute(query):
        states[programme, association].add_action(day, kind, days, step, step_date)


def _read_questionnaires(
    session: Session, scope: list[ColumnElement[bool]], states: dict[Key, FollowUpState]
) -> None:
    """Waves sent: answered when both dates are known, pending otherwise."""
    query = (
        select(Questionnaire.programme_id, Questionnaire.association_id, Questionnaire.answered_on)
        .join(Programme, Programme.id == Questionnaire.programme_id)
        .where(*scope, Questionnaire.deleted_at.is_(None), Questionnaire.sent_on.is_not(None))
    )
    for programme, association, answered_on in session.execute(query):
        state = states[programme, association]
        if answered_on is None:
            state.pending += 1
        else:
            state.answered += 1
