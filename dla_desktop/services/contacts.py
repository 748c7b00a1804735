"""Contact people, each attached to one association, company, cabinet or funder."""

from __future__ import annotations

from sqlalchemy.orm import Session

from dla_desktop.db import history
from dla_desktop.db.models import Association, Cabinet, Company, Contact, Funder
from dla_desktop.domain.dates import utc_now
from dla_desktop.domain.errors import NotFoundError
from dla_desktop.domain.records import ContactDraft, ContactRecord
from dla_desktop.domain.text import folded
from dla_desktop.services.base import Entity, check_version
from dla_desktop.services.validation import Checker

OWNERS = {
    "association_id": Association,
    "company_id": Company,
    "cabinet_id": Cabinet,
    "funder_id": Funder,
}


def _validate(session: Session, draft: ContactDraft) -> ContactDraft:
    check = Checker(draft, Contact)
    check.text("last_name", required=True)
    check.text("first_name", "role")
    check.contact_fields()
    owners = [name for name in OWNERS if getattr(draft, name)]
    if len(owners) != 1:
        check.fail(
            "association_id",
            "un contact appartient à une seule structure "
            "(association, entreprise, cabinet ou financeur).",
        )
    else:
        check.reference(session, owners[0], OWNERS[owners[0]])
    return check.result()


CONTACTS: Entity[ContactDraft, ContactRecord] = Entity(Contact, ContactRecord, "contact", _validate)

create_contact = CONTACTS.create
update_contact = CONTACTS.update
archive_contact = CONTACTS.archive
get_contact = CONTACTS.get

ERASED_NAME = "Contact effacé"


def erase_contact(session: Session, contact_id: str, expected_version: int) -> None:
    """Forget a person who asked it (RGPD): details blanked, archived, history values purged.

    The row stays (as a tombstone with ``erased_at``) so that a merge with an older copy
    knows the person was erased and never brings the details back.
    """
    row = session.get(Contact, contact_id)
    if row is None or row.erased_at is not None:
        raise NotFoundError("Fiche introuvable (contact) : elle a peut-être été effacée.")
    check_version(row, expected_version)
    now = utc_now()
    row.first_name = row.role = row.email = row.phone = ""
    row.last_name = ERASED_NAME
    row.erased_at = now
    if row.deleted_at is None:  # an archived contact keeps the date it was archived
        row.deleted_at = now
    session.flush()
    history.forget_values(session, [contact_id])


def list_contacts_of(session: Session, owner_field: str, owner_id: str) -> list[ContactRecord]:
    """The contacts of one structure by name, French way; ``owner_field`` e.g. "association_id"."""
    if owner_field not in OWNERS:
        raise ValueError(f"unknown contact owner field: {owner_field}")
    column = getattr(Contact, owner_field)
    return sorted(CONTACTS.list(session, column == owner_id), key=by_name)


def by_name(contact: ContactRecord) -> tuple[str, str]:
    """Sort key of contacts: last name then first name, the French way."""
    return folded(contact.last_name), folded(contact.first_name)
