"""Volets and Participants tabs: two volets, several associations at once, a sub-group."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from dla_desktop.db.database import Database
from dla_desktop.domain.enums import EnrolmentStatus, VoletKind
from dla_desktop.domain.records import (
    AssociationDraft,
    CabinetDraft,
    SubgroupDraft,
    VoletDraft,
    VoletEnrolmentDraft,
)
from dla_desktop.services import associations, cabinets, enrolment, programmes
from dla_desktop.ui.dialogs.enrol_dialog import EnrolDialog
from dla_desktop.ui.operations import Operations
from dla_desktop.ui.pages.programme.participants_tab import ParticipantsTab
from dla_desktop.ui.pages.programme.volets_tab import VoletsTab
from tests.services.support import snapshot
from tests.ui.support import answer_boxes
from tests.ui.test_programme_page import existing, page_for, with_two_offices

NAMES = ["Théâtre de l'Embellie", "Cirque du Vent", "Écoles & Jardins", "Vélo Club"]


@pytest.fixture
def database(database: Database) -> Database:
    return with_two_offices(database)


@pytest.fixture
def programme_id(database: Database) -> str:
    with database.transaction() as session:
        for name in NAMES:
            associations.create_association(session, AssociationDraft(name=name, town="Lille"))
        cabinets.create_cabinet(session, CabinetDraft(name="Horizon Marketing"))
    return existing(database).id


def volets_of(database: Database, programme_id: str) -> list:
    with database.reading() as session:
        return programmes.list_volets(session, programme_id)


def open_tab(qtbot: QtBot, operations: Operations, programme_id: str, tab_type: type):
    page = page_for(qtbot, operations, programme_id)
    tab = page.tab(tab_type)
    page.tabs.setCurrentWidget(tab)
    return page, tab


def add_volet(tab: VoletsTab, kind: VoletKind, amount: str, cabinet: str = "") -> bool:
    tab.new_button.click()
    form = tab.form
    form.kind.setCurrentIndex(form.kind.findData(kind.value))
    form.contracted_amount.setText(amount)
    if cabinet:
        form.cabinet.setCurrentIndex(form.cabinet.findText(cabinet))
    form.improvement_tracks.setPlainText("Allonger le volet\n\nMieux cerner les besoins\n")
    return tab.save_button.click() or True


def test_two_volets_are_created_with_their_cabinet_and_tracks(
    qtbot: QtBot, operations: Operations, database: Database, programme_id: str
) -> None:
    page, tab = open_tab(qtbot, operations, programme_id, VoletsTab)
    assert tab.volet_list.count() == 0
    add_volet(tab, VoletKind.MARKETING, "11 700", cabinet="Horizon Marketing")
    add_volet(tab, VoletKind.MECENAT, "9 800,50")
    stored = volets_of(database, programme_id)
    assert [(v.kind, v.contracted_amount) for v in stored] == [
        (VoletKind.MARKETING, Decimal("11700.00")),
        (VoletKind.MECENAT, Decimal("9800.50")),
    ]
    assert stored[0].cabinet_id is not None and stored[1].cabinet_id is None
    assert stored[0].improvement_tracks == ("Allonger le volet", "Mieux cerner les besoins")
    assert [tab.volet_list.item(r).text() for r in range(2)] == ["Marketing", "Mécénat"]
    assert tab.form.record.id == stored[1].id  # the one just saved stays shown
    assert not page.has_unsaved_changes()


def test_a_refused_volet_says_why_under_its_field_and_writes_nothing(
    qtbot: QtBot, operations: Operations, database: Database, programme_id: str
) -> None:
    _page, tab = open_tab(qtbot, operations, programme_id, VoletsTab)
    before = snapshot(database)
    tab.new_button.click()
    tab.form.kind.setCurrentIndex(tab.form.kind.findData(VoletKind.AUTRE.value))
    tab.form.contracted_amount.setText("douze euros")
    assert not tab.save()
    assert tab.form.errors.message("label").text() == (
        "Libellé : à renseigner pour un volet « Autre »."
    )
    assert (
        tab.form.errors.message("contracted_amount")
        .text()
        .startswith("Montant contractualisé : montant illisible")
    )
    assert snapshot(database) == before


def test_editing_then_choosing_another_volet_asks_first(
    qtbot: QtBot,
    operations: Operations,
    database: Database,
    programme_id: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with database.transaction() as session:
        for kind in (VoletKind.MARKETING, VoletKind.MECENAT):
            programmes.create_volet(session, VoletDraft(programme_id=programme_id, kind=kind))
    _page, tab = open_tab(qtbot, operations, programme_id, VoletsTab)
    assert tab.form.record.kind is VoletKind.MARKETING
    tab.form.objective.setPlainText("Une offre par association")
    boxes = answer_boxes(monkeypatch, "Annuler")
    tab.volet_list.setCurrentRow(1)
    assert "Le volet a été modifié" in boxes[0].text()
    assert tab.form.record.kind is VoletKind.MARKETING  # stayed, edits kept
    assert tab.volet_list.currentRow() == 0
    answer_boxes(monkeypatch, "Enregistrer")
    tab.volet_list.setCurrentRow(1)
    assert tab.form.record.kind is VoletKind.MECENAT
    assert volets_of(database, programme_id)[0].objective == "Une offre par association"


def test_archiving_a_volet(
    qtbot: QtBot,
    operations: Operations,
    database: Database,
    programme_id: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _page, tab = open_tab(qtbot, operations, programme_id, VoletsTab)
    add_volet(tab, VoletKind.MARKETING, "0")
    add_volet(tab, VoletKind.FISCALITE, "0")
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    tab.archive_button.click()
    assert [v.kind for v in volets_of(database, programme_id)] == [VoletKind.MARKETING]
    assert tab.volet_list.count() == 1
    assert tab.form.record.kind is VoletKind.MARKETING


def choose_in_enrol_dialog(monkeypatch: pytest.MonkeyPatch, search: str, rows: int) -> list:
    """Patch EnrolDialog.exec: type ``search``, select the first ``rows`` shown, accept."""
    seen: list[EnrolDialog] = []

    def run(dialog: EnrolDialog) -> int:
        seen.append(dialog)
        dialog.panel.search.setText(search)
        selection = dialog.panel.table.selectionModel()
        for row in range(rows):
            selection.select(
                dialog.panel.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )
        dialog.enrol_button.click()
        return dialog.result()

    monkeypatch.setattr(EnrolDialog, "exec", run)
    return seen


def participant_names(tab: ParticipantsTab) -> list[str]:
    return [tab.panel.model.row_at(r).name for r in range(tab.panel.model.shown_count)]


def test_several_associations_are_enrolled_at_once_and_grouped(
    qtbot: QtBot,
    operations: Operations,
    database: Database,
    programme_id: str,
    monkeypatch: pytest.MonkeyPatch,
    qtmodeltester,
) -> None:
    # GIVEN a programme with two volets, the first with a sub-group
    with database.transaction() as session:
        for kind in (VoletKind.MARKETING, VoletKind.MECENAT):
            programmes.create_volet(session, VoletDraft(programme_id=programme_id, kind=kind))
    page, tab = open_tab(qtbot, operations, programme_id, ParticipantsTab)
    # WHEN three associations are found without their accents and enrolled together
    seen = choose_in_enrol_dialog(monkeypatch, "", 3)
    tab.enrol_button.click()
    assert seen[0].chosen_label.text() == "3 associations choisies"
    assert participant_names(tab) == ["Cirque du Vent", "Écoles & Jardins", "Théâtre de l'Embellie"]
    qtmodeltester.check(tab.panel.model)
    # ... and the search in the dialog folds accents: "ecoles" finds nothing left but "velo"
    seen = choose_in_enrol_dialog(monkeypatch, "velo", 1)
    tab.enrol_button.click()
    assert seen[0].panel.model.shown_count == 1
    assert "Vélo Club" in participant_names(tab)
    # THEN one of them joins both volets in the Participants tab's dialog
    tab.panel.table.selectRow(0)
    dialog = tab.make_participation_dialog(tab.panel.selected_rows()[0].enrolment_id)
    qtbot.addWidget(dialog)
    dialog.status.setCurrentIndex(dialog.status.findData(EnrolmentStatus.ACTIVE.value))
    for check, _group in dialog.volet_boxes.values():
        check.setChecked(True)
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    row = tab.panel.model.row_at(0)
    assert (row.name, row.status, row.volets) == ("Cirque du Vent", "active", "Marketing, Mécénat")


def test_a_volet_member_is_put_in_a_subgroup_with_buttons_or_by_drop(
    qtbot: QtBot,
    operations: Operations,
    database: Database,
    programme_id: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with database.transaction() as session:
        volet = programmes.create_volet(
            session, VoletDraft(programme_id=programme_id, kind=VoletKind.MARKETING)
        )
        rows = associations.list_associations(session)
        enrolment.enrol_associations(session, programme_id, [r.id for r in rows])
        for r in rows[:3]:
            enrolment.join_volet(
                session,
                VoletEnrolmentDraft(volet_id=volet.id, association_id=r.id),
            )
    page, tab = open_tab(qtbot, operations, programme_id, VoletsTab)
    panel = tab.subgroups
    assert panel.outside.count() == 3 and not panel.put_in.isEnabled()
    # a sub-group is created (its name asked in a dialog)
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kw: ("Groupe A", True))
    panel.add_button.click()
    assert panel.groups.currentItem().text() == "Groupe A (0)"
    # one member goes in with the arrow button
    panel.outside.item(0).setSelected(True)
    first = panel.outside.item(0).text()
    panel.put_in.click()
    assert [panel.inside.item(r).text() for r in range(panel.inside.count())] == [first]
    # another arrives by drop (what dropEvent reports), then goes back out with ←
    panel.outside.item(0).setSelected(True)
    panel.inside.dropped.emit(panel.outside.selected_ids())
    assert panel.inside.count() == 2 and panel.outside.count() == 1
    assert panel.groups.currentItem().text() == "Groupe A (2)"
    panel.inside.item(1).setSelected(True)
    panel.take_out.click()
    with database.reading() as session:
        members = enrolment.list_volet_member_views(session, volet.id)
    assert [(m.name, m.subgroup_id is not None) for m in members if m.subgroup_id] == [
        (first, True)
    ]
    # the Participants tab shows the sub-group
    page.tabs.setCurrentWidget(page.tab(ParticipantsTab))
    participants = page.tab(ParticipantsTab)
    shown = {r.name: r.subgroups for r in participants.panel.model._rows}
    assert shown[first] == "Groupe A"


def test_renaming_to_a_taken_name_is_refused_with_the_services_message(
    qtbot: QtBot,
    operations: Operations,
    database: Database,
    programme_id: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with database.transaction() as session:
        volet = programmes.create_volet(
            session, VoletDraft(programme_id=programme_id, kind=VoletKind.MARKETING)
        )
        for name in ("Groupe A", "Groupe B"):
            programmes.create_subgroup(
                session,
                SubgroupDraft(volet_id=volet.id, name=name),
            )
    _page, tab = open_tab(qtbot, operations, programme_id, VoletsTab)
    warnings: list[str] = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kw: ("Groupe B", True))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    before = snapshot(database)
    tab.subgroups.rename_button.click()
    assert warnings == ["Nom : le sous-groupe « Groupe B » existe déjà."]
    assert snapshot(database) == before


def test_withdrawing_and_opening_an_association(
    qtbot: QtBot,
    operations: Operations,
    database: Database,
    programme_id: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with database.transaction() as session:
        ids = [r.id for r in associations.list_associations(session)]
        enrolment.enrol_associations(session, programme_id, ids[:2])
    page, tab = open_tab(qtbot, operations, programme_id, ParticipantsTab)
    opened: list[tuple[str, str]] = []
    page.record_opened.connect(lambda kind, id: opened.append((kind, id)))
    first = tab.panel.model.row_at(0)
    tab.panel.row_activated.emit(first)
    assert opened == [("association", first.association_id)]
    tab.panel.table.selectRow(0)
    assert tab.withdraw_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    tab.withdraw_button.click()
    assert first.name not in participant_names(tab)
    assert tab.panel.model.total_count == 1
    assert tab.panel.table.horizontalHeader().count() == 6
    assert tab.panel.model.headerData(3, Qt.Orientation.Horizontal) == "Statut"
