"""Round trip of the issue: export a programme's workbook, re-import its participants elsewhere.

The demo programme goes out as an .xlsx file; a new, empty database gets a programme
with the same volets (what a second office would set up), then imports the workbook's
"Participants" sheet with no mapping at all. Every association, its volets and its
enrolment must come back equal.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from dla_desktop.db.database import Database, create_database
from dla_desktop.db.models import Association, Enrolment
from dla_desktop.documents.spreadsheets.reading import read_sheet
from dla_desktop.documents.spreadsheets.writing import write_xlsx
from dla_desktop.domain.imports import ImportTarget, fields_of, guess_mapping
from dla_desktop.domain.records import ProgrammeDraft, VoletDraft
from dla_desktop.domain.spreadsheets import ReadOptions
from dla_desktop.services import enrolment, programmes
from dla_desktop.services.imports import RowFate, apply_import, plan_import
from dla_desktop.services.workbook import programme_workbook
from tests.services.support import open_copy

LILLE = "Développer les partenariats associations–entreprises (métropole lilloise, 2006)"
ASSOCIATION_FIELDS = tuple(field.name for field in fields_of(ImportTarget.ASSOCIATIONS))


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    yield from open_copy(demo_file, tmp_path)


def participants_of(session: Session, programme_id: str) -> dict[str, tuple[object, ...]]:
    """Per association name: its fields, its volets' names, its enrolment's date and days."""
    volet_names = {
        volet.id: volet.display_name for volet in programmes.list_volets(session, programme_id)
    }
    found = {}
    for view in enrolment.list_participant_views(session, programme_id):
        association = session.get(Association, view.association_id)
        assert association is not None
        enrolled = session.scalar(
            select(Enrolment).where(
                Enrolment.programme_id == programme_id,
                Enrolment.association_id == association.id,
            )
        )
        assert enrolled is not None
        volets = frozenset(
            volet_names[member.volet_id]
            for volet_id in volet_names
            for member in enrolment.list_volet_members(session, volet_id)
            if member.association_id == association.id
        )
        found[association.name] = (
            *(getattr(association, name) for name in ASSOCIATION_FIELDS),
            volets,
            enrolled.status_date,
            enrolled.followup_days_planned,
        )
    return found


def test_participants_come_back_equal_through_the_workbook(demo: Database, tmp_path: Path) -> None:
    with demo.transaction() as session:
        source = programmes.find_programme(session, LILLE)
        tables = programme_workbook(session, source.id)
        expected = participants_of(session, source.id)
        volets = programmes.list_volets(session, source.id)
    workbook = write_xlsx(tables, tmp_path / "Classeur.xlsx")

    empty = create_database(tmp_path / "autre-bureau.dla")
    try:
        with empty.transaction() as session:
            programme = programmes.create_programme(session, ProgrammeDraft(title=source.title))
            for volet in volets:
                programmes.create_volet(
                    session,
                    VoletDraft(programme_id=programme.id, kind=volet.kind, label=volet.label),
                )
        sheet = read_sheet(workbook, ReadOptions(sheet="Participants"))
        mapping = guess_mapping(sheet.headers, ImportTarget.PARTICIPANTS)
        with empty.transaction() as session:
            plan = plan_import(
                session, ImportTarget.PARTICIPANTS, sheet, mapping, programme_id=programme.id
            )
            assert [row.errors for row in plan.rows if row.fate == RowFate.REJECTED] == []
            assert plan.count(RowFate.NEW) == len(expected)
            summary = apply_import(session, plan)
        assert summary.created == summary.enrolled == len(expected)
        with empty.transaction() as session:
            assert participants_of(session, programme.id) == expected
    finally:
        empty.close()


def test_the_participants_sheet_needs_no_mapping(demo: Database, tmp_path: Path) -> None:
    """Every column of the exported sheet is recognised by its header alone."""
    with demo.transaction() as session:
        tables = programme_workbook(session, programmes.find_programme(session, LILLE).id)
    sheet = read_sheet(write_xlsx(tables, tmp_path / "c.xlsx"), ReadOptions(sheet="Participants"))
    mapping = guess_mapping(sheet.headers, ImportTarget.PARTICIPANTS)
    assert sorted(mapping) == list(range(len(sheet.headers)))
