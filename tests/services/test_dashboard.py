"""The dashboard's figures: across programmes, archived rows left out, one definition of each."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from dla_desktop.db.database import Database
from dla_desktop.domain.enums import PartnershipCategory, PartnershipStatus
from dla_desktop.domain.records import (
    AssociationDraft,
    CompanyDraft,
    PartnershipDraft,
    ProgrammeDraft,
)
from dla_desktop.services import associations, companies, enrolment, partnerships, programmes
from dla_desktop.services.dashboard import dashboard
from dla_desktop.services.indicators import programme_indicators
from tests.services.support import run


@dataclass(frozen=True)
class World:
    """Two programmes sharing one association; a company; partnerships added per test."""

    lille: str
    cher: str
    theatre: str  # in both programmes, 10 employees
    cirque: str  # in Lille only, 4 employees
    jardin: str  # in Cher only, 2 employees
    banque: str


def _make_world(session: Session) -> World:
    def association(name: str, employees: int) -> str:
        draft = AssociationDraft(name=name, employees=employees, fte=Decimal(employees) / 2)
        return associations.create_association(session, draft).id

    lille = programmes.create_programme(
        session, ProgrammeDraft(title="Lille", budget=Decimal("32700"))
    ).id
    cher = programmes.create_programme(
        session, ProgrammeDraft(title="Cher", budget=Decimal("18500.50"))
    ).id
    theatre, cirque, jardin = (
        association("Théâtre", 10),
        association("Cirque", 4),
        association("Jardin", 2),
    )
    enrolment.enrol_associations(session, lille, [theatre, cirque])
    enrolment.enrol_associations(session, cher, [theatre, jardin])
    banque = companies.create_company(session, CompanyDraft(name="Banque")).id
    return World(lille, cher, theatre, cirque, jardin, banque)


@pytest.fixture
def world(database: Database) -> World:
    return run(database, _make_world)


def add_partnership(database: Database, world: World, **fields: object) -> str:
    draft = PartnershipDraft(
        association_id=world.theatre,
        company_id=world.banque,
        category=fields.pop("category", PartnershipCategory.MECENAT_FINANCIER),
        **fields,  # type: ignore[arg-type]
    )
    return run(database, lambda s: partnerships.create_partnership(s, draft)).id


def test_empty_file_gives_zeros(database: Database) -> None:
    figures = run(database, dashboard)
    assert figures.is_empty
    assert (figures.programmes, figures.associations, figures.jobs_headcount) == (0, 0, 0)
    assert figures.budget == Decimal(0) and figures.partnerships_amount == Decimal(0)
    assert figures.by_category == () and figures.by_year == () and figures.per_programme == ()


def test_associations_count_once_across_programmes(database: Database, world: World) -> None:
    figures = run(database, dashboard)
    assert figures.programmes == 2
    assert figures.associations == 3  # the theatre takes part twice, counts once
    assert figures.jobs_headcount == 16
    assert figures.jobs_fte == Decimal(8)
    assert figures.budget == Decimal("51200.50")
    assert [(p.title, p.associations) for p in figures.per_programme] == [
        ("Cher", 2),
        ("Lille", 2),
    ]


def test_per_programme_agrees_with_the_programme_indicators(
    database: Database, world: World
) -> None:
    figures = run(database, dashboard)
    for programme in figures.per_programme:
        indicators = run(database, lambda s, p=programme: programme_indicators(s, p.programme_id))
        assert programme.associations == indicators.associations
        assert programme.budget == indicators.budget.budget


def test_archived_rows_count_nowhere(database: Database, world: World) -> None:
    run(database, lambda s: programmes.archive_programme(s, world.cher))
    run(database, lambda s: associations.archive_association(s, world.cirque))
    figures = run(database, dashboard)
    assert figures.programmes == 1
    assert figures.associations == 1  # the jardin was only in the archived programme
    assert figures.jobs_headcount == 10
    assert figures.budget == Decimal("32700.00")


def test_only_obtained_partnerships_count(database: Database, world: World) -> None:
    add_partnership(database, world, status=PartnershipStatus.IDEE, amount=Decimal(900))
    add_partnership(database, world, status=PartnershipStatus.REFUSE, amount=Decimal(800))
    add_partnership(
        database,
        world,
        status=PartnershipStatus.SIGNE,
        status_date=date(2025, 3, 1),
        amount=Decimal("1000.10"),
    )
    add_partnership(
        database,
        world,
        category=PartnershipCategory.MECENAT_NATURE,
        status=PartnershipStatus.TERMINE,
        status_date=date(2027, 1, 1),
        start_date=date(2026, 1, 1),
    )
    add_partnership(database, world, status=PartnershipStatus.EN_COURS)  # no date at all
    figures = run(database, dashboard)
    assert figures.partnerships_obtained == 3
    assert figures.partnerships_amount == Decimal("1000.10")
    assert figures.by_category == (
        (PartnershipCategory.MECENAT_FINANCIER, 2),
        (PartnershipCategory.MECENAT_NATURE, 1),
    )
    assert figures.by_year == ((2025, 1), (2026, 1))  # start date before status date
    assert figures.undated_partnerships == 1
    assert not figures.is_empty


def test_partnership_of_an_archived_company_is_left_out(database: Database, world: World) -> None:
    add_partnership(database, world, status=PartnershipStatus.SIGNE, amount=Decimal(50))
    run(database, lambda s: companies.archive_company(s, world.banque))
    figures = run(database, dashboard)
    assert figures.partnerships_obtained == 0 and figures.partnerships_amount == Decimal(0)


def test_withdrawn_enrolment_counts_nowhere(database: Database, world: World) -> None:
    def withdraw(session: Session) -> None:
        participants = enrolment.list_participants(session, world.lille)
        cirque = next(p for p in participants if p.association_id == world.cirque)
        enrolment.withdraw_enrolment(session, cirque.enrolment_id)

    run(database, withdraw)
    figures = run(database, dashboard)
    assert figures.associations == 2
    lille = next(p for p in figures.per_programme if p.programme_id == world.lille)
    assert lille.associations == 1
