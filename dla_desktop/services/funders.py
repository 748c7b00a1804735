"""Funders (financeurs) and what they give to programmes."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from dla_desktop.db.models import Funder
from dla_desktop.domain.enums import FunderKind
from dla_desktop.domain.errors import NotFoundError
from dla_desktop.domain.records import FunderDraft, FunderRecord
from dla_desktop.domain.text import folded
from dla_desktop.services.base import Entity
from dla_desktop.services.validation import Checker


def _validate(session: Session, draft: FunderDraft) -> FunderDraft:
    check = Checker(draft, Funder)
    check.text("name", required=True)
    check.text("notes")
    check.choice("kind", FunderKind)
    return check.result()


FUNDERS: Entity[FunderDraft, FunderRecord] = Entity(Funder, FunderRecord, "financeur", _validate)

create_funder = FUNDERS.create
update_funder = FUNDERS.update
archive_funder = FUNDERS.archive
get_funder = FUNDERS.get


def list_funders(session: Session) -> list[FunderRecord]:
    """Funders by name, the French way (a few dozen: sorted here, not in SQL)."""
    return sorted(FUNDERS.list(session), key=lambda funder: folded(funder.name))


def find_funder(session: Session, key: str) -> FunderRecord:
    """A funder by id or by exact name (what the command line accepts); an id wins."""
    live = Funder.deleted_at.is_(None)
    ids = session.scalars(select(Funder.id).where(live, Funder.id == key)).all()
    if not ids:
        ids = session.scalars(select(Funder.id).where(live, Funder.name == key)).all()
    if not ids:
        raise NotFoundError(f"Aucun financeur ne porte l'identifiant ou le nom « {key} ».")
    if len(ids) > 1:
        raise NotFoundError(
            f"Plusieurs financeurs s'appellent « {key} » : désignez-le par son identifiant."
        )
    return get_funder(session, ids[0])
