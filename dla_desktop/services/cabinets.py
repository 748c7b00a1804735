"""Cabinets (consultant firms) that deliver volets."""

from __future__ import annotations

from sqlalchemy.orm import Session

from dla_desktop.db.models import Cabinet
from dla_desktop.domain import identifiers
from dla_desktop.domain.records import CabinetDraft, CabinetRecord
from dla_desktop.domain.text import folded
from dla_desktop.services.base import Entity
from dla_desktop.services.validation import Checker


def _validate(session: Session, draft: CabinetDraft) -> CabinetDraft:
    check = Checker(draft, Cabinet)
    check.text("name", required=True)
    check.text("specialty", "town", "notes")
    check.identifier("siret", identifiers.normalize_siret)
    check.contact_fields()
    check.amount("day_rate")
    return check.result()


CABINETS: Entity[CabinetDraft, CabinetRecord] = Entity(Cabinet, CabinetRecord, "cabinet", _validate)

create_cabinet = CABINETS.create
update_cabinet = CABINETS.update
archive_cabinet = CABINETS.archive
get_cabinet = CABINETS.get


def list_cabinets(session: Session) -> list[CabinetRecord]:
    """Cabinets by name, the French way (a few dozen: sorted here, not in SQL)."""
    return sorted(CABINETS.list(session), key=lambda cabinet: folded(cabinet.name))
