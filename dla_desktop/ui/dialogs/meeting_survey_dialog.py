"""One participant's answer to a meeting's satisfaction survey: a score from 1 to 5, comments."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget
from sqlalchemy.orm import Session

from dla_desktop.domain.meeting_records import SurveyAnswerDraft, SurveyAnswerRecord
from dla_desktop.services import meeting_outcomes
from dla_desktop.ui.dialogs.form_fields import select_data, text_area
from dla_desktop.ui.dialogs.meeting_parties import RegisteredParty
from dla_desktop.ui.dialogs.record_dialog import RecordDialog
from dla_desktop.ui.operations import Change, Operations


def score_label(score: int) -> str:
    """« 4 — Satisfait », the scale as the printed survey words it."""
    translate = QCoreApplication.translate
    words = {
        1: translate("meeting_survey", "Pas du tout satisfait"),
        2: translate("meeting_survey", "Peu satisfait"),
        3: translate("meeting_survey", "Moyennement satisfait"),
        4: translate("meeting_survey", "Satisfait"),
        5: translate("meeting_survey", "Très satisfait"),
    }
    return f"{score} — {words[score]}" if score in words else str(score)


class SurveyAnswerDialog(RecordDialog):
    """Type (or correct) one participant's answer; one answer per participant."""

    def __init__(
        self,
        operations: Operations,
        meeting_id: str,
        parties: Sequence[RegisteredParty],
        current: SurveyAnswerRecord | None = None,
        parent: QWidget | None = None,
        *,
        reload: Callable[[], None] | None = None,
    ) -> None:
        """``reload`` reads the owner's list again after "Recharger" (the answer was stale)."""
        super().__init__(
            operations, self.tr("Réponse à l'enquête de satisfaction"), Change.MEETINGS, parent
        )
        self.save_button.setObjectName("save")
        self._meeting_id = meeting_id
        self._version = None if current is None else current.version
        self._reload = reload
        self.participant = QComboBox(objectName="participant")
        for party in parties:
            self.participant.addItem(f"{party.name} ({party.side.lower()})", party.id)
        self.satisfaction = QComboBox(objectName="satisfaction")
        for score in range(5, 0, -1):
            self.satisfaction.addItem(score_label(score), score)
        self.comment = text_area()
        self.comment.setObjectName("comment")
        self.add_row("participant_id", self.tr("Participant :"), self.participant)
        self.add_row("satisfaction", self.tr("Satisfaction :"), self.satisfaction)
        self.add_row("comment", self.tr("Commentaires :"), self.comment)
        select_data(self.satisfaction, 4)
        if current is not None:
            select_data(self.participant, current.participant_id)
            self.participant.setEnabled(False)  # another participant is another answer
            select_data(self.satisfaction, current.satisfaction)
            self.comment.setPlainText(current.comment)

    def draft(self) -> SurveyAnswerDraft:
        return SurveyAnswerDraft(
            participant_id=self.participant.currentData() or "",
            satisfaction=self.satisfaction.currentData(),
            comment=self.comment.toPlainText(),
        )

    def work(self) -> Callable[[Session], SurveyAnswerRecord]:
        """Over the version read: None for a new answer, so one typed meanwhile is kept."""
        meeting_id, draft, version = self._meeting_id, self.draft(), self._version
        return lambda s: meeting_outcomes.save_survey_answer(s, meeting_id, draft, version)

    def on_stale(self) -> None:
        """Changed elsewhere and the user chose "Recharger": close, show the stored answers."""
        super().on_stale()
        if self._reload is not None:
            self._reload()
