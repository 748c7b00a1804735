"""The programme's Budget tab: funders, cost lines and what it comes to per association.

Every figure comes from ``budget.budget_view`` and is read again after any change of
budget, funders or participants, so entering a funder changes the per-association
figures on screen at once.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dla_desktop.domain.budget_views import BudgetView, CostLineView, FundingLineView
from dla_desktop.domain.enums import FunderKind
from dla_desktop.domain.money import format_decimal, format_money
from dla_desktop.services import budget
from dla_desktop.ui.dialogs.cost_line_dialog import CostLineDialog
from dla_desktop.ui.dialogs.funding_line_dialog import FundingLineDialog
from dla_desktop.ui.document_export import DocumentExport, file_name
from dla_desktop.ui.operations import Change, Operations
from dla_desktop.ui.pages.programme.tab_base import (
    ProgrammeTab,
    buttons_row,
    figure_label,
    group_box,
)
from dla_desktop.ui.table_models import (
    enum_column,
    money_column,
    number_column,
    text_column,
)
from dla_desktop.ui.widgets.table_view import fit_columns, make_table, reading, selected


def _share(value: object) -> str:
    """A funder's share of the funding: ``50,0 %``."""
    return "" if value is None else f"{format_decimal(Decimal(value) * 100, 1)}\u00a0%"  # type: ignore[arg-type]


FUNDING_COLUMNS = (
    reading(text_column("funder", QT_TRANSLATE_NOOP("table_models", "Financeur")), "funder_name"),
    reading(
        enum_column("kind", QT_TRANSLATE_NOOP("table_models", "Type"), FunderKind), "funder_kind"
    ),
    reading(money_column("amount", QT_TRANSLATE_NOOP("table_models", "Montant")), "record.amount"),
    reading(text_column("note", QT_TRANSLATE_NOOP("table_models", "Note")), "record.note"),
)
COST_COLUMNS = (
    reading(text_column("label", QT_TRANSLATE_NOOP("table_models", "Libellé")), "record.label"),
    text_column("volet_name", QT_TRANSLATE_NOOP("table_models", "Volet")),
    text_column("cabinet_name", QT_TRANSLATE_NOOP("table_models", "Cabinet")),
    reading(
        money_column("planned", QT_TRANSLATE_NOOP("table_models", "Prévu")), "record.planned_amount"
    ),
    reading(
        money_column("actual", QT_TRANSLATE_NOOP("table_models", "Réalisé")), "record.actual_amount"
    ),
)
VOLET_COLUMNS = (
    text_column("name", QT_TRANSLATE_NOOP("table_models", "Volet")),
    money_column("contracted", QT_TRANSLATE_NOOP("table_models", "Contractualisé")),
    number_column("members", QT_TRANSLATE_NOOP("table_models", "Membres")),
    money_column("per_association", QT_TRANSLATE_NOOP("table_models", "Par membre")),
)
ASSOCIATION_BUDGET_COLUMNS = (
    text_column("name", QT_TRANSLATE_NOOP("table_models", "Association")),
    text_column("volets", QT_TRANSLATE_NOOP("table_models", "Volets")),
    money_column(
        "flat",
        QT_TRANSLATE_NOOP("table_models", "Forfait"),
        QT_TRANSLATE_NOOP("table_models", "Budget global partagé entre les associations"),
    ),
    money_column(
        "by_volet",
        QT_TRANSLATE_NOOP("table_models", "Selon volets"),
        QT_TRANSLATE_NOOP("table_models", "Somme des parts des volets suivis"),
    ),
    money_column(
        "funded",
        QT_TRANSLATE_NOOP("table_models", "Financé"),
        QT_TRANSLATE_NOOP("table_models", "Financements partagés entre les associations"),
    ),
    money_column(
        "cost",
        QT_TRANSLATE_NOOP("table_models", "Coûts"),
        QT_TRANSLATE_NOOP("table_models", "Coûts (réalisés, sinon prévus) partagés"),
    ),
)


class BudgetTab(ProgrammeTab):
    """Funders and cost lines, edited here; the figures they lead to, read live."""

    changes: ClassVar[Change] = (
        Change.BUDGET | Change.FUNDERS | Change.ENROLMENT | Change.PROGRAMMES | Change.ASSOCIATIONS
    )

    def __init__(
        self, operations: Operations, programme_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(operations, programme_id, parent)
        self.view: BudgetView | None = None
        self.funding_table, self.funding_model = make_table(FUNDING_COLUMNS, "funding_table")
        self.cost_table, self.cost_model = make_table(COST_COLUMNS, "cost_table")
        self.volet_table, self.volet_model = make_table(VOLET_COLUMNS, "volet_table")
        self.association_table, self.association_model = make_table(
            ASSOCIATION_BUDGET_COLUMNS, "association_table"
        )
        self.association_table.doubleClicked.connect(self.on_association_table_double_clicked)
        self.funding_table.doubleClicked.connect(self.on_edit_funding_clicked)
        self.cost_table.doubleClicked.connect(self.on_edit_cost_clicked)
        middle = QHBoxLayout()
        middle.addWidget(self._funding_box(), 1)
        middle.addWidget(self._cost_box(), 1)
        bottom = QHBoxLayout()
        bottom.addWidget(group_box(self.tr("Par volet"), self.volet_table), 1)
        bottom.addWidget(group_box(self.tr("Par association"), self.association_table), 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self._figures_box())
        layout.addLayout(middle, 2)
        layout.addLayout(bottom, 3)

    # --- building ------------------------------------------------------------------------

    def _figures_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Chiffres clés"))
        grid = QGridLayout(box)
        self.figures: dict[str, QLabel] = {}
        titles = [
            ("budget", self.tr("Budget global :")),
            ("funded", self.tr("Financé :")),
            ("unfunded", self.tr("Reste à financer :")),
            ("per_association", self.tr("Par association :")),
            ("planned", self.tr("Coûts prévus :")),
            ("actual", self.tr("Coûts réalisés :")),
        ]
        for index, (name, title) in enumerate(titles):
            row, column = divmod(index, 3)
            caption = QLabel(title)
            caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.figures[name] = figure_label(name)
            grid.addWidget(caption, row, 2 * column)
            grid.addWidget(self.figures[name], row, 2 * column + 1)
            grid.setColumnMinimumWidth(2 * column + 1, 140)
        grid.setColumnStretch(6, 1)
        grid.setHorizontalSpacing(12)
        self.figures["budget"].setToolTip(
            self.tr("Le budget global se modifie dans l'onglet Général.")
        )
        return box

    def _funding_box(self) -> QGroupBox:
        add = QPushButton(self.tr("Ajouter…"), objectName="add_funding")
        edit = QPushButton(self.tr("Modifier…"), objectName="edit_funding")
        remove = QPushButton(self.tr("Supprimer"), objectName="remove_funding")
        add.clicked.connect(self.on_add_funding_clicked)
        edit.clicked.connect(self.on_edit_funding_clicked)
        remove.clicked.connect(self.on_remove_funding_clicked)
        summary = QPushButton(self.tr("Synthèse (PDF)…"), objectName="export_funder_summary")
        summary.setToolTip(
            self.tr("Ce que l'argent du financeur choisi a permis, sur tous ses programmes.")
        )
        summary.clicked.connect(self.on_funder_summary_clicked)
        self.export = DocumentExport(self._operations, self)
        return group_box(
            self.tr("Financeurs"), self.funding_table, buttons_row(add, edit, remove, summary)
        )

    def _cost_box(self) -> QGroupBox:
        add = QPushButton(self.tr("Ajouter…"), objectName="add_cost")
        edit = QPushButton(self.tr("Modifier…"), objectName="edit_cost")
        remove = QPushButton(self.tr("Supprimer"), objectName="remove_cost")
        add.clicked.connect(self.on_add_cost_clicked)
        edit.clicked.connect(self.on_edit_cost_clicked)
        remove.clicked.connect(self.on_remove_cost_clicked)
        return group_box(self.tr("Lignes de coût"), self.cost_table, buttons_row(add, edit, remove))

    # --- showing -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the whole tab again: lines, totals and per-association shares."""
        programme_id = self._programme_id
        self.view = view = self._operations.read(lambda s: budget.budget_view(s, programme_id))
        summary = view.summary
        shown = {
            "budget": summary.budget,
            "funded": summary.funded,
            "unfunded": summary.unfunded,
            "per_association": summary.per_association_flat,
            "planned": summary.planned,
            "actual": summary.actual,
        }
        for name, amount in shown.items():
            self.figures[name].setText(format_money(amount) if amount is not None else "—")
        for table, model, rows in (
            (self.funding_table, self.funding_model, view.funding_lines),
            (self.cost_table, self.cost_model, view.cost_lines),
            (self.volet_table, self.volet_model, summary.volets),
            (self.association_table, self.association_model, view.associations),
        ):
            model.set_rows(rows)
            fit_columns(table)

    # --- funding lines -------------------------------------------------------------------

    def on_add_funding_clicked(self) -> None:
        FundingLineDialog(self._operations, self._programme_id, None, self).exec()

    def on_edit_funding_clicked(self) -> None:
        line: FundingLineView | None = selected(self.funding_table, self.funding_model)
        if line is not None:
            FundingLineDialog(self._operations, self._programme_id, line.record, self).exec()

    def on_remove_funding_clicked(self) -> None:
        line: FundingLineView | None = selected(self.funding_table, self.funding_model)
        if line is None or not self.confirm(
            self.tr("Supprimer le financement"),
            self.tr("Supprimer le financement de « %1 » (%2) ?")
            .replace("%1", line.funder_name)
            .replace("%2", format_money(line.record.amount)),
        ):
            return
        line_id = line.record.id
        self.write(lambda s: budget.archive_funding_line(s, line_id), Change.BUDGET)

    def on_funder_summary_clicked(self) -> None:
        """The synthèse of the chosen line's funder, across every programme it funds."""
        from dla_desktop.documents.pdf.funder_summary import write_funder_summary
        from dla_desktop.services.documents import funder_summary

        line: FundingLineView | None = selected(self.funding_table, self.funding_model)
        if line is None:
            return
        funder_id = line.record.funder_id
        title = self.tr("Synthèse financeur")
        self.export.export_file(
            title,
            file_name(title, line.funder_name),
            lambda session, issued_on: funder_summary(session, funder_id, issued_on),
            write_funder_summary,
        )

    # --- cost lines ----------------------------------------------------------------------

    def on_add_cost_clicked(self) -> None:
        CostLineDialog(self._operations, self._programme_id, None, self).exec()

    def on_edit_cost_clicked(self) -> None:
        line: CostLineView | None = selected(self.cost_table, self.cost_model)
        if line is not None:
            CostLineDialog(self._operations, self._programme_id, line.record, self).exec()

    def on_remove_cost_clicked(self) -> None:
        line: CostLineView | None = selected(self.cost_table, self.cost_model)
        if line is None or not self.confirm(
            self.tr("Supprimer la ligne de coût"),
            self.tr("Supprimer la ligne « %1 » ?").replace("%1", line.record.label),
        ):
            return
        line_id = line.record.id
        self.write(lambda s: budget.archive_cost_line(s, line_id), Change.BUDGET)

    def on_association_table_double_clicked(self, index: Any) -> None:
        self.record_opened.emit("association", self.association_model.row_at(index).association_id)
