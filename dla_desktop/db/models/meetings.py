"""Meetings between associations and companies: who comes, the schedule, what came of it."""

from __future__ import annotations

from datetime import date, time

from sqlalchemy import CheckConstraint, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from dla_desktop.db.models.base import NAME_LENGTH, SHORT_LENGTH, Base, SharedRow, vocabulary_checks
from dla_desktop.domain.enums import (
    MeetingFormat,
    PairOutcome,
    PairPreferenceKind,
    PairRating,
    ProjectStatus,
)


def one_party() -> CheckConstraint:
    """Exactly one of association_id / company_id is set on a row naming a party."""
    return CheckConstraint(
        "(CASE WHEN association_id IS NULL THEN 0 ELSE 1 END"
        " + CASE WHEN company_id IS NULL THEN 0 ELSE 1 END) = 1",
        name="one_party",
    )


class Meeting(SharedRow, Base):
    """A rencontre between associations and companies (speed dating, breakfast, forum...)."""

    __tablename__ = "meeting"
    __table_args__ = (*vocabulary_checks(format=MeetingFormat),)

    title: Mapped[str] = mapped_column(String(NAME_LENGTH), index=True)
    format: Mapped[str] = mapped_column(String(30))
    # Meetings of one series (one a semester in the Cher) avoid pairs that already met.
    series: Mapped[str] = mapped_column(String(SHORT_LENGTH), default="")
    date: Mapped[date]
    start_time: Mapped[time | None]
    place: Mapped[str] = mapped_column(String(NAME_LENGTH), default="")
    organisers: Mapped[str] = mapped_column(Text, default="")
    slot_minutes: Mapped[int] = mapped_column(default=7)
    break_every: Mapped[int] = mapped_column(default=0)  # rounds between two breaks; 0: none
    break_minutes: Mapped[int] = mapped_column(default=10)
    # The rounds the time allows; None: as many as everyone meeting everyone takes.
    rounds_available: Mapped[int | None]
    notes: Mapped[str] = mapped_column(Text, default="")


class MeetingParticipant(SharedRow, Base):
    """An association or a company registered to a meeting, with who represents it."""

    __tablename__ = "meeting_participant"
    __table_args__ = (one_party(),)

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), index=True)
    association_id: Mapped[str | None] = mapped_column(ForeignKey("association.id"), index=True)
    company_id: Mapped[str | None] = mapped_column(ForeignKey("company.id"), index=True)
    representatives: Mapped[str] = mapped_column(String(NAME_LENGTH), default="")
    leaders_count: Mapped[int] = mapped_column(default=1)
    presentation: Mapped[str] = mapped_column(String(NAME_LENGTH), default="")
    # A late arrival or an early departure re-plans the rounds after it (1-based rounds).
    arrives_at_round: Mapped[int | None]
    leaves_after_round: Mapped[int | None]


class MeetingPair(SharedRow, Base):
    """One association meeting one company at a meeting: its slot, how each side rated it,
    and what came of it six months later."""

    __tablename__ = "meeting_pair"
    __table_args__ = (
        UniqueConstraint("meeting_id", "association_id", "company_id"),
        *vocabulary_checks(
            association_rating=PairRating, company_rating=PairRating, outcome=PairOutcome
        ),
    )

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), index=True)
    association_id: Mapped[str] = mapped_column(ForeignKey("association.id"))
    company_id: Mapped[str] = mapped_column(ForeignKey("company.id"))
    round_number: Mapped[int | None]  # None: planned once, no longer in the schedule
    table_number: Mapped[int | None]
    association_rating: Mapped[str | None] = mapped_column(String(30))
    company_rating: Mapped[str | None] = mapped_column(String(30))
    note: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str | None] = mapped_column(String(30))
    outcome_date: Mapped[date | None]
    partnership_id: Mapped[str | None] = mapped_column(ForeignKey("partnership.id"), index=True)


class MeetingPreference(SharedRow, Base):
    """A pair a participant asked to meet, or to avoid, at one meeting."""

    __tablename__ = "meeting_preference"
    __table_args__ = (
        UniqueConstraint("meeting_id", "association_id", "company_id"),
        *vocabulary_checks(kind=PairPreferenceKind),
    )

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), index=True)
    association_id: Mapped[str] = mapped_column(ForeignKey("association.id"))
    company_id: Mapped[str] = mapped_column(ForeignKey("company.id"))
    kind: Mapped[str] = mapped_column(String(30))
    note: Mapped[str] = mapped_column(String(NAME_LENGTH), default="")


class MeetingSurveyAnswer(SharedRow, Base):
    """One participant's satisfaction with a meeting (1 to 5) and their comments."""

    __tablename__ = "meeting_survey_answer"
    __table_args__ = (
        UniqueConstraint("participant_id"),
        CheckConstraint("satisfaction BETWEEN 1 AND 5", name="satisfaction_scale"),
    )

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), index=True)
    participant_id: Mapped[str] = mapped_column(ForeignKey("meeting_participant.id"))
    satisfaction: Mapped[int]
    comment: Mapped[str] = mapped_column(Text, default="")


class MeetingProject(SharedRow, Base):
    """A project sub-group born from a meeting, followed by one of the organisers."""

    __tablename__ = "meeting_project"
    __table_args__ = (*vocabulary_checks(status=ProjectStatus),)

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), index=True)
    title: Mapped[str] = mapped_column(String(NAME_LENGTH))
    followed_by: Mapped[str] = mapped_column(String(SHORT_LENGTH), default="")
    status: Mapped[str] = mapped_column(String(30))
    notes: Mapped[str] = mapped_column(Text, default="")


class MeetingProjectMember(SharedRow, Base):
    """An association or a company taking part in a project sub-group."""

    __tablename__ = "meeting_project_member"
    __table_args__ = (one_party(),)

    project_id: Mapped[str] = mapped_column(ForeignKey("meeting_project.id"), index=True)
    association_id: Mapped[str | None] = mapped_column(ForeignKey("association.id"))
    company_id: Mapped[str | None] = mapped_column(ForeignKey("company.id"))


class MeetingProjectStep(SharedRow, Base):
    """A sub-group's working meeting or milestone: when, and what moved."""

    __tablename__ = "meeting_project_step"

    project_id: Mapped[str] = mapped_column(ForeignKey("meeting_project.id"), index=True)
    date: Mapped[date]
    note: Mapped[str] = mapped_column(Text, default="")
