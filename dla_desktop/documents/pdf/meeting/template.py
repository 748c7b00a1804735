"""The material's page template: any page size, a header and a page count per participant.

``layout.write_pdf`` is A4 portrait with one running header: the list and the rules use it
as it is. The grid may need landscape, the agendas a header and a page count per
participant, the cards full pages without margins; ``MeetingTemplate`` gives them that on
layout's own canvas, header, atomic write and deterministic mode.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from dla_desktop.documents.pdf.layout import (
    DocumentInfo,
    OutlinedTemplate,
    PagedCanvas,
    running_header,
    write_atomically,
)
from dla_desktop.documents.pdf.theme import MARGIN, register_fonts


class Mark(Flowable):
    """Invisible: tells the template whose pages follow (running header, page count)."""

    def __init__(self, header: str, group: str | None) -> None:
        super().__init__()
        self.header, self.group = header, group

    def wrap(self, *_: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        return None


class _BareCanvas(PagedCanvas):
    """Table cards: nothing but the card on the page."""

    numbered = False


class MeetingTemplate(OutlinedTemplate):
    """One page size for the whole document; headings and cards become bookmarks.

    A flowable with an ``outline_title`` (a table card) is bookmarked under it.
    """

    BOOKMARK_PREFIX = "mark"
    OUTLINE = {"h1": 0, "h2": 1, "agenda_name": 0, "grid_title": 0}

    def __init__(
        self,
        filename: str,
        info: DocumentInfo,
        size: tuple[float, float],
        *,
        bare: bool,
        deterministic: bool,
    ) -> None:
        margin = 0 if bare else MARGIN
        super().__init__(filename, info, deterministic=deterministic, size=size, margin=margin)
        self._bare = bare
        self._header, self._group = info.running_header, None
        padding = {"leftPadding": 0, "rightPadding": 0, "topPadding": 0, "bottomPadding": 0}
        frame = Frame(
            margin, margin, size[0] - 2 * margin, size[1] - 2 * margin, id="body", **padding
        )
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPageEnd=self._furnish)])

    def _furnish(self, canvas: Canvas, _document: BaseDocTemplate) -> None:
        """Header drawn at the end of the page, once its marks told whose page it is."""
        canvas.page_group = self._group
        if not self._bare:
            running_header(canvas, self.pagesize, self._header, self.info.author)

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 (reportlab's name)
        """Marks set the header; headings and cards become bookmarks."""
        if isinstance(flowable, Mark):
            self._header, self._group = flowable.header, flowable.group
            return
        if isinstance(flowable, Paragraph) and flowable.style.name in self.OUTLINE:
            title = " ".join(flowable.getPlainText().split())
            self.bookmark(title, self.OUTLINE[flowable.style.name])
        elif isinstance(title := getattr(flowable, "outline_title", None), str):
            self.bookmark(title, 0)


def build(
    destination: Path,
    story: Sequence[Flowable],
    info: DocumentInfo,
    size: tuple[float, float],
    *,
    deterministic: bool,
    bare: bool = False,
) -> Path:
    """Lay the story out on ``size`` pages into ``destination``, replaced atomically."""
    register_fonts()

    def lay_out(temporary: str) -> None:
        document = MeetingTemplate(temporary, info, size, bare=bare, deterministic=deterministic)
        document.build(list(story), canvasmaker=_BareCanvas if bare else PagedCanvas)

    return write_atomically(destination, lay_out)
