"""Erasing a contact for privacy (RGPD): details blanked, archived, no value left in history."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import replace

import pytest
from sqlalchemy.orm import Session

from dla_desktop.db.database import Database
from dla_desktop.db.models import Contact
from dla_desktop.domain.errors import NotFoundError, StaleRecordError
from dla_desktop.domain.history import HistoryKind
from dla_desktop.domain.records import AssociationDraft, ContactDraft, ContactRecord
from dla_desktop.services import associations, contacts, history
from tests.services.support import refused, run

EMAIL = "camille.durand@example.org"


@pytest.fixture
def person(database: Database) -> ContactRecord:
    """A contact created, then edited once (so history holds old and new values of her)."""

    def build(session: Session) -> ContactRecord:
        owner = associations.create_association(session, AssociationDraft(name="Les Ateliers"))
        draft = ContactDraft(
            last_name="Durand",
            first_name="Camille",
            role="Trésorière",
            email="c.durand@example.org",
            phone="03 20 00 00 00",
            association_id=owner.id,
        )
        created = contacts.create_contact(session, draft)
        return contacts.update_contact(session, created.id, replace(draft, email=EMAIL), 1)

    return run(database, build)


def raw_history(database: Database, row_id: str) -> list[tuple[str, str | None, str | None]]:
    """(kind, old, new) of every entry of the row, read straight from the file."""
    assert database.path is not None
    with closing(sqlite3.connect(database.path)) as raw:
        return raw.execute(
            "SELECT kind, old_value, new_value FROM history_entry WHERE row_id = ? ORDER BY seq",
            (row_id,),
        ).fetchall()


def test_an_erased_contact_keeps_no_detail_and_is_archived(
    database: Database, person: ContactRecord
) -> None:
    run(database, lambda s: contacts.erase_contact(s, person.id, person.version))
    with database.reading() as session:
        row = session.get(Contact, person.id)
        assert row is not None
        assert (row.last_name, row.first_name, row.role, row.email, row.phone) == (
            contacts.ERASED_NAME,
            "",
            "",
            "",
            "",
        )
        assert row.erased_at is not None and row.deleted_at == row.erased_at
        assert row.association_id == person.association_id  # still one owner (CHECK)
        assert contacts.list_contacts_of(session, "association_id", person.association_id) == []
        with pytest.raises(NotFoundError):
            contacts.get_contact(session, person.id)


def test_no_history_entry_keeps_a_value_of_the_erased_person(
    database: Database, person: ContactRecord
) -> None:
    assert any(EMAIL in (new or "") for _, _, new in raw_history(database, person.id))
    run(database, lambda s: contacts.erase_contact(s, person.id, person.version))
    entries = raw_history(database, person.id)
    # the changes stay (create, the edit, the erasure), never the values
    assert len(entries) > 2
    assert {(old, new) for _, old, new in entries} == {(None, None)}
    assert sqlite3_finds(database, "Durand") == sqlite3_finds(database, "Camille") == 0
    items = run(database, lambda s: history.record_history(s, "contact", person.id))
    edits = [item for item in items if item.kind is HistoryKind.UPDATE]
    assert edits and {(item.old, item.new) for item in edits} == {(history.ERASED, history.ERASED)}


def sqlite3_finds(database: Database, text: str) -> int:
    """How many history entries hold ``text`` anywhere in their values."""
    assert database.path is not None
    with closing(sqlite3.connect(database.path)) as raw:
        pattern = f"%{text}%"
        return raw.execute(
            "SELECT count(*) FROM history_entry WHERE old_value LIKE ? OR new_value LIKE ?",
            (pattern, pattern),
        ).fetchone()[0]


def test_an_erasure_over_a_stale_version_is_refused_and_writes_nothing(
    database: Database, person: ContactRecord
) -> None:
    refused(
        database,
        lambda s: contacts.erase_contact(s, person.id, person.version - 1),
        StaleRecordError,
    )
    assert sqlite3_finds(database, EMAIL) == 1


def test_an_erased_contact_cannot_be_erased_again(
    database: Database, person: ContactRecord
) -> None:
    run(database, lambda s: contacts.erase_contact(s, person.id, person.version))
    refused(
        database,
        lambda s: contacts.erase_contact(s, person.id, person.version + 1),
        NotFoundError,
    )
