"""What the budget and follow-up dialogs share: a form that saves itself in one transaction.

The dialog writes when the user clicks "Enregistrer": refused fields show the service's
French message underneath and the dialog stays open, so nothing is half-saved and
nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from dla_desktop.domain.enums import LabelledEnum
from dla_desktop.domain.errors import ValidationError
from dla_desktop.ui.operations import Change, Operations
from dla_desktop.ui.translations import enum_label
from dla_desktop.ui.widgets.date_edit import FRENCH
from dla_desktop.ui.widgets.form_errors import FormErrors


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
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
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

    def accept(self) -> None:
        """Save in one transaction; stay open with the messages when refused."""
        try:
            saved = self._operations.write(self, self.work(), self._changes, on_stale=self.reject)
        except ValidationError as error:
            self.show_errors(error.errors)
            return
        if saved is None:
            return
        self.saved = saved
        super().accept()

    def show_errors(self, errors: dict[str, str]) -> None:
        """Each message under its field; one about no field of this form in a box."""
        unplaced = self.errors.show(errors)
        field = self.errors.first_error(errors)
        if field is not None:
            field.setFocus()
        if unplaced:
            QMessageBox.warning(self, self.tr("Enregistrement impossible"), "\n".join(unplaced))


def enum_combo(enum: type[LabelledEnum], *, empty: str | None = None) -> QComboBox:
    """A combo of an enum's French labels, the member as item data; ``empty`` adds a None."""
    combo = QComboBox()
    if empty is not None:
        combo.addItem(empty, None)
    for member in enum:
        combo.addItem(enum_label(member), member)
    return combo


def select_data(combo: QComboBox, value: object) -> None:
    """Select the item holding ``value`` (the first item when none does)."""
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


def days_spin(maximum: float = 365.0) -> QDoubleSpinBox:
    """Days typed the French way (``1,5``), by half days."""
    spin = QDoubleSpinBox(decimals=2, maximum=maximum, singleStep=0.5)
    spin.setLocale(FRENCH)
    spin.setAlignment(Qt.AlignmentFlag.AlignRight)
    spin.setMaximumWidth(120)
    return spin


def spin_decimal(spin: QDoubleSpinBox) -> Decimal:
    """The spin box's value as an exact Decimal with its two places."""
    return Decimal(f"{spin.value():.2f}")
