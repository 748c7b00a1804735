"""Suivi across programmes: days planned vs done, last action, next step, questionnaires."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from dla_desktop.db.database import Database
from dla_desktop.domain.enums import FollowUpKind
from dla_desktop.domain.records import (
    AssociationDraft,
    FollowUpActionDraft,
    ProgrammeDraft,
    QuestionnaireDraft,
)
from dla_desktop.services import associations, enrolment, followup, programmes
from dla_desktop.services.followup_overview import followup_overview
from tests.services.support import run

TODAY = date(2026, 6, 15)


@dataclass(frozen=True)
class World:
    lille: str
    cher: str
    theatre: str  # in both
    cirque: str  # in Lille


def _make_world(session: Session) -> World:
    def association(name: str) -> str:
        return associations.create_association(session, AssociationDraft(name=name)).id

    lille = programmes.create_programme(session, ProgrammeDraft(title="Lille")).id
    cher = programmes.create_programme(session, ProgrammeDraft(title="Cher")).id
    theatre, cirque = association("Théâtre"), association("Cirque")
    enrolment.enrol_associations(session, lille, [theatre, cirque])
    enrolment.enrol_associations(session, cher, [theatre])
    return World(lille, cher, theatre, cirque)


@pytest.fixture
def world(database: Database) -> World:
    return run(database, _make_world)


def action(database: Database, programme: str, association: str, **fields: object) -> None:
    draft = FollowUpActionDraft(
        programme_id=programme,
        association_id=association,
        date=fields.pop("date", date(2026, 5, 1)),  # type: ignore[arg-type]
        kind=fields.pop("kind", FollowUpKind.ENTRETIEN),  # type: ignore[arg-type]
        **fields,  # type: ignore[arg-type]
    )
    run(database, lambda s: followup.create_followup_action(s, draft))


def overview(database: Database, programme_id: str | None = None) -> list:
    return run(database, lambda s: followup_overview(s, programme_id=programme_id, today=TODAY))


def test_one_row_per_participation_by_programme(database: Database, world: World) -> None:
    rows = overview(database)
    assert [(r.programme_title, r.association_name) for r in rows] == [
        ("Cher", "Théâtre"),
        ("Lille", "Cirque"),
        ("Lille", "Théâtre"),
    ]
    first = rows[0]
    assert first.days_planned == Decimal("1.5") and first.days_done == Decimal(0)
    assert first.last_action_date is None and first.next_step == "" and not first.late


def test_filter_by_programme(database: Database, world: World) -> None:
    rows = overview(database, world.lille)
    assert {r.programme_id for r in rows} == {world.lille}
    assert len(rows) == 2


def test_days_done_last_action_and_next_step(database: Database, world: World) -> None:
    action(
        database,
        world.lille,
        world.theatre,
        date=date(2026, 4, 1),
        duration_days=Decimal("0.5"),
        next_step="Relancer la banque",
        next_step_date=date(2026, 5, 1),
    )
    action(
        database,
        world.lille,
        world.theatre,
        date=date(2026, 5, 10),
        kind=FollowUpKind.TELEPHONE,
        duration_days=Decimal("0.25"),
    )
    action(database, world.cher, world.theatre, date=date(2026, 6, 1), next_step_date=TODAY)
    rows = {(r.programme_id, r.association_id): r for r in overview(database)}
    lille = rows[world.lille, world.theatre]
    assert lille.days_done == Decimal("0.75")
    assert (lille.last_action_date, lille.last_action_kind) == (date(2026, 5, 10), "telephone")
    # The latest action names no next step: the earlier one still stands, and it is past.
    assert (lille.next_step, lille.next_step_date, lille.late) == (
        "Relancer la banque",
        date(2026, 5, 1),
        True,
    )
    cher = rows[world.cher, world.theatre]
    assert cher.next_step_date == TODAY and not cher.late  # due today is not late yet
    assert rows[world.lille, world.cirque].days_done == Decimal(0)


def test_questionnaires_answered_and_pending(database: Database, world: World) -> None:
    def wave(months: int, sent: date | None, answered: date | None) -> None:
        draft = QuestionnaireDraft(
            programme_id=world.lille,
            association_id=world.cirque,
            months_after=months,
            sent_on=sent,
            answered_on=answered,
        )
        run(database, lambda s: followup.create_questionnaire(s, draft))

    wave(3, date(2026, 1, 1), date(2026, 1, 20))
    wave(6, date(2026, 4, 1), None)
    wave(12, None, None)  # not sent yet: neither answered nor awaited
    row = next(r for r in overview(database, world.lille) if r.association_id == world.cirque)
    assert (row.questionnaires_answered, row.questionnaires_pending) == (1, 1)


def test_archived_rows_are_left_out(database: Database, world: World) -> None:
    action(database, world.lille, world.theatre, duration_days=Decimal(1))
    run(database, lambda s: programmes.archive_programme(s, world.cher))
    run(database, lambda s: associations.archive_association(s, world.cirque))
    rows = overview(database)
    assert [(r.programme_id, r.association_id) for r in rows] == [(world.lille, world.theatre)]
    assert rows[0].days_done == Decimal(1)
    assert overview(database, world.cher) == []
