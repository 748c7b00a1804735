"""Partnerships between associations and companies: what programmes and meetings aim at."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, select
from sqlalchemy.orm import Session, aliased

from dla_desktop.db.models import Association, Company, Meeting, Partnership, Programme
from dla_desktop.domain.dashboard import PartnershipCard
from dla_desktop.domain.enums import PartnershipCategory, PartnershipStatus
from dla_desktop.domain.records import PartnershipDraft, PartnershipRecord, PartnershipRow
from dla_desktop.services.base import Entity, check_version
from dla_desktop.services.validation import Checker


@dataclass(frozen=True)
class _StatusChange:
    """What a status change submits, checked like a form."""

    status: PartnershipStatus | str
    status_date: date


def _validate(session: Session, draft: PartnershipDraft) -> PartnershipDraft:
    check = Checker(draft, Partnership)
    check.reference(session, "association_id", Association)
    check.reference(session, "company_id", Company)
    check.choice("category", PartnershipCategory)
    check.choice("status", PartnershipStatus)
    check.dates("status_date", "start_date", "end_date")
    check.date_order("start_date", "end_date")
    check.amount("amount", "project_budget")
    check.text("title", "counterparts", "project", "needs", "notes")
    check.reference(session, "origin_programme_id", Programme, optional=True)
    check.reference(session, "origin_meeting_id", Meeting, optional=True)
    return check.result()


PARTNERSHIPS: Entity[PartnershipDraft, PartnershipRecord] = Entity(
    Partnership, PartnershipRecord, "partenariat", _validate
)

archive_partnership = PARTNERSHIPS.archive
get_partnership = PARTNERSHIPS.get


def create_partnership(session: Session, draft: PartnershipDraft) -> PartnershipRecord:
    """Record a new partnership; its first status counts as a status change."""
    record = PARTNERSHIPS.create(session, draft)
    _status_changed(session, record, previous=None)
    return record


def update_partnership(
    session: Session, id: str, draft: PartnershipDraft, expected_version: int
) -> PartnershipRecord:
    """Save a partnership form; a status edited there goes through the same seam."""
    previous = PARTNERSHIPS.fetch(session, id).status
    record = PARTNERSHIPS.update(session, id, draft, expected_version)
    if record.status != previous:
        _status_changed(session, record, previous=PartnershipStatus(previous))
    return record


def change_partnership_status(
    session: Session, id: str, status: PartnershipStatus | str, on: date, version: int
) -> PartnershipRecord:
    """Move a partnership along its lifecycle (idea, contact, ... signed) on a given day."""
    row = PARTNERSHIPS.fetch(session, id)
    check_version(row, version)
    check = Checker(_StatusChange(status=status, status_date=on), Partnership)
    check.choice("status", PartnershipStatus)
    check.dates("status_date", optional=False)
    change = check.result()
    previous = PartnershipStatus(row.status)
    row.status, row.status_date = change.status.value, change.status_date
    session.flush()
    record = PARTNERSHIPS.to_record(session, row)
    _status_changed(session, record, previous=previous)
    return record


def _status_changed(
    session: Session, record: PartnershipRecord, previous: PartnershipStatus | None
) -> None:
    """Seam for the status history: every status change of a partnership passes here.

    The history table (a later issue) will append one row here: record.id, previous,
    record.status, record.status_date. Until then there is nothing to keep.
    """


def list_partnerships(
    session: Session,
    *,
    association_id: str | None = None,
    company_id: str | None = None,
    programme_id: str | None = None,
) -> list[PartnershipRecord]:
    """Live partnerships of one association, one company or born of one programme."""
    where = [*_between_live_parties()]
    if association_id is not None:
        where.append(Partnership.association_id == association_id)
    if company_id is not None:
        where.append(Partnership.company_id == company_id)
    if programme_id is not None:
        where.append(Partnership.origin_programme_id == programme_id)
    return PARTNERSHIPS.list(session, *where, order_by=Partnership.created_at)


def partnership_rows(session: Session) -> list[PartnershipRow]:
    """Every live partnership with its parties' names, for the list screen."""
    association, company = aliased(Association), aliased(Company)
    query = _with_live_parties(
        select(
            Partnership.id,
            Partnership.association_id,
            association.name,
            Partnership.company_id,
            company.name,
            Partnership.title,
            Partnership.category,
            Partnership.status,
            Partnership.status_date,
            Partnership.amount,
            Partnership.origin_programme_id,
        ),
        association,
        company,
    ).order_by(association.sort_name, company.sort_name, Partnership.created_at)
    return [PartnershipRow._make(row) for row in session.execute(query)]


def _with_live_parties(query: Select[Any], association: Any, company: Any) -> Select[Any]:
    """Joined to both parties (aliases, for their names); archived ones and their deals left out."""
    return (
        query.join(association, association.id == Partnership.association_id)
        .join(company, company.id == Partnership.company_id)
        .where(Partnership.deleted_at.is_(None))
        .where(association.deleted_at.is_(None), company.deleted_at.is_(None))
    )


def _between_live_parties() -> tuple[ColumnElement[bool], ...]:
    """A partnership whose association or company was archived is archived with it."""
    live_associations = select(Association.id).where(Association.deleted_at.is_(None))
    live_companies = select(Company.id).where(Company.deleted_at.is_(None))
    return (
        Partnership.association_id.in_(live_associations),
        Partnership.company_id.in_(live_companies),
    )


def board_cards(session: Session) -> list[PartnershipCard]:
    """Every live partnership as a board card, with the version a status move sends back."""
    association, company = aliased(Association), aliased(Company)
    query = _with_live_parties(
        select(
            Partnership.id,
            Partnership.version,
            association.name,
            company.name,
            Partnership.title,
            Partnership.category,
            Partnership.status,
            Partnership.status_date,
            Partnership.amount,
        ),
        association,
        company,
    ).order_by(Partnership.status_date.desc(), association.sort_name, Partnership.created_at)
    return [PartnershipCard._make(row) for row in session.execute(query)]
