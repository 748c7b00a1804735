"""Partnerships: validation, life cycle (status changes), lists and the list screen's rows.

Every refused input is checked against a snapshot of the whole file: a refusal
writes nothing, even when the caller goes on and commits.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy.orm import Session

from dla_desktop.db.database import Database
from dla_desktop.db.models import Partnership
from dla_desktop.db.models.base import TEXT_LENGTH
from dla_desktop.domain.enums import (
    CompanySize,
    MeetingFormat,
    PartnershipCategory,
    PartnershipStatus,
)
from dla_desktop.domain.errors import NotFoundError, StaleRecordError
from dla_desktop.domain.records import (
    AssociationDraft,
    CompanyDraft,
    MeetingDraft,
    PartnershipDraft,
    ProgrammeDraft,
)
from dla_desktop.services import associations, companies, meetings, offices, programmes
from dla_desktop.services import partnerships as svc
from tests.services.support import MISSING, refused, run

TRICKY = "<b>Mécénat & Cie</b> « l'Éclat » <script>alert('x')</script> &amp; 🎭🤝 ñ Œ"

# --- helpers ---------------------------------------------------------------------------


@dataclass(frozen=True)
class World:
    """Two associations, two companies, a programme and a meeting to link partnerships to."""

    theatre: str
    cirque: str
    banque: str
    torrefacteur: str
    programme: str
    meeting: str

    def draft(self, **changes: Any) -> PartnershipDraft:
        base = PartnershipDraft(
            association_id=self.theatre,
            company_id=self.banque,
            category=PartnershipCategory.MECENAT_FINANCIER,
        )
        return replace(base, **changes)


def _make_world(session: Session) -> World:
    def association(name: str) -> str:
        return associations.create_association(session, AssociationDraft(name=name)).id

    def company(name: str) -> str:
        draft = CompanyDraft(name=name, size=CompanySize.PME)
        return companies.create_company(session, draft).id

    programme = programmes.create_programme(session, ProgrammeDraft(title="Mécénat 2026"))
    meeting = meetings.create_meeting(
        session,
        MeetingDraft(
            title="Speed dating", format=MeetingFormat.SPEED_DATING, date=date(2026, 3, 5)
        ),
    )
    return World(
        theatre=association("Théâtre du Prato"),
        cirque=association("Cirque du Bout du Monde"),
        banque=company("Banque Populaire du Nord"),
        torrefacteur=company("Torréfaction des Flandres"),
        programme=programme.id,
        meeting=meeting.id,
    )


@pytest.fixture
def world(database: Database) -> World:
    return run(database, _make_world)


def create(database: Database, draft: PartnershipDraft) -> Any:
    return run(database, lambda s: svc.create_partnership(s, draft))


def current_office(database: Database) -> str:
    with database.reading() as session:
        office = offices.current_office(session)
        assert office is not None
        return office.id


# --- create and read back --------------------------------------------------------------


def test_create_then_get_gives_back_every_field(database: Database, world: World) -> None:
    draft = world.draft(
        category=PartnershipCategory.MECENAT_COMPETENCES,
        status=PartnershipStatus.SIGNE,
        status_date=date(2026, 6, 1),
        title="  Refonte du site par les salariés  ",
        amount=Decimal("1500.005"),
        counterparts="Logo sur les affiches",
        start_date=date(2026, 6, 1),
        end_date=date(2027, 5, 31),
        origin_programme_id=world.programme,
        origin_meeting_id=world.meeting,
        notes="Suivi par Mme Durand",
    )
    created = create(database, draft)
    assert created.version == 1
    assert created.changed_by_office_id == current_office(database)
    assert created.title == "Refonte du site par les salariés"  # trimmed
    assert created.amount == Decimal("1500.01")  # rounded half up to the cent
    assert created.category is PartnershipCategory.MECENAT_COMPETENCES
    assert created.status is PartnershipStatus.SIGNE
    assert (created.origin_programme_id, created.origin_meeting_id) == (
        world.programme,
        world.meeting,
    )
    again = run(database, lambda s: svc.get_partnership(s, created.id))
    assert again == created


def test_minimal_partnership_takes_the_defaults(database: Database, world: World) -> None:
    created = create(database, world.draft())
    assert created.status is PartnershipStatus.IDEE
    assert created.amount is None and created.status_date is None
    assert created.title == created.counterparts == created.notes == ""
    assert created.origin_programme_id is None and created.origin_meeting_id is None


def test_enum_values_given_as_stored_strings_are_accepted(database: Database, world: World) -> None:
    created = create(database, world.draft(category="innovation_societale", status="contact"))
    assert created.category is PartnershipCategory.INNOVATION_SOCIETALE
    assert created.status is PartnershipStatus.CONTACT


def test_tricky_texts_are_stored_and_read_back_intact(database: Database, world: World) -> None:
    notes = (TRICKY + "\n") * 50
    created = create(database, world.draft(title=TRICKY, counterparts=TRICKY + " 🎁", notes=notes))
    again = run(database, lambda s: svc.get_partnership(s, created.id))
    assert again.title == TRICKY
    assert again.counterparts == TRICKY + " 🎁"
    assert again.notes == notes.strip()


def test_texts_at_their_limit_are_accepted(database: Database, world: World) -> None:
    created = create(database, world.draft(title="é" * 200, notes="n" * TEXT_LENGTH))
    assert len(created.title) == 200 and len(created.notes) == TEXT_LENGTH


# --- refused inputs --------------------------------------------------------------------

REFUSALS: list[tuple[str, Callable[[World], dict[str, Any]], str, str]] = [
    ("unknown category", lambda w: {"category": "sponsoring"}, "category", "« sponsoring »"),
    ("no category", lambda w: {"category": None}, "category", "à choisir"),
    ("unknown status", lambda w: {"status": "gagne"}, "status", "valeur inconnue « gagne »"),
    ("negative amount", lambda w: {"amount": Decimal("-0.01")}, "amount", "négatif"),
    ("float amount", lambda w: {"amount": 12.5}, "amount", "montant illisible"),
    ("nan amount", lambda w: {"amount": Decimal("NaN")}, "amount", "montant illisible"),
    ("huge amount", lambda w: {"amount": Decimal("1e15")}, "amount", "trop élevé"),
    (
        "end before start",
        lambda w: {"start_date": date(2026, 6, 2), "end_date": date(2026, 6, 1)},
        "end_date",
        "ne peut pas précéder « date de début »",
    ),
    ("status date 1800", lambda w: {"status_date": date(1800, 1, 1)}, "status_date", "invalide"),
    ("start date as text", lambda w: {"start_date": "2026-01-01"}, "start_date", "invalide"),
    ("title too long", lambda w: {"title": "x" * 201}, "title", "201 caractères, 200 au plus"),
    ("notes too long", lambda w: {"notes": "x" * (TEXT_LENGTH + 1)}, "notes", "au plus"),
    ("counterparts not text", lambda w: {"counterparts": None}, "counterparts", "texte attendu"),
    ("unknown association", lambda w: {"association_id": MISSING}, "association_id", "introuv"),
    ("empty association", lambda w: {"association_id": ""}, "association_id", "introuvable"),
    ("unknown company", lambda w: {"company_id": MISSING}, "company_id", "introuvable"),
    (
        "unknown programme",
        lambda w: {"origin_programme_id": MISSING},
        "origin_programme_id",
        "Programme d'origine : référence introuvable",
    ),
    (
        "unknown meeting",
        lambda w: {"origin_meeting_id": MISSING},
        "origin_meeting_id",
        "Rencontre d'origine : référence introuvable",
    ),
]


@pytest.mark.parametrize(
    ("changes", "field", "words"), [r[1:] for r in REFUSALS], ids=[r[0] for r in REFUSALS]
)
def test_bad_input_is_refused_and_writes_nothing(
    database: Database, world: World, changes: Callable[[World], dict], field: str, words: str
) -> None:
    draft = world.draft(**changes(world))
    error = refused(database, lambda s: svc.create_partnership(s, draft))
    assert set(error.errors) == {field}
    assert words in error.errors[field]


def test_every_wrong_field_is_reported_at_once(database: Database, world: World) -> None:
    draft = world.draft(category="x", status="y", amount=Decimal(-5), title="t" * 300)
    error = refused(database, lambda s: svc.create_partnership(s, draft))
    assert set(error.errors) == {"category", "status", "amount", "title"}
    assert error.errors["amount"] == "Montant : un montant ne peut pas être négatif."
    assert error.errors["category"].startswith("Catégorie : valeur inconnue « x »")


ARCHIVED_PARTIES: list[tuple[str, str, Callable[[Session, str], None]]] = [
    ("association_id", "theatre", associations.archive_association),
    ("company_id", "banque", companies.archive_company),
    ("origin_programme_id", "programme", programmes.archive_programme),
    ("origin_meeting_id", "meeting", meetings.archive_meeting),
]


@pytest.mark.parametrize(("field", "attribute", "archive"), ARCHIVED_PARTIES)
def test_references_to_archived_rows_are_refused(
    database: Database, world: World, field: str, attribute: str, archive: Callable
) -> None:
    # GIVEN a reference to a row that was archived since the form was opened
    target = getattr(world, attribute)
    run(database, lambda s: archive(s, target))
    # WHEN a partnership points at it THEN it is refused, naming that field
    error = refused(database, lambda s: svc.create_partnership(s, world.draft(**{field: target})))
    assert set(error.errors) == {field}
    assert "fiche supprimée ou inconnue" in error.errors[field]


# --- update and archive ----------------------------------------------------------------


def test_update_saves_the_form_and_bumps_the_version(database: Database, world: World) -> None:
    created = create(database, world.draft())
    changed = world.draft(
        company_id=world.torrefacteur,
        category=PartnershipCategory.COOPERATION_ECONOMIQUE,
        title="Ateliers de tri des sacs de café",
        amount=Decimal(800),
    )
    updated = run(database, lambda s: svc.update_partnership(s, created.id, changed, 1))
    assert updated.version == 2
    assert updated.company_id == world.torrefacteur
    assert updated.amount == Decimal("800.00")
    assert run(database, lambda s: svc.get_partnership(s, created.id)) == updated


def test_update_with_bad_input_writes_nothing(database: Database, world: World) -> None:
    created = create(database, world.draft(title="Avant"))
    bad = world.draft(title="Après", end_date=date(2026, 1, 1), start_date=date(2026, 2, 1))
    error = refused(database, lambda s: svc.update_partnership(s, created.id, bad, 1))
    assert set(error.errors) == {"end_date"}
    assert run(database, lambda s: svc.get_partnership(s, created.id)).title == "Avant"


def test_update_with_a_stale_version_is_refused(database: Database, world: World) -> None:
    # GIVEN a partnership saved once more since a form read it at version 1
    created = create(database, world.draft())
    run(database, lambda s: svc.update_partnership(s, created.id, world.draft(title="v2"), 1))
    # WHEN the old form saves THEN it is refused and version 2 stays
    error = refused(
        database,
        lambda s: svc.update_partnership(s, created.id, world.draft(title="old"), 1),
        StaleRecordError,
    )
    assert "modifiée entre-temps" in error.message
    again = run(database, lambda s: svc.get_partnership(s, created.id))
    assert (again.version, again.title) == (2, "v2")


def test_archive_hides_the_partnership_but_keeps_a_tombstone(
    database: Database, world: World
) -> None:
    created = create(database, world.draft())
    run(database, lambda s: svc.archive_partnership(s, created.id, 1))
    assert run(database, lambda s: svc.list_partnerships(s)) == []
    assert run(database, svc.partnership_rows) == []
    refused(database, lambda s: svc.get_partnership(s, created.id), NotFoundError)
    refused(
        database, lambda s: svc.update_partnership(s, created.id, world.draft(), 2), NotFoundError
    )
    with database.reading() as session:
        assert session.get(Partnership, created.id).deleted_at is not None


def test_archive_with_a_stale_version_is_refused(database: Database, world: World) -> None:
    created = create(database, world.draft())
    run(database, lambda s: svc.update_partnership(s, created.id, world.draft(title="v2"), 1))
    refused(database, lambda s: svc.archive_partnership(s, created.id, 1), StaleRecordError)
    assert [p.id for p in run(database, lambda s: svc.list_partnerships(s))] == [created.id]


def test_unknown_ids_are_not_found(database: Database, world: World) -> None:
    error = refused(database, lambda s: svc.get_partnership(s, MISSING), NotFoundError)
    assert "partenariat" in error.message
    refused(database, lambda s: svc.archive_partnership(s, MISSING), NotFoundError)
    refused(
        database,
        lambda s: svc.change_partnership_status(s, MISSING, "signe", date(2026, 1, 1), 1),
        NotFoundError,
    )


# --- status changes --------------------------------------------------------------------


def test_a_partnership_moves_along_its_lifecycle(database: Database, world: World) -> None:
    # GIVEN an idea of partnership between the theatre and the bank
    created = create(database, world.draft(status_date=date(2026, 1, 10)))
    # WHEN the dossier is sent, then the partnership signed
    sent = run(
        database,
        lambda s: svc.change_partnership_status(
            s, created.id, PartnershipStatus.DOSSIER_ENVOYE, date(2026, 2, 3), 1
        ),
    )
    signed = run(
        database,
        lambda s: svc.change_partnership_status(s, created.id, "signe", date(2026, 4, 20), 2),
    )
    # THEN each step sets the status and its date, and bumps the version
    assert (sent.status, sent.status_date, sent.version) == (
        PartnershipStatus.DOSSIER_ENVOYE,
        date(2026, 2, 3),
        2,
    )
    assert (signed.status, signed.status_date, signed.version) == (
        PartnershipStatus.SIGNE,
        date(2026, 4, 20),
        3,
    )
    # AND the rest of the partnership is untouched
    again = run(database, lambda s: svc.get_partnership(s, created.id))
    assert again == signed
    assert again.company_id == world.banque and again.category == created.category


@pytest.mark.parametrize(
    ("status", "on", "field"),
    [
        ("gagne", date(2026, 1, 1), "status"),
        (None, date(2026, 1, 1), "status"),
        ("signe", None, "status_date"),
        ("signe", "2026-01-01", "status_date"),
        ("signe", date(1700, 1, 1), "status_date"),
    ],
)
def test_a_bad_status_change_is_refused(
    database: Database, world: World, status: Any, on: Any, field: str
) -> None:
    created = create(database, world.draft())
    error = refused(database, lambda s: svc.change_partnership_status(s, created.id, status, on, 1))
    assert set(error.errors) == {field}
    again = run(database, lambda s: svc.get_partnership(s, created.id))
    assert (again.status, again.version) == (PartnershipStatus.IDEE, 1)


def test_a_status_change_with_a_stale_version_is_refused(database: Database, world: World) -> None:
    created = create(database, world.draft())
    run(
        database,
        lambda s: svc.change_partnership_status(s, created.id, "contact", date(2026, 1, 5), 1),
    )
    refused(
        database,
        lambda s: svc.change_partnership_status(s, created.id, "refuse", date(2026, 1, 6), 1),
        StaleRecordError,
    )
    assert run(database, lambda s: svc.get_partnership(s, created.id)).status == "contact"


def test_the_status_can_also_change_through_the_form(database: Database, world: World) -> None:
    created = create(database, world.draft())
    draft = world.draft(status=PartnershipStatus.REFUSE, status_date=date(2026, 9, 1))
    updated = run(database, lambda s: svc.update_partnership(s, created.id, draft, 1))
    assert (updated.status, updated.status_date) == (PartnershipStatus.REFUSE, date(2026, 9, 1))


# --- lists -----------------------------------------------------------------------------


def test_list_partnerships_filters_by_association_company_and_programme(
    database: Database, world: World
) -> None:
    # GIVEN three partnerships, one of them born of the programme, and one archived
    a = create(database, world.draft(title="a", origin_programme_id=world.programme))
    b = create(database, world.draft(title="b", company_id=world.torrefacteur))
    c = create(database, world.draft(title="c", association_id=world.cirque))
    gone = create(database, world.draft(title="gone", origin_programme_id=world.programme))
    run(database, lambda s: svc.archive_partnership(s, gone.id))

    def titles(**filters: Any) -> list[str]:
        return [p.title for p in run(database, lambda s: svc.list_partnerships(s, **filters))]

    # THEN each filter keeps what it says, in creation order, never the archived one
    assert titles() == ["a", "b", "c"]
    assert titles(association_id=world.theatre) == ["a", "b"]
    assert titles(company_id=world.banque) == ["a", "c"]
    assert titles(programme_id=world.programme) == ["a"]
    assert titles(association_id=world.theatre, company_id=world.torrefacteur) == ["b"]
    assert titles(association_id=world.cirque, company_id=world.torrefacteur) == []
    # AND what they hand out are the full records
    by_programme = run(database, lambda s: svc.list_partnerships(s, programme_id=world.programme))
    assert by_programme == [a]
    assert run(database, lambda s: svc.list_partnerships(s, company_id=world.torrefacteur)) == [b]
    assert run(database, lambda s: svc.list_partnerships(s, association_id=world.cirque)) == [c]


def test_partnerships_of_an_archived_party_leave_the_lists(
    database: Database, world: World
) -> None:
    create(database, world.draft(title="with the bank"))
    create(database, world.draft(title="with the roaster", company_id=world.torrefacteur))
    run(database, lambda s: companies.archive_company(s, world.banque))
    assert [p.title for p in run(database, lambda s: svc.list_partnerships(s))] == [
        "with the roaster"
    ]
    assert [r.title for r in run(database, svc.partnership_rows)] == ["with the roaster"]


def test_partnership_rows_carry_both_names_sorted_by_association_then_company(
    database: Database, world: World
) -> None:
    theatre_roaster = create(
        database,
        world.draft(
            company_id=world.torrefacteur,
            amount=Decimal("250.5"),
            status="signe",
            status_date=date(2026, 5, 1),
        ),
    )
    theatre_bank = create(database, world.draft(title=TRICKY))
    cirque_bank = create(
        database,
        world.draft(association_id=world.cirque, origin_programme_id=world.programme),
    )
    rows = run(database, svc.partnership_rows)
    assert [r.id for r in rows] == [cirque_bank.id, theatre_bank.id, theatre_roaster.id]
    assert rows[0].association_name == "Cirque du Bout du Monde"
    assert rows[0].company_name == "Banque Populaire du Nord"
    assert rows[0].origin_programme_id == world.programme
    assert rows[1].title == TRICKY
    assert rows[2] == svc.PartnershipRow(
        id=theatre_roaster.id,
        association_id=world.theatre,
        association_name="Théâtre du Prato",
        company_id=world.torrefacteur,
        company_name="Torréfaction des Flandres",
        title="",
        category="mecenat_financier",
        status="signe",
        status_date=date(2026, 5, 1),
        amount=Decimal("250.50"),
        origin_programme_id=None,
    )


# --- the board -------------------------------------------------------------------------


def test_board_cards_carry_the_version_a_move_needs(database: Database, world: World) -> None:
    first = create(database, world.draft(title="older", status_date=date(2026, 1, 1)))
    second = create(database, world.draft(title=TRICKY, status_date=date(2026, 2, 1)))
    cards = run(database, svc.board_cards)
    assert [c.id for c in cards] == [second.id, first.id]  # latest status change first
    assert cards[0].title == TRICKY and cards[0].version == second.version
    assert cards[0].association_name == "Théâtre du Prato"
    moved = run(
        database,
        lambda s: svc.change_partnership_status(
            s, first.id, PartnershipStatus.CONTACT, date(2026, 3, 1), cards[1].version
        ),
    )
    again = {c.id: c for c in run(database, svc.board_cards)}[first.id]
    assert (again.status, again.status_date, again.version) == (
        "contact",
        date(2026, 3, 1),
        moved.version,
    )


def test_board_cards_leave_out_archived_parties(database: Database, world: World) -> None:
    create(database, world.draft(company_id=world.torrefacteur))
    kept = create(database, world.draft())
    run(database, lambda s: companies.archive_company(s, world.torrefacteur))
    assert [c.id for c in run(database, svc.board_cards)] == [kept.id]
