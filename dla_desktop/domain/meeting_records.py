"""What the meeting services take in and hand out beyond the meeting and its participants.

Preferences steer the schedule; ratings, the survey and the six-month outcome say what a
meeting led to; project sub-groups carry the ideas between two meetings.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from dla_desktop.domain.enums import PairOutcome, PairPreferenceKind, PairRating, ProjectStatus
from dla_desktop.domain.records import Stored


class Registration(NamedTuple):
    """A live registration to a meeting with its party's name: what every meeting tab lists."""

    id: str  # the registration (participant) id
    party_id: str  # the association's or the company's id
    is_association: bool
    name: str
    town: str
    representatives: str
    leaders_count: int
    presentation: str
    arrives_at_round: int | None
    leaves_after_round: int | None


@dataclass(frozen=True, kw_only=True)
class MeetingPreferenceDraft:
    """A pair to make meet (guaranteed) or to keep apart, asked by a participant."""

    meeting_id: str
    association_id: str
    company_id: str
    kind: PairPreferenceKind
    note: str = ""  # who asked, why


@dataclass(frozen=True, kw_only=True)
class MeetingPreferenceRecord(Stored, MeetingPreferenceDraft):
    pass


@dataclass(frozen=True, kw_only=True)
class PairFeedbackDraft:
    """How each side rated one conversation, and the organisers' note on it."""

    association_rating: PairRating | None = None
    company_rating: PairRating | None = None
    note: str = ""


@dataclass(frozen=True, kw_only=True)
class PairOutcomeDraft:
    """The second-stage follow-up of a pair, about six months after the meeting."""

    outcome: PairOutcome | None = None
    outcome_date: date | None = None


@dataclass(frozen=True, kw_only=True)
class MeetingPairRecord(Stored):
    """One scheduled (or once scheduled) pair, with its feedback and outcome."""

    meeting_id: str
    association_id: str
    association_name: str
    company_id: str
    company_name: str
    round_number: int | None
    table_number: int | None
    association_rating: PairRating | None = None
    company_rating: PairRating | None = None
    note: str = ""
    outcome: PairOutcome | None = None
    outcome_date: date | None = None
    partnership_id: str | None = None


@dataclass(frozen=True, kw_only=True)
class SurveyAnswerDraft:
    """One participant's satisfaction with the meeting, 1 (not at all) to 5 (very)."""

    participant_id: str
    satisfaction: int
    comment: str = ""


@dataclass(frozen=True, kw_only=True)
class SurveyAnswerRecord(Stored, SurveyAnswerDraft):
    meeting_id: str
    participant_name: str


@dataclass(frozen=True)
class SurveySummary:
    """What the survey says, for the meeting page and the report to partners."""

    participants: int  # registered
    answers: int
    average: float | None  # None without answers
    by_score: tuple[tuple[int, int], ...]  # (score 1..5, count), every score listed
    comments: tuple[tuple[str, str], ...]  # (participant name, comment), non-empty only


@dataclass(frozen=True, kw_only=True)
class MeetingProjectDraft:
    """A project sub-group born from a meeting."""

    meeting_id: str
    title: str
    followed_by: str = ""  # the member of the organising team who follows it
    status: ProjectStatus = ProjectStatus.IDEA
    notes: str = ""
    association_ids: tuple[str, ...] = ()
    company_ids: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class MeetingProjectRecord(Stored, MeetingProjectDraft):
    pass


@dataclass(frozen=True, kw_only=True)
class ProjectStepDraft:
    """A working meeting or milestone of a sub-group."""

    project_id: str
    date: date
    note: str = ""


@dataclass(frozen=True, kw_only=True)
class ProjectStepRecord(Stored, ProjectStepDraft):
    pass
