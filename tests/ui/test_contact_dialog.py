"""Contacts: the dialog saves through the services, the panel edits and removes."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from dla_desktop.db.database import Database
from dla_desktop.domain.records import CompanyDraft, ContactDraft, ContactRecord
from dla_desktop.services import companies, contacts
from dla_desktop.ui.dialogs.contact_dialog import ContactDialog, ContactsPanel
from dla_desktop.ui.operations import Operations


@pytest.fixture
def company_id(database: Database) -> str:
    with database.transaction() as session:
        return companies.create_company(session, CompanyDraft(name="Imprimerie")).id


def people(database: Database, company_id: str) -> list[ContactRecord]:
    with database.reading() as session:
        return contacts.list_contacts_of(session, "company_id", company_id)


def test_a_bad_phone_is_said_under_the_field_and_nothing_is_written(
    qtbot: QtBot, operations: Operations, database: Database, company_id: str
) -> None:
    dialog = ContactDialog(operations, None, owner_field="company_id", owner_id=company_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.phone.setText("abc")
    assert not dialog.save()
    assert dialog.errors.message("last_name").text() == "Nom : à renseigner."
    assert dialog.errors.message("phone").text().startswith("Téléphone : ")
    assert dialog.isVisible()  # stays open to be corrected
    assert people(database, company_id) == []
    dialog.last_name.setText("Dupont « 🎉 »")
    dialog.phone.setText("03 20 00 00 00")
    assert dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    [person] = people(database, company_id)
    assert (person.last_name, person.company_id) == ("Dupont « 🎉 »", company_id)


def test_an_existing_contact_is_edited(
    qtbot: QtBot, operations: Operations, database: Database, company_id: str
) -> None:
    with database.transaction() as session:
        person = contacts.create_contact(
            session, ContactDraft(last_name="Durand", company_id=company_id)
        )
    dialog = ContactDialog(operations, person.id)
    qtbot.addWidget(dialog)
    assert dialog.last_name.text() == "Durand"
    dialog.role.setText("Directrice RSE")
    assert dialog.save()
    [again] = people(database, company_id)
    assert (again.role, again.company_id, again.version) == ("Directrice RSE", company_id, 2)


def test_the_panel_removes_a_contact_after_asking(
    qtbot: QtBot,
    operations: Operations,
    database: Database,
    company_id: str,
    monkeypatch: pytest.MonkeyPatch,
    qtmodeltester,
) -> None:
    with database.transaction() as session:
        contacts.create_contact(session, ContactDraft(last_name="Durand", company_id=company_id))
    panel = ContactsPanel(operations, "company_id")
    qtbot.addWidget(panel)
    panel.owner_id = company_id
    panel.set_rows(operations.read(lambda s: panel.read(s, company_id)))
    qtmodeltester.check(panel.model)
    panel.table.selectRow(0)
    answers: list[str] = []

    def answer(box: QMessageBox, text: str) -> int:
        answers.append(box.text())
        next(b for b in box.buttons() if b.text() == text).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", lambda box: answer(box, "Annuler"))
    panel.remove_contact()
    assert len(people(database, company_id)) == 1
    monkeypatch.setattr(QMessageBox, "exec", lambda box: answer(box, "Retirer"))
    panel.remove_contact()
    assert people(database, company_id) == []
    assert answers[0] == "Retirer « Durand » des contacts ?"
