"""Send a questionnaire wave (n months after the programme) to several associations at once."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QSpinBox, QWidget
from sqlalchemy.orm import Session

from dla_desktop.domain.records import QuestionnaireDraft
from dla_desktop.services import followup
from dla_desktop.ui.dialogs.record_dialog import RecordDialog
from dla_desktop.ui.operations import Change, Operations
from dla_desktop.ui.widgets.date_edit import DateEdit


class FollowupWaveDialog(RecordDialog):
    """The delay, the sending date, and the associations it goes to (all, by default)."""

    def __init__(
        self,
        operations: Operations,
        programme_id: str,
        participants: list[tuple[str, str]],  # (association id, name)
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(operations, self.tr("Envoyer un questionnaire"), Change.FOLLOWUP, parent)
        self._programme_id = programme_id
        self.months_after = QSpinBox(objectName="months_after", minimum=0, maximum=120, value=6)
        self.months_after.setSuffix(self.tr(" mois"))
        self.months_after.setMaximumWidth(120)
        self.sent_on = DateEdit()
        self.sent_on.setObjectName("sent_on")
        self.associations = QListWidget(objectName="associations")
        for association_id, name in participants:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, association_id)
            item.setCheckState(Qt.CheckState.Checked)
            self.associations.addItem(item)
        self.add_row("months_after", self.tr("Délai :"), self.months_after)
        self.add_row("sent_on", self.tr("Envoyé le :"), self.sent_on)
        self.add_row("association_id", self.tr("Associations :"), self.associations)

    def chosen(self) -> list[str]:
        """The ticked associations, in the list's order."""
        items = (self.associations.item(row) for row in range(self.associations.count()))
        return [
            item.data(Qt.ItemDataRole.UserRole)
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        ]

    def work(self) -> Callable[[Session], Any]:
        drafts = [
            QuestionnaireDraft(
                programme_id=self._programme_id,
                association_id=association_id,
                months_after=self.months_after.value(),
                sent_on=self.sent_on.value(),
            )
            for association_id in self.chosen()
        ]
        return lambda s: [followup.create_questionnaire(s, draft) for draft in drafts]
