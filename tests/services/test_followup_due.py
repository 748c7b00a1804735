"""The "À faire" list with a frozen clock: waves, late answers, days not done, next steps."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session

from dla_desktop.db.database import Database
from dla_desktop.domain.dates import add_months
from dla_desktop.domain.enums import EnrolmentStatus, FollowUpKind, ProgrammeStatus
from dla_desktop.domain.followup_due import DueItem, DueKind
from dla_desktop.domain.records import (
    AssociationDraft,
    EnrolmentDraft,
    FollowUpActionDraft,
    ProgrammeDraft,
    QuestionnaireDraft,
)
from dla_desktop.services import associations, enrolment, followup, programmes
from dla_desktop.services.answer_import import questionnaire_draft
from dla_desktop.services.followup_due import due_items
from tests.services.support import refused, run

TODAY = date(2026, 6, 15)
ENDED = date(2025, 6, 10)  # a year and five days ago: every default wave is due


@dataclass(frozen=True)
class World:
    lille: str  # ended a year ago
    theatre: str
    cirque: str


def _association(session: Session, name: str) -> str:
    return associations.create_association(session, AssociationDraft(name=name)).id


def _programme(session: Session, title: str, end: date | None, **fields: object) -> str:
    draft = ProgrammeDraft(title=title, end_date=end, **fields)  # type: ignore[arg-type]
    return programmes.create_programme(session, draft).id


def _make_world(session: Session) -> World:
    lille = _programme(session, "Lille", ENDED)
    theatre, cirque = _association(session, "Théâtre"), _association(session, "Cirque")
    enrolment.enrol_associations(session, lille, [theatre, cirque])
    return World(lille, theatre, cirque)


@pytest.fixture
def world(database: Database) -> World:
    return run(database, _make_world)


def due(database: Database, programme_id: str | None = None, today: date = TODAY) -> list[DueItem]:
    return run(database, lambda s: due_items(s, today=today, programme_id=programme_id))


def of_kind(items: list[DueItem], kind: DueKind) -> list[DueItem]:
    return [item for item in items if item.kind is kind]


def send(database: Database, programme: str, association: str, months: int, sent_on: date) -> str:
    draft = QuestionnaireDraft(
        programme_id=programme, association_id=association, months_after=months, sent_on=sent_on
    )
    return run(database, lambda s: followup.create_questionnaire(s, draft)).id


def answer(database: Database, questionnaire_id: str, on: date) -> None:
    def work(session: Session) -> None:
        record = followup.get_questionnaire(session, questionnaire_id)
        draft = replace(questionnaire_draft(record), answered_on=on, partnership_obtained=False)
        followup.record_answer(session, questionnaire_id, draft, record.version)

    run(database, work)


def act(database: Database, programme: str, association: str, **fields: object) -> None:
    draft = FollowUpActionDraft(
        programme_id=programme,
        association_id=association,
        date=fields.pop("date", date(2025, 7, 1)),  # type: ignore[arg-type]
        kind=FollowUpKind.ENTRETIEN,
        **fields,  # type: ignore[arg-type]
    )
    run(database, lambda s: followup.create_followup_action(s, draft))


# --- questionnaires to send -----------------------------------------------------------------


def test_waves_at_3_6_and_12_months_are_due_for_each_association(
    database: Database, world: World
) -> None:
    waves = of_kind(due(database), DueKind.QUESTIONNAIRE_TO_SEND)
    theatre = [item for item in waves if item.association_id == world.theatre]
    assert [(i.months_after, i.due_on, i.late, i.detail) for i in theatre] == [
        (3, date(2025, 9, 10), True, "Vague à 3 mois"),
        (6, date(2025, 12, 10), True, "Vague à 6 mois"),
        (12, date(2026, 6, 10), True, "Vague à 12 mois"),
    ]
    assert len(waves) == 6  # one item per association and wave: the screen groups them
    assert {(i.programme_title, i.association_name) for i in waves} == {
        ("Lille", "Théâtre"),
        ("Lille", "Cirque"),
    }


def test_a_wave_sent_is_no_longer_due(database: Database, world: World) -> None:
    send(database, world.lille, world.theatre, 3, date(2025, 9, 12))
    waves = of_kind(due(database), DueKind.QUESTIONNAIRE_TO_SEND)
    assert (world.theatre, 3) not in {(i.association_id, i.months_after) for i in waves}
    assert (world.cirque, 3) in {(i.association_id, i.months_after) for i in waves}


def test_a_questionnaire_not_yet_sent_is_still_due(database: Database, world: World) -> None:
    draft = QuestionnaireDraft(
        programme_id=world.lille, association_id=world.theatre, months_after=3
    )
    run(database, lambda s: followup.create_questionnaire(s, draft))
    waves = of_kind(due(database, world.lille), DueKind.QUESTIONNAIRE_TO_SEND)
    assert (world.theatre, 3) in {(i.association_id, i.months_after) for i in waves}


@pytest.mark.parametrize(
    ("days_before_due", "listed"),
    [(-1, True), (0, True), (5, True), (7, True), (8, False)],
)
def test_a_wave_shows_a_week_ahead(database: Database, days_before_due: int, listed: bool) -> None:
    # GIVEN a programme whose 6-month wave falls ``days_before_due`` days from today
    wave_day = TODAY + timedelta(days=days_before_due)
    end = add_months(wave_day, -6)

    def build(session: Session) -> str:
        programme = _programme(session, "Cher", end, questionnaire_waves="6")
        enrolment.enrol_associations(session, programme, [_association(session, "Musique")])
        return programme

    programme = run(database, build)
    # WHEN the list is read today
    waves = of_kind(due(database, programme), DueKind.QUESTIONNAIRE_TO_SEND)
    # THEN it shows from a week before, late only once the day has passed
    assert [(i.due_on, i.late) for i in waves] == (
        [(wave_day, days_before_due < 0)] if listed else []
    )


def test_a_programme_with_its_own_waves(database: Database) -> None:
    def build(session: Session) -> str:
        programme = _programme(session, "Cher", ENDED, questionnaire_waves=" 9 ; 2")
        enrolment.enrol_associations(session, programme, [_association(session, "Musique")])
        return programme

    programme = run(database, build)
    assert run(database, lambda s: programmes.get_programme(s, programme)).questionnaire_waves == (
        "2,9"
    )
    waves = of_kind(due(database, programme), DueKind.QUESTIONNAIRE_TO_SEND)
    assert [(i.months_after, i.due_on) for i in waves] == [
        (2, date(2025, 8, 10)),
        (9, date(2026, 3, 10)),
    ]


def test_no_wave_without_an_end_date_or_before_it(database: Database) -> None:
    def build(session: Session) -> None:
        undated = _programme(session, "Sans date", None)
        future = _programme(session, "À venir", date(2026, 12, 1))
        music = _association(session, "Musique")
        enrolment.enrol_associations(session, undated, [music])
        enrolment.enrol_associations(session, future, [music])

    run(database, build)
    assert due(database) == []


# --- answers awaited ----------------------------------------------------------------------


def test_an_answer_missing_after_the_reminder_delay(database: Database, world: World) -> None:
    # GIVEN the 6-month wave sent 40 days ago to the theatre, 20 days ago to the circus
    late = send(database, world.lille, world.theatre, 6, TODAY - timedelta(days=40))
    send(database, world.lille, world.cirque, 6, TODAY - timedelta(days=20))
    # WHEN the list is read, with the default reminder of 30 days
    missing = of_kind(due(database), DueKind.ANSWER_MISSING)
    # THEN only the theatre's answer is awaited, ten days late
    assert missing == [
        DueItem(
            kind=DueKind.ANSWER_MISSING,
            programme_id=world.lille,
            programme_title="Lille",
            association_id=world.theatre,
            association_name="Théâtre",
            due_on=TODAY - timedelta(days=10),
            late=True,
            detail="Vague à 6 mois envoyée le 6 mai 2026",
            months_after=6,
            questionnaire_id=late,
        )
    ]


def test_the_programme_reminder_delay_is_used(database: Database, world: World) -> None:
    send(database, world.lille, world.cirque, 6, TODAY - timedelta(days=20))

    def shorten(session: Session) -> None:
        record = programmes.get_programme(session, world.lille)
        draft = ProgrammeDraft(
            title=record.title, end_date=record.end_date, answer_reminder_days=14
        )
        programmes.update_programme(session, world.lille, draft, record.version)

    run(database, shorten)
    missing = of_kind(due(database), DueKind.ANSWER_MISSING)
    assert [(i.association_id, i.due_on) for i in missing] == [
        (world.cirque, TODAY - timedelta(days=6))
    ]


def test_an_answered_questionnaire_is_not_listed(database: Database, world: World) -> None:
    questionnaire = send(database, world.lille, world.theatre, 6, TODAY - timedelta(days=40))
    answer(database, questionnaire, TODAY - timedelta(days=2))
    items = [i for i in due(database) if i.association_id == world.theatre]
    assert of_kind(items, DueKind.ANSWER_MISSING) == []
    assert [i.months_after for i in of_kind(items, DueKind.QUESTIONNAIRE_TO_SEND)] == [3, 12]


# --- follow-up days and next steps ----------------------------------------------------------


def test_follow_up_days_not_done_after_the_end(database: Database, world: World) -> None:
    act(database, world.lille, world.theatre, duration_days=Decimal(1))
    act(database, world.lille, world.cirque, duration_days=Decimal("1.5"))
    days = of_kind(due(database), DueKind.DAYS_NOT_DONE)
    assert [(i.association_id, i.detail, i.due_on, i.late) for i in days] == [
        (world.theatre, "1,0 jour sur 1,5", date(2025, 12, 10), True)
    ]


def test_days_not_done_are_not_late_within_six_months(database: Database) -> None:
    def build(session: Session) -> None:
        programme = _programme(session, "Cher", date(2026, 5, 1))
        music = _association(session, "Musique")
        (record,) = enrolment.enrol_associations(session, programme, [music])
        followup.set_planned_days(session, record.id, Decimal(3), record.version)

    run(database, build)
    (days,) = of_kind(due(database), DueKind.DAYS_NOT_DONE)
    assert (days.detail, days.due_on, days.late) == ("0,0 jour sur 3,0", date(2026, 11, 1), False)
    assert of_kind(due(database, today=date(2026, 5, 1)), DueKind.DAYS_NOT_DONE) == []


def test_a_next_step_past_its_date(database: Database, world: World) -> None:
    # GIVEN an action announcing a step for yesterday, then one naming no step
    act(
        database,
        world.lille,
        world.theatre,
        date=date(2026, 5, 2),
        next_step="Relancer le trésorier",
        next_step_date=TODAY - timedelta(days=1),
    )
    act(database, world.lille, world.theatre, date=date(2026, 5, 20))
    # and, for the circus, a late step replaced by a later action's step due today
    act(database, world.lille, world.cirque, next_step="Appeler", next_step_date=date(2026, 1, 5))
    act(database, world.lille, world.cirque, date=date(2026, 6, 1), next_step_date=TODAY)
    steps = of_kind(due(database), DueKind.NEXT_STEP_LATE)
    assert [(i.association_id, i.detail, i.due_on, i.late) for i in steps] == [
        (world.theatre, "Relancer le trésorier", TODAY - timedelta(days=1), True)
    ]


# --- what is left out, order, reads ---------------------------------------------------------


def test_archived_programmes_associations_and_withdrawals_are_left_out(
    database: Database, world: World
) -> None:
    def build(session: Session) -> str:
        other = _programme(session, "Archivé", ENDED)
        enrolment.enrol_associations(session, other, [world.theatre])
        programmes.archive_programme(session, other)
        associations.archive_association(session, world.cirque)
        return other

    archived = run(database, build)
    items = due(database)
    assert items and {i.association_id for i in items} == {world.theatre}
    assert {i.programme_id for i in items} == {world.lille}
    assert due(database, archived) == []

    def withdraw(session: Session) -> None:
        (row,) = [
            p for p in enrolment.list_participants(session, world.lille) if p.name == "Théâtre"
        ]
        enrolment.withdraw_enrolment(session, row.enrolment_id)

    run(database, withdraw)
    assert due(database) == []


def test_closed_programmes_and_abandoned_enrolments_are_left_out(
    database: Database, world: World
) -> None:
    def build(session: Session) -> str:
        closed = _programme(session, "Clos", ENDED, status=ProgrammeStatus.CLOS)
        enrolment.enrol_associations(session, closed, [world.theatre])
        return closed

    closed = run(database, build)
    act(database, closed, world.theatre, next_step="Relancer", next_step_date=date(2025, 8, 1))
    send(database, closed, world.theatre, 3, date(2025, 9, 12))  # never answered
    assert {i.programme_id for i in due(database)} == {world.lille}
    assert due(database, closed) == []

    def abandon(session: Session) -> None:
        (row,) = [
            p for p in enrolment.list_participants(session, world.lille) if p.name == "Cirque"
        ]
        current = enrolment.get_participation(session, row.enrolment_id)
        draft = EnrolmentDraft(
            **{f.name: getattr(current.enrolment, f.name) for f in fields(EnrolmentDraft)}
        )
        enrolment.set_participation(
            session,
            row.enrolment_id,
            replace(draft, status=EnrolmentStatus.ABANDON, status_date=date(2025, 4, 1)),
            current.enrolment.version,
            dict(current.subgroup_by_volet),
        )

    run(database, abandon)
    assert {i.association_id for i in due(database)} == {world.theatre}


def test_late_first_then_by_date_programme_and_association(database: Database) -> None:
    def build(session: Session) -> None:
        ended = _programme(session, "Ancien", ENDED, questionnaire_waves="12")
        coming = _programme(session, "Récent", date(2026, 3, 18), questionnaire_waves="3")
        for name in ("Zèbre", "Abeille"):
            enrolment.enrol_associations(session, ended, [_association(session, name)])
        enrolment.enrol_associations(session, coming, [_association(session, "Castor")])

    run(database, build)
    items = due(database)
    shown = [(i.late, i.due_on, i.programme_title, i.association_name, i.kind) for i in items]
    assert shown == sorted(shown, key=lambda s: (not s[0], s[1]))
    # what is not late yet comes last: the coming wave, then the days to do by September
    assert [s[:2] + s[4:] for s in shown if not s[0]] == [
        (False, date(2026, 6, 18), DueKind.QUESTIONNAIRE_TO_SEND),
        (False, date(2026, 9, 18), DueKind.DAYS_NOT_DONE),
    ]
    waves = [s for s in shown if s[4] is DueKind.QUESTIONNAIRE_TO_SEND and s[2] == "Ancien"]
    assert [s[3] for s in waves] == ["Abeille", "Zèbre"]  # same day: French name order


def test_reads_do_not_grow_with_the_associations(database: Database) -> None:
    def build(count: int) -> None:
        def work(session: Session) -> None:
            programme = _programme(session, f"Programme {count}", ENDED)
            names = [_association(session, f"Association {count}-{n}") for n in range(count)]
            enrolment.enrol_associations(session, programme, names)
            for association in names:
                send_draft = QuestionnaireDraft(
                    programme_id=programme,
                    association_id=association,
                    months_after=6,
                    sent_on=ENDED + timedelta(days=180),
                )
                followup.create_questionnaire(session, send_draft)

        run(database, work)

    def statements() -> int:
        seen: list[str] = []

        def listen(_connection: object, _cursor: object, statement: str, *_args: object) -> None:
            seen.append(statement)

        event.listen(database.engine, "before_cursor_execute", listen)
        try:
            assert due(database)
        finally:
            event.remove(database.engine, "before_cursor_execute", listen)
        return sum(1 for text in seen if text.lstrip().upper().startswith("SELECT"))

    build(2)
    few = statements()
    build(40)
    assert statements() == few <= 6


# --- the programme's settings -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("waves", "message"),
    [
        (
            "3, x",
            "Vagues de questionnaire : « x » n'est pas un nombre de mois entre 1 et 120 "
            "(exemple : 3, 6, 12).",
        ),
        (
            "0",
            "Vagues de questionnaire : « 0 » n'est pas un nombre de mois entre 1 et 120 "
            "(exemple : 3, 6, 12).",
        ),
    ],
)
def test_unreadable_waves_are_refused(database: Database, waves: str, message: str) -> None:
    draft = ProgrammeDraft(title="Lille", questionnaire_waves=waves)
    error = refused(database, lambda s: programmes.create_programme(s, draft))
    assert error.errors == {"questionnaire_waves": message}


@pytest.mark.parametrize("days", [0, -3, 400])
def test_a_reminder_delay_out_of_range_is_refused(database: Database, days: int) -> None:
    draft = ProgrammeDraft(title="Lille", answer_reminder_days=days)
    error = refused(database, lambda s: programmes.create_programme(s, draft))
    assert error.errors == {
        "answer_reminder_days": "Relance après (jours) : un nombre de jours entre 1 et 365."
    }


def test_settings_are_stored_cleaned_and_kept(database: Database, world: World) -> None:
    def edit(session: Session) -> tuple[str, int]:
        record = programmes.get_programme(session, world.lille)
        draft = replace(
            ProgrammeDraft(title=record.title),
            end_date=record.end_date,
            questionnaire_waves="12, 6,6 ; 3",
            answer_reminder_days=365,
        )
        saved = programmes.update_programme(session, world.lille, draft, record.version)
        return saved.questionnaire_waves, saved.answer_reminder_days

    assert run(database, edit) == ("3,6,12", 365)

    # an empty list asks for no questionnaire at all
    def clear(session: Session) -> None:
        record = programmes.get_programme(session, world.lille)
        draft = replace(ProgrammeDraft(title="Lille"), end_date=ENDED, questionnaire_waves=" ")
        programmes.update_programme(session, world.lille, draft, record.version)

    run(database, clear)
    assert of_kind(due(database), DueKind.QUESTIONNAIRE_TO_SEND) == []
