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
from dla_desktop.domain.scheduling import (
    MissingReason,
    RoundTime,
    ScheduleRequest,
    plan_schedule,
)
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


def rounds_of(plan: MeetingPlan, party: str) -> set[int]:
    """The rounds a party is seated in."""
    return {number for number, _, a, c in seated(plan) if party in (a, c)}


def paused_in(plan: MeetingPlan, party: str) -> set[int]:
    """The rounds a party is there without anyone to meet."""
    return {n for n, r in enumerate(plan.schedule.rounds, start=1) if party in r.pauses}


def test_a_late_arrival_known_in_advance_is_seated_from_its_round(database: Database) -> None:
    # GIVEN association 3 announced for round 3, the others there all along
    built = run(database, lambda s: build_meeting(s, 3, 3, a3=(3, None)))
    late = built.associations[2]
    plan = run(database, lambda s: svc.plan_meeting(s, built.meeting))
    # THEN it is seated from round 3 on, never before (nor pausing before), and meets everyone
    assert rounds_of(plan, late) and min(rounds_of(plan, late)) >= 3
    assert min(paused_in(plan, late), default=3) >= 3
    assert {c for _, _, a, c in seated(plan) if a == late} == set(built.companies)
    assert plan.schedule.missing == () and plan.schedule.played == 0
    assert_sound(plan)  # nobody meets twice, tables kept
    assert all(table == 3 for _, table, a, _ in seated(plan) if a == late)
    # AND saved, it reads back identical; re-planning from round 3 gives the same rounds
    saved = run(database, lambda s: svc.save_schedule(s, built.meeting, plan))
    assert saved == replace(plan, stored=True)
    again = run(database, lambda s: svc.plan_meeting(s, built.meeting, from_round=3))
    assert again.schedule.rounds == plan.schedule.rounds and again.schedule.played == 2


def test_an_arrival_after_the_last_round_is_reported_absent(database: Database) -> None:
    # GIVEN company 3 announced for round 9 of a meeting that needs 3 rounds
    built = run(database, lambda s: build_meeting(s, 3, 3, c3=(9, None)))
    late = built.companies[2]
    plan = run(database, lambda s: svc.plan_meeting(s, built.meeting))
    # THEN it is never seated nor pausing, and its pairs are missing for its absence
    assert rounds_of(plan, late) == set() and paused_in(plan, late) == set()
    assert missing(plan) == {(a, late): MissingReason.ABSENT for a in built.associations}
    assert_sound(plan)


def test_an_early_departure_known_in_advance_is_never_seated_after(database: Database) -> None:
    # GIVEN company 1 leaving after round 1
    built = run(database, lambda s: build_meeting(s, 3, 3, c1=(None, 1)))
    gone = built.companies[0]
    plan = run(database, lambda s: svc.plan_meeting(s, built.meeting))
    # THEN it sits in round 1 only; its other pairs are missing for its absence
    assert rounds_of(plan, gone) <= {1} and paused_in(plan, gone) <= {1}
    met = {a for _, _, a, c in seated(plan) if c == gone}
    assert missing(plan) == {
        (a, gone): MissingReason.ABSENT for a in built.associations if a not in met
    }
    assert_sound(plan)
    # AND every other pair meets
    others = {(a, c) for a in built.associations for c in built.companies if c != gone}
    assert others <= {(a, c) for _, _, a, c in seated(plan)}
    # AND saved, then re-planned from round 1 or 2, it never comes back after round 1
    saved = run(database, lambda s: svc.save_schedule(s, built.meeting, plan))
    assert saved == replace(plan, stored=True)
    for first in (1, 2):
        again = run(database, lambda s, k=first: svc.plan_meeting(s, built.meeting, from_round=k))
        assert rounds_of(again, gone) <= {1} and paused_in(again, gone) <= {1}
        assert_sound(again)


def test_arrivals_and_departures_together(database: Database) -> None:
    # GIVEN 4 x 4, company 1 leaves after round 2, association 4 arrives at round 2,
    # company 4 arrives at round 3 and association 1 leaves after round 3
    windows = {"c1": (None, 2), "a4": (2, None), "c4": (3, None), "a1": (None, 3)}
    built = run(database, lambda s: build_meeting(s, 4, 4, **windows))
    plan = run(database, lambda s: svc.plan_meeting(s, built.meeting))
    here = {
        built.companies[0]: range(1, 3),
        built.associations[3]: range(2, 99),
        built.companies[3]: range(3, 99),
        built.associations[0]: range(1, 4),
    }
    # THEN each sits and pauses only while there; nobody meets twice
    for party, window in here.items():
        assert all(n in window for n in rounds_of(plan, party) | paused_in(plan, party))
    assert_sound(plan)
    # AND a pair not met is missing because one side was away (no time limit)
    met = {(a, c) for _, _, a, c in seated(plan)}
    assert set(missing(plan).values()) <= {MissingReason.ABSENT}
    assert met | set(missing(plan)) == {(a, c) for a in built.associations for c in built.companies}
    assert all({a, c} & set(here) for a, c in missing(plan))
    # AND it is stored as computed
    saved = run(database, lambda s: svc.save_schedule(s, built.meeting, plan))
    assert saved == replace(plan, stored=True)


def test_without_windows_the_plan_is_the_planner_s(database: Database, cast: Cast) -> None:
    # the service adds nothing of its own when everyone is there all along
    request = ScheduleRequest(
        associations=cast.associations,
        companies=cast.companies,
        present=frozenset(cast.parties),
    )
    plan = run(database, lambda s: svc.plan_meeting(s, cast.meeting))
    assert plan.schedule == plan_schedule(request)
    run(database, lambda s: svc.save_schedule(s, cast.meeting, plan))
    again = run(database, lambda s: svc.plan_meeting(s, cast.meeting, from_round=2))
    rounds = plan.schedule.rounds
    assert again.schedule == plan_schedule(replace(request, played=rounds[:1], planned=rounds[1:]))


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


def tables(plan: MeetingPlan) -> dict[str, set[int]]:
    """The tables each association sits at over the rounds."""
    found: dict[str, set[int]] = {}
    for _, table, association, _ in seated(plan):
        found.setdefault(association, set()).add(table)
    return found


def test_an_unregistered_association_leaves_the_stored_schedule(
    database: Database, cast: Cast
) -> None:
    plan_and_save(database, cast.meeting)
    gone = cast.associations[0]
    run(database, lambda s: meetings.unregister_participant(s, cast.participants[gone]))
    plan = run(database, lambda s: svc.meeting_plan(s, cast.meeting))
    assert plan.stored and [p.party_id for p in plan.associations][1:] == list(
        cast.associations[1:]
    )
    assert all(gone != a for _, _, a, _ in seated(plan))
    assert_sound(plan)  # the others keep tables 2 and 3; table 1 stays empty
    assert tables(plan) == {cast.associations[1]: {2}, cast.associations[2]: {3}}


def test_tables_stay_put_when_an_association_unregisters(database: Database, cast: Cast) -> None:
    # GIVEN a stored schedule, association 2 (table 2 of 3) unregisters
    first = plan_and_save(database, cast.meeting)
    a1, a2, a3 = cast.associations
    run(database, lambda s: meetings.unregister_participant(s, cast.participants[a2]))
    # THEN association 3 is still at table 3 in every stored round; table 2 is an empty seat
    plan = run(database, lambda s: svc.meeting_plan(s, cast.meeting))
    assert plan.stored and tables(plan) == {a1: {1}, a3: {3}}
    assert [slot for slot in seated(plan) if slot[2] != a2] == [
        slot for slot in seated(first) if slot[2] != a2
    ]
    vacant = plan.associations[1]
    assert vacant.is_vacant and (vacant.name, vacant.participant_id) == ("", "")
    assert [p.party_id for p in (plan.associations[0], plan.associations[2])] == [a1, a3]
    assert plan.schedule.table_of(a3) == 3  # what the agendas print
    assert all(vacant.party_id not in r.pauses for r in plan.schedule.rounds)
    assert not any(vacant.party_id in (m.association, m.company) for m in plan.schedule.missing)
    assert_sound(plan)
    # AND a re-plan from round 2 keeps the tables, and so does the file once saved
    again = run(database, lambda s: svc.plan_meeting(s, cast.meeting, from_round=2))
    assert tables(again) == {a1: {1}, a3: {3}} and again.associations == plan.associations
    assert again.schedule.missing == ()
    saved = run(database, lambda s: svc.save_schedule(s, cast.meeting, again))
    assert tables(saved) == {a1: {1}, a3: {3}} and saved.schedule.rounds == again.schedule.rounds
    rows = pair_rows(database, cast.meeting)
    assert {r.table_number for (a, _), r in rows.items() if a == a3} == {3}
    # AND a newcomer takes the empty table
    newcomer = run(database, lambda s: new_parties(s, 1, 0, first=9)[0][0])
    run(database, lambda s: register(s, cast.meeting, newcomer, company=False))
    later = run(database, lambda s: svc.plan_meeting(s, cast.meeting, from_round=2))
    assert tables(later) == {a1: {1}, newcomer: {2}, a3: {3}}
    assert_sound(later)


def test_the_last_table_left_empty_needs_no_seat(database: Database, cast: Cast) -> None:
    plan_and_save(database, cast.meeting)
    gone = cast.associations[2]
    run(database, lambda s: meetings.unregister_participant(s, cast.participants[gone]))
    plan = run(database, lambda s: svc.meeting_plan(s, cast.meeting))
    assert [p.party_id for p in plan.associations] == list(cast.associations[:2])


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


def change_window(
    database: Database, participant: str, arrives: int | None, leaves: int | None
) -> None:
    def work(session: Session) -> None:
        record = meetings.get_participant(session, participant)
        changed = replace(record, arrives_at_round=arrives, leaves_after_round=leaves)
        meetings.update_participant(session, participant, changed, record.version)

    run(database, work)


@pytest.mark.parametrize(
    "window",
    [(None, 1), (2, None), (4, None)],  # leaves early, arrives late, arrives after the last round
)
def test_a_plan_made_before_a_window_changed_is_refused(
    database: Database, cast: Cast, window: tuple[int | None, int | None]
) -> None:
    plan = run(database, lambda s: svc.plan_meeting(s, cast.meeting))
    assert len(plan.schedule.rounds) == 3
    change_window(database, cast.participants[cast.companies[0]], *window)
    error = refused(database, lambda s: svc.save_schedule(s, cast.meeting, plan))
    assert "recalculez-le" in error.message
    fresh = run(database, lambda s: svc.plan_meeting(s, cast.meeting))
    run(database, lambda s: svc.save_schedule(s, cast.meeting, fresh))


def test_a_window_change_the_plan_does_not_reach_is_accepted(
    database: Database, cast: Cast
) -> None:
    # a departure after round 5 of a 3-round plan changes nothing in it
    plan = run(database, lambda s: svc.plan_meeting(s, cast.meeting))
    change_window(database, cast.participants[cast.companies[0]], None, 5)
    assert run(database, lambda s: svc.plan_meeting(s, cast.meeting)) == plan
    assert run(database, lambda s: svc.save_schedule(s, cast.meeting, plan)).stored


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ((None, 1), (None, None)),  # the departure is called off
        ((9, None), (4, None)),  # still away in rounds 1-3, but now due just after them
        ((None, 2), (None, 3)),  # leaves one round later: still seated in round 3?
    ],
)
def test_a_plan_made_with_a_window_is_refused_once_it_changed(
    database: Database, before: tuple[int | None, int | None], after: tuple[int | None, int | None]
) -> None:
    built = run(database, lambda s: build_meeting(s, 3, 3, c3=before))
    plan = run(database, lambda s: svc.plan_meeting(s, built.meeting))
    change_window(database, built.participants[built.companies[2]], *after)
    assert run(database, lambda s: svc.plan_meeting(s, built.meeting)) != plan
    error = refused(database, lambda s: svc.save_schedule(s, built.meeting, plan))
    assert "recalculez-le" in error.message


def test_unknown_meeting_is_not_found(database: Database) -> None:
    from dla_desktop.domain.errors import NotFoundError

    refused(database, lambda s: svc.meeting_plan(s, MISSING), NotFoundError)
