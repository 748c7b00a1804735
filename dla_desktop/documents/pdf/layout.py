"""Page furniture and building blocks shared by every PDF, and the one way to write a file.

``write_pdf`` gives each document: A4 pages with a running header and "page 3 / 12" in the
footer, PDF metadata, an outline (bookmarks) and a table of contents for its h1/h2 headings,
a deterministic mode (fixed dates and id: the same data gives the same bytes), and an
atomic write (a temporary file renamed over the destination: never half a PDF).
Documents with other pages (the meeting material) build on the same pieces:
``PagedCanvas``, ``OutlinedTemplate``, ``running_header`` and ``write_atomically``.
"""

from __future__ import annotations

import os
import tempfile
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents

from dla_desktop.documents.pdf.theme import (
    BOLD,
    EMPTY,
    FONT,
    INK,
    MARGIN,
    MUTED,
    NAVY,
    RULE,
    TINT,
    markup,
    paragraph,
    register_fonts,
    styles,
    text,
)

PAGE_WIDTH, PAGE_HEIGHT = A4
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
HEADINGS = {"h1": 0, "h2": 1}  # style name -> outline and contents level
CELL_FONT_SIZE, CELL_LEADING = 8.5, 11  # as theme's "cell" style
CELL_PADDING = 6  # reportlab's default left and right padding of a table cell


@dataclass(frozen=True, kw_only=True)
class DocumentInfo:
    """What a PDF says about itself (File > Properties) and prints at the top of its pages."""

    title: str
    subject: str
    author: str  # the issuing office, or "DLA Desktop"
    keywords: tuple[str, ...] = ()
    running_header: str = ""  # left of every page's header (the cover has none)
    contents: bool = False  # a table of contents after the cover
    cover: Sequence[Flowable] = field(default_factory=tuple)  # first page, no header


class PagedCanvas(Canvas):
    """Defers each page so its footer can say "page 3 / 12" once the count is known.

    Bookmarks wait with their page: reportlab points a bookmark at the page the document
    has reached, which stays the first one while pages wait here (every outline entry
    would open page 1). A template may set ``page_group`` before each page ends (whose
    agenda it is): pages are then counted within their group, "page 2 / 3".
    """

    numbered = True  # False: nothing but the content on the page (a folding card)
    number_first_page = True  # False: the first page is a cover, unnumbered

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        self._bookmarks: list[tuple[str, dict[str, Any]]] = []
        self.page_group: str | None = None

    def bookmarkPage(self, key: str, **options: Any) -> None:  # noqa: N802 (reportlab's name)
        self._bookmarks.append((key, options))

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._pages.append(dict(self.__dict__))  # its drawing, size, group and bookmarks
        self._bookmarks = []
        self._startPage()

    def save(self) -> None:
        totals = Counter(state["page_group"] for state in self._pages)
        seen: Counter[str | None] = Counter()
        for state in self._pages:
            self.__dict__.update(state)
            for key, options in self._bookmarks:
                Canvas.bookmarkPage(self, key, **options)
            seen[self.page_group] += 1
            self._number(seen[self.page_group], totals[self.page_group])
            Canvas.showPage(self)
        Canvas.save(self)

    def _number(self, number: int, total: int) -> None:
        """The footer, right-aligned on the page's own width (landscape pages too)."""
        if not self.numbered or (number == 1 and total > 1 and not self.number_first_page):
            return
        self.setFont(FONT, 7.5)
        self.setFillColor(MUTED)
        where = f"page {number} / {total}"
        self.drawRightString(self._pagesize[0] - MARGIN, MARGIN - 9 * mm, where)


class _CoverCanvas(PagedCanvas):
    """The cover says nothing; the pages after it say "page 2 / 12"."""

    number_first_page = False


class OutlinedTemplate(BaseDocTemplate):
    """Margins and metadata from a DocumentInfo; bookmarks in an outline that skips no level."""

    BOOKMARK_PREFIX = "heading"  # bookmark keys: heading-1, heading-2...

    def __init__(
        self,
        filename: str,
        info: DocumentInfo,
        *,
        deterministic: bool,
        size: tuple[float, float] = A4,
        margin: float = MARGIN,
    ) -> None:
        super().__init__(
            filename,
            pagesize=size,
            leftMargin=margin,
            rightMargin=margin,
            topMargin=margin,
            bottomMargin=margin,
            title=info.title,
            subject=info.subject,
            author=info.author,
            creator="DLA Desktop",
            producer="DLA Desktop (reportlab)",
            keywords=list(info.keywords),
            lang="fr-FR",
            invariant=1 if deterministic else 0,
            displayDocTitle=1,
        )
        self.info = info
        self._bookmark_count = 0
        self._outline_level = -1  # the outline cannot skip a level (h2 first would raise)

    def beforeDocument(self) -> None:  # noqa: N802 (reportlab's name)
        self._bookmark_count = 0  # multiBuild runs several passes: same keys each time
        self._outline_level = -1

    def bookmark(self, title: str, level: int) -> tuple[str, int]:
        """Bookmark the current page under ``title``; returns the key and the level given."""
        level = min(level, self._outline_level + 1)  # an h2 with no h1 above: an h1 then
        self._outline_level = level
        self._bookmark_count += 1
        key = f"{self.BOOKMARK_PREFIX}-{self._bookmark_count}"
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(title, key, level=level, closed=level > 0)
        return key, level


class _Template(OutlinedTemplate):
    """A4 portrait with a cover template and a body template; h1/h2 feed outline and contents."""

    def __init__(self, filename: str, info: DocumentInfo, deterministic: bool) -> None:
        super().__init__(filename, info, deterministic=deterministic)
        frame = Frame(MARGIN, MARGIN, CONTENT_WIDTH, PAGE_HEIGHT - 2 * MARGIN, id="body")
        self.addPageTemplates(
            [
                PageTemplate(id="cover", frames=[frame]),
                PageTemplate(id="body", frames=[frame], onPage=self._furnish),
            ]
        )

    def _furnish(self, canvas: Canvas, _document: BaseDocTemplate) -> None:
        running_header(canvas, A4, self.info.running_header, self.info.author)

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 (reportlab's name)
        """Headings become bookmarks and table-of-contents entries."""
        if not isinstance(flowable, Paragraph):
            return
        level = HEADINGS.get(flowable.style.name)
        if level is None:
            return
        title = flowable.getPlainText()
        key, level = self.bookmark(title, level)
        self.notify("TOCEntry", (level, text(title), self.page, key))  # the TOC reads markup


def running_header(canvas: Canvas, size: tuple[float, float], left: str, right: str) -> None:
    """The header of every page but a cover: document on the left, author on the right."""
    width, height = size
    room = width - 2 * MARGIN
    canvas.saveState()
    canvas.setFont(FONT, 7.5)
    canvas.setFillColor(MUTED)
    top = height - MARGIN + 6 * mm
    canvas.drawString(MARGIN, top, _clip(left, room * 0.62))
    canvas.drawRightString(width - MARGIN, top, _clip(right, room * 0.35))
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN, top - 2 * mm, width - MARGIN, top - 2 * mm)
    canvas.restoreState()


def _clip(value: str, room: float) -> str:
    """A header text cut with an ellipsis to fit ``room`` points."""
    if stringWidth(value, FONT, 7.5) <= room:
        return value
    while value and stringWidth(value + "…", FONT, 7.5) > room:
        value = value[:-1]
    return value.rstrip() + "…"


def contents_table() -> TableOfContents:
    """The table of contents flowable, in the house style."""
    toc = TableOfContents(dotsMinLevel=0)
    body = styles()["body"]
    toc.levelStyles = [
        ParagraphStyle("toc1", parent=body, fontName=BOLD, fontSize=10, leftIndent=0, leading=16),
        ParagraphStyle("toc2", parent=body, fontSize=9, leftIndent=14, leading=13),
    ]
    return toc


def write_pdf(
    destination: Path,
    story: Sequence[Flowable],
    info: DocumentInfo,
    *,
    deterministic: bool = False,
) -> Path:
    """Lay the story out into ``destination``, replacing it atomically; returns the path.

    The cover (if any) comes first, then the table of contents (if asked), then the story.
    Raises OSError when the folder cannot be written (the caller says it in French).
    """
    register_fonts()
    flowables: list[Flowable] = [NextPageTemplate("body")]
    if info.cover:
        flowables = [*info.cover, NextPageTemplate("body"), PageBreak()]
    if info.contents:
        flowables += [markup("Sommaire", "contents_title"), contents_table(), PageBreak()]
    flowables += list(story)

    def build(temporary: str) -> None:
        document = _Template(temporary, info, deterministic)
        builder: Callable[..., Any] = document.multiBuild if info.contents else document.build
        builder(flowables, canvasmaker=_CoverCanvas if info.cover else PagedCanvas)

    return write_atomically(Path(destination), build)


def write_atomically(destination: Path, build: Callable[[str], object]) -> Path:
    """``build(path)`` writes a temporary file beside ``destination``, renamed over it after.

    Never half a PDF: on any error the temporary file goes and the old file stays.
    """
    handle, temporary = tempfile.mkstemp(
        prefix=f".{destination.stem}.", suffix=".tmp", dir=destination.parent
    )
    os.close(handle)
    try:
        build(temporary)
        os.replace(temporary, destination)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return destination


# --- building blocks ---------------------------------------------------------------------


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    *,
    right: Sequence[int] = (),
    total: Sequence[object] | None = None,
) -> Table:
    """A table that splits across pages and repeats its header; cells are escaped text.

    ``widths`` are shares of the content width (they should add up to 1); ``right`` lists
    the columns of figures, aligned right; ``total`` is an optional bold last row (its
    blank cells stay blank: a dash under "Secteur" in a total row reads as a value).
    """
    right_columns = set(right)
    column_widths = [CONTENT_WIDTH * w for w in widths]

    def cell(value: object, column: int, head: bool = False) -> Paragraph:
        name = "cell_head" if head else "cell"
        if column in right_columns:
            name += "_right"
        return paragraph(value, name)

    body: list[list[Any]] = [[cell(title, i, head=True) for i, title in enumerate(header)]]
    body += [
        [_body_cell(value, i, column_widths[i], cell) for i, value in enumerate(row)]
        for row in rows
    ]
    if total is not None:
        body.append(
            [
                markup(f"<b>{text(v, blank='')}</b>", _cell_style(i, right_columns))
                for i, v in enumerate(total)
            ]
        )
    table = Table(body, colWidths=column_widths, repeatRows=1)
    commands: list[tuple[Any, ...]] = [
        # Plain-string cells (see _body_cell) take the cell style's font from here.
        ("FONT", (0, 1), (-1, -1), FONT, CELL_FONT_SIZE, CELL_LEADING),
        ("TEXTCOLOR", (0, 1), (-1, -1), INK),
        *(("ALIGN", (c, 1), (c, -1), "RIGHT") for c in sorted(right_columns)),
        ("BACKGROUND", (0, 0), (-1, 0), NAVY),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, TINT]),
    ]
    if total is not None:
        commands += [
            ("LINEABOVE", (0, -1), (-1, -1), 1, NAVY),
            ("BACKGROUND", (0, -1), (-1, -1), colors.white),
        ]
    table.setStyle(TableStyle(commands))
    return table


def _body_cell(
    value: object, column: int, width: float, as_paragraph: Callable[[object, int], Paragraph]
) -> Any:
    """A plain string when the value fits on one line, else a wrapping Paragraph.

    A Paragraph costs reportlab a parse and a wrap per cell, twice over (the contents
    pass): plain strings made a 5,000-row table about 2.5 times faster. A plain string is
    drawn as it is, never read as markup, so it needs no escaping either.
    """
    raw = "" if value is None else str(value).strip()
    shown = raw or EMPTY
    if "\n" not in shown and _fits(shown, width - 2 * CELL_PADDING):
        return shown
    return as_paragraph(value, column)


def _fits(value: str, room: float) -> bool:
    return stringWidth(value, FONT, CELL_FONT_SIZE) <= room


def _cell_style(column: int, right_columns: set[int]) -> str:
    return "cell_right" if column in right_columns else "cell"


def key_figures(figures: Sequence[tuple[str, str]], per_row: int = 4) -> Table:
    """Boxes of big figures with their caption: ``[("21", "associations"), ...]``."""
    cells = [
        [markup(text(value), "figure"), paragraph(label, "figure_label")]
        for value, label in figures
    ]
    rows = [cells[i : i + per_row] for i in range(0, len(cells), per_row)]
    if rows and len(rows[-1]) < per_row:
        rows[-1] = rows[-1] + [""] * (per_row - len(rows[-1]))
    width = CONTENT_WIDTH / per_row
    table = Table(rows, colWidths=[width] * per_row)
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), TINT),
                ("BOX", (0, 0), (-1, -1), 0.6, RULE),
                ("INNERGRID", (0, 0), (-1, -1), 2, colors.white),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return table


# Identity cards (label_value_table, label_value_grid): a thin rule under each fact.
CARD_STYLE: list[tuple[Any, ...]] = [
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ("TOPPADDING", (0, 0), (-1, -1), 2),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
]


def label_value_table(pairs: Sequence[tuple[str, object]], label_share: float = 0.3) -> Table:
    """Two columns, captions in bold on the left: an identity card (association, session)."""
    rows = [[paragraph(label, "h3"), paragraph(value)] for label, value in pairs]
    widths = [CONTENT_WIDTH * label_share, CONTENT_WIDTH * (1 - label_share)]
    table = Table(rows, colWidths=widths)
    table.setStyle(TableStyle(CARD_STYLE))
    return table


def label_value_grid(
    lines: Sequence[Sequence[tuple[str, object]]],
    widths: Sequence[float] = (0.18, 0.37, 0.17, 0.28),
) -> Table:
    """Like label_value_table, two facts per line to save height; a lone fact spans its line.

    ``lines`` holds one or two (label, value) pairs each; ``widths`` are the four columns'
    shares of the content width (label, value, label, value).
    """
    rows: list[list[Any]] = []
    spans: list[tuple[Any, ...]] = []
    for index, pairs in enumerate(lines):
        row: list[Any] = []
        for label, value in pairs[:2]:
            row += [paragraph(label, "h3"), paragraph(value)]
        if len(row) < 4:
            row += [""] * (4 - len(row))
            spans.append(("SPAN", (1, index), (3, index)))
        rows.append(row)
    table = Table(rows, colWidths=[CONTENT_WIDTH * share for share in widths])
    table.setStyle(TableStyle([*CARD_STYLE, *spans]))
    return table
