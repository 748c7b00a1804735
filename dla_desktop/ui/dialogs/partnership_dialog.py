"""Create or edit one partnership between an association and a company."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QWidget,
)
from sqlalchemy.orm import Session

from dla_desktop.domain.dates import format_date
from dla_desktop.domain.enums import PartnershipCategory, PartnershipStatus
from dla_desktop.domain.money import format_money, parse_amount
from dla_desktop.domain.participation import PartnershipLine
from dla_desktop.domain.records import PartnershipDraft, PartnershipRecord
from dla_desktop.services import associations, companies, participation, partnerships
from dla_desktop.ui.dialogs.edit_dialog import EditDialog
from dla_desktop.ui.document_export import DocumentExport
from dla_desktop.ui.operations import Change, Operations
from dla_desktop.ui.translations import enum_label
from dla_desktop.ui.widgets.date_edit import DateEdit
from dla_desktop.ui.widgets.related_table import PARTNERSHIP_LINE_COLUMNS, RelatedTable

UNREADABLE = Decimal("NaN")  # the service answers "montant illisible."


def searchable_combo(object_name: str, items: list[tuple[str, str]]) -> QComboBox:
    """A combo of (name, id) that finds a name from any part of it as one types."""
    combo = QComboBox(objectName=object_name, editable=True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    combo.addItem("", None)
    for name, record_id in items:
        combo.addItem(name, record_id)
    completer = combo.completer()
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return combo


def chosen_id(combo: QComboBox) -> str:
    """The id of the item whose name is typed; "" when none matches (the service says so)."""
    index = combo.findText(combo.currentText(), Qt.MatchFlag.MatchExactly)
    return (combo.itemData(index) or "") if index >= 0 else ""


def choose_id(combo: QComboBox, record_id: str | None) -> None:
    combo.setCurrentIndex(max(combo.findData(record_id), 0) if record_id else 0)


def status_path_text(steps: Sequence[tuple[PartnershipStatus, date]]) -> str:
    """« Idée 3 mars 2026 → Dossier envoyé 12 avril 2026 → Signé 2 juin 2026 »."""
    return " → ".join(f"{enum_label(status)} {format_date(day)}" for status, day in steps)


class PartnershipDialog(EditDialog):
    """``exec()`` returns Accepted once the partnership is saved; refusals show under fields."""

    def __init__(
        self,
        operations: Operations,
        partnership_id: str | None,
        parent: QWidget | None = None,
        *,
        association_id: str | None = None,
        company_id: str | None = None,
    ) -> None:
        super().__init__(operations, self.tr("Partenariat"), Change.PARTNERSHIPS, parent)
        self.setMinimumWidth(560)
        self._build(*operations.read(_parties))
        if partnership_id is not None:
            self.open_record(partnership_id)
        else:
            choose_id(self.association, association_id)
            choose_id(self.company, company_id)
            self.setWindowTitle(self.tr("Nouveau partenariat"))
            self.form.setRowVisible(self.status_path, False)  # no step before the first save

    def _build(self, people: list[tuple[str, str]], firms: list[tuple[str, str]]) -> None:
        self.association = searchable_combo("association_id", people)
        self.company = searchable_combo("company_id", firms)
        self.title = QLineEdit(objectName="title")
        self.category = QComboBox(objectName="category")
        for member in PartnershipCategory:
            self.category.addItem(enum_label(member), member)
        self.status = QComboBox(objectName="status")
        for member in PartnershipStatus:
            self.status.addItem(enum_label(member), member)
        self.status_date = DateEdit("status_date", optional=True)
        self.status_path = QLabel(objectName="status_path", wordWrap=True)
        self.status_path.setTextFormat(Qt.TextFormat.PlainText)
        self.status_path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # the whole field's width, not a word-wrapped label's narrow hint (then clipped)
        self.status_path.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._status_steps: list[tuple[PartnershipStatus, date]] = []
        self.amount = QLineEdit(objectName="amount", placeholderText=self.tr("ex. 5 000,00"))
        self.counterparts = QPlainTextEdit(objectName="counterparts")
        # What the association's dossier tells the company (see documents/pdf/dossier.py).
        self.project = QPlainTextEdit(objectName="project")
        self.needs = QPlainTextEdit(objectName="needs")
        self.project_budget = QLineEdit(
            objectName="project_budget", placeholderText=self.tr("ex. 25 000,00")
        )
        for money in (self.amount, self.project_budget):
            money.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            money.setMaximumWidth(180)
        self.start_date = DateEdit("start_date", optional=True)
        self.end_date = DateEdit("end_date", optional=True)
        self.notes = QPlainTextEdit(objectName="notes")
        for text in (self.project, self.needs, self.counterparts, self.notes):
            text.setTabChangesFocus(True)
            text.setMaximumHeight(64)
        for name, label, field in (
            ("association_id", self.tr("Association* :"), self.association),
            ("company_id", self.tr("Entreprise* :"), self.company),
            ("title", self.tr("Intitulé :"), self.title),
            ("category", self.tr("Catégorie* :"), self.category),
            ("status", self.tr("Statut :"), self.status),
            ("status_date", self.tr("Date du statut :"), self.status_date),
            ("status_path", self.tr("Étapes :"), self.status_path),
            ("amount", self.tr("Montant ou valorisation (€) :"), self.amount),
            ("project", self.tr("Projet présenté :"), self.project),
            ("needs", self.tr("Besoins :"), self.needs),
            ("project_budget", self.tr("Budget du projet (€) :"), self.project_budget),
            ("counterparts", self.tr("Contreparties :"), self.counterparts),
            ("start_date", self.tr("Début :"), self.start_date),
            ("end_date", self.tr("Fin :"), self.end_date),
            ("notes", self.tr("Notes internes :"), self.notes),
        ):
            self.add_row(name, label, field)

    def draft(self) -> PartnershipDraft:
        """What the dialog holds, as the services take it (origins kept from the record)."""
        record = self._record
        return PartnershipDraft(
            association_id=chosen_id(self.association),
            company_id=chosen_id(self.company),
            category=self.category.currentData(),
            status=self.status.currentData(),
            status_date=self.status_date.value(),
            title=self.title.text(),
            amount=typed_amount(self.amount.text()),
            counterparts=self.counterparts.toPlainText(),
            project=self.project.toPlainText(),
            needs=self.needs.toPlainText(),
            project_budget=typed_amount(self.project_budget.text()),
            start_date=self.start_date.value(),
            end_date=self.end_date.value(),
            origin_programme_id=record.origin_programme_id if record else None,
            origin_meeting_id=record.origin_meeting_id if record else None,
            notes=self.notes.toPlainText(),
        )

    def load(self, session: Session, record_id: str) -> PartnershipRecord:
        """The partnership, and the dates of its status changes (shown under its status)."""
        record = partnerships.get_partnership(session, record_id)
        self._status_steps = partnerships.status_changes(session, record_id)
        return record

    def create(self, session: Session, draft: PartnershipDraft) -> PartnershipRecord:
        return partnerships.create_partnership(session, draft)

    def update(
        self, session: Session, record_id: str, draft: PartnershipDraft, version: int
    ) -> PartnershipRecord:
        return partnerships.update_partnership(session, record_id, draft, version)

    def show_fields(self, record: PartnershipRecord) -> None:
        choose_id(self.association, record.association_id)
        choose_id(self.company, record.company_id)
        self.title.setText(record.title)
        self.category.setCurrentIndex(max(self.category.findData(record.category), 0))
        self.status.setCurrentIndex(max(self.status.findData(record.status), 0))
        self.status_date.set_value(record.status_date)
        self.status_path.setText(status_path_text(self._status_steps))
        self.amount.setText(format_money(record.amount) if record.amount is not None else "")
        self.counterparts.setPlainText(record.counterparts)
        self.project.setPlainText(record.project)
        self.needs.setPlainText(record.needs)
        self.project_budget.setText(
            format_money(record.project_budget) if record.project_budget is not None else ""
        )
        self.start_date.set_value(record.start_date)
        self.end_date.set_value(record.end_date)
        self.notes.setPlainText(record.notes)


def _parties(session: Session) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """Every live association and company as (name, id), in French order."""
    people = [(row.name, row.id) for row in associations.list_associations(session)]
    firms = [(row.name, row.id) for row in companies.list_companies(session)]
    return people, firms


def typed_amount(text: str) -> Decimal | None:
    """None when empty; NaN when unreadable, so the service's message shows under the field."""
    if not text.strip():
        return None
    try:
        return parse_amount(text)
    except ValueError:
        return UNREADABLE


class PartnershipsPanel(RelatedTable):
    """One party's partnerships, with "Nouveau partenariat…" preset with that party."""

    def __init__(self, operations: Operations, party_field: str, parent: QWidget | None = None):
        super().__init__(
            PARTNERSHIP_LINE_COLUMNS, object_name="partnerships", stretch=1, parent=parent
        )
        self._operations = operations
        self._party_field = party_field  # "association_id" or "company_id"
        self.owner_id: str | None = None
        self.new_button = self.add_button(self.tr("Nouveau partenariat…"), "new_partnership")
        self.new_button.clicked.connect(self.new_partnership)
        self.dossier_button = self.add_button(
            self.tr("Dossier de partenariat (PDF)…"), "export_dossier"
        )
        self.dossier_button.setToolTip(
            self.tr("Le dossier que l'association remet à l'entreprise du partenariat choisi.")
        )
        self.dossier_button.clicked.connect(self.export_dossier)
        self.export = DocumentExport(operations, self)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self._update_buttons()

    def read(self, session: Session, owner_id: str) -> list[PartnershipLine]:
        """The partnerships to show (called by the page inside its own read)."""
        return participation.partnerships_of(session, **{self._party_field: owner_id})

    def dialog(self) -> PartnershipDialog:
        """A new dialog preset with this party (tests patch ``exec`` on it)."""
        return PartnershipDialog(self._operations, None, self, **{self._party_field: self.owner_id})

    def new_partnership(self) -> None:
        self.dialog().exec()

    def _update_buttons(self) -> None:
        self.dossier_button.setEnabled(self.selected_row() is not None)

    def export_dossier(self) -> None:
        """The chosen partnership's dossier, one PDF."""
        from dla_desktop.documents.pdf.dossier import dossier_file_name, write_dossier
        from dla_desktop.services.documents import partnership_dossier

        line: PartnershipLine | None = self.selected_row()
        if line is None:
            return
        partnership_id = line.partnership_id
        # One small read, here: its names give the file name the save dialog proposes.
        dossier = self._operations.read(
            lambda session: partnership_dossier(session, partnership_id, date.today())
        )
        self.export.export_file(
            self.tr("Dossier de partenariat"),
            dossier_file_name(dossier),
            lambda _session, _issued_on: dossier,
            write_dossier,
        )
