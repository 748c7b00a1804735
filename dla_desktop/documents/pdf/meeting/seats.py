"""What each participant does, round by round, and how the material words times and breaks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time

from dla_desktop.documents.pdf.theme import MUTED, day
from dla_desktop.domain.meeting_views import MeetingPlan, Party
from dla_desktop.domain.scheduling import MissingPair, RoundTime

PAUSE = "Pause"
NO_ROUND = "Aucune rotation à prévoir : personne n'a de rencontre possible."
ABSENT = "Absence prévue"
NBSP = "\u00a0"
GREY = "#" + MUTED.hexval()[2:]  # MUTED inside paragraph markup


@dataclass(frozen=True)
class Seat:
    """One participant in one round: at a table with someone, in pause, or not there."""

    table: int | None = None
    partner: str | None = None  # the other side's party id
    pause: bool = False  # neither partner nor pause: not there (late, or left early)


def tables(plan: MeetingPlan) -> list[tuple[int, Party]]:
    """``(table number, association)`` for the tables someone holds, vacant ones skipped."""
    numbered = enumerate(plan.associations, start=1)
    return [(number, party) for number, party in numbered if not party.is_vacant]


def real_associations(plan: MeetingPlan) -> tuple[Party, ...]:
    """The registered associations, in table order (the empty tables' seats left out)."""
    return tuple(party for party in plan.associations if not party.is_vacant)


def vacant_ids(plan: MeetingPlan) -> frozenset[str]:
    """The seat ids of the tables left empty."""
    return frozenset(party.party_id for party in plan.associations if party.is_vacant)


def missing_pairs(plan: MeetingPlan) -> tuple[MissingPair, ...]:
    """The pairs that will not meet, an empty table's never among them (it is nobody)."""
    vacant = vacant_ids(plan)
    return tuple(pair for pair in plan.schedule.missing if pair.association not in vacant)


def seats(plan: MeetingPlan) -> dict[str, list[Seat]]:
    """Every participant's seat in each round, read once from the schedule's rounds."""
    everyone = [p.party_id for p in (*plan.associations, *plan.companies)]
    found = {pid: [Seat() for _ in plan.schedule.rounds] for pid in everyone}
    for index, round_ in enumerate(plan.schedule.rounds):
        for slot in round_.slots:
            found[slot.association][index] = Seat(slot.table, slot.company)
            found[slot.company][index] = Seat(slot.table, slot.association)
        for pid in round_.pauses:
            found[pid][index] = Seat(pause=True)
    return found


def clock(moment: time) -> str:
    """``14 h 07``: the French way of writing a time, kept on one line."""
    return f"{moment.hour}{NBSP}h{NBSP}{moment.minute:02d}"


def span(moment: RoundTime) -> str:
    """``14 h 00 – 14 h 07``."""
    return f"{clock(moment.start)} – {clock(moment.end)}"


def break_before(plan: MeetingPlan, number: int) -> bool:
    """Whether the whole room breaks before round ``number`` (from 1)."""
    every = plan.break_every
    return bool(every and plan.break_minutes and number > 1 and (number - 1) % every == 0)


def break_text(plan: MeetingPlan, number: int) -> str:
    """``Pause de 10 minutes (14 h 35 – 14 h 45)`` before round ``number``."""
    shown = f"Pause de {plan.break_minutes} minutes"
    if number <= len(plan.times):
        shown += f" ({clock(plan.times[number - 2].end)} – {clock(plan.times[number - 1].start)})"
    return shown


def caption(plan: MeetingPlan) -> str:
    """``14 mars 2017 — Maison des associations, Bourges — 14 h 00 à 15 h 25``."""
    parts = [day(plan.date), plan.place.strip()]
    if plan.times:
        parts.append(f"{clock(plan.times[0].start)} à {clock(plan.times[-1].end)}")
    elif plan.start_time:
        parts.append(f"à partir de {clock(plan.start_time)}")
    return " — ".join(part for part in parts if part)
