"""What a meeting's satisfaction survey says: answers, average, one bar per score, comments."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from dla_desktop.domain.meeting_records import SurveySummary
from dla_desktop.domain.money import format_decimal
from dla_desktop.ui.dialogs.meeting_survey_dialog import score_label

SCORES = (5, 4, 3, 2, 1)


class SurveySummaryView(QWidget):
    """Read-only; ``show_summary`` fills it (None: no meeting yet)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.answers = QLabel(objectName="answers", textFormat=Qt.TextFormat.PlainText)
        self.average = QLabel(objectName="average", textFormat=Qt.TextFormat.PlainText)
        self.average.setStyleSheet("font-weight: 600")
        self.bars: dict[int, QProgressBar] = {}
        scale = QFormLayout()
        scale.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for score in SCORES:
            bar = QProgressBar(objectName=f"score_{score}", minimum=0, maximum=1, value=0)
            bar.setFormat("%v")
            bar.setMaximumHeight(16)
            self.bars[score] = bar
            scale.addRow(score_label(score), bar)
        self.comments = QPlainTextEdit(objectName="comments", readOnly=True)
        self.comments.setPlaceholderText(self.tr("Aucun commentaire"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.answers)
        layout.addWidget(self.average)
        layout.addLayout(scale)
        layout.addWidget(QLabel(self.tr("Commentaires :")))
        layout.addWidget(self.comments, 1)

    def show_summary(self, summary: SurveySummary | None) -> None:
        """Figures the French way (« 4,2 / 5 »), one bar per score, the comments by name."""
        answers = summary.answers if summary else 0
        registered = summary.participants if summary else 0
        self.answers.setText(
            self.tr("Réponses : %1 sur %2 participants")
            .replace("%1", str(answers))
            .replace("%2", str(registered))
        )
        if summary is None or summary.average is None:
            self.average.setText(self.tr("Satisfaction moyenne : —"))
        else:
            average = format_decimal(Decimal(str(summary.average)), 1)
            self.average.setText(self.tr("Satisfaction moyenne : %1 / 5").replace("%1", average))
        counts = dict(summary.by_score) if summary else {}
        for score, bar in self.bars.items():
            bar.setMaximum(max(answers, 1))
            bar.setValue(counts.get(score, 0))
        lines = [f"{name} : {comment}" for name, comment in (summary.comments if summary else ())]
        self.comments.setPlainText("\n\n".join(lines))
