"""Associations: the structures a programme accompanies (or prospects in a register)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from dla_desktop.db.models import Association
from dla_desktop.domain import identifiers
from dla_desktop.domain.records import AssociationDraft, AssociationRecord, AssociationRow
from dla_desktop.services.base import Entity, gc_paused
from dla_desktop.services.validation import Checker


def association_checker(draft: AssociationDraft) -> Checker:
    """The form's checks of a draft, public: the import reads their result and warnings at once."""
    check = Checker(draft, Association)
    check.text("name", required=True)
    check.text("sector", "activity", "address", "town", "expectations", "notes")
    check.identifier("siret", identifiers.normalize_siret)
    check.identifier("postal_code", identifiers.normalize_postal_code)
    # Alsace-Moselle associations are registered locally and have no RNA number.
    check.identifier("rna", identifiers.normalize_rna, warn=True)
    check.contact_fields()
    check.count("employees")
    check.boolean("prior_dla_support")
    check.quantity("fte")
    return check


def _validate(session: Session, draft: AssociationDraft) -> AssociationDraft:
    return association_checker(draft).result()


def association_warnings(draft: AssociationDraft) -> dict[str, str]:
    """What deserves a second look without being refused (an RNA number not in W + 9 digits)."""
    return association_checker(draft).warnings


ASSOCIATIONS: Entity[AssociationDraft, AssociationRecord] = Entity(
    Association, AssociationRecord, "association", _validate
)

create_association = ASSOCIATIONS.create
update_association = ASSOCIATIONS.update
archive_association = ASSOCIATIONS.archive
get_association = ASSOCIATIONS.get


def list_associations(session: Session) -> list[AssociationRow]:
    """Every live association as a light row, sorted by name (fast on a whole register).

    Core rows on the session's connection, read through ix_association_list; the
    ORM result layer would double the time on 100,000 rows (bench/bench_core.py).
    """
    query = (
        select(*(getattr(Association, name) for name in AssociationRow._fields))
        .where(Association.deleted_at.is_(None))
        .order_by(Association.sort_name)
    )
    session.flush()  # the connection does not autoflush as session.execute would
    with gc_paused():
        return [AssociationRow._make(row) for row in session.connection().execute(query)]
