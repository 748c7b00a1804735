"""A contact person of an association, company or cabinet: the dialog and the page tab."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from dla_desktop.domain.records import ContactDraft, ContactRecord
from dla_desktop.services import contacts
from dla_desktop.ui.dialogs.edit_dialog import EditDialog
from dla_desktop.ui.dialogs.history_dialog import show_history
from dla_desktop.ui.operations import Change, Operations
from dla_desktop.ui.table_models import text_column
from dla_desktop.ui.widgets.related_table import RelatedTable, confirm

CONTACT_COLUMNS = (
    text_column("last_name", QT_TRANSLATE_NOOP("table_models", "Nom")),
    text_column("first_name", QT_TRANSLATE_NOOP("table_models", "Prénom")),
    text_column("role", QT_TRANSLATE_NOOP("table_models", "Fonction")),
    text_column("email", QT_TRANSLATE_NOOP("table_models", "Courriel")),
    text_column("phone", QT_TRANSLATE_NOOP("table_models", "Téléphone"), sample="03 20 00 00 00"),
)


class ContactDialog(EditDialog):
    """Create or edit one contact; ``exec()`` returns Accepted once it is saved."""

    def __init__(
        self,
        operations: Operations,
        contact_id: str | None,
        parent: QWidget | None = None,
        *,
        owner_field: str = "association_id",
        owner_id: str | None = None,
    ) -> None:
        super().__init__(operations, self.tr("Contact"), Change.CONTACTS, parent)
        self._owner = {owner_field: owner_id}
        self.last_name = QLineEdit(objectName="last_name")
        self.first_name = QLineEdit(objectName="first_name")
        self.role = QLineEdit(objectName="role")
        self.email = QLineEdit(objectName="email", placeholderText=self.tr("ex. nom@example.org"))
        self.phone = QLineEdit(objectName="phone", placeholderText=self.tr("ex. 03 20 00 00 00"))
        self.add_row("last_name", self.tr("Nom* :"), self.last_name)
        self.add_row("first_name", self.tr("Prénom :"), self.first_name)
        self.add_row("role", self.tr("Fonction :"), self.role)
        self.add_row("email", self.tr("Courriel :"), self.email)
        self.add_row("phone", self.tr("Téléphone :"), self.phone)
        self.erased = False
        if contact_id is not None:
            self._add_record_buttons()
            self.open_record(contact_id)

    def _add_record_buttons(self) -> None:
        """What only a stored contact offers: its history, and erasing the person for good.

        On a row of their own above "Enregistrer", so erasing is never a slip beside saving.
        """
        self.history_button = QPushButton(self.tr("Historique…"), self, objectName="history")
        self.history_button.clicked.connect(self.show_history)
        self.erase_button = QPushButton(self.tr("Effacer (RGPD)…"), self, objectName="erase")
        self.erase_button.setToolTip(
            self.tr("Effacer définitivement cette personne à sa demande (droit à l'effacement)")
        )
        self.erase_button.clicked.connect(self.erase)
        row = QHBoxLayout()
        row.addWidget(self.history_button)
        row.addWidget(self.erase_button)
        row.addStretch()
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertLayout(layout.indexOf(self.buttons), row)

    def show_history(self) -> None:
        """The stored contact's changes, newest first."""
        record = self._record
        if record is not None:
            name = " ".join(part for part in (record.first_name, record.last_name) if part)
            title = self.tr("Historique de « %1 »").replace("%1", name)
            show_history(self._operations, "contact", record.id, title, self)

    def erase(self) -> bool:
        """Erase the person after a warning; the dialog closes once it is done."""
        record = self._record
        if record is None or not self._confirm_erasure():
            return False

        def work(session: Session) -> bool:
            contacts.erase_contact(session, record.id, record.version)
            return True

        if not self._operations.write(self, work, Change.CONTACTS, on_stale=self.reload):
            return False
        self.erased = True
        self.done(QDialog.DialogCode.Accepted)
        return True

    def _confirm_erasure(self) -> bool:
        """Say what erasing means (for good, history included, no merge brings it back)."""
        name = " ".join(part for part in (self.first_name.text(), self.last_name.text()) if part)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Effacer le contact"),
            self.tr("Effacer définitivement « %1 » ?").replace("%1", name),
        )
        box.setParent(self, box.windowFlags())
        box.setInformativeText(
            self.tr(
                "Le nom, le prénom, la fonction, le courriel et le téléphone de cette personne "
                "seront effacés pour de bon, y compris de l'historique des modifications. "
                "Aucune fusion avec le fichier d'un autre bureau ne les fera revenir. "
                "Cette opération ne peut pas être annulée."
            )
        )
        erase = box.addButton(
            self.tr("Effacer définitivement"), QMessageBox.ButtonRole.DestructiveRole
        )
        keep = box.addButton(self.tr("Annuler"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is erase

    def draft(self) -> ContactDraft:
        """The fields, with the structure the contact belongs to."""
        owner = self._owner
        if self._record is not None:
            owner = {name: getattr(self._record, name) for name in contacts.OWNERS}
        return ContactDraft(
            last_name=self.last_name.text(),
            first_name=self.first_name.text(),
            role=self.role.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            **owner,
        )

    def load(self, session: Session, record_id: str) -> ContactRecord:
        return contacts.get_contact(session, record_id)

    def create(self, session: Session, draft: ContactDraft) -> ContactRecord:
        return contacts.create_contact(session, draft)

    def update(
        self, session: Session, record_id: str, draft: ContactDraft, version: int
    ) -> ContactRecord:
        return contacts.update_contact(session, record_id, draft, version)

    def show_fields(self, record: ContactRecord) -> None:
        self.last_name.setText(record.last_name)
        self.first_name.setText(record.first_name)
        self.role.setText(record.role)
        self.email.setText(record.email)
        self.phone.setText(record.phone)


class ContactsPanel(RelatedTable):
    """A structure's contacts, with Ajouter / Modifier / Retirer."""

    def __init__(self, operations: Operations, owner_field: str, parent: QWidget | None = None):
        super().__init__(CONTACT_COLUMNS, object_name="contacts", stretch=3, parent=parent)
        self._operations = operations
        self._owner_field = owner_field
        self.owner_id: str | None = None
        self.add_button(self.tr("Ajouter…"), "add_contact").clicked.connect(self.add_contact)
        self.edit_button = self.add_button(self.tr("Modifier…"), "edit_contact")
        self.edit_button.clicked.connect(self.edit_contact)
        self.remove_button = self.add_button(self.tr("Retirer"), "remove_contact")
        self.remove_button.clicked.connect(self.remove_contact)
        self.row_activated.connect(lambda _row: self.edit_contact())

    def read(self, session: Session, owner_id: str) -> list[ContactRecord]:
        """The contacts to show (called by the page inside its own read)."""
        return contacts.list_contacts_of(session, self._owner_field, owner_id)

    def dialog(self, contact_id: str | None) -> ContactDialog:
        """A new dialog (tests patch ``exec`` on it)."""
        return ContactDialog(
            self._operations,
            contact_id,
            self,
            owner_field=self._owner_field,
            owner_id=self.owner_id,
        )

    def add_contact(self) -> None:
        self.dialog(None).exec()

    def edit_contact(self) -> None:
        person = self.selected_row()
        if person is not None:
            self.dialog(person.id).exec()

    def remove_contact(self) -> None:
        """Archive the selected contact after a confirmation."""
        person = self.selected_row()
        if person is None:
            return
        name = " ".join(part for part in (person.first_name, person.last_name) if part)
        question = self.tr("Retirer « %1 » des contacts ?").replace("%1", name)
        if confirm(self, self.tr("Retirer le contact"), question, self.tr("Retirer")):
            self._operations.write(
                self,
                lambda s: contacts.archive_contact(s, person.id, person.version),
                Change.CONTACTS,
            )
