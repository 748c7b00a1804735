"""The Tableau de bord: key figures across every live programme, in three aggregate queries.

Participants are counted through enrolment.live_participation, with the programme
joined in (``live_participation(Programme.id)`` turns "of this programme" into "of a
programme"); obtained partnerships through OBTAINED_PARTNERSHIP_STATUSES, between a
live association and a live company, as the partnerships list shows them.
"""

from __future__ import annotations

from collections import Counter
from decimal import Decimal

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from dla_desktop.db.models import Association, Company, Enrolment, Partnership, Programme
from dla_desktop.domain.dashboard import Dashboard, ProgrammeFigures
from dla_desktop.domain.enums import OBTAINED_PARTNERSHIP_STATUSES, PartnershipCategory
from dla_desktop.domain.money import round_cents
from dla_desktop.services.enrolment import live_participation


def dashboard(session: Session) -> Dashboard:
    """Everything the dashboard shows; an empty file gives zeros and empty charts."""
    per_programme = _per_programme(session)
    associations, headcount, fte = _accompanied(session)
    partnerships = session.execute(_obtained_partnerships()).all()
    by_category = Counter(PartnershipCategory(category) for category, *_rest in partnerships)
    years = Counter(_year_obtained(start, status) for _c, _a, start, status in partnerships)
    undated = years.pop(None, 0)
    amount = sum((a for _c, a, _s, _d in partnerships if a is not None), Decimal(0))
    return Dashboard(
        programmes=len(per_programme),
        associations=associations,
        jobs_headcount=headcount,
        jobs_fte=fte,
        budget=round_cents(sum((p.budget for p in per_programme), Decimal(0))),
        partnerships_obtained=len(partnerships),
        partnerships_amount=round_cents(amount),
        by_category=tuple((c, by_category[c]) for c in PartnershipCategory if by_category[c]),
        by_year=tuple(sorted(years.items())),
        undated_partnerships=undated,
        per_programme=per_programme,
    )


def _per_programme(session: Session) -> tuple[ProgrammeFigures, ...]:
    """Live programmes with their budget and live participants (zero when none)."""
    participants = (
        select(Programme.id.label("programme_id"), func.count().label("count"))
        .join(Enrolment, Enrolment.programme_id == Programme.id)
        .join(Association, Association.id == Enrolment.association_id)
        .where(*live_participation(Programme.id))  # type: ignore[arg-type]
        .group_by(Programme.id)
        .subquery()
    )
    rows = session.execute(
        select(Programme.id, Programme.title, Programme.budget, participants.c.count)
        .outerjoin(participants, participants.c.programme_id == Programme.id)
        .where(Programme.deleted_at.is_(None))
        .order_by(Programme.title, Programme.created_at)
    )
    return tuple(
        ProgrammeFigures(
            programme_id=id, title=title, budget=budget or Decimal(0), associations=count or 0
        )
        for id, title, budget, count in rows
    )


def _accompanied(session: Session) -> tuple[int, int, Decimal]:
    """Distinct associations taking part in a live programme, with their jobs."""
    accompanied = (
        select(Enrolment.association_id)
        .join(Programme, Programme.id == Enrolment.programme_id)
        .join(Association, Association.id == Enrolment.association_id)
        .where(Programme.deleted_at.is_(None), *live_participation(Programme.id))  # type: ignore[arg-type]
        .distinct()
    )
    count, headcount, fte = session.execute(
        select(func.count(), func.sum(Association.employees), func.sum(Association.fte)).where(
            Association.id.in_(accompanied)
        )
    ).one()
    return count, int(headcount or 0), fte or Decimal(0)


def _obtained_partnerships() -> Select[tuple[str, Decimal | None, object, object]]:
    """Category, amount and the two dates that place an obtained partnership in a year."""
    return (
        select(
            Partnership.category,
            Partnership.amount,
            Partnership.start_date,
            Partnership.status_date,
        )
        .join(Association, Association.id == Partnership.association_id)
        .join(Company, Company.id == Partnership.company_id)
        .where(
            Partnership.deleted_at.is_(None),
            Partnership.status.in_([s.value for s in OBTAINED_PARTNERSHIP_STATUSES]),
            Association.deleted_at.is_(None),
            Company.deleted_at.is_(None),
        )
    )


def _year_obtained(start_date: object, status_date: object) -> int | None:
    """The year a partnership started, else the year of its status (signed on that day).

    There is no status history yet: for a partnership now running or ended, the status
    date says when it started or ended, not when it was signed, so its start date wins.
    """
    for day in (start_date, status_date):
        if day is not None:
            return day.year  # type: ignore[attr-defined]
    return None
