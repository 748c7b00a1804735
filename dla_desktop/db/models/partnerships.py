"""Partnerships between associations and companies, and the meetings that lead to them."""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from dla_desktop.db.models.base import NAME_LENGTH, SHORT_LENGTH, Base, SharedRow, vocabulary_checks
from dla_desktop.db.types import Money
from dla_desktop.domain.enums import MeetingFormat, PartnershipCategory, PartnershipStatus


class Partnership(SharedRow, Base):
    """An association × company partnership with its category, lifecycle and origin."""

    __tablename__ = "partnership"
    __table_args__ = (*vocabulary_checks(category=PartnershipCategory, status=PartnershipStatus),)

    association_id: Mapped[str] = mapped_column(ForeignKey("association.id"), index=True)
    company_id: Mapped[str] = mapped_column(ForeignKey("company.id"), index=True)
    category: Mapped[str] = mapped_column(String(30))
    status: Mapped[str] = mapped_column(String(30))
    status_date: Mapped[date | None]
    title: Mapped[str] = mapped_column(String(NAME_LENGTH), default="")
    amount: Mapped[Decimal | None] = mapped_column(Money())
    counterparts: Mapped[str] = mapped_column(Text, default="")
    # What the partnership dossier tells the company: the project, its needs, its cost.
    project: Mapped[str] = mapped_column(Text, default="")
    needs: Mapped[str] = mapped_column(Text, default="")
    project_budget: Mapped[Decimal | None] = mapped_column(Money())
    start_date: Mapped[date | None]
    end_date: Mapped[date | None]
    origin_programme_id: Mapped[str | None] = mapped_column(ForeignKey("programme.id"), index=True)
    origin_meeting_id: Mapped[str | None] = mapped_column(ForeignKey("meeting.id"), index=True)
    notes: Mapped[str] = mapped_column(Text, default="")


class Meeting(SharedRow, Base):
    """A rencontre between associations and companies (speed dating, breakfast, forum...)."""

    __tablename__ = "meeting"
    __table_args__ = (*vocabulary_checks(format=MeetingFormat),)

    title: Mapped[str] = mapped_column(String(NAME_LENGTH), index=True)
    format: Mapped[str] = mapped_column(String(30))
    series: Mapped[str] = mapped_column(String(SHORT_LENGTH), default="")
    date: Mapped[date]
    start_time: Mapped[time | None]
    place: Mapped[str] = mapped_column(String(NAME_LENGTH), default="")
    slot_minutes: Mapped[int] = mapped_column(default=7)
    break_every: Mapped[int] = mapped_column(default=0)
    notes: Mapped[str] = mapped_column(Text, default="")


class MeetingParticipant(SharedRow, Base):
    """An association or a company registered to a meeting, with who represents it."""

    __tablename__ = "meeting_participant"
    __table_args__ = (
        CheckConstraint(
            "(CASE WHEN association_id IS NULL THEN 0 ELSE 1 END"
            " + CASE WHEN company_id IS NULL THEN 0 ELSE 1 END) = 1",
            name="one_party",
        ),
    )

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), index=True)
    association_id: Mapped[str | None] = mapped_column(ForeignKey("association.id"), index=True)
    company_id: Mapped[str | None] = mapped_column(ForeignKey("company.id"), index=True)
    representatives: Mapped[str] = mapped_column(String(NAME_LENGTH), default="")
    leaders_count: Mapped[int] = mapped_column(default=1)
    presentation: Mapped[str] = mapped_column(String(NAME_LENGTH), default="")


class MeetingPair(SharedRow, Base):
    """One association meeting one company at a meeting: its slot, then how each side rated it.

    The schedule itself is computed by the meetings issue; the table is here so the
    model is complete and files stay compatible.
    """

    __tablename__ = "meeting_pair"
    __table_args__ = (UniqueConstraint("meeting_id", "association_id", "company_id"),)

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), index=True)
    association_id: Mapped[str] = mapped_column(ForeignKey("association.id"))
    company_id: Mapped[str] = mapped_column(ForeignKey("company.id"))
    round_number: Mapped[int | None]
    table_number: Mapped[int | None]
    association_rating: Mapped[str | None] = mapped_column(String(30))
    company_rating: Mapped[str | None] = mapped_column(String(30))
    note: Mapped[str] = mapped_column(Text, default="")
