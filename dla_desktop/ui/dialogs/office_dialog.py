"""Which office works in this file: asked when a file has none yet, changeable later.

Every change is stamped with this office, so that two offices sharing data can
merge their files and see who changed what.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from dla_desktop.domain.errors import ValidationError
from dla_desktop.domain.records import OfficeDraft
from dla_desktop.services import offices
from dla_desktop.ui.operations import Change, Operations

NEW_OFFICE = ""  # the combo's data for "a new office"


class OfficeDialog(QDialog):
    """Pick an office of the file, or describe a new one; saved in one transaction."""

    def __init__(self, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._operations = operations
        self.setWindowTitle(self.tr("Bureau de travail"))
        self.setMinimumWidth(480)
        intro = QLabel(
            self.tr(
                "Quel bureau travaille dans cette base ? Chaque modification portera son nom, "
                "pour que deux bureaux puissent ensuite fusionner leurs fichiers."
            )
        )
        intro.setWordWrap(True)
        self.office = QComboBox(objectName="office")
        self.name = QLineEdit(objectName="name")
        self.name.setPlaceholderText(self.tr("ex. CBE de Lille"))
        self.carrier = QLineEdit(objectName="carrier")
        self.departement = QLineEdit(objectName="departement")
        self.departement.setMaxLength(3)
        self.departement.setPlaceholderText(self.tr("ex. 59"))
        self.error = QLabel(objectName="error")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Bureau :"), self.office)
        form.addRow(self.tr("Nom :"), self.name)
        form.addRow(self.tr("Structure porteuse :"), self.carrier)
        form.addRow(self.tr("Département :"), self.departement)
        self._form = form
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._fill_offices()
        self.office.currentIndexChanged.connect(self._on_office_changed)
        self._on_office_changed()

    def _fill_offices(self) -> None:
        known, current = self._operations.read(
            lambda session: (offices.list_offices(session), offices.current_office(session))
        )
        for office in known:
            self.office.addItem(office.name, office.id)
        self.office.addItem(self.tr("Nouveau bureau…"), NEW_OFFICE)
        if current is not None:
            self.office.setCurrentIndex(self.office.findData(current.id))
        else:
            self.office.setCurrentIndex(self.office.count() - 1 if not known else 0)

    def _on_office_changed(self) -> None:
        """The fields describe a new office only when "Nouveau bureau…" is chosen."""
        new = self.office.currentData() == NEW_OFFICE
        for field in (self.name, self.carrier, self.departement):
            self._form.setRowVisible(field, new)
        self.error.hide()

    def accept(self) -> None:
        """Save the choice; on a refused field, say why next to the form and stay open."""
        try:
            saved = self._operations.write(self, self._save, Change.OFFICES)
        except ValidationError as error:
            self.error.setText("\n".join(error.errors.values()))
            self.error.show()
            return
        if saved is not None:
            super().accept()

    def _save(self, session: Session) -> str:
        """The chosen office, created first when it is a new one; made current."""
        office_id = self.office.currentData()
        if office_id == NEW_OFFICE:
            draft = OfficeDraft(
                name=self.name.text(),
                carrier=self.carrier.text(),
                departement=self.departement.text().upper(),
            )
            office_id = offices.create_office(session, draft).id
        offices.set_current_office(session, office_id)
        return office_id
