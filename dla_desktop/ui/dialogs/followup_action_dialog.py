"""Add or change one follow-up action with an association after the programme."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget
from sqlalchemy.orm import Session

from dla_desktop.domain.enums import FollowUpKind
from dla_desktop.domain.records import FollowUpActionDraft, FollowUpActionRecord
from dla_desktop.services import followup
from dla_desktop.ui.dialogs.form_fields import (
    days_spin,
    enum_combo,
    select_data,
    spin_decimal,
)
from dla_desktop.ui.dialogs.record_dialog import RecordDialog
from dla_desktop.ui.operations import Change, Operations
from dla_desktop.ui.widgets.date_edit import DateEdit


class FollowupActionDialog(RecordDialog):
    """Date, kind, duration in days, what was done and what comes next."""

    def __init__(
        self,
        operations: Operations,
        programme_id: str,
        association_id: str,
        association_name: str,
        record: FollowUpActionRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Action de suivi : %1").replace("%1", association_name)
        super().__init__(operations, title, Change.FOLLOWUP, parent)
        self._programme_id = programme_id
        self._association_id = association_id
        self._record = record
        self.date = DateEdit()
        self.kind = enum_combo(FollowUpKind)
        self.duration = days_spin()
        self.note = QPlainTextEdit(objectName="note")
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(90)
        self.next_step = QLineEdit(objectName="next_step")
        self.next_step_date = DateEdit(optional=True)
        for name, widget in (("date", self.date), ("kind", self.kind), ("duration", self.duration)):
            widget.setObjectName(name)
        self.add_row("date", self.tr("Date* :"), self.date)
        self.add_row("kind", self.tr("Type :"), self.kind)
        self.add_row("duration_days", self.tr("Durée (jours) :"), self.duration)
        self.add_row("note", self.tr("Note :"), self.note)
        self.add_row("next_step", self.tr("Prochaine étape :"), self.next_step)
        self.add_row("next_step_date", self.tr("Pour le :"), self.next_step_date)
        if record is not None:
            self._show(record)

    def _show(self, record: FollowUpActionRecord) -> None:
        self.date.set_value(record.date)
        select_data(self.kind, record.kind)
        self.duration.setValue(float(record.duration_days))
        self.note.setPlainText(record.note)
        self.next_step.setText(record.next_step)
        self.next_step_date.set_value(record.next_step_date)

    def draft(self) -> FollowUpActionDraft:
        return FollowUpActionDraft(
            programme_id=self._programme_id,
            association_id=self._association_id,
            date=self.date.value(),  # type: ignore[arg-type]  # never None: not optional
            kind=self.kind.currentData(),
            duration_days=spin_decimal(self.duration),
            note=self.note.toPlainText(),
            next_step=self.next_step.text(),
            next_step_date=self.next_step_date.value(),
        )

    def work(self) -> Callable[[Session], Any]:
        draft, record = self.draft(), self._record
        if record is None:
            return lambda s: followup.create_followup_action(s, draft)
        return lambda s: followup.update_followup_action(s, record.id, draft, record.version)
