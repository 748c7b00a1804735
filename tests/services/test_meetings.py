"""Meetings between associations and companies, and who is registered to them.

Every refused input is checked against a snapshot of the whole file: a refusal
writes nothing, even when the caller goes on and commits.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, time
from typing import Any

import pytest
from sqlalchemy.orm import Session

from dla_desktop.db.database import Database
from dla_desktop.db.models import MeetingParticipant
from dla_desktop.db.models.base import TEXT_LENGTH
from dla_desktop.domain.enums import CompanySize, MeetingFormat
from dla_desktop.domain.errors import NotFoundError, StaleRecordError
from dla_desktop.domain.records import (
    AssociationDraft,
    CompanyDraft,
    MeetingDraft,
    MeetingParticipantDraft,
    MeetingRow,
)
from dla_desktop.services import associations, companies
from dla_desktop.services import meetings as svc
from tests.services.support import MISSING, refused, run

TRICKY = "<b>Rencontres & Cie</b> « l'Éclat » <script>alert('x')</script> &amp; ☕🥐 ñ Œ"
SPEED_DATING = MeetingDraft(
    title="Speed dating associations-entreprises",
    format=MeetingFormat.SPEED_DATING,
    date=date(2026, 3, 12),
)

# --- helpers ---------------------------------------------------------------------------


def create(database: Database, draft: MeetingDraft) -> Any:
    return run(database, lambda s: svc.create_meeting(s, draft))


@dataclass(frozen=True)
class Guests:
    """A meeting with two associations and two companies that could come."""

    meeting: str
    theatre: str
    cirque: str
    banque: str
    torrefacteur: str


def _invite(session: Session) -> Guests:
    def association(name: str) -> str:
        return associations.create_association(session, AssociationDraft(name=name)).id

    def company(name: str) -> str:
        draft = CompanyDraft(name=name, size=CompanySize.TPE)
        return companies.create_company(session, draft).id

    return Guests(
        meeting=svc.create_meeting(session, SPEED_DATING).id,
        theatre=association("Théâtre du Prato"),
        cirque=association("Cirque du Bout du Monde"),
        banque=company("Banque Populaire du Nord"),
        torrefacteur=company("Torréfaction des Flandres"),
    )


@pytest.fixture
def guests(database: Database) -> Guests:
    return run(database, _invite)


def register(database: Database, **fields: Any) -> Any:
    return run(database, lambda s: svc.register_participant(s, MeetingParticipantDraft(**fields)))


# --- meetings --------------------------------------------------------------------------


def test_create_then_get_gives_back_every_field(database: Database) -> None:
    draft = replace(
        SPEED_DATING,
        title="  Speed dating n°3  ",
        series="Cher 2026",
        start_time=time(18, 30),
        place="CCI du Cher, Bourges",
        organisers="  DLA du Cher & Club d'entreprises  ",
        slot_minutes=7,
        break_every=4,
        break_minutes=15,
        rounds_available=12,
        notes="Pot à la fin",
    )
    created = create(database, draft)
    assert created.version == 1
    assert created.title == "Speed dating n°3"
    assert created.format is MeetingFormat.SPEED_DATING
    assert (created.date, created.start_time) == (date(2026, 3, 12), time(18, 30))
    assert (created.slot_minutes, created.break_every) == (7, 4)
    assert (created.break_minutes, created.rounds_available) == (15, 12)
    assert created.organisers == "DLA du Cher & Club d'entreprises"
    assert run(database, lambda s: svc.get_meeting(s, created.id)) == created


def test_format_given_as_stored_string_is_accepted(database: Database) -> None:
    created = create(database, replace(SPEED_DATING, format="petit_dejeuner"))
    assert created.format is MeetingFormat.PETIT_DEJEUNER
    assert created.start_time is None


def test_tricky_texts_are_stored_and_read_back_intact(database: Database) -> None:
    notes = (TRICKY + "\n") * 40
    created = create(
        database, replace(SPEED_DATING, title=TRICKY, place=TRICKY, series="S1 🎯", notes=notes)
    )
    again = run(database, lambda s: svc.get_meeting(s, created.id))
    assert (again.title, again.place, again.series) == (TRICKY, TRICKY, "S1 🎯")
    assert again.notes == notes.strip()


@pytest.mark.parametrize("minutes", [1, 120])
def test_slot_minutes_bounds_are_accepted(database: Database, minutes: int) -> None:
    assert create(database, replace(SPEED_DATING, slot_minutes=minutes)).slot_minutes == minutes


MEETING_REFUSALS: list[tuple[str, dict[str, Any], str, str]] = [
    ("empty title", {"title": "   "}, "title", "Intitulé : à renseigner."),
    ("title not text", {"title": None}, "title", "Intitulé : texte attendu."),
    ("title too long", {"title": "x" * 201}, "title", "201 caractères, 200 au plus"),
    ("series too long", {"series": "x" * 101}, "series", "Série : 101 caractères, 100 au plus."),
    ("place too long", {"place": "é" * 201}, "place", "Lieu : 201 caractères"),
    ("notes too long", {"notes": "x" * (TEXT_LENGTH + 1)}, "notes", "Notes : "),
    ("unknown format", {"format": "apero"}, "format", "Format : valeur inconnue « apero »."),
    ("no format", {"format": None}, "format", "Format : à choisir."),
    ("no date", {"date": None}, "date", "Date : date invalide."),
    ("date as text", {"date": "12/03/2026"}, "date", "Date : date invalide."),
    ("year 3000", {"date": date(3000, 1, 1)}, "date", "Date : date invalide."),
    ("time as text", {"start_time": "18h30"}, "start_time", "Heure de début : heure invalide."),
    ("zero minutes", {"slot_minutes": 0}, "slot_minutes", "au moins 1 minute"),
    ("negative minutes", {"slot_minutes": -7}, "slot_minutes", "ne peut pas être négatif"),
    ("too many minutes", {"slot_minutes": 121}, "slot_minutes", "120 au plus"),
    ("boolean minutes", {"slot_minutes": True}, "slot_minutes", "nombre entier attendu"),
    ("decimal minutes", {"slot_minutes": 7.5}, "slot_minutes", "nombre entier attendu"),
    ("negative break", {"break_every": -1}, "break_every", "ne peut pas être négatif"),
    (
        "negative break length",
        {"break_minutes": -5},
        "break_minutes",
        "Durée d'une pause : ne peut pas être négatif.",
    ),
    ("break too long", {"break_minutes": 121}, "break_minutes", "Durée d'une pause : 120 au plus"),
    (
        "no round available",
        {"rounds_available": 0},
        "rounds_available",
        "Nombre de rotations possibles : au moins 1.",
    ),
    ("rounds as text", {"rounds_available": "10"}, "rounds_available", "nombre entier attendu"),
    ("too many rounds", {"rounds_available": 501}, "rounds_available", "500 au plus"),
    ("organisers too long", {"organisers": 12}, "organisers", "Organisateurs : texte attendu."),
]


@pytest.mark.parametrize(("minutes", "rounds"), [(0, 1), (120, 500), (10, None)])
def test_break_and_rounds_bounds_are_accepted(
    database: Database, minutes: int, rounds: int | None
) -> None:
    created = create(
        database, replace(SPEED_DATING, break_minutes=minutes, rounds_available=rounds)
    )
    assert (created.break_minutes, created.rounds_available) == (minutes, rounds)


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [r[1:] for r in MEETING_REFUSALS],
    ids=[r[0] for r in MEETING_REFUSALS],
)
def test_bad_meeting_is_refused_and_writes_nothing(
    database: Database, changes: dict[str, Any], field: str, words: str
) -> None:
    draft = replace(SPEED_DATING, **changes)
    error = refused(database, lambda s: svc.create_meeting(s, draft))
    assert set(error.errors) == {field}
    assert words in error.errors[field]


def test_update_and_stale_version(database: Database) -> None:
    # GIVEN a meeting moved once to another room (version 2)
    created = create(database, SPEED_DATING)
    moved = replace(SPEED_DATING, place="Salle B")
    updated = run(database, lambda s: svc.update_meeting(s, created.id, moved, 1))
    assert (updated.version, updated.place) == (2, "Salle B")
    # WHEN a form read before the move saves THEN it is refused, the move stays
    stale = replace(SPEED_DATING, place="Salle A")
    refused(database, lambda s: svc.update_meeting(s, created.id, stale, 1), StaleRecordError)
    # AND a bad update writes nothing either
    bad = replace(SPEED_DATING, slot_minutes=500)
    refused(database, lambda s: svc.update_meeting(s, created.id, bad, 2))
    again = run(database, lambda s: svc.get_meeting(s, created.id))
    assert (again.version, again.place, again.slot_minutes) == (2, "Salle B", 7)


def test_find_a_meeting_by_id_or_exact_title(database: Database) -> None:
    created = create(database, replace(SPEED_DATING, title=TRICKY))
    assert run(database, lambda s: svc.find_meeting(s, created.id)) == created
    assert run(database, lambda s: svc.find_meeting(s, TRICKY)) == created
    error = refused(database, lambda s: svc.find_meeting(s, "Speed"), NotFoundError)
    assert error.message == "Aucune rencontre ne porte l'identifiant ou l'intitulé « Speed »."
    create(database, replace(SPEED_DATING, title=TRICKY, date=date(2027, 1, 1)))
    error = refused(database, lambda s: svc.find_meeting(s, TRICKY), NotFoundError)
    assert "désignez-la par son identifiant" in error.message
    run(database, lambda s: svc.archive_meeting(s, created.id))
    refused(database, lambda s: svc.find_meeting(s, created.id), NotFoundError)


def test_list_meetings_newest_first_without_archived(database: Database) -> None:
    old = create(database, replace(SPEED_DATING, title="2024", date=date(2024, 10, 1)))
    morning = create(
        database, replace(SPEED_DATING, title="matin", date=date(2026, 5, 1), start_time=time(8))
    )
    evening = create(
        database, replace(SPEED_DATING, title="soir", date=date(2026, 5, 1), start_time=time(18))
    )
    gone = create(database, replace(SPEED_DATING, title="annulée", date=date(2027, 1, 1)))
    run(database, lambda s: svc.archive_meeting(s, gone.id, 1))
    rows = run(database, svc.list_meetings)
    assert [r.id for r in rows] == [evening.id, morning.id, old.id]
    assert rows[0] == MeetingRow(
        id=evening.id, title="soir", format="speed_dating", date=date(2026, 5, 1), place=""
    )
    refused(database, lambda s: svc.get_meeting(s, gone.id), NotFoundError)


# --- participants ----------------------------------------------------------------------


def test_register_an_association_and_a_company(database: Database, guests: Guests) -> None:
    theatre = register(
        database,
        meeting_id=guests.meeting,
        association_id=guests.theatre,
        representatives="Zoé Ñúñez 🌱 & Marc <Dupont>",
        leaders_count=2,
        presentation=TRICKY,
    )
    banque = register(database, meeting_id=guests.meeting, company_id=guests.banque)
    assert (theatre.association_id, theatre.company_id) == (guests.theatre, None)
    assert (banque.association_id, banque.company_id) == (None, guests.banque)
    assert banque.leaders_count == 1  # the default
    listed = run(database, lambda s: svc.list_participants(s, guests.meeting))
    assert listed == [theatre, banque]  # in registration order
    assert listed[0].representatives == "Zoé Ñúñez 🌱 & Marc <Dupont>"
    assert listed[0].presentation == TRICKY


def test_an_empty_other_party_is_stored_as_none(database: Database, guests: Guests) -> None:
    record = register(
        database, meeting_id=guests.meeting, association_id="", company_id=guests.banque
    )
    assert record.association_id is None and record.company_id == guests.banque


def test_the_same_party_cannot_register_twice(database: Database, guests: Guests) -> None:
    # GIVEN the theatre and the bank registered to the speed dating
    register(database, meeting_id=guests.meeting, association_id=guests.theatre)
    register(database, meeting_id=guests.meeting, company_id=guests.banque)
    # WHEN either registers again THEN it is refused with a French message
    again = MeetingParticipantDraft(meeting_id=guests.meeting, association_id=guests.theatre)
    error = refused(database, lambda s: svc.register_participant(s, again))
    assert error.errors == {
        "association_id": "Association : cette association est déjà inscrite à cette rencontre."
    }
    again = MeetingParticipantDraft(meeting_id=guests.meeting, company_id=guests.banque)
    error = refused(database, lambda s: svc.register_participant(s, again))
    assert error.errors == {
        "company_id": "Entreprise : cette entreprise est déjà inscrite à cette rencontre."
    }
    # AND both may still register to another meeting
    other = create(database, replace(SPEED_DATING, date=date(2026, 10, 8)))
    register(database, meeting_id=other.id, association_id=guests.theatre)
    register(database, meeting_id=other.id, company_id=guests.banque)
    assert len(run(database, lambda s: svc.list_participants(s, other.id))) == 2


def test_unregister_then_register_again(database: Database, guests: Guests) -> None:
    first = register(database, meeting_id=guests.meeting, association_id=guests.theatre)
    run(database, lambda s: svc.unregister_participant(s, first.id))
    assert run(database, lambda s: svc.list_participants(s, guests.meeting)) == []
    second = register(database, meeting_id=guests.meeting, association_id=guests.theatre)
    assert second.id != first.id
    assert run(database, lambda s: svc.list_participants(s, guests.meeting)) == [second]
    with database.reading() as session:  # the first registration stays as a tombstone
        assert session.get(MeetingParticipant, first.id).deleted_at is not None


def test_unregister_unknown_or_twice_is_not_found(database: Database, guests: Guests) -> None:
    record = register(database, meeting_id=guests.meeting, company_id=guests.banque)
    run(database, lambda s: svc.unregister_participant(s, record.id))
    error = refused(database, lambda s: svc.unregister_participant(s, record.id), NotFoundError)
    assert "participant" in error.message
    refused(database, lambda s: svc.unregister_participant(s, MISSING), NotFoundError)


PARTICIPANT_REFUSALS: list[tuple[str, Callable[[Guests], dict[str, Any]], str, str]] = [
    ("neither party", lambda g: {}, "association_id", "une seule"),
    (
        "both parties",
        lambda g: {"association_id": g.theatre, "company_id": g.banque},
        "association_id",
        "une association ou une entreprise",
    ),
    ("unknown association", lambda g: {"association_id": MISSING}, "association_id", "introuv"),
    ("unknown company", lambda g: {"company_id": MISSING}, "company_id", "introuvable"),
    (
        "negative leaders",
        lambda g: {"association_id": g.theatre, "leaders_count": -1},
        "leaders_count",
        "Nombre de dirigeants : ne peut pas être négatif.",
    ),
    (
        "representatives too long",
        lambda g: {"company_id": g.banque, "representatives": "x" * 201},
        "representatives",
        "201 caractères",
    ),
    (
        "presentation not text",
        lambda g: {"company_id": g.banque, "presentation": 42},
        "presentation",
        "texte attendu",
    ),
    (
        "arrives at round 0",
        lambda g: {"company_id": g.banque, "arrives_at_round": 0},
        "arrives_at_round",
        "Arrivée à la rotation : au moins 1.",
    ),
    (
        "leaves before arriving",
        lambda g: {"company_id": g.banque, "arrives_at_round": 4, "leaves_after_round": 3},
        "leaves_after_round",
        "Départ après la rotation : rotation 3, avant l'arrivée (rotation 4).",
    ),
    (
        "leaves at a negative round",
        lambda g: {"association_id": g.theatre, "leaves_after_round": -2},
        "leaves_after_round",
        "ne peut pas être négatif",
    ),
    (
        "arrival as text",
        lambda g: {"association_id": g.theatre, "arrives_at_round": "3"},
        "arrives_at_round",
        "nombre entier attendu",
    ),
]


def test_late_arrival_and_early_departure_are_kept(database: Database, guests: Guests) -> None:
    record = register(
        database,
        meeting_id=guests.meeting,
        company_id=guests.banque,
        arrives_at_round=3,
        leaves_after_round=3,  # here for one round only
    )
    assert (record.arrives_at_round, record.leaves_after_round) == (3, 3)
    cleared = replace(record, arrives_at_round=None, leaves_after_round=None)
    updated = run(database, lambda s: svc.update_participant(s, record.id, cleared, 1))
    assert (updated.arrives_at_round, updated.leaves_after_round, updated.version) == (
        None,
        None,
        2,
    )


@pytest.mark.parametrize(
    ("fields", "field", "words"),
    [r[1:] for r in PARTICIPANT_REFUSALS],
    ids=[r[0] for r in PARTICIPANT_REFUSALS],
)
def test_bad_registration_is_refused_and_writes_nothing(
    database: Database, guests: Guests, fields: Callable, field: str, words: str
) -> None:
    draft = MeetingParticipantDraft(meeting_id=guests.meeting, **fields(guests))
    error = refused(database, lambda s: svc.register_participant(s, draft))
    assert set(error.errors) == {field}
    assert words in error.errors[field]


@pytest.mark.parametrize(
    ("field", "attribute", "archive"),
    [
        ("association_id", "theatre", associations.archive_association),
        ("company_id", "banque", companies.archive_company),
    ],
)
def test_archived_parties_cannot_register(
    database: Database, guests: Guests, field: str, attribute: str, archive: Callable
) -> None:
    target = getattr(guests, attribute)
    run(database, lambda s: archive(s, target))
    draft = MeetingParticipantDraft(meeting_id=guests.meeting, **{field: target})
    error = refused(database, lambda s: svc.register_participant(s, draft))
    assert error.errors == {field: error.errors[field]}
    assert "fiche supprimée ou inconnue" in error.errors[field]


def test_nobody_registers_to_an_archived_meeting(database: Database, guests: Guests) -> None:
    run(database, lambda s: svc.archive_meeting(s, guests.meeting))
    draft = MeetingParticipantDraft(meeting_id=guests.meeting, association_id=guests.theatre)
    error = refused(database, lambda s: svc.register_participant(s, draft))
    assert set(error.errors) == {"meeting_id"}
    assert error.errors["meeting_id"].startswith("Rencontre : référence introuvable")


def test_participants_whose_structure_was_archived_leave_the_list(
    database: Database, guests: Guests
) -> None:
    register(database, meeting_id=guests.meeting, association_id=guests.theatre)
    cirque = register(database, meeting_id=guests.meeting, association_id=guests.cirque)
    register(database, meeting_id=guests.meeting, company_id=guests.banque)
    roaster = register(database, meeting_id=guests.meeting, company_id=guests.torrefacteur)
    run(database, lambda s: associations.archive_association(s, guests.theatre))
    run(database, lambda s: companies.archive_company(s, guests.banque))
    listed = run(database, lambda s: svc.list_participants(s, guests.meeting))
    assert [p.id for p in listed] == [cirque.id, roaster.id]
