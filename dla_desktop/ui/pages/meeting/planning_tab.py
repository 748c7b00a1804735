"""Tab Planning: compute the speed-dating schedule, re-plan after a late arrival, print it all."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from dla_desktop.domain.errors import DlaError
from dla_desktop.domain.meeting_views import MeetingPlan
from dla_desktop.domain.scheduling import MissingPair, MissingReason
from dla_desktop.services import meeting_schedule
from dla_desktop.ui.document_export import DocumentExport
from dla_desktop.ui.operations import Change, Operations
from dla_desktop.ui.pages.meeting.schedule_grid import ScheduleGridModel
from dla_desktop.ui.pages.meeting.tab_base import MeetingTab
from dla_desktop.ui.table_models import text_column
from dla_desktop.ui.translations import enum_label
from dla_desktop.ui.widgets.related_table import RelatedTable, confirm

MAX_GRID_COLUMN_WIDTH = 230  # longer names are elided; the tooltips have them
CELL_PADDING = 16


Written = Callable[[int, int, str], None]  # (done, total, file name) after each document


class MissingRow(NamedTuple):
    """A pair that will not meet, named, with its reason in the interface language."""

    association: str
    company: str
    reason: str


MISSING_COLUMNS = (
    text_column("association", QT_TRANSLATE_NOOP("table_models", "Association")),
    text_column("company", QT_TRANSLATE_NOOP("table_models", "Entreprise")),
    text_column("reason", QT_TRANSLATE_NOOP("table_models", "Raison")),
)


class PlanningTab(MeetingTab):
    """The stored schedule (or the one proposed), as a grid, with the pairs that cannot meet."""

    def __init__(self, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(operations, parent)
        self.plan: MeetingPlan | None = None
        self.export = DocumentExport(operations, self)
        self._make_buttons()
        self.state = QLabel(objectName="state", wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        self.summary = QLabel(objectName="summary", textFormat=Qt.TextFormat.PlainText)
        self.summary.setStyleSheet("font-weight: 600")
        self.grid_model = ScheduleGridModel(self)
        self.grid = self._make_grid()
        self.missing = RelatedTable(MISSING_COLUMNS, object_name="missing", stretch=2)
        self.missing_box = QGroupBox(objectName="missing_box")
        QVBoxLayout(self.missing_box).addWidget(self.missing)
        self._lay_out()

    def _make_buttons(self) -> None:
        """Compute, re-plan after a late arrival, print: each says what it does on hover."""
        self.plan_button = QPushButton(self.tr("Calculer le planning"), objectName="plan")
        self.plan_button.setToolTip(
            self.tr("Chaque association rencontre chaque entreprise, en un minimum de rotations")
        )
        self.replan_button = QPushButton(
            self.tr("Replanifier à partir de la rotation…"), objectName="replan"
        )
        self.replan_button.setToolTip(
            self.tr(
                "Après une arrivée tardive ou un départ anticipé : les rotations déjà jouées "
                "restent telles quelles, la suite est recalculée."
            )
        )
        self.print_button = QPushButton(self.tr("Imprimer les documents…"), objectName="print")
        self.print_button.setToolTip(
            self.tr(
                "Grille générale, agendas, chevalets, liste des participants et règles (PDF), "
                "dans le dossier choisi"
            )
        )
        self.plan_button.clicked.connect(self.calculate)
        self.replan_button.clicked.connect(self.replan)
        self.print_button.clicked.connect(self.print_documents)

    def _make_grid(self) -> QTableView:
        """A read-only grid whose rows grow with the times shown in their headers."""
        grid = QTableView(objectName="grid")
        grid.setModel(self.grid_model)
        grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        grid.setWordWrap(False)
        grid.setAlternatingRowColors(True)
        grid.verticalHeader().setMinimumSectionSize(grid.fontMetrics().height() + 10)
        grid.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft)
        grid.horizontalHeader().setStretchLastSection(True)
        grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return grid

    def _lay_out(self) -> None:
        """Actions on top, then the state, the summary, the grid and the missing pairs."""
        buttons = QHBoxLayout()
        for button in (self.plan_button, self.replan_button):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(self.print_button)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.grid)
        splitter.addWidget(self.missing_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.state)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)

    # --- reading -------------------------------------------------------------------------

    def refresh(self) -> None:
        """The stored schedule, or the one the registrations give now (not saved)."""
        meeting_id = self.meeting_id
        plan, problem = None, ""
        if meeting_id is not None:
            try:
                plan = self._operations.read(lambda s: meeting_schedule.meeting_plan(s, meeting_id))
            except DlaError as error:  # nobody registered yet...
                problem = error.message
        self.show_plan(plan, problem)

    def show_plan(self, plan: MeetingPlan | None, problem: str = "") -> None:
        """The grid, the missing pairs, the summary line and what can be done next."""
        self.plan = plan
        self.grid_model.set_plan(plan)
        self._fit_grid()
        missing = plan.schedule.missing if plan is not None else ()
        self.missing.set_rows(self._missing_rows(plan))
        self.missing_box.setTitle(
            self.tr("Rencontres qui n'auront pas lieu (%1)").replace("%1", str(len(missing)))
        )
        self.missing_box.setVisible(bool(missing))
        self.state.setText(problem or self._state_text(plan))
        self.summary.setText(self.summary_text(plan) if plan is not None else "")
        stored = plan is not None and plan.stored
        rounds = len(plan.schedule.rounds) if plan is not None else 0
        self.plan_button.setEnabled(self.meeting_id is not None and not problem)
        self.replan_button.setEnabled(stored and rounds > 1)
        self.print_button.setEnabled(stored)

    def _missing_rows(self, plan: MeetingPlan | None) -> list[MissingRow]:
        """The pairs that will not meet, named, with the planner's reason."""
        if plan is None:
            return []
        return [
            MissingRow(
                plan.name_of(pair.association), plan.name_of(pair.company), self.reason_text(pair)
            )
            for pair in plan.schedule.missing
        ]

    def reason_text(self, pair: MissingPair) -> str:
        """« faute de temps (3 rotations) »: the reason, with the rounds when time ran out."""
        text = enum_label(pair.reason)
        if pair.reason is MissingReason.TIME and pair.max_rounds is not None:
            rounds = (
                self.tr("%1 (%2 rotation)")
                if pair.max_rounds <= 1
                else self.tr("%1 (%2 rotations)")
            )
            text = rounds.replace("%2", str(pair.max_rounds)).replace("%1", text)
        return text

    def _fit_grid(self) -> None:
        """Columns as wide as their names (capped), rows as high as their times."""
        metrics = self.grid.fontMetrics()
        model = self.grid_model
        for column in range(model.columnCount()):
            texts = str(model.headerData(column, Qt.Orientation.Horizontal)).split("\n")
            texts += [str(model.index(row, column).data()) for row in range(model.rowCount())]
            widest = max(metrics.horizontalAdvance(text) for text in texts) + CELL_PADDING
            self.grid.setColumnWidth(column, min(widest, MAX_GRID_COLUMN_WIDTH))
        self.grid.resizeRowsToContents()

    def _state_text(self, plan: MeetingPlan | None) -> str:
        """Whether the schedule shown is stored, and what is missing to see the times."""
        if plan is None:
            return ""
        if not plan.stored:
            text = self.tr(
                "Planning proposé, pas encore enregistré : « Calculer le planning » l'enregistre "
                "et permet d'imprimer les documents."
            )
        else:
            text = self.tr("Planning enregistré.")
        if not plan.times:
            text += " " + self.tr(
                "Indiquez une heure de début dans la fiche pour voir les horaires."
            )
        return text

    def summary_text(self, plan: MeetingPlan) -> str:
        """« 10 rotations, 100 rencontres, 0 manquante »."""
        rounds = len(plan.schedule.rounds)
        meetings = sum(len(round_.slots) for round_ in plan.schedule.rounds)
        missing = len(plan.schedule.missing)
        parts = [
            (self.tr("%1 rotation") if rounds <= 1 else self.tr("%1 rotations")),
            (self.tr("%2 rencontre") if meetings <= 1 else self.tr("%2 rencontres")),
            (self.tr("%3 manquante") if missing <= 1 else self.tr("%3 manquantes")),
        ]
        text = ", ".join(parts)
        return (
            text.replace("%1", str(rounds)).replace("%2", str(meetings)).replace("%3", str(missing))
        )

    # --- writing -------------------------------------------------------------------------

    def calculate(self) -> None:
        """Plan from the registrations and store it; a stored schedule is replaced after asking."""
        meeting_id = self.meeting_id
        if meeting_id is None:
            return
        if (
            self.plan is not None
            and self.plan.stored
            and not confirm(
                self,
                self.tr("Calculer le planning"),
                self.tr(
                    "Un planning est déjà enregistré. Le remplacer par un nouveau calcul ? "
                    "Les évaluations déjà saisies sont conservées."
                ),
                self.tr("Remplacer"),
            )
        ):
            return
        self.write_or_say(
            lambda s: meeting_schedule.save_schedule(
                s, meeting_id, meeting_schedule.plan_meeting(s, meeting_id)
            ),
            Change.MEETINGS,
        )

    def replan(self) -> None:
        """Keep the rotations before N as played, plan the rest (late arrival, early departure)."""
        meeting_id, plan = self.meeting_id, self.plan
        if meeting_id is None or plan is None or not plan.stored:
            return
        from_round = self.ask_round(len(plan.schedule.rounds))
        if from_round is None:
            return
        self.write_or_say(
            lambda s: meeting_schedule.save_schedule(
                s, meeting_id, meeting_schedule.plan_meeting(s, meeting_id, from_round=from_round)
            ),
            Change.MEETINGS,
        )

    def ask_round(self, rounds: int) -> int | None:
        """The first rotation to plan again; None when the user cancels (tests patch this)."""
        value, accepted = QInputDialog.getInt(
            self,
            self.tr("Replanifier"),
            self.tr(
                "Replanifier à partir de la rotation n° (les rotations précédentes sont "
                "conservées telles qu'elles ont eu lieu) :"
            ),
            2,
            2,
            rounds,
        )
        return value if accepted else None

    def print_documents(self) -> None:
        """The printed material of the stored schedule, in a folder, in the background."""
        meeting_id = self.meeting_id
        if meeting_id is None:
            return

        def read(session: Session, _issued_on: date) -> list[MeetingPlan]:
            """Only a stored schedule is printed: agendas must match what is kept."""
            plan = meeting_schedule.meeting_plan(session, meeting_id)
            return [plan] if plan.stored and plan.schedule.rounds else []

        def write(
            plans: list[MeetingPlan], folder: Path, on_written: Written | None = None
        ) -> list[Path]:
            """The five documents of the one plan read (reportlab imported only now)."""
            from dla_desktop.documents.pdf.meeting_materials import write_meeting_materials

            return write_meeting_materials(plans[0], folder, on_written=on_written)

        self.export.export_batch(
            self.tr("Imprimer les documents de la rencontre"),
            read,
            write,
            self.tr("Aucun planning enregistré : calculez d'abord le planning."),
        )
