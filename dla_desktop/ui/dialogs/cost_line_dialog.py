"""Add or change one cost line of a programme: planned, and actual once known."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget
from sqlalchemy.orm import Session

from dla_desktop.domain.records import CostLineDraft, CostLineRecord
from dla_desktop.services import budget, cabinets, programmes
from dla_desktop.ui.dialogs.form_fields import select_data
from dla_desktop.ui.dialogs.record_dialog import RecordDialog
from dla_desktop.ui.operations import Change, Operations
from dla_desktop.ui.widgets.money_edit import MoneyEdit


class CostLineDialog(RecordDialog):
    """A cost line: label, volet and cabinet if any, planned and actual amounts."""

    def __init__(
        self,
        operations: Operations,
        programme_id: str,
        record: CostLineRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Nouvelle ligne de coût") if record is None else self.tr("Ligne de coût")
        super().__init__(operations, title, Change.BUDGET, parent)
        self._programme_id = programme_id
        self._record = record
        self.label = QLineEdit(objectName="label")
        self.volet = QComboBox(objectName="volet")
        self.cabinet = QComboBox(objectName="cabinet")
        self.planned = MoneyEdit(objectName="planned_amount")
        self.actual = MoneyEdit(objectName="actual_amount")
        self.actual.setPlaceholderText(self.tr("inconnu"))
        self.add_row("label", self.tr("Libellé* :"), self.label)
        self.add_row("volet_id", self.tr("Volet :"), self.volet)
        self.add_row("cabinet_id", self.tr("Cabinet :"), self.cabinet)
        self.add_row("planned_amount", self.tr("Montant prévu :"), self.planned)
        self.add_row("actual_amount", self.tr("Montant réalisé :"), self.actual)
        self._load_choices()
        if record is not None:
            self.label.setText(record.label)
            select_data(self.volet, record.volet_id)
            select_data(self.cabinet, record.cabinet_id)
            self.planned.set_amount(record.planned_amount)
            self.actual.set_amount(record.actual_amount)

    def _load_choices(self) -> None:
        volets, firms = self._operations.read(
            lambda s: (programmes.list_volets(s, self._programme_id), cabinets.list_cabinets(s))
        )
        self.volet.addItem(self.tr("(tout le programme)"), None)
        for volet in volets:
            self.volet.addItem(volet.display_name, volet.id)
        self.cabinet.addItem(self.tr("(aucun)"), None)
        for firm in firms:
            self.cabinet.addItem(firm.name, firm.id)

    def draft(self) -> CostLineDraft:
        planned = self.planned.amount()
        return CostLineDraft(
            programme_id=self._programme_id,
            label=self.label.text(),
            volet_id=self.volet.currentData(),
            cabinet_id=self.cabinet.currentData(),
            planned_amount=Decimal(0) if planned is None else planned,
            actual_amount=self.actual.amount(),
        )

    def work(self) -> Callable[[Session], Any]:
        draft, record = self.draft(), self._record
        if record is None:
            return lambda s: budget.add_cost_line(s, draft)
        return lambda s: budget.update_cost_line(s, record.id, draft, record.version)
