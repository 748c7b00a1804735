"""One cabinet (consultant firm): its form, its contacts and the volets it ran."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QLineEdit, QWidget
from sqlalchemy.orm import Session

from dla_desktop.domain.enums import ProgrammeStatus
from dla_desktop.domain.money import format_money
from dla_desktop.domain.records import CabinetDraft, CabinetRecord
from dla_desktop.services import cabinets, participation
from dla_desktop.ui.dialogs.partnership_dialog import typed_amount
from dla_desktop.ui.operations import Change, Operations
from dla_desktop.ui.pages.record_form import RecordForm, form_group, form_tab, notes_edit
from dla_desktop.ui.table_models import Column, enum_column, money_column, text_column
from dla_desktop.ui.widgets.related_table import RelatedTable, translated_name

VOLET_RUN_COLUMNS = (
    text_column("programme_title", QT_TRANSLATE_NOOP("table_models", "Programme")),
    enum_column(
        "programme_status",
        QT_TRANSLATE_NOOP("table_models", "Statut"),
        ProgrammeStatus,
        workflow=True,
    ),
    Column("volet", QT_TRANSLATE_NOOP("table_models", "Volet"), display=translated_name),
    money_column("contracted_amount", QT_TRANSLATE_NOOP("table_models", "Montant contractualisé")),
)


class CabinetPage(RecordForm):
    """Create or edit one cabinet; ``saved(id)`` after each successful save."""

    changes = Change.CABINETS
    history_table = "cabinet"
    follows = Change.CONTACTS | Change.PROGRAMMES

    def __init__(
        self, operations: Operations, cabinet_id: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(operations, parent)
        self._build_fields()
        self._build_layout()
        self.open_record(cabinet_id)

    # --- building ------------------------------------------------------------------------

    def _build_fields(self) -> None:
        self.name = QLineEdit(objectName="name")
        self.siret = QLineEdit(objectName="siret", placeholderText=self.tr("14 chiffres"))
        self.specialty = QLineEdit(objectName="specialty")
        self.day_rate = QLineEdit(objectName="day_rate", placeholderText=self.tr("ex. 850,00"))
        self.day_rate.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.day_rate.setMaximumWidth(180)
        self.town = QLineEdit(objectName="town")
        self.email = QLineEdit(objectName="email")
        self.phone = QLineEdit(objectName="phone", placeholderText=self.tr("ex. 03 20 00 00 00"))
        self.notes = notes_edit("notes")

    def _build_layout(self) -> None:
        self.tabs.addTab(self._form_tab(), self.tr("Fiche"))
        self.volets = RelatedTable(VOLET_RUN_COLUMNS, object_name="volets")
        self.add_contacts_tab("cabinet_id")
        self.add_related(
            self.volets,
            self.tr("Volets menés"),
            participation.volets_of_cabinet,
            opens=("programme", "programme_id"),
        )
        self.lay_out()

    def _form_tab(self) -> QWidget:
        identity = form_group(
            self.tr("Identité"),
            [
                ("name", self.tr("Nom* :"), self.name),
                ("siret", self.tr("SIRET :"), self.siret),
                ("specialty", self.tr("Spécialité :"), self.specialty),
                ("day_rate", self.tr("Prix de journée (€) :"), self.day_rate),
            ],
            self.errors,
        )
        details = form_group(
            self.tr("Coordonnées"),
            [
                ("town", self.tr("Commune :"), self.town),
                ("email", self.tr("Courriel :"), self.email),
                ("phone", self.tr("Téléphone :"), self.phone),
            ],
            self.errors,
        )
        notes = form_group(
            self.tr("Suivi"), [("notes", self.tr("Notes :"), self.notes)], self.errors
        )
        return form_tab(identity, details, notes)

    # --- hooks -----------------------------------------------------------------------------

    def draft(self) -> CabinetDraft:
        """What the form holds, as the services take it."""
        return CabinetDraft(
            name=self.name.text(),
            siret=self.siret.text(),
            specialty=self.specialty.text(),
            day_rate=typed_amount(self.day_rate.text()),
            town=self.town.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            notes=self.notes.toPlainText(),
        )

    def has_unsaved_changes(self) -> bool:
        """NaN (an unreadable amount) never equals itself: compare the typed text instead."""
        draft, clean = self.draft(), self._clean
        if draft.day_rate is not None and not draft.day_rate.is_finite():
            return True
        return draft != clean

    def load_record(self, session: Session, record_id: str) -> CabinetRecord:
        return cabinets.get_cabinet(session, record_id)

    def create_record(self, session: Session, draft: CabinetDraft) -> CabinetRecord:
        return cabinets.create_cabinet(session, draft)

    def update_record(
        self, session: Session, record_id: str, draft: CabinetDraft, version: int
    ) -> CabinetRecord:
        return cabinets.update_cabinet(session, record_id, draft, version)

    def new_title(self) -> str:
        return self.tr("Nouveau cabinet")

    def show_fields(self, record: CabinetRecord | None) -> None:
        shown = record or CabinetDraft(name="")
        self.name.setText(shown.name)
        self.siret.setText(shown.siret)
        self.specialty.setText(shown.specialty)
        self.day_rate.setText(format_money(shown.day_rate))
        self.town.setText(shown.town)
        self.email.setText(shown.email)
        self.phone.setText(shown.phone)
        self.notes.setPlainText(shown.notes)
