"""A collective accompaniment programme and everything that hangs from it."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import JSON, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from dla_desktop.db.models.base import NAME_LENGTH, SHORT_LENGTH, Base, SharedRow, vocabulary_checks
from dla_desktop.db.types import Money, ScaledDecimal
from dla_desktop.domain.enums import (
    AttendanceStatus,
    EnrolmentStatus,
    FollowUpKind,
    PartnershipCategory,
    ProgrammeStatus,
    SessionKind,
    VoletKind,
)


class Programme(SharedRow, Base):
    """An accompagnement collectif: a group of associations prepared for one goal."""

    __tablename__ = "programme"
    __table_args__ = (*vocabulary_checks(status=ProgrammeStatus),)

    title: Mapped[str] = mapped_column(String(NAME_LENGTH), index=True)
    theme: Mapped[str] = mapped_column(String(NAME_LENGTH), default="")
    status: Mapped[str] = mapped_column(String(30))
    info_meeting_date: Mapped[date | None]
    start_date: Mapped[date | None]
    end_date: Mapped[date | None]
    invited_count: Mapped[int | None]
    objective: Mapped[str] = mapped_column(Text, default="")
    specification: Mapped[str] = mapped_column(Text, default="")
    budget: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    history: Mapped[str] = mapped_column(Text, default="")
    lessons: Mapped[str] = mapped_column(Text, default="")
    # Follow-up: questionnaire waves in months after the end ("3,6,12"), and how many days
    # after sending a missing answer is reported late.
    questionnaire_waves: Mapped[str] = mapped_column(String(50), default="3,6,12")
    answer_reminder_days: Mapped[int] = mapped_column(default=30)


class ProgrammeOffice(SharedRow, Base):
    """An office co-running a programme."""

    __tablename__ = "programme_office"
    __table_args__ = (UniqueConstraint("programme_id", "office_id"),)

    programme_id: Mapped[str] = mapped_column(ForeignKey("programme.id"), index=True)
    office_id: Mapped[str] = mapped_column(ForeignKey("office.id"), index=True)


class Volet(SharedRow, Base):
    """A module of a programme, bought from one cabinet."""

    __tablename__ = "volet"
    __table_args__ = (*vocabulary_checks(kind=VoletKind),)

    programme_id: Mapped[str] = mapped_column(ForeignKey("programme.id"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    label: Mapped[str] = mapped_column(String(NAME_LENGTH), default="")
    objective: Mapped[str] = mapped_column(Text, default="")
    cabinet_id: Mapped[str | None] = mapped_column(ForeignKey("cabinet.id"), index=True)
    collective_half_days: Mapped[int] = mapped_column(default=0)
    collective_days: Mapped[int] = mapped_column(default=0)
    interviews_per_structure: Mapped[int] = mapped_column(default=0)
    contracted_amount: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    assessment: Mapped[str] = mapped_column(Text, default="")
    improvement_tracks: Mapped[list[str]] = mapped_column(JSON, default=list)


class Subgroup(SharedRow, Base):
    """A sous-groupe of associations inside a volet."""

    __tablename__ = "subgroup"

    volet_id: Mapped[str] = mapped_column(ForeignKey("volet.id"), index=True)
    name: Mapped[str] = mapped_column(String(SHORT_LENGTH))


class Enrolment(SharedRow, Base):
    """An association taking part in a programme, with its follow-up allowance."""

    __tablename__ = "enrolment"
    __table_args__ = (
        *vocabulary_checks(status=EnrolmentStatus),
        UniqueConstraint("programme_id", "association_id"),
    )

    programme_id: Mapped[str] = mapped_column(ForeignKey("programme.id"), index=True)
    association_id: Mapped[str] = mapped_column(ForeignKey("association.id"), index=True)
    status: Mapped[str] = mapped_column(String(30))
    status_date: Mapped[date | None]
    followup_days_planned: Mapped[Decimal] = mapped_column(ScaledDecimal(2), default=Decimal("1.5"))


class VoletEnrolment(SharedRow, Base):
    """An association following one volet, possibly inside a sub-group."""

    __tablename__ = "volet_enrolment"
    __table_args__ = (UniqueConstraint("volet_id", "association_id"),)

    volet_id: Mapped[str] = mapped_column(ForeignKey("volet.id"), index=True)
    association_id: Mapped[str] = mapped_column(ForeignKey("association.id"), index=True)
    subgroup_id: Mapped[str | None] = mapped_column(ForeignKey("subgroup.id"), index=True)


class ProgrammeSession(SharedRow, Base):
    """A séance: collective half-day or day, individual interview, or steering committee.

    Not called ``Session`` so that it is never mistaken for SQLAlchemy's.
    """

    __tablename__ = "programme_session"
    __table_args__ = (*vocabulary_checks(kind=SessionKind),)

    programme_id: Mapped[str] = mapped_column(ForeignKey("programme.id"), index=True)
    volet_id: Mapped[str | None] = mapped_column(ForeignKey("volet.id"), index=True)
    subgroup_id: Mapped[str | None] = mapped_column(ForeignKey("subgroup.id"))
    # an individual interview concerns one association
    association_id: Mapped[str | None] = mapped_column(ForeignKey("association.id"))
    kind: Mapped[str] = mapped_column(String(30))
    title: Mapped[str] = mapped_column(String(NAME_LENGTH), default="")
    date: Mapped[date]
    place: Mapped[str] = mapped_column(String(NAME_LENGTH), default="")
    duration_hours: Mapped[Decimal] = mapped_column(ScaledDecimal(2), default=Decimal(0))


class Attendance(SharedRow, Base):
    """Whether an expected association came to a session, and who came."""

    __tablename__ = "attendance"
    __table_args__ = (
        *vocabulary_checks(status=AttendanceStatus),
        UniqueConstraint("session_id", "association_id"),
    )

    session_id: Mapped[str] = mapped_column(ForeignKey("programme_session.id"), index=True)
    association_id: Mapped[str] = mapped_column(ForeignKey("association.id"), index=True)
    status: Mapped[str] = mapped_column(String(30))
    attendees: Mapped[str] = mapped_column(String(NAME_LENGTH), default="")


class FundingLine(SharedRow, Base):
    """What one funder gives to one programme."""

    __tablename__ = "funding_line"

    programme_id: Mapped[str] = mapped_column(ForeignKey("programme.id"), index=True)
    funder_id: Mapped[str] = mapped_column(ForeignKey("funder.id"), index=True)
    amount: Mapped[Decimal] = mapped_column(Money())
    note: Mapped[str] = mapped_column(String(NAME_LENGTH), default="")


class CostLine(SharedRow, Base):
    """A planned and actual expense of a programme, usually one volet's cabinet."""

    __tablename__ = "cost_line"

    programme_id: Mapped[str] = mapped_column(ForeignKey("programme.id"), index=True)
    volet_id: Mapped[str | None] = mapped_column(ForeignKey("volet.id"), index=True)
    cabinet_id: Mapped[str | None] = mapped_column(ForeignKey("cabinet.id"))
    label: Mapped[str] = mapped_column(String(NAME_LENGTH))
    planned_amount: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    actual_amount: Mapped[Decimal | None] = mapped_column(Money())


class FollowUpAction(SharedRow, Base):
    """A post-accompaniment action with one association (interview, visit, call...)."""

    __tablename__ = "followup_action"
    __table_args__ = (*vocabulary_checks(kind=FollowUpKind),)

    programme_id: Mapped[str] = mapped_column(ForeignKey("programme.id"), index=True)
    association_id: Mapped[str] = mapped_column(ForeignKey("association.id"), index=True)
    date: Mapped[date]
    kind: Mapped[str] = mapped_column(String(30))
    duration_days: Mapped[Decimal] = mapped_column(ScaledDecimal(2), default=Decimal(0))
    note: Mapped[str] = mapped_column(Text, default="")
    next_step: Mapped[str] = mapped_column(String(NAME_LENGTH), default="")
    next_step_date: Mapped[date | None]


class Questionnaire(SharedRow, Base):
    """A questionnaire wave sent to one association N months after the end, with its answer."""

    __tablename__ = "questionnaire"
    __table_args__ = (
        *vocabulary_checks(category=PartnershipCategory),
        UniqueConstraint("programme_id", "association_id", "months_after"),
    )

    programme_id: Mapped[str] = mapped_column(ForeignKey("programme.id"), index=True)
    association_id: Mapped[str] = mapped_column(ForeignKey("association.id"), index=True)
    months_after: Mapped[int]
    sent_on: Mapped[date | None]
    answered_on: Mapped[date | None]
    partnership_obtained: Mapped[bool | None]
    company_id: Mapped[str | None] = mapped_column(ForeignKey("company.id"))
    company_name: Mapped[str] = mapped_column(String(NAME_LENGTH), default="")
    category: Mapped[str | None] = mapped_column(String(30))
    amount: Mapped[Decimal | None] = mapped_column(Money())
    jobs_created: Mapped[int] = mapped_column(default=0)
    jobs_consolidated: Mapped[int] = mapped_column(default=0)
    comment: Mapped[str] = mapped_column(Text, default="")
    # satisfaction per volet, {volet id: 1..5}, from the filled form or typed in by hand
    satisfaction: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)
    # SHA-256 of the filled PDF the answer came from: the same form is never imported twice
    form_sha256: Mapped[str] = mapped_column(String(64), default="")
