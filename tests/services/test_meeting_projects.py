"""Project sub-groups born from a meeting: members, follower, status, steps."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from dla_desktop.db.database import Database
from dla_desktop.domain.enums import ProjectStatus
from dla_desktop.domain.errors import NotFoundError, StaleRecordError, ValidationError
from dla_desktop.domain.meeting_records import MeetingProjectDraft, ProjectStepDraft
from dla_desktop.services import associations
from dla_desktop.services import meeting_projects as svc
from tests.services.meeting_support import Cast, build_meeting
from tests.services.support import MISSING, refused, run

TRICKY = "<i>Atelier</i> & « vélo » 🚲 Œ"


@pytest.fixture
def cast(database: Database) -> Cast:
    return run(database, lambda s: build_meeting(s, 3, 2))


def project_draft(cast: Cast, **changes: Any) -> MeetingProjectDraft:
    draft = MeetingProjectDraft(
        meeting_id=cast.meeting,
        title="  Atelier vélo solidaire  ",
        followed_by="Nadia B.",
        association_ids=cast.associations[:2],
        company_ids=cast.companies[:1],
    )
    return replace(draft, **changes)


def test_create_get_list_a_project_with_members(database: Database, cast: Cast) -> None:
    created = run(database, lambda s: svc.create_project(s, project_draft(cast, notes=TRICKY)))
    assert (created.title, created.status, created.version) == (
        "Atelier vélo solidaire",
        ProjectStatus.IDEA,
        1,
    )
    assert created.association_ids == cast.associations[:2]
    assert created.company_ids == cast.companies[:1]
    assert created.notes == TRICKY
    assert run(database, lambda s: svc.get_project(s, created.id)) == created
    second = run(database, lambda s: svc.create_project(s, project_draft(cast, title="Deux")))
    assert run(database, lambda s: svc.list_projects(s, cast.meeting)) == [created, second]


def test_members_change_and_move_the_version(database: Database, cast: Cast) -> None:
    created = run(database, lambda s: svc.create_project(s, project_draft(cast)))
    # GIVEN association 1 leaves, association 3 and company 2 join, the project moves on
    changed = project_draft(
        cast,
        association_ids=(cast.associations[1], cast.associations[2]),
        company_ids=cast.companies,
        status=ProjectStatus.WORKING,
    )
    updated = run(database, lambda s: svc.update_project(s, created.id, changed, 1))
    assert updated.version == 2 and updated.status is ProjectStatus.WORKING
    assert updated.association_ids == (cast.associations[1], cast.associations[2])
    assert updated.company_ids == cast.companies
    # a form read before is refused
    refused(
        database,
        lambda s: svc.update_project(s, created.id, project_draft(cast), 1),
        StaleRecordError,
    )
    # association 1 comes back: its link is revived, not doubled
    back = project_draft(cast, association_ids=cast.associations)
    again = run(database, lambda s: svc.update_project(s, created.id, back, 2))
    assert set(again.association_ids) == set(cast.associations) and again.version == 3
    # only members changing still moves the version (a form cannot save over it)
    same_fields = project_draft(cast, association_ids=cast.associations[:1])
    assert run(database, lambda s: svc.update_project(s, created.id, same_fields, 3)).version == 4


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"title": "  "}, "title", "Intitulé : à renseigner."),
        ({"followed_by": "x" * 101}, "followed_by", "Suivi par : 101 caractères"),
        ({"status": "bientôt"}, "status", "Statut : valeur inconnue"),
        ({"association_ids": (MISSING,)}, "association_ids", "association inconnue ou supprimée"),
        ({"company_ids": ("x",)}, "company_ids", "Entreprises : entreprise inconnue"),
        ({"meeting_id": MISSING}, "meeting_id", "Rencontre : référence introuvable"),
    ],
)
def test_bad_project_is_refused(
    database: Database, cast: Cast, changes: dict[str, Any], field: str, words: str
) -> None:
    error = refused(database, lambda s: svc.create_project(s, project_draft(cast, **changes)))
    assert set(error.errors) == {field} and words in error.errors[field]


def test_an_archived_member_cannot_join(database: Database, cast: Cast) -> None:
    run(database, lambda s: associations.archive_association(s, cast.associations[0]))
    refused(database, lambda s: svc.create_project(s, project_draft(cast)), ValidationError)


def test_a_project_stays_with_its_meeting(database: Database, cast: Cast) -> None:
    created = run(database, lambda s: svc.create_project(s, project_draft(cast)))
    other = run(database, lambda s: build_meeting(s, 1, 1))
    moved = project_draft(cast, meeting_id=other.meeting)
    error = refused(database, lambda s: svc.update_project(s, created.id, moved, 1))
    assert "ne peut pas changer" in error.errors["meeting_id"]


def test_steps_by_date_and_archiving(database: Database, cast: Cast) -> None:
    project = run(database, lambda s: svc.create_project(s, project_draft(cast)))

    def step(day: date, note: str) -> Any:
        draft = ProjectStepDraft(project_id=project.id, date=day, note=note)
        return run(database, lambda s: svc.add_step(s, draft))

    later = step(date(2026, 6, 2), "Convention signée")
    first = step(date(2026, 4, 7), TRICKY)
    assert run(database, lambda s: svc.list_steps(s, project.id)) == [first, later]
    fixed = replace(first, note="Premier atelier")
    draft = ProjectStepDraft(project_id=project.id, date=fixed.date, note=fixed.note)
    updated = run(database, lambda s: svc.update_step(s, first.id, draft, 1))
    assert updated.note == "Premier atelier" and updated.version == 2
    run(database, lambda s: svc.remove_step(s, later.id))
    assert run(database, lambda s: svc.list_steps(s, project.id)) == [updated]
    # a bad step writes nothing
    bad = ProjectStepDraft(project_id=project.id, date=None, note=" ")  # type: ignore[arg-type]
    error = refused(database, lambda s: svc.add_step(s, bad))
    assert set(error.errors) == {"date", "note"}
    # nor does a step of an archived project
    run(database, lambda s: svc.archive_project(s, project.id, 1))
    assert run(database, lambda s: svc.list_projects(s, cast.meeting)) == []
    refused(database, lambda s: svc.get_project(s, project.id), NotFoundError)
    gone = ProjectStepDraft(project_id=project.id, date=date(2026, 7, 1), note="Trop tard")
    error = refused(database, lambda s: svc.add_step(s, gone))
    assert error.errors["project_id"].startswith("Projet : référence introuvable")


def test_members_are_named_even_after_leaving_the_meeting(database: Database, cast: Cast) -> None:
    from dla_desktop.services import meetings

    project = run(database, lambda s: svc.create_project(s, project_draft(cast)))
    gone = cast.participants[cast.companies[0]]
    run(database, lambda s: meetings.unregister_participant(s, gone))
    names = run(database, lambda s: svc.member_names(s, [project]))
    registered = run(database, lambda s: meetings.list_registrations(s, cast.meeting))
    assert set(names) == {*project.association_ids, *project.company_ids}
    assert cast.companies[0] not in {row.party_id for row in registered}  # gone, still named
    assert all(names[row.party_id] == row.name for row in registered if row.party_id in names)
