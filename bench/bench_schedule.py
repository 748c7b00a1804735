"""Schedule benchmark: how long a coordinator waits for a speed-dating schedule.

Times ``plan_schedule`` (pure domain, no file) on the biggest meetings we plan for, each
figure the median of ``--runs`` calls printed beside its target (MISSED never changes
the exit code), with the rounds obtained beside the fewest possible (the maximum degree):

- 60 associations × 60 companies with 200 excluded pairs (the issue's target, < 1 s);
- 60 × 60 with no constraint, 60 × 45 with none and with 200 excluded pairs;
- a re-planning of the 60 × 60 after 20 of its 60 rounds (a company leaves, an association
  arrives: it meets 40 companies, time allows no more);
- 60 × 60 with 200 excluded pairs and 30 requested pairs in 30 rounds (time short).

The excluded and requested pairs are drawn from one seeded generator: every run measures
the same meetings. ``--keep`` and ``--reuse`` are accepted, as by every benchmark, but
nothing is written.

    .venv/bin/python -m bench.bench_schedule [--runs N]
"""

from __future__ import annotations

import random
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

from bench.bench_core import Figure, report, run_benchmark, timed_runs
from dla_desktop.domain.scheduling import (
    AvoidedPair,
    Pair,
    Schedule,
    ScheduleRequest,
    plan_schedule,
)

TARGET_MS = 1_000.0
SEED = 2026
EXCLUDED = 200


def meeting(associations: int, companies: int, excluded: int = 0) -> ScheduleRequest:
    """A meeting of the given size, with ``excluded`` pairs drawn at random to avoid."""
    tables = tuple(f"association-{index:02d}" for index in range(associations))
    moving = tuple(f"entreprise-{index:02d}" for index in range(companies))
    pairs = [(a, c) for a in tables for c in moving]
    avoid = tuple(AvoidedPair(a, c) for a, c in random.Random(SEED).sample(pairs, excluded))
    return ScheduleRequest(associations=tables, companies=moving, avoid=avoid)


def replanning() -> ScheduleRequest:
    """The 60 × 60 after 20 of its 60 rounds: a company leaves, a 61st association arrives."""
    first = meeting(60, 60, EXCLUDED)
    played = plan_schedule(first).rounds[:20]
    associations = first.associations + ("association-60",)
    here = frozenset(associations + first.companies[:-1])
    return replace(first, associations=associations, played=played, present=here, max_rounds=60)


def short_of_time() -> ScheduleRequest:
    """The 60 × 60 with exclusions in 30 rounds: half the pairs go, requested ones stay."""
    first = meeting(60, 60, EXCLUDED)
    avoided = {(p.association, p.company) for p in first.avoid}
    rng = random.Random(SEED + 1)
    pairs = [(a, c) for a in first.associations for c in first.companies if (a, c) not in avoided]
    requested = tuple(Pair(a, c) for a, c in rng.sample(pairs, 30))
    return replace(first, requested=requested, max_rounds=30)


def detail(request: ScheduleRequest, schedule: Schedule) -> str:
    """Rounds beside the fewest possible for what is seated, and pairs left out."""
    seated = [(s.association, s.company) for r in schedule.rounds for s in r.slots]
    new = seated[sum(len(r.slots) for r in request.played) :]
    degrees = Counter(a for a, _ in new) + Counter(c for _, c in new)
    fewest = len(request.played) + max(degrees.values(), default=0)
    return (
        f"; {len(schedule.rounds)} rounds (fewest {fewest}), {len(seated)} meetings, "
        f"{len(schedule.missing)} missing"
    )


CASES = [
    (f"60 × 60, {EXCLUDED} excluded pairs", lambda: meeting(60, 60, EXCLUDED)),
    ("60 × 60, no constraint", lambda: meeting(60, 60)),
    ("60 × 45, no constraint", lambda: meeting(60, 45)),
    (f"60 × 45, {EXCLUDED} excluded pairs", lambda: meeting(60, 45, EXCLUDED)),
    ("60 × 60 re-planned after 20 rounds", replanning),
    ("60 × 60, 30 requested, only 30 rounds", short_of_time),
]


def run(directory: Path, runs: int, reuse: bool) -> list[Figure]:
    """Each case built once, then scheduled ``runs`` times."""
    figures = []
    for label, build in CASES:
        request = build()
        times = timed_runs(lambda request=request: plan_schedule(request), runs)
        figures.append(report(label, times, TARGET_MS, detail(request, plan_schedule(request))))
    return figures


def main(argv: list[str] | None = None) -> int:
    return run_benchmark(__doc__, "dla-bench-schedule-", run, argv)


if __name__ == "__main__":
    sys.exit(main())
