"""Speed-dating schedules: which company sits at which association's table, round by round.

Associations keep their table (table n is the n-th association of the request); companies
move. Every pair that may meet meets exactly once, in the fewest rounds: a schedule is an
edge colouring of the bipartite graph « associations × companies still to meet », one
colour per round, and König's theorem says the graph's maximum degree is enough. The graph
algorithms are in ``bipartite`` (an ``Edge`` here is an (association index, company index)
pair in the request's order); this module gives them their meaning:

- When nothing binds (everyone present meets everyone), the rounds are the plain rotation:
  each company moves to the next table every round, the pauses of the larger side evenly
  spread.
- Otherwise each pair first tries its round in that rotation, so the pattern survives
  where it can; crowded pauses are then moved apart (fewer people pausing twice in a row)
  without adding a round.
- When ``max_rounds`` is too short, the pairs kept are the most requested ones, then the
  most pairs: a heaviest subgraph of bounded degree.

Re-planning takes the rounds already played as they are and schedules what is left; given
the rounds planned before, each pair keeps its round there when it can.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import cached_property

from dla_desktop.domain.bipartite import (
    Edge,
    cyclic_colouring,
    edge_colouring,
    heaviest_bounded_subgraph,
    max_degree,
)
from dla_desktop.domain.enums import LabelledEnum
from dla_desktop.domain.errors import ValidationError


class AvoidReason(LabelledEnum):
    """Why the organisers keep a pair apart."""

    ALREADY_MET = "already_met", "déjà rencontrés lors d'une session précédente"
    EXCLUDED = "excluded", "à éviter (demande d'un participant)"


class MissingReason(LabelledEnum):
    """Why a pair does not meet; the first listed wins when several apply."""

    CONFLICT = "conflict", "conflit : demandé et à éviter"
    EXCLUDED = "excluded", "à éviter (demande d'un participant)"
    ALREADY_MET = "already_met", "déjà rencontrés lors d'une session précédente"
    ABSENT = "absent", "absent(e) à ce moment"
    TIME = "time", "faute de temps"


@dataclass(frozen=True)
class Pair:
    """An association and a company, e.g. a pair a participant asked to meet."""

    association: str
    company: str


@dataclass(frozen=True)
class AvoidedPair:
    """A pair that must not meet, and why."""

    association: str
    company: str
    reason: AvoidReason = AvoidReason.EXCLUDED


@dataclass(frozen=True, order=True)
class Slot:
    """One conversation: the table (the association's) and the company seated there."""

    table: int
    association: str
    company: str


@dataclass(frozen=True)
class Round:
    """One rotation: its conversations by table, and who is there with nobody to meet."""

    slots: tuple[Slot, ...]
    pauses: tuple[str, ...] = ()


@dataclass(frozen=True)
class RoundTime:
    """When a round starts and ends on the clock (breaks fall between rounds)."""

    number: int
    start: time
    end: time


@dataclass(frozen=True, kw_only=True)
class ScheduleRequest:
    """Who takes part and what constrains the meetings.

    ``associations`` give the tables (table n = n-th association): a newcomer is appended,
    never inserted, so the tables of ``played`` rounds stay right. ``played`` holds the
    rounds already held (re-planning), ``present`` who is there from now on (None: all),
    ``max_rounds`` the rounds the time allows in all, played ones included. ``planned``
    may hold the rounds that were planned after ``played``: a pair keeps its round there
    whenever the new schedule allows, so agendas already printed change little.
    """

    associations: tuple[str, ...]
    companies: tuple[str, ...]
    avoid: tuple[AvoidedPair, ...] = ()
    requested: tuple[Pair, ...] = ()
    max_rounds: int | None = None
    played: tuple[Round, ...] = ()
    present: frozenset[str] | None = None
    planned: tuple[Round, ...] = ()


@dataclass(frozen=True)
class MissingPair:
    """A pair that will not have met at the end of the meeting, and why."""

    association: str
    company: str
    reason: MissingReason
    max_rounds: int | None = None  # set for MissingReason.TIME

    @property
    def label(self) -> str:
        """The French reason, with the number of rounds when time ran out."""
        if self.reason is MissingReason.TIME and self.max_rounds is not None:
            plural = "s" if self.max_rounds > 1 else ""
            return f"{self.reason.label} ({self.max_rounds} rotation{plural})"
        return self.reason.label


@dataclass(frozen=True, kw_only=True)
class Schedule:
    """Every round (played ones first, unchanged) and the pairs that will not meet."""

    associations: tuple[str, ...]
    companies: tuple[str, ...]
    rounds: tuple[Round, ...]
    played: int = 0
    missing: tuple[MissingPair, ...] = ()

    @cached_property
    def pauses(self) -> dict[str, tuple[int, ...]]:
        """Round numbers (from 1) in which each participant is there but meets nobody."""
        found: dict[str, list[int]] = {pid: [] for pid in self.associations + self.companies}
        for number, round_ in enumerate(self.rounds, start=1):
            for participant in round_.pauses:
                found[participant].append(number)
        return {participant: tuple(numbers) for participant, numbers in found.items()}

    def table_of(self, association: str) -> int:
        """The table an association keeps all along."""
        return self.associations.index(association) + 1


# --- planning ------------------------------------------------------------------------------


def plan_schedule(request: ScheduleRequest) -> Schedule:
    """Seat every pair that may still meet, in the fewest rounds the constraints allow."""
    _check_request(request)
    present = _present_indices(request)
    edges, missing = _candidate_pairs(request, present)
    left = None if request.max_rounds is None else request.max_rounds - len(request.played)
    kept, dropped = _fit_in_time(edges, _requested_edges(request), left)
    missing += [_time_missing(request, edge) for edge in dropped]
    rounds = _new_rounds(request, present, kept)
    order = {pid: index for index, pid in enumerate(request.associations + request.companies)}
    missing.sort(key=lambda pair: (order[pair.association], order[pair.company]))
    return Schedule(
        associations=request.associations,
        companies=request.companies,
        rounds=request.played + tuple(rounds),
        played=len(request.played),
        missing=tuple(missing),
    )


def _check_request(request: ScheduleRequest) -> None:
    """Refuse what no schedule can honour: unknown ids, a table moved, time already spent."""
    everyone = request.associations + request.companies
    if len(set(everyone)) != len(everyone):
        raise ValueError("participant ids must be unique across associations and companies")
    known_a, known_c = set(request.associations), set(request.companies)
    pairs = [(p.association, p.company) for p in request.avoid]
    pairs += [(p.association, p.company) for p in request.requested]
    if any(a not in known_a or c not in known_c for a, c in pairs):
        raise ValueError("an avoided or requested pair names an unknown participant")
    if request.present is not None and not request.present <= known_a | known_c:
        raise ValueError("present names an unknown participant")
    for round_ in request.played:
        _check_played(request, round_)
    if request.max_rounds is not None and request.max_rounds < max(1, len(request.played)):
        raise ValidationError.single(
            "max_rounds",
            f"Le nombre de rotations doit être au moins {max(1, len(request.played))}.",
        )


def _check_played(request: ScheduleRequest, round_: Round) -> None:
    """A played round must match the tables: it cannot be re-seated, only kept."""
    tables = {a: index + 1 for index, a in enumerate(request.associations)}
    seated = [s.association for s in round_.slots] + [s.company for s in round_.slots]
    if len(set(seated)) != len(seated):
        raise ValueError("a played round seats someone twice")
    if not set(round_.pauses) <= set(request.associations + request.companies) - set(seated):
        raise ValueError("a played round's pauses name someone unknown or seated")
    for slot in round_.slots:
        if tables.get(slot.association) != slot.table or slot.company not in request.companies:
            raise ValueError(f"played slot {slot} does not match the request's tables")


def _present_indices(request: ScheduleRequest) -> tuple[list[int], list[int]]:
    """Indices of the associations and companies there for the rounds to come."""
    here = request.present
    return (
        [i for i, a in enumerate(request.associations) if here is None or a in here],
        [j for j, c in enumerate(request.companies) if here is None or c in here],
    )


def _candidate_pairs(
    request: ScheduleRequest, present: tuple[list[int], list[int]]
) -> tuple[list[Edge], list[MissingPair]]:
    """Split the pairs not met yet into those to seat and those that cannot meet."""
    met = {(s.association, s.company) for round_ in request.played for s in round_.slots}
    avoided = _avoid_reasons(request)
    here_a, here_c = set(present[0]), set(present[1])
    edges: list[Edge] = []
    missing: list[MissingPair] = []
    for i, association in enumerate(request.associations):
        for j, company in enumerate(request.companies):
            if (association, company) in met:
                continue
            reason = avoided.get((association, company))
            if reason is None and (i not in here_a or j not in here_c):
                reason = MissingReason.ABSENT
            if reason is None:
                edges.append((i, j))
            else:
                missing.append(MissingPair(association, company, reason))
    return edges, missing


def _avoid_reasons(request: ScheduleRequest) -> dict[tuple[str, str], MissingReason]:
    """The strongest reason for each avoided pair; a requested one is a conflict."""
    rank = {reason: index for index, reason in enumerate(MissingReason)}
    requested = {(p.association, p.company) for p in request.requested}
    reasons: dict[tuple[str, str], MissingReason] = {}
    for pair in request.avoid:
        key = (pair.association, pair.company)
        reason = MissingReason.CONFLICT if key in requested else MissingReason(pair.reason.value)
        if key not in reasons or rank[reason] < rank[reasons[key]]:
            reasons[key] = reason
    return reasons


def _requested_edges(request: ScheduleRequest) -> set[Edge]:
    """Requested pairs as indices, to weigh them when time is short."""
    a_index = {a: i for i, a in enumerate(request.associations)}
    c_index = {c: j for j, c in enumerate(request.companies)}
    return {(a_index[p.association], c_index[p.company]) for p in request.requested}


def _time_missing(request: ScheduleRequest, edge: Edge) -> MissingPair:
    """A pair dropped because the rounds left could not hold it."""
    association, company = request.associations[edge[0]], request.companies[edge[1]]
    return MissingPair(association, company, MissingReason.TIME, request.max_rounds)


def _to_round(
    request: ScheduleRequest, present: tuple[list[int], list[int]], pairs: Iterable[Edge]
) -> Round:
    """Indices back to ids: slots by table, then who is there but unseated."""
    pairs = sorted(pairs)
    seated_a, seated_c = {i for i, _ in pairs}, {j for _, j in pairs}
    slots = tuple(Slot(i + 1, request.associations[i], request.companies[j]) for i, j in pairs)
    pauses = [request.associations[i] for i in present[0] if i not in seated_a]
    pauses += [request.companies[j] for j in present[1] if j not in seated_c]
    return Round(slots, tuple(pauses))


def _new_rounds(
    request: ScheduleRequest, present: tuple[list[int], list[int]], edges: list[Edge]
) -> list[Round]:
    """The rounds to come: the plain rotation when nothing binds, else a König colouring."""
    if not edges:
        return []
    if request.planned:  # keep the order: agendas were printed with it
        pairs = _seat(edges, present, _planned_rounds(request))
        return [_to_round(request, present, round_) for round_ in pairs]
    if len(edges) == len(present[0]) * len(present[1]):  # everyone present meets everyone
        return [_to_round(request, present, pairs) for pairs in cyclic_colouring(*present)]
    return [_to_round(request, present, pairs) for pairs in _seat(edges, present)]


def _planned_rounds(request: ScheduleRequest) -> dict[Edge, int]:
    """The round (from 0, after the played ones) each pair had in the earlier plan."""
    a_index = {a: i for i, a in enumerate(request.associations)}
    c_index = {c: j for j, c in enumerate(request.companies)}
    return {
        (a_index[slot.association], c_index[slot.company]): number
        for number, round_ in enumerate(request.planned)
        for slot in round_.slots
        if slot.association in a_index and slot.company in c_index
    }


# --- choosing the pairs, then their rounds -------------------------------------------------


def _fit_in_time(
    edges: list[Edge], requested: set[Edge], rounds_left: int | None
) -> tuple[list[Edge], list[Edge]]:
    """The pairs to seat and those dropped: the most requested ones, then the most pairs."""
    if rounds_left is None or max_degree(edges) <= rounds_left:
        return edges, []
    heavy = len(edges) + 1  # one requested pair outweighs all the others together
    weights = [heavy if edge in requested else 1 for edge in edges]
    kept = heaviest_bounded_subgraph(edges, weights, rounds_left)
    return (
        [edge for edge, keep in zip(edges, kept, strict=True) if keep],
        [edge for edge, keep in zip(edges, kept, strict=True) if not keep],
    )


def _seat(
    edges: list[Edge],
    present: tuple[list[int], list[int]],
    planned: dict[Edge, int] | None = None,
) -> list[list[Edge]]:
    """Rounds of pairs in a König colouring, each pair trying its planned or rotation round.

    Without an earlier plan to keep, pauses are then moved apart where a swap allows.
    """
    rotation = cyclic_colouring(*present)
    preferred = {pair: number for number, pairs in enumerate(rotation) for pair in pairs}
    preferred.update(planned or {})
    return edge_colouring(edges, preferred, spread_idle=not planned)


# --- clock, text and JSON ------------------------------------------------------------------


def round_times(
    count: int, start: time, slot_minutes: int, break_minutes: int = 0, break_every: int = 0
) -> tuple[RoundTime, ...]:
    """Clock times of each round, so the grid and agendas say when to move."""
    if slot_minutes <= 0 or break_minutes < 0 or break_every < 0:
        raise ValueError("slot length must be positive, breaks non-negative")
    moment = datetime.combine(date(2000, 1, 1), start)
    times = []
    for number in range(1, count + 1):
        if break_every and number > 1 and (number - 1) % break_every == 0:
            moment += timedelta(minutes=break_minutes)
        end = moment + timedelta(minutes=slot_minutes)
        times.append(RoundTime(number, moment.time(), end.time()))
        moment = end
    return tuple(times)


def schedule_text(
    schedule: Schedule, names: Mapping[str, str], times: Sequence[RoundTime] = ()
) -> str:
    """The grid as plain French text, round by round, for the command line."""
    lines: list[str] = []
    for number, round_ in enumerate(schedule.rounds, start=1):
        lines.append(_round_title(number, times, number <= schedule.played))
        for slot in round_.slots:
            association, company = _name(names, slot.association), _name(names, slot.company)
            lines.append(f"  Table {slot.table} : {association} — {company}")
        if round_.pauses:
            lines.append("  Pause : " + ", ".join(_name(names, p) for p in round_.pauses))
        lines.append("")
    if not schedule.rounds:
        lines += ["Aucune rotation à prévoir.", ""]
    if schedule.missing:
        lines.append(f"Rencontres qui n'auront pas lieu ({len(schedule.missing)}) :")
        for pair in schedule.missing:
            association, company = _name(names, pair.association), _name(names, pair.company)
            lines.append(f"  {association} — {company} : {pair.label}")
    return "\n".join(lines).rstrip("\n") + "\n"


def _round_title(number: int, times: Sequence[RoundTime], played: bool) -> str:
    """« Rotation 3 (14:16–14:23) », marked when it was already held."""
    title = f"Rotation {number}"
    if number <= len(times):
        moment = times[number - 1]
        title += f" ({moment.start:%H:%M}–{moment.end:%H:%M})"
    return title + (" — déjà jouée" if played else "")


def _name(names: Mapping[str, str], participant: str) -> str:
    """The participant's name, or its id when the caller gave none."""
    return names.get(participant, participant)


def to_json_dict(
    schedule: Schedule, times: Sequence[RoundTime] = (), names: Mapping[str, str] | None = None
) -> dict[str, object]:
    """The schedule as JSON-ready data (ids, and names when given) for ``--json``."""
    rounds = []
    for number, round_ in enumerate(schedule.rounds, start=1):
        entry: dict[str, object] = {"number": number, "played": number <= schedule.played}
        if number <= len(times):
            entry["start"] = f"{times[number - 1].start:%H:%M}"
            entry["end"] = f"{times[number - 1].end:%H:%M}"
        entry["slots"] = [
            {"table": s.table, "association": s.association, "company": s.company}
            for s in round_.slots
        ]
        entry["pauses"] = list(round_.pauses)
        rounds.append(entry)
    data: dict[str, object] = {
        "tables": [{"table": n, "association": a} for n, a in enumerate(schedule.associations, 1)],
        "companies": list(schedule.companies),
        "played": schedule.played,
        "rounds": rounds,
        "pauses": {pid: list(numbers) for pid, numbers in schedule.pauses.items()},
        "missing": [
            {
                "association": m.association,
                "company": m.company,
                "reason": m.reason.value,
                "label": m.label,
            }
            for m in schedule.missing
        ],
    }
    if names is not None:
        data["names"] = {
            pid: _name(names, pid) for pid in schedule.associations + schedule.companies
        }
    return data
