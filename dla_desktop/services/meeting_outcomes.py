"""What a meeting led to: wishes before it, ratings after it, the survey, the partnerships.

Preferences, pairs and survey answers each have one row per pair (or per participant) at
most, tombstones included (UNIQUE constraints): removing one leaves a tombstone that a
new wish or answer brings back, so another office's copy merges cleanly.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from dla_desktop.db.models import (
    Association,
    Company,
    Meeting,
    MeetingPair,
    MeetingParticipant,
    MeetingPreference,
    MeetingSurveyAnswer,
    Partnership,
)
from dla_desktop.domain.dates import format_date, utc_now
from dla_desktop.domain.enums import (
    PairOutcome,
    PairPreferenceKind,
    PairRating,
    PartnershipCategory,
    PartnershipStatus,
)
from dla_desktop.domain.errors import NotFoundError, StaleRecordError, ValidationError
from dla_desktop.domain.meeting_records import (
    MeetingPairRecord,
    MeetingPreferenceDraft,
    MeetingPreferenceRecord,
    PairFeedbackDraft,
    PairOutcomeDraft,
    SurveyAnswerDraft,
    SurveyAnswerRecord,
    SurveySummary,
)
from dla_desktop.domain.records import PartnershipDraft, PartnershipRecord
from dla_desktop.services import meetings, partnerships
from dla_desktop.services.base import Entity, check_version, column_values, to_record
from dla_desktop.services.meetings import MEETINGS, MeetingChecker
from dla_desktop.services.validation import label_of

SATISFACTION_SCALE = range(1, 6)
# What a pair's six-month outcome says about the partnership it turns into.
PARTNERSHIP_STATUS = {
    PairOutcome.AGREEMENT: PartnershipStatus.SIGNE,
    PairOutcome.DISCUSSING: PartnershipStatus.RENCONTRE,
}

# --- preferences -------------------------------------------------------------------------


def _registered(session: Session, meeting_id: str, column: Any, party_id: Any) -> str | None:
    """The live registration of a party to a meeting, if any."""
    if not isinstance(party_id, str) or not party_id:
        return None
    return session.scalar(
        select(MeetingParticipant.id).where(
            MeetingParticipant.meeting_id == meeting_id,
            column == party_id,
            MeetingParticipant.deleted_at.is_(None),
        )
    )


def _validate_preference(session: Session, draft: MeetingPreferenceDraft) -> MeetingPreferenceDraft:
    check = MeetingChecker(draft, MeetingPreference)
    check.reference(session, "meeting_id", Meeting)
    if not check.errors:
        for field, column, what in (
            ("association_id", MeetingParticipant.association_id, "cette association"),
            ("company_id", MeetingParticipant.company_id, "cette entreprise"),
        ):
            if not _registered(session, draft.meeting_id, column, getattr(draft, field)):
                check.fail(field, f"{what} n'est pas inscrite à la rencontre.")
    check.choice("kind", PairPreferenceKind)
    check.text("note")
    return check.result()


PREFERENCES: Entity[MeetingPreferenceDraft, MeetingPreferenceRecord] = Entity(
    MeetingPreference, MeetingPreferenceRecord, "souhait", _validate_preference
)


def add_preference(session: Session, draft: MeetingPreferenceDraft) -> MeetingPreferenceRecord:
    """Ask for a pair to meet or to be kept apart; both must be registered to the meeting."""
    clean = PREFERENCES.checked(session, draft)
    return _store_preference(session, clean, _free_pair_row(session, clean))


def _free_pair_row(session: Session, clean: MeetingPreferenceDraft) -> MeetingPreference | None:
    """The pair's row if it has one (a removed wish), refused when its wish is live."""
    row = session.scalar(
        select(MeetingPreference).where(
            MeetingPreference.meeting_id == clean.meeting_id,
            MeetingPreference.association_id == clean.association_id,
            MeetingPreference.company_id == clean.company_id,
        )
    )
    if row is not None and row.deleted_at is None:
        raise ValidationError.single(
            "company_id",
            "Un souhait existe déjà pour cette association et cette entreprise : "
            "supprimez-le d'abord.",
        )
    return row


def _store_preference(
    session: Session, clean: MeetingPreferenceDraft, row: MeetingPreference | None
) -> MeetingPreferenceRecord:
    """A new row, or the pair's removed wish brought back with the new values."""
    if row is None:
        return PREFERENCES.insert(session, clean)
    for name, value in column_values(clean).items():
        setattr(row, name, value)
    row.deleted_at = None
    session.flush()
    return PREFERENCES.to_record(session, row)


def update_preference(
    session: Session, id: str, draft: MeetingPreferenceDraft, expected_version: int
) -> MeetingPreferenceRecord:
    """Change a wish read at ``expected_version``: its kind and note, or its pair.

    The pair is what the wish is about, so it is not edited in place: another pair means
    the old wish is removed and a new one made (or a removed one brought back), and only
    once the old one is seen unchanged since the form read it and the new one is accepted:
    a refusal writes nothing.
    """
    row = PREFERENCES.fetch(session, id)
    check_version(row, expected_version)
    if draft.meeting_id != row.meeting_id:
        raise ValidationError.single(
            "meeting_id", f"{label_of('meeting_id')} : un souhait ne change pas de rencontre."
        )
    if (draft.association_id, draft.company_id) == (row.association_id, row.company_id):
        return PREFERENCES.update(session, id, draft, expected_version)
    clean = PREFERENCES.checked(session, draft)
    target = _free_pair_row(session, clean)
    PREFERENCES.archive(session, id, expected_version)
    return _store_preference(session, clean, target)


def remove_preference(session: Session, id: str, expected_version: int | None = None) -> None:
    """Drop a wish (tombstone, so the other office learns of it).

    With ``expected_version`` (the version the list showed), a wish changed meanwhile is
    refused (StaleRecordError) rather than dropped unseen.
    """
    PREFERENCES.archive(session, id, expected_version)


def list_preferences(session: Session, meeting_id: str) -> list[MeetingPreferenceRecord]:
    """The meeting's live wishes, in the order they were made."""
    return PREFERENCES.list(
        session, MeetingPreference.meeting_id == meeting_id, order_by=MeetingPreference.created_at
    )


# --- pairs: ratings, outcome, partnership -------------------------------------------------


def _pairs_query() -> Select[Any]:
    """Live pairs with both names."""
    return (
        select(MeetingPair, Association.name, Company.name)
        .join(Association, Association.id == MeetingPair.association_id)
        .join(Company, Company.id == MeetingPair.company_id)
        .where(MeetingPair.deleted_at.is_(None))
    )


def _pair_record(row: MeetingPair, association: str, company: str) -> MeetingPairRecord:
    return to_record(row, MeetingPairRecord, association_name=association, company_name=company)


def list_pairs(session: Session, meeting_id: str) -> list[MeetingPairRecord]:
    """Every pair of the meeting with names; scheduled ones first, by round then table."""
    query = _pairs_query().where(MeetingPair.meeting_id == meeting_id)
    found = [_pair_record(*row) for row in session.execute(query)]
    found.sort(
        key=lambda p: (
            p.round_number is None,
            p.round_number or 0,
            p.table_number or 0,
            p.association_name.casefold(),
            p.company_name.casefold(),
        )
    )
    return found


def get_pair(session: Session, pair_id: str) -> MeetingPairRecord:
    """One pair, with its names, for a form."""
    row = session.execute(_pairs_query().where(MeetingPair.id == pair_id)).first()
    if row is None:
        raise NotFoundError("Fiche introuvable (rencontre entre deux participants).")
    return _pair_record(*row)


def _live_pair(session: Session, pair_id: str, expected_version: int | None) -> MeetingPair:
    """The pair's row, refused when gone or changed since the form was filled."""
    get_pair(session, pair_id)
    row = session.get(MeetingPair, pair_id)
    assert row is not None
    if expected_version is not None:
        check_version(row, expected_version)
    return row


def rate_pair(
    session: Session, pair_id: str, draft: PairFeedbackDraft, expected_version: int
) -> MeetingPairRecord:
    """Record how each side judged the conversation and the organisers' note."""
    row = _live_pair(session, pair_id, expected_version)
    check = MeetingChecker(draft, MeetingPair)
    check.choice("association_rating", PairRating, optional=True)
    check.choice("company_rating", PairRating, optional=True)
    check.text("note")
    return _save_pair(session, row, check.result())


def record_outcome(
    session: Session, pair_id: str, draft: PairOutcomeDraft, expected_version: int
) -> MeetingPairRecord:
    """Record the six-month follow-up of a pair."""
    row = _live_pair(session, pair_id, expected_version)
    check = MeetingChecker(draft, MeetingPair)
    check.choice("outcome", PairOutcome, optional=True)
    check.dates("outcome_date")
    meeting_date = MEETINGS.get(session, row.meeting_id).date
    when = check.changes.get("outcome_date", draft.outcome_date)
    if isinstance(when, date) and when < meeting_date:
        check.fail("outcome_date", f"avant la rencontre ({format_date(meeting_date)}).")
    return _save_pair(session, row, check.result())


def _save_pair(session: Session, row: MeetingPair, clean: Any) -> MeetingPairRecord:
    for name, value in column_values(clean).items():
        setattr(row, name, value)
    session.flush()
    return get_pair(session, row.id)


@dataclass(frozen=True)
class PairPartnership:
    """The partnership a pair led to, and whether this call created it (else it existed)."""

    partnership: PartnershipRecord
    created: bool


def pair_partnership(
    session: Session,
    pair_id: str,
    category: PartnershipCategory = PartnershipCategory.COOPERATION_ECONOMIQUE,
    *,
    title: str = "",
) -> PairPartnership:
    """The pair's partnership, created once with the meeting as its origin, then linked.

    A partnership already linked, or already recorded for the same two parties with this
    meeting as origin, is the one (``created`` False; category and title are then ignored):
    a second click never makes a second partnership.
    """
    row = _live_pair(session, pair_id, None)
    found = _existing_partnership(session, row)
    created = found is None
    if found is None:
        found = partnerships.create_partnership(
            session, _partnership_draft(session, row, category, title)
        )
    if row.partnership_id != found.id:
        row.partnership_id = found.id
        session.flush()
    return PairPartnership(found, created)


def _existing_partnership(session: Session, row: MeetingPair) -> PartnershipRecord | None:
    """The live partnership this pair already led to, if any."""
    query = select(Partnership.id).where(
        Partnership.deleted_at.is_(None),
        (Partnership.id == row.partnership_id)
        | (
            (Partnership.association_id == row.association_id)
            & (Partnership.company_id == row.company_id)
            & (Partnership.origin_meeting_id == row.meeting_id)
        ),
    )
    # the linked one first, else the oldest
    order = (Partnership.id != row.partnership_id, Partnership.created_at)
    ids = session.scalars(query.order_by(*order)).all()
    return partnerships.get_partnership(session, ids[0]) if ids else None


def _partnership_draft(
    session: Session, row: MeetingPair, category: PartnershipCategory, title: str
) -> PartnershipDraft:
    """A new partnership as the pair's outcome describes it."""
    meeting = MEETINGS.get(session, row.meeting_id)
    outcome = None if row.outcome is None else PairOutcome(row.outcome)
    status = PARTNERSHIP_STATUS.get(outcome, PartnershipStatus.IDEE)  # type: ignore[arg-type]
    return PartnershipDraft(
        association_id=row.association_id,
        company_id=row.company_id,
        category=category,
        status=status,
        status_date=row.outcome_date or meeting.date,
        title=title or f"Coopération née de la rencontre du {format_date(meeting.date)}",
        origin_meeting_id=meeting.id,
    )


# --- satisfaction survey -------------------------------------------------------------------


def _participant_names() -> Any:
    """A participant's name: its association's or its company's."""
    return func.coalesce(Association.name, Company.name)


def _answers_query(meeting_id: str) -> Select[Any]:
    """Live answers of live participants, with their names, in registration order."""
    return (
        select(MeetingSurveyAnswer, _participant_names())
        .join(MeetingParticipant, MeetingParticipant.id == MeetingSurveyAnswer.participant_id)
        .outerjoin(Association, Association.id == MeetingParticipant.association_id)
        .outerjoin(Company, Company.id == MeetingParticipant.company_id)
        .where(
            MeetingSurveyAnswer.meeting_id == meeting_id,
            MeetingSurveyAnswer.deleted_at.is_(None),
            MeetingParticipant.deleted_at.is_(None),
            Association.deleted_at.is_(None),  # outer joins: NULL for the other kind of party
            Company.deleted_at.is_(None),
        )
        .order_by(MeetingParticipant.created_at, MeetingParticipant.id)
    )


def _validate_answer(session: Session, meeting_id: str, draft: SurveyAnswerDraft) -> Any:
    check = MeetingChecker(draft, MeetingSurveyAnswer)
    MEETINGS.get(session, meeting_id)  # NotFoundError: the meeting was archived meanwhile
    registered = isinstance(draft.participant_id, str) and session.scalar(
        select(MeetingParticipant.id).where(
            MeetingParticipant.id == draft.participant_id,
            MeetingParticipant.meeting_id == meeting_id,
            MeetingParticipant.deleted_at.is_(None),
        )
    )
    if not registered:
        check.fail("participant_id", "ce participant n'est pas inscrit à la rencontre.")
    check.count("satisfaction", maximum=SATISFACTION_SCALE[-1])
    score = draft.satisfaction
    if isinstance(score, int) and not isinstance(score, bool) and score < 1:
        check.fail("satisfaction", "de 1 (pas du tout satisfait) à 5 (très satisfait).")
    check.text("comment")
    return check.result()


def save_survey_answer(
    session: Session,
    meeting_id: str,
    draft: SurveyAnswerDraft,
    expected_version: int | None = None,
) -> SurveyAnswerRecord:
    """One answer per participant: a new one (``expected_version`` None), or a correction.

    A correction gives the version of the answer it read; an answer changed since, or one
    typed meanwhile for a participant the form thought had none (another window, another
    office's merged file), is refused with StaleRecordError rather than overwritten. A
    correction of an answer removed meanwhile is refused too (NotFoundError).
    """
    clean = _validate_answer(session, meeting_id, draft)
    row = session.scalar(
        select(MeetingSurveyAnswer).where(
            MeetingSurveyAnswer.participant_id == clean.participant_id
        )
    )
    if row is not None and row.deleted_at is None:  # an answer exists: only its reader edits it
        if expected_version is None:
            raise StaleRecordError()
        check_version(row, expected_version)
    elif expected_version is not None:
        raise _answer_not_found()
    if row is None:
        row = MeetingSurveyAnswer(meeting_id=meeting_id, participant_id=clean.participant_id)
        session.add(row)
    row.satisfaction, row.comment, row.deleted_at = clean.satisfaction, clean.comment, None
    session.flush()
    return _answer(session, meeting_id, row.id)


def _answer(session: Session, meeting_id: str, answer_id: str) -> SurveyAnswerRecord:
    query = _answers_query(meeting_id).where(MeetingSurveyAnswer.id == answer_id)
    found = session.execute(query).first()
    if found is None:
        raise _answer_not_found()
    return _answer_record(*found)


def _answer_not_found() -> NotFoundError:
    return NotFoundError(
        "Fiche introuvable (réponse au questionnaire de satisfaction) : "
        "elle a peut-être été supprimée."
    )


def _answer_record(row: MeetingSurveyAnswer, name: str) -> SurveyAnswerRecord:
    return to_record(row, SurveyAnswerRecord, participant_name=name)


def remove_survey_answer(session: Session, id: str, expected_version: int) -> None:
    """Withdraw an answer typed by mistake (tombstone), unless changed since it was read."""
    row = session.get(MeetingSurveyAnswer, id)
    if row is None or row.deleted_at is not None:
        raise _answer_not_found()
    check_version(row, expected_version)
    row.deleted_at = utc_now()
    session.flush()


def list_survey_answers(session: Session, meeting_id: str) -> list[SurveyAnswerRecord]:
    """The answers with the participants' names, in registration order."""
    return [_answer_record(*row) for row in session.execute(_answers_query(meeting_id))]


def survey_summary(session: Session, meeting_id: str) -> SurveySummary:
    """Average, distribution and comments, for the meeting page and the partners' report."""
    MEETINGS.get(session, meeting_id)
    answers = list_survey_answers(session, meeting_id)
    registered = len(meetings.list_participants(session, meeting_id))
    scores = [answer.satisfaction for answer in answers]
    return SurveySummary(
        participants=registered,
        answers=len(answers),
        average=round(sum(scores) / len(scores), 2) if scores else None,
        by_score=tuple((score, scores.count(score)) for score in SATISFACTION_SCALE),
        comments=tuple((a.participant_name, a.comment) for a in answers if a.comment),
    )
