"""A meeting's schedule: planned from the file, stored on its pairs, read back, re-planned.

The planner's own properties are tested in tests/domain; here: what the service feeds it
(table order, wishes, the series, arrivals) and what it keeps (rounds, tables, ratings).
"""

from __future__ import annotations

import shutil
from collections import Counter
from dataclasses import replace
from datetime import date, time
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from dla_desktop.db.database import Database, open_database
from dla_desktop.db.models import MeetingPair
from dla_desktop.domain.enums import PairPreferenceKind, PairRating
from dla_desktop.domain.meeting_records import MeetingPreferenceDraft, PairFeedbackDraft
from dla_desktop.domain.meeting_views import MeetingPlan
from dla_desktop.domain.scheduling import MissingReason, RoundTime
from dla_desktop.services import meeting_outcomes, meetings
from dla_desktop.services import meeting_schedule as svc
from tests.services.meeting_support import SPEED_DATING, Cast, build_meeting, new_parties, register
from tests.services.support import MISSING, refused, run

# --- helpers -------------------------------------------------------------------------------


def seated(plan: MeetingPlan) -> list[tuple[int, int, str, str]]:
    """(round, table, association, company) of every slot."""
    return [
        (number, slot.table, slot.association, slot.company)
        for number, round_ in enumerate(plan.schedule.rounds, start=1)
        for slot in round_.slots
    ]


def assert_sound(plan: MeetingPlan) -> None:
    """Nobody twice in a round, tables are the associations', no pair twice."""
    tables = {party.party_id: n for n, party in enumerate(plan.associations, start=1)}
    for round_ in plan.schedule.rounds:
        people = [s.association for s in round_.slots] + [s.company for s in round_.slots]
        assert len(people) == len(set(people))
        assert not set(round_.pauses) & set(people)
        assert all(tables[s.association] == s.table for s in round_.slots)
    pairs = Counter((a, c) for _, _, a, c in seated(plan))
    assert max(pairs.values(), default=1) == 1


def missing(plan: MeetingPlan) -> dict[tuple[str, str], MissingReason]:
    return {(m.association, m.company): m.reason for m in plan.schedule.missing}


def plan_and_save(database: Database, meeting_id: str, **options: object) -> MeetingPlan:
    def work(session: Session) -> MeetingPlan:
        return svc.save_schedule(
            session, meeting_id, svc.plan_meeting(session, meeting_id, **options)
        )

    return run(database, work)


def pair_rows(database: Database, meeting_id: str) -> dict[tuple[str, str], MeetingPair]:
    with database.reading() as session:
        rows = session.scalars(select(MeetingPair).where(MeetingPair.meeting_id == meeting_id))
        for row in (rows := list(rows)):
            session.expunge(row)
    return {(row.association_id, row.company_id): row for row in rows}


@pytest.fixture
def cast(database: Database) -> Cast:
    """Three associations and three companies, starting at 18:00, a break every 2 rounds."""
    draft = replace(SPEED_DATING, start_time=time(18), break_every=2, break_minutes=10)
    return run(database, lambda s: build_meeting(s, 3, 3, draft=draft))


# --- planning and storing ------------------------------------------------------------------


def test_a_fresh_plan_seats_everyone_once_with_times(database: Database, cast: Cast) -> None:
    plan = run(database, lambda s: svc.meeting_plan(s, cast.meeting))
    assert plan.stored is False
    assert [p.party_id for p in plan.associations] == list(cast.associations)  # table order
    assert [p.name for p in plan.companies] == ["Entreprise 1", "Entreprise 2", "Entreprise 3"]
    assert plan.associations[0].participant_id == cast.participants[cast.associations[0]]
    assert len(plan.schedule.rounds) == 3 and plan.schedule.missing == ()
    assert {(a, c) for _, _, a, c in seated(plan)} == {
        (a, c) for a in cast.associations for c in cast.companies
    }
    assert_sound(plan)
    # 7-minute slots from 18:00, a 10-minute break before round 3
    assert plan.times == (
        RoundTime(1, time(18, 0), time(18, 7)),
        RoundTime(2, time(18, 7), time(18, 14)),
        RoundTime(3, time(18, 24), time(18, 31)),
    )
    assert pair_rows(database, cast.meeting) == {}  # planning writes nothing


def test_no_times_without_a_start_time(database: Database) -> None:
    built = run(database, lambda s: build_meeting(s, 2, 2))
    assert run(database, lambda s: svc.plan_meeting(s, built.meeting)).times == ()


def test_schedule_saved_then_read_back_identical(database: Database, cast: Cast) -> None:
    planned = run(database, lambda s: svc.plan_meeting(s, cast.meeting))
    saved = run(database, lambda s: svc.save_schedule(s, cast.meeting, planned))
    assert saved == replace(planned, stored=True)
    assert run(database, lambda s: svc.meeting_plan(s, cast.meeting)) == saved
    rows = pair_rows(database, cast.meeting)
    assert {(a, c): (r.round_number, r.table_number) for (a, c), r in rows.items()} == {
        (a, c): (number, table) for number, table, a, c in seated(planned)
    }


def test_saving_the_same_schedule_again_changes_no_row(database: Database, cast: Cast) -> None:
    plan_and_save(database, cast.meeting)
    before = {key: row.version for key, row in pair_rows(database, cast.meeting).items()}
    plan_and_save(database, cast.meeting)
    assert {key: row.version for key, row in pair_rows(database, cast.meeting).items()} == before


def test_the_demo_stores_the_first_three_sessions(demo_file: Path, tmp_path: Path) -> None:
    database = open_database(shutil.copyfile(demo_file, tmp_path / "demo.dla"))
    try:
        rows = sorted(run(database, meetings.list_meetings), key=lambda row: row.date)
        plans = [run(database, lambda s, m=row.id: svc.meeting_plan(s, m)) for row in rows]
        assert [plan.stored for plan in plans] == [True, True, True, False]
        for plan in plans:
            assert_sound(plan)
            fresh = run(database, lambda s, m=plan.meeting_id: svc.plan_meeting(s, m))
            assert fresh.schedule == plan.schedule  # what the demo stored is what one computes
        # the first session: everyone met everyone, from 17:30, a break after round 5
        first = plans[0]
        assert len(first.schedule.rounds) == 10 and first.schedule.missing == ()
        assert first.times[5].start == time(18, 15)
        # the second avoids the pairs of the first (same series)
        met = {(a, c) for _, _, a, c in seated(first)}
        assert set(missing(plans[1])) == met & set(missing(plans[1]))
        assert set(missing(plans[1]).values()) == {MissingReason.ALREADY_MET}
        assert not met & {(a, c) for _, _, a, c in seated(plans[1])}
    finally:
        database.close()


# --- re-planning ---------------------------------------------------------------------------


def test_replan_from_round_k_keeps_earlier_rounds_and_appends_latecomers(
    database: Database, cast: Cast
) -> None:
    # GIVEN a stored schedule of 3 rounds
    first = plan_and_save(database, cast.meeting)

    # WHEN an association and a company arrive during round 2 and the rest is re-planned from 2
    def late(session: Session) -> tuple[str, str]:
        a_ids, c_ids = new_parties(session, 1, 1, first=9)
        register(session, cast.meeting, a_ids[0], company=False, arrives_at_round=2)
        register(session, cast.meeting, c_ids[0], company=True, arrives_at_round=2)
        return a_ids[0], c_ids[0]

    association, company = run(database, late)
    again = run(database, lambda s: svc.plan_meeting(s, cast.meeting, from_round=2))
    # THEN round 1 is kept as held, the latecomer association gets the next table
    assert again.schedule.played == 1
    assert again.schedule.rounds[0].slots == first.schedule.rounds[0].slots
    assert [p.party_id for p in again.associations] == [*cast.associations, association]
    assert_sound(again)
    assert all(number >= 2 for number, _, a, c in seated(again) if company in (a, c))
    assert all(table == 4 for _, table, a, _ in seated(again) if a == association)
    # AND nobody meets twice; every pair not met yet meets (enough time: no limit)
    met = {(a, c) for _, _, a, c in seated(again)}
    everyone = {
        (a, c) for a in [*cast.associations, association] for c in [*cast.companies, company]
    }
    assert met == everyone and again.schedule.missing == ()
    # AND saved, it reads back identical
    saved = run(database, lambda s: svc.save_schedule(s, cast.meeting, again))
    assert saved.schedule.rounds == again.schedule.rounds and saved.stored
    assert saved.schedule.missing == ()


def test_a_late_arrival_known_in_advance_waits_for_the_replan(database: Database) -> None:
    # GIVEN company 3 announced for round 3
    built = run(database, lambda s: build_meeting(s, 3, 3, c3=(3, None)))
    plan = run(database, lambda s: svc.plan_meeting(s, built.meeting))
    late = built.companies[2]
    # THEN the first plan leaves it out, saying it is absent
    assert {m.reason for m in plan.schedule.missing if m.company == late} == {MissingReason.ABSENT}
    assert all(late not in r.pauses for r in plan.schedule.rounds[:2])
    run(database, lambda s: svc.save_schedule(s, built.meeting, plan))
    # WHEN it arrives and the coordinator re-plans from round 3 THEN it meets everyone
    again = run(database, lambda s: svc.plan_meeting(s, built.meeting, from_round=3))
    assert again.schedule.rounds[:2] == plan.schedule.rounds[:2]
    assert {a for _, _, a, c in seated(again) if c == late} == set(built.associations)
    assert_sound(again)


def test_an_early_departure_replans_without_them(database: Database, cast: Cast) -> None:
    first = plan_and_save(database, cast.meeting)
    gone = cast.companies[0]
    participant = cast.participants[gone]

    def leave(session: Session) -> None:
        record = meetings.get_participant(session, participant)
        meetings.update_participant(
            session, participant, replace(record, leaves_after_round=1), record.version
        )

    run(database, leave)
    again = run(database, lambda s: svc.plan_meeting(s, cast.meeting, from_round=2))
    assert again.schedule.rounds[0].slots == first.schedule.rounds[0].slots
    assert all(gone not in (a, c) for number, _, a, c in seated(again) if number >= 2)
    assert all(gone not in r.pauses for r in again.schedule.rounds[1:])  # gone, not pausing
    unmet = {(a, c) for a, c in missing(again) if c == gone}
    assert len(unmet) == 2 and set(missing(again).values()) == {MissingReason.ABSENT}


def test_pairs_dropped_by_a_new_schedule_keep_their_ratings(database: Database, cast: Cast) -> None:
    # GIVEN a stored schedule and one pair rated
    plan_and_save(database, cast.meeting)
    pair = (cast.associations[0], cast.companies[0])
    rated = pair_rows(database, cast.meeting)[pair]
    feedback = PairFeedbackDraft(association_rating=PairRating.INFORMATIVE, note="À revoir")
    run(database, lambda s: meeting_outcomes.rate_pair(s, rated.id, feedback, rated.version))
    # WHEN the pair is to be avoided and the schedule saved again
    wish = MeetingPreferenceDraft(
        meeting_id=cast.meeting,
        association_id=pair[0],
        company_id=pair[1],
        kind=PairPreferenceKind.EXCLUDED,
    )
    preference = run(database, lambda s: meeting_outcomes.add_preference(s, wish))
    dropped = plan_and_save(database, cast.meeting)
    # THEN its row stays, unscheduled, rating and note kept
    assert missing(dropped) == {pair: MissingReason.EXCLUDED}
    row = pair_rows(database, cast.meeting)[pair]
    assert (row.id, row.round_number, row.table_number) == (rated.id, None, None)
    assert (row.association_rating, row.note) == ("informative", "À revoir")
    # AND when the wish goes, the same row is scheduled again (one row per pair)
    run(database, lambda s: meeting_outcomes.remove_preference(s, preference.id))
    plan_and_save(database, cast.meeting)
    rows = pair_rows(database, cast.meeting)
    assert len(rows) == 9 and rows[pair].id == rated.id and rows[pair].round_number is not None


def test_an_unregistered_association_leaves_the_stored_schedule(
    database: Database, cast: Cast
) -> None:
    plan_and_save(database, cast.meeting)
    gone = cast.associations[0]
    run(database, lambda s: meetings.unregister_participant(s, cast.participants[gone]))
    plan = run(database, lambda s: svc.meeting_plan(s, cast.meeting))
    assert plan.stored and [p.party_id for p in plan.associations] == list(cast.associations[1:])
    assert all(gone != a for _, _, a, _ in seated(plan))
    assert_sound(plan)  # tables closed up: table n is the n-th association still there


# --- what the planner is fed ---------------------------------------------------------------


def test_pairs_met_earlier_in_the_series_are_avoided(database: Database) -> None:
    # GIVEN session 1 of a series, 2 x 2, stored; one of its pairs said it did not take place
    first_draft = replace(SPEED_DATING, series="Berry", date=date(2026, 3, 1))
    first = run(database, lambda s: build_meeting(s, 2, 2, draft=first_draft))
    plan_and_save(database, first.meeting)
    a1, a2 = first.associations
    c1, c2 = first.companies
    not_held = pair_rows(database, first.meeting)[(a2, c2)]
    feedback = PairFeedbackDraft(company_rating=PairRating.NOT_HELD)
    run(database, lambda s: meeting_outcomes.rate_pair(s, not_held.id, feedback, not_held.version))

    def session_of(draft_changes: dict) -> Cast:
        draft = replace(first_draft, **draft_changes)
        parties = (list(first.associations), list(first.companies))
        return run(database, lambda s: build_meeting(s, draft=draft, parties=parties))

    # WHEN session 2 of the series is planned THEN pairs met in session 1 are avoided
    second = session_of({"date": date(2026, 10, 1)})
    plan = run(database, lambda s: svc.plan_meeting(s, second.meeting))
    assert missing(plan) == {
        (a1, c1): MissingReason.ALREADY_MET,
        (a1, c2): MissingReason.ALREADY_MET,
        (a2, c1): MissingReason.ALREADY_MET,
    }
    assert {(a, c) for _, _, a, c in seated(plan)} == {(a2, c2)}  # « did not take place »
    # AND a pair asking to meet again may
    wish = MeetingPreferenceDraft(
        meeting_id=second.meeting,
        association_id=a1,
        company_id=c1,
        kind=PairPreferenceKind.REQUESTED,
    )
    run(database, lambda s: meeting_outcomes.add_preference(s, wish))
    plan = run(database, lambda s: svc.plan_meeting(s, second.meeting))
    assert (a1, c1) not in missing(plan)
    # AND another series, or an earlier date, avoids nothing
    for changes in ({"series": "Autre", "date": date(2026, 10, 1)}, {"date": date(2025, 1, 1)}):
        other = session_of(changes)
        assert (
            run(database, lambda s, m=other.meeting: svc.plan_meeting(s, m)).schedule.missing == ()
        )


def test_wishes_steer_the_schedule(database: Database) -> None:
    # GIVEN time for one round only, 2 x 2: two pairs will not meet
    draft = replace(SPEED_DATING, rounds_available=1)
    built = run(database, lambda s: build_meeting(s, 2, 2, draft=draft))
    a1, a2 = built.associations
    c1, c2 = built.companies

    def wish(association: str, company: str, kind: PairPreferenceKind) -> None:
        draft = MeetingPreferenceDraft(
            meeting_id=built.meeting, association_id=association, company_id=company, kind=kind
        )
        run(database, lambda s: meeting_outcomes.add_preference(s, draft))

    # WHEN a1 asks for c2 and a2 must avoid c1
    wish(a1, c2, PairPreferenceKind.REQUESTED)
    wish(a2, c1, PairPreferenceKind.EXCLUDED)
    plan = run(database, lambda s: svc.plan_meeting(s, built.meeting))
    # THEN the requested pair meets in the only round; the others are explained
    assert [(a, c) for _, _, a, c in seated(plan)] == [(a1, c2)]
    assert missing(plan) == {
        (a1, c1): MissingReason.TIME,
        (a2, c1): MissingReason.EXCLUDED,
        (a2, c2): MissingReason.TIME,
    }
    assert plan.schedule.missing[0].label == "faute de temps (1 rotation)"


# --- refusals ------------------------------------------------------------------------------


def test_nobody_to_seat_is_refused_in_french(database: Database) -> None:
    built = run(database, lambda s: build_meeting(s, 2, 0))
    error = refused(database, lambda s: svc.plan_meeting(s, built.meeting))
    assert error.errors == {
        "meeting_id": "Planning impossible : inscrivez au moins une association et une entreprise."
    }
    error = refused(database, lambda s: svc.meeting_plan(s, built.meeting))
    assert "au moins une association" in error.message


@pytest.mark.parametrize(
    ("from_round", "words"),
    [
        (0, "Rotation de reprise : nombre entier à partir de 1."),
        (True, "nombre entier"),
        (5, "Rotation de reprise : le planning enregistré compte 3 rotations."),
    ],
)
def test_bad_round_to_replan_from_is_refused(
    database: Database, cast: Cast, from_round: object, words: str
) -> None:
    plan_and_save(database, cast.meeting)
    error = refused(database, lambda s: svc.plan_meeting(s, cast.meeting, from_round=from_round))
    assert words in error.errors["from_round"]


def test_replanning_needs_a_stored_schedule(database: Database, cast: Cast) -> None:
    error = refused(database, lambda s: svc.plan_meeting(s, cast.meeting, from_round=2))
    assert "aucun planning enregistré" in error.errors["from_round"]
    assert run(database, lambda s: svc.plan_meeting(s, cast.meeting, from_round=1)).stored is False


def test_fewer_rounds_available_than_played_is_refused(database: Database, cast: Cast) -> None:
    plan_and_save(database, cast.meeting)

    def shorten(session: Session) -> None:
        record = meetings.get_meeting(session, cast.meeting)
        meetings.update_meeting(session, cast.meeting, replace(record, rounds_available=1), 1)

    run(database, shorten)
    error = refused(database, lambda s: svc.plan_meeting(s, cast.meeting, from_round=3))
    assert error.errors == {
        "rounds_available": "Nombre de rotations possibles : 1, moins que les 2 rotations "
        "déjà jouées."
    }


def test_a_plan_made_before_a_registration_changed_is_refused(
    database: Database, cast: Cast
) -> None:
    plan = run(database, lambda s: svc.plan_meeting(s, cast.meeting))
    run(
        database, lambda s: meetings.unregister_participant(s, cast.participants[cast.companies[0]])
    )
    error = refused(database, lambda s: svc.save_schedule(s, cast.meeting, plan))
    assert "recalculez-le" in error.message
    other = run(database, lambda s: build_meeting(s, 1, 1))
    refused(database, lambda s: svc.save_schedule(s, other.meeting, plan))


def test_unknown_meeting_is_not_found(database: Database) -> None:
    from dla_desktop.domain.errors import NotFoundError

    refused(database, lambda s: svc.meeting_plan(s, MISSING), NotFoundError)
