"""Sessions (séances) of a programme, who is expected, who came, and the attendance grid."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dla_desktop.db.database import Database
from dla_desktop.db.models import Attendance, ProgrammeSession
from dla_desktop.domain.enums import AttendanceStatus, SessionKind, VoletKind
from dla_desktop.domain.errors import NotFoundError, StaleRecordError
from dla_desktop.domain.records import (
    AssociationDraft,
    ProgrammeDraft,
    SessionDraft,
    SubgroupDraft,
    VoletDraft,
    VoletEnrolmentDraft,
)
from dla_desktop.services import associations, attendance, enrolment, offices, programmes
from tests.services.support import build_once, open_copy, refused, run

PRESENT, ABSENT, EXCUSE = AttendanceStatus.PRESENT, AttendanceStatus.ABSENT, AttendanceStatus.EXCUSE

# --- helpers ---------------------------------------------------------------------------


@dataclass(frozen=True)
class World:
    """The Lille programme in small: two volets, two sub-groups, four associations.

    Marketing: Amis (Groupe 1), Bal (Groupe 1), Cirque (Groupe 2); Mécénat: Cirque, Danse.
    A second programme has its own volet.
    """

    programme: str
    other_programme: str
    marketing: str
    mecenat: str
    other_volet: str
    groupe_1: str
    groupe_2: str
    amis: str
    bal: str
    cirque: str
    danse: str
    outsider: str  # an association enrolled in no programme


@pytest.fixture(scope="module")
def world_template(
    template_database: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, World]:
    """The world built once per module; each test gets a copy of its file."""
    return build_once(template_database, tmp_path_factory.mktemp("world"), build_world)


@pytest.fixture
def database(world_template: tuple[Path, World], tmp_path: Path) -> Iterator[Database]:
    """Here every test starts from its own copy of the file holding the world."""
    yield from open_copy(world_template[0], tmp_path)


@pytest.fixture
def world(world_template: tuple[Path, World]) -> World:
    return world_template[1]


def build_world(s: Session) -> World:
    programme = programmes.create_programme(s, ProgrammeDraft(title="Lille 2006")).id
    other = programmes.create_programme(s, ProgrammeDraft(title="Cher 2018")).id
    marketing = programmes.create_volet(
        s, VoletDraft(programme_id=programme, kind=VoletKind.MARKETING)
    ).id
    mecenat = programmes.create_volet(
        s, VoletDraft(programme_id=programme, kind=VoletKind.MECENAT)
    ).id
    other_volet = programmes.create_volet(
        s, VoletDraft(programme_id=other, kind=VoletKind.MECENAT)
    ).id
    groupe_1 = programmes.create_subgroup(s, SubgroupDraft(volet_id=marketing, name="G1")).id
    groupe_2 = programmes.create_subgroup(s, SubgroupDraft(volet_id=marketing, name="G2")).id
    # created out of alphabetical order, so that sorting by name is visible
    ids = {
        name: associations.create_association(s, AssociationDraft(name=name)).id
        for name in ("Danse en Ville", "Bal Folk", "Amis du Patrimoine", "Cirque <Zéro> & 🎪")
    }
    outsider = associations.create_association(s, AssociationDraft(name="Hors champ")).id
    enrolment.enrol_associations(s, programme, list(ids.values()))
    amis, bal = ids["Amis du Patrimoine"], ids["Bal Folk"]
    cirque, danse = ids["Cirque <Zéro> & 🎪"], ids["Danse en Ville"]
    for volet, association, subgroup in [
        (marketing, bal, groupe_1),
        (marketing, amis, groupe_1),
        (marketing, cirque, groupe_2),
        (mecenat, danse, None),
        (mecenat, cirque, None),
    ]:
        enrolment.join_volet(
            s,
            VoletEnrolmentDraft(volet_id=volet, association_id=association, subgroup_id=subgroup),
        )
    return World(
        programme, other, marketing, mecenat, other_volet, groupe_1, groupe_2,
        amis, bal, cirque, danse, outsider,
    )  # fmt: skip


def new_session(database: Database, world: World, **fields: Any) -> Any:
    values = {
        "programme_id": world.programme,
        "kind": SessionKind.DEMI_JOURNEE,
        "date": date(2006, 3, 1),
        **fields,
    }
    return run(database, lambda s: attendance.create_session(s, SessionDraft(**values)))


def record(database: Database, session_id: str, marks: dict, attendees=None) -> Any:
    return run(database, lambda s: attendance.record_attendance(s, session_id, marks, attendees))


# --- sessions --------------------------------------------------------------------------


def test_a_collective_session_is_created(database: Database, world: World) -> None:
    created = new_session(
        database,
        world,
        kind=SessionKind.DEMI_JOURNEE,
        date=date(2006, 3, 1),
        volet_id=world.marketing,
        subgroup_id=world.groupe_1,
        title="  Demi-journée n° 1 : « diagnostic » & <objectifs>  ",
        place="Maison des associations, Lille 🏛",
        duration_hours=Decimal("3.333"),
    )
    assert created.title == "Demi-journée n° 1 : « diagnostic » & <objectifs>"
    assert created.duration_hours == Decimal("3.33")
    assert (created.version, created.kind) == (1, SessionKind.DEMI_JOURNEE)
    with database.reading() as session:
        assert created.changed_by_office_id == offices.current_office(session).id
        assert attendance.get_session(session, created.id) == created


def test_kinds_may_be_given_as_stored_values(database: Database, world: World) -> None:
    assert new_session(database, world, kind="comite").kind is SessionKind.COMITE


def test_an_individual_interview_concerns_one_association(database: Database, world: World) -> None:
    created = new_session(
        database,
        world,
        kind=SessionKind.ENTRETIEN,
        volet_id=world.mecenat,
        association_id=world.danse,
    )
    assert created.association_id == world.danse
    draft = SessionDraft(
        programme_id=world.programme,
        kind=SessionKind.ENTRETIEN,
        date=date(2006, 3, 2),
        volet_id=world.mecenat,
    )
    error = refused(database, lambda s: attendance.create_session(s, draft))
    assert error.errors == {
        "association_id": "Association : un entretien individuel concerne une association."
    }
    # the same with the kind given as its stored value
    error = refused(
        database, lambda s: attendance.create_session(s, replace(draft, kind="entretien"))
    )
    assert set(error.errors) == {"association_id"}


def test_a_volet_of_another_programme_is_refused(database: Database, world: World) -> None:
    draft = SessionDraft(
        programme_id=world.programme,
        kind=SessionKind.JOURNEE,
        date=date(2006, 3, 1),
        volet_id=world.other_volet,
    )
    error = refused(database, lambda s: attendance.create_session(s, draft))
    assert error.errors == {"volet_id": "Volet : ce volet appartient à un autre programme."}


@pytest.mark.parametrize("volet", ["none", "mecenat"])
def test_the_subgroup_must_belong_to_the_sessions_volet(
    database: Database, world: World, volet: str
) -> None:
    draft = SessionDraft(
        programme_id=world.programme,
        kind=SessionKind.DEMI_JOURNEE,
        date=date(2006, 3, 1),
        volet_id=None if volet == "none" else world.mecenat,
        subgroup_id=world.groupe_1,
    )
    error = refused(database, lambda s: attendance.create_session(s, draft))
    assert error.errors == {
        "subgroup_id": "Sous-groupe : ce sous-groupe n'appartient pas au volet choisi."
    }


@pytest.mark.parametrize(
    ("fields", "errors"),
    [
        ({"kind": "atelier"}, {"kind": "Type : valeur inconnue « atelier »."}),
        ({"kind": None}, {"kind": "Type : à choisir."}),
        ({"date": None}, {"date": "Date : date invalide."}),
        ({"date": date(1800, 1, 1)}, {"date": "Date : date invalide."}),
        ({"date": "01/03/2006"}, {"date": "Date : date invalide."}),
        ({"duration_hours": Decimal("24.01")}, {"duration_hours": "Durée (heures) : 24 au plus."}),
        (
            {"duration_hours": Decimal("-1")},
            {"duration_hours": "Durée (heures) : ne peut pas être négatif."},
        ),
        ({"duration_hours": 3.5}, {"duration_hours": "Durée (heures) : nombre illisible."}),
        ({"title": "x" * 201}, {"title": "Intitulé : 201 caractères, 200 au plus."}),
        ({"place": "x" * 201}, {"place": "Lieu : 201 caractères, 200 au plus."}),
        ({"programme_id": "nope"}, {"programme_id": "Programme : référence introuvable"}),
        ({"volet_id": "nope"}, {"volet_id": "Volet : référence introuvable"}),
        ({"subgroup_id": "nope"}, {"subgroup_id": "Sous-groupe : référence introuvable"}),
        ({"association_id": "nope"}, {"association_id": "Association : référence introuvable"}),
    ],
    ids=lambda value: "-".join(map(str, value.values())) if isinstance(value, dict) else None,
)
def test_bad_sessions_are_refused(
    database: Database, world: World, fields: dict[str, Any], errors: dict[str, str]
) -> None:
    values = {
        "programme_id": world.programme,
        "kind": SessionKind.DEMI_JOURNEE,
        "date": date(2006, 3, 1),
        **fields,
    }
    error = refused(database, lambda s: attendance.create_session(s, SessionDraft(**values)))
    assert set(error.errors) == set(errors)
    for field, message in errors.items():
        assert error.errors[field].startswith(message)


def test_a_day_lasts_24_hours_at_most(database: Database, world: World) -> None:
    assert new_session(database, world, duration_hours=Decimal(24)).duration_hours == 24


@pytest.mark.parametrize("what", ["programme", "volet", "subgroup", "association"])
def test_sessions_refer_to_live_records_only(database: Database, world: World, what: str) -> None:
    archive, target = {
        "programme": (programmes.archive_programme, world.programme),
        "volet": (programmes.archive_volet, world.marketing),
        "subgroup": (programmes.archive_subgroup, world.groupe_1),
        "association": (associations.archive_association, world.amis),
    }[what]
    run(database, lambda s: archive(s, target))
    draft = SessionDraft(
        programme_id=world.programme,
        kind=SessionKind.ENTRETIEN,
        date=date(2006, 3, 1),
        volet_id=world.marketing,
        subgroup_id=world.groupe_1,
        association_id=world.amis,
    )
    error = refused(database, lambda s: attendance.create_session(s, draft))
    assert set(error.errors) == {f"{what}_id"}


def test_sessions_are_listed_by_date_optionally_per_volet(database: Database, world: World) -> None:
    third = new_session(database, world, date=date(2006, 3, 15), volet_id=world.mecenat)
    first = new_session(database, world, date=date(2006, 3, 1), volet_id=world.marketing)
    second = new_session(database, world, date=date(2006, 3, 8), kind=SessionKind.COMITE)
    gone = new_session(database, world, date=date(2006, 3, 2), volet_id=world.marketing)
    run(database, lambda s: attendance.archive_session(s, gone.id))
    new_session(database, world, programme_id=world.other_programme, date=date(2006, 3, 3))
    with database.reading() as session:
        listed = attendance.list_sessions(session, world.programme)
        assert [s.id for s in listed] == [first.id, second.id, third.id]
        marketing = attendance.list_sessions(session, world.programme, world.marketing)
        assert [s.id for s in marketing] == [first.id]


def test_session_update_stale_and_archive(database: Database, world: World) -> None:
    created = new_session(database, world, volet_id=world.marketing)
    draft = SessionDraft(
        programme_id=world.programme,
        kind=SessionKind.JOURNEE,
        date=date(2006, 3, 2),
        volet_id=world.marketing,
        place="Roubaix",
    )
    updated = run(database, lambda s: attendance.update_session(s, created.id, draft, 1))
    assert (updated.version, updated.kind, updated.date) == (
        2,
        SessionKind.JOURNEE,
        date(2006, 3, 2),
    )
    refused(
        database, lambda s: attendance.update_session(s, created.id, draft, 1), StaleRecordError
    )
    bad = replace(draft, volet_id=world.other_volet)
    refused(database, lambda s: attendance.update_session(s, created.id, bad, 2))
    run(database, lambda s: attendance.archive_session(s, created.id, 2))
    refused(database, lambda s: attendance.get_session(s, created.id), NotFoundError)
    with database.reading() as session:
        assert session.get(ProgrammeSession, created.id).deleted_at is not None


# --- who is expected -------------------------------------------------------------------


def expected(database: Database, session_id: str) -> list[str]:
    return run(database, lambda s: attendance.expected_association_ids(s, session_id))


def test_an_interview_expects_its_association(database: Database, world: World) -> None:
    interview = new_session(
        database,
        world,
        kind=SessionKind.ENTRETIEN,
        volet_id=world.marketing,
        association_id=world.bal,
    )
    assert expected(database, interview.id) == [world.bal]


def test_a_subgroup_session_expects_the_subgroup_by_name(database: Database, world: World) -> None:
    seance = new_session(database, world, volet_id=world.marketing, subgroup_id=world.groupe_1)
    assert expected(database, seance.id) == [world.amis, world.bal]


def test_a_volet_session_expects_the_volets_members_by_name(
    database: Database, world: World
) -> None:
    seance = new_session(database, world, volet_id=world.marketing)
    assert expected(database, seance.id) == [world.amis, world.bal, world.cirque]
    # WHEN one leaves the volet THEN it is no longer expected
    run(database, lambda s: enrolment.leave_volet(s, world.marketing, world.bal))
    assert expected(database, seance.id) == [world.amis, world.cirque]


def test_a_steering_committee_expects_no_association(database: Database, world: World) -> None:
    committee = new_session(database, world, kind=SessionKind.COMITE, title="Comité de pilotage")
    assert expected(database, committee.id) == []


def test_nobody_is_expected_at_an_archived_session(database: Database, world: World) -> None:
    seance = new_session(database, world, volet_id=world.marketing)
    run(database, lambda s: attendance.archive_session(s, seance.id))
    refused(database, lambda s: attendance.expected_association_ids(s, seance.id), NotFoundError)


# --- recording attendance --------------------------------------------------------------


def attendance_rows(database: Database) -> int:
    with database.reading() as session:
        return session.scalar(select(func.count()).select_from(Attendance))


def test_marks_are_recorded_for_several_associations_at_once(
    database: Database, world: World
) -> None:
    seance = new_session(database, world, volet_id=world.marketing)
    records = record(
        database,
        seance.id,
        {world.amis: PRESENT, world.bal: "absent", world.cirque: EXCUSE},
        {world.amis: "  Marie Dupont & <Paul> 🙂 ", world.danse: "ignored: no mark"},
    )
    by_association = {r.association_id: r for r in records}
    assert set(by_association) == {world.amis, world.bal, world.cirque}
    assert by_association[world.amis].status is PRESENT
    assert by_association[world.bal].status is ABSENT
    assert by_association[world.cirque].status is EXCUSE
    assert by_association[world.amis].attendees == "Marie Dupont & <Paul> 🙂"
    assert by_association[world.bal].attendees == ""
    assert all(r.session_id == seance.id and r.version == 1 for r in records)
    with database.reading() as session:
        office = offices.current_office(session).id
        assert all(r.changed_by_office_id == office for r in records)
        listed = attendance.list_attendance(session, seance.id)
        assert {r.id: r for r in listed} == {r.id: r for r in records}


def test_recording_again_overwrites_without_duplicates(database: Database, world: World) -> None:
    # GIVEN marks recorded for a session
    seance = new_session(database, world, volet_id=world.marketing)
    first = record(database, seance.id, {world.amis: PRESENT, world.bal: ABSENT}, {world.bal: "x"})
    # WHEN one mark is corrected
    second = record(database, seance.id, {world.bal: EXCUSE})
    # THEN that row changes in place and the other stays as it was
    before = {r.association_id: r for r in first}
    after = {r.association_id: r for r in second}
    assert after[world.amis] == before[world.amis]
    assert after[world.bal].id == before[world.bal].id
    assert (after[world.bal].status, after[world.bal].version) == (EXCUSE, 2)
    assert after[world.bal].attendees == "x"  # not given again: kept
    assert attendance_rows(database) == 2


def test_one_association_not_enrolled_refuses_the_whole_batch(
    database: Database, world: World
) -> None:
    # GIVEN a session with a mark already recorded
    seance = new_session(database, world, volet_id=world.marketing)
    record(database, seance.id, {world.amis: ABSENT})
    # WHEN a batch names an association enrolled in no programme
    marks = {world.amis: PRESENT, world.bal: PRESENT, world.outsider: PRESENT}
    error = refused(database, lambda s: attendance.record_attendance(s, seance.id, marks))
    # THEN nothing is written, not even the valid marks
    assert error.errors == {
        "association_id": "Association : elle n'est pas inscrite à ce programme."
    }
    listed = run(database, lambda s: attendance.list_attendance(s, seance.id))
    assert [(r.association_id, r.status) for r in listed] == [(world.amis, ABSENT)]


def test_an_association_of_another_programme_or_withdrawn_is_refused(
    database: Database, world: World
) -> None:
    seance = new_session(database, world, volet_id=world.marketing)
    run(
        database, lambda s: enrolment.enrol_associations(s, world.other_programme, [world.outsider])
    )
    marks = {world.outsider: PRESENT}
    refused(database, lambda s: attendance.record_attendance(s, seance.id, marks))
    [participant] = [
        p
        for p in run(database, lambda s: enrolment.list_participants(s, world.programme))
        if p.association_id == world.bal
    ]
    run(database, lambda s: enrolment.withdraw_enrolment(s, participant.enrolment_id))
    refused(database, lambda s: attendance.record_attendance(s, seance.id, {world.bal: PRESENT}))


@pytest.mark.parametrize("mark", ["retard", "Présent", "PRESENT", ""])
def test_one_unknown_status_refuses_the_whole_batch(
    database: Database, world: World, mark: Any
) -> None:
    seance = new_session(database, world, volet_id=world.marketing)
    marks = {world.amis: PRESENT, world.bal: mark}
    error = refused(database, lambda s: attendance.record_attendance(s, seance.id, marks))
    assert error.errors == {"status": f"Statut : valeur inconnue « {mark} »."}
    assert attendance_rows(database) == 0


def test_every_problem_of_a_batch_is_reported(database: Database, world: World) -> None:
    seance = new_session(database, world, volet_id=world.marketing)
    marks = {world.amis: "retard", world.outsider: PRESENT}
    error = refused(
        database,
        lambda s: attendance.record_attendance(s, seance.id, marks, {world.amis: "x" * 201}),
    )
    assert set(error.errors) == {"status", "association_id", "attendees"}
    assert error.errors["attendees"] == "Présents : 201 caractères, 200 au plus."


def test_attendees_are_bounded_by_their_column(database: Database, world: World) -> None:
    seance = new_session(database, world, volet_id=world.marketing)
    limit = Attendance.__table__.c.attendees.type.length
    [row] = record(database, seance.id, {world.amis: PRESENT}, {world.amis: "é" * limit})
    assert row.attendees == "é" * limit
    error = refused(
        database,
        lambda s: attendance.record_attendance(
            s, seance.id, {world.amis: PRESENT}, {world.amis: "é" * (limit + 1)}
        ),
    )
    assert set(error.errors) == {"attendees"}


def test_attendees_are_measured_once_trimmed(database: Database, world: World) -> None:
    seance = new_session(database, world, volet_id=world.marketing)
    limit = Attendance.__table__.c.attendees.type.length
    [row] = record(database, seance.id, {world.amis: PRESENT}, {world.amis: f" {'é' * limit} "})
    assert row.attendees == "é" * limit


def test_no_marks_for_an_archived_or_missing_session(database: Database, world: World) -> None:
    seance = new_session(database, world, volet_id=world.marketing)
    run(database, lambda s: attendance.archive_session(s, seance.id))
    for session_id in (seance.id, "no-such-session"):
        refused(
            database,
            lambda s, i=session_id: attendance.record_attendance(s, i, {world.amis: PRESENT}),
            NotFoundError,
        )


def test_attendance_lists_only_its_session(database: Database, world: World) -> None:
    one = new_session(database, world, volet_id=world.marketing)
    two = new_session(database, world, volet_id=world.mecenat)
    record(database, one.id, {world.amis: PRESENT})
    record(database, two.id, {world.danse: ABSENT})
    listed = run(database, lambda s: attendance.list_attendance(s, two.id))
    assert [(r.session_id, r.association_id) for r in listed] == [(two.id, world.danse)]


# --- the grid --------------------------------------------------------------------------


def test_the_attendance_grid_and_its_rates(database: Database, world: World) -> None:
    # GIVEN three sessions (created out of date order) and some marks
    s3 = new_session(database, world, date=date(2006, 3, 15), volet_id=world.mecenat)
    s1 = new_session(
        database, world, date=date(2006, 3, 1), volet_id=world.marketing, subgroup_id=world.groupe_1
    )
    s2 = new_session(database, world, date=date(2006, 3, 8), volet_id=world.marketing)
    record(database, s1.id, {world.amis: PRESENT, world.bal: EXCUSE})
    record(database, s2.id, {world.amis: PRESENT, world.bal: PRESENT, world.cirque: ABSENT})
    # WHEN the grid is drawn
    grid = run(database, lambda s: attendance.attendance_grid(s, world.programme))
    # THEN sessions come by date, associations by name
    assert [s.id for s in grid.sessions] == [s1.id, s2.id, s3.id]
    assert grid.associations == (
        (world.amis, "Amis du Patrimoine"),
        (world.bal, "Bal Folk"),
        (world.cirque, "Cirque <Zéro> & 🎪"),
        (world.danse, "Danse en Ville"),
    )
    assert dict(grid.marks) == {
        (world.amis, s1.id): PRESENT,
        (world.bal, s1.id): EXCUSE,
        (world.amis, s2.id): PRESENT,
        (world.bal, s2.id): PRESENT,
        (world.cirque, s2.id): ABSENT,
    }
    # AND excused counts as not present; nothing recorded gives no rate
    assert dict(grid.row_rates) == {
        world.amis: Decimal(1),
        world.bal: Decimal(1) / Decimal(2),
        world.cirque: Decimal(0),
        world.danse: None,
    }
    assert dict(grid.column_rates) == {
        s1.id: Decimal(1) / Decimal(2),
        s2.id: Decimal(2) / Decimal(3),
        s3.id: None,
    }


def test_the_grid_of_one_volet_shows_its_sessions_only(database: Database, world: World) -> None:
    s1 = new_session(database, world, date=date(2006, 3, 1), volet_id=world.marketing)
    s2 = new_session(database, world, date=date(2006, 3, 8), volet_id=world.mecenat)
    record(database, s1.id, {world.amis: PRESENT})
    record(database, s2.id, {world.danse: ABSENT})
    grid = run(database, lambda s: attendance.attendance_grid(s, world.programme, world.mecenat))
    assert [s.id for s in grid.sessions] == [s2.id]
    assert dict(grid.marks) == {(world.danse, s2.id): ABSENT}
    assert dict(grid.column_rates) == {s2.id: Decimal(0)}
    assert grid.row_rates[world.danse] == Decimal(0)
    assert grid.row_rates[world.amis] is None  # its mark is in another volet


def test_the_grid_shows_the_participants(database: Database, world: World) -> None:
    # GIVEN an enrolled association archived from the directory
    run(database, lambda s: associations.archive_association(s, world.bal))
    # THEN the grid and the participants list agree on who takes part
    with database.reading() as session:
        participants = [
            p.association_id for p in enrolment.list_participants(session, world.programme)
        ]
        grid = attendance.attendance_grid(session, world.programme)
    assert [a for a, _name in grid.associations] == participants


def test_an_empty_programme_has_an_empty_grid(database: Database, world: World) -> None:
    grid = run(database, lambda s: attendance.attendance_grid(s, world.other_programme))
    assert (grid.sessions, grid.associations, dict(grid.marks)) == ((), (), {})
    assert (dict(grid.row_rates), dict(grid.column_rates)) == ({}, {})


def test_presence_rates_in_one_pass() -> None:
    marks = {
        ("a", "s1"): PRESENT,
        ("a", "s2"): EXCUSE,
        ("b", "s1"): ABSENT,
        ("b", "s2"): PRESENT,
    }
    assert attendance.presence_rates(marks, ["a", "b", "c"], 0) == {
        "a": Decimal("0.5"),
        "b": Decimal("0.5"),
        "c": None,
    }
    assert attendance.presence_rates(marks, ["s1", "s2"], 1) == {
        "s1": Decimal("0.5"),
        "s2": Decimal("0.5"),
    }


def test_excused_is_never_present() -> None:
    marks = {("a", "s1"): EXCUSE, ("a", "s2"): EXCUSE}
    assert attendance.presence_rates(marks, ["a"], 0) == {"a": Decimal(0)}


# --- the grid screen's read and write ----------------------------------------------------


def sheet(database: Database, world: World, volet_id: str | None = None) -> Any:
    return run(database, lambda s: attendance.attendance_sheet(s, world.programme, volet_id))


def test_the_sheet_reads_what_the_grid_reads(database: Database, world: World) -> None:
    # GIVEN sessions of both volets with marks
    s1 = new_session(database, world, date=date(2006, 3, 8), volet_id=world.marketing)
    s2 = new_session(database, world, date=date(2006, 3, 1), volet_id=world.mecenat)
    record(database, s1.id, {world.amis: PRESENT, world.cirque: EXCUSE})
    record(database, s2.id, {world.danse: ABSENT})
    # WHEN the sheet and the grid are read
    got = sheet(database, world)
    grid = run(database, lambda s: attendance.attendance_grid(s, world.programme))
    # THEN they agree on sessions, associations and marks
    assert [s.id for s in got.sessions] == [s.id for s in grid.sessions] == [s2.id, s1.id]
    assert got.associations == grid.associations
    assert dict(got.marks) == dict(grid.marks)
    assert got.volet_names == {world.marketing: "Marketing", world.mecenat: "Mécénat"}


def test_the_sheet_says_who_each_session_expects(database: Database, world: World) -> None:
    volet = new_session(database, world, volet_id=world.marketing)
    group = new_session(database, world, volet_id=world.marketing, subgroup_id=world.groupe_2)
    interview = new_session(
        database,
        world,
        kind=SessionKind.ENTRETIEN,
        volet_id=world.mecenat,
        association_id=world.danse,
    )
    committee = new_session(database, world, kind=SessionKind.COMITE)
    got = sheet(database, world)
    for seance in (volet, group, interview, committee):  # the same rule as one session's
        assert got.expected[seance.id] == frozenset(expected(database, seance.id))
    assert got.expected[volet.id] == {world.amis, world.bal, world.cirque}
    assert got.expected[committee.id] == frozenset()


def test_the_sheet_of_one_volet(database: Database, world: World) -> None:
    s1 = new_session(database, world, volet_id=world.marketing)
    s2 = new_session(database, world, volet_id=world.mecenat)
    record(database, s1.id, {world.amis: PRESENT})
    record(database, s2.id, {world.cirque: ABSENT})
    got = sheet(database, world, world.mecenat)
    assert [s.id for s in got.sessions] == [s2.id]
    assert dict(got.marks) == {(world.cirque, s2.id): ABSENT}


def test_write_marks_records_and_clears_across_sessions(database: Database, world: World) -> None:
    # GIVEN two sessions, one mark already there
    s1 = new_session(database, world, volet_id=world.marketing)
    s2 = new_session(database, world, volet_id=world.mecenat)
    record(database, s1.id, {world.bal: ABSENT})
    # WHEN several cells change in one call
    changes = {
        (world.amis, s1.id): PRESENT,
        (world.bal, s1.id): None,
        (world.danse, s2.id): EXCUSE,
    }
    run(database, lambda s: attendance.write_marks(s, world.programme, changes))
    # THEN the store holds exactly those marks
    assert dict(sheet(database, world).marks) == {
        (world.amis, s1.id): PRESENT,
        (world.danse, s2.id): EXCUSE,
    }


def test_write_marks_refuses_everything_for_one_bad_cell(database: Database, world: World) -> None:
    s1 = new_session(database, world, volet_id=world.marketing)
    other = run(
        database,
        lambda s: attendance.create_session(
            s,
            SessionDraft(
                programme_id=world.other_programme, kind=SessionKind.JOURNEE, date=date(2018, 1, 1)
            ),
        ),
    )
    for bad in ({(world.outsider, s1.id): PRESENT}, {(world.amis, other.id): PRESENT}):
        changes = {(world.amis, s1.id): PRESENT, **bad}
        refused(database, lambda s, c=changes: attendance.write_marks(s, world.programme, c))


def test_presence_rate_is_the_one_definition() -> None:
    assert attendance.presence_rate(0, 0) is None
    assert attendance.presence_rate(1, 4) == Decimal(1) / Decimal(4)
    marks = {("a", "s"): PRESENT, ("a", "t"): EXCUSE}
    assert attendance.presence_rates(marks, ["a"], 0) == {"a": attendance.presence_rate(1, 2)}


def test_write_marks_revives_a_cleared_mark_and_refuses_unknown_statuses(
    database: Database, world: World
) -> None:
    s1 = new_session(database, world, volet_id=world.marketing)
    key = (world.amis, s1.id)
    for status in (PRESENT, None, ABSENT):  # recorded, cleared, recorded again
        run(database, lambda s, st=status: attendance.write_marks(s, world.programme, {key: st}))
    assert dict(sheet(database, world).marks) == {key: ABSENT}
    assert attendance_rows(database) == 1  # the same row, never a duplicate
    error = refused(
        database, lambda s: attendance.write_marks(s, world.programme, {key: "peut-être"})
    )
    assert "peut-être" in error.errors["status"]
