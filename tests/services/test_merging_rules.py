"""Merging another office's file: one test per rule of issue 6, on real files.

Our file (A, "CBE de Lille") and theirs (B, "DLA du Cher") start as copies of the same
small base; each side then works through the services; A merges B (and sometimes B
merges A) through the engine's public functions.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.orm import Session

from dla_desktop.db import migrate
from dla_desktop.db.database import create_database, open_database
from dla_desktop.domain.errors import DlaError
from dla_desktop.domain.history import decode_value
from dla_desktop.domain.merging import (
    ConflictKind,
    MergeChoices,
    MergePlan,
    Preference,
    Side,
    TableChanges,
)
from dla_desktop.domain.records import AssociationDraft, ContactDraft, OfficeDraft
from dla_desktop.domain.text import folded
from dla_desktop.services import (
    associations,
    attendance,
    contacts,
    enrolment,
    merging,
    offices,
)
from dla_desktop.services.merging import OlderFileError, UnresolvedConflictsError
from tests.services.merge_support import (
    OUR_OFFICE,
    THEIR_OFFICE,
    THIRD_OFFICE,
    Copy,
    World,
    archive,
    build_world,
    conflict_of,
    data_differences,
    edit,
    file_hash,
    history,
    history_ids,
    live_ids,
    mark,
    merge,
    office_copy,
    open_office_copy,
    plan_of,
    query,
    received,
    shared_data,
    value_of,
)
from tests.services.support import build_once, refused

FIXTURES = Path(__file__).parent.parent / "fixtures"
SIRET = "73282932000074"
RNA = "W595000001"
NO_CHOICE = MergeChoices()

# --- fixtures --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def world_file(
    template_database: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, World]:
    """The small base, built once for the module."""
    return build_once(template_database, tmp_path_factory.mktemp("merge-world"), build_world)


@pytest.fixture
def world(world_file: tuple[Path, World]) -> World:
    """The ids of the small base's records (the same in every copy)."""
    return world_file[1]


@pytest.fixture
def ours(world_file: tuple[Path, World], tmp_path: Path) -> Iterator[Copy]:
    """Our file (A): a copy of the base, worked in by the template's office."""
    path = tmp_path / "lille.dla"
    shutil.copyfile(world_file[0], path)
    copy = open_office_copy(path)
    assert copy.office_name == OUR_OFFICE
    yield copy
    copy.close()


@pytest.fixture
def theirs(world_file: tuple[Path, World], tmp_path: Path) -> Iterator[Copy]:
    """Their file (B): a copy of the same base given to another office."""
    copy = open_office_copy(office_copy(world_file[0], tmp_path / "cher.dla", THEIR_OFFICE))
    assert copy.office_name == THEIR_OFFICE
    yield copy
    copy.close()


@pytest.fixture
def work(tmp_path: Path) -> Path:
    """Where received files are prepared."""
    folder = tmp_path / "work"
    folder.mkdir()
    return folder


# --- helpers ---------------------------------------------------------------------------


def assert_french(error: BaseException) -> None:
    """A message for the user: present, in French, no traceback."""
    text = str(error)
    assert text and "Traceback" not in text
    assert any(word in text.lower() for word in ("fichier", " pas", "n'", "é", "è", "à ")), text


def changes(plan: MergePlan, table_label: str) -> TableChanges:
    """The plan's line for one kind of record, found by its French label ("Association")."""
    found = [t for t in plan.tables if folded(t.kind_label).startswith(folded(table_label))]
    assert len(found) == 1, f"{table_label!r} in {plan.tables}"
    return found[0]


def set_town(copy: Copy, row_id: str, town: str, table: str = "association") -> None:
    """The commonest edit of these stories: a record's town, through its form's service."""
    copy.run(lambda s: edit(s, table, row_id, town=town))


def new_association(copy: Copy, name: str, **fields: Any) -> str:
    """Create an association in one file only; its id."""
    return copy.run(
        lambda s: associations.create_association(s, AssociationDraft(name=name, **fields)).id
    )


def erase(copy: Copy, contact_id: str) -> None:
    """Erase a contact for privacy, as the contact dialog does (at the version just read)."""

    def action(s: Session) -> None:
        contacts.erase_contact(s, contact_id, contacts.get_contact(s, contact_id).version)

    copy.run(action)


def text_file(path: Path) -> Path:
    """A received "base" that is plain text (a mail client renamed it, say)."""
    path.write_text("Ceci n'est pas une base.\n", encoding="utf-8")
    return path


def sqlite_of_another_application(path: Path) -> Path:
    """A SQLite file that is not ours: no application id, no schema of ours."""
    with closing(sqlite3.connect(path)) as raw:
        raw.execute("CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT)")
        raw.execute("INSERT INTO note (text) VALUES ('courses')")
        raw.commit()
    return path


# --- prepare_their_copy ----------------------------------------------------------------


def test_their_file_is_only_read_and_a_private_checked_copy_is_made(
    theirs: Copy, tmp_path: Path
) -> None:
    theirs.close()
    before = file_hash(theirs.path)
    folder = tmp_path / "private"
    folder.mkdir()
    copy = merging.prepare_their_copy(theirs.path, folder)
    assert file_hash(theirs.path) == before
    assert copy.resolve() != theirs.path.resolve()
    assert copy.resolve().is_relative_to(folder.resolve())
    assert query(copy, "SELECT version_num FROM alembic_version") == [(migrate.SCHEMA_HEAD,)]
    assert data_differences(copy, theirs.path) == []


@pytest.mark.parametrize(
    "make",
    [
        pytest.param(text_file, id="text"),
        pytest.param(sqlite_of_another_application, id="sqlite-of-another-application"),
    ],
)
def test_a_file_that_is_not_ours_is_refused(make: Any, tmp_path: Path, work: Path) -> None:
    path = make(tmp_path / "reçu.dla")
    before = file_hash(path)
    with pytest.raises(DlaError) as caught:
        merging.prepare_their_copy(path, work)
    assert_french(caught.value)
    assert file_hash(path) == before


def test_a_damaged_file_is_refused(theirs: Copy, tmp_path: Path, work: Path) -> None:
    theirs.close()
    damaged = tmp_path / "abîmé.dla"
    data = theirs.path.read_bytes()
    damaged.write_bytes(data[: len(data) // 2])
    before = file_hash(damaged)
    with pytest.raises(DlaError) as caught:
        merging.prepare_their_copy(damaged, work)
    assert_french(caught.value)
    assert file_hash(damaged) == before


def test_a_file_from_a_newer_version_is_refused(theirs: Copy, tmp_path: Path, work: Path) -> None:
    theirs.close()
    newer = tmp_path / "futur.dla"
    shutil.copyfile(theirs.path, newer)
    with closing(sqlite3.connect(newer)) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '9999'")
        raw.commit()
    before = file_hash(newer)
    with pytest.raises(DlaError) as caught:
        merging.prepare_their_copy(newer, work)
    assert not isinstance(caught.value, OlderFileError)
    assert_french(caught.value)
    assert file_hash(newer) == before


def test_an_older_file_is_upgraded_only_on_request_and_only_as_a_copy(
    tmp_path: Path, work: Path
) -> None:
    older = tmp_path / "ancien.dla"
    shutil.copyfile(FIXTURES / "schema_0003.dla", older)
    before = file_hash(older)
    with pytest.raises(OlderFileError) as caught:
        merging.prepare_their_copy(older, work)
    assert_french(caught.value)
    assert file_hash(older) == before
    upgraded = merging.prepare_their_copy(older, work, upgrade=True)
    assert file_hash(older) == before
    assert query(upgraded, "SELECT version_num FROM alembic_version") == [(migrate.SCHEMA_HEAD,)]
    assert query(older, "SELECT version_num FROM alembic_version") == [("0003",)]


# --- plan_merge ------------------------------------------------------------------------


def test_planning_writes_nothing(ours: Copy, theirs: Copy, world: World, work: Path) -> None:
    set_town(theirs, world.amis, "Vierzon")
    set_town(ours, world.amis, "Lille")
    new_association(theirs, "Nouvelle Scène")
    copy = received(theirs, work)
    before = file_hash(ours.path)
    with ours.database.transaction() as s:
        plan = merging.plan_merge(s, copy, file_name="cher.dla")
        assert not (s.new or s.dirty or s.deleted)
    assert file_hash(ours.path) == before
    assert plan.conflicts and plan.created
    assert plan.file_name == "cher.dla" and plan.their_office == THEIR_OFFICE


@pytest.mark.parametrize("with_office", [True, False], ids=["with-office", "no-office-yet"])
def test_a_file_sharing_no_record_with_ours_is_refused(
    ours: Copy, tmp_path: Path, with_office: bool
) -> None:
    # GIVEN a base created apart (the other office never received ours)
    stranger = tmp_path / "autre.dla"
    database = create_database(stranger)
    with database.transaction() as s:
        if with_office:
            office = offices.create_office(s, OfficeDraft(name="DLA de la Nièvre"))
            offices.set_current_office(s, office.id)
        associations.create_association(s, AssociationDraft(name="Amis du Patrimoine"))
    database.close()
    before = file_hash(ours.path)
    work = tmp_path / "work-stranger"
    work.mkdir()
    with pytest.raises(DlaError) as caught:
        copy = merging.prepare_their_copy(stranger, work)
        plan_of(ours, copy)
    assert_french(caught.value)
    assert file_hash(ours.path) == before


# --- one-sided changes -----------------------------------------------------------------


def test_a_record_created_on_one_side_is_created_on_the_other(
    ours: Copy, theirs: Copy, work: Path
) -> None:
    created = new_association(theirs, "Nouvelle Scène", town="Vierzon")
    done = merge(ours, theirs, work, NO_CHOICE)
    assert changes(done.plan, "association").created == 1
    assert done.summary.created == done.plan.created >= 1
    assert value_of(ours.path, "association", created, "town") == "Vierzon"
    assert value_of(ours.path, "association", created, "deleted_at") is None
    names = ours.read(lambda s: [office.name for office in offices.list_offices(s)])
    assert THEIR_OFFICE in names


def test_a_contact_created_here_reaches_their_file(
    ours: Copy, theirs: Copy, world: World, work: Path
) -> None:
    contact = ours.run(
        lambda s: (
            contacts.create_contact(
                s, ContactDraft(last_name="Petit", association_id=world.cirque)
            ).id
        )
    )
    done = merge(theirs, ours, work, NO_CHOICE)
    assert changes(done.plan, "contact").created == 1
    assert value_of(theirs.path, "contact", contact, "last_name") == "Petit"


def test_a_field_changed_on_one_side_is_applied(
    ours: Copy, theirs: Copy, world: World, work: Path
) -> None:
    set_town(theirs, world.amis, "Vierzon")
    done = merge(ours, theirs, work, NO_CHOICE)
    assert done.plan.conflicts == ()
    assert changes(done.plan, "association").updated == 1
    assert done.summary.updated == done.plan.updated >= 1
    assert value_of(ours.path, "association", world.amis, "town") == "Vierzon"


# --- conflicts -------------------------------------------------------------------------


def test_the_same_field_changed_differently_is_a_conflict_shown_side_by_side(
    ours: Copy, theirs: Copy, world: World, work: Path
) -> None:
    set_town(ours, world.amis, "Lille")
    set_town(theirs, world.amis, "Vierzon")
    plan = plan_of(ours, received(theirs, work))
    assert len(plan.conflicts) == 1
    conflict = conflict_of(plan, "association", world.amis)
    assert conflict.kind == ConflictKind.FIELDS
    assert conflict.table == "association"
    assert conflict.record_label == "Amis du Patrimoine"
    assert [f.field for f in conflict.fields] == ["town"]
    (town,) = conflict.fields
    assert (town.mine, town.theirs) == ("Lille", "Vierzon")
    assert town.label == "Commune"
    assert (town.mine_by.office, town.theirs_by.office) == (OUR_OFFICE, THEIR_OFFICE)
    assert town.mine_by.when is not None and town.theirs_by.when is not None


def test_conflicting_values_are_shown_formatted(
    ours: Copy, theirs: Copy, world: World, work: Path
) -> None:
    ours.run(lambda s: edit(s, "association", world.amis, fte=Decimal("2.5")))
    theirs.run(lambda s: edit(s, "association", world.amis, fte=Decimal("3.75")))
    (fte,) = conflict_of(plan_of(ours, received(theirs, work)), "association", world.amis).fields
    assert "2,5" in fte.mine and "3,75" in fte.theirs
    for shown in (fte.mine, fte.theirs):
        assert "Decimal" not in shown and "{" not in shown


def test_the_same_value_on_both_sides_is_no_conflict(
    ours: Copy, theirs: Copy, world: World, work: Path
) -> None:
    set_town(ours, world.amis, "Vierzon")
    set_town(theirs, world.amis, "Vierzon")
    done = merge(ours, theirs, work, NO_CHOICE)
    assert done.plan.conflicts == ()
    assert value_of(ours.path, "association", world.amis, "town") == "Vierzon"


def test_different_fields_of_one_record_both_survive(
    ours: Copy, theirs: Copy, world: World, work: Path
) -> None:
    set_town(ours, world.amis, "Lille")
    theirs.run(lambda s: edit(s, "association", world.amis, phone="02 48 99 99 99"))
    done = merge(ours, theirs, work, NO_CHOICE)
    assert done.plan.conflicts == ()
    merge(theirs, ours, work, NO_CHOICE)
    for copy in (ours, theirs):
        assert value_of(copy.path, "association", world.amis, "town") == "Lille"
        assert value_of(copy.path, "association", world.amis, "phone") == "02 48 99 99 99"


@pytest.mark.parametrize(("choice", "archived"), [(Side.MINE, True), (Side.THEIRS, False)])
def test_archived_here_and_edited_there_is_a_conflict(
    ours: Copy, theirs: Copy, world: World, work: Path, choice: Side, archived: bool
) -> None:
    ours.run(lambda s: archive(s, "association", world.amis))
    set_town(theirs, world.amis, "Vierzon")
    plan = plan_of(ours, received(theirs, work))
    key = f"association:{world.amis}"
    assert conflict_of(plan, "association", world.amis).kind == ConflictKind.DELETED_MINE
    merge(ours, theirs, work, MergeChoices(records={key: choice}))
    assert (value_of(ours.path, "association", world.amis, "deleted_at") is not None) == archived
    assert value_of(ours.path, "association", world.amis, "town") == "Vierzon"


@pytest.mark.parametrize(("choice", "archived"), [(Side.THEIRS, True), (Side.MINE, False)])
def test_archived_there_and_edited_here_is_a_conflict(
    ours: Copy, theirs: Copy, world: World, work: Path, choice: Side, archived: bool
) -> None:
    set_town(ours, world.amis, "Lille")
    theirs.run(lambda s: archive(s, "association", world.amis))
    plan = plan_of(ours, received(theirs, work))
    key = f"association:{world.amis}"
    assert conflict_of(plan, "association", world.amis).kind == ConflictKind.DELETED_THEIRS
    merge(ours, theirs, work, MergeChoices(records={key: choice}))
    assert (value_of(ours.path, "association", world.amis, "deleted_at") is not None) == archived
    assert value_of(ours.path, "association", world.amis, "town") == "Lille"


def test_a_record_archived_on_both_sides_stays_archived_without_a_conflict(
    ours: Copy, theirs: Copy, world: World, work: Path
) -> None:
    # both offices deleted it, a few moments apart: nobody has anything to choose
    for copy in (ours, theirs):
        copy.run(lambda s: archive(s, "association", world.amis))
    done = merge(ours, theirs, work, NO_CHOICE)
    assert done.plan.conflicts == ()
    assert value_of(ours.path, "association", world.amis, "deleted_at") is not None


def test_a_conflict_left_without_a_choice_refuses_the_whole_merge(
    ours: Copy, theirs: Copy, world: World, work: Path
) -> None:
    set_town(ours, world.amis, "Lille")
    set_town(theirs, world.amis, "Vierzon")
    new_association(theirs, "Nouvelle Scène")
    copy = received(theirs, work)
    error = refused(
        ours.database, lambda s: merging.apply_merge(s, copy, NO_CHOICE), UnresolvedConflictsError
    )
    assert_french(error)


def two_field_conflict(ours: Copy, theirs: Copy, world: World) -> str:
    """Town and phone of Amis changed differently on both sides; the conflict's key."""
    ours.run(lambda s: edit(s, "association", world.amis, town="Lille", phone="03 20 00 00 00"))
    theirs.run(lambda s: edit(s, "association", world.amis, town="Vierzon", phone="02 48 99 99 99"))
    return f"association:{world.amis}"


def town_and_phone(copy: Copy, world: World) -> tuple[str, str]:
    """What the two conflicting fields of Amis hold in a file."""
    return (
        value_of(copy.path, "association", world.amis, "town"),
        value_of(copy.path, "association", world.amis, "phone"),
    )


def test_a_choice_per_field(ours: Copy, theirs: Copy, world: World, work: Path) -> None:
    key = two_field_conflict(ours, theirs, world)
    choices = MergeChoices(fields={(key, "town"): Side.THEIRS, (key, "phone"): Side.MINE})
    merge(ours, theirs, work, choices)
    assert town_and_phone(ours, world) == ("Vierzon", "03 20 00 00 00")


def test_a_choice_per_record_and_a_field_choice_beats_it(
    ours: Copy, theirs: Copy, world: World, work: Path
) -> None:
    key = two_field_conflict(ours, theirs, world)
    choices = MergeChoices(records={key: Side.THEIRS}, fields={(key, "phone"): Side.MINE})
    merge(ours, theirs, work, choices)
    assert town_and_phone(ours, world) == ("Vierzon", "03 20 00 00 00")


def test_a_choice_per_record(ours: Copy, theirs: Copy, world: World, work: Path) -> None:
    key = two_field_conflict(ours, theirs, world)
    merge(ours, theirs, work, MergeChoices(records={key: Side.THEIRS}))
    assert town_and_phone(ours, world) == ("Vierzon", "02 48 99 99 99")


@pytest.mark.parametrize(
    ("prefer", "last_editor", "winner"),
    [
        (Preference.MINE, "theirs", "Lille"),
        (Preference.THEIRS, "ours", "Vierzon"),
        (Preference.NEWEST, "theirs", "Vierzon"),
        (Preference.NEWEST, "ours", "Lille"),
    ],
)
def test_a_preference_settles_every_conflict(
    ours: Copy,
    theirs: Copy,
    world: World,
    work: Path,
    prefer: Preference,
    last_editor: str,
    winner: str,
) -> None:
    edits = [(ours, "Lille"), (theirs, "Vierzon")]
    if last_editor == "ours":
        edits.reverse()
    for copy, town in edits:
        set_town(copy, world.amis, town)
    done = merge(ours, theirs, work, MergeChoices(prefer=prefer))
    assert done.summary.conflicts_resolved == 1
    assert value_of(ours.path, "association", world.amis, "town") == winner


# --- erased contacts -------------------------------------------------------------------

PERSON = ("Claire", "Martin", "claire.martin@example.org")


def values_in_history(copy: Copy) -> str:
    """Every value the file's history holds, as one text to search."""
    return "\n".join(
        text for entry in history(copy.path) for text in (entry.old_value, entry.new_value) if text
    )


def test_an_erased_contact_stays_erased_against_an_older_copy(
    ours: Copy, theirs: Copy, world: World, work: Path
) -> None:
    # GIVEN their copy, older, in which the contact is live and was even edited
    theirs.run(
        lambda s: edit(
            s, "contact", world.contact_amis, role="Présidente", email="claire@exemple.fr"
        )
    )
    # WHEN we erased her, then merge their copy
    erase(ours, world.contact_amis)
    done = merge(ours, theirs, work, NO_CHOICE)
    # THEN no conflict, she stays erased, and no entry of our history holds her values
    assert [c for c in done.plan.conflicts if c.table == "contact"] == []
    row = query(
        ours.path,
        "SELECT first_name, last_name, role, email, erased_at, deleted_at FROM contact "
        "WHERE id = ?",
        [world.contact_amis],
    )[0]
    assert row[0] == row[2] == row[3] == ""
    assert row[1] not in PERSON and row[4] is not None and row[5] is not None
    text = values_in_history(ours)
    for value in (*PERSON, "Présidente", "claire@exemple.fr"):
        assert value not in text


def test_an_erased_contact_stays_erased_when_an_older_copy_comes_back_through_a_third_office(
    ours: Copy, theirs: Copy, world: World, work: Path, tmp_path: Path
) -> None:
    # GIVEN a third office that merged their old copy, where she was edited
    third = open_office_copy(office_copy(ours.path, tmp_path / "indre.dla", THIRD_OFFICE))
    try:
        theirs.run(lambda s: edit(s, "contact", world.contact_amis, role="Présidente"))
        merge(third, theirs, work, NO_CHOICE)
        # WHEN we erased her, then merge the third office's file
        erase(ours, world.contact_amis)
        done = merge(ours, third, work, NO_CHOICE)
    finally:
        third.close()
    # THEN she stays erased and our history holds none of her values
    assert [c for c in done.plan.conflicts if c.table == "contact"] == []
    assert value_of(ours.path, "contact", world.contact_amis, "erased_at") is not None
    text = values_in_history(ours)
    for value in (*PERSON, "Présidente"):
        assert value not in text


def test_an_erasure_received_erases_the_contact_here(
    ours: Copy, theirs: Copy, world: World, work: Path
) -> None:
    ours.run(lambda s: edit(s, "contact", world.contact_amis, role="Trésorière"))
    erase(theirs, world.contact_amis)
    done = merge(ours, theirs, work, NO_CHOICE)
    assert [c for c in done.plan.conflicts if c.table == "contact"] == []
    erased_at, deleted_at, email = query(
        ours.path,
        "SELECT erased_at, deleted_at, email FROM contact WHERE id = ?",
        [world.contact_amis],
    )[0]
    assert erased_at is not None and deleted_at is not None and email == ""


def test_an_erasure_received_purges_our_history_of_that_person(
    ours: Copy, theirs: Copy, world: World, work: Path
) -> None:
    ours.run(lambda s: edit(s, "contact", world.contact_amis, role="Trésorière"))
    erase(theirs, world.contact_amis)
    merge(ours, theirs, work, NO_CHOICE)
    text = values_in_history(ours)
    for value in (*PERSON, "Trésorière"):
        assert value not in text


def test_a_contact_erased_on_both_sides_is_the_same_in_both_files(
    ours: Copy, theirs: Copy, world: World, work: Path
) -> None:
    for copy in (ours, theirs):
        erase(copy, world.contact_amis)
    merge(ours, theirs, work, NO_CHOICE)
    merge(theirs, ours, work, NO_CHOICE)
    assert data_differences(ours.path, theirs.path) == []


# --- the same thing created on both sides ----------------------------------------------


def twin_associations(ours: Copy, theirs: Copy, world: World, **identifier: str) -> tuple[str, str]:
    """The same association created in both files; theirs has a contact and an enrolment."""
    mine = new_association(ours, "Solidarité Cher", phone="02 48 11 11 11", **identifier)
    twin = new_association(
        theirs, "Solidarite Cher", town="Vierzon", phone="02 48 22 22 22", **identifier
    )

    def attach(s: Session) -> None:
        contacts.create_contact(s, ContactDraft(last_name="Roux", association_id=twin))
        enrolment.enrol_associations(s, world.other_programme, [twin])

    theirs.run(attach)
    return mine, twin


@pytest.mark.parametrize(
    ("identifier", "reason"), [({"siret": SIRET}, "SIRET"), ({"rna": RNA}, "RNA")]
)
def test_the_same_association_created_on_both_sides_is_proposed_for_fusion(
    ours: Copy,
    theirs: Copy,
    world: World,
    work: Path,
    identifier: dict[str, str],
    reason: str,
) -> None:
    mine, twin = twin_associations(ours, theirs, world, **identifier)
    plan = plan_of(ours, received(theirs, work))
    (proposal,) = plan.duplicates
    assert (proposal.table, proposal.mine_id, proposal.theirs_id) == ("association", mine, twin)
    assert reason in proposal.reason
    assert (proposal.mine_label, proposal.theirs_label) == ("Solidarité Cher", "Solidarite Cher")


def test_twins_not_fused_are_both_kept(ours: Copy, theirs: Copy, world: World, work: Path) -> None:
    mine, twin = twin_associations(ours, theirs, world, siret=SIRET)
    done = merge(ours, theirs, work, NO_CHOICE)
    assert done.summary.fused == 0
    assert live_ids(ours.path, "association", "siret = ?", [SIRET]) == sorted([mine, twin])
    assert live_ids(ours.path, "contact", "association_id = ?", [twin])


def test_fused_twins_leave_ours_with_what_pointed_to_theirs(
    ours: Copy, theirs: Copy, world: World, work: Path
) -> None:
    mine, twin = twin_associations(ours, theirs, world, siret=SIRET)
    key = plan_of(ours, received(theirs, work)).duplicates[0].key
    done = merge(ours, theirs, work, MergeChoices(fuse=frozenset({key})))
    assert done.summary.fused == 1
    assert live_ids(ours.path, "association", "siret = ?", [SIRET]) == [mine]
    assert value_of(ours.path, "association", twin, "deleted_at") is not None
    (contact,) = query(ours.path, "SELECT association_id FROM contact WHERE last_name = 'Roux'")
    assert contact == (mine,)
    enrolled = "programme_id = ? AND association_id = ?"
    assert len(live_ids(ours.path, "enrolment", enrolled, [world.other_programme, mine])) == 1
    assert live_ids(ours.path, "enrolment", enrolled, [world.other_programme, twin]) == []
    # our empty town is filled from theirs; our phone stays ours
    assert value_of(ours.path, "association", mine, "town") == "Vierzon"
    assert value_of(ours.path, "association", mine, "phone") == "02 48 11 11 11"


def test_a_fusion_reaches_their_file_on_the_next_merge(
    ours: Copy, theirs: Copy, world: World, work: Path
) -> None:
    mine, twin = twin_associations(ours, theirs, world, siret=SIRET)
    key = plan_of(ours, received(theirs, work)).duplicates[0].key
    merge(ours, theirs, work, MergeChoices(fuse=frozenset({key})))
    back = merge(theirs, ours, work, NO_CHOICE)
    assert back.plan.duplicates == () and back.plan.conflicts == ()
    assert live_ids(theirs.path, "association", "siret = ?", [SIRET]) == [mine]
    (contact,) = query(theirs.path, "SELECT association_id FROM contact WHERE last_name = 'Roux'")
    assert contact == (mine,)
    assert data_differences(ours.path, theirs.path) == []


def test_fusing_twins_both_enrolled_leaves_one_enrolment(
    ours: Copy, theirs: Copy, world: World, work: Path
) -> None:
    mine, _twin = twin_associations(ours, theirs, world, siret=SIRET)
    ours.run(lambda s: enrolment.enrol_associations(s, world.other_programme, [mine]))
    key = plan_of(ours, received(theirs, work)).duplicates[0].key
    merge(ours, theirs, work, MergeChoices(fuse=frozenset({key}), prefer=Preference.NEWEST))
    live = live_ids(ours.path, "enrolment", "programme_id = ?", [world.other_programme])
    assert len(live) == 1
    assert value_of(ours.path, "enrolment", live[0], "association_id") == mine


# --- the same link row created on both sides -------------------------------------------


def test_the_same_enrolment_made_on_both_sides_merges_into_one_row(
    ours: Copy, theirs: Copy, world: World, work: Path
) -> None:
    for copy in (ours, theirs):
        copy.run(lambda s: enrolment.enrol_associations(s, world.other_programme, [world.amis]))
    merge(ours, theirs, work)
    merge(theirs, ours, work)
    for copy in (ours, theirs):
        rows = query(
            copy.path,
            "SELECT deleted_at FROM enrolment WHERE programme_id = ? AND association_id = ?",
            [world.other_programme, world.amis],
        )
        assert rows == [(None,)]


@pytest.mark.parametrize(("our_mark", "their_mark"), [("present", "present"), ("absent", "excuse")])
def test_the_same_attendance_cell_marked_on_both_sides_merges_into_one_row(
    ours: Copy, theirs: Copy, world: World, work: Path, our_mark: str, their_mark: str
) -> None:
    ours.run(lambda s: mark(s, world, world.amis, world.session_1, our_mark))
    theirs.run(lambda s: mark(s, world, world.amis, world.session_1, their_mark))  # the newest
    merge(ours, theirs, work)
    rows = query(
        ours.path,
        "SELECT status, deleted_at FROM attendance WHERE session_id = ? AND association_id = ?",
        [world.session_1, world.amis],
    )
    assert rows == [(their_mark, None)]


def test_the_same_cell_cleared_on_both_sides_stays_cleared_without_a_conflict(
    ours: Copy, theirs: Copy, world: World, work: Path
) -> None:
    ours.run(lambda s: mark(s, world, world.amis, world.session_1, "present"))
    merge(theirs, ours, work, NO_CHOICE)
    cell = {(world.amis, world.session_1): None}
    for copy in (ours, theirs):
        copy.run(lambda s: attendance.write_marks(s, world.programme, cell))
    done = merge(ours, theirs, work, NO_CHOICE)
    assert done.plan.conflicts == ()
    rows = query(
        ours.path,
        "SELECT deleted_at FROM attendance WHERE session_id = ? AND association_id = ?",
        [world.session_1, world.amis],
    )
    assert len(rows) == 1 and rows[0][0] is not None


def test_the_same_link_rows_made_on_both_sides_are_the_same_rows_after_merging_both_ways(
    ours: Copy, theirs: Copy, world: World, work: Path
) -> None:
    # GIVEN the same enrolment and the same attendance cell made in both files
    for copy in (ours, theirs):
        copy.run(lambda s: enrolment.enrol_associations(s, world.other_programme, [world.amis]))
        copy.run(lambda s: mark(s, world, world.bal, world.session_2, "present"))
    # WHEN each file merges the other's
    merge(ours, theirs, work, NO_CHOICE)
    merge(theirs, ours, work, NO_CHOICE)
    # THEN both hold the same rows (one id per enrolment and per cell on both sides)
    assert data_differences(ours.path, theirs.path) == []


# --- losing values are kept ------------------------------------------------------------


def entries_of(copy: Copy, row_id: str, field: str, kind: str) -> list[Any]:
    """A file's history entries of one kind about one field of one record."""
    return [e for e in history(copy.path, row_id) if e.field == field and e.kind == kind]


def test_our_value_lost_to_theirs_is_kept_in_history(
    ours: Copy, theirs: Copy, world: World, work: Path
) -> None:
    set_town(ours, world.amis, "Lille")
    set_town(theirs, world.amis, "Vierzon")
    done = merge(ours, theirs, work, MergeChoices(prefer=Preference.THEIRS))
    merged = entries_of(ours, world.amis, "town", "merged")
    assert [(decode_value(e.old_value), decode_value(e.new_value)) for e in merged] == [
        ("Lille", "Vierzon")
    ]
    assert merged[0].merge_id == done.summary.merge_id


def test_their_value_lost_to_ours_is_kept_in_history(
    ours: Copy, theirs: Copy, world: World, work: Path
) -> None:
    set_town(ours, world.amis, "Lille")
    set_town(theirs, world.amis, "Vierzon")
    merge(ours, theirs, work, MergeChoices(prefer=Preference.MINE))
    resolved = entries_of(ours, world.amis, "town", "resolved")
    assert [decode_value(e.old_value) for e in resolved] == ["Vierzon"]
    assert decode_value(resolved[0].new_value) == "Lille"
    assert value_of(ours.path, "association", world.amis, "town") == "Lille"


# --- merging again, and both ways ------------------------------------------------------


def busy_day(ours: Copy, theirs: Copy, world: World) -> None:
    """Edits on both sides: a conflict, one-sided edits, creations, an archive, marks."""
    set_town(ours, world.amis, "Lille")
    set_town(theirs, world.amis, "Vierzon")
    theirs.run(lambda s: edit(s, "association", world.amis, phone="02 48 99 99 99"))
    ours.run(lambda s: edit(s, "association", world.bal, notes="Rappeler en mai"))
    theirs.run(lambda s: edit(s, "programme_session", world.session_2, title="Atelier mécénat"))
    new_association(ours, "Nouvelle Scène")
    theirs.run(
        lambda s: contacts.create_contact(
            s, ContactDraft(last_name="Roux", association_id=world.bal)
        )
    )
    ours.run(lambda s: archive(s, "association", world.cirque))
    ours.run(lambda s: mark(s, world, world.amis, world.session_1, "present"))
    theirs.run(lambda s: mark(s, world, world.bal, world.session_1, "absent"))


def test_merging_the_same_file_twice_changes_nothing(
    ours: Copy, theirs: Copy, world: World, work: Path
) -> None:
    busy_day(ours, theirs, world)
    merge(ours, theirs, work, MergeChoices(prefer=Preference.THEIRS))
    everything = shared_data(ours.path, volatile=frozenset())
    entries = history(ours.path)
    again = merge(ours, theirs, work, NO_CHOICE)
    assert again.plan.nothing_to_do, again.plan
    assert shared_data(ours.path, volatile=frozenset()) == everything
    assert history(ours.path) == entries


@pytest.mark.parametrize("prefer", [Preference.MINE, Preference.THEIRS, Preference.NEWEST])
def test_after_merging_both_ways_both_files_hold_the_same_data(
    ours: Copy, theirs: Copy, world: World, work: Path, prefer: Preference
) -> None:
    busy_day(ours, theirs, world)
    merge(ours, theirs, work, MergeChoices(prefer=prefer))
    back = merge(theirs, ours, work, NO_CHOICE)
    assert back.plan.conflicts == ()
    assert data_differences(ours.path, theirs.path) == []
    assert history_ids(ours.path) == history_ids(theirs.path)


# --- summary, list, undo ---------------------------------------------------------------


def test_the_summary_and_the_list_of_merges_tell_what_was_done(
    ours: Copy, theirs: Copy, world: World, work: Path
) -> None:
    set_town(ours, world.amis, "Lille")
    set_town(theirs, world.amis, "Vierzon")
    set_town(theirs, world.bal, "Vierzon")
    new_association(theirs, "Nouvelle Scène")
    theirs.run(lambda s: archive(s, "association", world.cirque))
    first = plan_of(ours, received(theirs, work))
    assert first.last_merged is None and first.received_entries > 0
    done = merge(ours, theirs, work, MergeChoices(prefer=Preference.THEIRS))
    plan, summary = done.plan, done.summary
    association = changes(plan, "association")
    assert (association.created, association.updated, association.deleted) == (1, 1, 1)
    # the plan counts what applies by itself; the summary every record written, so Amis
    # (its conflict settled for their value) is one more update
    assert (summary.created, summary.updated, summary.deleted) == (
        plan.created,
        plan.updated + 1,
        plan.deleted,
    )
    assert (summary.conflicts_resolved, summary.fused) == (1, 0)
    assert summary.received_entries == plan.received_entries
    (listed,) = ours.read(merging.list_merges)
    assert listed.id == summary.merge_id
    assert listed.other_office == THEIR_OFFICE and listed.file_name == "cher.dla"
    assert (listed.created, listed.updated, listed.deleted, listed.conflicts, listed.fused) == (
        summary.created,
        summary.updated,
        summary.deleted,
        1,
        0,
    )
    assert listed.undone_at is None
    assert plan_of(ours, received(theirs, work)).last_merged is not None


def test_undoing_a_merge_puts_back_what_nobody_changed_since(
    ours: Copy, theirs: Copy, world: World, work: Path
) -> None:
    theirs.run(lambda s: edit(s, "association", world.amis, town="Vierzon", phone="02 48 99 99 99"))
    created = new_association(theirs, "Nouvelle Scène")
    done = merge(ours, theirs, work, NO_CHOICE)
    ours.run(lambda s: edit(s, "association", world.amis, phone="03 20 00 00 00"))
    report = ours.run(lambda s: merging.undo_merge(s, done.summary.merge_id))
    assert value_of(ours.path, "association", world.amis, "town") == "Bourges"
    assert value_of(ours.path, "association", world.amis, "phone") == "03 20 00 00 00"
    assert value_of(ours.path, "association", created, "deleted_at") is not None
    assert report.restored >= 1 and report.archived >= 1
    assert len(report.skipped) == 1 and "Amis du Patrimoine" in report.skipped[0]
    (listed,) = ours.read(merging.list_merges)
    assert listed.undone_at is not None


def test_undo_after_an_unrelated_edit_restores_everything(
    ours: Copy, theirs: Copy, world: World, work: Path
) -> None:
    set_town(theirs, world.amis, "Vierzon")
    theirs.run(lambda s: archive(s, "association", world.bal))
    done = merge(ours, theirs, work, NO_CHOICE)
    assert value_of(ours.path, "association", world.bal, "deleted_at") is not None
    report = ours.run(lambda s: merging.undo_merge(s, done.summary.merge_id))
    assert report.skipped == ()
    assert value_of(ours.path, "association", world.amis, "town") == "Bourges"
    assert value_of(ours.path, "association", world.bal, "deleted_at") is None


def test_a_merged_base_still_opens(ours: Copy, theirs: Copy, world: World, work: Path) -> None:
    busy_day(ours, theirs, world)
    merge(ours, theirs, work, MergeChoices(prefer=Preference.NEWEST))
    ours.close()
    database = open_database(ours.path)
    try:
        with database.reading() as s:
            assert len(associations.list_associations(s)) == 3  # Nouvelle Scène in, Cirque out
    finally:
        database.close()
