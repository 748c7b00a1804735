"""Fusionner un fichier reçu, walked through the window on two real files, with the real engine.

Our base belongs to the CBE de Lille; the received file is a copy of it given to the
DLA du Cher (a second office made current in the copy), as a colleague would do.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session

from dla_desktop.app import connect_files, make_application
from dla_desktop.db.database import create_database, open_database
from dla_desktop.db.models import Enrolment
from dla_desktop.domain.merging import (
    Authorship,
    ConflictKind,
    DuplicateProposal,
    FieldConflict,
    MergePlan,
    Preference,
    RecordConflict,
    Side,
)
from dla_desktop.domain.records import (
    AssociationDraft,
    AssociationRecord,
    OfficeDraft,
    ProgrammeDraft,
)
from dla_desktop.services import associations, enrolment, offices, programmes
from dla_desktop.sharing.watch import FileChange
from dla_desktop.ui.dialogs.merge_decisions import MergeDecisions
from dla_desktop.ui.dialogs.merge_dialog import MergeDialog
from dla_desktop.ui.dialogs.merge_widgets import AUTHOR_ROLE
from dla_desktop.ui.dialogs.merges_dialog import MergesDialog
from dla_desktop.ui.dialogs.outside_change_dialog import OutsideChangeDialog, OutsideChoice
from dla_desktop.ui.main_window import MainWindow
from dla_desktop.ui.operations import Change
from dla_desktop.ui.sharing_ui import FileGuard
from tests.services.support import on_file
from tests.ui.support import window_on

OURS, THEIRS = "CBE de Lille", "DLA du Cher"
FIXTURES = Path(__file__).parents[1] / "fixtures"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def edit_in(session: Session, record_id: str, **changes: object) -> AssociationRecord:
    """Change some fields of an association through the service, as its form would."""
    record = associations.get_association(session, record_id)
    values = {name: getattr(record, name) for name in AssociationDraft.__dataclass_fields__}
    return associations.update_association(
        session, record_id, AssociationDraft(**{**values, **changes}), record.version
    )


def edit(path: Path, record_id: str, **changes: object) -> None:
    """The same change, written into a file that is not open in the window."""
    on_file(path, lambda s: edit_in(s, record_id, **changes), write=True)


def read(path: Path, record_id: str) -> AssociationRecord:
    """The association as stored in a file now."""
    return on_file(path, lambda s: associations.get_association(s, record_id))


@pytest.fixture
def files(tmp_path: Path) -> Iterator[tuple[Path, Path, str]]:
    """Our base with one association, and the copy the DLA du Cher works in."""
    make_application()
    ours = tmp_path / "lille.dla"
    database = create_database(ours)
    with database.transaction() as session:
        office = offices.create_office(session, OfficeDraft(name=OURS, departement="59"))
        offices.set_current_office(session, office.id)
        record = associations.create_association(
            session, AssociationDraft(name="Solidarité Cher", town="Bourges", siret="")
        )
    database.close()
    theirs = tmp_path / "recu" / "cher.dla"
    theirs.parent.mkdir()
    shutil.copyfile(ours, theirs)
    database = open_database(theirs)
    with database.transaction() as session:
        office = offices.create_office(session, OfficeDraft(name=THEIRS, departement="18"))
        offices.set_current_office(session, office.id)
    database.close()
    yield ours, theirs, record.id


def start_merge(qtbot: QtBot, window: MainWindow, received: Path) -> MergeDialog:
    """Fichier › Fusionner un fichier reçu…, the chooser answering ``received``."""
    window.guard.choose_merge_file = lambda: received  # type: ignore[method-assign]
    window.findChild(QAction, "merge_action").trigger()
    qtbot.waitUntil(
        lambda: window.guard.merge_flow is not None and window.guard.merge_flow.dialog is not None
    )
    dialog = window.guard.merge_flow.dialog
    qtbot.waitExposed(dialog)
    return dialog


def test_a_conflict_is_settled_field_by_field_through_the_window(
    qtbot: QtBot, files: tuple[Path, Path, str], settings: QSettings
) -> None:
    ours, theirs, record_id = files
    # GIVEN the town changed on both sides, and the phone only in their file
    edit(theirs, record_id, town="Saint-Amand-Montrond", phone="02 48 00 00 00")
    window = window_on(qtbot, ours, settings)
    changes: list[Change] = []
    window.operations.data_changed.connect(changes.append)
    assert window.operations.write(
        window,
        lambda session: edit_in(session, record_id, town="Vierzon"),
        Change.ASSOCIATIONS,
    )
    changes.clear()
    received = sha256(theirs)
    # WHEN the received file is chosen from the File menu
    dialog = start_merge(qtbot, window, theirs)
    flow = window.guard.merge_flow
    assert flow.copy is not None and flow.copy.parent == flow.folder  # a private copy
    # THEN the summary says who sent it, that it is the first merge, what is automatic
    summary = dialog.summary_page
    assert summary.sender_label.text() == f"Fichier reçu : « cher.dla », de {THEIRS}."
    assert summary.last_merge.text() == "Première fusion avec ce bureau."
    table = summary.table
    rows = [
        [table.item(row, column).text() for column in range(4)] for row in range(table.rowCount())
    ]
    assert rows == [
        ["Association", "–", "1", "–"],  # the phone, changed in their file only
        ["Bureau", "1", "–", "–"],  # their office
        ["Total", "1", "1", "–"],
    ]
    assert summary.questions.text() == (
        "1 conflit à trancher (onglet Conflits) : fiche changée des deux côtés."
    )
    # AND "Fusionner" waits for the one conflict
    assert not dialog.merge_button.isEnabled()
    assert dialog.remaining.text() == (
        "1 conflit sur 1 attend votre choix (onglet Conflits) : « Fusionner » reste grisé d'ici là."
    )
    dialog.tabs.setCurrentWidget(dialog.conflicts)
    detail = dialog.conflicts.detail
    assert detail.title.text() == "Association « Solidarité Cher »"
    assert [detail.table.item(0, column).text() for column in range(3)] == [
        "Commune",
        "Vierzon",
        "Saint-Amand-Montrond",
    ]
    assert detail.table.item(0, 2).data(AUTHOR_ROLE).startswith(f"{THEIRS} (")
    # WHEN the user takes their town with the field's own combo, and merges
    combo = detail.combo("town")
    combo.setCurrentIndex(combo.findText("Prendre la leur"))
    assert dialog.merge_button.isEnabled()
    assert dialog.remaining.text() == "Chaque conflit a un choix : vous pouvez fusionner."
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.stack.currentWidget() is dialog.done_page)
    # THEN the end summary counts what was done and says where the backup is
    done = dialog.done_page
    assert done.figures_text() == [
        "Fiches créées : 1",  # their office
        "Fiches modifiées : 1",
        "Fiches supprimées : 0",
        "Conflits résolus : 1",
        "Fiches en double fusionnées : 0",
    ]
    backup = flow.backup
    assert backup is not None and backup.is_file() and ".avant-fusion." in backup.name
    assert done.backup.text().endswith(str(backup))
    # AND both values are stored: their town (chosen) and their phone (one side only)
    record = window.operations.read(lambda s: associations.get_association(s, record_id))
    assert (record.town, record.phone) == ("Saint-Amand-Montrond", "02 48 00 00 00")
    assert changes == [Change.ALL]  # every page reads again
    assert read(backup, record_id).town == "Vierzon"  # the backup holds the base before
    # AND our own write did not look like an outside change
    window.guard.check()
    assert window.read_only_reason is None
    dialog.close_button.click()
    qtbot.waitUntil(lambda: window.guard.merge_flow is None)
    assert not flow.folder.exists()  # the private copy is gone
    assert sha256(theirs) == received  # the received file was only read
    window.set_database(None)


def test_a_record_deleted_here_and_edited_there_can_be_restored(
    qtbot: QtBot, files: tuple[Path, Path, str], settings: QSettings
) -> None:
    ours, theirs, record_id = files
    edit(theirs, record_id, town="Vierzon")
    window = window_on(qtbot, ours, settings)
    window.operations.write(
        window,
        lambda s: associations.archive_association(
            s, record_id, associations.get_association(s, record_id).version
        ),
        Change.ASSOCIATIONS,
    )
    dialog = start_merge(qtbot, window, theirs)
    (conflict,) = dialog.plan.conflicts
    assert conflict.kind is ConflictKind.DELETED_MINE
    detail = dialog.conflicts.detail
    assert detail.explanation.text().startswith(
        f"Cette fiche a été supprimée ici, mais {THEIRS} l'a modifiée depuis (Commune)."
    )
    assert not dialog.merge_button.isEnabled()
    restore = detail.deletion.keep
    assert restore.text() == "Restaurer"
    qtbot.mouseClick(restore, Qt.MouseButton.LeftButton)
    assert dialog.merge_button.isEnabled()
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.stack.currentWidget() is dialog.done_page)
    record = window.operations.read(lambda s: associations.get_association(s, record_id))
    assert record.town == "Vierzon"  # restored, with their edit
    dialog.accept()
    window.set_database(None)


def test_a_foreign_file_is_refused_and_nothing_changes(
    qtbot: QtBot,
    files: tuple[Path, Path, str],
    tmp_path: Path,
    settings: QSettings,
    warnings: list[str],
) -> None:
    ours, _theirs, _record_id = files
    foreign = tmp_path / "compte rendu.dla"
    foreign.write_text("Ceci n'est pas une base.", encoding="utf-8")
    window = window_on(qtbot, ours, settings)
    before = sha256(ours)
    window.guard.choose_merge_file = lambda: foreign  # type: ignore[method-assign]
    window.findChild(QAction, "merge_action").trigger()
    qtbot.waitUntil(lambda: window.guard.merge_flow is None)
    assert len(warnings) == 1 and "compte rendu.dla" in warnings[0]
    assert window.findChild(MergeDialog) is None
    window.set_database(None)
    assert sha256(ours) == before


def test_merging_is_refused_while_the_base_is_read_only(
    qtbot: QtBot, files: tuple[Path, Path, str], settings: QSettings, warnings: list[str]
) -> None:
    ours, theirs, _record_id = files
    window = window_on(qtbot, ours, settings)
    window.operations.set_read_only("ouvert sur POSTE-2 par amelie depuis 17:05")
    chosen: list[bool] = []
    window.guard.choose_merge_file = lambda: chosen.append(True) or theirs  # type: ignore[method-assign]
    window.findChild(QAction, "merge_action").trigger()
    assert warnings == [
        "La base est en lecture seule (ouvert sur POSTE-2 par amelie depuis 17:05) : "
        "rien n'a été fusionné."
    ]
    assert chosen == [] and window.guard.merge_flow is None
    window.set_database(None)


def test_an_older_file_is_merged_from_an_upgraded_copy_once_agreed(
    qtbot: QtBot, tmp_path: Path, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_application()
    ours, theirs = tmp_path / "base.dla", tmp_path / "ancien.dla"
    shutil.copyfile(FIXTURES / "schema_0003.dla", ours)
    shutil.copyfile(FIXTURES / "schema_0003.dla", theirs)
    open_database(ours, backup_dir=tmp_path).close()  # ours is upgraded, theirs is not
    before = sha256(theirs)
    asked: list[str] = []
    told: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda _p, _t, text, *_: asked.append(text) or QMessageBox.Yes
    )
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *_: told.append(text) or 0)
    window = window_on(qtbot, ours, settings)
    window.guard.choose_merge_file = lambda: theirs  # type: ignore[method-assign]
    window.findChild(QAction, "merge_action").trigger()
    qtbot.waitUntil(lambda: window.guard.merge_flow is None)
    assert len(asked) == 1 and asked[0].endswith(
        "vient d'une version plus ancienne de DLA Desktop. Une copie peut être mise à niveau "
        "avant la fusion ; le fichier reçu ne sera pas modifié. "
        "Mettre à niveau une copie et fusionner ?"
    )
    assert told == [
        "« ancien.dla » n'apporte aucune modification que cette base n'ait déjà : "
        "rien n'a été changé."
    ]
    assert sha256(theirs) == before
    window.set_database(None)


def test_a_merge_is_undone_from_the_past_merges(
    qtbot: QtBot,
    files: tuple[Path, Path, str],
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ours, theirs, record_id = files
    edit(theirs, record_id, town="Vierzon", phone="02 48 00 00 00")
    window = window_on(qtbot, ours, settings)
    dialog = start_merge(qtbot, window, theirs)
    assert dialog.plan.conflicts == () and dialog.merge_button.isEnabled()
    dialog.merge_button.click()
    qtbot.waitUntil(lambda: dialog.summary is not None)
    dialog.accept()
    assert window.operations.read(lambda s: associations.get_association(s, record_id)).town == (
        "Vierzon"
    )
    # WHEN the user opens Fichier › Fusions passées… and undoes the merge
    reports: list[str] = []
    seen: list[list[str]] = []

    def walk(merges: MergesDialog) -> int:
        row = [merges.table.item(0, column).text() for column in range(1, 8)]
        seen.append(row)
        monkeypatch.setattr(merges, "confirm", lambda _merge: True)
        monkeypatch.setattr(
            merges, "show_report", lambda report: reports.append(merges.report_text(report))
        )
        with qtbot.waitSignal(merges.undo_ended, timeout=10_000):
            merges.undo_button.click()  # in the background
            assert not merges.undo_button.isEnabled() and not merges.table.isEnabled()
        seen.append([merges.table.item(0, 7).text()])
        assert not merges.undo_button.isEnabled() and merges.table.isEnabled()
        return 0

    monkeypatch.setattr(MergesDialog, "exec", walk)
    window.findChild(QAction, "merges_action").trigger()
    # THEN the list showed the merge, and the undo put both values back
    assert seen[0] == [THEIRS, "cher.dla", "1", "1", "0", "0", ""]  # their office is new
    assert seen[1][0] != ""  # "Annulée le" now says when
    assert reports == ["Fusion annulée : 2 valeurs remises, 0 fiche archivée."]
    record = window.operations.read(lambda s: associations.get_association(s, record_id))
    assert (record.town, record.phone) == ("Bourges", "")
    window.set_database(None)


def test_after_an_outside_change_merge_keeps_both_versions(
    qtbot: QtBot,
    files: tuple[Path, Path, str],
    tmp_path: Path,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ours, _theirs, record_id = files
    # GIVEN the base open and changed by us, then replaced on disk by a version
    # changed elsewhere (a sync tool)
    other = tmp_path / ".lille.dla.sync"
    shutil.copyfile(ours, other)
    edit(other, record_id, phone="02 48 00 00 00")
    window = window_on(qtbot, ours, settings)
    connect_files(window)
    monkeypatch.setattr(FileGuard, "ask_outside_change", lambda *_: OutsideChoice.MERGE)
    assert window.operations.write(
        window, lambda s: edit_in(s, record_id, town="Vierzon"), Change.ASSOCIATIONS
    )
    os.replace(other, ours)
    # WHEN the change is seen and the user chooses "Fusionner"
    old = window.database
    window.guard.check()
    qtbot.waitUntil(
        lambda: window.guard.merge_flow is not None and window.guard.merge_flow.dialog is not None
    )
    # THEN the file on disk was reloaded, and our version is merged into it
    assert window.database is not old and window.read_only_reason is None
    dialog = window.guard.merge_flow.dialog
    assert dialog.plan.file_name == "ma version de « lille.dla »"
    dialog.merge_button.click()
    qtbot.waitUntil(lambda: dialog.summary is not None)
    record = window.operations.read(lambda s: associations.get_association(s, record_id))
    assert (record.town, record.phone) == ("Vierzon", "02 48 00 00 00")
    dialog.accept()
    window.set_database(None)
    assert read(ours, record_id).town == "Vierzon"


def enrol_twin(path: Path, programme_id: str, name: str, days: str) -> None:
    """An association with our twin's SIRET, enrolled in the programme, its days edited."""

    def act(session: Session) -> None:
        record = associations.create_association(
            session, AssociationDraft(name=name, siret="73282932000074")
        )
        enrolment.enrol_associations(session, programme_id, [record.id])
        session.flush()
        row = session.scalars(select(Enrolment).where(Enrolment.association_id == record.id))
        row.one().followup_days_planned = Decimal(days)

    on_file(path, act, write=True)


def test_ticking_a_fusion_shows_the_conflicts_it_reveals(
    qtbot: QtBot, files: tuple[Path, Path, str], settings: QSettings
) -> None:
    ours, theirs, record_id = files
    # GIVEN a conflict on the town, and twins (same SIRET) each enrolled in one programme
    # known to both files, their enrolment days edited differently on each side
    programme = on_file(
        ours,
        lambda s: programmes.create_programme(s, ProgrammeDraft(title="Cher 2026")).id,
        write=True,
    )
    shutil.copyfile(ours, theirs)  # the programme on both sides, then their own office again
    on_file(
        theirs,
        lambda s: offices.set_current_office(
            s, offices.create_office(s, OfficeDraft(name=THEIRS, departement="18")).id
        ),
        write=True,
    )
    edit(ours, record_id, town="Vierzon")
    edit(theirs, record_id, town="Bourges centre")
    enrol_twin(ours, programme, "Solidarité Cher sud", "2")
    enrol_twin(theirs, programme, "Solidarite Cher sud", "3")
    window = window_on(qtbot, ours, settings)
    dialog = start_merge(qtbot, window, theirs)
    (town,) = dialog.plan.conflicts  # the enrolments are not linked yet: no conflict there
    (twins,) = dialog.plan.duplicates
    # AND the town is settled before anything is fused
    dialog.conflicts.select(town)
    combo = dialog.conflicts.detail.combo("town")
    combo.setCurrentIndex(combo.findText("Prendre la leur"))
    assert dialog.merge_button.isEnabled()
    # WHEN the fusion is ticked
    dialog.tabs.setCurrentWidget(dialog.duplicates)
    dialog.duplicates.boxes[twins.key].setChecked(True)
    # THEN "Fusionner" waits while the plan is computed again
    assert not dialog.merge_button.isEnabled()
    assert dialog.remaining.text() == "Recherche des conflits avec les fiches fusionnées…"
    qtbot.waitUntil(lambda: not dialog.planning)
    # AND the enrolments now meet: their days are a conflict; the town keeps its choice
    assert [conflict.table for conflict in dialog.plan.conflicts] == ["association", "enrolment"]
    assert dialog.tabs.tabText(1) == "Conflits (2)"
    assert dialog.tabs.currentWidget() is dialog.duplicates
    assert not dialog.merge_button.isEnabled()
    assert dialog.remaining.text().startswith("1 conflit sur 2 attend votre choix")
    assert dialog.decisions.choices().fields == {(town.key, "town"): Side.THEIRS}
    enrolled = dialog.plan.conflicts[1]
    dialog.conflicts.select(enrolled)
    title = dialog.conflicts.detail.title.text()  # the label's wording is the engine's
    assert "Solidarité Cher sud" in title and "Cher 2026" in title
    # WHEN their days are taken and the merge is written
    combo = dialog.conflicts.detail.combo("followup_days_planned")
    combo.setCurrentIndex(combo.findText("Prendre la leur"))
    assert dialog.merge_button.isEnabled()
    dialog.merge_button.click()
    qtbot.waitUntil(lambda: dialog.summary is not None)
    # THEN one enrolment is left, with their days, on our association
    assert dialog.summary.fused == 1
    days = window.operations.read(
        lambda s: [row.followup_days_planned for row in s.scalars(select(Enrolment)).all()]
    )
    assert days == [Decimal(3)]
    dialog.accept()
    window.set_database(None)


def test_unticking_goes_back_to_the_first_plan_without_asking_again(qtbot: QtBot) -> None:
    make_application()
    dialog = MergeDialog(
        MergePlan(
            "x.dla",
            THEIRS,
            None,
            0,
            (),
            (),
            (
                DuplicateProposal(
                    "association:1", "association", "Association", "1", "2", "A", "A", "SIRET"
                ),
            ),
        )
    )
    qtbot.addWidget(dialog)
    asked: list[frozenset[str]] = []
    dialog.plan_requested.connect(asked.append)
    box = dialog.duplicates.boxes["association:1"]
    box.setChecked(True)
    assert asked == [frozenset({"association:1"})] and not dialog.merge_button.isEnabled()
    box.setChecked(False)  # back to what the plan shown counts with: ready at once
    assert asked == [frozenset({"association:1"})] and dialog.merge_button.isEnabled()
    box.setChecked(True)
    dialog.plan_failed(frozenset({"association:1"}))  # could not be computed: unticked again
    assert not box.isChecked() and dialog.merge_button.isEnabled()
    assert dialog.decisions.choices().fuse == frozenset()


def test_the_outside_change_dialog_offers_merge_unless_the_file_is_gone() -> None:
    make_application()
    replaced = OutsideChangeDialog("lille.dla", FileChange.REPLACED)
    deleted = OutsideChangeDialog("lille.dla", FileChange.DELETED)
    assert "Fusionner" in [button.text() for button in replaced.buttons()]
    assert "« Fusionner » le recharge et y fusionne votre version" in replaced.informativeText()
    assert "Fusionner" not in [button.text() for button in deleted.buttons()]


# --- the decisions, on a hand-made plan (no merge is written here) -------------------------


def _field(name: str, mine_day: int | None, theirs_day: int | None) -> FieldConflict:
    from datetime import UTC, datetime

    def when(day: int | None) -> datetime | None:
        return None if day is None else datetime(2026, 3, day, tzinfo=UTC)

    return FieldConflict(
        name,
        name.title(),
        "a",
        "b",
        Authorship(OURS, "", when(mine_day)),
        Authorship(THEIRS, "", when(theirs_day)),
    )


def _plan(*conflicts: RecordConflict) -> MergePlan:
    return MergePlan("x.dla", THEIRS, None, 0, (), conflicts, ())


def test_newest_settles_dated_fields_and_leaves_the_rest_to_the_engine() -> None:
    fields = RecordConflict(
        "association:1",
        "association",
        "Association",
        "A",
        ConflictKind.FIELDS,
        (_field("town", 10, 11), _field("phone", 12, 11), _field("email", None, 11)),
    )
    deleted = RecordConflict(
        "association:2", "association", "Association", "B", ConflictKind.DELETED_THEIRS, ()
    )
    decisions = MergeDecisions(_plan(fields, deleted))
    assert len(decisions.unsettled()) == 2
    decisions.settle_remaining(Preference.NEWEST)
    choices = decisions.choices()
    assert choices.fields == {
        ("association:1", "town"): Side.THEIRS,
        ("association:1", "phone"): Side.MINE,
    }
    assert choices.records == {} and choices.prefer is Preference.NEWEST
    assert decisions.unsettled() == [] and decisions.left_to_preference() == 2


def test_mine_keeps_the_deletion_it_made_and_the_dialog_counts_down(qtbot: QtBot) -> None:
    make_application()
    deleted = RecordConflict(
        "contact:3",
        "contact",
        "Contact",
        "Marie",
        ConflictKind.DELETED_MINE,
        (_field("email", 1, 2),),
    )
    dialog = MergeDialog(_plan(deleted))
    qtbot.addWidget(dialog)
    assert dialog.remaining.text().startswith("1 conflit sur 1 attend votre choix")
    dialog.conflicts.preference_buttons[Preference.MINE].click()
    assert dialog.decisions.choices().records == {"contact:3": Side.MINE}  # stays deleted
    assert dialog.conflicts.detail.deletion.delete.isChecked()
    assert dialog.conflicts.detail.combo("email").currentText() == "Garder la mienne"
    assert dialog.merge_button.isEnabled()
    dialog.conflicts.detail.take_theirs.click()  # "Tout prendre (leur version)": restored
    assert dialog.decisions.choices().records == {"contact:3": Side.THEIRS}
    assert dialog.conflicts.detail.deletion.keep.isChecked()
    assert dialog.conflicts.detail.combo("email").currentText() == "Prendre la leur"
