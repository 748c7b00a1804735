"""A folding card per table: « Table N » and the association's name, readable both ways."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, PageBreak

from dla_desktop.documents.pdf.meeting.kinds import MaterialKind, document_info
from dla_desktop.documents.pdf.meeting.seats import tables
from dla_desktop.documents.pdf.meeting.template import build
from dla_desktop.documents.pdf.theme import BOLD, FONT, INK, MUTED, NAVY
from dla_desktop.domain.meeting_views import MeetingPlan


def write_cards(plan: MeetingPlan, destination: Path, deterministic: bool) -> Path:
    """One card per table someone holds, in table order (an empty table needs none)."""
    story: list[Flowable] = []
    for number, association in tables(plan):
        if story:
            story.append(PageBreak())
        story.append(_TableCard(number, association.name))
    return build(
        destination,
        story,
        document_info(plan, MaterialKind.CARDS),
        landscape(A4),
        deterministic=deterministic,
        bare=True,
    )


class _TableCard(Flowable):
    """A whole A4 landscape page folded in two: « Table N » and the association, both ways."""

    def __init__(self, table: int, name: str) -> None:
        super().__init__()
        self.table, self.name = table, " ".join(name.split())
        self.outline_title = f"Table {table} — {self.name}"  # the template bookmarks it

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width, self.height = available_width, available_height
        return available_width, available_height

    def draw(self) -> None:
        canvas, half = self.canv, self.height / 2
        self._fold(canvas, half)
        self._face(canvas, half)  # the bottom half faces one side once folded...
        canvas.saveState()
        canvas.translate(self.width, self.height)
        canvas.rotate(180)  # ...the top half, upside down on the flat sheet, faces the other
        self._face(canvas, half)
        canvas.restoreState()

    def _fold(self, canvas: Canvas, half: float) -> None:
        canvas.saveState()
        canvas.setStrokeColor(MUTED)
        canvas.setLineWidth(0.5)
        canvas.setDash(4, 3)
        canvas.line(8 * mm, half, self.width - 8 * mm, half)
        canvas.setFont(FONT, 7)
        canvas.setFillColor(MUTED)
        canvas.drawString(8 * mm, half + 1.5 * mm, "Plier ici")
        canvas.restoreState()

    def _face(self, canvas: Canvas, half: float) -> None:
        """« Table N » large, the association's name under it (shrunk to fit, 3 lines at most)."""
        centre = self.width / 2
        canvas.setFillColor(NAVY)
        canvas.setFont(BOLD, 64)
        canvas.drawCentredString(centre, half - 38 * mm, f"Table {self.table}")
        size, lines = _fit(self.name, self.width - 40 * mm)
        canvas.setFillColor(INK)
        canvas.setFont(BOLD, size)
        top = half - 38 * mm - 14 * mm - size
        for index, line in enumerate(lines):
            canvas.drawCentredString(centre, top - index * size * 1.2, line)


def _fit(name: str, width: float) -> tuple[float, list[str]]:
    """The largest size (32 pt down to 12) at which the name takes three lines at most."""
    size = 32.0
    while True:
        lines = simpleSplit(name, BOLD, size, width)
        if len(lines) <= 3 or size <= 12:
            return size, lines[:3]
        size -= 2
