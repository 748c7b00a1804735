"""The programme's Évaluation tab: the indicators funders ask for, and the documents."""

from __future__ import annotations

from decimal import Decimal
from typing import ClassVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from dla_desktop.domain.indicators import ProgrammeIndicators, Rate
from dla_desktop.domain.money import format_decimal, format_money
from dla_desktop.services import indicators
from dla_desktop.ui.document_export import DocumentExport, file_name
from dla_desktop.ui.operations import Change, Operations
from dla_desktop.ui.pages.programme.tab_base import ProgrammeTab, figure_label
from dla_desktop.ui.translations import enum_label


class EvaluationTab(ProgrammeTab):
    """A tidy grid of figures read from ``indicators.programme_indicators``."""

    changes: ClassVar[Change] = Change.ALL

    def __init__(
        self, operations: Operations, programme_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(operations, programme_id, parent)
        self.indicators: ProgrammeIndicators | None = None
        self.figures: dict[str, QLabel] = {}
        self._groups: dict[str, QFormLayout] = {}
        content = QWidget()
        grid = QGridLayout(content)
        titles = [
            ("participants", self.tr("Participants")),
            ("budget", self.tr("Budget")),
            ("sessions", self.tr("Séances et présences")),
            ("followup", self.tr("Suivi")),
            ("partnerships", self.tr("Partenariats")),
            ("volets", self.tr("Volets")),
        ]
        for index, (name, title) in enumerate(titles):
            box = QGroupBox(title)
            form = QFormLayout(box)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self._groups[name] = form
            grid.addWidget(box, index // 2, index % 2)
        grid.setRowStretch(3, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(self._documents_row())

    def _documents_row(self) -> QHBoxLayout:
        """The documents funders and companies receive, and the programme's workbook."""
        self.export = DocumentExport(self._operations, self)
        self.report_button = QPushButton(
            self.tr("Rapport d'évaluation (PDF)…"), objectName="export_report"
        )
        self.report_button.clicked.connect(self.export_report)
        self.dossiers_button = QPushButton(
            self.tr("Dossiers de partenariat (PDF)…"), objectName="export_dossiers"
        )
        self.dossiers_button.setToolTip(
            self.tr("Un dossier par partenariat né du programme, dans le dossier choisi.")
        )
        self.dossiers_button.clicked.connect(self.export_dossiers)
        self.workbook_button = QPushButton(self.tr("Classeur Excel…"), objectName="export_workbook")
        self.workbook_button.setToolTip(
            self.tr(
                "Tout le programme dans un classeur Excel, une feuille par tableau : "
                "participants, volets, séances, grille de présence, budget, suivi, "
                "partenariats et indicateurs."
            )
        )
        self.workbook_button.clicked.connect(self.export_workbook)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Documents :")))
        for button in (self.report_button, self.dossiers_button, self.workbook_button):
            row.addWidget(button)
        row.addStretch()
        return row

    def export_report(self) -> None:
        """The evaluation report funders receive at the end of the programme."""
        from dla_desktop.documents.pdf.evaluation import write_evaluation
        from dla_desktop.services.documents import evaluation_report

        programme_id = self._programme_id
        title = self.tr("Rapport d'évaluation")
        self.export.export_file(
            title,
            file_name(title, self._programme_title()),
            lambda session, issued_on: evaluation_report(session, programme_id, issued_on),
            write_evaluation,
        )

    def export_dossiers(self) -> None:
        """Every partnership dossier prepared in the programme, one PDF each, in one folder."""
        from dla_desktop.documents.pdf.dossier import write_dossiers
        from dla_desktop.services.documents import programme_dossiers

        programme_id = self._programme_id
        self.export.export_batch(
            self.tr("Dossiers de partenariat"),
            lambda session, issued_on: programme_dossiers(session, programme_id, issued_on),
            write_dossiers,
            self.tr(
                "Aucun partenariat n'est rattaché à ce programme : créez-en depuis la fiche "
                "d'une association (onglet Partenariats), avec ce programme pour origine."
            ),
        )

    def export_workbook(self) -> None:
        """The whole programme as one workbook, one sheet per table, for funders' own sums."""
        from dla_desktop.services import exports

        programme_id = self._programme_id
        title = self.tr("Classeur")
        self.export.export_file(
            self.tr("Classeur Excel du programme"),
            file_name(title, self._programme_title(), suffix=".xlsx"),
            lambda session, issued_on: exports.prepare(
                session, exports.WORKBOOK, programme_id, issued_on
            ),
            lambda job, path: exports.write(job, path)[0],
        )

    def _programme_title(self) -> str:
        return self.indicators.title if self.indicators is not None else ""

    def refresh(self) -> None:
        """Read the indicators again and show each figure the French way."""
        programme_id = self._programme_id
        self.indicators = found = self._operations.read(
            lambda s: indicators.programme_indicators(s, programme_id)
        )
        for form in self._groups.values():
            while form.rowCount():
                form.removeRow(0)
        self.figures.clear()
        for group, rows in self._rows(found).items():
            for name, label, value in rows:
                self._add(group, name, label, value)

    def _add(self, group: str, name: str, label: str, value: str) -> None:
        figure = figure_label(name)
        figure.setText(value)
        figure.setWordWrap(True)  # sectors may run long
        self.figures[name] = figure
        self._groups[group].addRow(label, figure)

    def _rows(self, found: ProgrammeIndicators) -> dict[str, list[tuple[str, str, str]]]:
        """Every figure, by group: (name for tests, French label, French value)."""
        budget = found.budget
        return {
            "participants": [
                ("associations", self.tr("Associations :"), str(found.associations)),
                ("jobs_headcount", self.tr("Emplois (salariés) :"), str(found.jobs_headcount)),
                ("jobs_fte", self.tr("Équivalents temps plein :"), days(found.jobs_fte)),
                ("by_sector", self.tr("Par secteur :"), self._sectors(found)),
            ],
            "budget": [
                ("budget", self.tr("Budget global :"), format_money(budget.budget)),
                (
                    "per_association",
                    self.tr("Par association :"),
                    money(budget.per_association_flat),
                ),
                ("funded", self.tr("Financé :"), format_money(budget.funded)),
                ("planned", self.tr("Coûts prévus :"), format_money(budget.planned)),
                ("actual", self.tr("Coûts réalisés :"), format_money(budget.actual)),
            ],
            "sessions": [
                ("sessions_held", self.tr("Séances tenues :"), str(found.sessions_held)),
                ("attendance", self.tr("Taux de présence :"), self.rate(found.attendance)),
                *(
                    (f"attendance_{i}", self.tr("— %1 :").replace("%1", name), self.rate(rate))
                    for i, (name, rate) in enumerate(found.attendance_by_volet)
                ),
            ],
            "followup": [
                (
                    "followup_days_planned",
                    self.tr("Jours de suivi prévus :"),
                    days(found.followup_days_planned),
                ),
                (
                    "followup_days_done",
                    self.tr("Jours de suivi réalisés :"),
                    days(found.followup_days_done),
                ),
                (
                    "questionnaires_sent",
                    self.tr("Questionnaires envoyés :"),
                    str(found.questionnaires_sent),
                ),
                (
                    "questionnaire_responses",
                    self.tr("Taux de réponse :"),
                    self.rate(found.questionnaire_responses),
                ),
            ],
            "partnerships": [
                (
                    "partnership_respondents",
                    self.tr("Partenariat obtenu :"),
                    self.associations_rate(found.partnership_respondents),
                ),
                (
                    "partnerships_obtained",
                    self.tr("Partenariats signés :"),
                    str(found.partnerships_obtained),
                ),
                *(
                    (f"category_{c.value}", f"{enum_label(c)} :", str(n))
                    for c, n in found.partnerships_by_category
                ),
                (
                    "partnerships_amount",
                    self.tr("Montant :"),
                    format_money(found.partnerships_amount),
                ),
            ],
            "volets": [
                (
                    f"volet_{i}",
                    f"{v.name} :",
                    self.tr("%1 — %2 associations, %3 chacune")
                    .replace("%1", format_money(v.contracted))
                    .replace("%2", str(v.members))
                    .replace("%3", money(v.per_association)),
                )
                for i, v in enumerate(budget.volets)
            ],
        }

    def _sectors(self, found: ProgrammeIndicators) -> str:
        return ", ".join(f"{sector} ({count})" for sector, count in found.by_sector) or "—"

    def rate(self, rate: Rate) -> str:
        """``85,0 % (170 sur 200)``, or a dash when there is nothing to count."""
        if rate.ratio is None:
            return "—"
        return (
            self.tr("%1 % (%2 sur %3)")
            .replace("%1", format_decimal(rate.ratio * 100, 1))
            .replace("%2", str(rate.count))
            .replace("%3", str(rate.total))
        )

    def associations_rate(self, rate: Rate) -> str:
        """``1 association sur 6`` (of those that answered)."""
        if not rate.total:
            return "—"
        text = (
            self.tr("%1 association sur %2")
            if rate.count < 2
            else self.tr("%1 associations sur %2")
        )
        return text.replace("%1", str(rate.count)).replace("%2", str(rate.total))


def money(amount: Decimal | None) -> str:
    return "—" if amount is None else format_money(amount)


def days(value: Decimal) -> str:
    """Days and FTE: ``1,50``."""
    return format_decimal(value, 2)
