"""Tab Évaluations: each pair's ratings and six-month outcome, partnerships, the survey."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from dla_desktop.domain.enums import PairOutcome, PairRating
from dla_desktop.domain.meeting_records import MeetingPairRecord, SurveyAnswerRecord, SurveySummary
from dla_desktop.services import meeting_outcomes
from dla_desktop.services.meeting_outcomes import PairPartnership
from dla_desktop.ui.dialogs.meeting_pair_dialog import PairDialog
from dla_desktop.ui.dialogs.meeting_parties import RegisteredParty, read_parties
from dla_desktop.ui.dialogs.meeting_survey_dialog import SurveyAnswerDialog, score_label
from dla_desktop.ui.operations import Change, Operations
from dla_desktop.ui.pages.meeting.survey_summary import SurveySummaryView
from dla_desktop.ui.pages.meeting.tab_base import MeetingTab
from dla_desktop.ui.table_models import Column, enum_column, number_column, text_column
from dla_desktop.ui.widgets.related_table import RelatedTable, confirm


def has_partnership(pair: MeetingPairRecord) -> str:
    """« Oui » once the pair led to a partnership (the column stays quiet otherwise)."""
    return QCoreApplication.translate("table_models", "Oui") if pair.partnership_id else ""


PAIR_COLUMNS = (
    number_column("round_number", QT_TRANSLATE_NOOP("table_models", "Rotation")),
    number_column("table_number", QT_TRANSLATE_NOOP("table_models", "Table")),
    text_column("association_name", QT_TRANSLATE_NOOP("table_models", "Association")),
    text_column("company_name", QT_TRANSLATE_NOOP("table_models", "Entreprise")),
    enum_column(
        "association_rating", QT_TRANSLATE_NOOP("table_models", "Avis de l'association"), PairRating
    ),
    enum_column(
        "company_rating", QT_TRANSLATE_NOOP("table_models", "Avis de l'entreprise"), PairRating
    ),
    enum_column(
        "outcome", QT_TRANSLATE_NOOP("table_models", "Suite à 6 mois"), PairOutcome, workflow=True
    ),
    Column("partnership", QT_TRANSLATE_NOOP("table_models", "Partenariat"), getter=has_partnership),
    text_column("note", QT_TRANSLATE_NOOP("table_models", "Note")),
)
# Column -> widest (pixels): association, company, both ratings, outcome.
PAIR_COLUMN_WIDTHS = {2: 170, 3: 170, 4: 160, 5: 160, 6: 170}
ANSWER_COLUMNS = (
    text_column("participant_name", QT_TRANSLATE_NOOP("table_models", "Participant")),
    Column(
        "satisfaction",
        QT_TRANSLATE_NOOP("table_models", "Satisfaction"),
        display=lambda score: score_label(score) if score else "",
        sort_key=lambda score: score,
    ),
    text_column("comment", QT_TRANSLATE_NOOP("table_models", "Commentaires")),
)


class RatingsTab(MeetingTab):
    """The pairs of the schedule with what each side said, and the satisfaction survey."""

    def __init__(self, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(operations, parent)
        self.parties: list[RegisteredParty] = []
        self.answer_rows: list[SurveyAnswerRecord] = []
        self.pairs = RelatedTable(PAIR_COLUMNS, object_name="pairs", stretch=8)
        self.pairs.row_activated.connect(lambda _row: self.rate_selected())
        self.rate_button = self.pairs.add_button(self.tr("Évaluer…"), "rate")
        self.rate_button.clicked.connect(self.rate_selected)
        self.partnership_button = self.pairs.add_button(
            self.tr("Créer le partenariat"), "partnership"
        )
        self.partnership_button.setToolTip(
            self.tr("Pour une rencontre dont la suite à 6 mois est un accord de coopération conclu")
        )
        self.partnership_button.clicked.connect(self.create_partnership)
        self.pairs.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.pairs_summary = QLabel(objectName="pairs_summary", textFormat=Qt.TextFormat.PlainText)
        self.answers = RelatedTable(ANSWER_COLUMNS, object_name="answers", stretch=2)
        self.answers.row_activated.connect(lambda _row: self.edit_answer())
        self.add_answer_button = self.answers.add_button(self.tr("Ajouter…"), "add_answer")
        self.add_answer_button.clicked.connect(self.add_answer)
        self.edit_answer_button = self.answers.add_button(self.tr("Modifier…"), "edit_answer")
        self.edit_answer_button.clicked.connect(self.edit_answer)
        self.remove_answer_button = self.answers.add_button(self.tr("Retirer"), "remove_answer")
        self.remove_answer_button.clicked.connect(self.remove_answer)
        self.answers.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.summary = SurveySummaryView()
        self._lay_out()
        self._update_actions()

    def _lay_out(self) -> None:
        """The pairs on top, the survey (answers beside their summary) below."""
        pairs_box = QGroupBox(self.tr("Rencontres"))
        pairs_layout = QVBoxLayout(pairs_box)
        pairs_layout.addWidget(self.pairs, 1)
        pairs_layout.addWidget(self.pairs_summary)
        survey_box = QGroupBox(self.tr("Enquête de satisfaction"))
        survey_layout = QHBoxLayout(survey_box)
        survey_layout.addWidget(self.answers, 3)
        survey_layout.addWidget(self.summary, 2)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(pairs_box)
        splitter.addWidget(survey_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    # --- reading -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Pairs, participants, answers and the survey's summary, in one transaction."""
        meeting_id = self.meeting_id
        pairs: list[MeetingPairRecord] = []
        answers: list[SurveyAnswerRecord] = []
        summary: SurveySummary | None = None
        self.parties = []
        if meeting_id is not None:
            pairs, self.parties, answers, summary = self._operations.read(
                lambda s: (
                    meeting_outcomes.list_pairs(s, meeting_id),
                    read_parties(s, meeting_id),
                    meeting_outcomes.list_survey_answers(s, meeting_id),
                    meeting_outcomes.survey_summary(s, meeting_id),
                )
            )
        self.pairs.set_rows(pairs)
        self._narrow_pair_columns()
        self.pairs_summary.setText(self.pairs_text(pairs))
        self.answer_rows = answers
        self.answers.set_rows(answers)
        self.summary.show_summary(summary)
        self._update_actions()

    def _narrow_pair_columns(self) -> None:
        """Names and long labels elided so the list fits a laptop screen (the dialog has all)."""
        for column, widest in PAIR_COLUMN_WIDTHS.items():
            if self.pairs.table.columnWidth(column) > widest:
                self.pairs.table.setColumnWidth(column, widest)

    def pairs_text(self, pairs: list[MeetingPairRecord]) -> str:
        """« 64 rencontres évaluées sur 100 · 9 coopérations possibles · 1 accord conclu »."""
        rated = sum(1 for p in pairs if p.association_rating or p.company_rating)
        possible = PairRating.COOPERATION.value
        cooperations = sum(1 for p in pairs if possible in (p.association_rating, p.company_rating))
        agreements = sum(1 for p in pairs if p.outcome == PairOutcome.AGREEMENT.value)
        return (
            self.tr("Évaluées : %1 sur %2 · coopération possible : %3 · accords conclus : %4")
            .replace("%1", str(rated))
            .replace("%2", str(len(pairs)))
            .replace("%3", str(cooperations))
            .replace("%4", str(agreements))
        )

    def _update_actions(self, *_args: object) -> None:
        """A pair or an answer chosen; a partnership only from an agreement not yet turned."""
        answer = self.answers.selected_row() is not None
        self.edit_answer_button.setEnabled(answer)
        self.remove_answer_button.setEnabled(answer)
        unanswered = {p.id for p in self.parties} - {a.participant_id for a in self.answer_rows}
        self.add_answer_button.setEnabled(bool(unanswered))
        pair = self.pairs.selected_row()
        self.rate_button.setEnabled(pair is not None)
        self.partnership_button.setEnabled(
            pair is not None
            and pair.outcome == PairOutcome.AGREEMENT.value
            and pair.partnership_id is None
        )

    # --- pairs ---------------------------------------------------------------------------

    def rate_selected(self) -> None:
        """Rate the chosen pair and record its outcome, in the dialog."""
        pair = self.pairs.selected_row()
        if pair is not None:
            self.pair_dialog(pair).exec()

    def pair_dialog(self, pair: MeetingPairRecord) -> PairDialog:
        """A new dialog (tests patch ``exec`` on it)."""
        return PairDialog(self._operations, pair, self)

    def create_partnership(self) -> None:
        """Turn an agreement into a partnership whose origin is this meeting; say its name."""
        pair = self.pairs.selected_row()
        if pair is None:
            return
        linked: PairPartnership | None = self.write_or_say(
            lambda s: meeting_outcomes.pair_partnership(s, pair.id),
            Change.MEETINGS | Change.PARTNERSHIPS,
        )
        if linked is None:
            return
        found = linked.partnership
        name = found.title or f"{pair.association_name} — {pair.company_name}"
        if linked.created:
            title = self.tr("Partenariat créé")
            message = self.tr(
                "Le partenariat « %1 » a été créé, avec cette rencontre pour origine. "
                "Il figure dans la section Partenariats."
            )
        else:
            title = self.tr("Partenariat existant")
            message = self.tr(
                "Le partenariat « %1 » existait déjà : il est rattaché à cette paire. "
                "Il figure dans la section Partenariats."
            )
        QMessageBox.information(self, title, message.replace("%1", name))

    # --- survey --------------------------------------------------------------------------

    def add_answer(self) -> None:
        """Type the answer of a participant who has not answered yet."""
        if self.meeting_id is not None:
            self.answer_dialog(None).exec()

    def edit_answer(self) -> None:
        """Correct the chosen answer."""
        answer = self.answers.selected_row()
        if answer is not None:
            self.answer_dialog(answer).exec()

    def answer_dialog(self, current: SurveyAnswerRecord | None) -> SurveyAnswerDialog:
        """A new dialog (tests patch ``exec`` on it)."""
        assert self.meeting_id is not None
        parties = self.parties
        if current is None:  # a new answer: from those who have not answered yet
            answered = {answer.participant_id for answer in self.answer_rows}
            parties = [party for party in parties if party.id not in answered]
        return SurveyAnswerDialog(
            self._operations, self.meeting_id, parties, current, self, reload=self.refresh_now
        )

    def remove_answer(self) -> None:
        """Withdraw the chosen answer after asking."""
        answer = self.answers.selected_row()
        if answer is None:
            return
        question = self.tr("Retirer la réponse de « %1 » ?").replace("%1", answer.participant_name)
        if confirm(self, self.tr("Retirer la réponse"), question, self.tr("Retirer")):
            self.write_or_say(
                lambda s: meeting_outcomes.remove_survey_answer(s, answer.id, answer.version),
                Change.MEETINGS,
            )
