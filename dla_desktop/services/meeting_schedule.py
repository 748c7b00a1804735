"""A meeting's speed-dating schedule: planned from the registrations, stored on its pairs.

The schedule itself is the pure ``domain.scheduling`` planner; this module gathers what it
needs from the file (who is registered, in which order, who asked what, who already met
at an earlier session of the same series) and keeps the result on ``MeetingPair`` rows:
one row per pair ever scheduled, with its round and table, so ratings are never lost
when the schedule changes.

Arrivals and departures announced in advance are planned in segments: the planner seats
who is there from the first round, then at each round where someone arrives or leaves the
rest is planned again from there, exactly as a coordinator re-planning at that moment
would. Tables never move: an association that unregistered leaves its table empty (a
vacant seat, never present) rather than shifting the tables after it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dla_desktop.db.models import (
    Meeting,
    MeetingPair,
    MeetingPreference,
)
from dla_desktop.domain.enums import PairPreferenceKind, PairRating
from dla_desktop.domain.errors import ValidationError
from dla_desktop.domain.meeting_views import MeetingPlan, Party
from dla_desktop.domain.records import MeetingRecord
from dla_desktop.domain.scheduling import (
    AvoidedPair,
    AvoidReason,
    MissingReason,
    Pair,
    Round,
    Schedule,
    ScheduleRequest,
    Slot,
    plan_schedule,
    round_times,
)
from dla_desktop.services.meetings import MEETINGS, list_registrations, meeting_label

Window = tuple[int | None, int | None]  # (arrives at round, leaves after round), None: all along


@dataclass(frozen=True)
class _Registrations:
    """Who takes part, as the schedule sees them: tables in order, and when each is there."""

    meeting: MeetingRecord
    associations: tuple[Party, ...]  # table order, a table left empty held by a vacant seat
    companies: tuple[Party, ...]
    windows: dict[str, Window]  # by party id
    stored: tuple[Round, ...]  # the stored schedule, tables as in ``associations``

    @property
    def association_ids(self) -> tuple[str, ...]:
        return tuple(party.party_id for party in self.associations)

    @property
    def company_ids(self) -> tuple[str, ...]:
        return tuple(party.party_id for party in self.companies)

    @property
    def vacant_ids(self) -> frozenset[str]:
        """The seats of the tables left empty (never present, never shown as missing)."""
        return frozenset(party.party_id for party in self.associations if party.is_vacant)

    def present_at(self, number: int) -> frozenset[str]:
        """The parties there during round ``number`` (arrived, not yet gone)."""
        return frozenset(
            party
            for party, (arrives, leaves) in self.windows.items()
            if (arrives is None or arrives <= number) and (leaves is None or leaves >= number)
        )

    def events_after(self, first: int) -> list[int]:
        """The rounds after ``first`` where someone arrives or is gone, in order."""
        rounds = {arrives for arrives, _ in self.windows.values() if arrives is not None}
        rounds |= {leaves + 1 for _, leaves in self.windows.values() if leaves is not None}
        return sorted(number for number in rounds if number > first)


# --- public API ----------------------------------------------------------------------------


def meeting_plan(session: Session, meeting_id: str) -> MeetingPlan:
    """The stored schedule when there is one (stored=True), else a fresh plan (stored=False)."""
    found = _registrations(session, meeting_id)
    if not found.stored:
        return plan_meeting(session, meeting_id)
    return _plan(found, _stored_schedule(session, found), stored=True)


def plan_meeting(
    session: Session, meeting_id: str, *, from_round: int | None = None
) -> MeetingPlan:
    """A new schedule (nothing written); from_round=k keeps the stored rounds before k."""
    found = _registrations(session, meeting_id)
    _check_can_plan(found, from_round)
    first = from_round or 1
    request = _request(session, found, first)
    if first > 1:
        request = replace(
            request, played=found.stored[: first - 1], planned=found.stored[first - 1 :]
        )
    schedule = _plan_in_segments(found, request, first)
    return _plan(found, replace(schedule, played=first - 1), stored=False)


def save_schedule(session: Session, meeting_id: str, plan: MeetingPlan) -> MeetingPlan:
    """Store a plan's rounds and tables on the meeting's pairs; ratings are never lost.

    A pair left out of the new schedule keeps its row (round None): its ratings stay.
    """
    found = _registrations(session, meeting_id)
    _check_plan_still_fits(found, plan)
    wanted = {
        (slot.association, slot.company): (number, slot.table)
        for number, round_ in enumerate(plan.schedule.rounds, start=1)
        for slot in round_.slots
    }
    rows = session.scalars(select(MeetingPair).where(MeetingPair.meeting_id == meeting_id))
    by_pair = {(row.association_id, row.company_id): row for row in rows}
    for key, row in by_pair.items():
        row.round_number, row.table_number = wanted.get(key, (None, None))
        if key in wanted:
            row.deleted_at = None  # one row per pair (UNIQUE): a tombstone comes back
    for (association, company), (number, table) in wanted.items():
        if (association, company) not in by_pair:
            session.add(
                MeetingPair(
                    meeting_id=meeting_id,
                    association_id=association,
                    company_id=company,
                    round_number=number,
                    table_number=table,
                )
            )
    session.flush()
    return meeting_plan(session, meeting_id)


def _plan_in_segments(found: _Registrations, request: ScheduleRequest, first: int) -> Schedule:
    """Plan from ``first``, then again at each arrival or departure the plan reaches.

    Each re-plan keeps the rounds before the event as played and the rest as the earlier
    plan, with who is there from the event on: what re-planning at that moment would give.
    An event after the plan's last round but one changes nothing (nobody is seated then).
    """
    schedule = plan_schedule(request)
    for event in found.events_after(first):
        if event - 1 > len(schedule.rounds):
            break
        schedule = plan_schedule(
            replace(
                request,
                played=schedule.rounds[: event - 1],
                planned=schedule.rounds[event - 1 :],
                present=found.present_at(event),
            )
        )
    return schedule


def _last_segment(found: _Registrations, first: int, count: int) -> int:
    """The round the last segment of a ``count``-round plan made from ``first`` starts at."""
    return max([e for e in found.events_after(first) if e - 1 <= count], default=first)


# --- reading the registrations -------------------------------------------------------------


def _registrations(session: Session, meeting_id: str) -> _Registrations:
    """The meeting, its live parties (tables in order) and its stored schedule."""
    meeting = MEETINGS.get(session, meeting_id)
    parties, windows = _parties(session, meeting_id)
    placed = _stored_pairs(session, meeting_id)
    table_of = {association: table for (association, _), (_, table) in placed.items()}
    associations = _table_order([p for p in parties if p.is_association], table_of)
    found = _Registrations(
        meeting=meeting,
        associations=associations,
        companies=tuple(party for party in parties if not party.is_association),
        windows=windows,
        stored=(),
    )
    return replace(found, stored=_stored_rounds(found, placed))


def _table_order(associations: list[Party], table_of: dict[str, int]) -> tuple[Party, ...]:
    """Associations in table order: each keeps its stored table, so printed cards stay right.

    The others (seated nowhere, or registered since) fill the free tables in registration
    order, then come after. A table left by an association that unregistered stays empty
    (a vacant seat) when tables after it are taken: they keep their numbers.
    """
    size = max([len(associations), *table_of.values()])
    places: list[Party | None] = [None] * size
    unplaced = []
    for party in associations:
        table = table_of.get(party.party_id)
        if table is not None and 1 <= table <= size and places[table - 1] is None:
            places[table - 1] = party
        else:
            unplaced.append(party)
    waiting = iter(unplaced)
    places = [place or next(waiting, None) for place in places]
    places += list(waiting)
    while places and places[-1] is None:  # an empty last table needs no seat
        places.pop()
    return tuple(place or _vacant_seat(number) for number, place in enumerate(places, start=1))


def _vacant_seat(table: int) -> Party:
    """The seat of an empty table: nobody's, never present, unnamed."""
    return Party.vacant_seat(table)


def _parties(session: Session, meeting_id: str) -> tuple[list[Party], dict[str, Window]]:
    """Live registrations of live parties, in registration order, with their time windows."""
    parties, windows = [], {}
    for row in list_registrations(session, meeting_id):
        parties.append(
            Party(
                participant_id=row.id,
                party_id=row.party_id,
                is_association=row.is_association,
                name=row.name,
                representatives=row.representatives,
                presentation=row.presentation,
                town=row.town,
            )
        )
        windows[row.party_id] = (row.arrives_at_round, row.leaves_after_round)
    return parties, windows


def _stored_pairs(session: Session, meeting_id: str) -> dict[tuple[str, str], tuple[int, int]]:
    """(association, company) -> (round, table) of the pairs in the stored schedule."""
    query = select(
        MeetingPair.association_id,
        MeetingPair.company_id,
        MeetingPair.round_number,
        MeetingPair.table_number,
    ).where(
        MeetingPair.meeting_id == meeting_id,
        MeetingPair.deleted_at.is_(None),
        MeetingPair.round_number.is_not(None),
    )
    return {(a, c): (number, table or 0) for a, c, number, table in session.execute(query)}


def _stored_rounds(
    found: _Registrations, placed: dict[tuple[str, str], tuple[int, int]]
) -> tuple[Round, ...]:
    """The stored rounds among today's parties, at today's tables (the stored ones)."""
    tables = {a: index for index, a in enumerate(found.association_ids, start=1)}
    companies = set(found.company_ids)
    count = max((number for number, _ in placed.values()), default=0)
    slots: list[list[Slot]] = [[] for _ in range(count)]
    for (association, company), (number, _) in placed.items():
        if association in tables and company in companies:
            slots[number - 1].append(Slot(tables[association], association, company))
    return tuple(_with_pauses(found, n, s) for n, s in enumerate(slots, start=1))


def _with_pauses(found: _Registrations, number: int, slots: list[Slot] | tuple[Slot, ...]) -> Round:
    """A round with its pauses: who is there during it (arrivals, departures) and unseated."""
    seated = {s.association for s in slots} | {s.company for s in slots}
    here = found.present_at(number)
    pauses = [p for p in found.association_ids + found.company_ids if p in here and p not in seated]
    return Round(tuple(sorted(slots)), tuple(pauses))


# --- building the request ------------------------------------------------------------------


def _request(session: Session, found: _Registrations, first: int) -> ScheduleRequest:
    """Everything the planner needs, the stored rounds left out (the caller adds them)."""
    wishes = _preferences(session, found)
    requested = [
        Pair(a, c) for (a, c), kind in wishes.items() if kind is PairPreferenceKind.REQUESTED
    ]
    excluded = [
        AvoidedPair(a, c, AvoidReason.EXCLUDED)
        for (a, c), kind in wishes.items()
        if kind is PairPreferenceKind.EXCLUDED
    ]
    # A pair that asks to meet again may: the series rule is a default, not a wish.
    asked = set(requested)
    met = [
        AvoidedPair(a, c, AvoidReason.ALREADY_MET)
        for a, c in _met_earlier_in_series(session, found)
        if Pair(a, c) not in asked
    ]
    return ScheduleRequest(
        associations=found.association_ids,
        companies=found.company_ids,
        avoid=tuple(excluded + met),
        requested=tuple(requested),
        max_rounds=found.meeting.rounds_available,
        present=found.present_at(first),
    )


def _preferences(
    session: Session, found: _Registrations
) -> dict[tuple[str, str], PairPreferenceKind]:
    """The live wishes about pairs of parties still registered."""
    associations, companies = set(found.association_ids), set(found.company_ids)
    query = select(
        MeetingPreference.association_id, MeetingPreference.company_id, MeetingPreference.kind
    ).where(
        MeetingPreference.meeting_id == found.meeting.id,
        MeetingPreference.deleted_at.is_(None),
    )
    return {
        (a, c): PairPreferenceKind(kind)
        for a, c, kind in session.execute(query)
        if a in associations and c in companies
    }


def _met_earlier_in_series(session: Session, found: _Registrations) -> list[tuple[str, str]]:
    """Pairs of today's parties seated at an earlier meeting of the same series.

    A pair that one side rated « did not take place » did not meet: it may meet now.
    """
    meeting = found.meeting
    if not meeting.series:
        return []
    not_held = PairRating.NOT_HELD.value
    query = (
        select(MeetingPair.association_id, MeetingPair.company_id)
        .join(Meeting, Meeting.id == MeetingPair.meeting_id)
        .where(
            Meeting.series == meeting.series,
            Meeting.date < meeting.date,
            Meeting.deleted_at.is_(None),
            MeetingPair.deleted_at.is_(None),
            MeetingPair.round_number.is_not(None),
            func.coalesce(MeetingPair.association_rating, "") != not_held,
            func.coalesce(MeetingPair.company_rating, "") != not_held,
            MeetingPair.association_id.in_(found.association_ids),
            MeetingPair.company_id.in_(found.company_ids),
        )
        .distinct()
        .order_by(MeetingPair.association_id, MeetingPair.company_id)
    )
    return [(a, c) for a, c in session.execute(query)]


# --- checks and results --------------------------------------------------------------------


def _check_can_plan(found: _Registrations, from_round: int | None) -> None:
    """Refuse, in French, a plan that cannot be made: nobody to seat, a wrong round."""
    if not found.associations or not found.companies:
        raise ValidationError.single(
            "meeting_id",
            "Planning impossible : inscrivez au moins une association et une entreprise.",
        )
    if from_round is None:
        return
    field = meeting_label("from_round")
    if isinstance(from_round, bool) or not isinstance(from_round, int) or from_round < 1:
        raise ValidationError.single("from_round", f"{field} : nombre entier à partir de 1.")
    if from_round > 1 and not found.stored:
        raise ValidationError.single(
            "from_round",
            f"{field} : aucun planning enregistré ; calculez d'abord le planning complet.",
        )
    if from_round > len(found.stored) + 1:
        raise ValidationError.single(
            "from_round",
            f"{field} : le planning enregistré compte {len(found.stored)} rotations.",
        )
    available = found.meeting.rounds_available
    if available is not None and available < from_round - 1:
        raise ValidationError.single(
            "rounds_available",
            f"{meeting_label('rounds_available')} : {available}, moins que les "
            f"{from_round - 1} rotations déjà jouées.",
        )


def _check_plan_still_fits(found: _Registrations, plan: MeetingPlan) -> None:
    """A plan computed before a registration or an arrival/departure changed is refused."""
    same = (
        plan.meeting_id == found.meeting.id
        and tuple(p.party_id for p in plan.associations) == found.association_ids
        and {p.party_id for p in plan.companies} == set(found.company_ids)
        and _windows_still_fit(found, plan.schedule)
    )
    if not same:
        raise ValidationError.single(
            "meeting_id",
            "Les inscriptions ont changé depuis le calcul du planning : recalculez-le.",
        )


def _windows_still_fit(found: _Registrations, schedule: Schedule) -> bool:
    """Whether today's arrivals and departures give this plan: who is there round by round,
    and who cannot meet for being away at the last re-plan.

    The plan does not carry the windows it was computed with, but it shows all they decided:
    the pauses of every round (who was there unseated), who sits in the rounds planned, and
    the pairs missing because someone was away (ABSENT) rather than for lack of time.
    """
    for number, round_ in enumerate(schedule.rounds, start=1):
        if round_.pauses != _with_pauses(found, number, round_.slots).pauses:
            return False
        here = found.present_at(number)
        seated = {s.association for s in round_.slots} | {s.company for s in round_.slots}
        if number > schedule.played and not seated <= here:
            return False
    last = found.present_at(_last_segment(found, schedule.played + 1, len(schedule.rounds)))
    return all(
        (pair.reason is MissingReason.ABSENT) == (not {pair.association, pair.company} <= last)
        for pair in schedule.missing
        if pair.reason in (MissingReason.ABSENT, MissingReason.TIME)
    )


def _stored_schedule(session: Session, found: _Registrations) -> Schedule:
    """The stored rounds, and why the pairs missing from them do not meet.

    Planning the last segment again (from the last arrival or departure the schedule
    reaches), with the stored rounds as the earlier plan, gives them back when nothing
    changed since: its missing pairs are the ones the coordinator saw when saving. When the
    registrations changed, the stored rounds count as held and the rest is explained.
    """
    request = _request(session, found, 1)
    last = _last_segment(found, 1, len(found.stored))
    if request.max_rounds is None or request.max_rounds >= last - 1:
        again = plan_schedule(
            replace(
                request,
                played=found.stored[: last - 1],
                planned=found.stored[last - 1 :],
                present=found.present_at(last),
            )
        )
        if _slots(again.rounds) == _slots(found.stored):
            return replace(again, rounds=found.stored, played=0)
    held = plan_schedule(
        replace(
            request,
            played=found.stored,
            max_rounds=len(found.stored),
            present=_present_all_along(found, len(found.stored)),
        )
    )
    return replace(held, rounds=found.stored, played=0)


def _slots(rounds: tuple[Round, ...]) -> tuple[tuple[Slot, ...], ...]:
    """Rounds without their pauses, to compare two schedules' seating."""
    return tuple(round_.slots for round_ in rounds)


def _present_all_along(found: _Registrations, count: int) -> frozenset[str]:
    """The parties there from the first round to the last."""
    everyone = found.present_at(1)
    return frozenset(p for p in everyone if p in found.present_at(count))


def _plan(found: _Registrations, schedule: Schedule, *, stored: bool) -> MeetingPlan:
    """The plan the screen and the printed material show: pauses true to each round."""
    rounds = tuple(
        _with_pauses(found, number, round_.slots)
        for number, round_ in enumerate(schedule.rounds, start=1)
    )
    vacant = found.vacant_ids  # an empty table is nobody: no pair of it is missing
    missing = tuple(pair for pair in schedule.missing if pair.association not in vacant)
    schedule = replace(schedule, rounds=rounds, missing=missing)
    meeting = found.meeting
    times = ()
    if meeting.start_time is not None and rounds:
        times = round_times(
            len(rounds),
            meeting.start_time,
            meeting.slot_minutes,
            meeting.break_minutes,
            meeting.break_every,
        )
    return MeetingPlan(
        meeting_id=meeting.id,
        title=meeting.title,
        date=meeting.date,
        place=meeting.place,
        organisers=meeting.organisers,
        start_time=meeting.start_time,
        slot_minutes=meeting.slot_minutes,
        break_every=meeting.break_every,
        break_minutes=meeting.break_minutes,
        associations=found.associations,
        companies=found.companies,
        schedule=schedule,
        times=times,
        stored=stored,
    )
