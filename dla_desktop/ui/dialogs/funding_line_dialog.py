"""Add or change what one funder gives to a programme."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QPushButton, QWidget
from sqlalchemy.orm import Session

from dla_desktop.domain.records import FundingLineDraft, FundingLineRecord
from dla_desktop.services import budget, funders
from dla_desktop.ui.dialogs.form_fields import select_data
from dla_desktop.ui.dialogs.funder_dialog import FunderDialog
from dla_desktop.ui.dialogs.record_dialog import RecordDialog
from dla_desktop.ui.operations import Change, Operations
from dla_desktop.ui.translations import enum_label
from dla_desktop.ui.widgets.money_edit import MoneyEdit


class FundingLineDialog(RecordDialog):
    """A funding line: pick a funder (or create one here), the amount, a note."""

    def __init__(
        self,
        operations: Operations,
        programme_id: str,
        record: FundingLineRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Nouveau financement") if record is None else self.tr("Financement")
        super().__init__(operations, title, Change.BUDGET, parent)
        self._programme_id = programme_id
        self._record = record
        self.funder = QComboBox(objectName="funder")
        self.funder.setMinimumWidth(260)
        self.new_funder = QPushButton(self.tr("Nouveau financeur…"), objectName="new_funder")
        self.new_funder.clicked.connect(self.on_new_funder_clicked)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.funder, 1)
        row.addWidget(self.new_funder)
        holder = QWidget()
        holder.setLayout(row)
        self.amount = MoneyEdit(objectName="amount")
        self.note = QLineEdit(objectName="note")
        self.add_row("funder_id", self.tr("Financeur* :"), holder)
        self.add_row("amount", self.tr("Montant* :"), self.amount)
        self.add_row("note", self.tr("Note :"), self.note)
        self._load_funders(record.funder_id if record else None)
        if record is not None:
            self.amount.set_amount(record.amount)
            self.note.setText(record.note)

    def _load_funders(self, selected: str | None) -> None:
        """Every funder by name, with its kind, so two homonyms stay apart."""
        self.funder.clear()
        for funder in self._operations.read(funders.list_funders):
            self.funder.addItem(f"{funder.name} ({enum_label(funder.kind)})", funder.id)
        select_data(self.funder, selected)

    def on_new_funder_clicked(self) -> None:
        dialog = FunderDialog(self._operations, self)
        if dialog.exec() and dialog.saved is not None:
            self._load_funders(dialog.saved.id)

    def draft(self) -> FundingLineDraft:
        return FundingLineDraft(
            programme_id=self._programme_id,
            funder_id=self.funder.currentData() or "",
            amount=self.amount.amount(),  # type: ignore[arg-type]  # None: the service says so
            note=self.note.text(),
        )

    def work(self) -> Callable[[Session], Any]:
        draft, record = self.draft(), self._record
        if record is None:
            return lambda s: budget.add_funding_line(s, draft)
        return lambda s: budget.update_funding_line(s, record.id, draft, record.version)
