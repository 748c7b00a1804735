"""Programmes (accompagnements collectifs), their co-running offices, volets and sub-groups."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select

from dla_desktop.db.database import Database
from dla_desktop.db.models import Programme, ProgrammeOffice, Subgroup, Volet
from dla_desktop.db.models.base import TEXT_LENGTH
from dla_desktop.domain.enums import ProgrammeStatus, VoletKind
from dla_desktop.domain.errors import NotFoundError, StaleRecordError, ValidationError
from dla_desktop.domain.records import (
    CabinetDraft,
    OfficeDraft,
    ProgrammeDraft,
    SubgroupDraft,
    VoletDraft,
)
from dla_desktop.services import cabinets, offices, programmes
from tests.services.support import refused, run

LILLE = "Développer les partenariats associations–entreprises (métropole lilloise, 2006)"
TRICKY = "<b>Mécénat & RSE</b> « pistes » 🤝 <i>l'été</i> &lt;"

# --- helpers ---------------------------------------------------------------------------


def current_office_id(database: Database) -> str:
    with database.reading() as session:
        return offices.current_office(session).id


def new_programme(database: Database, **fields: Any) -> Any:
    draft = ProgrammeDraft(**{"title": LILLE, **fields})
    return run(database, lambda s: programmes.create_programme(s, draft))


def new_volet(database: Database, programme_id: str, **fields: Any) -> Any:
    draft = VoletDraft(**{"programme_id": programme_id, "kind": VoletKind.MARKETING, **fields})
    return run(database, lambda s: programmes.create_volet(s, draft))


def new_office(database: Database, name: str) -> str:
    return run(database, lambda s: offices.create_office(s, OfficeDraft(name=name))).id


# --- programmes ------------------------------------------------------------------------


def test_a_programme_is_created_with_everything_it_was_given(database: Database) -> None:
    draft = ProgrammeDraft(
        title=f"  {LILLE}  ",
        theme="Partenariats associations–entreprises",
        status=ProgrammeStatus.EN_COURS,
        info_meeting_date=date(2005, 9, 15),
        start_date=date(2006, 1, 10),
        end_date=date(2006, 12, 15),
        invited_count=30,
        objective="Préparer 21 associations à nouer des partenariats avec des entreprises.",
        specification=TRICKY,
        budget=Decimal("32700"),
        history=TRICKY,
        lessons="Sélectionner les associations sur leur potentiel & leur envie.",
    )
    created = run(database, lambda s: programmes.create_programme(s, draft))
    assert created.title == LILLE  # trimmed
    assert created.budget == Decimal("32700.00")
    assert created.status is ProgrammeStatus.EN_COURS
    assert (created.specification, created.history) == (TRICKY, TRICKY)
    assert created.version == 1
    assert created.changed_by_office_id == current_office_id(database)
    assert created.office_ids == ()
    again = run(database, lambda s: programmes.get_programme(s, created.id))
    assert again == created
    expected = replace(draft, title=LILLE, budget=Decimal("32700.00"))
    for field in vars(draft):
        assert getattr(again, field) == getattr(expected, field), field


def test_a_programme_starts_in_montage_with_a_zero_budget(database: Database) -> None:
    created = new_programme(database)
    assert created.status is ProgrammeStatus.MONTAGE
    assert created.budget == Decimal(0)
    assert created.start_date is None and created.invited_count is None


def test_status_may_be_given_as_its_stored_value(database: Database) -> None:
    assert new_programme(database, status="suivi").status is ProgrammeStatus.SUIVI


@pytest.mark.parametrize(
    ("fields", "errors"),
    [
        ({"title": "  "}, {"title": "Intitulé : à renseigner."}),
        ({"title": "x" * 201}, {"title": "Intitulé : 201 caractères, 200 au plus."}),
        ({"theme": "x" * 201}, {"theme": "Thème : 201 caractères, 200 au plus."}),
        (
            {"objective": "x" * (TEXT_LENGTH + 1)},
            {"objective": f"Objectif : {TEXT_LENGTH + 1} caractères, {TEXT_LENGTH} au plus."},
        ),
        ({"status": "termine"}, {"status": "Statut : valeur inconnue « termine »."}),
        ({"status": None}, {"status": "Statut : à choisir."}),
        (
            {"start_date": date(2006, 3, 1), "end_date": date(2006, 2, 28)},
            {"end_date": "Date de fin : ne peut pas précéder « date de début »."},
        ),
        (
            {"info_meeting_date": date(2006, 3, 2), "start_date": date(2006, 3, 1)},
            {
                "start_date": "Date de début : ne peut pas précéder "
                "« date de la réunion d'information »."
            },
        ),
        ({"start_date": date(1899, 12, 31)}, {"start_date": "Date de début : date invalide."}),
        ({"end_date": date(2201, 1, 1)}, {"end_date": "Date de fin : date invalide."}),
        ({"start_date": "2006-01-10"}, {"start_date": "Date de début : date invalide."}),
        ({"invited_count": -1}, {"invited_count": "Nombre d'invités : ne peut pas être négatif."}),
        ({"invited_count": 100_001}, {"invited_count": "Nombre d'invités : 100000 au plus."}),
        ({"invited_count": 30.0}, {"invited_count": "Nombre d'invités : nombre entier attendu."}),
        (
            {"budget": Decimal("-0.01")},
            {"budget": "Budget d'ingénierie : un montant ne peut pas être négatif."},
        ),
        ({"budget": 32700.0}, {"budget": "Budget d'ingénierie : montant illisible."}),
        ({"budget": "32 700 €"}, {"budget": "Budget d'ingénierie : montant illisible."}),
        ({"budget": Decimal("1e12")}, {"budget": "Budget d'ingénierie : montant trop élevé."}),
    ],
    ids=lambda value: "-".join(value) if isinstance(value, dict) else None,
)
def test_bad_programmes_are_refused(
    database: Database, fields: dict[str, Any], errors: dict[str, str]
) -> None:
    draft = ProgrammeDraft(**{"title": LILLE, **fields})
    error = refused(database, lambda s: programmes.create_programme(s, draft))
    assert error.errors == errors


def test_dates_on_the_same_day_are_in_order(database: Database) -> None:
    day = date(2006, 1, 10)
    created = new_programme(database, info_meeting_date=day, start_date=day, end_date=day)
    assert created.end_date == day


def test_every_wrong_field_of_a_programme_is_reported_together(database: Database) -> None:
    draft = ProgrammeDraft(
        title="",
        status="x",
        start_date=date(2006, 3, 1),
        end_date=date(2006, 1, 1),
        budget=Decimal(-1),
    )
    error = refused(database, lambda s: programmes.create_programme(s, draft))
    assert set(error.errors) == {"title", "status", "end_date", "budget"}


@pytest.mark.parametrize(
    ("budget", "stored"),
    [("32700", "32700.00"), ("10.005", "10.01"), ("1557.145", "1557.15"), ("0.004", "0.00")],
)
def test_budget_is_rounded_half_up_to_the_cent(
    database: Database, budget: str, stored: str
) -> None:
    created = new_programme(database, budget=Decimal(budget))
    assert created.budget == Decimal(stored)
    assert run(database, lambda s: programmes.get_programme(s, created.id)).budget == Decimal(
        stored
    )


def test_a_missing_budget_is_refused(database: Database) -> None:
    draft = ProgrammeDraft(title=LILLE, budget=None)
    error = refused(database, lambda s: programmes.create_programme(s, draft))
    assert error.errors == {"budget": "Budget d'ingénierie : à renseigner (0 si inconnu)."}


def test_update_changes_the_programme_and_bumps_its_version(database: Database) -> None:
    # GIVEN a programme in montage
    created = new_programme(database, budget=Decimal(30000))
    # AND another office now working in the file
    roubaix = new_office(database, "CBE de Roubaix-Tourcoing")
    run(database, lambda s: offices.set_current_office(s, roubaix))
    # WHEN it starts, with its final budget
    draft = ProgrammeDraft(
        title=LILLE, status=ProgrammeStatus.EN_COURS, budget=Decimal(32700), invited_count=30
    )
    updated = run(database, lambda s: programmes.update_programme(s, created.id, draft, 1))
    # THEN the change is stored, counted and stamped by the office that made it
    assert (updated.status, updated.budget, updated.version) == (
        ProgrammeStatus.EN_COURS,
        Decimal("32700.00"),
        2,
    )
    assert updated.changed_by_office_id == roubaix
    assert run(database, lambda s: programmes.get_programme(s, created.id)) == updated


def test_update_with_a_stale_version_is_refused(database: Database) -> None:
    created = new_programme(database)
    draft = ProgrammeDraft(title=LILLE, theme="Mécénat")
    run(database, lambda s: programmes.update_programme(s, created.id, draft, 1))
    error = refused(
        database,
        lambda s: programmes.update_programme(s, created.id, replace(draft, theme="RSE"), 1),
        StaleRecordError,
    )
    assert "Rechargez-la" in error.message
    assert run(database, lambda s: programmes.get_programme(s, created.id)).theme == "Mécénat"


def test_a_refused_update_changes_nothing(database: Database) -> None:
    created = new_programme(database, start_date=date(2006, 1, 10))
    draft = ProgrammeDraft(title=LILLE, start_date=date(2006, 1, 10), end_date=date(2005, 1, 1))
    refused(database, lambda s: programmes.update_programme(s, created.id, draft, 1))
    assert run(database, lambda s: programmes.get_programme(s, created.id)) == created


def test_archive_leaves_a_tombstone(database: Database) -> None:
    created = new_programme(database)
    run(database, lambda s: programmes.archive_programme(s, created.id, 1))
    assert run(database, programmes.list_programmes) == []
    refused(database, lambda s: programmes.get_programme(s, created.id), NotFoundError)
    refused(database, lambda s: programmes.find_programme(s, created.id), NotFoundError)
    refused(
        database,
        lambda s: programmes.update_programme(s, created.id, ProgrammeDraft(title="x"), 2),
        NotFoundError,
    )
    with database.reading() as session:
        row = session.get(Programme, created.id)
        assert row is not None and row.deleted_at is not None


def test_archive_with_a_stale_version_is_refused(database: Database) -> None:
    created = new_programme(database)
    run(
        database,
        lambda s: programmes.update_programme(s, created.id, ProgrammeDraft(title="Autre"), 1),
    )
    refused(database, lambda s: programmes.archive_programme(s, created.id, 1), StaleRecordError)


# --- offices co-running a programme ----------------------------------------------------


def live_links(database: Database, programme_id: str) -> list[tuple[str, bool]]:
    """(office id, archived?) of every link row of a programme."""
    with database.reading() as session:
        links = session.scalars(
            select(ProgrammeOffice).where(ProgrammeOffice.programme_id == programme_id)
        ).all()
        return sorted((link.office_id, link.deleted_at is not None) for link in links)


def test_offices_are_set_replaced_and_removed(database: Database) -> None:
    lille = current_office_id(database)
    roubaix = new_office(database, "CBE de Roubaix-Tourcoing")
    arras = new_office(database, "DLA du Pas-de-Calais")
    # GIVEN a programme co-run by Lille and Roubaix
    created = new_programme(database, office_ids=(lille, roubaix))
    assert created.office_ids == (lille, roubaix)
    # WHEN Roubaix is replaced by Arras
    draft = ProgrammeDraft(title=LILLE, office_ids=(lille, arras))
    updated = run(database, lambda s: programmes.update_programme(s, created.id, draft, 1))
    # THEN the programme names Lille and Arras, and Roubaix's link is a tombstone
    assert set(updated.office_ids) == {lille, arras}
    assert run(database, lambda s: programmes.get_programme(s, created.id)).office_ids == (
        updated.office_ids
    )
    assert live_links(database, created.id) == sorted(
        [(lille, False), (roubaix, True), (arras, False)]
    )
    # WHEN every office is removed THEN no live link remains
    cleared = run(
        database,
        lambda s: programmes.update_programme(
            s, created.id, ProgrammeDraft(title=LILLE), updated.version
        ),
    )
    assert cleared.office_ids == ()
    assert all(archived for _office, archived in live_links(database, created.id))


def test_an_office_removed_then_added_again_reuses_its_link(database: Database) -> None:
    lille = current_office_id(database)
    roubaix = new_office(database, "CBE de Roubaix-Tourcoing")
    created = new_programme(database, office_ids=(lille, roubaix))
    first = run(
        database,
        lambda s: programmes.update_programme(
            s, created.id, ProgrammeDraft(title=LILLE, office_ids=(lille,)), 1
        ),
    )
    again = run(
        database,
        lambda s: programmes.update_programme(
            s, created.id, ProgrammeDraft(title=LILLE, office_ids=(lille, roubaix)), first.version
        ),
    )
    assert set(again.office_ids) == {lille, roubaix}
    # one row per (programme, office), revived rather than duplicated
    assert live_links(database, created.id) == sorted([(lille, False), (roubaix, False)])


def test_duplicate_offices_are_linked_once(database: Database) -> None:
    lille = current_office_id(database)
    created = new_programme(database, office_ids=(lille, lille, lille))
    assert created.office_ids == (lille,)
    assert live_links(database, created.id) == [(lille, False)]


def test_office_links_are_stamped_by_the_current_office(database: Database) -> None:
    lille = current_office_id(database)
    created = new_programme(database, office_ids=(lille,))
    with database.reading() as session:
        link = session.scalars(
            select(ProgrammeOffice).where(ProgrammeOffice.programme_id == created.id)
        ).one()
        assert link.changed_by_office_id == lille


def test_an_unknown_office_is_refused(database: Database) -> None:
    draft = ProgrammeDraft(title=LILLE, office_ids=(current_office_id(database), "nowhere"))
    error = refused(database, lambda s: programmes.create_programme(s, draft))
    assert error.errors == {"office_ids": "Bureaux : bureau inconnu ou supprimé."}


def test_an_archived_office_is_refused(database: Database) -> None:
    gone = new_office(database, "Ancien bureau")
    run(database, lambda s: offices.archive_office(s, gone))
    draft = ProgrammeDraft(title=LILLE, office_ids=(gone,))
    error = refused(database, lambda s: programmes.create_programme(s, draft))
    assert set(error.errors) == {"office_ids"}


# --- finding and listing ---------------------------------------------------------------


def test_find_programme_by_id_or_exact_title(database: Database) -> None:
    created = new_programme(database)
    other = new_programme(database, title="Speed dating Cher 2018")
    with database.reading() as session:
        assert programmes.find_programme(session, created.id) == created
        assert programmes.find_programme(session, LILLE) == created
        assert programmes.find_programme(session, "Speed dating Cher 2018").id == other.id


@pytest.mark.parametrize(
    "key", ["Développer", LILLE.upper(), LILLE + " ", "", "00000000-0000-0000-0000-000000000000"]
)
def test_find_programme_wants_an_exact_match(database: Database, key: str) -> None:
    new_programme(database)
    with database.reading() as session, pytest.raises(NotFoundError) as caught:
        programmes.find_programme(session, key)
    assert caught.value.message == (
        f"Aucun programme ne porte l'identifiant ou l'intitulé « {key} »."
    )


def test_find_programme_refuses_to_choose_between_two_namesakes(database: Database) -> None:
    # GIVEN two editions with the same title
    first = new_programme(database)
    new_programme(database)
    # WHEN looked up by title THEN the user is asked for the id
    with database.reading() as session, pytest.raises(NotFoundError) as caught:
        programmes.find_programme(session, LILLE)
    assert caught.value.message == (
        f"Plusieurs programmes s'intitulent « {LILLE} » : désignez-le par son identifiant."
    )
    # AND the id still works
    with database.reading() as session:
        assert programmes.find_programme(session, first.id).id == first.id


def test_find_programme_ignores_archived_namesakes(database: Database) -> None:
    old = new_programme(database)
    current = new_programme(database)
    run(database, lambda s: programmes.archive_programme(s, old.id))
    with database.reading() as session:
        assert programmes.find_programme(session, LILLE).id == current.id


def test_programmes_are_listed_most_recent_first(database: Database) -> None:
    new_programme(database, title="Lille 2006", start_date=date(2006, 1, 10))
    new_programme(database, title="Sans date")
    new_programme(database, title="Cher 2018", start_date=date(2018, 3, 1), budget=Decimal(5))
    new_programme(database, title="Alsace 2008", start_date=date(2018, 3, 1))
    gone = new_programme(database, title="Annulé", start_date=date(2030, 1, 1))
    run(database, lambda s: programmes.archive_programme(s, gone.id))
    rows = run(database, programmes.list_programmes)
    assert [r.title for r in rows] == ["Alsace 2008", "Cher 2018", "Lille 2006", "Sans date"]
    cher = rows[1]
    assert (cher.status, cher.start_date, cher.end_date, cher.budget) == (
        "montage",
        date(2018, 3, 1),
        None,
        Decimal("5.00"),
    )


# --- volets ----------------------------------------------------------------------------


@pytest.fixture
def programme(database: Database) -> Any:
    return new_programme(database, budget=Decimal(32700))


def test_a_volet_is_created_with_everything_it_was_given(database: Database, programme) -> None:
    cabinet = run(database, lambda s: cabinets.create_cabinet(s, CabinetDraft(name="Atout")))
    draft = VoletDraft(
        programme_id=programme.id,
        kind=VoletKind.MARKETING,
        objective="Diagnostic des besoins & plan d'action",
        cabinet_id=cabinet.id,
        collective_half_days=3,
        interviews_per_structure=1,
        contracted_amount=Decimal("11700"),
        assessment=TRICKY,
        improvement_tracks=("  Trop court  ", "", "   ", "Entretien après la formation 👍"),
    )
    created = run(database, lambda s: programmes.create_volet(s, draft))
    assert created.improvement_tracks == ("Trop court", "Entretien après la formation 👍")
    assert created.contracted_amount == Decimal("11700.00")
    assert created.display_name == "Marketing"
    assert created.changed_by_office_id == current_office_id(database)
    again = run(database, lambda s: programmes.get_volet(s, created.id))
    assert again == created
    assert isinstance(again.improvement_tracks, tuple)
    assert again.assessment == TRICKY


def test_a_volet_kind_may_be_given_as_its_stored_value(database: Database, programme) -> None:
    created = new_volet(database, programme.id, kind="mecenat")
    assert created.kind is VoletKind.MECENAT
    assert created.display_name == "Mécénat"


def test_a_volet_label_replaces_the_kind_in_its_name(database: Database, programme) -> None:
    created = new_volet(database, programme.id, kind=VoletKind.AUTRE, label="  Numérique  ")
    assert (created.label, created.display_name) == ("Numérique", "Numérique")


@pytest.mark.parametrize(
    ("fields", "errors"),
    [
        ({"kind": "juridique"}, {"kind": "Type : valeur inconnue « juridique »."}),
        ({"kind": None}, {"kind": "Type : à choisir."}),
        (
            {"kind": VoletKind.AUTRE, "label": "  "},
            {"label": "Libellé : à renseigner pour un volet « Autre »."},
        ),
        ({"label": "x" * 201}, {"label": "Libellé : 201 caractères, 200 au plus."}),
        (
            {"collective_days": -1},
            {"collective_days": "Journées collectives : ne peut pas être négatif."},
        ),
        (
            {"collective_half_days": 366},
            {"collective_half_days": "Demi-journées collectives : 365 au plus."},
        ),
        (
            {"interviews_per_structure": 1.0},
            {"interviews_per_structure": "Entretiens par structure : nombre entier attendu."},
        ),
        (
            {"contracted_amount": Decimal(-1)},
            {"contracted_amount": "Montant contractualisé : un montant ne peut pas être négatif."},
        ),
        (
            {"contracted_amount": 11700.0},
            {"contracted_amount": "Montant contractualisé : montant illisible."},
        ),
        (
            {"improvement_tracks": tuple(f"piste {i}" for i in range(51))},
            {"improvement_tracks": "Pistes d'amélioration : 51 éléments, 50 au plus."},
        ),
        (
            {"improvement_tracks": ("x" * 2001,)},
            {"improvement_tracks": "Pistes d'amélioration : un élément dépasse 2000 caractères."},
        ),
        (
            {"cabinet_id": "no-such-cabinet"},
            {"cabinet_id": "Cabinet : référence introuvable (fiche supprimée ou inconnue)."},
        ),
        (
            {"programme_id": "no-such-programme"},
            {"programme_id": "Programme : référence introuvable (fiche supprimée ou inconnue)."},
        ),
    ],
    ids=lambda value: "-".join(value) if isinstance(value, dict) else None,
)
def test_bad_volets_are_refused(
    database: Database, programme, fields: dict[str, Any], errors: dict[str, str]
) -> None:
    draft = VoletDraft(**{"programme_id": programme.id, "kind": VoletKind.MARKETING, **fields})
    error = refused(database, lambda s: programmes.create_volet(s, draft))
    assert error.errors == errors


def test_limits_of_volets_are_inclusive(database: Database, programme) -> None:
    created = new_volet(
        database,
        programme.id,
        collective_days=365,
        improvement_tracks=tuple("x" * 2000 for _ in range(50)),
        contracted_amount=Decimal("10.005"),
    )
    assert created.collective_days == 365
    assert len(created.improvement_tracks) == 50
    assert created.contracted_amount == Decimal("10.01")


def test_a_volet_of_an_archived_programme_or_cabinet_is_refused(
    database: Database, programme
) -> None:
    cabinet = run(database, lambda s: cabinets.create_cabinet(s, CabinetDraft(name="Atout")))
    run(database, lambda s: cabinets.archive_cabinet(s, cabinet.id))
    draft = VoletDraft(programme_id=programme.id, kind=VoletKind.MECENAT, cabinet_id=cabinet.id)
    assert set(refused(database, lambda s: programmes.create_volet(s, draft)).errors) == {
        "cabinet_id"
    }
    run(database, lambda s: programmes.archive_programme(s, programme.id))
    draft = VoletDraft(programme_id=programme.id, kind=VoletKind.MECENAT)
    assert set(refused(database, lambda s: programmes.create_volet(s, draft)).errors) == {
        "programme_id"
    }


def test_volets_of_a_programme_in_creation_order(database: Database, programme) -> None:
    other = new_programme(database, title="Autre programme")
    marketing = new_volet(database, programme.id, kind=VoletKind.MARKETING)
    mecenat = new_volet(database, programme.id, kind=VoletKind.MECENAT)
    fiscalite = new_volet(database, programme.id, kind=VoletKind.FISCALITE)
    new_volet(database, other.id, kind=VoletKind.FISCALITE)
    gone = new_volet(database, programme.id, kind=VoletKind.AUTRE, label="Abandonné")
    run(database, lambda s: programmes.archive_volet(s, gone.id))
    listed = run(database, lambda s: programmes.list_volets(s, programme.id))
    assert [v.id for v in listed] == [marketing.id, mecenat.id, fiscalite.id]


def test_volet_update_stale_and_archive(database: Database, programme) -> None:
    created = new_volet(database, programme.id)
    draft = VoletDraft(
        programme_id=programme.id,
        kind=VoletKind.MARKETING,
        assessment="Très apprécié",
        improvement_tracks=("Plus de temps informel",),
    )
    updated = run(database, lambda s: programmes.update_volet(s, created.id, draft, 1))
    assert (updated.version, updated.assessment) == (2, "Très apprécié")
    assert updated.improvement_tracks == ("Plus de temps informel",)
    refused(database, lambda s: programmes.update_volet(s, created.id, draft, 1), StaleRecordError)
    run(database, lambda s: programmes.archive_volet(s, created.id, 2))
    refused(database, lambda s: programmes.get_volet(s, created.id), NotFoundError)
    with database.reading() as session:
        assert session.get(Volet, created.id).deleted_at is not None


# --- sub-groups ------------------------------------------------------------------------


@pytest.fixture
def volet(database: Database, programme) -> Any:
    return new_volet(database, programme.id, kind=VoletKind.MARKETING)


def new_subgroup(database: Database, volet_id: str, name: str) -> Any:
    draft = SubgroupDraft(volet_id=volet_id, name=name)
    return run(database, lambda s: programmes.create_subgroup(s, draft))


def test_subgroups_of_a_volet_by_name(database: Database, volet) -> None:
    c = new_subgroup(database, volet.id, "Groupe C")
    a = new_subgroup(database, volet.id, "  Groupe A  ")
    b = new_subgroup(database, volet.id, "Groupe B <culture & sport>")
    assert a.name == "Groupe A"
    assert a.changed_by_office_id == current_office_id(database)
    listed = run(database, lambda s: programmes.list_subgroups(s, volet.id))
    assert [g.id for g in listed] == [a.id, b.id, c.id]
    assert listed[1].name == "Groupe B <culture & sport>"


def test_a_subgroup_name_is_unique_within_its_volet(database: Database, programme, volet) -> None:
    new_subgroup(database, volet.id, "Groupe A")
    draft = SubgroupDraft(volet_id=volet.id, name=" Groupe A ")
    error = refused(database, lambda s: programmes.create_subgroup(s, draft))
    assert error.errors == {"name": "Nom : le sous-groupe « Groupe A » existe déjà."}
    # another volet may have its own "Groupe A"
    other = new_volet(database, programme.id, kind=VoletKind.MECENAT)
    assert new_subgroup(database, other.id, "Groupe A").volet_id == other.id


def test_an_archived_subgroup_frees_its_name(database: Database, volet) -> None:
    first = new_subgroup(database, volet.id, "Groupe A")
    run(database, lambda s: programmes.archive_subgroup(s, first.id))
    second = new_subgroup(database, volet.id, "Groupe A")
    assert second.id != first.id
    listed = run(database, lambda s: programmes.list_subgroups(s, volet.id))
    assert [g.id for g in listed] == [second.id]
    with database.reading() as session:
        assert session.get(Subgroup, first.id).deleted_at is not None


@pytest.mark.parametrize(
    ("name", "message"),
    [("", "Nom : à renseigner."), ("x" * 101, "Nom : 101 caractères, 100 au plus.")],
)
def test_bad_subgroup_names_are_refused(database: Database, volet, name: str, message: str) -> None:
    draft = SubgroupDraft(volet_id=volet.id, name=name)
    assert refused(database, lambda s: programmes.create_subgroup(s, draft)).errors == {
        "name": message
    }


def test_a_subgroup_of_a_missing_or_archived_volet_is_refused(database: Database, volet) -> None:
    draft = SubgroupDraft(volet_id="no-such-volet", name="Groupe A")
    assert set(refused(database, lambda s: programmes.create_subgroup(s, draft)).errors) == {
        "volet_id"
    }
    run(database, lambda s: programmes.archive_volet(s, volet.id))
    draft = SubgroupDraft(volet_id=volet.id, name="Groupe A")
    assert set(refused(database, lambda s: programmes.create_subgroup(s, draft)).errors) == {
        "volet_id"
    }
    with database.reading() as session:
        assert session.scalar(select(func.count()).select_from(Subgroup)) == 0


# --- a datetime where a date is expected (pandas gives Timestamps) ---------------------


def test_a_datetime_for_a_date_is_refused_or_reduced_to_its_date(database: Database) -> None:
    # GIVEN a start read from a spreadsheet as a timestamp, and an end typed as a date
    draft = ProgrammeDraft(
        title=LILLE, start_date=datetime(2006, 1, 10, 9, 30), end_date=date(2006, 12, 15)
    )
    # WHEN it is saved THEN it is refused in French, or kept as the date alone
    try:
        created = run(database, lambda s: programmes.create_programme(s, draft))
    except ValidationError as error:
        assert set(error.errors) == {"start_date"}
    else:
        assert created.start_date == date(2006, 1, 10)
        assert type(created.start_date) is date


def test_what_create_returns_is_what_get_reads_for_dates(database: Database) -> None:
    draft = ProgrammeDraft(title=LILLE, start_date=datetime(2006, 1, 10, 9, 30))
    try:
        created = run(database, lambda s: programmes.create_programme(s, draft))
    except ValidationError:
        return
    assert run(database, lambda s: programmes.get_programme(s, created.id)) == created


def test_deleting_a_subgroup_keeps_its_members_in_the_volet(database: Database, volet) -> None:
    from dla_desktop.domain.records import AssociationDraft, VoletEnrolmentDraft
    from dla_desktop.services import associations, enrolment

    group = new_subgroup(database, volet.id, "Groupe 1")

    def member(session: Any) -> str:
        association = associations.create_association(session, AssociationDraft(name="Vélo & Co"))
        enrolment.enrol_associations(session, volet.programme_id, [association.id])
        draft = VoletEnrolmentDraft(
            volet_id=volet.id, association_id=association.id, subgroup_id=group.id
        )
        enrolment.join_volet(session, draft)
        return association.id

    association_id = run(database, member)
    run(database, lambda s: programmes.delete_subgroup(s, group.id, group.version))
    assert run(database, lambda s: programmes.list_subgroups(s, volet.id)) == []
    listed = run(database, lambda s: enrolment.list_volet_members(s, volet.id))
    assert [(m.association_id, m.subgroup_id) for m in listed] == [(association_id, None)]


def test_renaming_a_subgroup_checks_the_name(database: Database, volet) -> None:
    first = new_subgroup(database, volet.id, "Groupe 1")
    new_subgroup(database, volet.id, "Groupe 2")
    renamed = run(database, lambda s: programmes.rename_subgroup(s, first.id, " Pionniers "))
    assert (renamed.name, renamed.version) == ("Pionniers", first.version + 1)
    error = refused(database, lambda s: programmes.rename_subgroup(s, first.id, "Groupe 2"))
    assert error.errors == {"name": "Nom : le sous-groupe « Groupe 2 » existe déjà."}
