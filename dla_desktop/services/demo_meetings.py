"""The demo's Cher speed-dating meetings after registration: schedules, ratings, what followed.

Written through the meeting services like the rest of the demo. Choices that look random
(who rated what, who answered the survey) come from a seeded generator, so every demo
file holds the same facts.
"""

from __future__ import annotations

import random
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from dla_desktop.domain.enums import (
    PairOutcome,
    PairPreferenceKind,
    PairRating,
    PartnershipCategory,
    ProjectStatus,
)
from dla_desktop.domain.meeting_records import (
    MeetingPairRecord,
    MeetingPreferenceDraft,
    MeetingProjectDraft,
    PairFeedbackDraft,
    PairOutcomeDraft,
    ProjectStepDraft,
    SurveyAnswerDraft,
)
from dla_desktop.services import meeting_outcomes, meeting_projects, meeting_schedule, meetings

RATINGS = (PairRating.COOPERATION, PairRating.INFORMATIVE, PairRating.INSUFFICIENT)
RATING_WEIGHTS = (2, 5, 3)
UNRATED_SHARE = 0.12  # forms not handed back
FOLLOWED_UP = 6  # promising pairs asked six months on; the others never answered
SCORES, SCORE_WEIGHTS = (5, 4, 3, 2), (5, 7, 3, 1)


def meeting_life(session: Session, facts: dict[str, Any], ids: dict[str, str]) -> None:
    """Schedules for the first sessions, their ratings and survey, a partnership, a project."""
    life = facts["cher_meeting_life"]
    for number in range(1, life["stored_meetings"] + 1):  # by date: the series rule applies
        meeting_id = ids[f"meeting:{number}"]
        plan = meeting_schedule.plan_meeting(session, meeting_id)
        meeting_schedule.save_schedule(session, meeting_id, plan)
    for number in range(1, life["rated_meetings"] + 1):
        notes = life["pair_notes"] if number == 1 else []
        _ratings(session, ids[f"meeting:{number}"], notes, random.Random(2017 + number))
    _survey(session, ids["meeting:1"], life, random.Random(1))
    _outcomes(session, life, ids)
    _request(session, life["request"], ids)
    _project(session, life["project"], ids)


def _ratings(session: Session, meeting_id: str, notes: list[str], rng: random.Random) -> None:
    """Most pairs rated by both sides, mostly alike; a few notes on promising pairs."""
    remarks = iter(notes)
    for pair in meeting_outcomes.list_pairs(session, meeting_id):
        if rng.random() < UNRATED_SHARE:
            continue
        rating = rng.choices(RATINGS, RATING_WEIGHTS)[0]
        other = rating if rng.random() < 0.7 else rng.choices(RATINGS, RATING_WEIGHTS)[0]
        note = next(remarks, "") if PairRating.COOPERATION in (rating, other) else ""
        feedback = PairFeedbackDraft(association_rating=rating, company_rating=other, note=note)
        meeting_outcomes.rate_pair(session, pair.id, feedback, pair.version)


def _survey(session: Session, meeting_id: str, life: dict[str, Any], rng: random.Random) -> None:
    """Most participants answered the satisfaction survey; about half left a comment."""
    participants = meetings.list_participants(session, meeting_id)
    answering = sorted(rng.sample(range(len(participants)), life["survey_answers"]))
    comments = iter(life["survey_comments"])
    for position, index in enumerate(answering):
        comment = next(comments, "") if position % 2 == 0 else ""
        draft = SurveyAnswerDraft(
            participant_id=participants[index].id,
            satisfaction=rng.choices(SCORES, SCORE_WEIGHTS)[0],
            comment=comment,
        )
        meeting_outcomes.save_survey_answer(session, meeting_id, draft)


def _outcomes(session: Session, life: dict[str, Any], ids: dict[str, str]) -> None:
    """Six months on: one agreement turned into a partnership, a few pairs still talking."""
    spec = life["agreement"]
    meeting_id = ids[f"meeting:{spec['meeting']}"]
    pairs = meeting_outcomes.list_pairs(session, meeting_id)
    agreed = _pair(
        pairs, ids["association:" + spec["association"]], ids["company:" + spec["company"]]
    )
    both = PairFeedbackDraft(
        association_rating=PairRating.COOPERATION,
        company_rating=PairRating.COOPERATION,
        note=agreed.note,
    )
    agreed = meeting_outcomes.rate_pair(session, agreed.id, both, agreed.version)
    when = date.fromisoformat(spec["date"])
    outcome = PairOutcomeDraft(outcome=PairOutcome.AGREEMENT, outcome_date=when)
    meeting_outcomes.record_outcome(session, agreed.id, outcome, agreed.version)
    meeting_outcomes.pair_partnership(
        session, agreed.id, PartnershipCategory(spec["category"]), title=spec["title"]
    )
    promising = [
        p
        for p in pairs
        if p.id != agreed.id and PairRating.COOPERATION in (p.association_rating, p.company_rating)
    ]
    for position, pair in enumerate(promising[:FOLLOWED_UP]):
        kind = PairOutcome.DISCUSSING if position < life["discussing"] else PairOutcome.NONE
        draft = PairOutcomeDraft(outcome=kind, outcome_date=when)
        meeting_outcomes.record_outcome(session, pair.id, draft, pair.version)


def _pair(pairs: list[MeetingPairRecord], association: str, company: str) -> MeetingPairRecord:
    """The pair of these two parties (the demo's facts name one that met)."""
    return next(p for p in pairs if (p.association_id, p.company_id) == (association, company))


def _request(session: Session, spec: dict[str, Any], ids: dict[str, str]) -> None:
    """A pair asked to meet again at the next, not yet planned, session."""
    draft = MeetingPreferenceDraft(
        meeting_id=ids[f"meeting:{spec['meeting']}"],
        association_id=ids["association:" + spec["association"]],
        company_id=ids["company:" + spec["company"]],
        kind=PairPreferenceKind.REQUESTED,
        note=spec["note"],
    )
    meeting_outcomes.add_preference(session, draft)


def _project(session: Session, spec: dict[str, Any], ids: dict[str, str]) -> None:
    """A project sub-group born from the session about ideas, with two working meetings."""
    project = meeting_projects.create_project(
        session,
        MeetingProjectDraft(
            meeting_id=ids[f"meeting:{spec['meeting']}"],
            title=spec["title"],
            followed_by=spec["followed_by"],
            status=ProjectStatus(spec["status"]),
            notes=spec["notes"],
            association_ids=tuple(ids["association:" + key] for key in spec["associations"]),
            company_ids=tuple(ids["company:" + key] for key in spec["companies"]),
        ),
    )
    for step in spec["steps"]:
        meeting_projects.add_step(
            session,
            ProjectStepDraft(
                project_id=project.id, date=date.fromisoformat(step["date"]), note=step["note"]
            ),
        )
