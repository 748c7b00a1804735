"""Type in what an association answered to a questionnaire wave (a phone interview, a letter).

Saving an answer that reports a partnership offers to create it (or update the one the
association already has with that company) in a second, separate transaction: the answer
stays saved whatever the user decides.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields, replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)
from sqlalchemy.orm import Session

from dla_desktop.domain.enums import PartnershipCategory
from dla_desktop.domain.errors import ValidationError
from dla_desktop.domain.records import PartnershipRecord, QuestionnaireDraft, QuestionnaireRecord
from dla_desktop.domain.text import folded
from dla_desktop.services import enrolment, followup, programmes, questionnaire_forms
from dla_desktop.services.followup import MAX_JOBS
from dla_desktop.ui.dialogs.form_fields import enum_combo, select_data
from dla_desktop.ui.dialogs.meeting_survey_dialog import score_label
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
        self.satisfaction = self._satisfaction_combos(operations, record)
        self.partnership: PartnershipRecord | None = None  # created or updated after saving
        self._add_rows()
        self._show(record)

    def _satisfaction_combos(
        self, operations: Operations, record: QuestionnaireRecord
    ) -> dict[str, QComboBox]:
        """One 1-to-5 choice per volet the association follows (or was rated on before)."""
        volets = operations.read(lambda s: rated_volets(s, record))
        combos = {}
        for volet_id, _name in volets:
            combo = QComboBox(objectName=f"satisfaction_{volet_id}")
            combo.addItem(self.tr("(sans réponse)"), None)
            for score in range(5, 0, -1):
                combo.addItem(score_label(score), score)
            combos[volet_id] = combo
        self._volet_names = dict(volets)
        return combos

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
        self.add_row("satisfaction", self.tr("Satisfaction :"), self._satisfaction_box())
        self.add_row("comment", self.tr("Commentaire :"), self.comment)

    def _satisfaction_box(self) -> QWidget:
        """The volets one under the other, each with its scale; a line when there is none."""
        box = QWidget(objectName="satisfaction")
        if not self.satisfaction:
            layout = QFormLayout(box)
            layout.setContentsMargins(0, 0, 0, 0)
            none = QLabel(self.tr("Aucun volet suivi par l'association dans ce programme."))
            none.setEnabled(False)
            layout.addRow(none)
            return box
        layout = QFormLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        for volet_id, combo in self.satisfaction.items():
            name = QLabel(self._volet_names[volet_id])
            name.setTextFormat(Qt.TextFormat.PlainText)  # a volet's label is user text
            layout.addRow(name, combo)
        return box

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
        for volet_id, combo in self.satisfaction.items():
            select_data(combo, record.satisfaction.get(volet_id))

    def draft(self) -> QuestionnaireDraft:
        """The wave as stored, with the form's answer."""
        stored = {f.name: getattr(self._record, f.name) for f in fields(QuestionnaireDraft)}
        return replace(
            QuestionnaireDraft(**stored),
            sent_on=self.sent_on.value(),
            answered_on=self.answered_on.value(),
            partnership_obtained=self.obtained.currentData(),
            company_id=self._company_id(),
            company_name=self.company_name.text(),
            category=self.category.currentData(),
            amount=self.amount.amount(),
            jobs_created=self.jobs_created.value(),
            jobs_consolidated=self.jobs_consolidated.value(),
            comment=self.comment.toPlainText(),
            satisfaction={
                volet_id: combo.currentData()
                for volet_id, combo in self.satisfaction.items()
                if combo.currentData() is not None
            },
        )

    def _company_id(self) -> str | None:
        """The linked company, kept only while the answer is "Oui" with the same company name.

        A name corrected by hand, or an answer turned to "Non", unlinks it: the partnership
        must not go to the company first reported.
        """
        if self.obtained.currentData() is not True:
            return None
        if folded(self.company_name.text()) != folded(self._record.company_name):
            return None
        return self._record.company_id

    def work(self) -> Callable[[Session], Any]:
        draft, record = self.draft(), self._record
        return lambda s: followup.record_answer(s, record.id, draft, record.version)

    def accept(self) -> None:
        """Save; then, when the answer reports a new partnership, offer to record it."""
        before = self._record
        if not self.save() or self.saved is None:
            return
        saved_id = self.saved.id
        missing = self._operations.read(
            lambda s: questionnaire_forms.partnership_missing(s, saved_id)
        )
        if offers_partnership(before, self.saved, missing=missing):
            self.offer_partnership(self.saved)

    def offer_partnership(self, answer: QuestionnaireRecord) -> None:
        """Ask "Créer le partenariat ?" and write it in its own transaction when agreed."""
        company = answer.company_name or self.tr("l'entreprise indiquée")
        question = self.tr(
            "La réponse indique un partenariat obtenu avec %1.\n"
            "Créer le partenariat (ou mettre à jour celui qui existe déjà) ?"
        ).replace("%1", company)
        asked = QMessageBox.question(
            self.parentWidget(), self.tr("Créer le partenariat ?"), question
        )
        if asked != QMessageBox.StandardButton.Yes:
            return
        answer_id = answer.id
        try:
            self.partnership = self._operations.write(
                self.parentWidget(),
                lambda s: questionnaire_forms.partnership_from_answer(s, answer_id),
                Change.PARTNERSHIPS | Change.FOLLOWUP,
            )
        except ValidationError as error:  # no form to show it on: the answer itself stays saved
            self._operations.explain(self.parentWidget(), error)


def offers_partnership(
    before: QuestionnaireRecord, after: QuestionnaireRecord | None, *, missing: bool = False
) -> bool:
    """True when a saved answer reports a partnership with a company: new, changed or missing.

    ``missing``: no partnership links the association and the company yet (one left
    unticked at import must still be creatable later).
    """
    if after is None or after.partnership_obtained is not True:
        return False
    if after.company_id is None and not after.company_name.strip():
        return False  # with whom? nothing to create (the answer itself is saved)
    if missing:
        return True
    reported = ("partnership_obtained", "company_id", "company_name", "category", "amount")
    return any(getattr(before, name) != getattr(after, name) for name in reported)


def rated_volets(session: Session, record: QuestionnaireRecord) -> list[tuple[str, str]]:
    """(volet id, name) of the volets the association follows, or was rated on, in order."""
    rated = []
    for volet in programmes.list_volets(session, record.programme_id):
        members = enrolment.list_volet_members(session, volet.id)
        follows = any(member.association_id == record.association_id for member in members)
        if follows or volet.id in record.satisfaction:
            rated.append((volet.id, volet.display_name))
    return rated
