"""Speed-dating schedules: which company sits at which association's table, round by round.

Associations keep their table (table n is the n-th association of the request); companies
move. Every pair that may meet meets exactly once, in the fewest rounds: a schedule is an
edge colouring of the bipartite graph « associations × companies still to meet », one
colour per round, and König's theorem says the graph's maximum degree is enough.

- When nothing binds (everyone present meets everyone), the rotation is built directly:
  each company moves to the next table every round and the pauses of the larger side are
  spread evenly (the empty places of the rotation are evenly spaced).
- Otherwise the pairs are coloured one by one with alternating paths (Kempe chains), each
  pair first trying its round in that rotation so the pattern survives where it can; then
  more alternating-path swaps move crowded pauses apart (fewer people pausing twice in a
  row) without adding a round.
- When ``max_rounds`` is too short, the pairs kept are a heaviest subgraph of bounded
  degree (a min-cost flow): the most requested pairs, then the most pairs.

Re-planning takes the rounds already played as they are and schedules what is left; given
the rounds planned before, each pair keeps its round there when it can.
"""

from __future__ import annotations

import bisect
import heapq
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import cached_property
from itertools import pairwise

from dla_desktop.domain.enums import LabelledEnum
from dla_desktop.domain.errors import ValidationError

Edge = tuple[int, int]  # (association index, company index) in the request's order


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
            return f"{self.reason.label} ({self.max_rounds} rotations)"
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
        return [_to_round(request, present, pairs) for pairs in _rotation(*present)]
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


def _max_degree(edges: Iterable[Edge]) -> int:
    """The most meetings any one participant has: the fewest rounds possible (König)."""
    degrees = Counter(("a", i) for i, _ in edges)
    degrees.update(("c", j) for _, j in edges)
    return max(degrees.values(), default=0)


# --- seating: rotation, or edge colouring by alternating paths ----------------------------


def _seat(
    edges: list[Edge],
    present: tuple[list[int], list[int]],
    planned: dict[Edge, int] | None = None,
) -> list[list[Edge]]:
    """Rounds of pairs in a König colouring, each pair trying its planned or rotation round.

    Without an earlier plan to keep, pauses are then moved apart where a swap allows.
    """
    rotation = _rotation(*present)
    preferred = {pair: number for number, pairs in enumerate(rotation) for pair in pairs}
    preferred.update(planned or {})
    colouring = _Colouring(1 + max(i for i, _ in edges), _max_degree(edges))
    for edge in sorted(edges, key=lambda edge: (preferred.get(edge, colouring.colours), edge)):
        colouring.add(edge, preferred.get(edge))
    if not planned:
        colouring.spread_pauses()
    return colouring.rounds()


def _rotation(tables: list[int], companies: list[int]) -> list[list[Edge]]:
    """Everyone meets everyone in max(A, C) rounds, companies moving one table each round.

    The smaller side is placed on a circle of max(A, C) places whose empty ones are evenly
    spaced, so each participant of the larger side pauses at even intervals.
    """
    size = max(len(tables), len(companies))
    rounds: list[list[Edge]] = []
    if len(tables) >= len(companies):
        places = _evenly_filled(size, len(companies))
        for shift in range(size):
            rounds.append(
                [(tables[(p + shift) % size], c) for p, c in zip(places, companies, strict=True)]
            )
    else:
        places = _evenly_filled(size, len(tables))
        for shift in range(size):
            rounds.append(
                [(t, companies[(p - shift) % size]) for p, t in zip(places, tables, strict=True)]
            )
    return rounds


def _evenly_filled(size: int, count: int) -> list[int]:
    """``count`` places out of ``size`` such that the empty ones are evenly spaced."""
    empty = size - count
    gaps = {index * size // empty for index in range(empty)} if empty else set()
    return [place for place in range(size) if place not in gaps]


class _Colouring:
    """A proper edge colouring being built: for each participant, round -> partner.

    Participants are nodes: association i is node i, company j is node ``offset + j``.
    """

    SWEEPS = 20  # each accepted swap lowers an integer cost: this only bounds the time

    def __init__(self, offset: int, colours: int) -> None:
        self.offset = offset
        self.colours = colours
        self.at: dict[int, dict[int, int]] = {}
        self.penalties: dict[int, list[int]] = {}

    def add(self, edge: Edge, preferred: int | None) -> None:
        """Colour one more pair: its preferred round if free at both ends, else any (König)."""
        a, c = edge[0], self.offset + edge[1]
        at_a, at_c = self.at.setdefault(a, {}), self.at.setdefault(c, {})
        colour = preferred if preferred is not None else self.colours
        if colour >= self.colours or colour in at_a or colour in at_c:
            colour = self._free_common_colour(a, c)
        at_a[colour], at_c[colour] = c, a

    def _free_common_colour(self, a: int, c: int) -> int:
        """A colour free at both ends, swapping an alternating path if none is yet.

        alpha is free at ``a``, beta at ``c``; the alpha/beta path from ``c`` cannot reach
        ``a`` (the graph is bipartite), so swapping it frees alpha at ``c`` too.
        """
        alpha = self._first_free(a)
        if alpha not in self.at[c]:
            return alpha
        beta = self._first_free(c)
        if beta not in self.at[a]:
            return beta
        self._swap(self._path(c, alpha, beta), alpha, beta)
        return alpha

    def _first_free(self, node: int) -> int:
        """The lowest round a participant has free (one exists: its degree is below max)."""
        return next(colour for colour in range(self.colours) if colour not in self.at[node])

    def _path(self, start: int, first: int, second: int) -> list[tuple[int, int, int]]:
        """The pairs (node, node, colour) of the first/second path leaving ``start``."""
        path = []
        node, colour, other = start, first, second
        while (partner := self.at[node].get(colour)) is not None:
            path.append((node, partner, colour))
            node, colour, other = partner, other, colour
        return path

    def _swap(self, path: list[tuple[int, int, int]], first: int, second: int) -> None:
        """Exchange the two colours along a path: the colouring stays proper."""
        for u, v, colour in path:
            del self.at[u][colour], self.at[v][colour]
        for u, v, colour in path:
            swapped = second if colour == first else first
            self.at[u][swapped], self.at[v][swapped] = v, u

    def spread_pauses(self) -> None:
        """Move pauses away from each other by swaps, while one helps someone."""
        for _ in range(self.SWEEPS):
            improved = False
            for node in list(self.at):
                improved |= self._spread_one(node)
            if not improved:
                return

    def _spread_one(self, node: int) -> bool:
        """Move one of the node's crowded pauses to a round where it crowds less, if it pays."""
        pauses = self._pauses(node)
        ideal = self.colours // max(len(pauses), 1)
        penalty = self._penalty(ideal)
        before = _crowding(pauses, penalty)
        for crowded in _crowded(pauses, ideal) if before else ():
            others = [pause for pause in pauses if pause != crowded]
            freed = before - _crowding(others, penalty)
            options = [(freed - _insert_cost(others, s, penalty), s) for s in self.at[node]]
            for gain, quiet in sorted(options, reverse=True):
                if gain <= 0:
                    break
                path = self._path(node, quiet, crowded)
                if gain > self._far_end_cost(path, crowded, quiet):
                    self._swap(path, quiet, crowded)
                    return True
        return False

    def _pauses(self, node: int) -> list[int]:
        """The rounds in which a participant meets nobody, in order."""
        return [colour for colour in range(self.colours) if colour not in self.at[node]]

    def _far_end_cost(self, path: list[tuple[int, int, int]], crowded: int, quiet: int) -> int:
        """The crowding a swap adds at the path's far end, whose pause changes round too."""
        _, end, last = path[-1]  # the far end has ``last`` and pauses in the other colour
        lost = crowded if last == quiet else quiet
        before = self._pauses(end)
        after = sorted([pause for pause in before if pause != lost] + [last])
        penalty = self._penalty(self.colours // len(before))
        return _crowding(after, penalty) - _crowding(before, penalty)

    def _penalty(self, ideal: int) -> list[int]:
        """The crowding of a gap between two pauses, by gap: the shortfall, squared."""
        if ideal not in self.penalties:
            gaps = range(self.colours + 1)
            self.penalties[ideal] = [max(0, ideal - gap) ** 2 for gap in gaps]
        return self.penalties[ideal]

    def rounds(self) -> list[list[Edge]]:
        """The pairs of each round, as (association, company) indices."""
        rounds: list[list[Edge]] = [[] for _ in range(self.colours)]
        for node, partners in self.at.items():
            if node < self.offset:
                for colour, partner in partners.items():
                    rounds[colour].append((node, partner - self.offset))
        return rounds


def _crowding(pauses: list[int], penalty: list[int]) -> int:
    """How far pauses are from evenly spread: the sum of their gaps' penalties."""
    return sum(penalty[b - a] for a, b in pairwise(pauses))


def _crowded(pauses: list[int], ideal: int) -> list[int]:
    """The pauses closer than ``ideal`` to the previous or the next one."""
    return [
        pause
        for index, pause in enumerate(pauses)
        if (index > 0 and pause - pauses[index - 1] < ideal)
        or (index + 1 < len(pauses) and pauses[index + 1] - pause < ideal)
    ]


def _insert_cost(pauses: list[int], colour: int, penalty: list[int]) -> int:
    """The crowding a new pause at ``colour`` adds to sorted ``pauses`` (not holding it)."""
    index = bisect.bisect(pauses, colour)
    if index == 0:
        return penalty[pauses[0] - colour] if pauses else 0
    left = pauses[index - 1]
    if index == len(pauses):
        return penalty[colour - left]
    right = pauses[index]
    return penalty[colour - left] + penalty[right - colour] - penalty[right - left]


# --- when time is short: the heaviest subgraph of bounded degree --------------------------


def _fit_in_time(
    edges: list[Edge], requested: set[Edge], rounds_left: int | None
) -> tuple[list[Edge], list[Edge]]:
    """The pairs to seat and those dropped: the most requested ones, then the most pairs."""
    if rounds_left is None or _max_degree(edges) <= rounds_left:
        return edges, []
    heavy = len(edges) + 1  # one requested pair outweighs all the others together
    weights = [heavy if edge in requested else 1 for edge in edges]
    kept = _heaviest_bounded_subgraph(edges, weights, rounds_left)
    return (
        [edge for edge, keep in zip(edges, kept, strict=True) if keep],
        [edge for edge, keep in zip(edges, kept, strict=True) if not keep],
    )


def _heaviest_bounded_subgraph(edges: list[Edge], weights: list[int], limit: int) -> list[bool]:
    """Which pairs to keep so nobody meets more than ``limit`` others, weight maximal."""
    associations = sorted({i for i, _ in edges})
    companies = sorted({j for _, j in edges})
    node_a = {i: 1 + index for index, i in enumerate(associations)}
    node_c = {j: 1 + len(associations) + index for index, j in enumerate(companies)}
    sink = 1 + len(associations) + len(companies)
    network = _Network(sink + 1)
    for node in node_a.values():
        network.add(0, node, limit, 0)
    middle = [
        network.add(node_a[i], node_c[j], 1, -w) for (i, j), w in zip(edges, weights, strict=True)
    ]
    for node in node_c.values():
        network.add(node, sink, limit, 0)
    network.cheapest_flow(0, sink)
    return [network.capacity[arc] == 0 for arc in middle]


class _Network:
    """A flow network for min-cost flow (primal-dual: Dijkstra, then blocking flows)."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.arcs: list[list[int]] = [[] for _ in range(size)]
        self.head: list[int] = []
        self.capacity: list[int] = []
        self.cost: list[int] = []

    def add(self, tail: int, head: int, capacity: int, cost: int) -> int:
        """An arc and its reverse (arc ^ 1); returns the arc's number."""
        arc = len(self.head)
        self.head += [head, tail]
        self.capacity += [capacity, 0]
        self.cost += [cost, -cost]
        self.arcs[tail].append(arc)
        self.arcs[head].append(arc + 1)
        return arc

    def cheapest_flow(self, source: int, sink: int) -> None:
        """Push flow while a path of negative cost remains: the cheapest flow of any value."""
        potential = self._dag_distances()
        while True:
            distance = self._reduced_distances(source, potential)
            if distance[sink] is None:
                return
            reach = distance[sink]
            for node in range(self.size):
                found = distance[node]
                potential[node] += reach if found is None else min(found, reach)
            if potential[sink] - potential[source] >= 0:
                return
            self._blocking_flow(source, sink, potential)

    def _dag_distances(self) -> list[int]:
        """Initial potentials: every arc of the new network goes to a higher node."""
        distance = [0] * self.size
        for node in range(self.size):
            for arc in self.arcs[node]:
                if self.capacity[arc] > 0:
                    head = self.head[arc]
                    distance[head] = min(distance[head], distance[node] + self.cost[arc])
        return distance

    def _reduced_distances(self, source: int, potential: list[int]) -> list[int | None]:
        """Dijkstra on reduced costs (all non-negative thanks to the potentials)."""
        distance: list[int | None] = [None] * self.size
        distance[source] = 0
        queue = [(0, source)]
        while queue:
            found, node = heapq.heappop(queue)
            if found != distance[node]:
                continue
            for arc in self.arcs[node]:
                if self.capacity[arc] > 0:
                    head = self.head[arc]
                    step = found + self.cost[arc] + potential[node] - potential[head]
                    if distance[head] is None or step < distance[head]:  # type: ignore[operator]
                        distance[head] = step
                        heapq.heappush(queue, (step, head))
        return distance

    def _blocking_flow(self, source: int, sink: int, potential: list[int]) -> None:
        """Push units along zero reduced-cost arcs until no such path is found."""
        position = [0] * self.size
        while self._push(source, sink, potential, position, [False] * self.size):
            pass

    def _push(
        self, node: int, sink: int, potential: list[int], position: list[int], seen: list[bool]
    ) -> bool:
        """Depth-first search for one admissible path, pushing one unit along it."""
        if node == sink:
            return True
        seen[node] = True
        arcs = self.arcs[node]
        while position[node] < len(arcs):
            arc = arcs[position[node]]
            head = self.head[arc]
            if (
                self.capacity[arc] > 0
                and not seen[head]
                and self.cost[arc] + potential[node] - potential[head] == 0
                and self._push(head, sink, potential, position, seen)
            ):
                self.capacity[arc] -= 1
                self.capacity[arc ^ 1] += 1
                return True
            position[node] += 1
        return False


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
