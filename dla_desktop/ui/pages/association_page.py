"""One association: its form, validated by the services, and what it takes part in."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from dla_desktop.domain.enums import (
    ASSOCIATION_SECTORS,
    PartnershipCategory,
    PartnershipStatus,
)
from dla_desktop.domain.errors import ValidationError
from dla_desktop.domain.money import format_money
from dla_desktop.domain.records import AssociationDraft, AssociationRecord
from dla_desktop.services import associations, companies, contacts, partnerships
from dla_desktop.ui.operations import Change, Operations
from dla_desktop.ui.translations import enum_label
from dla_desktop.ui.widgets.form_errors import FormErrors

FRENCH = QLocale(QLocale.Language.French, QLocale.Country.France)
MAX_FTE = 100_000  # the service's bound for quantities
MAX_EMPLOYEES = 1_000_000


class AssociationPage(QWidget):
    """Create or edit one association; ``saved(id)`` after each successful save."""

    saved = Signal(str)

    def __init__(
        self, operations: Operations, association_id: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._operations = operations
        self._record: AssociationRecord | None = None
        self._errors = FormErrors()
        self._build_fields()
        self._build_layout()
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        if association_id is None:
            self._show_record(None)
        else:
            self._show_record(
                operations.read(lambda s: associations.get_association(s, association_id))
            )

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
        self.expectations = QPlainTextEdit(objectName="expectations")
        self.notes = QPlainTextEdit(objectName="notes")
        for text in (self.expectations, self.notes):
            text.setTabChangesFocus(True)
            text.setMinimumHeight(70)

    def _build_layout(self) -> None:
        self.title = QLabel(objectName="title", textFormat=Qt.TextFormat.PlainText)
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600")
        self.tabs = QTabWidget(objectName="tabs")
        self.tabs.addTab(self._form_tab(), self.tr("Fiche"))
        self.contacts = _table(
            [
                self.tr("Nom"),
                self.tr("Prénom"),
                self.tr("Fonction"),
                self.tr("Courriel"),
                self.tr("Téléphone"),
            ]  # fmt: skip
        )
        self.partnerships = _table(
            [
                self.tr("Entreprise"),
                self.tr("Intitulé"),
                self.tr("Catégorie"),
                self.tr("Statut"),
                self.tr("Montant"),
            ]  # fmt: skip
        )
        self.tabs.addTab(self.contacts, self.tr("Contacts"))
        self.tabs.addTab(self.partnerships, self.tr("Partenariats"))
        self.save_button = QPushButton(self.tr("Enregistrer"), objectName="save")
        self.save_button.setToolTip(self.tr("Enregistrer la fiche (Ctrl+S)"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)

    def _form_tab(self) -> QWidget:
        identity = self._group(
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
        )
        details = self._group(
            self.tr("Coordonnées"),
            [
                ("address", self.tr("Adresse :"), self.address),
                ("postal_code", self.tr("Code postal :"), self.postal_code),
                ("town", self.tr("Commune :"), self.town),
                ("email", self.tr("Courriel :"), self.email),
                ("phone", self.tr("Téléphone :"), self.phone),
            ],
        )
        follow = self._group(
            self.tr("Accompagnement"),
            [
                ("expectations", self.tr("Attentes :"), self.expectations),
                ("notes", self.tr("Notes :"), self.notes),
            ],
        )
        columns = QHBoxLayout()
        columns.addWidget(identity, 1)
        columns.addWidget(details, 1)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(columns)
        layout.addWidget(follow, 1)
        return tab

    def _group(self, title: str, rows: list[tuple[str, str, QWidget]]) -> QGroupBox:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for name, label, field in rows:
            self._errors.add_row(form, name, label, field)
        return box

    # --- reading and writing -------------------------------------------------------------

    @property
    def record(self) -> AssociationRecord | None:
        """The version last loaded or saved (None for an association not yet saved)."""
        return self._record

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

    def has_unsaved_changes(self) -> bool:
        return self.draft() != self._clean

    def save(self) -> bool:
        """Validate and write in one transaction; refused fields say why underneath."""
        draft, record = self.draft(), self._record
        if record is None:
            work = lambda s: associations.create_association(s, draft)  # noqa: E731
        else:
            work = lambda s: associations.update_association(s, record.id, draft, record.version)  # noqa: E731
        try:
            saved = self._operations.write(self, work, Change.ASSOCIATIONS, on_stale=self.reload)
        except ValidationError as error:
            self._show_messages(error.errors, associations.association_warnings(draft))
            field = self._errors.first_error(error.errors)
            if field is not None:
                field.setFocus()
            return False
        if saved is None:
            return False
        self._show_record(saved)
        self.saved.emit(saved.id)
        return True

    def reload(self) -> None:
        """Show the stored version, dropping the edits (after "Recharger")."""
        if self._record is not None:
            record_id = self._record.id
            self._show_record(
                self._operations.read(lambda s: associations.get_association(s, record_id))
            )

    def maybe_leave(self) -> bool:
        """True when the page may close: nothing unsaved, saved now, or edits dropped."""
        if not self.has_unsaved_changes():
            return True
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Modifications non enregistrées"),
            self.tr("La fiche « %1 » a été modifiée. Enregistrer les modifications ?").replace(
                "%1", self.name.text().strip() or self.tr("Nouvelle association")
            ),
        )
        box.setParent(self, box.windowFlags())
        save = box.addButton(self.tr("Enregistrer"), QMessageBox.ButtonRole.AcceptRole)
        drop = box.addButton(self.tr("Ne pas enregistrer"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Annuler"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        box.exec()
        if box.clickedButton() is save:
            return self.save()
        return box.clickedButton() is drop

    # --- showing -------------------------------------------------------------------------

    def _show_record(self, record: AssociationRecord | None) -> None:
        self._record = record
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
        self._clean = self.draft()
        self.title.setText(record.name if record else self.tr("Nouvelle association"))
        self._show_messages({}, associations.association_warnings(self._clean) if record else {})
        self._show_related()

    def _show_messages(self, errors: dict[str, str], warnings: dict[str, str]) -> None:
        unplaced = self._errors.show(errors, warnings)
        if unplaced:  # not expected from this form's service; never silently dropped
            QMessageBox.warning(self, self.tr("Enregistrement impossible"), "\n".join(unplaced))

    def _show_related(self) -> None:
        """Contacts and partnerships, read-only; an unsaved association has none."""
        related = self._operations.read(self._read_related) if self._record else ([], [])
        people, deals = related
        _fill(
            self.contacts, [(c.last_name, c.first_name, c.role, c.email, c.phone) for c in people]
        )
        _fill(self.partnerships, deals, right_aligned=(4,))  # the amount
        self.tabs.setTabText(1, self.tr("Contacts (%1)").replace("%1", str(len(people))))
        self.tabs.setTabText(2, self.tr("Partenariats (%1)").replace("%1", str(len(deals))))
        for index in (1, 2):
            self.tabs.setTabEnabled(index, self._record is not None)

    def _read_related(self, session: Session) -> tuple[list, list[tuple[str, ...]]]:
        assert self._record is not None
        people = contacts.list_contacts_of(session, "association_id", self._record.id)
        deals = []
        for deal in partnerships.list_partnerships(session, association_id=self._record.id):
            company = companies.get_company(session, deal.company_id)
            deals.append(
                (
                    company.name,
                    deal.title,
                    enum_label(PartnershipCategory(deal.category)),
                    enum_label(PartnershipStatus(deal.status)),
                    format_money(deal.amount),
                )
            )
        return people, deals


def _table(headers: list[str]) -> QTableWidget:
    """A small read-only list (a few rows): a QTableWidget is enough here."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(
    table: QTableWidget, rows: list[tuple[str, ...]], right_aligned: tuple[int, ...] = ()
) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem(value or "")
            if c in right_aligned:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
