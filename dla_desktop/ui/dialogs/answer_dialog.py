"""Type in what an association answered to a questionnaire wave."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields, replace
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QSpinBox, QWidget
from sqlalchemy.orm import Session

from dla_desktop.domain.enums import PartnershipCategory
from dla_desktop.domain.records import QuestionnaireDraft, QuestionnaireRecord
from dla_desktop.services import followup
from dla_desktop.services.followup import MAX_JOBS
from dla_desktop.ui.dialogs.form_fields import enum_combo, select_data
from dla_desktop.ui.dialogs.record_dialog import RecordDialog
from dla_desktop.ui.operations import Change, Operations
from dla_desktop.ui.widgets.date_edit import DateEdit
from dla_desktop.ui.widgets.money_edit import MoneyEdit


class AnswerDialog(RecordDialog):
    """The answer's date, whether a partnership was obtained, with whom, and the jobs."""

    def __init__(
        self,
        operations: Operations,
        record: QuestionnaireRecord,
        association_name: str,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Réponse de %1 (%2 mois)")
        title = title.replace("%1", association_name).replace("%2", str(record.months_after))
        super().__init__(operations, title, Change.FOLLOWUP, parent)
        self._record = record
        self.sent_on = DateEdit(optional=True)
        self.answered_on = DateEdit(optional=True)
        self.obtained = QComboBox(objectName="partnership_obtained")
        for text, value in (
            (self.tr("Sans réponse"), None),
            (self.tr("Oui"), True),
            (self.tr("Non"), False),
        ):
            self.obtained.addItem(text, value)
        self.company_name = QLineEdit(objectName="company_name")
        self.category = enum_combo(PartnershipCategory, empty=self.tr("(non précisée)"))
        self.amount = MoneyEdit(objectName="amount")
        self.jobs_created = QSpinBox(objectName="jobs_created", maximum=MAX_JOBS)
        self.jobs_consolidated = QSpinBox(objectName="jobs_consolidated", maximum=MAX_JOBS)
        self.comment = QPlainTextEdit(objectName="comment")
        self.comment.setTabChangesFocus(True)
        self.comment.setMaximumHeight(90)
        self._add_rows()
        self._show(record)

    def _add_rows(self) -> None:
        self.sent_on.setObjectName("sent_on")
        self.answered_on.setObjectName("answered_on")
        self.category.setObjectName("category")
        for spin in (self.jobs_created, self.jobs_consolidated):
            spin.setMaximumWidth(120)
        self.add_row("sent_on", self.tr("Envoyé le :"), self.sent_on)
        self.add_row("answered_on", self.tr("Répondu le :"), self.answered_on)
        self.add_row("partnership_obtained", self.tr("Partenariat obtenu :"), self.obtained)
        self.add_row("company_name", self.tr("Entreprise :"), self.company_name)
        self.add_row("category", self.tr("Catégorie :"), self.category)
        self.add_row("amount", self.tr("Montant :"), self.amount)
        self.add_row("jobs_created", self.tr("Emplois créés :"), self.jobs_created)
        self.add_row("jobs_consolidated", self.tr("Emplois consolidés :"), self.jobs_consolidated)
        self.add_row("comment", self.tr("Commentaire :"), self.comment)

    def _show(self, record: QuestionnaireRecord) -> None:
        self.sent_on.set_value(record.sent_on)
        self.answered_on.set_value(record.answered_on)
        select_data(self.obtained, record.partnership_obtained)
        self.company_name.setText(record.company_name)
        select_data(self.category, record.category)
        self.amount.set_amount(record.amount)
        self.jobs_created.setValue(record.jobs_created)
        self.jobs_consolidated.setValue(record.jobs_consolidated)
        self.comment.setPlainText(record.comment)

    def draft(self) -> QuestionnaireDraft:
        """The wave as stored, with the form's answer."""
        stored = {f.name: getattr(self._record, f.name) for f in fields(QuestionnaireDraft)}
        return replace(
            QuestionnaireDraft(**stored),
            sent_on=self.sent_on.value(),
            answered_on=self.answered_on.value(),
            partnership_obtained=self.obtained.currentData(),
            company_name=self.company_name.text(),
            category=self.category.currentData(),
            amount=self.amount.amount(),
            jobs_created=self.jobs_created.value(),
            jobs_consolidated=self.jobs_consolidated.value(),
            comment=self.comment.toPlainText(),
        )

    def work(self) -> Callable[[Session], Any]:
        draft, record = self.draft(), self._record
        return lambda s: followup.record_answer(s, record.id, draft, record.version)
