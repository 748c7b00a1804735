"""A record's history from its page and from the contact dialog; erasing a contact (RGPD)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from dla_desktop.db.database import Database
from dla_desktop.db.models import Contact
from dla_desktop.domain.history import HistoryKind
from dla_desktop.domain.records import AssociationDraft, ContactDraft, ContactRecord
from dla_desktop.services import associations, contacts
from dla_desktop.ui.dialogs.contact_dialog import ContactDialog
from dla_desktop.ui.dialogs.history_dialog import HistoryDialog
from dla_desktop.ui.operations import Operations
from dla_desktop.ui.pages.association_page import AssociationPage
from dla_desktop.ui.pages.cabinet_page import CabinetPage
from dla_desktop.ui.pages.company_page import CompanyPage

DRAFT = AssociationDraft(name="Les Ateliers", town="Lille")


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[HistoryDialog]:
    """History dialogs shown (their ``exec`` returns at once)."""
    shown: list[HistoryDialog] = []

    def exec_(dialog: HistoryDialog) -> int:
        shown.append(dialog)
        return 0

    monkeypatch.setattr(HistoryDialog, "exec", exec_)
    return shown


@pytest.fixture
def person(database: Database) -> ContactRecord:
    with database.transaction() as session:
        owner = associations.create_association(session, DRAFT)
        return contacts.create_contact(
            session,
            ContactDraft(
                last_name="Durand",
                first_name="Camille",
                email="c.durand@example.org",
                association_id=owner.id,
            ),
        )


def rows(dialog: HistoryDialog) -> list[tuple[str, str, str, str]]:
    """(type, field, old, new) as the table shows them, top to bottom."""
    model = dialog.model
    return [
        tuple(model.index(row, column).data() for column in (1, 2, 3, 4))  # type: ignore[misc]
        for row in range(model.rowCount())
    ]


def test_the_page_shows_the_change_just_saved_newest_first(
    qtbot: QtBot,
    operations: Operations,
    database: Database,
    opened: list[HistoryDialog],
    qtmodeltester,
) -> None:
    # GIVEN an association whose town is changed on its page
    with database.transaction() as session:
        created = associations.create_association(session, DRAFT)
    page = AssociationPage(operations, created.id)
    qtbot.addWidget(page)
    page.town.setText("Roubaix")
    assert page.save()
    # WHEN "Historique…" is clicked
    qtbot.mouseClick(page.history_button, Qt.MouseButton.LeftButton)
    # THEN the change comes first, named and shown in French, the creation last
    [dialog] = opened
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    assert dialog.windowTitle() == "Historique de « Les Ateliers »"
    assert rows(dialog) == [
        ("Modification", "Commune", "Lille", "Roubaix"),
        ("Création", "", "", ""),
    ]
    assert dialog.model.row_at(0).user != ""
    dialog.table.selectRow(0)
    assert dialog.details.toPlainText() == "Commune\nAvant : Lille\nAprès : Roubaix"


def test_a_record_not_yet_saved_has_no_history_to_show(
    qtbot: QtBot, operations: Operations, opened: list[HistoryDialog]
) -> None:
    page = AssociationPage(operations, None)
    qtbot.addWidget(page)
    assert not page.history_button.isEnabled()
    page.name.setText("Éclat")
    assert page.save()
    assert page.history_button.isEnabled()
    page.show_history()
    assert rows(opened[0]) == [("Création", "", "", "")]


@pytest.mark.parametrize("page_type", [CompanyPage, CabinetPage])
def test_companies_and_cabinets_have_the_button_too(
    qtbot: QtBot, operations: Operations, page_type: type, opened: list[HistoryDialog]
) -> None:
    page = page_type(operations, None)
    qtbot.addWidget(page)
    page.name.setText("Conseil & Co")
    assert page.save()
    page.show()
    qtbot.waitExposed(page)
    assert page.history_button.isVisible()
    qtbot.mouseClick(page.history_button, Qt.MouseButton.LeftButton)
    [dialog] = opened
    assert dialog.model.rowCount() == 1
    assert dialog.model.row_at(0).kind is HistoryKind.CREATE


def test_an_empty_history_says_so(qtbot: QtBot) -> None:
    dialog = HistoryDialog([], "Historique de « Éclat »")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert "Aucune modification" in dialog.intro.text()
    assert not dialog.table.isVisible()


def test_the_contact_dialog_shows_the_contact_history(
    qtbot: QtBot, operations: Operations, person: ContactRecord, opened: list[HistoryDialog]
) -> None:
    dialog = ContactDialog(operations, person.id)
    qtbot.addWidget(dialog)
    dialog.role.setText("Trésorière")
    assert dialog.save()
    again = ContactDialog(operations, person.id)
    qtbot.addWidget(again)
    qtbot.mouseClick(again.history_button, Qt.MouseButton.LeftButton)
    assert rows(opened[0]) == [
        ("Modification", "Fonction", "", "Trésorière"),
        ("Création", "", "", ""),
    ]
    assert opened[0].windowTitle() == "Historique de « Camille Durand »"


def test_a_new_contact_offers_neither_history_nor_erasure(
    qtbot: QtBot, operations: Operations
) -> None:
    dialog = ContactDialog(operations, None)
    qtbot.addWidget(dialog)
    assert not hasattr(dialog, "erase_button") and not hasattr(dialog, "history_button")


def answer_with(monkeypatch: pytest.MonkeyPatch, button: str) -> list[str]:
    """Patch every message box to click ``button``; what they said is returned."""
    said: list[str] = []

    def exec_(box: QMessageBox) -> int:
        said.append(f"{box.text()}\n{box.informativeText()}")
        next(b for b in box.buttons() if b.text() == button).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return said


def test_erasing_a_contact_from_the_dialog_after_the_warning(
    qtbot: QtBot,
    operations: Operations,
    database: Database,
    person: ContactRecord,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = ContactDialog(operations, person.id)
    qtbot.addWidget(dialog)
    # "Annuler" changes nothing
    said = answer_with(monkeypatch, "Annuler")
    assert not dialog.erase()
    with database.reading() as session:
        assert contacts.get_contact(session, person.id) == person
    assert "Effacer définitivement « Camille Durand » ?" in said[0]
    assert "historique" in said[0] and "fusion" in said[0].lower()
    # "Effacer définitivement" erases and closes
    answer_with(monkeypatch, "Effacer définitivement")
    with qtbot.waitSignal(operations.data_changed):
        qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    assert dialog.erased and dialog.result() == QDialog.DialogCode.Accepted
    with database.reading() as session:
        row = session.get(Contact, person.id)
        assert row is not None
        assert (row.last_name, row.first_name, row.email) == ("Contact effacé", "", "")
        assert row.erased_at is not None and row.deleted_at is not None


def test_erasing_over_a_contact_changed_elsewhere_is_refused(
    qtbot: QtBot,
    operations: Operations,
    database: Database,
    person: ContactRecord,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = ContactDialog(operations, person.id)
    qtbot.addWidget(dialog)
    with database.transaction() as session:
        draft = ContactDraft(
            last_name="Durand",
            first_name="Camille",
            role="Présidente",
            email="c.durand@example.org",
            association_id=person.association_id,
        )
        contacts.update_contact(session, person.id, draft, 1)
    said = answer_with(monkeypatch, "Effacer définitivement")
    monkeypatch.setattr(Operations, "_ask_reload", lambda self, parent, message: True)
    assert not dialog.erase()
    assert len(said) == 1  # only the warning; the refusal offered "Recharger"
    assert dialog.role.text() == "Présidente"  # reloaded
    with database.reading() as session:
        assert contacts.get_contact(session, person.id).email == "c.durand@example.org"
