"""Bipartite graphs on integer nodes: edge colourings and heaviest subgraphs of bounded degree.

An edge ``(i, j)`` joins left node ``i`` to right node ``j`` (two separate numberings). A
colouring is a list of colour classes, each a list of edges sharing no node (a matching);
a node is *idle* in a colour where none of its edges has it.

- ``cyclic_colouring``: the complete graph left × right in max(L, R) colours, each node of
  the larger side idle in evenly spaced colours.
- ``edge_colouring``: any graph in ``max_degree`` colours (König), edges added one by one,
  each first trying a preferred colour, alternating paths (Kempe chains) making room when
  it is taken; more alternating-path swaps may then spread each node's idle colours apart.
- ``heaviest_bounded_subgraph``: the edges to keep, weight maximal, so that no node has
  more than ``limit`` of them (a min-cost flow).

Pure functions, no I/O: the speed-dating scheduler gives them meaning.
"""

from __future__ import annotations

import bisect
import heapq
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from itertools import pairwise

Edge = tuple[int, int]  # (left node, right node)


def max_degree(edges: Iterable[Edge]) -> int:
    """The most edges at any one node: the fewest colours a colouring needs (König)."""
    degrees = Counter(("left", i) for i, _ in edges)
    degrees.update(("right", j) for _, j in edges)
    return max(degrees.values(), default=0)


# --- the complete graph: a cyclic colouring ---------------------------------------------------


def cyclic_colouring(left: Sequence[int], right: Sequence[int]) -> list[list[Edge]]:
    """Colour left × right in max(L, R) colours, the smaller side shifting by one each colour.

    The smaller side is placed on a circle of max(L, R) places whose empty ones are evenly
    spaced, so each node of the larger side is idle at even intervals.
    """
    size = max(len(left), len(right))
    colours: list[list[Edge]] = []
    if len(left) >= len(right):
        places = _evenly_filled(size, len(right))
        for shift in range(size):
            colours.append(
                [(left[(p + shift) % size], j) for p, j in zip(places, right, strict=True)]
            )
    else:
        places = _evenly_filled(size, len(left))
        for shift in range(size):
            colours.append(
                [(i, right[(p - shift) % size]) for p, i in zip(places, left, strict=True)]
            )
    return colours


def _evenly_filled(size: int, count: int) -> list[int]:
    """``count`` places out of ``size`` such that the empty ones are evenly spaced."""
    empty = size - count
    gaps = {index * size // empty for index in range(empty)} if empty else set()
    return [place for place in range(size) if place not in gaps]


# --- any graph: colouring by alternating paths ------------------------------------------------


def edge_colouring(
    edges: Sequence[Edge],
    preferred: Mapping[Edge, int] | None = None,
    *,
    spread_idle: bool = False,
) -> list[list[Edge]]:
    """A proper colouring in ``max_degree(edges)`` colours, keeping preferred colours if it can.

    Edges with a preferred colour are added first, by that colour; one whose colour is out of
    range or taken at either end gets another. ``spread_idle`` then moves idle colours apart
    by swaps (each one lowers the total crowding), never adding a colour.
    """
    preferred = preferred or {}
    colours = max_degree(edges)
    if not colours:
        return []
    colouring = _Colouring(1 + max(i for i, _ in edges), colours)
    for edge in sorted(edges, key=lambda edge: (preferred.get(edge, colours), edge)):
        colouring.add(edge, preferred.get(edge))
    if spread_idle:
        colouring.spread_idle()
    return colouring.classes()


class _Colouring:
    """A proper edge colouring being built: for each node, colour -> neighbour.

    One numbering for both sides: left node i is i, right node j is ``offset + j``.
    """

    SWEEPS = 20  # each accepted swap lowers an integer cost: this only bounds the time

    def __init__(self, offset: int, colours: int) -> None:
        self.offset = offset
        self.colours = colours
        self.at: dict[int, dict[int, int]] = {}
        self.penalties: dict[int, list[int]] = {}

    def add(self, edge: Edge, preferred: int | None) -> None:
        """Colour one more edge: its preferred colour if free at both ends, else any (König)."""
        a, c = edge[0], self.offset + edge[1]
        at_a, at_c = self.at.setdefault(a, {}), self.at.setdefault(c, {})
        colour = preferred if preferred is not None else self.colours
        if not 0 <= colour < self.colours or colour in at_a or colour in at_c:
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
        """The lowest colour a node has free (one exists: its degree is below the maximum)."""
        return next(colour for colour in range(self.colours) if colour not in self.at[node])

    def _path(self, start: int, first: int, second: int) -> list[tuple[int, int, int]]:
        """The edges (node, node, colour) of the first/second path leaving ``start``."""
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

    def spread_idle(self) -> None:
        """Move idle colours away from each other by swaps, while one helps some node."""
        for _ in range(self.SWEEPS):
            improved = False
            for node in list(self.at):
                improved |= self._spread_one(node)
            if not improved:
                return

    def _spread_one(self, node: int) -> bool:
        """Move one of the node's crowded idle colours to where it crowds less, if it pays."""
        idle = self._idle(node)
        ideal = self.colours // max(len(idle), 1)
        penalty = self._penalty(ideal)
        before = _crowding(idle, penalty)
        for crowded in _crowded(idle, ideal) if before else ():
            others = [colour for colour in idle if colour != crowded]
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

    def _idle(self, node: int) -> list[int]:
        """The colours in which a node has no edge, in order."""
        return [colour for colour in range(self.colours) if colour not in self.at[node]]

    def _far_end_cost(self, path: list[tuple[int, int, int]], crowded: int, quiet: int) -> int:
        """The crowding a swap adds at the path's far end, whose idle colour changes too."""
        _, end, last = path[-1]  # the far end has ``last`` and is idle in the other colour
        lost = crowded if last == quiet else quiet
        before = self._idle(end)
        after = sorted([colour for colour in before if colour != lost] + [last])
        penalty = self._penalty(self.colours // len(before))
        return _crowding(after, penalty) - _crowding(before, penalty)

    def _penalty(self, ideal: int) -> list[int]:
        """The crowding of a gap between two idle colours, by gap: the shortfall, squared."""
        if ideal not in self.penalties:
            gaps = range(self.colours + 1)
            self.penalties[ideal] = [max(0, ideal - gap) ** 2 for gap in gaps]
        return self.penalties[ideal]

    def classes(self) -> list[list[Edge]]:
        """The edges of each colour, as (left, right) nodes."""
        classes: list[list[Edge]] = [[] for _ in range(self.colours)]
        for node, partners in self.at.items():
            if node < self.offset:
                for colour, partner in partners.items():
                    classes[colour].append((node, partner - self.offset))
        return classes


def _crowding(idle: list[int], penalty: list[int]) -> int:
    """How far idle colours are from evenly spread: the sum of their gaps' penalties."""
    return sum(penalty[b - a] for a, b in pairwise(idle))


def _crowded(idle: list[int], ideal: int) -> list[int]:
    """The idle colours closer than ``ideal`` to the previous or the next one."""
    return [
        colour
        for index, colour in enumerate(idle)
        if (index > 0 and colour - idle[index - 1] < ideal)
        or (index + 1 < len(idle) and idle[index + 1] - colour < ideal)
    ]


def _insert_cost(idle: list[int], colour: int, penalty: list[int]) -> int:
    """The crowding a new idle ``colour`` adds to sorted ``idle`` (not holding it)."""
    index = bisect.bisect(idle, colour)
    if index == 0:
        return penalty[idle[0] - colour] if idle else 0
    left = idle[index - 1]
    if index == len(idle):
        return penalty[colour - left]
    right = idle[index]
    return penalty[colour - left] + penalty[right - colour] - penalty[right - left]


# --- heaviest subgraph of bounded degree: a min-cost flow -------------------------------------


def heaviest_bounded_subgraph(
    edges: Sequence[Edge], weights: Sequence[int], limit: int
) -> list[bool]:
    """Which edges to keep so that no node has more than ``limit``, total weight maximal."""
    left = sorted({i for i, _ in edges})
    right = sorted({j for _, j in edges})
    node_left = {i: 1 + index for index, i in enumerate(left)}
    node_right = {j: 1 + len(left) + index for index, j in enumerate(right)}
    sink = 1 + len(left) + len(right)
    network = _Network(sink + 1)
    for node in node_left.values():
        network.add(0, node, limit, 0)
    middle = [
        network.add(node_left[i], node_right[j], 1, -w)
        for (i, j), w in zip(edges, weights, strict=True)
    ]
    for node in node_right.values():
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
