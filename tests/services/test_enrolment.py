"""Who takes part: enrolment in a programme, then in its volets and sub-groups."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dla_desktop.db.database import Database
from dla_desktop.db.models import Enrolment, VoletEnrolment
from dla_desktop.domain.enums import EnrolmentStatus, VoletKind
from dla_desktop.domain.errors import NotFoundError, StaleRecordError, ValidationError
from dla_desktop.domain.records import (
    AssociationDraft,
    EnrolmentDraft,
    ProgrammeDraft,
    SubgroupDraft,
    VoletDraft,
    VoletEnrolmentDraft,
)
from dla_desktop.services import associations, enrolment, offices, programmes
from tests.services.support import refused, run, snapshot

# --- helpers ---------------------------------------------------------------------------


def rolled_back(
    database: Database, action: Callable[[Session], Any], error: type[Exception] = ValidationError
) -> Any:
    """Run ``action`` as the UI does (one transaction, rolled back on error): nothing stays."""
    before = snapshot(database)
    with pytest.raises(error) as caught, database.transaction() as session:
        action(session)
    assert snapshot(database) == before
    return caught.value


def enrolment_rows(database: Database, programme_id: str) -> int:
    with database.reading() as session:
        return session.scalar(
            select(func.count())
            .select_from(Enrolment)
            .where(Enrolment.programme_id == programme_id)
        )


@pytest.fixture
def lille(database: Database) -> str:
    draft = ProgrammeDraft(title="Lille 2006", budget=Decimal(32700))
    return run(database, lambda s: programmes.create_programme(s, draft)).id


@pytest.fixture
def other_programme(database: Database) -> str:
    return run(database, lambda s: programmes.create_programme(s, ProgrammeDraft(title="Cher"))).id


@pytest.fixture
def assos(database: Database) -> dict[str, str]:
    """Four associations by name (not in alphabetical order of creation)."""

    def make(session: Session) -> dict[str, str]:
        made = {}
        for name, sector, town in [
            ("Théâtre du Prato", "Culture", "Lille"),
            ("Cirque du Bout du Monde", "Culture", "Lille"),
            ("Vélo & Co", "Sport", "Roubaix"),
            ("Amis de la Terre", "Environnement", "Arras"),
        ]:
            draft = AssociationDraft(
                name=name, sector=sector, town=town, employees=5, fte=Decimal("3.5")
            )
            made[name] = associations.create_association(session, draft).id
        return made

    return run(database, make)


def enrol(database: Database, programme_id: str, ids: list[str], on: date | None = None) -> Any:
    return run(database, lambda s: enrolment.enrol_associations(s, programme_id, ids, on=on))


def enrolment_of(database: Database, programme_id: str, association_id: str) -> Any:
    """(id, deleted_at) of the one enrolment row of an association, live or not."""
    with database.reading() as session:
        return session.execute(
            select(Enrolment.id, Enrolment.deleted_at).where(
                Enrolment.programme_id == programme_id,
                Enrolment.association_id == association_id,
            )
        ).one()


# --- enrolling -------------------------------------------------------------------------


def test_enrolling_associations(database: Database, lille: str, assos: dict[str, str]) -> None:
    ids = [assos["Vélo & Co"], assos["Théâtre du Prato"]]
    records = enrol(database, lille, ids, on=date(2006, 1, 10))
    assert [r.association_id for r in records] == ids
    for record in records:
        assert record.programme_id == lille
        assert record.status is EnrolmentStatus.INSCRITE
        assert record.status_date == date(2006, 1, 10)
        assert record.followup_days_planned == Decimal("1.50")  # the coordinator's advice
        assert record.version == 1
        with database.reading() as session:
            assert record.changed_by_office_id == offices.current_office(session).id
        assert run(database, lambda s, r=record: enrolment.get_enrolment(s, r.id)) == record


def test_participants_are_listed_by_name(
    database: Database, lille: str, other_programme: str, assos: dict[str, str]
) -> None:
    enrol(database, lille, [assos["Vélo & Co"], assos["Théâtre du Prato"]])
    enrol(database, lille, [assos["Cirque du Bout du Monde"]])
    enrol(database, other_programme, [assos["Amis de la Terre"]])
    rows = run(database, lambda s: enrolment.list_participants(s, lille))
    assert [r.name for r in rows] == ["Cirque du Bout du Monde", "Théâtre du Prato", "Vélo & Co"]
    velo = rows[2]
    assert (velo.association_id, velo.sector, velo.town) == (assos["Vélo & Co"], "Sport", "Roubaix")
    assert (velo.employees, velo.fte, velo.status) == (5, Decimal("3.50"), "inscrite")
    assert velo.followup_days_planned == Decimal("1.50")
    assert velo.enrolment_id == enrolment_of(database, lille, assos["Vélo & Co"]).id


def test_an_association_named_twice_is_enrolled_once(
    database: Database, lille: str, assos: dict[str, str]
) -> None:
    velo = assos["Vélo & Co"]
    records = enrol(database, lille, [velo, velo, assos["Amis de la Terre"], velo])
    assert [r.association_id for r in records] == [velo, assos["Amis de la Terre"]]
    assert enrolment_rows(database, lille) == 2


def test_associations_already_enrolled_are_left_as_they_are(
    database: Database, lille: str, assos: dict[str, str]
) -> None:
    # GIVEN an association already enrolled and since active
    velo = assos["Vélo & Co"]
    [first] = enrol(database, lille, [velo], on=date(2006, 1, 10))
    draft = EnrolmentDraft(programme_id=lille, association_id=velo, status=EnrolmentStatus.ACTIVE)
    active = run(database, lambda s: enrolment.update_enrolment(s, first.id, draft, 1))
    # WHEN a batch including it is enrolled
    records = enrol(database, lille, [velo, assos["Amis de la Terre"]], on=date(2006, 2, 1))
    # THEN only the new one is returned, and the first keeps its status and version
    assert [r.association_id for r in records] == [assos["Amis de la Terre"]]
    assert run(database, lambda s: enrolment.get_enrolment(s, first.id)) == active
    assert enrol(database, lille, [velo]) == []


def test_enrolling_nobody_does_nothing(database: Database, lille: str) -> None:
    before = snapshot(database)
    assert enrol(database, lille, []) == []
    assert snapshot(database) == before


def test_a_batch_with_one_missing_association_is_refused_whole(
    database: Database, lille: str, assos: dict[str, str]
) -> None:
    # GIVEN a batch whose last association does not exist
    ids = [assos["Vélo & Co"], assos["Amis de la Terre"], "no-such-association"]
    # WHEN it is enrolled in one transaction THEN it is refused and nobody is enrolled
    error = rolled_back(database, lambda s: enrolment.enrol_associations(s, lille, ids))
    assert error.errors == {
        "association_id": "Association : référence introuvable (fiche supprimée ou inconnue)."
    }
    assert enrolment_rows(database, lille) == 0


def test_an_archived_association_cannot_be_enrolled(
    database: Database, lille: str, assos: dict[str, str]
) -> None:
    velo = assos["Vélo & Co"]
    run(database, lambda s: associations.archive_association(s, velo))
    error = refused(database, lambda s: enrolment.enrol_associations(s, lille, [velo]))
    assert set(error.errors) == {"association_id"}


@pytest.mark.parametrize("archived", [True, False], ids=["archived", "missing"])
def test_nobody_is_enrolled_in_a_missing_or_archived_programme(
    database: Database, lille: str, assos: dict[str, str], archived: bool
) -> None:
    programme_id = lille if archived else "no-such-programme"
    if archived:
        run(database, lambda s: programmes.archive_programme(s, lille))
    error = refused(
        database,
        lambda s: enrolment.enrol_associations(s, programme_id, [assos["Vélo & Co"]]),
    )
    assert error.errors == {
        "programme_id": "Programme : référence introuvable (fiche supprimée ou inconnue)."
    }


def test_re_enrolling_after_a_withdrawal_revives_the_enrolment(
    database: Database, lille: str, assos: dict[str, str]
) -> None:
    # GIVEN an association enrolled, given up, then withdrawn
    velo = assos["Vélo & Co"]
    [first] = enrol(database, lille, [velo], on=date(2006, 1, 10))
    draft = EnrolmentDraft(
        programme_id=lille,
        association_id=velo,
        status=EnrolmentStatus.ABANDON,
        status_date=date(2006, 3, 1),
    )
    run(database, lambda s: enrolment.update_enrolment(s, first.id, draft, 1))
    run(database, lambda s: enrolment.withdraw_enrolment(s, first.id))
    assert run(database, lambda s: enrolment.list_participants(s, lille)) == []
    # WHEN it is enrolled again
    [again] = enrol(database, lille, [velo], on=date(2006, 9, 1))
    # THEN the same enrolment is live again, as newly enrolled
    assert again.id == first.id
    assert (again.status, again.status_date) == (EnrolmentStatus.INSCRITE, date(2006, 9, 1))
    assert again.version > 2
    assert enrolment_rows(database, lille) == 1
    assert enrolment_of(database, lille, velo).deleted_at is None
    assert [
        p.association_id for p in run(database, lambda s: enrolment.list_participants(s, lille))
    ] == [velo]


def test_re_enrolling_an_association_archived_since_is_refused(
    database: Database, lille: str, assos: dict[str, str]
) -> None:
    velo = assos["Vélo & Co"]
    [first] = enrol(database, lille, [velo])
    run(database, lambda s: enrolment.withdraw_enrolment(s, first.id))
    run(database, lambda s: associations.archive_association(s, velo))
    rolled_back(database, lambda s: enrolment.enrol_associations(s, lille, [velo]))


# --- changing an enrolment -------------------------------------------------------------


def test_update_enrolment(database: Database, lille: str, assos: dict[str, str]) -> None:
    velo = assos["Vélo & Co"]
    [first] = enrol(database, lille, [velo])
    draft = EnrolmentDraft(
        programme_id=lille,
        association_id=velo,
        status="active",
        status_date=date(2006, 2, 1),
        followup_days_planned=Decimal("2.005"),
    )
    updated = run(database, lambda s: enrolment.update_enrolment(s, first.id, draft, 1))
    assert updated.status is EnrolmentStatus.ACTIVE
    assert updated.status_date == date(2006, 2, 1)
    assert updated.followup_days_planned == Decimal("2.01")
    assert updated.version == 2
    refused(
        database,
        lambda s: enrolment.update_enrolment(s, first.id, draft, 1),
        StaleRecordError,
    )


@pytest.mark.parametrize(
    ("fields", "errors"),
    [
        ({"status": "radiee"}, {"status": "Statut : valeur inconnue « radiee »."}),
        ({"status_date": date(1850, 1, 1)}, {"status_date": "Date du statut : date invalide."}),
        (
            {"followup_days_planned": Decimal(-1)},
            {"followup_days_planned": "Jours de suivi prévus : ne peut pas être négatif."},
        ),
        (
            {"followup_days_planned": Decimal("365.01")},
            {"followup_days_planned": "Jours de suivi prévus : 365 au plus."},
        ),
        (
            {"followup_days_planned": 1.5},
            {"followup_days_planned": "Jours de suivi prévus : nombre illisible."},
        ),
    ],
    ids=["status", "date", "negative", "too-many", "float"],
)
def test_bad_enrolment_changes_are_refused(
    database: Database,
    lille: str,
    assos: dict[str, str],
    fields: dict[str, Any],
    errors: dict[str, str],
) -> None:
    velo = assos["Vélo & Co"]
    [first] = enrol(database, lille, [velo])
    draft = EnrolmentDraft(**{"programme_id": lille, "association_id": velo, **fields})
    error = refused(database, lambda s: enrolment.update_enrolment(s, first.id, draft, 1))
    assert error.errors == errors


# --- volets and sub-groups -------------------------------------------------------------


@pytest.fixture
def volets(database: Database, lille: str, other_programme: str) -> dict[str, str]:
    def make(session: Session) -> dict[str, str]:
        made = {}
        for key, programme_id, kind in [
            ("marketing", lille, VoletKind.MARKETING),
            ("mecenat", lille, VoletKind.MECENAT),
            ("cher", other_programme, VoletKind.MECENAT),
        ]:
            draft = VoletDraft(programme_id=programme_id, kind=kind)
            made[key] = programmes.create_volet(session, draft).id
        for name in ("Groupe 1", "Groupe 2"):
            draft = SubgroupDraft(volet_id=made["marketing"], name=name)
            made[name] = programmes.create_subgroup(session, draft).id
        made["Mécénat 1"] = programmes.create_subgroup(
            session, SubgroupDraft(volet_id=made["mecenat"], name="Mécénat 1")
        ).id
        return made

    return run(database, make)


def join(database: Database, volet_id: str, association_id: str, subgroup_id=None) -> Any:
    draft = VoletEnrolmentDraft(
        volet_id=volet_id, association_id=association_id, subgroup_id=subgroup_id
    )
    return run(database, lambda s: enrolment.join_volet(s, draft))


def members(database: Database, volet_id: str) -> list[tuple[str, str | None]]:
    listed = run(database, lambda s: enrolment.list_volet_members(s, volet_id))
    return sorted((m.association_id, m.subgroup_id) for m in listed)


def test_an_enrolled_association_joins_a_volet_and_a_subgroup(
    database: Database, lille: str, assos: dict[str, str], volets: dict[str, str]
) -> None:
    velo = assos["Vélo & Co"]
    enrol(database, lille, [velo])
    joined = join(database, volets["marketing"], velo, volets["Groupe 1"])
    assert (joined.volet_id, joined.association_id, joined.subgroup_id) == (
        volets["marketing"],
        velo,
        volets["Groupe 1"],
    )
    assert joined.version == 1 and joined.changed_by_office_id is not None
    assert members(database, volets["marketing"]) == [(velo, volets["Groupe 1"])]
    assert members(database, volets["mecenat"]) == []


def test_joining_again_moves_to_another_subgroup_without_a_duplicate(
    database: Database, lille: str, assos: dict[str, str], volets: dict[str, str]
) -> None:
    velo = assos["Vélo & Co"]
    enrol(database, lille, [velo])
    first = join(database, volets["marketing"], velo, volets["Groupe 1"])
    moved = join(database, volets["marketing"], velo, volets["Groupe 2"])
    assert moved.id == first.id and moved.version == 2
    assert members(database, volets["marketing"]) == [(velo, volets["Groupe 2"])]
    out_of_groups = join(database, volets["marketing"], velo)
    assert out_of_groups.id == first.id
    assert members(database, volets["marketing"]) == [(velo, None)]


def test_joining_requires_enrolment_in_the_volets_programme(
    database: Database,
    lille: str,
    other_programme: str,
    assos: dict[str, str],
    volets: dict[str, str],
) -> None:
    velo = assos["Vélo & Co"]
    message = {"association_id": "Association : elle doit d'abord être inscrite au programme."}
    draft = VoletEnrolmentDraft(volet_id=volets["marketing"], association_id=velo)
    # not enrolled at all
    assert refused(database, lambda s: enrolment.join_volet(s, draft)).errors == message
    # enrolled in another programme only
    enrol(database, other_programme, [velo])
    assert refused(database, lambda s: enrolment.join_volet(s, draft)).errors == message
    # enrolled, then withdrawn
    [record] = enrol(database, lille, [velo])
    run(database, lambda s: enrolment.withdraw_enrolment(s, record.id))
    assert refused(database, lambda s: enrolment.join_volet(s, draft)).errors == message


def test_the_subgroup_must_belong_to_the_volet(
    database: Database, lille: str, assos: dict[str, str], volets: dict[str, str]
) -> None:
    velo = assos["Vélo & Co"]
    enrol(database, lille, [velo])
    draft = VoletEnrolmentDraft(
        volet_id=volets["marketing"], association_id=velo, subgroup_id=volets["Mécénat 1"]
    )
    error = refused(database, lambda s: enrolment.join_volet(s, draft))
    assert error.errors == {"subgroup_id": "Sous-groupe : il n'appartient pas à ce volet."}
    # nor may an existing member be moved into it
    join(database, volets["marketing"], velo, volets["Groupe 1"])
    error = refused(database, lambda s: enrolment.join_volet(s, draft))
    assert set(error.errors) == {"subgroup_id"}
    assert members(database, volets["marketing"]) == [(velo, volets["Groupe 1"])]


@pytest.mark.parametrize("target", ["volet_id", "subgroup_id", "association_id"])
def test_joining_missing_or_archived_things_is_refused(
    database: Database,
    lille: str,
    assos: dict[str, str],
    volets: dict[str, str],
    target: str,
) -> None:
    velo = assos["Vélo & Co"]
    enrol(database, lille, [velo])
    values = {
        "volet_id": volets["marketing"],
        "association_id": velo,
        "subgroup_id": volets["Groupe 1"],
    }
    missing = VoletEnrolmentDraft(**{**values, target: "no-such-id"})
    assert set(refused(database, lambda s: enrolment.join_volet(s, missing)).errors) == {target}
    archive = {
        "volet_id": programmes.archive_volet,
        "subgroup_id": programmes.archive_subgroup,
        "association_id": associations.archive_association,
    }[target]
    run(database, lambda s: archive(s, values[target]))
    draft = VoletEnrolmentDraft(**values)
    assert set(refused(database, lambda s: enrolment.join_volet(s, draft)).errors) == {target}


def test_leaving_and_joining_again(
    database: Database, lille: str, assos: dict[str, str], volets: dict[str, str]
) -> None:
    velo, terre = assos["Vélo & Co"], assos["Amis de la Terre"]
    enrol(database, lille, [velo, terre])
    first = join(database, volets["marketing"], velo, volets["Groupe 1"])
    join(database, volets["marketing"], terre)
    # WHEN Vélo & Co leaves THEN it is a tombstone, gone from the members
    run(database, lambda s: enrolment.leave_volet(s, volets["marketing"], velo))
    assert members(database, volets["marketing"]) == [(terre, None)]
    with database.reading() as session:
        assert session.get(VoletEnrolment, first.id).deleted_at is not None
    # WHEN it leaves again (or leaves a volet it never joined) THEN nothing happens
    before = snapshot(database)
    run(database, lambda s: enrolment.leave_volet(s, volets["marketing"], velo))
    run(database, lambda s: enrolment.leave_volet(s, volets["mecenat"], velo))
    assert snapshot(database) == before
    # WHEN it joins again THEN its old row is revived, with the new sub-group
    back = join(database, volets["marketing"], velo, volets["Groupe 2"])
    assert back.id == first.id
    assert members(database, volets["marketing"]) == sorted(
        [(velo, volets["Groupe 2"]), (terre, None)]
    )


def test_withdrawing_takes_the_association_out_of_the_programmes_volets_only(
    database: Database,
    lille: str,
    other_programme: str,
    assos: dict[str, str],
    volets: dict[str, str],
) -> None:
    # GIVEN an association in two volets of Lille and in a volet of another programme
    velo, terre = assos["Vélo & Co"], assos["Amis de la Terre"]
    [record, _] = enrol(database, lille, [velo, terre])
    enrol(database, other_programme, [velo])
    join(database, volets["marketing"], velo, volets["Groupe 1"])
    join(database, volets["mecenat"], velo)
    join(database, volets["mecenat"], terre)
    join(database, volets["cher"], velo)
    # WHEN it is withdrawn from Lille
    run(database, lambda s: enrolment.withdraw_enrolment(s, record.id))
    # THEN it is gone from Lille and its volets, still in the other programme
    participants = run(database, lambda s: enrolment.list_participants(s, lille))
    assert [p.association_id for p in participants] == [terre]
    assert members(database, volets["marketing"]) == []
    assert members(database, volets["mecenat"]) == [(terre, None)]
    assert members(database, volets["cher"]) == [(velo, None)]
    refused(database, lambda s: enrolment.get_enrolment(s, record.id), NotFoundError)
    assert enrolment_of(database, lille, velo).deleted_at is not None
    # AND withdrawing twice is refused
    refused(database, lambda s: enrolment.withdraw_enrolment(s, record.id), NotFoundError)


def test_re_enrolling_does_not_bring_back_the_volets(
    database: Database, lille: str, assos: dict[str, str], volets: dict[str, str]
) -> None:
    velo = assos["Vélo & Co"]
    [record] = enrol(database, lille, [velo])
    join(database, volets["marketing"], velo)
    run(database, lambda s: enrolment.withdraw_enrolment(s, record.id))
    enrol(database, lille, [velo])
    assert members(database, volets["marketing"]) == []


def test_archived_associations_are_not_participants(
    database: Database, lille: str, assos: dict[str, str]
) -> None:
    enrol(database, lille, [assos["Vélo & Co"], assos["Amis de la Terre"]])
    run(database, lambda s: associations.archive_association(s, assos["Vélo & Co"]))
    names = [p.name for p in run(database, lambda s: enrolment.list_participants(s, lille))]
    assert names == ["Amis de la Terre"]


def test_is_enrolled_follows_enrolment_and_withdrawal(
    database: Database, lille: str, other_programme: str, assos: dict[str, str]
) -> None:
    velo = assos["Vélo & Co"]

    def enrolled(programme_id: str) -> bool:
        with database.reading() as session:
            return enrolment.is_enrolled(session, programme_id, velo)

    assert not enrolled(lille)
    [record] = enrol(database, lille, [velo])
    assert enrolled(lille) and not enrolled(other_programme)
    run(database, lambda s: enrolment.withdraw_enrolment(s, record.id))
    assert not enrolled(lille)
    enrol(database, lille, [velo])
    assert enrolled(lille)


# --- what the programme page shows and edits -------------------------------------------


def test_participant_views_name_their_volets_and_subgroups(
    database: Database, lille: str, assos: dict[str, str], volets: dict[str, str]
) -> None:
    # GIVEN two participants, one in both volets (a sub-group in each), one in none
    enrol(database, lille, [assos["Vélo & Co"], assos["Amis de la Terre"]])
    join(database, volets["mecenat"], assos["Vélo & Co"], volets["Mécénat 1"])
    join(database, volets["marketing"], assos["Vélo & Co"], volets["Groupe 2"])
    # WHEN the Participants tab reads them
    views = run(database, lambda s: enrolment.list_participant_views(s, lille))
    # THEN volets come in creation order, by name, with their sub-groups
    assert [(v.name, v.town, v.volets, v.subgroups) for v in views] == [
        ("Amis de la Terre", "Arras", "", ""),
        ("Vélo & Co", "Roubaix", "Marketing, Mécénat", "Groupe 2, Mécénat 1"),
    ]


def test_enrollable_associations_leave_out_those_taking_part(
    database: Database, lille: str, assos: dict[str, str]
) -> None:
    enrol(database, lille, [assos["Vélo & Co"], assos["Théâtre du Prato"]])
    run(
        database,
        lambda s: enrolment.withdraw_enrolment(
            s, enrolment_of(database, lille, assos["Théâtre du Prato"]).id
        ),
    )
    names = [r.name for r in run(database, lambda s: enrolment.list_enrollable(s, lille))]
    assert names == ["Amis de la Terre", "Cirque du Bout du Monde", "Théâtre du Prato"]


def test_set_participation_saves_status_and_exactly_the_volets_given(
    database: Database, lille: str, assos: dict[str, str], volets: dict[str, str]
) -> None:
    (record,) = enrol(database, lille, [assos["Vélo & Co"]])
    join(database, volets["marketing"], record.association_id, volets["Groupe 1"])
    draft = EnrolmentDraft(
        programme_id=lille, association_id=record.association_id, status=EnrolmentStatus.ACTIVE
    )
    wanted = {volets["mecenat"]: volets["Mécénat 1"]}
    saved = run(
        database,
        lambda s: enrolment.set_participation(s, record.id, draft, record.version, wanted),
    )
    assert saved.enrolment.status is EnrolmentStatus.ACTIVE
    assert saved.subgroup_by_volet == wanted
    assert members(database, volets["marketing"]) == []
    again = run(database, lambda s: enrolment.get_participation(s, record.id))
    assert (again.name, again.subgroup_by_volet) == ("Vélo & Co", wanted)


def test_set_participation_refuses_a_stale_version_or_another_programmes_volet(
    database: Database, lille: str, assos: dict[str, str], volets: dict[str, str]
) -> None:
    (record,) = enrol(database, lille, [assos["Vélo & Co"]])
    draft = EnrolmentDraft(programme_id=lille, association_id=record.association_id)
    rolled_back(
        database,
        lambda s: enrolment.set_participation(s, record.id, draft, record.version + 1, {}),
        StaleRecordError,
    )
    error = rolled_back(
        database,
        lambda s: enrolment.set_participation(
            s, record.id, draft, record.version, {volets["cher"]: None}
        ),
    )
    assert error.errors == {"volet_id": "Volet : volet inconnu ou archivé."}


def test_volet_member_views_and_assigning_subgroups(
    database: Database, lille: str, assos: dict[str, str], volets: dict[str, str]
) -> None:
    ids = [assos["Vélo & Co"], assos["Amis de la Terre"]]
    enrol(database, lille, ids)
    for association_id in ids:
        join(database, volets["marketing"], association_id)
    run(
        database,
        lambda s: enrolment.assign_subgroup(s, volets["marketing"], ids, volets["Groupe 1"]),
    )
    views = run(database, lambda s: enrolment.list_volet_member_views(s, volets["marketing"]))
    assert [(v.name, v.subgroup_id) for v in views] == [
        ("Amis de la Terre", volets["Groupe 1"]),
        ("Vélo & Co", volets["Groupe 1"]),
    ]
    run(database, lambda s: enrolment.assign_subgroup(s, volets["marketing"], ids[:1], None))
    assert members(database, volets["marketing"]) == sorted(
        [(ids[0], None), (ids[1], volets["Groupe 1"])]
    )


def test_assigning_a_subgroup_to_a_non_member_changes_nothing(
    database: Database, lille: str, assos: dict[str, str], volets: dict[str, str]
) -> None:
    ids = [assos["Vélo & Co"], assos["Amis de la Terre"]]
    enrol(database, lille, ids)
    join(database, volets["marketing"], ids[0])
    error = rolled_back(
        database,
        lambda s: enrolment.assign_subgroup(s, volets["marketing"], ids, volets["Groupe 1"]),
    )
    assert "ne participe pas à ce volet" in error.errors["association_id"]
