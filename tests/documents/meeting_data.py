"""Hand-built speed-dating plans for the printed material's tests (and the bench).

The schedule is the real scheduler's (``plan_schedule``), the rest is built by hand, so
the documents are tested before and apart from ``services.meeting_schedule``. Names are
unique and none is part of another, so a test can find each one in a page's text.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

from dla_desktop.domain.meeting_views import MeetingPlan, Party
from dla_desktop.domain.scheduling import (
    AvoidedPair,
    AvoidReason,
    Pair,
    ScheduleRequest,
    plan_schedule,
    round_times,
)

# The Cher's associations and companies of the demo: the first ones of every plan.
ASSOCIATIONS = (
    ("Entraide alimentaire berruyère", "Aide alimentaire, épicerie solidaire", "Bourges"),
    ("Football Club des Gibjoncs", "Football amateur pour 200 jeunes", "Bourges"),
    ("Ressourcerie du Cher", "Réemploi et insertion par l'activité", "Vierzon"),
    ("Théâtre en Berry", "Spectacles et ateliers de théâtre", "Bourges"),
    ("Jardins partagés du Val d'Auron", "Jardins collectifs et pédagogiques", "Bourges"),
    ("Parents d'enfants différents 18", "Entraide entre familles d'enfants handicapés", "Bourges"),
    ("École de musique du Sancerrois", "École de musique associative", "Sancerre"),
    ("Mobilité Solidaire Berry", "Garage et transport solidaires", "Vierzon"),
    ("Les Aînés actifs", "Loisirs et lien social des retraités", "Saint-Amand-Montrond"),
    ("Cirque en Herbe", "École de cirque pour enfants", "Bourges"),
)
COMPANIES = (
    ("Boulangerie du Moulin de l'Yèvre", "Boulangerie artisanale, 12 salariés", "Bourges"),
    ("Transports Berrichons", "Transport de voyageurs et de marchandises", "Saint-Doulchard"),
    ("Métallerie du Cher", "Serrurerie et charpente métallique", "Vierzon"),
    ("Mutuelle Centre-Loire", "Mutuelle santé et prévoyance", "Bourges"),
    ("Bâtir en Berry", "Maçonnerie et gros œuvre", "Bourges"),
    ("Berry Numérique", "Services informatiques aux PME", "Bourges"),
    ("Hôtel des Remparts", "Hôtel-restaurant de 40 chambres", "Bourges"),
    ("Coopérative agricole du Sancerrois", "Céréales et vins, 300 adhérents", "Sancerre"),
    ("Énergies Centre Val", "Installation solaire et chauffage", "Vierzon"),
    ("Laboratoires de la Sauldre", "Analyses biologiques", "Salbris"),
)
MEETING_DAY = date(2017, 3, 14)


def party(index: int, is_association: bool) -> Party:
    """The index-th association or company: a Cher name first, then « Association 11 »..."""
    prefix = "a" if is_association else "c"
    known = ASSOCIATIONS if is_association else COMPANIES
    if index < len(known):
        name, presentation, town = known[index]
    else:
        kind = "Association" if is_association else "Entreprise"
        name, presentation, town = f"{kind} {index + 1:02d}", f"Présentation n° {index + 1}", ""
    return Party(
        participant_id=f"p-{prefix}{index}",
        party_id=f"{prefix}{index}",
        is_association=is_association,
        name=name,
        representatives=f"Représentant {prefix.upper()}{index + 1}" if index % 3 else "",
        presentation=presentation,
        town=town,
    )


def meeting_plan(
    associations: int = 10,
    companies: int = 10,
    *,
    start: time | None = time(14, 0),
    slot_minutes: int = 7,
    break_every: int = 5,
    break_minutes: int = 10,
    avoid: tuple[AvoidedPair, ...] = (),
    requested: tuple[Pair, ...] = (),
    max_rounds: int | None = None,
    present: frozenset[str] | None = None,
    parties: tuple[tuple[Party, ...], tuple[Party, ...]] | None = None,
    title: str = "Speed dating associations–entreprises n° 1",
    organisers: str = "DLA du Cher, Fondation Agir en Berry",
) -> MeetingPlan:
    """A plan of the given size scheduled by the real scheduler, clock times when ``start``."""
    if parties is None:
        parties = (
            tuple(party(i, True) for i in range(associations)),
            tuple(party(j, False) for j in range(companies)),
        )
    request = ScheduleRequest(
        associations=tuple(p.party_id for p in parties[0]),
        companies=tuple(p.party_id for p in parties[1]),
        avoid=avoid,
        requested=requested,
        max_rounds=max_rounds,
        present=present,
    )
    schedule = plan_schedule(request)
    times = ()
    if start is not None:
        count = len(schedule.rounds)
        times = round_times(count, start, slot_minutes, break_minutes, break_every)
    return MeetingPlan(
        meeting_id="m-1",
        title=title,
        date=MEETING_DAY,
        place="Maison des associations, Bourges",
        organisers=organisers,
        start_time=start,
        slot_minutes=slot_minutes,
        break_every=break_every,
        break_minutes=break_minutes,
        associations=parties[0],
        companies=parties[1],
        schedule=schedule,
        times=times,
        stored=False,
    )


def vacant_plan() -> MeetingPlan:
    """3 tables, the 2nd left empty (its association unregistered), and 3 companies.

    The empty table's seat is what ``services.meeting_schedule`` puts there: nobody's,
    unnamed, never present, never seated, and none of its pairs listed as missing.
    """
    vacant = Party(participant_id="", party_id="table-libre-2", is_association=True, name="")
    associations = (party(0, True), vacant, party(2, True))
    companies = tuple(party(j, False) for j in range(3))
    present = frozenset(p.party_id for p in (*associations, *companies) if p is not vacant)
    plan = meeting_plan(parties=(associations, companies), present=present)
    missing = tuple(m for m in plan.schedule.missing if m.association != vacant.party_id)
    return replace(plan, schedule=replace(plan.schedule, missing=missing))


def constrained_plan() -> MeetingPlan:
    """12 associations and 9 companies, pairs already met or to avoid: pauses and missing pairs."""
    avoid = (
        AvoidedPair("a0", "c0", AvoidReason.ALREADY_MET),
        AvoidedPair("a1", "c2", AvoidReason.ALREADY_MET),
        AvoidedPair("a3", "c4"),
    )
    return meeting_plan(12, 9, avoid=avoid, requested=(Pair("a2", "c1"),))
