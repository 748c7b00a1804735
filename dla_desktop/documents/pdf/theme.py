"""The house style of every PDF: embedded DejaVu fonts, colours, paragraph styles, French formats.

User text is markup to reportlab's Paragraph (``<img src>`` would embed a local file,
``a<b`` raises): every string from the data goes through ``text()`` or ``paragraph()``,
which escape it first. Our own markup is added after escaping, never before.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from functools import cache
from importlib import resources
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph

from dla_desktop.domain.dates import format_date
from dla_desktop.domain.indicators import Rate
from dla_desktop.domain.money import format_decimal, format_money

FONT = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"

INK = colors.HexColor("#1F2933")  # body text
NAVY = colors.HexColor("#1F3A5F")  # titles, table headers
ACCENT = colors.HexColor("#2A7F62")  # figures, chart bars
MUTED = colors.HexColor("#6B7280")  # captions, header and footer
RULE = colors.HexColor("#C9D2DC")  # table grid
TINT = colors.HexColor("#EEF2F6")  # zebra rows, figure boxes
CHART_COLOURS = tuple(
    colors.HexColor(code)
    for code in ("#1F3A5F", "#2A7F62", "#C8963E", "#8E4A6B", "#4A7DB5", "#7A8B3C", "#B5574A")
)

MARGIN = 20 * mm
EMPTY = "—"  # what a blank cell shows


@cache
def register_fonts() -> str:
    """Embed DejaVu Sans (shipped in resources/fonts): €, « », œ and accents everywhere."""
    folder = resources.files("dla_desktop.resources") / "fonts"
    for name, file in (
        (FONT, "DejaVuSans.ttf"),
        (BOLD, "DejaVuSans-Bold.ttf"),
        (ITALIC, "DejaVuSans-Oblique.ttf"),
        (BOLD_ITALIC, "DejaVuSans-BoldOblique.ttf"),
    ):
        with resources.as_file(folder / file) as path:
            pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
    )
    return FONT


@cache
def styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles by name: title, subtitle, h1, h2, h3, body, small, cell..."""
    register_fonts()
    base = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=13.5, textColor=INK)

    def derive(name: str, **changes: object) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **changes)

    return {
        "body": base,
        "title": derive("title", fontName=BOLD, fontSize=22, leading=28, textColor=NAVY),
        "subtitle": derive("subtitle", fontSize=13, leading=18, textColor=MUTED),
        "h1": derive(
            "h1",
            fontName=BOLD,
            fontSize=15,
            leading=20,
            textColor=NAVY,
            spaceBefore=6,
            spaceAfter=8,
        ),
        # The contents page's own title: not an "h1", so not listed in the contents.
        "contents_title": derive(
            "contents_title", fontName=BOLD, fontSize=15, leading=20, textColor=NAVY, spaceAfter=8
        ),
        "h2": derive(
            "h2",
            fontName=BOLD,
            fontSize=11.5,
            leading=15,
            textColor=NAVY,
            spaceBefore=10,
            spaceAfter=4,
        ),
        "h3": derive("h3", fontName=BOLD, fontSize=9.5, leading=13, spaceBefore=6, spaceAfter=2),
        "small": derive("small", fontSize=8, leading=10.5, textColor=MUTED),
        # bulletFontName: reportlab draws bullets in Helvetica unless told.
        "bullet": derive(
            "bullet", leftIndent=12, bulletIndent=2, spaceAfter=2, bulletFontName=FONT
        ),
        "cell": derive("cell", fontSize=8.5, leading=11),
        "cell_right": derive("cell_right", fontSize=8.5, leading=11, alignment=TA_RIGHT),
        "cell_head": derive(
            "cell_head", fontName=BOLD, fontSize=8.5, leading=11, textColor=colors.white
        ),
        "cell_head_right": derive(
            "cell_head_right",
            fontName=BOLD,
            fontSize=8.5,
            leading=11,
            textColor=colors.white,
            alignment=TA_RIGHT,
        ),
        "figure": derive(
            "figure", fontName=BOLD, fontSize=16, leading=20, textColor=ACCENT, alignment=TA_CENTER
        ),
        "figure_label": derive(
            "figure_label", fontSize=8, leading=10, textColor=INK, alignment=TA_CENTER
        ),
    }


def text(value: object, blank: str = EMPTY) -> str:
    """Data made safe for Paragraph markup: escaped, line breaks kept, ``blank`` when empty."""
    raw = "" if value is None else str(value)
    if not raw.strip():
        return blank
    return escape(raw.strip()).replace("\r\n", "\n").replace("\n", "<br/>")


def paragraph(value: object, style: str = "body") -> Paragraph:
    """One paragraph of user text (escaped) in a named style."""
    return Paragraph(text(value), styles()[style])


def markup(trusted: str, style: str = "body") -> Paragraph:
    """A paragraph of our own markup: its data parts must already be ``text()``-escaped."""
    return Paragraph(trusted, styles()[style])


def paragraphs(value: str, style: str = "body") -> list[Paragraph]:
    """A free text split at its blank lines (or single lines) into paragraphs; none if blank."""
    chunks = [chunk.strip() for chunk in value.replace("\r\n", "\n").split("\n")]
    return [paragraph(chunk, style) for chunk in chunks if chunk]


BULLET_MARKS = "-–—•*·"  # what people type before list items


def list_items(value: str | Iterable[str]) -> list[str]:
    """The non-blank lines of a free text (or of a list), without the dashes typed before."""
    lines = value.replace("\r\n", "\n").split("\n") if isinstance(value, str) else value
    items = (line.strip().lstrip(BULLET_MARKS).strip() for line in lines)
    return [item for item in items if item]


def bullets(items: Iterable[str]) -> list[Paragraph]:
    """One bulleted paragraph per item (escaped)."""
    return [Paragraph(text(item), styles()["bullet"], bulletText="•") for item in items]


def money(amount: Decimal | None) -> str:
    """French money for documents: ``32 700 €`` when whole, ``1 557,14 €`` otherwise."""
    if amount is None:
        return EMPTY
    return format_money(amount, cents=amount != amount.to_integral_value())


def number(value: Decimal | int, places: int = 0) -> str:
    """A French number: ``1 500`` or ``12,5``; trailing zeros of decimals dropped."""
    if isinstance(value, int) or places == 0:
        return format_decimal(Decimal(value), 0)
    shown = format_decimal(Decimal(value), places)
    return shown.rstrip("0").rstrip(",") if "," in shown else shown


def day(value: date | None) -> str:
    """A date the French way (``12 mars 2026``), a dash when unknown."""
    return format_date(value) if value else EMPTY


def period(start: date | None, end: date | None, unknown: str = "") -> str:
    """``du 7 mars 2006 au 27 juin 2006``, or what is known of it (``unknown`` when nothing)."""
    if start and end:
        return f"du {day(start)} au {day(end)}"
    if start:
        return f"à partir du {day(start)}"
    if end:
        return f"jusqu'au {day(end)}"
    return unknown


def percent(rate: Rate | Decimal | None) -> str:
    """``83 %`` for a rate (a Rate or a ratio), a dash when there is nothing to divide."""
    ratio = rate.ratio if isinstance(rate, Rate) else rate
    if ratio is None:
        return EMPTY
    return f"{format_decimal(ratio * 100, 0)}\u00a0%"


def figure(value: Decimal | int | float) -> str:
    """A chart's value label: ``14``, ``2,5`` (at most two decimals, French comma)."""
    return number(Decimal(str(value)), 2)


def out_of(rate: Rate) -> str:
    """``1 sur 6``: how funders read a small rate."""
    return f"{number(rate.count)} sur {number(rate.total)}"
