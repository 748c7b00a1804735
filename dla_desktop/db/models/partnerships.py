"""Partnerships between associations and companies (their meetings: ``meetings.py``)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from dla_desktop.db.models.base import NAME_LENGTH, Base, SharedRow, vocabulary_checks
from dla_desktop.db.types import Money
from dla_desktop.domain.enums import PartnershipCategory, PartnershipStatus


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
