"""One association: its form, validated by the services, and what it takes part in."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QLineEdit,
    QSpinBox,
    QWidget,
)
from sqlalchemy.orm import Session

from dla_desktop.domain.enums import ASSOCIATION_SECTORS
from dla_desktop.domain.records import AssociationDraft, AssociationRecord
from dla_desktop.services import associations, participation
from dla_desktop.ui.operations import Change, Operations
from dla_desktop.ui.pages.record_form import RecordForm, form_group, form_tab, notes_edit
from dla_desktop.ui.widgets.related_table import (
    PROGRAMME_TAKEN_COLUMNS,
    SESSION_ATTENDED_COLUMNS,
    RelatedTable,
)

FRENCH = QLocale(QLocale.Language.French, QLocale.Country.France)
MAX_FTE = 100_000  # the service's bound for quantities
MAX_EMPLOYEES = 1_000_000


class AssociationPage(RecordForm):
    """Create or edit one association; ``saved(id)`` after each successful save."""

    changes = Change.ASSOCIATIONS
    history_table = "association"
    follows = (
        Change.CONTACTS
        | Change.PARTNERSHIPS
        | Change.COMPANIES
        | Change.PROGRAMMES
        | Change.ENROLMENT
        | Change.ATTENDANCE
        | Change.MEETINGS
    )

    def __init__(
        self, operations: Operations, association_id: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(operations, parent)
        self._build_fields()
        self._build_layout()
        self.open_record(association_id)

    # --- building ------------------------------------------------------------------------

    def _build_fields(self) -> None:
        self.name = QLineEdit(objectName="name")
        self.sector = QComboBox(objectName="sector", editable=True)
        # Sectors are stored as the French words the coordinators use, in any UI language.
        self.sector.addItems(["", *ASSOCIATION_SECTORS])
        self.activity = QLineEdit(objectName="activity")
        self.rna = QLineEdit(objectName="rna", placeholderText=self.tr("ex. W591012345"))
        self.siret = QLineEdit(objectName="siret", placeholderText=self.tr("14 chiffres"))
        self.employees = QSpinBox(objectName="employees", maximum=MAX_EMPLOYEES)
        # A spin box in the French locale takes "1,5" and cannot hold an unreadable value,
        # so the only messages under the field are the service's own.
        self.fte = QDoubleSpinBox(objectName="fte", decimals=2, maximum=MAX_FTE, singleStep=0.5)
        self.fte.setLocale(FRENCH)
        for spin in (self.employees, self.fte):
            spin.setMaximumWidth(120)
            spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.prior_dla_support = QCheckBox(
            self.tr("Déjà accompagnée individuellement par un DLA"), objectName="prior_dla_support"
        )
        self.address = QLineEdit(objectName="address")
        self.postal_code = QLineEdit(objectName="postal_code", maxLength=5)
        self.postal_code.setMaximumWidth(120)
        self.town = QLineEdit(objectName="town")
        self.email = QLineEdit(objectName="email")
        self.phone = QLineEdit(objectName="phone", placeholderText=self.tr("ex. 03 20 00 00 00"))
        self.expectations = notes_edit("expectations")
        self.notes = notes_edit("notes")

    def _build_layout(self) -> None:
        self.tabs.addTab(self._form_tab(), self.tr("Fiche"))
        self.add_contacts_tab("association_id")
        self.programmes = RelatedTable(PROGRAMME_TAKEN_COLUMNS, object_name="programmes")
        self.sessions = RelatedTable(SESSION_ATTENDED_COLUMNS, object_name="sessions", stretch=1)
        programme = ("programme", "programme_id")
        self.add_related(
            self.programmes,
            self.tr("Programmes"),
            participation.programmes_of_association,
            opens=programme,
        )
        self.add_related(
            self.sessions,
            self.tr("Séances"),
            participation.sessions_of_association,
            opens=programme,
        )
        self.add_party_tabs("association_id")
        self.lay_out()

    def _form_tab(self) -> QWidget:
        identity = form_group(
            self.tr("Identité"),
            [
                ("name", self.tr("Nom* :"), self.name),
                ("sector", self.tr("Secteur :"), self.sector),
                ("activity", self.tr("Activité :"), self.activity),
                ("rna", self.tr("Numéro RNA :"), self.rna),
                ("siret", self.tr("SIRET :"), self.siret),
                ("employees", self.tr("Emplois :"), self.employees),
                ("fte", self.tr("ETP :"), self.fte),
                ("prior_dla_support", self.tr("DLA antérieur :"), self.prior_dla_support),
            ],
            self.errors,
        )
        details = form_group(
            self.tr("Coordonnées"),
            [
                ("address", self.tr("Adresse :"), self.address),
                ("postal_code", self.tr("Code postal :"), self.postal_code),
                ("town", self.tr("Commune :"), self.town),
                ("email", self.tr("Courriel :"), self.email),
                ("phone", self.tr("Téléphone :"), self.phone),
            ],
            self.errors,
        )
        follow = form_group(
            self.tr("Accompagnement"),
            [
                ("expectations", self.tr("Attentes :"), self.expectations),
                ("notes", self.tr("Notes :"), self.notes),
            ],
            self.errors,
        )
        return form_tab(identity, details, follow)

    # --- hooks -----------------------------------------------------------------------------

    def draft(self) -> AssociationDraft:
        """What the form holds, as the services take it."""
        return AssociationDraft(
            name=self.name.text(),
            sector=self.sector.currentText(),
            activity=self.activity.text(),
            rna=self.rna.text(),
            siret=self.siret.text(),
            employees=self.employees.value(),
            fte=Decimal(f"{self.fte.value():.2f}"),
            address=self.address.text(),
            postal_code=self.postal_code.text(),
            town=self.town.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            prior_dla_support=self.prior_dla_support.isChecked(),
            expectations=self.expectations.toPlainText(),
            notes=self.notes.toPlainText(),
        )

    def load_record(self, session: Session, record_id: str) -> AssociationRecord:
        return associations.get_association(session, record_id)

    def create_record(self, session: Session, draft: AssociationDraft) -> AssociationRecord:
        return associations.create_association(session, draft)

    def update_record(
        self, session: Session, record_id: str, draft: AssociationDraft, version: int
    ) -> AssociationRecord:
        return associations.update_association(session, record_id, draft, version)

    def warnings(self, draft: AssociationDraft) -> dict[str, str]:
        return associations.association_warnings(draft)

    def new_title(self) -> str:
        return self.tr("Nouvelle association")

    def show_fields(self, record: AssociationRecord | None) -> None:
        shown = record or AssociationDraft(name="")
        self.name.setText(shown.name)
        self.sector.setCurrentText(shown.sector)
        self.activity.setText(shown.activity)
        self.rna.setText(shown.rna)
        self.siret.setText(shown.siret)
        self.employees.setValue(shown.employees)
        self.fte.setValue(float(shown.fte))
        self.address.setText(shown.address)
        self.postal_code.setText(shown.postal_code)
        self.town.setText(shown.town)
        self.email.setText(shown.email)
        self.phone.setText(shown.phone)
        self.prior_dla_support.setChecked(shown.prior_dla_support)
        self.expectations.setPlainText(shown.expectations)
        self.notes.setPlainText(shown.notes)
