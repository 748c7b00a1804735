"""Project sub-groups born from a meeting: who is in them, who follows them, how they move."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from dla_desktop.db.models import (
    Association,
    Company,
    Meeting,
    MeetingProject,
    MeetingProjectMember,
    MeetingProjectStep,
)
from dla_desktop.domain.dates import utc_now
from dla_desktop.domain.enums import ProjectStatus
from dla_desktop.domain.meeting_records import (
    MeetingProjectDraft,
    MeetingProjectRecord,
    ProjectStepDraft,
    ProjectStepRecord,
)
from dla_desktop.services.base import Entity
from dla_desktop.services.meetings import MeetingChecker

MEMBER_COLUMNS = {"association_ids": "association_id", "company_ids": "company_id"}


def _validate_project(session: Session, draft: MeetingProjectDraft) -> MeetingProjectDraft:
    check = MeetingChecker(draft, MeetingProject)
    check.reference(session, "meeting_id", Meeting)
    check.text("title", required=True)
    check.text("followed_by", "notes")
    check.choice("status", ProjectStatus)
    check.references(
        session, "association_ids", Association, unknown="association inconnue ou supprimée."
    )
    check.references(session, "company_ids", Company, unknown="entreprise inconnue ou supprimée.")
    return check.result()


def _members(session: Session, project: MeetingProject) -> dict[str, tuple[str, ...]]:
    """The live members, associations and companies apart, in the order they joined."""
    query = (
        select(MeetingProjectMember.association_id, MeetingProjectMember.company_id)
        .where(
            MeetingProjectMember.project_id == project.id,
            MeetingProjectMember.deleted_at.is_(None),
        )
        .order_by(MeetingProjectMember.created_at, MeetingProjectMember.id)
    )
    rows = session.execute(query).all()
    return {
        "association_ids": tuple(a for a, _ in rows if a is not None),
        "company_ids": tuple(c for _, c in rows if c is not None),
    }


def _set_members(session: Session, project: MeetingProject, draft: MeetingProjectDraft) -> bool:
    """Make the live members exactly the draft's (tombstones for those who left).

    Says whether they changed: the project's version then moves (Entity.update).
    """
    with session.no_autoflush:
        links = session.scalars(
            select(MeetingProjectMember).where(MeetingProjectMember.project_id == project.id)
        ).all()
    changed = False
    for field, column in MEMBER_COLUMNS.items():
        wanted = set(getattr(draft, field))
        by_party = {getattr(link, column): link for link in links if getattr(link, column)}
        for party, link in by_party.items():
            if (party in wanted) == (link.deleted_at is not None):
                link.deleted_at = None if party in wanted else utc_now()
                changed = True
        for party in getattr(draft, field):
            if party not in by_party:
                session.add(MeetingProjectMember(project_id=project.id, **{column: party}))
                changed = True
    return changed


PROJECTS: Entity[MeetingProjectDraft, MeetingProjectRecord] = Entity(
    MeetingProject,
    MeetingProjectRecord,
    "projet",
    _validate_project,
    save_links=_set_members,
    load_links=_members,
    parents=("meeting_id",),
)


def create_project(session: Session, draft: MeetingProjectDraft) -> MeetingProjectRecord:
    """Start a sub-group with its members (associations and companies)."""
    return PROJECTS.create(session, draft)


def update_project(
    session: Session, id: str, draft: MeetingProjectDraft, expected_version: int
) -> MeetingProjectRecord:
    """Change a sub-group's title, follower, status, notes or members."""
    return PROJECTS.update(session, id, draft, expected_version)


def archive_project(session: Session, id: str, expected_version: int | None = None) -> None:
    """Drop a sub-group (tombstone)."""
    PROJECTS.archive(session, id, expected_version)


def get_project(session: Session, id: str) -> MeetingProjectRecord:
    """One sub-group with its members, for a form."""
    return PROJECTS.get(session, id)


def list_projects(session: Session, meeting_id: str) -> list[MeetingProjectRecord]:
    """The meeting's live sub-groups, oldest first."""
    return PROJECTS.list(
        session, MeetingProject.meeting_id == meeting_id, order_by=MeetingProject.created_at
    )


def member_names(session: Session, projects: list[MeetingProjectRecord]) -> dict[str, str]:
    """Party id -> name for every member of these sub-groups, registered or gone: two queries."""
    association_ids = {i for project in projects for i in project.association_ids}
    company_ids = {i for project in projects for i in project.company_ids}
    names: dict[str, str] = {}
    for model, ids in ((Association, association_ids), (Company, company_ids)):
        if ids:
            names.update(
                session.execute(select(model.id, model.name).where(model.id.in_(ids))).all()
            )
    return names


# --- steps ---------------------------------------------------------------------------------


def _validate_step(session: Session, draft: ProjectStepDraft) -> ProjectStepDraft:
    check = MeetingChecker(draft, MeetingProjectStep)
    check.reference(session, "project_id", MeetingProject)
    check.dates("date", optional=False)
    check.text("note", required=True)
    return check.result()


STEPS: Entity[ProjectStepDraft, ProjectStepRecord] = Entity(
    MeetingProjectStep, ProjectStepRecord, "étape", _validate_step, parents=("project_id",)
)


def add_step(session: Session, draft: ProjectStepDraft) -> ProjectStepRecord:
    """Record a working meeting or milestone of a sub-group."""
    return STEPS.create(session, draft)


def update_step(
    session: Session, id: str, draft: ProjectStepDraft, expected_version: int
) -> ProjectStepRecord:
    """Correct a step's date or note."""
    return STEPS.update(session, id, draft, expected_version)


def remove_step(session: Session, id: str) -> None:
    """Drop a step typed by mistake (tombstone)."""
    STEPS.archive(session, id)


def list_steps(session: Session, project_id: str) -> list[ProjectStepRecord]:
    """A sub-group's steps, by date."""
    query_order = (MeetingProjectStep.date, MeetingProjectStep.created_at)
    return [
        STEPS.to_record(session, row)
        for row in session.scalars(
            select(MeetingProjectStep)
            .where(
                MeetingProjectStep.project_id == project_id,
                MeetingProjectStep.deleted_at.is_(None),
            )
            .order_by(*query_order)
        )
    ]
