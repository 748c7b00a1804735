"""The dates of each status change of a partnership, read back from the change history."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from sqlalchemy.orm import Session

from dla_desktop.db.database import Database
from dla_desktop.db.models import HistoryEntry
from dla_desktop.domain.enums import CompanySize, PartnershipCategory, PartnershipStatus
from dla_desktop.domain.errors import NotFoundError
from dla_desktop.domain.history import HistoryKind, encode_value
from dla_desktop.domain.records import (
    AssociationDraft,
    CompanyDraft,
    PartnershipDraft,
    PartnershipRecord,
)
from dla_desktop.services import associations, companies
from dla_desktop.services import partnerships as svc
from tests.services.support import MISSING, run

S = PartnershipStatus


@pytest.fixture
def draft(database: Database) -> PartnershipDraft:
    """An idea of a partnership dated 3 March 2026, between two new parties."""

    def parties(session):  # noqa: ANN001, ANN202
        association = associations.create_association(session, AssociationDraft(name="Prato"))
        company = companies.create_company(
            session, CompanyDraft(name="Boulangerie Éclat", size=CompanySize.TPE)
        )
        return association.id, company.id

    association_id, company_id = run(database, parties)
    return PartnershipDraft(
        association_id=association_id,
        company_id=company_id,
        category=PartnershipCategory.MECENAT_FINANCIER,
        status=S.IDEE,
        status_date=date(2026, 3, 3),
    )


def move(
    database: Database, partnership: PartnershipRecord, status: PartnershipStatus, day: date
) -> PartnershipRecord:
    """A move on the board: the status alone, dated by the user."""
    return run(
        database,
        lambda s: svc.change_partnership_status(
            s, partnership.id, status, day, partnership.version
        ),
    )


def changes(database: Database, partnership_id: str) -> list[tuple[PartnershipStatus, date]]:
    with database.reading() as session:
        return svc.status_changes(session, partnership_id)


def test_a_new_partnership_has_its_first_status_and_date(
    database: Database, draft: PartnershipDraft
) -> None:
    created = run(database, lambda s: svc.create_partnership(s, draft))
    assert changes(database, created.id) == [(S.IDEE, date(2026, 3, 3))]


def test_board_moves_and_form_edits_each_add_a_dated_step(
    database: Database, draft: PartnershipDraft
) -> None:
    # GIVEN an idea, sent as a dossier on 12 April (a board move)
    created = run(database, lambda s: svc.create_partnership(s, draft))
    moved = move(database, created, S.DOSSIER_ENVOYE, date(2026, 4, 12))
    # WHEN the form then says "signed on 2 June", and later only corrects that date
    signed = replace(draft, status=S.SIGNE, status_date=date(2026, 6, 2))
    saved = run(database, lambda s: svc.update_partnership(s, created.id, signed, moved.version))
    corrected = replace(signed, status_date=date(2026, 6, 4), title="Fournil solidaire")
    run(database, lambda s: svc.update_partnership(s, created.id, corrected, saved.version))
    # THEN each status comes once, with the day it was reached (the correction applied)
    assert changes(database, created.id) == [
        (S.IDEE, date(2026, 3, 3)),
        (S.DOSSIER_ENVOYE, date(2026, 4, 12)),
        (S.SIGNE, date(2026, 6, 4)),
    ]


def test_a_status_saved_without_a_date_is_dated_by_the_change_itself(
    database: Database, draft: PartnershipDraft
) -> None:
    created = run(database, lambda s: svc.create_partnership(s, replace(draft, status_date=None)))
    contacted = replace(draft, status=S.CONTACT, status_date=None)
    run(database, lambda s: svc.update_partnership(s, created.id, contacted, created.version))
    with database.reading() as session:
        recorded = [
            e.changed_at.astimezone().date()
            for e in session.query(HistoryEntry).filter_by(row_id=created.id).order_by("seq")
        ]
    assert changes(database, created.id) == [(S.IDEE, recorded[0]), (S.CONTACT, recorded[-1])]


def test_the_first_status_is_read_from_the_history_not_from_the_row(
    database: Database, draft: PartnershipDraft
) -> None:
    created = run(database, lambda s: svc.create_partnership(s, draft))
    move(database, created, S.REFUSE, date(2026, 5, 1))
    steps = changes(database, created.id)
    assert [status for status, _day in steps] == [S.IDEE, S.REFUSE]
    assert steps[0][1] == date(2026, 3, 3)  # the old status date, kept by the history


def test_entries_a_merge_wrote_here_are_not_counted_twice(
    database: Database, draft: PartnershipDraft
) -> None:
    # GIVEN a move to "contact" on 20 March, received from another office by a merge in July
    created = run(database, lambda s: svc.create_partnership(s, draft))
    move(database, created, S.CONTACT, date(2026, 3, 20))
    merged_at = datetime(2026, 7, 1, 9, 0, tzinfo=UTC)
    merge_wrote = (("status", "idee", "contact"), ("status_date", "2026-03-03", "2026-07-01"))

    def record_merge(session: Session) -> None:
        for field, old, new in merge_wrote:
            session.add(
                HistoryEntry(
                    table_name="partnership", row_id=created.id, field=field,
                    kind=HistoryKind.MERGED.value, changed_at=merged_at,
                    old_value=encode_value(_typed(field, old)),
                    new_value=encode_value(_typed(field, new)),
                )
            )  # fmt: skip

    run(database, record_merge)
    # THEN the merge's own record of what it wrote does not date the change again
    assert changes(database, created.id) == [
        (S.IDEE, date(2026, 3, 3)),
        (S.CONTACT, date(2026, 3, 20)),
    ]


def _typed(field: str, text: str) -> object:
    return date.fromisoformat(text) if field == "status_date" else text


def test_an_unknown_or_archived_partnership_is_refused(
    database: Database, draft: PartnershipDraft
) -> None:
    created = run(database, lambda s: svc.create_partnership(s, draft))
    run(database, lambda s: svc.archive_partnership(s, created.id))
    for partnership_id in (MISSING, created.id):
        with pytest.raises(NotFoundError), database.reading() as session:
            svc.status_changes(session, partnership_id)
