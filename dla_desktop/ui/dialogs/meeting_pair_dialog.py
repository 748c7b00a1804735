"""One conversation of a meeting: how each side rated it, a note, and what came of it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget
from sqlalchemy.orm import Session

from dla_desktop.domain.enums import PairOutcome, PairRating
from dla_desktop.domain.meeting_records import (
    MeetingPairRecord,
    PairFeedbackDraft,
    PairOutcomeDraft,
)
from dla_desktop.services import meeting_outcomes
from dla_desktop.ui.dialogs.form_fields import enum_combo, select_data, text_area
from dla_desktop.ui.dialogs.record_dialog import RecordDialog
from dla_desktop.ui.operations import Change, Operations
from dla_desktop.ui.widgets.date_edit import DateEdit


class PairDialog(RecordDialog):
    """Ratings, note and six-month outcome of one pair, saved together in one transaction."""

    def __init__(
        self, operations: Operations, pair: MeetingPairRecord, parent: QWidget | None = None
    ) -> None:
        super().__init__(operations, self.tr("Évaluation de la rencontre"), Change.MEETINGS, parent)
        self.save_button.setObjectName("save")
        self.setMinimumWidth(560)
        self._pair = pair
        heading = QLabel(pair_heading(pair), textFormat=Qt.TextFormat.PlainText)
        heading.setStyleSheet("font-weight: 600")
        heading.setWordWrap(True)
        self.form.addRow(heading)
        not_given = self.tr("Non renseigné")
        self.association_rating = enum_combo(PairRating, empty=not_given)
        self.association_rating.setObjectName("association_rating")
        self.company_rating = enum_combo(PairRating, empty=not_given)
        self.company_rating.setObjectName("company_rating")
        self.note = text_area()
        self.note.setObjectName("note")
        self.outcome = enum_combo(PairOutcome, empty=self.tr("Pas encore de point"))
        self.outcome.setObjectName("outcome")
        self.outcome_date = DateEdit("outcome_date", optional=True)
        self.add_row(
            "association_rating", self.tr("Avis de l'association :"), self.association_rating
        )
        self.add_row("company_rating", self.tr("Avis de l'entreprise :"), self.company_rating)
        self.add_row("note", self.tr("Note des organisateurs :"), self.note)
        self.add_row("outcome", self.tr("Suite à 6 mois :"), self.outcome)
        self.add_row("outcome_date", self.tr("Date du point :"), self.outcome_date)
        select_data(self.association_rating, _member(PairRating, pair.association_rating))
        select_data(self.company_rating, _member(PairRating, pair.company_rating))
        self.note.setPlainText(pair.note)
        select_data(self.outcome, _member(PairOutcome, pair.outcome))
        self.outcome_date.set_value(pair.outcome_date)

    def feedback(self) -> PairFeedbackDraft:
        """What each side said right after the conversation."""
        return PairFeedbackDraft(
            association_rating=self.association_rating.currentData(),
            company_rating=self.company_rating.currentData(),
            note=self.note.toPlainText(),
        )

    def follow_up(self) -> PairOutcomeDraft:
        """Where the pair stands six months on."""
        return PairOutcomeDraft(
            outcome=self.outcome.currentData(), outcome_date=self.outcome_date.value()
        )

    def work(self) -> Callable[[Session], MeetingPairRecord]:
        """The ratings then the outcome, over the version read: one transaction."""
        pair, feedback, follow_up = self._pair, self.feedback(), self.follow_up()

        def save(session: Session) -> MeetingPairRecord:
            """Both writes over the version read, or neither."""
            rated = meeting_outcomes.rate_pair(session, pair.id, feedback, pair.version)
            return meeting_outcomes.record_outcome(session, pair.id, follow_up, rated.version)

        return save


def pair_heading(pair: MeetingPairRecord) -> str:
    """« Rotation 3, table 2 : Association — Entreprise »."""
    names = f"{pair.association_name} — {pair.company_name}"
    if pair.round_number is None:
        return QCoreApplication.translate("PairDialog", "Hors planning : %1").replace("%1", names)
    return (
        QCoreApplication.translate("PairDialog", "Rotation %1, table %2 : %3")
        .replace("%1", str(pair.round_number))
        .replace("%2", str(pair.table_number))
        .replace("%3", names)
    )


def _member(enum: type, value: object) -> object:
    """A stored value as its enum member (None stays None)."""
    return None if value is None else enum(value)
