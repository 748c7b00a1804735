"""Tableau de bord: what is due first, then key figures across programmes and four charts.

Everything comes from ``services.dashboard.dashboard`` and ``services.followup_due``
in one read; an empty file shows a friendly French sentence instead of zeros and
blank charts. The first block ("À faire") is what a coordinator sees on opening a file.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from dla_desktop.domain.dashboard import Dashboard
from dla_desktop.domain.money import format_decimal, format_money
from dla_desktop.services.dashboard import dashboard
from dla_desktop.ui.operations import Change, Operations
from dla_desktop.ui.pages.due_page import DueSummary
from dla_desktop.ui.pages.list_pages import page_title
from dla_desktop.ui.pages.section_page import SectionPage, empty_or
from dla_desktop.ui.translations import enum_label
from dla_desktop.ui.widgets.charts import BarChartView, PieChartView

DASHBOARD_CHANGES = (
    Change.PROGRAMMES
    | Change.ASSOCIATIONS
    | Change.COMPANIES
    | Change.ENROLMENT
    | Change.BUDGET
    | Change.PARTNERSHIPS
    | Change.FOLLOWUP
)


class FigureCard(QFrame):
    """One key figure: a large number over its caption, and a detail line."""

    def __init__(self, name: str, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = QLabel(self)
        self.value.setObjectName("value")
        self.value.setTextFormat(Qt.TextFormat.PlainText)
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.value.setFont(font)
        self.caption = QLabel(caption, self)
        self.caption.setWordWrap(True)
        self.detail = QLabel(self)
        self.detail.setObjectName("detail")
        self.detail.setEnabled(False)  # quieter text
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        layout.addWidget(self.detail)
        layout.addStretch(1)  # figures and captions line up across cards

    def show_figure(self, value: str, detail: str = "") -> None:
        """The figure already formatted the French way; no detail hides the line."""
        self.value.setText(value)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))


class DashboardPage(SectionPage):
    """Figures and charts over every live programme, read when the page is in front.

    ``record_opened("programme", id)``: a click on a programme's bar opens it;
    ``due_requested``: "Voir la liste à faire" asks the window for the À faire section.
    """

    follows = DASHBOARD_CHANGES
    due_requested = Signal()

    def __init__(
        self, title: str, *, settings: QSettings | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.figures: Dashboard | None = None
        self.due_summary = DueSummary(self)
        self.due_summary.list_requested.connect(self.due_requested)
        nothing = self.tr(
            "Rien à afficher pour l'instant. Créez un programme et inscrivez-y des"
            " associations, ou ouvrez la base de démonstration : les chiffres clés et"
            " les graphiques apparaîtront ici."
        )
        self.stack, self.empty_label = empty_or(self._content(), nothing, self)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(title, self))
        layout.addWidget(self.due_summary)
        layout.addWidget(self.stack, 1)

    def _content(self) -> QWidget:
        """Figure cards on the first row, charts on two rows below, all in a scroll area."""
        inner = QWidget(self)
        grid = QGridLayout(inner)
        grid.setContentsMargins(0, 0, 0, 0)
        self._make_cards(inner, grid)
        self._make_charts(inner, grid)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        return scroll

    def _make_cards(self, inner: QWidget, grid: QGridLayout) -> None:
        self.cards = {
            "programmes": FigureCard("programmes", self.tr("Programmes"), inner),
            "associations": FigureCard("associations", self.tr("Associations accompagnées"), inner),
            "jobs": FigureCard("jobs", self.tr("Emplois concernés (salariés)"), inner),
            "budget": FigureCard("budget", self.tr("Budget total des programmes"), inner),
            "partnerships": FigureCard("partnerships", self.tr("Partenariats obtenus"), inner),
        }
        for column, card in enumerate(self.cards.values()):
            grid.addWidget(card, 0, column)

    def _make_charts(self, inner: QWidget, grid: QGridLayout) -> None:
        self.category_chart = PieChartView(self.tr("Partenariats obtenus par catégorie"), inner)
        self.year_chart = BarChartView(self.tr("Partenariats obtenus par année"), parent=inner)
        self.budget_chart = BarChartView(
            self.tr("Budget par programme (milliers d'euros)"),
            horizontal=True,
            value_format="%.0f",
            parent=inner,
        )
        self.associations_chart = BarChartView(
            self.tr("Associations par programme"), horizontal=True, parent=inner
        )
        for chart in (self.budget_chart, self.associations_chart):
            chart.bar_clicked.connect(self._on_programme_bar_clicked)
            chart.setToolTip(self.tr("Cliquez sur une barre pour ouvrir le programme."))
        grid.addWidget(self.category_chart, 1, 0, 1, 3)
        grid.addWidget(self.year_chart, 1, 3, 1, 2)
        grid.addWidget(self.budget_chart, 2, 0, 1, 3)
        grid.addWidget(self.associations_chart, 2, 3, 1, 2)
        grid.setRowStretch(1, 1)
        grid.setRowStretch(2, 1)

    # --- section page contract ---------------------------------------------------------

    def read_and_show(self, operations: Operations) -> None:
        """Every figure, in one read-only transaction (what is due comes from the À faire page)."""
        self.show_figures(operations.read(dashboard))

    def clear(self) -> None:
        self.due_summary.show_items([])
        self.show_figures(None)

    # --- showing -----------------------------------------------------------------------

    def show_figures(self, figures: Dashboard | None) -> None:
        """Fill the cards and charts, or show the empty state."""
        self.figures = figures
        if figures is None or figures.is_empty:
            self.stack.setCurrentIndex(0)
            return
        self.stack.setCurrentIndex(1)
        self._fill_cards(figures)
        self._fill_charts(figures)

    def _fill_cards(self, figures: Dashboard) -> None:
        locale = QLocale()
        self.cards["programmes"].show_figure(locale.toString(figures.programmes))
        self.cards["associations"].show_figure(
            locale.toString(figures.associations),
            self.tr("distinctes, tous programmes confondus"),
        )
        self.cards["jobs"].show_figure(
            locale.toString(figures.jobs_headcount),
            self.tr("%1 ETP").replace("%1", format_decimal(figures.jobs_fte, 1)),
        )
        self.cards["budget"].show_figure(format_money(figures.budget, cents=False))
        self.cards["partnerships"].show_figure(
            locale.toString(figures.partnerships_obtained),
            self.tr("%1 au total (montants connus)").replace(
                "%1", format_money(figures.partnerships_amount, cents=False)
            ),
        )

    def _fill_charts(self, figures: Dashboard) -> None:
        self.category_chart.set_slices(
            [(enum_label(category), count) for category, count in figures.by_category]
        )
        years = [(str(year), count) for year, count in figures.by_year]
        if figures.undated_partnerships:
            years.append((self.tr("Sans date"), figures.undated_partnerships))
        self.year_chart.set_bars(years)
        self.budget_chart.set_bars(
            [(p.title, float(p.budget) / 1000) for p in figures.per_programme]
        )
        self.associations_chart.set_bars([(p.title, p.associations) for p in figures.per_programme])

    def _on_programme_bar_clicked(self, position: int) -> None:
        if self.figures is not None and 0 <= position < len(self.figures.per_programme):
            self.record_opened.emit("programme", self.figures.per_programme[position].programme_id)
