"""A programme's money: funding lines, cost lines and the per-association figures,
checked with the figures of the 2006 Lille programme."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.orm import Session

from dla_desktop.db.database import Database
from dla_desktop.db.models import CostLine, FundingLine
from dla_desktop.domain.enums import FunderKind, VoletKind
from dla_desktop.domain.errors import NotFoundError, StaleRecordError
from dla_desktop.domain.money import format_money
from dla_desktop.domain.records import (
    AssociationDraft,
    CabinetDraft,
    CostLineDraft,
    FunderDraft,
    FundingLineDraft,
    ProgrammeDraft,
    VoletDraft,
    VoletEnrolmentDraft,
)
from dla_desktop.services import associations, budget, cabinets, enrolment, funders, programmes
from tests.services.support import MISSING, build_once, open_copy, refused, run

# --- helpers ---------------------------------------------------------------------------


def summary_of(database: Database, programme_id: str) -> Any:
    with database.reading() as session:
        return budget.budget_summary(session, programme_id)


def make_programme(
    session: Session, budget_amount: str, volets: dict[str, tuple[VoletKind, str]], count: int
) -> tuple[str, dict[str, str], list[str]]:
    """A programme with ``count`` associations enrolled and the given volets (no members)."""
    programme = programmes.create_programme(
        session, ProgrammeDraft(title="Programme", budget=Decimal(budget_amount))
    ).id
    volet_ids = {
        key: programmes.create_volet(
            session,
            VoletDraft(programme_id=programme, kind=kind, contracted_amount=Decimal(amount)),
        ).id
        for key, (kind, amount) in volets.items()
    }
    ids = [
        associations.create_association(session, AssociationDraft(name=f"Association {n:02}")).id
        for n in range(count)
    ]
    enrolment.enrol_associations(session, programme, ids)
    return programme, volet_ids, ids


def join(session: Session, volet_id: str, association_ids: list[str]) -> None:
    for association_id in association_ids:
        enrolment.join_volet(
            session, VoletEnrolmentDraft(volet_id=volet_id, association_id=association_id)
        )


@dataclass(frozen=True)
class Lille:
    """The 2006 Lille programme: 32 700 € for 21 associations, three volets."""

    programme: str
    marketing: str
    mecenat: str
    fiscalite: str
    in_marketing: list[str]  # 9 associations
    in_mecenat: list[str]  # the 12 others


def build_lille(session: Session) -> Lille:
    programme, volets, ids = make_programme(
        session,
        "32700",
        {
            "marketing": (VoletKind.MARKETING, "11700"),
            "mecenat": (VoletKind.MECENAT, "14400"),
            "fiscalite": (VoletKind.FISCALITE, "6600"),
        },
        21,
    )
    join(session, volets["marketing"], ids[:9])
    join(session, volets["mecenat"], ids[9:])
    join(session, volets["fiscalite"], ids)
    return Lille(
        programme, volets["marketing"], volets["mecenat"], volets["fiscalite"], ids[:9], ids[9:]
    )


@pytest.fixture(scope="module")
def lille_template(
    template_database: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, Lille]:
    """The Lille programme built once (63 enrolments and memberships take a while)."""
    return build_once(template_database, tmp_path_factory.mktemp("lille"), build_lille)


@pytest.fixture
def database(lille_template: tuple[Path, Lille], tmp_path: Path) -> Iterator[Database]:
    """Here every test starts from its own copy of the file holding the Lille programme."""
    yield from open_copy(lille_template[0], tmp_path)


@pytest.fixture
def lille(lille_template: tuple[Path, Lille]) -> Lille:
    return lille_template[1]


@pytest.fixture
def funder_ids(database: Database) -> dict[str, str]:
    def make(session: Session) -> dict[str, str]:
        return {
            name: funders.create_funder(session, FunderDraft(name=name, kind=kind)).id
            for name, kind in [
                ("DREETS Hauts-de-France", FunderKind.ETAT),
                ("Conseil régional", FunderKind.REGION),
                ("Banque des Territoires", FunderKind.BANQUE_TERRITOIRES),
            ]
        }

    return run(database, make)


def fund(database: Database, programme: str, funder: str, amount: str, note: str = "") -> Any:
    draft = FundingLineDraft(
        programme_id=programme, funder_id=funder, amount=Decimal(amount), note=note
    )
    return run(database, lambda s: budget.add_funding_line(s, draft))


def cost(database: Database, programme: str, label: str, **fields: Any) -> Any:
    draft = CostLineDraft(programme_id=programme, label=label, **fields)
    return run(database, lambda s: budget.add_cost_line(s, draft))


# --- the Lille figures -----------------------------------------------------------------


def test_lille_per_association_flat_and_by_volet(database: Database, lille: Lille) -> None:
    summary = summary_of(database, lille.programme)
    # 32 700 € for 21 associations
    assert summary.budget == Decimal("32700.00")
    assert summary.per_association_flat == Decimal("1557.14")
    assert format_money(summary.budget) == "32\u00a0700,00\u00a0€"
    assert format_money(summary.per_association_flat) == "1\u00a0557,14\u00a0€"
    # each volet's contracted amount shared among its members
    volets = {v.volet_id: v for v in summary.volets}
    assert [v.volet_id for v in summary.volets] == [lille.marketing, lille.mecenat, lille.fiscalite]
    assert [v.name for v in summary.volets] == ["Marketing", "Mécénat", "Fiscalité"]
    assert (volets[lille.marketing].members, volets[lille.marketing].contracted) == (9, 11700)
    assert volets[lille.marketing].per_association == Decimal("1300.00")
    assert (volets[lille.mecenat].members, volets[lille.mecenat].contracted) == (12, 14400)
    assert volets[lille.mecenat].per_association == Decimal("1200.00")
    assert (volets[lille.fiscalite].members, volets[lille.fiscalite].contracted) == (21, 6600)
    assert volets[lille.fiscalite].per_association == Decimal("314.29")
    # Marketing + Fiscalité, Mécénat + Fiscalité
    by_volet = summary.per_association_by_volet
    assert set(by_volet) == set(lille.in_marketing) | set(lille.in_mecenat)
    assert {by_volet[a] for a in lille.in_marketing} == {Decimal("1614.29")}
    assert {by_volet[a] for a in lille.in_mecenat} == {Decimal("1514.29")}
    assert format_money(by_volet[lille.in_marketing[0]]) == "1\u00a0614,29\u00a0€"


def test_shares_are_summed_exactly_then_rounded_once(database: Database) -> None:
    # GIVEN two volets of 100 € each followed by the same three associations
    def make(session: Session) -> tuple[str, list[str]]:
        programme, volets, ids = make_programme(
            session,
            "200",
            {"a": (VoletKind.MARKETING, "100"), "b": (VoletKind.MECENAT, "100")},
            3,
        )
        join(session, volets["a"], ids)
        join(session, volets["b"], ids)
        return programme, ids

    programme, ids = run(database, make)
    summary = summary_of(database, programme)
    # THEN each volet shows 33,33 € per association...
    assert [v.per_association for v in summary.volets] == [Decimal("33.33"), Decimal("33.33")]
    # ...but an association costs 200/3 = 66,67 €, not 33,33 + 33,33 = 66,66 €
    assert dict(summary.per_association_by_volet) == dict.fromkeys(ids, Decimal("66.67"))
    assert summary.per_association_flat == Decimal("66.67")


def test_a_withdrawn_association_no_longer_shares_the_budget(
    database: Database, lille: Lille
) -> None:
    # GIVEN one Mécénat association withdrawn: 20 left
    gone = lille.in_mecenat[0]
    [participant] = [
        p
        for p in run(database, lambda s: enrolment.list_participants(s, lille.programme))
        if p.association_id == gone
    ]
    run(database, lambda s: enrolment.withdraw_enrolment(s, participant.enrolment_id))
    summary = summary_of(database, lille.programme)
    volets = {v.volet_id: v for v in summary.volets}
    assert summary.per_association_flat == Decimal("1635.00")  # 32 700 / 20
    assert volets[lille.mecenat].members == 11
    assert volets[lille.mecenat].per_association == Decimal("1309.09")  # 14 400 / 11
    assert volets[lille.fiscalite].per_association == Decimal("330.00")  # 6 600 / 20
    assert gone not in summary.per_association_by_volet
    # 14 400 / 11 + 6 600 / 20 = 1 309,0909... + 330 = 1 639,09
    assert summary.per_association_by_volet[lille.in_mecenat[1]] == Decimal("1639.09")


def test_a_volet_without_members_and_a_programme_without_participants(database: Database) -> None:
    def make(session: Session) -> str:
        programme, _volets, _ids = make_programme(
            session, "5000", {"empty": (VoletKind.FISCALITE, "5000")}, 0
        )
        return programme

    programme = run(database, make)
    summary = summary_of(database, programme)
    [volet] = summary.volets
    assert (volet.members, volet.per_association, volet.contracted) == (0, None, Decimal(5000))
    assert summary.per_association_flat is None
    assert dict(summary.per_association_by_volet) == {}
    assert (summary.funded, summary.planned, summary.actual) == (0, 0, 0)
    assert summary.funders == ()
    assert summary.unfunded == Decimal(5000)


def test_archived_volets_are_left_out(database: Database, lille: Lille) -> None:
    run(database, lambda s: programmes.archive_volet(s, lille.fiscalite))
    summary = summary_of(database, lille.programme)
    assert [v.volet_id for v in summary.volets] == [lille.marketing, lille.mecenat]
    assert summary.per_association_by_volet[lille.in_marketing[0]] == Decimal("1300.00")


def test_a_volet_label_names_it_in_the_summary(database: Database) -> None:
    def make(session: Session) -> str:
        programme, _v, _i = make_programme(session, "0", {}, 0)
        programmes.create_volet(
            session, VoletDraft(programme_id=programme, kind=VoletKind.AUTRE, label="Numérique")
        )
        return programme

    summary = summary_of(database, run(database, make))
    assert [v.name for v in summary.volets] == ["Numérique"]


# --- funders ---------------------------------------------------------------------------


def test_funder_shares(database: Database, lille: Lille, funder_ids: dict[str, str]) -> None:
    # GIVEN the State in two lines, and the region and the Banque des Territoires equal
    etat = funder_ids["DREETS Hauts-de-France"]
    fund(database, lille.programme, etat, "10000", "Convention DLA")
    fund(database, lille.programme, etat, "5000", "Avenant")
    fund(database, lille.programme, funder_ids["Conseil régional"], "7700")
    fund(database, lille.programme, funder_ids["Banque des Territoires"], "7700")
    # AND a line archived since
    gone = fund(database, lille.programme, etat, "99999")
    run(database, lambda s: budget.archive_funding_line(s, gone.id))
    # WHEN the summary is made
    summary = summary_of(database, lille.programme)
    # THEN each funder appears once, largest first, equal ones by name
    assert [(f.name, f.kind, f.amount) for f in summary.funders] == [
        ("DREETS Hauts-de-France", FunderKind.ETAT, Decimal("15000.00")),
        ("Banque des Territoires", FunderKind.BANQUE_TERRITOIRES, Decimal("7700.00")),
        ("Conseil régional", FunderKind.REGION, Decimal("7700.00")),
    ]
    assert [f.funder_id for f in summary.funders][0] == etat
    assert summary.funded == Decimal("30400.00")
    assert [f.share for f in summary.funders] == [
        Decimal(15000) / Decimal(30400),
        Decimal(7700) / Decimal(30400),
        Decimal(7700) / Decimal(30400),
    ]
    assert sum(f.share for f in summary.funders) == pytest.approx(Decimal(1))
    assert summary.unfunded == Decimal("2300.00")


def test_over_funding_shows_as_a_negative_gap(
    database: Database, lille: Lille, funder_ids: dict[str, str]
) -> None:
    fund(database, lille.programme, funder_ids["Conseil régional"], "33000")
    assert summary_of(database, lille.programme).unfunded == Decimal("-300.00")


def test_funding_lines_are_listed_per_programme(
    database: Database, lille: Lille, funder_ids: dict[str, str]
) -> None:
    other = run(database, lambda s: programmes.create_programme(s, ProgrammeDraft(title="Autre")))
    first = fund(
        database, lille.programme, funder_ids["Conseil régional"], "10.005", "« 1re » & <b>"
    )
    second = fund(database, lille.programme, funder_ids["Banque des Territoires"], "1")
    fund(database, other.id, funder_ids["Conseil régional"], "5")
    assert first.amount == Decimal("10.01")
    assert first.note == "« 1re » & <b>"
    listed = run(database, lambda s: budget.list_funding_lines(s, lille.programme))
    assert [line.id for line in listed] == [first.id, second.id]
    assert summary_of(database, other.id).funded == Decimal("5.00")


@pytest.mark.parametrize(
    ("amount", "message"),
    [
        (None, "Montant : à renseigner"),
        (Decimal("-1"), "Montant : un montant ne peut pas être négatif."),
        (1000.0, "Montant : montant illisible."),
        ("1000", "Montant : montant illisible."),
        (Decimal("NaN"), "Montant : montant illisible."),
        (Decimal("1000000000000"), "Montant : montant trop élevé."),
    ],
)
def test_bad_funding_amounts_are_refused(
    database: Database, lille: Lille, funder_ids: dict[str, str], amount: Any, message: str
) -> None:
    draft = FundingLineDraft(
        programme_id=lille.programme, funder_id=funder_ids["Conseil régional"], amount=amount
    )
    error = refused(database, lambda s: budget.add_funding_line(s, draft))
    assert set(error.errors) == {"amount"}
    assert error.errors["amount"].startswith(message)


def test_funding_lines_refer_to_live_programmes_and_funders(
    database: Database, lille: Lille, funder_ids: dict[str, str]
) -> None:
    region = funder_ids["Conseil régional"]

    def line(programme: str, funder: str) -> FundingLineDraft:
        return FundingLineDraft(programme_id=programme, funder_id=funder, amount=Decimal(1))

    for draft, field in [
        (line(lille.programme, "nope"), "funder_id"),
        (line("nope", region), "programme_id"),
    ]:
        error = refused(database, lambda s, d=draft: budget.add_funding_line(s, d))
        assert set(error.errors) == {field}
    run(database, lambda s: funders.archive_funder(s, region))
    error = refused(database, lambda s: budget.add_funding_line(s, line(lille.programme, region)))
    assert set(error.errors) == {"funder_id"}
    banque = funder_ids["Banque des Territoires"]
    run(database, lambda s: programmes.archive_programme(s, lille.programme))
    error = refused(database, lambda s: budget.add_funding_line(s, line(lille.programme, banque)))
    assert set(error.errors) == {"programme_id"}


def test_funding_note_is_bounded(
    database: Database, lille: Lille, funder_ids: dict[str, str]
) -> None:
    limit = FundingLine.__table__.c.note.type.length
    draft = FundingLineDraft(
        programme_id=lille.programme,
        funder_id=funder_ids["Conseil régional"],
        amount=Decimal(1),
        note="n" * (limit + 1),
    )
    error = refused(database, lambda s: budget.add_funding_line(s, draft))
    assert error.errors == {"note": f"Note : {limit + 1} caractères, {limit} au plus."}


def test_funding_line_update_stale_and_archive(
    database: Database, lille: Lille, funder_ids: dict[str, str]
) -> None:
    region = funder_ids["Conseil régional"]
    line = fund(database, lille.programme, region, "1000")
    draft = FundingLineDraft(programme_id=lille.programme, funder_id=region, amount=Decimal(1500))
    updated = run(database, lambda s: budget.update_funding_line(s, line.id, draft, 1))
    assert (updated.amount, updated.version) == (Decimal("1500.00"), 2)
    refused(database, lambda s: budget.update_funding_line(s, line.id, draft, 1), StaleRecordError)
    assert summary_of(database, lille.programme).funded == Decimal("1500.00")
    run(database, lambda s: budget.archive_funding_line(s, line.id, 2))
    assert run(database, lambda s: budget.list_funding_lines(s, lille.programme)) == []
    assert summary_of(database, lille.programme).funded == 0
    refused(database, lambda s: budget.update_funding_line(s, line.id, draft, 2), NotFoundError)


# --- costs -----------------------------------------------------------------------------


def test_planned_and_actual_costs(database: Database, lille: Lille) -> None:
    # GIVEN one cost line per volet, one for the whole programme, one archived
    cost(database, lille.programme, "Atout Marketing", volet_id=lille.marketing,
         planned_amount=Decimal(11700), actual_amount=Decimal(11500))  # fmt: skip
    cost(database, lille.programme, "Mécénat & Culture", volet_id=lille.mecenat,
         planned_amount=Decimal(14400))  # fmt: skip
    cost(database, lille.programme, "Expert-comptable", volet_id=lille.fiscalite,
         planned_amount=Decimal(6600), actual_amount=Decimal("6600.50"))  # fmt: skip
    cost(database, lille.programme, "Salles et café", planned_amount=Decimal(300),
         actual_amount=Decimal("250.25"))  # fmt: skip
    gone = cost(database, lille.programme, "Doublon", volet_id=lille.marketing,
                planned_amount=Decimal(999), actual_amount=Decimal(999))  # fmt: skip
    run(database, lambda s: budget.archive_cost_line(s, gone.id))
    # WHEN the summary is made
    summary = summary_of(database, lille.programme)
    # THEN totals include the programme-wide line; an unknown actual counts as nothing yet
    assert summary.planned == Decimal("33000.00")
    assert summary.actual == Decimal("18350.75")
    volets = {v.volet_id: v for v in summary.volets}
    assert (volets[lille.marketing].planned, volets[lille.marketing].actual) == (11700, 11500)
    assert (volets[lille.mecenat].planned, volets[lille.mecenat].actual) == (14400, 0)
    assert volets[lille.fiscalite].actual == Decimal("6600.50")
    # AND costs do not change the shares, which come from the contracted amounts
    assert volets[lille.marketing].per_association == Decimal("1300.00")


def test_cost_lines_are_listed_per_programme(database: Database, lille: Lille) -> None:
    first = cost(database, lille.programme, "  Atout <Marketing> & Cie  ",
                 planned_amount=Decimal("10.005"))  # fmt: skip
    second = cost(database, lille.programme, "Café", actual_amount=Decimal("12.50"))
    assert (first.label, first.planned_amount, first.actual_amount) == (
        "Atout <Marketing> & Cie",
        Decimal("10.01"),
        None,
    )
    assert (second.planned_amount, second.actual_amount) == (Decimal("0.00"), Decimal("12.50"))
    listed = run(database, lambda s: budget.list_cost_lines(s, lille.programme))
    assert [line.id for line in listed] == [first.id, second.id]


@pytest.mark.parametrize(
    ("fields", "errors"),
    [
        ({"label": " "}, {"label": "Libellé : à renseigner."}),
        ({"label": "x" * 201}, {"label": "Libellé : 201 caractères, 200 au plus."}),
        (
            {"planned_amount": Decimal("-0.01")},
            {"planned_amount": "Montant prévu : un montant ne peut pas être négatif."},
        ),
        ({"planned_amount": 100.0}, {"planned_amount": "Montant prévu : montant illisible."}),
        (
            {"actual_amount": Decimal(-5)},
            {"actual_amount": "Montant réalisé : un montant ne peut pas être négatif."},
        ),
        ({"actual_amount": 5.5}, {"actual_amount": "Montant réalisé : montant illisible."}),
        (
            {"volet_id": "nope"},
            {"volet_id": "Volet : référence introuvable (fiche supprimée ou inconnue)."},
        ),
        (
            {"cabinet_id": "nope"},
            {"cabinet_id": "Cabinet : référence introuvable (fiche supprimée ou inconnue)."},
        ),
        (
            {"programme_id": "nope"},
            {"programme_id": "Programme : référence introuvable (fiche supprimée ou inconnue)."},
        ),
    ],
    ids=lambda value: "-".join(value) if isinstance(value, dict) else None,
)
def test_bad_cost_lines_are_refused(
    database: Database, lille: Lille, fields: dict[str, Any], errors: dict[str, str]
) -> None:
    draft = CostLineDraft(**{"programme_id": lille.programme, "label": "Cabinet", **fields})
    assert refused(database, lambda s: budget.add_cost_line(s, draft)).errors == errors


def test_a_cost_line_for_a_volet_of_another_programme_is_refused(
    database: Database, lille: Lille
) -> None:
    other = run(database, lambda s: programmes.create_programme(s, ProgrammeDraft(title="Autre")))
    draft = CostLineDraft(programme_id=other.id, label="Cabinet", volet_id=lille.marketing)
    error = refused(database, lambda s: budget.add_cost_line(s, draft))
    assert error.errors == {"volet_id": "Volet : ce volet appartient à un autre programme."}


def test_cost_lines_refer_to_live_volets_and_cabinets(database: Database, lille: Lille) -> None:
    cabinet = run(database, lambda s: cabinets.create_cabinet(s, CabinetDraft(name="Atout")))
    line = cost(database, lille.programme, "Atout", volet_id=lille.marketing, cabinet_id=cabinet.id)
    assert line.cabinet_id == cabinet.id
    run(database, lambda s: cabinets.archive_cabinet(s, cabinet.id))
    run(database, lambda s: programmes.archive_volet(s, lille.marketing))
    draft = CostLineDraft(
        programme_id=lille.programme, label="x", volet_id=lille.marketing, cabinet_id=cabinet.id
    )
    assert set(refused(database, lambda s: budget.add_cost_line(s, draft)).errors) == {
        "volet_id",
        "cabinet_id",
    }


def test_cost_line_update_stale_and_archive(database: Database, lille: Lille) -> None:
    line = cost(database, lille.programme, "Atout", planned_amount=Decimal(100))
    draft = CostLineDraft(
        programme_id=lille.programme,
        label="Atout",
        planned_amount=Decimal(100),
        actual_amount=Decimal("99.995"),
    )
    updated = run(database, lambda s: budget.update_cost_line(s, line.id, draft, 1))
    assert (updated.actual_amount, updated.version) == (Decimal("100.00"), 2)
    refused(database, lambda s: budget.update_cost_line(s, line.id, draft, 1), StaleRecordError)
    run(database, lambda s: budget.archive_cost_line(s, line.id, 2))
    assert run(database, lambda s: budget.list_cost_lines(s, lille.programme)) == []
    assert summary_of(database, lille.programme).planned == 0
    with database.reading() as session:
        assert session.get(CostLine, line.id).deleted_at is not None


# --- rounding and missing programmes ---------------------------------------------------


def test_an_association_in_three_volets_is_rounded_once_half_up(database: Database) -> None:
    # GIVEN three associations in volets of 184 € and 46 €, and six in one of 69,23 €
    def make(session: Session) -> tuple[str, list[str]]:
        programme, volets, ids = make_programme(
            session,
            "299.23",
            {
                "a": (VoletKind.MARKETING, "184"),
                "b": (VoletKind.MECENAT, "46"),
                "c": (VoletKind.FISCALITE, "69.23"),
            },
            6,
        )
        join(session, volets["a"], ids[:3])
        join(session, volets["b"], ids[:3])
        join(session, volets["c"], ids)
        return programme, ids

    programme, ids = run(database, make)
    by_volet = summary_of(database, programme).per_association_by_volet
    # THEN 184/3 + 46/3 + 69,23/6 = 88,205 exactly, rounded half up once: 88,21 €
    # (28-digit Decimal shares summed to 88,2049999... and gave 88,20 €)
    assert {by_volet[a] for a in ids[:3]} == {Decimal("88.21")}
    assert {by_volet[a] for a in ids[3:]} == {Decimal("11.54")}  # 69,23 / 6 = 11,538333...


def test_a_flat_share_on_a_half_cent_is_rounded_up(database: Database) -> None:
    # 0,25 € for 10 associations is 0,025 €: half up gives 0,03 € (half even would say 0,02 €)
    programme = run(database, lambda s: make_programme(s, "0.25", {}, 10)[0])
    assert summary_of(database, programme).per_association_flat == Decimal("0.03")


def test_the_summary_of_a_missing_or_archived_programme_is_not_found(
    database: Database, lille: Lille
) -> None:
    with database.reading() as session, pytest.raises(NotFoundError) as caught:
        budget.budget_summary(session, MISSING)
    assert caught.value.message.startswith("Fiche introuvable (programme)")
    run(database, lambda s: programmes.archive_programme(s, lille.programme))
    with database.reading() as session, pytest.raises(NotFoundError):
        budget.budget_summary(session, lille.programme)


# --- the Budget tab's view -------------------------------------------------------------


def view_of(database: Database, programme_id: str) -> Any:
    with database.reading() as session:
        return budget.budget_view(session, programme_id)


def test_budget_view_shares_funding_and_costs_among_participants(
    database: Database, lille: Lille, funder_ids: dict[str, str]
) -> None:
    # GIVEN the Lille programme with no funding and no cost yet
    before = view_of(database, lille.programme)
    assert len(before.associations) == 21
    assert {row.funded for row in before.associations} == {Decimal(0)}
    # WHEN a funder gives 1 000 € and a cost line is known
    fund(database, lille.programme, funder_ids["Conseil régional"], "1000")
    cost(database, lille.programme, "Prestation", planned_amount=Decimal("500"),
         actual_amount=None)  # fmt: skip
    after = view_of(database, lille.programme)
    # THEN every participant's share follows, rounded once
    assert {row.funded for row in after.associations} == {Decimal("47.62")}  # 1000 / 21
    assert {row.cost for row in after.associations} == {Decimal("23.81")}  # planned, 500 / 21
    assert after.funding_lines[0].funder_name == "Conseil régional"
    assert after.funding_lines[0].funder_kind == FunderKind.REGION.value
    by_id = {row.association_id: row for row in after.associations}
    assert by_id[lille.in_marketing[0]].volets == "Marketing, Fiscalité"
    assert (
        by_id[lille.in_marketing[0]].by_volet
        == (after.summary.per_association_by_volet[lille.in_marketing[0]])
    )


def test_budget_view_names_the_volet_and_cabinet_of_cost_lines(
    database: Database, lille: Lille
) -> None:
    firm = run(database, lambda s: cabinets.create_cabinet(s, CabinetDraft(name="Conseil <&> 🌱")))
    cost(database, lille.programme, "Volet", volet_id=lille.mecenat, cabinet_id=firm.id)
    cost(database, lille.programme, "Global")
    lines = {line.record.label: line for line in view_of(database, lille.programme).cost_lines}
    assert (lines["Volet"].volet_name, lines["Volet"].cabinet_name) == ("Mécénat", "Conseil <&> 🌱")
    assert (lines["Global"].volet_name, lines["Global"].cabinet_name) == ("", "")


def test_budget_view_of_a_missing_programme_is_not_found(database: Database) -> None:
    with database.reading() as session, pytest.raises(NotFoundError):
        budget.budget_view(session, MISSING)
