"""What a review found: moved parents, wrong input types, missing updates, stale links, sorting."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, time
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import event, select
from sqlalchemy.orm import Session

from dla_desktop.db.database import Database
from dla_desktop.db.models import Attendance, Questionnaire
from dla_desktop.domain.enums import (
    AttendanceStatus,
    FollowUpKind,
    FunderKind,
    MeetingFormat,
    SessionKind,
    VoletKind,
)
from dla_desktop.domain.errors import NotFoundError, StaleRecordError
from dla_desktop.domain.records import (
    AssociationDraft,
    CabinetDraft,
    CompanyDraft,
    ContactDraft,
    EnrolmentDraft,
    EnrolmentRecord,
    FollowUpActionDraft,
    FunderDraft,
    MeetingDraft,
    MeetingParticipantDraft,
    OfficeDraft,
    ProgrammeDraft,
    QuestionnaireDraft,
    SessionDraft,
    SubgroupDraft,
    VoletDraft,
    VoletEnrolmentDraft,
)
from dla_desktop.services import (
    associations,
    attendance,
    cabinets,
    companies,
    contacts,
    enrolment,
    followup,
    funders,
    meetings,
    offices,
    programmes,
)
from dla_desktop.services.validation import Checker
from tests.services.support import refused, run, snapshot

PRESENT = AttendanceStatus.PRESENT


def fixed(label: str) -> str:
    return f"{label} : ne peut pas changer après la création ; créez une nouvelle fiche."


@dataclass(frozen=True)
class World:
    lille: str  # programme
    cher: str  # another programme
    marketing: str  # volet of Lille
    mecenat: str  # volet of Lille
    cher_volet: str
    groupe: str  # sub-group of marketing
    amis: str  # enrolled in Lille (and in Cher), member of marketing
    bal: str  # enrolled in Lille
    seance: str  # a session of Lille's marketing volet


def build(s: Session) -> World:
    def programme(title: str) -> str:
        return programmes.create_programme(s, ProgrammeDraft(title=title)).id

    def volet(programme_id: str, kind: VoletKind) -> str:
        return programmes.create_volet(s, VoletDraft(programme_id=programme_id, kind=kind)).id

    lille, cher = programme("Lille 2006"), programme("Cher 2018")
    marketing, mecenat = volet(lille, VoletKind.MARKETING), volet(lille, VoletKind.MECENAT)
    cher_volet = volet(cher, VoletKind.MECENAT)
    groupe = programmes.create_subgroup(s, SubgroupDraft(volet_id=marketing, name="G1")).id
    amis = associations.create_association(s, AssociationDraft(name="Amis du Patrimoine")).id
    bal = associations.create_association(s, AssociationDraft(name="Bal Folk")).id
    enrolment.enrol_associations(s, lille, [amis, bal])
    enrolment.enrol_associations(s, cher, [amis])
    enrolment.join_volet(
        s, VoletEnrolmentDraft(volet_id=marketing, association_id=amis, subgroup_id=groupe)
    )
    seance = attendance.create_session(
        s,
        SessionDraft(
            programme_id=lille,
            volet_id=marketing,
            kind=SessionKind.DEMI_JOURNEE,
            date=date(2006, 3, 1),
        ),
    ).id
    return World(lille, cher, marketing, mecenat, cher_volet, groupe, amis, bal, seance)


@pytest.fixture
def world(database: Database) -> World:
    return run(database, build)


def enrolment_of(session: Session, programme_id: str, association_id: str) -> Any:
    [row] = [
        p
        for p in enrolment.list_participants(session, programme_id)
        if p.association_id == association_id
    ]
    return enrolment.get_enrolment(session, row.enrolment_id)


# --- 1. what a record belongs to is fixed once created ---------------------------------


def test_an_enrolment_cannot_move_to_an_association_already_enrolled(
    database: Database, world: World
) -> None:
    # GIVEN Amis and Bal both enrolled in Lille
    amis = run(database, lambda s: enrolment_of(s, world.lille, world.amis))
    # WHEN Amis's enrolment is edited to name Bal THEN a French refusal, not a UNIQUE crash
    draft = replace(_enrolment_draft(amis), association_id=world.bal)
    error = refused(database, lambda s: enrolment.update_enrolment(s, amis.id, draft, amis.version))
    assert error.errors == {"association_id": fixed("Association")}


def _enrolment_draft(record: EnrolmentRecord) -> EnrolmentDraft:
    return EnrolmentDraft(
        programme_id=record.programme_id,
        association_id=record.association_id,
        status=record.status,
        status_date=record.status_date,
        followup_days_planned=record.followup_days_planned,
    )


def test_an_enrolment_cannot_move_to_another_programme(database: Database, world: World) -> None:
    bal = run(database, lambda s: enrolment_of(s, world.lille, world.bal))
    draft = replace(_enrolment_draft(bal), programme_id=world.cher)
    error = refused(database, lambda s: enrolment.update_enrolment(s, bal.id, draft, bal.version))
    assert error.errors == {"programme_id": fixed("Programme")}


def test_an_enrolment_still_takes_its_own_changes(database: Database, world: World) -> None:
    bal = run(database, lambda s: enrolment_of(s, world.lille, world.bal))
    draft = replace(_enrolment_draft(bal), followup_days_planned=Decimal(3))
    saved = run(database, lambda s: enrolment.update_enrolment(s, bal.id, draft, bal.version))
    assert (saved.followup_days_planned, saved.version) == (Decimal(3), bal.version + 1)


def test_a_volet_cannot_move_to_another_programme(database: Database, world: World) -> None:
    # GIVEN Lille's marketing volet, with Amis as a member
    volet = run(database, lambda s: programmes.get_volet(s, world.marketing))
    draft = VoletDraft(programme_id=world.cher, kind=volet.kind)
    # WHEN it is edited to name Cher THEN refused, and its members stay where they were
    error = refused(database, lambda s: programmes.update_volet(s, volet.id, draft, 1))
    assert error.errors == {"programme_id": fixed("Programme")}
    members = run(database, lambda s: enrolment.list_volet_members(s, world.marketing))
    assert [m.association_id for m in members] == [world.amis]


def test_a_subgroup_cannot_move_to_another_volet(database: Database, world: World) -> None:
    draft = SubgroupDraft(volet_id=world.mecenat, name="G1")
    error = refused(database, lambda s: programmes.update_subgroup(s, world.groupe, draft, 1))
    assert error.errors == {"volet_id": fixed("Volet")}


def test_a_volet_membership_cannot_move(database: Database, world: World) -> None:
    [member] = run(database, lambda s: enrolment.list_volet_members(s, world.marketing))
    for field, value, label in [
        ("volet_id", world.mecenat, "Volet"),
        ("association_id", world.bal, "Association"),
    ]:
        draft = VoletEnrolmentDraft(volet_id=world.marketing, association_id=world.amis)
        draft = replace(draft, **{field: value})
        error = refused(
            database, lambda s, d=draft: enrolment.MEMBERSHIPS.update(s, member.id, d, 1)
        )
        assert error.errors == {field: fixed(label)}


def test_a_session_cannot_move_to_another_programme(database: Database, world: World) -> None:
    draft = SessionDraft(programme_id=world.cher, kind=SessionKind.COMITE, date=date(2006, 3, 1))
    error = refused(database, lambda s: attendance.update_session(s, world.seance, draft, 1))
    assert error.errors == {"programme_id": fixed("Programme")}


def test_a_session_keeps_taking_its_own_changes(database: Database, world: World) -> None:
    draft = SessionDraft(
        programme_id=world.lille, kind=SessionKind.COMITE, date=date(2006, 3, 2), title="Bilan"
    )
    saved = run(database, lambda s: attendance.update_session(s, world.seance, draft, 1))
    assert (saved.title, saved.volet_id, saved.version) == ("Bilan", None, 2)


def test_a_followup_action_cannot_move(database: Database, world: World) -> None:
    draft = FollowUpActionDraft(
        programme_id=world.lille,
        association_id=world.amis,
        date=date(2007, 1, 10),
        kind=FollowUpKind.ENTRETIEN,
    )
    action = run(database, lambda s: followup.create_followup_action(s, draft))
    for field, value, label in [
        ("programme_id", world.cher, "Programme"),
        ("association_id", world.bal, "Association"),
    ]:
        moved = replace(draft, **{field: value})
        error = refused(
            database, lambda s, d=moved: followup.update_followup_action(s, action.id, d, 1)
        )
        assert error.errors == {field: fixed(label)}


def test_a_questionnaire_cannot_move(database: Database, world: World) -> None:
    draft = QuestionnaireDraft(programme_id=world.lille, association_id=world.amis, months_after=6)
    wave = run(database, lambda s: followup.create_questionnaire(s, draft))
    for field, value, label in [
        ("programme_id", world.cher, "Programme"),
        ("association_id", world.bal, "Association"),
    ]:
        moved = replace(draft, **{field: value})
        error = refused(database, lambda s, d=moved: followup.record_answer(s, wave.id, d, 1))
        assert error.errors == {field: fixed(label)}


def test_a_questionnaire_wave_moved_onto_another_one_is_refused_in_french(
    database: Database, world: World
) -> None:
    first = QuestionnaireDraft(programme_id=world.lille, association_id=world.amis, months_after=6)
    run(database, lambda s: followup.create_questionnaire(s, first))
    second = run(
        database, lambda s: followup.create_questionnaire(s, replace(first, months_after=12))
    )
    error = refused(database, lambda s: followup.record_answer(s, second.id, first, 1))
    assert set(error.errors) == {"months_after"}


# --- meetings: participants ------------------------------------------------------------


@dataclass(frozen=True)
class Guests:
    meeting: str
    other_meeting: str
    amis: str
    bal: str
    banque: str


@pytest.fixture
def guests(database: Database) -> Guests:
    def build(s: Session) -> Guests:
        def meeting(title: str) -> str:
            draft = MeetingDraft(title=title, format=MeetingFormat.SPEED_DATING, date=date.today())
            return meetings.create_meeting(s, draft).id

        def association(name: str) -> str:
            return associations.create_association(s, AssociationDraft(name=name)).id

        banque = companies.create_company(s, CompanyDraft(name="Banque")).id
        return Guests(
            meeting("Speed dating"), meeting("Petit déjeuner"), association("Amis"),
            association("Bal"), banque,
        )  # fmt: skip

    return run(database, build)


def register(database: Database, **fields: Any) -> Any:
    draft = MeetingParticipantDraft(**fields)
    return run(database, lambda s: meetings.register_participant(s, draft))


def test_a_participant_is_corrected(database: Database, guests: Guests) -> None:
    # GIVEN Amis registered to the speed dating
    draft = MeetingParticipantDraft(meeting_id=guests.meeting, association_id=guests.amis)
    registered = register(database, meeting_id=guests.meeting, association_id=guests.amis)
    # WHEN its representatives, leaders and presentation are corrected
    corrected = replace(
        draft,
        representatives=" Marie, Paul ",
        leaders_count=2,
        presentation="Patrimoine",
        company_id="",  # an empty field of the form: no company, as before, not a move
    )
    saved = run(database, lambda s: meetings.update_participant(s, registered.id, corrected, 1))
    # THEN the registration itself changes, not a new one (it does not clash with itself)
    assert (saved.id, saved.version) == (registered.id, 2)
    assert (saved.representatives, saved.leaders_count, saved.presentation) == (
        "Marie, Paul",
        2,
        "Patrimoine",
    )
    assert run(database, lambda s: meetings.get_participant(s, registered.id)) == saved
    # AND a form opened before that change cannot save over it
    refused(
        database,
        lambda s: meetings.update_participant(s, registered.id, draft, 1),
        StaleRecordError,
    )


def test_a_participant_cannot_move_to_another_meeting_or_party(
    database: Database, guests: Guests
) -> None:
    registered = register(database, meeting_id=guests.meeting, association_id=guests.amis)
    draft = MeetingParticipantDraft(meeting_id=guests.meeting, association_id=guests.amis)
    for changes, field, label in [
        ({"meeting_id": guests.other_meeting}, "meeting_id", "Rencontre"),
        ({"association_id": guests.bal}, "association_id", "Association"),
        ({"association_id": None, "company_id": guests.banque}, "association_id", "Association"),
    ]:
        moved = replace(draft, **changes)
        error = refused(
            database, lambda s, d=moved: meetings.update_participant(s, registered.id, d, 1)
        )
        assert error.errors == {field: fixed(label)}


def test_a_participant_with_bad_values_is_refused(database: Database, guests: Guests) -> None:
    registered = register(database, meeting_id=guests.meeting, company_id=guests.banque)
    draft = MeetingParticipantDraft(meeting_id=guests.meeting, company_id=guests.banque)
    bad = replace(draft, leaders_count=-1, representatives=None)
    error = refused(database, lambda s: meetings.update_participant(s, registered.id, bad, 1))
    assert set(error.errors) == {"leaders_count", "representatives"}


# --- 2. wrong types are refused in French, never crash ---------------------------------


def test_an_office_without_departement_text_is_refused(database: Database) -> None:
    draft = OfficeDraft(name="DLA du Nord", departement=None)  # type: ignore[arg-type]
    error = refused(database, lambda s: offices.create_office(s, draft))
    assert error.errors == {"departement": "Département : texte attendu."}


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"label": None}, "label"),
        ({"kind": VoletKind.AUTRE, "label": None}, "label"),
        ({"improvement_tracks": ("ok", 3)}, "improvement_tracks"),
        ({"improvement_tracks": None}, "improvement_tracks"),
        ({"improvement_tracks": "une piste"}, "improvement_tracks"),
        ({"programme_id": ["not", "an", "id"]}, "programme_id"),
        ({"kind": ["marketing"]}, "kind"),
    ],
    ids=lambda value: (
        "-".join(f"{k}={v!r}" for k, v in value.items()) if isinstance(value, dict) else None
    ),
)
def test_a_volet_of_wrong_types_is_refused(
    database: Database, world: World, fields: dict[str, Any], field: str
) -> None:
    draft = VoletDraft(**{"programme_id": world.lille, "kind": VoletKind.MARKETING, **fields})
    error = refused(database, lambda s: programmes.create_volet(s, draft))
    assert set(error.errors) == {field}


@pytest.mark.parametrize("office_ids", [None, "not-a-tuple", (3,)])
def test_programme_offices_of_wrong_types_are_refused(database: Database, office_ids: Any) -> None:
    draft = ProgrammeDraft(title="Lille", office_ids=office_ids)
    error = refused(database, lambda s: programmes.create_programme(s, draft))
    assert set(error.errors) == {"office_ids"}


@pytest.mark.parametrize("names", [42, None, ["Marie"]])
def test_attendees_that_are_not_text_are_refused(
    database: Database, world: World, names: Any
) -> None:
    error = refused(
        database,
        lambda s: attendance.record_attendance(
            s, world.seance, {world.amis: PRESENT}, {world.amis: names}
        ),
    )
    assert error.errors == {"attendees": "Présents : texte attendu."}


def test_a_missing_mark_is_asked_for(database: Database, world: World) -> None:
    marks = {world.amis: PRESENT, world.bal: None}
    error = refused(database, lambda s: attendance.record_attendance(s, world.seance, marks))
    assert error.errors == {"status": "Statut : à choisir."}


# --- 3. the updates and removals that were missing -------------------------------------


def test_a_subgroup_is_renamed(database: Database, world: World) -> None:
    # GIVEN G1 and G2 in the marketing volet, and a G3 in the mécénat volet
    def add(volet_id: str, name: str) -> Any:
        draft = SubgroupDraft(volet_id=volet_id, name=name)
        return run(database, lambda s: programmes.create_subgroup(s, draft))

    g2 = add(world.marketing, "G2")
    add(world.mecenat, "G3")
    # WHEN G1 is renamed to a name of its own volet THEN refused
    error = refused(
        database,
        lambda s: programmes.update_subgroup(
            s, world.groupe, SubgroupDraft(volet_id=world.marketing, name="G2"), 1
        ),
    )
    assert error.errors == {"name": "Nom : le sous-groupe « G2 » existe déjà."}
    # WHEN it keeps its name (a form saved unchanged) THEN it does not clash with itself
    same = SubgroupDraft(volet_id=world.marketing, name=" G1 ")
    kept = run(database, lambda s: programmes.update_subgroup(s, world.groupe, same, 1))
    assert (kept.name, kept.version) == ("G1", 1)  # nothing changed, nothing written
    # WHEN it takes a name used in another volet THEN that is fine
    renamed = run(
        database,
        lambda s: programmes.update_subgroup(
            s, world.groupe, SubgroupDraft(volet_id=world.marketing, name="G3"), 1
        ),
    )
    assert (renamed.name, renamed.version) == ("G3", 2)
    listed = run(database, lambda s: programmes.list_subgroups(s, world.marketing))
    assert [(g.id, g.name) for g in listed] == [(g2.id, "G2"), (world.groupe, "G3")]
    assert run(database, lambda s: programmes.get_subgroup(s, world.groupe)) == renamed


def test_one_attendance_mark_is_cleared(database: Database, world: World) -> None:
    # GIVEN Amis present and Bal absent
    marks = {world.amis: PRESENT, world.bal: AttendanceStatus.ABSENT}
    first = run(database, lambda s: attendance.record_attendance(s, world.seance, marks))
    # WHEN Amis's mark is cleared
    run(database, lambda s: attendance.clear_attendance(s, world.seance, world.amis))
    # THEN only Bal's mark remains, in the list and in the grid
    listed = run(database, lambda s: attendance.list_attendance(s, world.seance))
    assert [r.association_id for r in listed] == [world.bal]
    grid = run(database, lambda s: attendance.attendance_grid(s, world.lille))
    assert (world.amis, world.seance) not in grid.marks
    assert grid.row_rates[world.amis] is None
    # AND the cleared row is a tombstone, revived when marked again
    with database.reading() as session:
        rows = session.scalars(select(Attendance).where(Attendance.session_id == world.seance))
        assert sum(row.deleted_at is not None for row in rows) == 1
    again = run(
        database, lambda s: attendance.record_attendance(s, world.seance, {world.amis: PRESENT})
    )
    amis_before = next(r for r in first if r.association_id == world.amis)
    assert any(r.id == amis_before.id for r in again)


def test_clearing_a_mark_never_recorded_changes_nothing(database: Database, world: World) -> None:
    before = snapshot(database)
    run(database, lambda s: attendance.clear_attendance(s, world.seance, world.amis))
    assert snapshot(database) == before


def test_no_mark_is_cleared_on_an_archived_session(database: Database, world: World) -> None:
    run(database, lambda s: attendance.archive_session(s, world.seance))
    refused(
        database,
        lambda s: attendance.clear_attendance(s, world.seance, world.amis),
        NotFoundError,
    )


# --- 4. a stale form cannot undo a change of offices -----------------------------------


def test_a_stale_form_cannot_undo_a_change_of_offices(database: Database) -> None:
    lille = run(database, lambda s: offices.current_office(s)).id
    roubaix = run(database, lambda s: offices.create_office(s, OfficeDraft(name="Roubaix"))).id
    draft = ProgrammeDraft(title="Lille 2006", office_ids=(lille,))
    created = run(database, lambda s: programmes.create_programme(s, draft))
    # GIVEN two windows showing the programme at the same version
    window_a = window_b = run(database, lambda s: programmes.get_programme(s, created.id))
    assert window_a.version == 1
    # WHEN window A adds Roubaix (no other change)
    shared = replace(draft, office_ids=(lille, roubaix))
    saved = run(
        database,
        lambda s: programmes.update_programme(s, created.id, shared, window_a.version),
    )
    # THEN the programme's version moves, by one
    assert saved.version == 2
    # AND window B, saving a new title with the old offices, is refused
    stale = replace(draft, title="Lille 2006-2007")
    refused(
        database,
        lambda s: programmes.update_programme(s, created.id, stale, window_b.version),
        StaleRecordError,
    )
    assert run(database, lambda s: programmes.get_programme(s, created.id)).office_ids == (
        lille,
        roubaix,
    )


def test_a_save_changing_fields_and_offices_moves_the_version_once(database: Database) -> None:
    lille = run(database, lambda s: offices.current_office(s)).id
    created = run(database, lambda s: programmes.create_programme(s, ProgrammeDraft(title="Lille")))
    draft = ProgrammeDraft(title="Lille 2006", office_ids=(lille,))
    saved = run(database, lambda s: programmes.update_programme(s, created.id, draft, 1))
    assert saved.version == 2
    unchanged = run(database, lambda s: programmes.update_programme(s, created.id, draft, 2))
    assert unchanged.version == 2  # nothing changed, nothing written


# --- 5. a questionnaire is validated once ----------------------------------------------


def test_a_questionnaire_is_validated_once_per_save(
    database: Database, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    made: list[type] = []

    class CountingChecker(Checker):
        def __init__(self, draft: Any, model: Any) -> None:
            made.append(model)
            super().__init__(draft, model)

    monkeypatch.setattr(followup, "Checker", CountingChecker)
    draft = QuestionnaireDraft(programme_id=world.lille, association_id=world.amis, months_after=6)
    wave = run(database, lambda s: followup.create_questionnaire(s, draft))
    assert made == [Questionnaire]
    run(database, lambda s: followup.record_answer(s, wave.id, replace(draft, jobs_created=1), 1))
    assert made == [Questionnaire, Questionnaire]


# --- 6. lists sorted the French way, NULLs last on every database ----------------------

NAMES = ["Zèbre", "Éclat", "eclair", "Abeille"]
FRENCH_ORDER = ["Abeille", "eclair", "Éclat", "Zèbre"]


def test_offices_are_listed_the_french_way(database: Database) -> None:
    for name in NAMES:
        run(database, lambda s, n=name: offices.create_office(s, OfficeDraft(name=n)))
    names = [o.name for o in run(database, offices.list_offices) if o.name in NAMES]
    assert names == FRENCH_ORDER


def test_cabinets_are_listed_the_french_way(database: Database) -> None:
    for name in NAMES:
        run(database, lambda s, n=name: cabinets.create_cabinet(s, CabinetDraft(name=n)))
    assert [c.name for c in run(database, cabinets.list_cabinets)] == FRENCH_ORDER


def test_funders_are_listed_the_french_way(database: Database) -> None:
    for name in NAMES:
        draft = FunderDraft(name=name, kind=FunderKind.FONDATION)
        run(database, lambda s, d=draft: funders.create_funder(s, d))
    assert [f.name for f in run(database, funders.list_funders)] == FRENCH_ORDER


def test_contacts_are_listed_the_french_way(database: Database) -> None:
    owner = run(database, lambda s: cabinets.create_cabinet(s, CabinetDraft(name="Conseil"))).id
    people = [("Zola", "Émile"), ("Émery", "Zoé"), ("émery", "Anne"), ("durand", "Léa")]
    for last, first in people:
        draft = ContactDraft(last_name=last, first_name=first, cabinet_id=owner)
        run(database, lambda s, d=draft: contacts.create_contact(s, d))
    listed = run(database, lambda s: contacts.list_contacts_of(s, "cabinet_id", owner))
    assert [(c.last_name, c.first_name) for c in listed] == [
        ("durand", "Léa"),
        ("émery", "Anne"),
        ("Émery", "Zoé"),
        ("Zola", "Émile"),
    ]


def test_programmes_newest_first_undated_last_then_by_title(database: Database) -> None:
    for title, start in [
        ("Sans date", None),
        ("Zèbre", date(2020, 1, 1)),
        ("Éclat", date(2020, 1, 1)),
        ("Ancien", date(2006, 1, 1)),
    ]:
        draft = ProgrammeDraft(title=title, start_date=start)
        run(database, lambda s, d=draft: programmes.create_programme(s, d))
    titles = [p.title for p in run(database, programmes.list_programmes)]
    assert titles == ["Éclat", "Zèbre", "Ancien", "Sans date"]


def test_meetings_put_untimed_ones_last_on_every_database(database: Database) -> None:
    statements: list[str] = []

    def remember(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(statement)

    day = date(2026, 3, 12)
    for title, start in [("Sans heure", None), ("Matin", time(9)), ("Soir", time(18))]:
        draft = MeetingDraft(
            title=title, format=MeetingFormat.SPEED_DATING, date=day, start_time=start
        )
        run(database, lambda s, d=draft: meetings.create_meeting(s, d))
    event.listen(database.engine, "before_cursor_execute", remember)
    try:
        rows = run(database, meetings.list_meetings)
    finally:
        event.remove(database.engine, "before_cursor_execute", remember)
    assert [m.title for m in rows] == ["Soir", "Matin", "Sans heure"]
    # said in the query, not left to SQLite's habit (PostgreSQL puts NULL first when descending)
    [query] = [q for q in statements if "FROM meeting" in q]
    assert "NULLS LAST" in query
