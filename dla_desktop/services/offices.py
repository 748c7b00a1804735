"""Offices (DLA/CBE) and which one is working in this file."""

from __future__ import annotations

from sqlalchemy.orm import Session

from dla_desktop.db.engine import current_office_id
from dla_desktop.db.models import CURRENT_OFFICE_KEY, LocalSetting, Office
from dla_desktop.domain.records import OfficeDraft, OfficeRecord
from dla_desktop.domain.text import folded
from dla_desktop.services.base import Entity
from dla_desktop.services.validation import Checker


def _validate(session: Session, draft: OfficeDraft) -> OfficeDraft:
    check = Checker(draft, Office)
    check.text("name", required=True)
    check.text("carrier", "departement", "town")
    check.contact_fields()
    departement = check.changes.get("departement")
    if departement and not (departement.isalnum() and 2 <= len(departement) <= 3):
        check.fail("departement", "code de département attendu (59, 2A, 974).")
    return check.result()


OFFICES: Entity[OfficeDraft, OfficeRecord] = Entity(Office, OfficeRecord, "bureau", _validate)

create_office = OFFICES.create
update_office = OFFICES.update
archive_office = OFFICES.archive
get_office = OFFICES.get


def list_offices(session: Session) -> list[OfficeRecord]:
    """Offices by name, the French way (a handful: sorted here, not in SQL)."""
    return sorted(OFFICES.list(session), key=lambda office: folded(office.name))


def set_current_office(session: Session, office_id: str) -> None:
    """Say which office works in this file; its id stamps every later change."""
    OFFICES.fetch(session, office_id)
    setting = session.get(LocalSetting, CURRENT_OFFICE_KEY)
    if setting is None:
        session.add(LocalSetting(key=CURRENT_OFFICE_KEY, value=office_id))
    else:
        setting.value = office_id
    session.info["office_id"] = office_id


def current_office(session: Session) -> OfficeRecord | None:
    """The office working in this file, or None for a new file (the UI then asks)."""
    office_id = current_office_id(session)
    row = None if office_id is None else session.get(Office, office_id)
    return None if row is None or row.deleted_at is not None else OFFICES.get(session, row.id)
