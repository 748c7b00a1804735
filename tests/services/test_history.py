"""The change history: what the flush hook records, and how a record's history reads in French."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from dla_desktop.db.database import Database
from dla_desktop.db.history import current_user_name
from dla_desktop.db.models import HistoryEntry, new_id
from dla_desktop.domain.dates import format_date
from dla_desktop.domain.enums import CompanySize, ProgrammeStatus
from dla_desktop.domain.history import HistoryKind, decode_value, encode_value
from dla_desktop.domain.records import (
    AssociationDraft,
    CabinetDraft,
    CompanyDraft,
    ContactDraft,
    OfficeDraft,
    ProgrammeDraft,
)
from dla_desktop.services import (
    associations,
    cabinets,
    companies,
    contacts,
    history,
    offices,
    programmes,
)
from tests.services.support import run

NBSP = "\u00a0"


def entries_of(session: Session, row_id: str) -> list[HistoryEntry]:
    """The raw entries of one row, in the order they were written."""
    query = select(HistoryEntry).where(HistoryEntry.row_id == row_id).order_by(HistoryEntry.seq)
    return list(session.scalars(query))


def changes_of(session: Session, row_id: str) -> dict[str, tuple[object, object]]:
    """field -> (old, new) of the row's update entries, decoded."""
    return {
        entry.field: (decode_value(entry.old_value), decode_value(entry.new_value))
        for entry in entries_of(session, row_id)
        if entry.kind == HistoryKind.UPDATE
    }


def test_a_new_record_leaves_one_creation_entry_with_office_and_user(session: Session) -> None:
    office = offices.current_office(session)
    assert office is not None
    created = associations.create_association(session, AssociationDraft(name="Les Ateliers"))
    [entry] = entries_of(session, created.id)
    assert (entry.table_name, entry.kind, entry.field) == ("association", "create", None)
    assert (entry.old_value, entry.new_value) == (None, None)
    assert entry.office_id == office.id
    assert entry.user_name == current_user_name() != ""
    assert entry.changed_at.tzinfo is not None


def test_an_update_leaves_one_entry_per_changed_field_and_none_for_bookkeeping(
    session: Session,
) -> None:
    created = associations.create_association(
        session, AssociationDraft(name="Les Ateliers", town="Lille")
    )
    draft = replace(
        AssociationDraft(name="Les Ateliers", town="Lille"),
        town="Roubaix",
        fte=Decimal("2.5"),
        prior_dla_support=True,
    )
    associations.update_association(session, created.id, draft, created.version)
    assert changes_of(session, created.id) == {
        "town": ("Lille", "Roubaix"),
        "fte": (Decimal("0.00"), Decimal("2.50")),
        "prior_dla_support": (False, True),
    }
    written = {entry.field for entry in entries_of(session, created.id)}
    assert written.isdisjoint({"updated_at", "version", "changed_by_office_id"})


def test_saving_an_unchanged_form_writes_no_entry(session: Session) -> None:
    draft = AssociationDraft(name="Les Ateliers", town="Lille")
    created = associations.create_association(session, draft)
    associations.update_association(session, created.id, draft, created.version)
    assert [entry.kind for entry in entries_of(session, created.id)] == ["create"]


def test_archiving_records_the_date_it_was_archived(session: Session) -> None:
    created = cabinets.create_cabinet(session, CabinetDraft(name="Conseil & Co"))
    cabinets.archive_cabinet(session, created.id, created.version)
    old, new = changes_of(session, created.id)["deleted_at"]
    assert old is None and isinstance(new, datetime)
    [item, _creation] = history.record_history(session, "cabinet", created.id)
    assert (item.field_label, item.old) == ("Archivage", "")
    assert item.new.startswith(f"{format_date(new.astimezone().date())} à ")


def test_the_history_reads_in_french_newest_first(session: Session) -> None:
    # GIVEN an association created, then edited twice
    draft = AssociationDraft(name="Les Ateliers", town="Lille")
    created = associations.create_association(session, draft)
    first = associations.update_association(
        session, created.id, replace(draft, town="Roubaix"), created.version
    )
    associations.update_association(
        session,
        created.id,
        replace(draft, town="Roubaix", fte=Decimal("1.5"), prior_dla_support=True),
        first.version,
    )
    # WHEN its history is read
    items = history.record_history(session, "association", created.id)
    # THEN the latest save comes first, each field named in French, values shown
    shown = [(i.kind, i.field_label, i.old, i.new) for i in items]
    assert set(shown[:2]) == {  # one save: same moment
        (HistoryKind.UPDATE, "ETP", "0,00", "1,50"),
        (HistoryKind.UPDATE, "DLA antérieur", "Non", "Oui"),
    }
    assert shown[2:] == [
        (HistoryKind.UPDATE, "Commune", "Lille", "Roubaix"),
        (HistoryKind.CREATE, "", "", ""),
    ]
    assert {(i.office, i.user, i.from_merge) for i in items} == {
        ("CBE de Lille", current_user_name(), False)
    }
    assert [i.when for i in items] == sorted((i.when for i in items), reverse=True)


def test_money_dates_and_vocabularies_are_shown_the_french_way(session: Session) -> None:
    draft = ProgrammeDraft(title="Mécénat 2026")
    created = programmes.create_programme(session, draft)
    programmes.update_programme(
        session,
        created.id,
        replace(
            draft,
            status=ProgrammeStatus.EN_COURS,
            start_date=date(2026, 3, 12),
            budget=Decimal("32700"),
        ),
        created.version,
    )
    shown = {
        i.field_label: (i.old, i.new)
        for i in history.record_history(session, "programme", created.id)
        if i.field
    }
    assert shown == {
        "Statut": ("En montage", "En cours"),
        "Date de début": ("", "12 mars 2026"),
        "Budget d'ingénierie": (f"0,00{NBSP}€", f"32{NBSP}700,00{NBSP}€"),
    }


def test_a_company_size_and_a_day_rate_show_their_labels_and_euros(session: Session) -> None:
    company = companies.create_company(session, CompanyDraft(name="Imprimerie"))
    companies.update_company(
        session, company.id, CompanyDraft(name="Imprimerie", size=CompanySize.GE), company.version
    )
    cabinet = cabinets.create_cabinet(session, CabinetDraft(name="Conseil", day_rate=Decimal(850)))
    cabinets.update_cabinet(
        session, cabinet.id, CabinetDraft(name="Conseil", day_rate=Decimal(900)), cabinet.version
    )
    [size, _] = history.record_history(session, "company", company.id)
    [rate, _] = history.record_history(session, "cabinet", cabinet.id)
    assert (size.field_label, size.old, size.new) == ("Taille", "", "Grand groupe")
    assert (rate.field_label, rate.old, rate.new) == (
        "Prix de journée",
        f"850,00{NBSP}€",
        f"900,00{NBSP}€",
    )


def test_a_renamed_record_hides_its_sort_key(session: Session) -> None:
    draft = AssociationDraft(name="Les Ateliers")
    created = associations.create_association(session, draft)
    associations.update_association(session, created.id, replace(draft, name="Éclat"), 1)
    [renamed, _] = history.record_history(session, "association", created.id)
    assert (renamed.field_label, renamed.old, renamed.new) == ("Nom", "Les Ateliers", "Éclat")
    assert "sort_name" in changes_of(session, created.id)  # recorded, just not shown


def test_a_reference_shows_the_record_name_never_its_id(session: Session) -> None:
    first = associations.create_association(session, AssociationDraft(name="Les Ateliers"))
    second = associations.create_association(session, AssociationDraft(name="Éclat"))
    draft = ContactDraft(last_name="Durand", association_id=first.id)
    person = contacts.create_contact(session, draft)
    contacts.update_contact(
        session, person.id, replace(draft, association_id=second.id), person.version
    )
    # an entry received from elsewhere may name a record this file never had
    session.add(
        HistoryEntry(
            table_name="contact",
            row_id=person.id,
            field="association_id",
            kind=HistoryKind.UPDATE.value,
            old_value=encode_value(second.id),
            new_value=encode_value(new_id()),
            changed_at=datetime(2030, 1, 1, tzinfo=UTC),
        )
    )
    session.flush()
    [unknown, moved, _] = history.record_history(session, "contact", person.id)
    assert (moved.field_label, moved.old, moved.new) == ("Association", "Les Ateliers", "Éclat")
    assert (unknown.old, unknown.new, unknown.office) == ("Éclat", "(fiche supprimée)", "")


def test_the_office_recorded_is_the_one_working_at_the_time(database: Database) -> None:
    created = run(
        database,
        lambda s: associations.create_association(s, AssociationDraft(name="Les Ateliers")),
    )

    def edit_from_roubaix(session: Session) -> None:
        roubaix = offices.create_office(session, OfficeDraft(name="DLA de Roubaix"))
        offices.set_current_office(session, roubaix.id)
        associations.update_association(
            session, created.id, AssociationDraft(name="Les Ateliers", town="Roubaix"), 1
        )

    run(database, edit_from_roubaix)
    items = run(database, lambda s: history.record_history(s, "association", created.id))
    assert [(i.kind, i.office) for i in items] == [
        (HistoryKind.UPDATE, "DLA de Roubaix"),
        (HistoryKind.CREATE, "CBE de Lille"),
    ]


def test_entries_written_by_a_merge_are_marked(session: Session) -> None:
    created = associations.create_association(session, AssociationDraft(name="Les Ateliers"))
    session.add(
        HistoryEntry(
            table_name="association",
            row_id=created.id,
            field="town",
            kind=HistoryKind.MERGED.value,
            old_value=encode_value("Lille"),
            new_value=encode_value("Roubaix"),
            changed_at=datetime(2030, 1, 1, tzinfo=UTC),
        )
    )
    session.flush()
    [merged, creation] = history.record_history(session, "association", created.id)
    assert (merged.kind, merged.from_merge, merged.old, merged.new) == (
        HistoryKind.MERGED,
        True,
        "Lille",
        "Roubaix",
    )
    assert not creation.from_merge


def test_a_record_without_history_has_an_empty_one(session: Session) -> None:
    assert history.record_history(session, "association", new_id()) == []


def test_every_tracked_field_has_a_french_label() -> None:
    from dla_desktop.db.history import UNTRACKED
    from dla_desktop.db.models import Base, SharedRow
    from dla_desktop.services.validation import FIELD_LABELS

    unlabelled = {
        attribute.key
        for mapper in Base.registry.mappers
        if issubclass(mapper.class_, SharedRow)
        for attribute in mapper.column_attrs
        if attribute.key not in UNTRACKED | history.HIDDEN_FIELDS
        and attribute.key not in FIELD_LABELS
    }
    assert unlabelled == set()
