"""Partnerships between associations and companies: what programmes and meetings aim at."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session, aliased

from dla_desktop.db.models import (
    Association,
    Company,
    HistoryEntry,
    Meeting,
    Partnership,
    Programme,
)
from dla_desktop.domain.dashboard import PartnershipCard
from dla_desktop.domain.enums import PartnershipCategory, PartnershipStatus
from dla_desktop.domain.history import HistoryKind, decode_value
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


# --- the dates of each status change ---------------------------------------------------

# Entries that say what this file decided; MERGED ones repeat, at the merge's time, a change
# whose own entry (with its real time) was copied from the other office.
_DECIDING_KINDS = (HistoryKind.UPDATE.value, HistoryKind.RESOLVED.value)


def status_changes(session: Session, partnership_id: str) -> list[tuple[PartnershipStatus, date]]:
    """Each status a partnership went through, oldest first, with the day it was reached.

    Read from the change history (fields ``status`` and ``status_date``): the day is the
    status date saved with the change, else the day the change was recorded; a later edit
    of the status date alone corrects the day of the status then current.
    """
    row = PARTNERSHIPS.fetch(session, partnership_id)
    entries = session.execute(
        select(HistoryEntry.changed_at, HistoryEntry.field, HistoryEntry.old_value,
               HistoryEntry.new_value)
        .where(
            HistoryEntry.table_name == Partnership.__tablename__,
            HistoryEntry.row_id == partnership_id,
            HistoryEntry.field.in_(("status", "status_date")),
            HistoryEntry.kind.in_(_DECIDING_KINDS),
        )
        .order_by(HistoryEntry.changed_at, HistoryEntry.seq)
    ).all()  # fmt: skip
    first = {field: old for _when, field, old, _new in reversed(entries)}
    start_status = decode_value(first["status"]) if "status" in first else row.status
    start_date = decode_value(first["status_date"]) if "status_date" in first else row.status_date
    steps: list[tuple[str, date]] = [
        (str(start_status), _day(start_date) or _local_day(_created_at(session, row)))
    ]
    for when, fields in _by_flush(entries):
        said = _day(decode_value(fields["status_date"])) if "status_date" in fields else None
        if "status" in fields:
            status = str(decode_value(fields["status"]))
            if status != steps[-1][0]:
                steps.append((status, said or _local_day(when)))
        elif said is not None:  # the status date corrected: the current step's day
            steps[-1] = (steps[-1][0], said)
    return [(PartnershipStatus(status), day) for status, day in steps if _known(status)]


def _by_flush(entries: Any) -> list[tuple[datetime, dict[str, str | None]]]:
    """Entries grouped by the flush that wrote them (one time each): field -> new value."""
    groups: dict[datetime, dict[str, str | None]] = {}
    for when, field, _old, new in entries:
        groups.setdefault(when, {})[field] = new
    return list(groups.items())


def _created_at(session: Session, row: Partnership) -> datetime:
    """When the partnership was recorded: its creation entry, else its own column."""
    created = session.scalar(
        select(func.min(HistoryEntry.changed_at)).where(
            HistoryEntry.table_name == Partnership.__tablename__,
            HistoryEntry.row_id == row.id,
            HistoryEntry.kind == HistoryKind.CREATE.value,
        )
    )
    return created or row.created_at


def _day(value: object) -> date | None:
    return value if isinstance(value, date) and not isinstance(value, datetime) else None


def _local_day(moment: datetime) -> date:
    """A stored UTC moment's day where the user is."""
    return moment.astimezone().date()


def _known(status: str) -> bool:
    """False for a status written by a newer version of the application."""
    return status in {member.value for member in PartnershipStatus}
