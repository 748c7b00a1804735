"""Programmes (accompagnements collectifs), their volets and sub-groups."""

from __future__ import annotations

from datetime import date
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from dla_desktop.db.models import (
    Cabinet,
    Office,
    Programme,
    ProgrammeOffice,
    Subgroup,
    Volet,
    VoletEnrolment,
)
from dla_desktop.domain.dates import utc_now
from dla_desktop.domain.enums import ProgrammeStatus, VoletKind
from dla_desktop.domain.errors import NotFoundError, ValidationError
from dla_desktop.domain.followup_due import parse_waves, waves_text
from dla_desktop.domain.records import (
    ProgrammeDraft,
    ProgrammeRecord,
    ProgrammeRow,
    SubgroupDraft,
    SubgroupRecord,
    VoletDraft,
    VoletRecord,
)
from dla_desktop.domain.text import folded
from dla_desktop.services.base import Entity
from dla_desktop.services.validation import Checker

MAX_IMPROVEMENT_TRACKS = 50
MAX_TRACK_LENGTH = 2000
MAX_REMINDER_DAYS = 365


def _validate_programme(session: Session, draft: ProgrammeDraft) -> ProgrammeDraft:
    check = Checker(draft, Programme)
    check.text("title", required=True)
    check.text("theme", "objective", "specification", "history", "lessons")
    check.choice("status", ProgrammeStatus)
    check.dates("info_meeting_date", "start_date", "end_date")
    check.date_order("info_meeting_date", "start_date")
    check.date_order("start_date", "end_date")
    check.count("invited_count", optional=True, maximum=100_000)
    check.amount("budget", required=True)
    check.references(session, "office_ids", Office, unknown="bureau inconnu ou supprimé.")
    _check_followup(check, draft)
    return check.result()


def _check_followup(check: Checker, draft: ProgrammeDraft) -> None:
    """Waves stored one way ("3,6,12") so every reader agrees; a reminder of 1 to 365 days."""
    waves = draft.questionnaire_waves
    try:
        if not isinstance(waves, str):
            raise ValidationError.single(
                "questionnaire_waves",
                "Vagues de questionnaire : une liste de mois attendue (exemple : 3, 6, 12).",
            )
        text = waves_text(parse_waves(waves))
    except ValidationError as error:
        for field, message in error.errors.items():
            check.errors.setdefault(field, message)
    else:
        if len(text) > check.columns["questionnaire_waves"].type.length:
            check.errors.setdefault(
                "questionnaire_waves", "Vagues de questionnaire : trop de vagues pour un programme."
            )
        check.changes["questionnaire_waves"] = text
    days = draft.answer_reminder_days
    if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= MAX_REMINDER_DAYS:
        check.errors.setdefault(
            "answer_reminder_days",
            f"Relance après (jours) : un nombre de jours entre 1 et {MAX_REMINDER_DAYS}.",
        )


def _office_ids(session: Session, programme: Programme) -> dict[str, tuple[str, ...]]:
    query = (
        select(ProgrammeOffice.office_id)
        .where(ProgrammeOffice.programme_id == programme.id, ProgrammeOffice.deleted_at.is_(None))
        .order_by(ProgrammeOffice.created_at)
    )
    return {"office_ids": tuple(session.scalars(query))}


def _set_offices(session: Session, programme: Programme, draft: ProgrammeDraft) -> bool:
    """Make the live office links exactly the draft's (tombstones for the removed ones).

    Says whether they changed: the programme's version then moves (Entity.update).
    """
    with session.no_autoflush:  # the programme's own changes and the touch: one version step
        links = session.scalars(
            select(ProgrammeOffice).where(ProgrammeOffice.programme_id == programme.id)
        ).all()
    by_office = {link.office_id: link for link in links}
    changed = False
    for office_id, link in by_office.items():
        wanted = office_id in draft.office_ids
        if wanted == (link.deleted_at is not None):
            link.deleted_at = None if wanted else utc_now()
            changed = True
    for office_id in draft.office_ids:
        if office_id not in by_office:
            session.add(ProgrammeOffice(programme_id=programme.id, office_id=office_id))
            changed = True
    return changed


PROGRAMMES: Entity[ProgrammeDraft, ProgrammeRecord] = Entity(
    Programme,
    ProgrammeRecord,
    "programme",
    _validate_programme,
    save_links=_set_offices,
    load_links=_office_ids,
)

create_programme = PROGRAMMES.create
update_programme = PROGRAMMES.update
archive_programme = PROGRAMMES.archive
get_programme = PROGRAMMES.get


def find_programme(session: Session, key: str) -> ProgrammeRecord:
    """A programme by id or by exact title (what the command line accepts)."""
    ids = session.scalars(
        select(Programme.id).where(
            Programme.deleted_at.is_(None), (Programme.id == key) | (Programme.title == key)
        )
    ).all()
    if not ids:
        raise NotFoundError(f"Aucun programme ne porte l'identifiant ou l'intitulé « {key} ».")
    if len(ids) > 1:
        raise NotFoundError(
            f"Plusieurs programmes s'intitulent « {key} » : désignez-le par son identifiant."
        )
    return get_programme(session, ids[0])


def list_programmes(session: Session) -> list[ProgrammeRow]:
    """Live programmes, most recent first, those not yet dated last; then by title, French way."""
    query = select(*(getattr(Programme, name) for name in ProgrammeRow._fields)).where(
        Programme.deleted_at.is_(None)
    )
    return sorted((ProgrammeRow._make(row) for row in session.execute(query)), key=newest_first)


class Dated(Protocol):
    """Anything shown per programme: a list row, a funder synthèse's line."""

    @property
    def start_date(self) -> date | None: ...
    @property
    def title(self) -> str: ...


def newest_first(row: Dated) -> tuple[bool, int, str]:
    """Sort key: undated last (whatever the database does with NULL), then newest, then title."""
    start = row.start_date
    return (start is None, -start.toordinal() if start else 0, folded(row.title))


# --- volets ----------------------------------------------------------------------------


def _validate_volet(session: Session, draft: VoletDraft) -> VoletDraft:
    check = Checker(draft, Volet)
    check.reference(session, "programme_id", Programme)
    check.reference(session, "cabinet_id", Cabinet, optional=True)
    check.choice("kind", VoletKind)
    check.text("label", "objective", "assessment")
    if check.changes.get("kind") is VoletKind.AUTRE and check.changes.get("label") == "":
        check.fail("label", "à renseigner pour un volet « Autre ».")
    check.count("collective_half_days", "collective_days", "interviews_per_structure", maximum=365)
    check.amount("contracted_amount")
    check.lines("improvement_tracks", most=MAX_IMPROVEMENT_TRACKS, length=MAX_TRACK_LENGTH)
    return check.result()


VOLETS: Entity[VoletDraft, VoletRecord] = Entity(
    Volet, VoletRecord, "volet", _validate_volet, parents=("programme_id",)
)

create_volet = VOLETS.create
update_volet = VOLETS.update
archive_volet = VOLETS.archive
get_volet = VOLETS.get


def list_volets(session: Session, programme_id: str) -> list[VoletRecord]:
    return VOLETS.list(session, Volet.programme_id == programme_id, order_by=Volet.created_at)


def _validate_subgroup(session: Session, draft: SubgroupDraft) -> SubgroupDraft:
    check = Checker(draft, Subgroup)
    check.reference(session, "volet_id", Volet)
    check.text("name", required=True)
    return check.result()


def _unique_subgroup_name(session: Session, clean: SubgroupDraft, id: str | None) -> None:
    """Two live sub-groups of one volet never share a name (renaming one to itself is fine)."""
    query = select(Subgroup.id).where(
        Subgroup.volet_id == clean.volet_id,
        Subgroup.name == clean.name,
        Subgroup.deleted_at.is_(None),
    )
    if id is not None:
        query = query.where(Subgroup.id != id)
    if session.scalar(query):
        raise ValidationError.single("name", f"Nom : le sous-groupe « {clean.name} » existe déjà.")


SUBGROUPS: Entity[SubgroupDraft, SubgroupRecord] = Entity(
    Subgroup,
    SubgroupRecord,
    "sous-groupe",
    _validate_subgroup,
    parents=("volet_id",),
    unique=_unique_subgroup_name,
)

create_subgroup = SUBGROUPS.create
update_subgroup = SUBGROUPS.update
archive_subgroup = SUBGROUPS.archive
get_subgroup = SUBGROUPS.get


def list_subgroups(session: Session, volet_id: str) -> list[SubgroupRecord]:
    """A volet's sub-groups by name, the French way (a handful: sorted here, not in SQL)."""
    groups = SUBGROUPS.list(session, Subgroup.volet_id == volet_id)
    return sorted(groups, key=lambda group: folded(group.name))


def delete_subgroup(
    session: Session, subgroup_id: str, expected_version: int | None = None
) -> None:
    """Archive a sub-group; its members stay in the volet, in no sub-group."""
    SUBGROUPS.archive(session, subgroup_id, expected_version)
    for membership in session.scalars(
        select(VoletEnrolment).where(VoletEnrolment.subgroup_id == subgroup_id)
    ):
        membership.subgroup_id = None
    session.flush()


def rename_subgroup(session: Session, subgroup_id: str, name: str) -> SubgroupRecord:
    """Give a sub-group a new name (unique in its volet), keeping its members."""
    current = SUBGROUPS.get(session, subgroup_id)
    draft = SubgroupDraft(volet_id=current.volet_id, name=name)
    return SUBGROUPS.update(session, subgroup_id, draft, current.version)
