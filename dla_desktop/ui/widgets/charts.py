"""Small QtCharts views for the dashboard: a pie and a bar chart fed with (label, value) pairs.

QtCharts is imported here and in the dashboard page only, so start-up (which shows
other pages first) never loads it: importing it costs ~3 ms warm, ~10 ms cold, after
QtWidgets on this machine.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

# The same colour-blind safe palette as the partnership board's categories.
PALETTE = ("#0072B2", "#009E73", "#E69F00", "#56B4E9", "#CC79A7", "#D55E00", "#F0E442", "#999999")
CHART_MIN_HEIGHT = 240
MAX_LABEL = 30  # characters of a bar's label before it is shortened (full text in tooltip)


def _new_chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundRoundness(6)
    chart.setMargins(QMargins(4, 4, 4, 4))
    font = chart.titleFont()
    font.setBold(True)
    chart.setTitleFont(font)
    return chart


def shorten(text: str, limit: int = MAX_LABEL) -> str:
    """Axis labels cannot elide themselves: cut long programme titles by hand."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class PieChartView(QChartView):
    """A pie with its legend; one slice per (label, count)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(_new_chart(title), parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(CHART_MIN_HEIGHT)
        self.series = QPieSeries(self)
        self.series.setPieSize(0.75)
        self.chart().addSeries(self.series)
        self.chart().legend().setAlignment(Qt.AlignmentFlag.AlignRight)

    def set_slices(self, slices: Sequence[tuple[str, float]]) -> None:
        """Replace every slice; the legend reads "label (value)"."""
        self.series.clear()
        for number, (label, value) in enumerate(slices):
            piece = self.series.append(label, value)
            piece.setColor(QColor(PALETTE[number % len(PALETTE)]))
            piece.setLabel(f"{label} ({value:g})")
        self.chart().legend().setVisible(bool(slices))

    def slice_count(self) -> int:
        """How many slices are drawn (tests and accessibility)."""
        return self.series.count()


class BarChartView(QChartView):
    """One bar per category, vertical (years) or horizontal (long labels such as titles)."""

    bar_clicked = Signal(int)  # position of the bar in the list given to set_bars

    def __init__(
        self,
        title: str,
        *,
        horizontal: bool = False,
        value_format: str = "%d",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(_new_chart(title), parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(CHART_MIN_HEIGHT)
        self._horizontal = horizontal
        self._value_format = value_format
        self.series = QHorizontalBarSeries(self) if horizontal else QBarSeries(self)
        if value_format == "%d":  # counts: the number on each bar reads faster than the axis
            self.series.setLabelsVisible(True)
            self.series.setLabelsFormat("@value")
            self.series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsInsideEnd)
        self.chart().addSeries(self.series)
        self.chart().legend().hide()
        self.category_axis = QBarCategoryAxis(self)
        self.value_axis = QValueAxis(self)
        self.value_axis.setLabelFormat(value_format)
        category_side = Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom
        value_side = Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft
        self.chart().addAxis(self.category_axis, category_side)
        self.chart().addAxis(self.value_axis, value_side)
        self.series.attachAxis(self.category_axis)
        self.series.attachAxis(self.value_axis)

    def set_bars(self, bars: Sequence[tuple[str, float]]) -> None:
        """Replace every bar; labels are shortened, the value axis starts at zero."""
        self.series.clear()
        self.category_axis.clear()
        if not bars:
            return
        bar_set = QBarSet("", self.series)
        bar_set.setColor(QColor(PALETTE[0]))
        last = len(bars) - 1
        bar_set.clicked.connect(
            lambda i: self.bar_clicked.emit(last - i if self._horizontal else i)
        )
        labels = [shorten(label) for label, _value in bars]
        if self._horizontal:  # Qt draws the first category at the bottom: keep reading order
            labels.reverse()
            bars = list(reversed(bars))
        for _label, value in bars:
            bar_set.append(value)
        self.series.append(bar_set)
        self.category_axis.append(labels)
        top = max(value for _label, value in bars)
        self.value_axis.setRange(0, top * 1.1 if top > 0 else 1)
        self.value_axis.applyNiceNumbers()
        if self._value_format == "%d":
            self.value_axis.setTickType(QValueAxis.TickType.TicksDynamic)
            self.value_axis.setTickInterval(max(1, round(top / 5)))
            self.value_axis.setTickAnchor(0)

    def bar_count(self) -> int:
        """How many bars are drawn (tests and accessibility)."""
        sets = self.series.barSets()
        return sets[0].count() if sets else 0
