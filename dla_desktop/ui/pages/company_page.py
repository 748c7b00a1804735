"""One company of the pool: its form, its contacts, partnerships and meetings."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget
from sqlalchemy.orm import Session

from dla_desktop.domain.enums import CompanySize
from dla_desktop.domain.records import CompanyDraft, CompanyRecord
from dla_desktop.services import companies
from dla_desktop.ui.operations import Change, Operations
from dla_desktop.ui.pages.record_form import RecordForm, form_group, form_tab, notes_edit
from dla_desktop.ui.translations import enum_label


class CompanyPage(RecordForm):
    """Create or edit one company; ``saved(id)`` after each successful save."""

    changes = Change.COMPANIES
    history_table = "company"
    follows = Change.CONTACTS | Change.PARTNERSHIPS | Change.ASSOCIATIONS | Change.MEETINGS

    def __init__(
        self, operations: Operations, company_id: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(operations, parent)
        self._build_fields()
        self._build_layout()
        self.open_record(company_id)

    # --- building ------------------------------------------------------------------------

    def _build_fields(self) -> None:
        self.name = QLineEdit(objectName="name")
        self.siren = QLineEdit(objectName="siren", placeholderText=self.tr("9 chiffres"))
        self.siret = QLineEdit(objectName="siret", placeholderText=self.tr("14 chiffres"))
        self.size = QComboBox(objectName="size")
        self.size.addItem("", None)
        for member in CompanySize:
            self.size.addItem(enum_label(member), member)
        self.sector = QLineEdit(objectName="sector")
        self.postal_code = QLineEdit(objectName="postal_code", maxLength=5)
        self.postal_code.setMaximumWidth(120)
        self.town = QLineEdit(objectName="town")
        self.has_cse = QCheckBox(self.tr("L'entreprise a un CSE"), objectName="has_cse")
        self.csr_interest = QCheckBox(
            self.tr("Intéressée par la RSE et le mécénat"), objectName="csr_interest"
        )
        self.notes = notes_edit("notes")

    def _build_layout(self) -> None:
        self.tabs.addTab(self._form_tab(), self.tr("Fiche"))
        self.add_contacts_tab("company_id")
        self.add_party_tabs("company_id")
        self.lay_out()

    def _form_tab(self) -> QWidget:
        identity = form_group(
            self.tr("Identité"),
            [
                ("name", self.tr("Nom* :"), self.name),
                ("siren", self.tr("SIREN :"), self.siren),
                ("siret", self.tr("SIRET :"), self.siret),
                ("size", self.tr("Taille :"), self.size),
                ("sector", self.tr("Secteur :"), self.sector),
            ],
            self.errors,
        )
        details = form_group(
            self.tr("Implantation et engagement"),
            [
                ("postal_code", self.tr("Code postal :"), self.postal_code),
                ("town", self.tr("Commune :"), self.town),
                ("has_cse", self.tr("CSE :"), self.has_cse),
                ("csr_interest", self.tr("RSE :"), self.csr_interest),
            ],
            self.errors,
        )
        notes = form_group(
            self.tr("Suivi"), [("notes", self.tr("Notes :"), self.notes)], self.errors
        )
        return form_tab(identity, details, notes)

    # --- hooks -----------------------------------------------------------------------------

    def draft(self) -> CompanyDraft:
        """What the form holds, as the services take it."""
        return CompanyDraft(
            name=self.name.text(),
            siren=self.siren.text(),
            siret=self.siret.text(),
            size=self.size.currentData(),
            sector=self.sector.text(),
            postal_code=self.postal_code.text(),
            town=self.town.text(),
            has_cse=self.has_cse.isChecked(),
            csr_interest=self.csr_interest.isChecked(),
            notes=self.notes.toPlainText(),
        )

    def load_record(self, session: Session, record_id: str) -> CompanyRecord:
        return companies.get_company(session, record_id)

    def create_record(self, session: Session, draft: CompanyDraft) -> CompanyRecord:
        return companies.create_company(session, draft)

    def update_record(
        self, session: Session, record_id: str, draft: CompanyDraft, version: int
    ) -> CompanyRecord:
        return companies.update_company(session, record_id, draft, version)

    def new_title(self) -> str:
        return self.tr("Nouvelle entreprise")

    def show_fields(self, record: CompanyRecord | None) -> None:
        shown = record or CompanyDraft(name="")
        self.name.setText(shown.name)
        self.siren.setText(shown.siren)
        self.siret.setText(shown.siret)
        self.size.setCurrentIndex(max(self.size.findData(shown.size), 0) if shown.size else 0)
        self.sector.setText(shown.sector)
        self.postal_code.setText(shown.postal_code)
        self.town.setText(shown.town)
        self.has_cse.setChecked(shown.has_cse)
        self.csr_interest.setChecked(shown.csr_interest)
        self.notes.setPlainText(shown.notes)
