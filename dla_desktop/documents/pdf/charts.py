"""Charts drawn with reportlab's own graphics (no extra dependency), in the house colours.

Values start at zero (``valueMin = 0``): otherwise reportlab starts the axis at the
smallest value and a small bar vanishes. Labels are plain strings drawn by the canvas,
not Paragraph markup, so user text needs no escaping here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from dla_desktop.documents.pdf.theme import ACCENT, CHART_COLOURS, FONT, INK, MUTED, RULE, figure

Number = int | Decimal


def _short(label: str, limit: int = 38) -> str:
    """A category label cut to fit beside its bar."""
    return label if len(label) <= limit else label[: limit - 1].rstrip() + "…"


def horizontal_bars(
    items: Sequence[tuple[str, Number]],
    width: float,
    *,
    value_text: Callable[[Number], str] = figure,
    title: str = "",
    bar_room: float = 16,
) -> Drawing:
    """One bar per category, longest label on the left, its value printed at the bar's end.

    ``bar_room`` is the height per bar in points: smaller for a chart that must stay compact.
    """
    top = 18 if title else 4
    height = top + bar_room * max(len(items), 1) + 24
    drawing = Drawing(width, height)
    if title:
        drawing.add(String(0, height - 12, title, fontName=FONT, fontSize=9, fillColor=INK))
    chart = HorizontalBarChart()
    chart.x, chart.y = width * 0.42, 18
    chart.width, chart.height = width * 0.46, height - top - 24
    values = [float(value) for _label, value in reversed(items)]
    chart.data = [values or [0]]
    chart.categoryAxis.categoryNames = [_short(label) for label, _v in reversed(items)] or [""]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.strokeColor = RULE
    chart.valueAxis.valueMin = 0
    chart.valueAxis.visible = False
    chart.valueAxis.visibleGrid = False
    if not any(values):
        chart.valueAxis.valueMax = 1
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = lambda value: value_text(_as_number(value))
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 7.5
    chart.barLabels.fillColor = INK
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing


def grouped_columns(
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence[Number]]],
    width: float,
    *,
    height: float = 150,
    value_text: Callable[[Number], str] = figure,
) -> Drawing:
    """Columns side by side per category (planned vs actual...), with a legend below."""
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 40, 38
    chart.width, chart.height = width - 50, height - 50
    chart.data = [[float(v) for v in values] for _name, values in series] or [[0]]
    chart.categoryAxis.categoryNames = [_short(name, 24) for name in categories] or [""]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.strokeColor = RULE
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labels.fillColor = MUTED
    chart.valueAxis.labelTextFormat = lambda value: value_text(_as_number(value))
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.visibleGrid = True
    if not any(any(values) for _n, values in series):
        chart.valueAxis.valueMax = 1
    for index in range(len(series)):
        chart.bars[index].fillColor = CHART_COLOURS[index % len(CHART_COLOURS)]
        chart.bars[index].strokeColor = None
    drawing.add(chart)
    legend = _legend(
        [(name, CHART_COLOURS[i % len(CHART_COLOURS)]) for i, (name, _v) in enumerate(series)]
    )
    legend.x, legend.y = 40, 10
    legend.columnMaximum = 1
    legend.deltax = 110
    drawing.add(legend)
    return drawing


def pie(
    items: Sequence[tuple[str, Number]],
    width: float,
    *,
    value_text: Callable[[Number], str] = figure,
    size: float = 110,
) -> Drawing:
    """A pie of shares with a legend on its right naming each slice and its value."""
    shown = [(label, value) for label, value in items if value > 0]
    height = max(size + 20, 16 * len(shown) + 20)
    drawing = Drawing(width, height)
    if not shown:
        return drawing
    chart = Pie()
    chart.x, chart.y = 10, (height - size) / 2
    chart.width = chart.height = size
    chart.data = [float(value) for _label, value in shown]
    chart.labels = None
    chart.slices.strokeColor = colors.white
    chart.slices.strokeWidth = 1
    for index in range(len(shown)):
        chart.slices[index].fillColor = CHART_COLOURS[index % len(CHART_COLOURS)]
    drawing.add(chart)
    legend = _legend(
        [
            (f"{_short(label, 44)} : {value_text(value)}", CHART_COLOURS[i % len(CHART_COLOURS)])
            for i, (label, value) in enumerate(shown)
        ]
    )
    legend.x, legend.y = size + 30, height - 12
    legend.columnMaximum = max(len(shown), 1)
    drawing.add(legend)
    return drawing


def _legend(entries: Sequence[tuple[str, colors.Color]]) -> Legend:
    legend = Legend()
    legend.alignment = "right"
    legend.fontName = FONT
    legend.fontSize = 7.5
    legend.fillColor = INK
    legend.dxTextSpace = 4
    legend.colorNamePairs = [(colour, name) for name, colour in entries]
    legend.strokeColor = None
    legend.deltay = 12
    return legend


def _as_number(value: float) -> Decimal:
    """reportlab hands floats back; figures are shown from Decimals."""
    return Decimal(str(value))
