"""The merge dialog's pages: the summary before, the duplicates, the summary after."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dla_desktop.domain.dates import format_moment
from dla_desktop.domain.merging import MergePlan, MergeSummary
from dla_desktop.domain.text import grouped_count, plural
from dla_desktop.ui.dialogs.merge_decisions import MergeDecisions
from dla_desktop.ui.dialogs.merge_widgets import bold
from dla_desktop.ui.widgets.table_view import item_table


class SummaryPage(QWidget):
    """Who sent the file, when we last merged with them, and what will happen."""

    CREATED, UPDATED, DELETED = 1, 2, 3

    def __init__(self, plan: MergePlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("merge_summary")
        self.sender_label = _text_label("merge_sender", self)
        self.sender_label.setText(sender_text(plan))
        self.last_merge = _text_label("last_merge", self)
        self.last_merge.setText(self.last_merge_text(plan))
        self.intro = _text_label("automatic_intro", self)
        self.table = self._build_table(plan)
        self.questions = _text_label("questions", self)
        self.questions.setText(self.questions_text(plan))
        self.sender_label.setFont(bold(self.sender_label.font()))
        layout = QVBoxLayout(self)
        layout.addWidget(self.sender_label)
        layout.addWidget(self.last_merge)
        layout.addSpacing(12)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addSpacing(12)
        layout.addWidget(self.questions)
        layout.addStretch()
        if plan.tables:
            self.intro.setText(
                self.tr("Appliqué automatiquement (changements faits d'un seul côté) :")
            )
        else:
            self.intro.setText(self.tr("Aucun changement à appliquer automatiquement."))
            self.table.hide()

    def last_merge_text(self, plan: MergePlan) -> str:
        """When we last merged with that office, or that this is the first time."""
        if plan.last_merged is None:
            return self.tr("Première fusion avec ce bureau.")
        return self.tr("Dernière fusion avec ce bureau : {moment}.").format(
            moment=format_moment(plan.last_merged)
        )

    def _build_table(self, plan: MergePlan) -> QTableWidget:
        """One row per kind of record, and the totals."""
        headers = [
            self.tr("Type de fiche"),
            self.tr("Créations"),
            self.tr("Modifications"),
            self.tr("Suppressions"),
        ]
        table = item_table(headers, "changes_table", self, rows=len(plan.tables) + 1, pick=False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        rows = [(item.kind_label, item.created, item.updated, item.deleted) for item in plan.tables]
        rows.append((self.tr("Total"), plan.created, plan.updated, plan.deleted))
        for row, (label, *counts) in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(label))
            for column, count in enumerate(counts, start=1):
                cell = QTableWidgetItem(grouped_count(count) if count else "–")
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, column, cell)
        last = len(rows) - 1
        for column in range(4):
            table.item(last, column).setFont(bold(table.item(last, column).font()))
        for column in range(1, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
            table.horizontalHeaderItem(column).setTextAlignment(
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
        _fit(table, width=620)
        return table

    def questions_text(self, plan: MergePlan) -> str:
        """What asks for the user: conflicts and possible duplicates."""
        lines = []
        if plan.conflicts:
            lines.append(
                plural(
                    len(plan.conflicts),
                    self.tr("conflit à trancher (onglet Conflits) : fiche changée des deux côtés."),
                    self.tr(
                        "conflits à trancher (onglet Conflits) : fiches changées des deux côtés."
                    ),
                )
            )
        else:
            lines.append(self.tr("Aucun conflit."))
        if plan.duplicates:
            lines.append(
                plural(
                    len(plan.duplicates),
                    self.tr("fiche en double possible (onglet Doublons)."),
                    self.tr("fiches en double possibles (onglet Doublons)."),
                )
            )
        return "\n".join(lines)


class DuplicatesPage(QWidget):
    """Records created on both sides for the same real thing: fuse them, or keep both."""

    KIND, MINE, THEIRS, REASON, FUSE = range(5)
    fusion_changed = Signal()  # a box was ticked or unticked by the user

    def __init__(self, decisions: MergeDecisions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("merge_duplicates")
        self.decisions = decisions
        proposals = decisions.plan.duplicates
        intro = _text_label("duplicates_intro", self)
        intro.setText(
            self.tr(
                "Ces fiches semblent décrire la même structure, créée dans chacun des deux "
                "fichiers. Cochez « Fusionner les deux fiches » pour n'en garder qu'une : la "
                "vôtre reste, ses champs vides sont complétés par la leur, et ce qui était "
                "rattaché à la leur l'est à la vôtre. Sans cette case, les deux fiches sont "
                "gardées."
            )
        )
        self.table = QTableWidget(len(proposals), 5, self, objectName="duplicates_table")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Type"), self.tr("Ma fiche"), self.tr("Leur fiche"), self.tr("Pourquoi"), ""]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in (self.KIND, self.REASON, self.FUSE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (self.MINE, self.THEIRS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.boxes: dict[str, QCheckBox] = {}
        for row, proposal in enumerate(proposals):
            texts = (
                proposal.kind_label,
                proposal.mine_label,
                proposal.theirs_label,
                proposal.reason,
            )
            for column, text in enumerate(texts):
                self.table.setItem(row, column, QTableWidgetItem(text))
            box = QCheckBox(self.tr("Fusionner les deux fiches"), self.table)
            box.setObjectName(f"fuse_{proposal.key}")
            box.toggled.connect(lambda checked, key=proposal.key: self._on_toggled(key, checked))
            self.boxes[proposal.key] = box
            self.table.setCellWidget(row, self.FUSE, box)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)

    def _on_toggled(self, key: str, fused: bool) -> None:
        self.decisions.set_fused(key, fused)
        self.fusion_changed.emit()

    def show_fused(self, keys: frozenset[str]) -> None:
        """Tick exactly ``keys`` without a signal (a new plan could not be computed)."""
        for key, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(key in keys)
            box.blockSignals(False)
            self.decisions.set_fused(key, key in keys)


class DonePage(QWidget):
    """After the merge: created, updated, deleted, conflicts settled, fused; the backup."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("merge_done")
        self.heading = _text_label("done_heading", self)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.heading.setFont(font)
        self.origin = _text_label("done_origin", self)
        self.figures = QGridLayout()
        self.figures.setHorizontalSpacing(24)
        self.backup = _text_label("done_backup", self)
        self.backup.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.undo_hint = _text_label("done_undo", self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.origin)
        layout.addSpacing(12)
        layout.addLayout(self.figures)
        layout.addSpacing(12)
        layout.addWidget(self.backup)
        layout.addSpacing(6)
        layout.addWidget(self.undo_hint)
        layout.addStretch()

    def show_summary(self, plan: MergePlan, summary: MergeSummary, backup: Path | None) -> None:
        """Fill the page once the merge is written."""
        self.heading.setText(self.tr("Fusion terminée"))
        self.origin.setText(sender_text(plan))
        for row, (label, count) in enumerate(self.figures_of(summary)):
            name = QLabel(label, self)
            figure = QLabel(grouped_count(count), self, objectName=f"figure_{row}")
            figure.setAlignment(Qt.AlignmentFlag.AlignRight)
            self.figures.addWidget(name, row, 0)
            self.figures.addWidget(figure, row, 1)
        self.figures.setColumnStretch(2, 1)
        self.backup.setText(
            self.tr(
                "La base telle qu'elle était avant la fusion est sauvegardée ici :\n{path}"
            ).format(path=backup)
            if backup is not None
            else self.tr("Aucune sauvegarde n'a été faite avant la fusion.")
        )
        self.undo_hint.setText(
            self.tr(
                "Pour revenir en arrière : Fichier › Fusions passées…, puis "
                "« Annuler cette fusion »."
            )
        )

    def figures_of(self, summary: MergeSummary) -> list[tuple[str, int]]:
        """Every figure, zeros included: a coordinator checks them all."""
        return [
            (self.tr("Fiches créées"), summary.created),
            (self.tr("Fiches modifiées"), summary.updated),
            (self.tr("Fiches supprimées"), summary.deleted),
            (self.tr("Conflits résolus"), summary.conflicts_resolved),
            (self.tr("Fiches en double fusionnées"), summary.fused),
        ]

    def figures_text(self) -> list[str]:
        """The figures as shown, "Fiches créées : 3" (tests, and a copy for the log)."""
        lines = []
        for row in range(self.figures.rowCount()):
            name, figure = self.figures.itemAtPosition(row, 0), self.figures.itemAtPosition(row, 1)
            if name is not None and figure is not None:
                lines.append(f"{name.widget().text()} : {figure.widget().text()}")  # type: ignore[union-attr]
        return lines


def sender_text(plan: MergePlan) -> str:
    """ "Fichier reçu : « x.dla », de CBE de Lille." """
    office = plan.their_office or QCoreApplication.translate("MergeDialog", "un bureau non précisé")
    return QCoreApplication.translate(
        "MergeDialog", "Fichier reçu : « {file} », de {office}."
    ).format(file=plan.file_name, office=office)


def _fit(table: QTableWidget, *, width: int) -> None:
    """A short table as tall as its rows, no taller, and no wider than ``width``."""
    table.resizeRowsToContents()
    height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
    height += sum(table.rowHeight(row) for row in range(table.rowCount()))
    table.setFixedSize(width, height)


def _text_label(name: str, parent: QWidget) -> QLabel:
    """Plain text (names may hold ``<``), wrapped."""
    label = QLabel(parent, objectName=name, textFormat=Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label
