"""A form dialog that saves itself in one transaction, and how any form shows refusals.

The dialog writes when the user clicks "Enregistrer": refused fields show the service's
French message underneath and the dialog stays open, so nothing is half-saved and
nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from dla_desktop.domain.errors import ValidationError
from dla_desktop.ui.operations import Change, Operations
from dla_desktop.ui.widgets.form_errors import FormErrors


def show_form_errors(owner: QWidget, errors: FormErrors, messages: dict[str, str]) -> None:
    """Each message under its field, the first such field focused; others in a box, never lost."""
    unplaced = errors.show(messages)
    field = errors.first_error(messages)
    if field is not None:
        field.setFocus()
    if unplaced:
        title = QCoreApplication.translate("RecordDialog", "Enregistrement impossible")
        QMessageBox.warning(owner, title, "\n".join(unplaced))


def form_layout() -> QFormLayout:
    """Labels right-aligned beside fields that take the width."""
    form = QFormLayout()
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    return form


class RecordDialog(QDialog):
    """A form dialog: subclasses add rows and say what to write; saving is done here."""

    def __init__(
        self, operations: Operations, title: str, changes: Change, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self._operations = operations
        self._changes = changes
        self.errors = FormErrors()
        self.form = form_layout()
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            self.tr("Enregistrer"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(self.tr("Annuler"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addStretch()
        layout.addWidget(self.buttons)
        self.saved: Any = None  # what the service returned, once saved

    def add_row(self, name: str, label: str, field: QWidget) -> None:
        """``name`` is the draft field whose service message goes under ``field``."""
        self.errors.add_row(self.form, name, label, field)

    def work(self) -> Callable[[Session], Any]:
        """The write to run, built from what the form holds now."""
        raise NotImplementedError

    def save(self) -> bool:
        """Save in one transaction and close; stay open with the messages when refused."""
        try:
            saved = self._operations.write(self, self.work(), self._changes, on_stale=self.on_stale)
        except ValidationError as error:
            self.show_errors(error.errors)
            return False
        if saved is None:
            return False
        self.saved = saved
        super().accept()
        return True

    def on_stale(self) -> None:
        """Another window saved the record first and the user chose "Recharger": close."""
        self.reject()

    def accept(self) -> None:
        """ "Enregistrer" saves first: the dialog closes only once the record is written."""
        self.save()

    def show_errors(self, errors: dict[str, str]) -> None:
        show_form_errors(self, self.errors, errors)

    def message(self, field: str) -> str:
        """The message under a field (empty when none): for the tests."""
        return self.errors.message(field).text()
