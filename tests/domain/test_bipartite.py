"""Bipartite graph algorithms behind the scheduler, checked directly on small graphs."""

from __future__ import annotations

import itertools
import random
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dla_desktop.domain.bipartite import (
    Edge,
    cyclic_colouring,
    edge_colouring,
    heaviest_bounded_subgraph,
    max_degree,
)

FAST = settings(max_examples=150, deadline=None)

graphs = st.sets(st.tuples(st.integers(0, 7), st.integers(0, 7)), max_size=40).map(sorted)
small_graphs = st.sets(st.tuples(st.integers(0, 3), st.integers(0, 3)), max_size=10).map(sorted)


def assert_proper_colouring(classes: list[list[Edge]], edges: list[Edge]) -> None:
    """Every edge coloured once, and no node twice in a colour."""
    assert sorted(edge for edges_ in classes for edge in edges_) == sorted(edges)
    for edges_ in classes:
        assert len({i for i, _ in edges_}) == len(edges_) == len({j for _, j in edges_})


def idle_colours(classes: list[list[Edge]], node: tuple[str, int]) -> list[int]:
    """The colours in which a node ("left" or "right", number) has no edge."""
    side = 0 if node[0] == "left" else 1
    return [n for n, edges in enumerate(classes) if all(e[side] != node[1] for e in edges)]


def total_crowding(classes: list[list[Edge]]) -> int:
    """Sum over nodes of the squared shortfall of each gap between idle colours."""
    nodes = {("left", i) for edges in classes for i, _ in edges}
    nodes |= {("right", j) for edges in classes for _, j in edges}
    total = 0
    for node in nodes:
        idle = idle_colours(classes, node)
        ideal = len(classes) // max(len(idle), 1)
        total += sum(max(0, ideal - (b - a)) ** 2 for a, b in itertools.pairwise(idle))
    return total


# --- max_degree -------------------------------------------------------------------------------


def test_max_degree_counts_each_side_apart() -> None:
    assert max_degree([]) == 0
    assert max_degree([(0, 0), (0, 1), (0, 2), (1, 0)]) == 3  # left node 0
    assert max_degree([(0, 5), (1, 5), (2, 0)]) == 2  # right node 5, not left 0 + right 0
    assert max_degree(iter([(0, 0), (1, 1)])) == 1  # any iterable, read once


# --- cyclic_colouring -------------------------------------------------------------------------


@pytest.mark.parametrize(("left", "right"), list(itertools.product(range(1, 8), range(1, 8))))
def test_cyclic_colouring_is_proper_and_spreads_idle_colours(left: int, right: int) -> None:
    lefts, rights = list(range(0, 2 * left, 2)), list(range(3, 3 + right))  # any node numbers
    classes = cyclic_colouring(lefts, rights)
    assert len(classes) == max(left, right)
    assert_proper_colouring(classes, list(itertools.product(lefts, rights)))
    larger = [("left", i) for i in lefts] if left >= right else [("right", j) for j in rights]
    for node in larger:
        idle = idle_colours(classes, node)
        assert len(idle) == abs(left - right)
        gaps = [(b - a) % len(classes) for a, b in zip(idle, idle[1:] + idle[:1], strict=True)]
        assert max(gaps, default=0) - min(gaps, default=0) <= 1  # evenly spaced, cyclically


# --- edge_colouring ---------------------------------------------------------------------------


def test_edge_colouring_of_nothing_has_no_colour() -> None:
    assert edge_colouring([]) == []
    assert edge_colouring([], {(0, 0): 3}, spread_idle=True) == []


@FAST
@given(graphs, st.booleans())
def test_edge_colouring_uses_the_max_degree_colours(edges: list[Edge], spread: bool) -> None:
    classes = edge_colouring(edges, spread_idle=spread)
    assert len(classes) == max_degree(edges)
    assert_proper_colouring(classes, edges)


@FAST
@given(graphs, st.randoms(use_true_random=False))
def test_edge_colouring_keeps_a_proper_preferred_colouring(
    edges: list[Edge], rng: random.Random
) -> None:
    first = edge_colouring(edges)
    order = list(range(len(first)))
    rng.shuffle(order)
    wanted = [first[old] for old in order]
    preferred = {edge: colour for colour, edges_ in enumerate(wanted) for edge in edges_}
    classes = edge_colouring(edges, preferred)
    assert [sorted(c) for c in classes] == [sorted(c) for c in wanted]


@FAST
@given(
    graphs, st.dictionaries(st.tuples(st.integers(0, 7), st.integers(0, 7)), st.integers(-3, 12))
)
def test_edge_colouring_ignores_preferred_colours_it_cannot_honour(
    edges: list[Edge], preferred: dict[Edge, int]
) -> None:
    classes = edge_colouring(edges, preferred, spread_idle=True)
    assert len(classes) == max_degree(edges)
    assert_proper_colouring(classes, edges)


@FAST
@given(graphs)
def test_spreading_idle_colours_never_crowds_them_more(edges: list[Edge]) -> None:
    plain, spread = edge_colouring(edges), edge_colouring(edges, spread_idle=True)
    assert total_crowding(spread) <= total_crowding(plain)


def test_spreading_moves_two_idle_colours_in_a_row_apart() -> None:
    edges = [(0, 1), (1, 1), (2, 1), (3, 0), (3, 1)]  # right node 1 needs 4 colours
    assert idle_colours(edge_colouring(edges), ("left", 3)) == [1, 2]
    spread = edge_colouring(edges, spread_idle=True)
    assert idle_colours(spread, ("left", 3)) == [0, 2]
    assert_proper_colouring(spread, edges)


# --- heaviest_bounded_subgraph ----------------------------------------------------------------


def test_heaviest_bounded_subgraph_of_nothing_keeps_nothing() -> None:
    assert heaviest_bounded_subgraph([], [], 2) == []


def test_heaviest_bounded_subgraph_prefers_weight_to_count() -> None:
    edges = [(0, 0), (0, 1), (1, 0)]
    assert heaviest_bounded_subgraph(edges, [5, 1, 1], 1) == [True, False, False]
    assert heaviest_bounded_subgraph(edges, [1, 1, 1], 1) == [False, True, True]


@FAST
@given(small_graphs, st.data(), st.integers(0, 3))
def test_heaviest_bounded_subgraph_is_as_heavy_as_any(
    edges: list[Edge], data: st.DataObject, limit: int
) -> None:
    weights = data.draw(st.lists(st.integers(1, 9), min_size=len(edges), max_size=len(edges)))
    kept = heaviest_bounded_subgraph(edges, weights, limit)
    chosen = [edge for edge, keep in zip(edges, kept, strict=True) if keep]
    assert max_degree(chosen) <= limit
    best = 0
    for mask in itertools.product([False, True], repeat=len(edges)):
        subset = [edge for edge, keep in zip(edges, mask, strict=True) if keep]
        if max_degree(subset) <= limit:
            best = max(best, sum(w for w, keep in zip(weights, mask, strict=True) if keep))
    assert sum(w for w, keep in zip(weights, kept, strict=True) if keep) == best


def test_heaviest_bounded_subgraph_keeps_everything_within_the_limit() -> None:
    edges = list(itertools.product(range(4), range(3)))
    assert heaviest_bounded_subgraph(edges, [1] * len(edges), 4) == [True] * len(edges)
    kept = heaviest_bounded_subgraph(edges, [1] * len(edges), 2)
    degrees = Counter(j for (_, j), keep in zip(edges, kept, strict=True) if keep)
    assert sum(kept) == 6 and set(degrees.values()) == {2}  # the 3 right nodes bind: 3 × 2
