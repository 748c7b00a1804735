"""Suivi post-accompagnement: follow-up actions and the questionnaires sent months later."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from dla_desktop.db.models import (
    Association,
    Company,
    Enrolment,
    FollowUpAction,
    Programme,
    Questionnaire,
    Volet,
)
from dla_desktop.domain.budget_views import FollowupDays, FollowupView, WaveAnswer
from dla_desktop.domain.enums import FollowUpKind, PartnershipCategory
from dla_desktop.domain.errors import ValidationError
from dla_desktop.domain.records import (
    EnrolmentDraft,
    EnrolmentRecord,
    FollowUpActionDraft,
    FollowUpActionRecord,
    QuestionnaireDraft,
    QuestionnaireRecord,
)
from dla_desktop.services.base import Entity, column_values
from dla_desktop.services.enrolment import (
    get_enrolment,
    is_enrolled,
    live_participation,
    update_enrolment,
)
from dla_desktop.services.programmes import PROGRAMMES
from dla_desktop.services.validation import Checker

MAX_ACTION_DAYS = Decimal(365)
MAX_MONTHS_AFTER = 120
MAX_JOBS = 100_000
SATISFACTION_RANGE = range(1, 6)

# What a questionnaire says about the partnership obtained; empty when none was.
_PARTNERSHIP_ANSWERS = ("company_id", "company_name", "category", "amount")


def _check_enrolled(session: Session, check: Checker) -> None:
    """Follow-up concerns the associations of the programme, and only them."""
    if "programme_id" in check.errors or "association_id" in check.errors:
        return
    if not is_enrolled(session, check.draft.programme_id, check.draft.association_id):
        check.fail("association_id", "elle n'est pas inscrite à ce programme.")


def _live_associations() -> Select[tuple[str]]:
    return select(Association.id).where(Association.deleted_at.is_(None))


# --- follow-up actions -----------------------------------------------------------------


def _validate_action(session: Session, draft: FollowUpActionDraft) -> FollowUpActionDraft:
    check = Checker(draft, FollowUpAction)
    check.reference(session, "programme_id", Programme)
    check.reference(session, "association_id", Association)
    check.dates("date", optional=False)
    check.dates("next_step_date")
    check.date_order("date", "next_step_date")
    check.choice("kind", FollowUpKind)
    check.quantity("duration_days", maximum=MAX_ACTION_DAYS)
    check.text("note", "next_step")
    _check_enrolled(session, check)
    return check.result()


FOLLOWUP_ACTIONS: Entity[FollowUpActionDraft, FollowUpActionRecord] = Entity(
    FollowUpAction,
    FollowUpActionRecord,
    "action de suivi",
    _validate_action,
    parents=("programme_id", "association_id"),
)

create_followup_action = FOLLOWUP_ACTIONS.create
update_followup_action = FOLLOWUP_ACTIONS.update
archive_followup_action = FOLLOWUP_ACTIONS.archive
get_followup_action = FOLLOWUP_ACTIONS.get


def list_followup_actions(
    session: Session, programme_id: str, association_id: str | None = None
) -> list[FollowUpActionRecord]:
    """The follow-up log of a programme (or of one of its associations), oldest first."""
    query = select(FollowUpAction).where(
        FollowUpAction.programme_id == programme_id,
        FollowUpAction.deleted_at.is_(None),
        FollowUpAction.association_id.in_(_live_associations()),
    )
    if association_id is not None:
        query = query.where(FollowUpAction.association_id == association_id)
    query = query.order_by(FollowUpAction.date, FollowUpAction.created_at)
    return [FOLLOWUP_ACTIONS.to_record(session, row) for row in session.scalars(query)]


# --- questionnaires --------------------------------------------------------------------


def _validate_questionnaire(session: Session, draft: QuestionnaireDraft) -> QuestionnaireDraft:
    check = Checker(draft, Questionnaire)
    check.reference(session, "programme_id", Programme)
    check.reference(session, "association_id", Association)
    check.count("months_after", maximum=MAX_MONTHS_AFTER)
    check.dates("sent_on", "answered_on")
    check.date_order("sent_on", "answered_on")
    if draft.answered_on is not None and draft.sent_on is None:  # else responses > 100 %
        check.fail("answered_on", "indiquez d'abord la date d'envoi.")
    _check_answer(session, check)
    _check_enrolled(session, check)
    return check.result()


def _check_answer(session: Session, check: Checker) -> None:
    """The answer: whether a partnership was obtained, with whom, what, and the jobs."""
    draft = check.draft
    check.choice("category", PartnershipCategory, optional=True)
    check.reference(session, "company_id", Company, optional=True)
    check.amount("amount")
    check.count("jobs_created", "jobs_consolidated", maximum=MAX_JOBS)
    check.text("company_name", "comment")
    obtained = draft.partnership_obtained
    if obtained is not None and not isinstance(obtained, bool):
        check.fail("partnership_obtained", "oui, non ou sans réponse.")
    if obtained is False:
        for name in _PARTNERSHIP_ANSWERS:
            if check.changes.get(name, getattr(draft, name)) not in (None, ""):
                check.fail(name, "à laisser vide quand aucun partenariat n'a été obtenu.")
    _check_satisfaction(session, check)


def _check_satisfaction(session: Session, check: Checker) -> None:
    """Marks 1 to 5, each for a live volet of the programme (typed in or read from a form)."""
    marks = check.draft.satisfaction or {}
    if not marks or "programme_id" in check.errors:
        return
    volets = set(
        session.scalars(
            select(Volet.id).where(
                Volet.programme_id == check.draft.programme_id, Volet.deleted_at.is_(None)
            )
        )
    )
    for volet_id, mark in marks.items():
        if volet_id not in volets:
            check.fail("satisfaction", "un volet noté n'appartient pas (ou plus) à ce programme.")
        elif isinstance(mark, bool) or mark not in SATISFACTION_RANGE:
            check.fail("satisfaction", f"note « {mark} » hors de l'échelle de 1 à 5.")


def _one_wave(session: Session, clean: QuestionnaireDraft, id: str | None) -> None:
    """One row per programme × association × delay, tombstones included (a UNIQUE rule)."""
    other = _wave(session, clean)
    if other is not None and other.id != id:
        raise _duplicate_wave(other, clean)


QUESTIONNAIRES: Entity[QuestionnaireDraft, QuestionnaireRecord] = Entity(
    Questionnaire,
    QuestionnaireRecord,
    "questionnaire",
    _validate_questionnaire,
    parents=("programme_id", "association_id"),
    unique=_one_wave,
)

get_questionnaire = QUESTIONNAIRES.get
archive_questionnaire = QUESTIONNAIRES.archive


def create_questionnaire(session: Session, draft: QuestionnaireDraft) -> QuestionnaireRecord:
    """Send one wave to one association; a wave deleted earlier comes back rather than clash."""
    clean = QUESTIONNAIRES.validate(session, draft)
    row = _wave(session, clean)
    if row is None:
        return QUESTIONNAIRES.insert(session, clean)
    if row.deleted_at is None:
        raise _duplicate_wave(row, clean)
    # The database keeps one row per wave, tombstones included: revive it.
    for name, value in column_values(clean).items():
        setattr(row, name, value)
    row.deleted_at = None
    session.flush()
    return QUESTIONNAIRES.to_record(session, row)


def record_answer(
    session: Session, id: str, draft: QuestionnaireDraft, version: int
) -> QuestionnaireRecord:
    """Save what an association answered (or correct the wave's dates)."""
    return QUESTIONNAIRES.update(session, id, draft, version)


def list_questionnaires(session: Session, programme_id: str) -> list[QuestionnaireRecord]:
    """The waves of a programme, by delay then in the order they were sent."""
    query = (
        select(Questionnaire)
        .where(
            Questionnaire.programme_id == programme_id,
            Questionnaire.deleted_at.is_(None),
            Questionnaire.association_id.in_(_live_associations()),
        )
        .order_by(Questionnaire.months_after, Questionnaire.created_at)
    )
    return [QUESTIONNAIRES.to_record(session, row) for row in session.scalars(query)]


def _wave(session: Session, draft: QuestionnaireDraft) -> Questionnaire | None:
    """The row, live or archived, holding this programme × association × delay."""
    return session.scalar(
        select(Questionnaire).where(
            Questionnaire.programme_id == draft.programme_id,
            Questionnaire.association_id == draft.association_id,
            Questionnaire.months_after == draft.months_after,
        )
    )


def _duplicate_wave(row: Questionnaire, draft: QuestionnaireDraft) -> ValidationError:
    if row.deleted_at is not None:
        message = f"un questionnaire supprimé occupe déjà le délai de {draft.months_after} mois."
    else:
        message = f"cette association a déjà un questionnaire à {draft.months_after} mois."
    return ValidationError.single("months_after", f"Délai (mois) : {message}")


# --- the Suivi tab ---------------------------------------------------------------------


def followup_view(session: Session, programme_id: str) -> FollowupView:
    """The Suivi tab in one read: days planned and done per participant, actions, waves."""
    PROGRAMMES.fetch(session, programme_id)  # NotFoundError for a programme gone
    actions = list_followup_actions(session, programme_id)
    done: dict[str, Decimal] = defaultdict(Decimal)
    counts: dict[str, int] = defaultdict(int)
    for action in actions:
        done[action.association_id] += action.duration_days
        counts[action.association_id] += 1
    rows = session.execute(
        select(
            Enrolment.id,
            Enrolment.version,
            Enrolment.followup_days_planned,
            Association.id,
            Association.name,
        )
        .join(Association, Association.id == Enrolment.association_id)
        .where(*live_participation(programme_id))
        .order_by(Association.sort_name)
    ).all()
    names = {association_id: name for *_enrolment, association_id, name in rows}
    participants = tuple(
        FollowupDays(
            enrolment_id=enrolment_id,
            enrolment_version=version,
            association_id=association_id,
            name=name,
            planned=planned,
            done=done.get(association_id, Decimal(0)),
            actions=counts.get(association_id, 0),
        )
        for enrolment_id, version, planned, association_id, name in rows
    )
    waves = tuple(
        WaveAnswer(record=wave, association_name=names.get(wave.association_id, ""))
        for wave in list_questionnaires(session, programme_id)
    )
    return FollowupView(participants=participants, actions=tuple(actions), waves=waves)


def set_planned_days(
    session: Session, enrolment_id: str, days: Decimal, version: int
) -> EnrolmentRecord:
    """Change only the follow-up days planned on an enrolment (a stale version is refused)."""
    current = get_enrolment(session, enrolment_id)
    draft = EnrolmentDraft(
        programme_id=current.programme_id,
        association_id=current.association_id,
        status=current.status,
        status_date=current.status_date,
        followup_days_planned=days,
    )
    return update_enrolment(session, enrolment_id, draft, version)
