"""The feuille d'émargement of one session: what funders (the FSE first) ask to see signed.

Printed before the session and signed by hand, so it is drawn for paper: black grid on
white, rows tall enough to sign, blank lines for whoever was not expected, and nothing
that needs colour to be read. A long list continues on the next pages under the same
column header.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal
from functools import cache
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from dla_desktop.documents.pdf.layout import (
    CONTENT_WIDTH,
    DocumentInfo,
    label_value_grid,
    write_pdf,
)
from dla_desktop.documents.pdf.theme import (
    BOLD,
    INK,
    RULE,
    TINT,
    day,
    markup,
    paragraph,
    styles,
    text,
)
from dla_desktop.domain.documents import SigningLine, SigningSheet
from dla_desktop.domain.enums import SessionKind
from dla_desktop.domain.text import folded

GRID = colors.HexColor("#4B5563")  # dark enough to survive a photocopy
SIGNING_ROOM = 11 * mm  # height left to sign in each row
BLANK_LINES_WHEN_NONE_EXPECTED = 12  # a steering committee: names written by hand
EXTRA_BLANK_LINES = 3  # for someone who came without being expected
KEPT_WITH_CLOSING = 2  # rows that move to the next page with the consultant's box
LOGO_ROOM = 13 * mm
FUNDERS_PER_ROW = 4
FSE_MENTION = "Cette action est cofinancée par le Fonds social européen (FSE)."


def write_signing_sheet(
    sheet: SigningSheet, destination: Path, *, deterministic: bool = False
) -> Path:
    """Write the session's attendance sheet to ``destination`` (replaced atomically)."""
    return write_pdf(Path(destination), _story(sheet), _info(sheet), deterministic=deterministic)


def _info(sheet: SigningSheet) -> DocumentInfo:
    """Metadata, and a running header naming the session on every following page."""
    seance = sheet.session
    what = f"{seance.kind.label} du {day(seance.date)}"
    authors = ", ".join(office.name for office in sheet.offices if office.name.strip())
    return DocumentInfo(
        title=f"Feuille d'émargement — {_session_title(sheet)} — {day(seance.date)}",
        subject=f"Feuille d'émargement : {sheet.programme_title}",
        author=authors or "DLA Desktop",
        keywords=("feuille d'émargement", seance.kind.label, sheet.programme_title),
        running_header=f"Feuille d'émargement — {what} — {sheet.programme_title}",
    )


def _session_title(sheet: SigningSheet) -> str:
    return sheet.session.title.strip() or sheet.session.kind.label


def _story(sheet: SigningSheet) -> list[Flowable]:
    """Title, what the session is, funders, the table to sign, the consultant's box."""
    return [
        markup("Feuille d'émargement", "title"),
        paragraph(_session_title(sheet), "subtitle"),
        Spacer(1, 4 * mm),
        _identity(sheet),
        Spacer(1, 4 * mm),
        *_funders(sheet.funders),
        Spacer(1, 4 * mm),
        _signing_table(sheet),
    ]


# --- what the session is -----------------------------------------------------------------


def _identity(sheet: SigningSheet) -> Table:
    """The session's card, two facts per line; lines that do not apply are left out."""
    seance = sheet.session
    lines: list[list[tuple[str, str]]] = [[("Programme", sheet.programme_title)]]
    if sheet.volet_name.strip() or sheet.subgroup_name.strip():
        lines.append(
            [
                (label, value)
                for label, value in (
                    ("Volet", sheet.volet_name),
                    ("Sous-groupe", sheet.subgroup_name),
                )
                if value.strip()
            ]
        )
    lines.append([("Séance", seance.kind.label), ("Date", day(seance.date))])
    lines.append([("Lieu", seance.place), ("Durée", hours(seance.duration_hours))])
    if sheet.cabinet_name.strip():
        lines.append([("Cabinet", sheet.cabinet_name)])
    return _card(lines)


def _card(lines: Sequence[Sequence[tuple[str, str]]]) -> Table:
    """The house label/value grid, boxed and ruled in dark grey so a photocopy keeps it."""
    table = label_value_grid(lines, widths=(0.18, 0.37, 0.17, 0.28))
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.6, GRID),
                ("LINEBELOW", (0, 0), (-1, -2), 0.3, GRID),
            ]
        )
    )
    return table


def hours(duration: Decimal) -> str:
    """``3 h 30`` for 3.5 hours, ``7 h``, ``45 min``; a dash when unknown."""
    minutes = int((duration * 60).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    if minutes <= 0:
        return "—"
    whole, rest = divmod(minutes, 60)
    if not whole:
        return f"{rest} min"
    return f"{whole} h {rest:02d}" if rest else f"{whole} h"


# --- funders -----------------------------------------------------------------------------


def _funders(funders: Sequence[str]) -> list[Flowable]:
    """A framed band, one box per funder with room for its logo, and the FSE mention."""
    names = [name.strip() for name in funders if name.strip()]
    if not names:
        return []
    per_row = min(len(names), FUNDERS_PER_ROW)
    caption = _caption_style()
    cells = [[Spacer(1, LOGO_ROOM), Paragraph(text(name), caption)] for name in names]
    cells += [""] * (-len(cells) % per_row)
    rows = [cells[i : i + per_row] for i in range(0, len(cells), per_row)]
    band = Table(
        [[markup("Financeurs", "h3")] + [""] * (per_row - 1), *rows],
        colWidths=[CONTENT_WIDTH / per_row] * per_row,
    )
    band.setStyle(
        TableStyle(
            [
                ("SPAN", (0, 0), (-1, 0)),
                ("BOX", (0, 0), (-1, -1), 0.6, GRID),
                ("LINEBEFORE", (1, 1), (-1, -1), 0.3, RULE),  # one room per logo
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    band_and_mention: list[Flowable] = [band]
    if any(is_fse(name) for name in names):
        band_and_mention += [Spacer(1, 1.5 * mm), markup(f"<i>{FSE_MENTION}</i>", "body")]
    return [KeepTogether(band_and_mention)]


def is_fse(name: str) -> bool:
    """Whether a funder's name is the European Social Fund (its logo and mention are due)."""
    plain = folded(name)
    words = "".join(c if c.isalnum() else " " for c in plain).split()
    return "fonds social europeen" in " ".join(words) or "fse" in words or "fse+" in plain


# --- the table to sign -------------------------------------------------------------------


def _signing_table(sheet: SigningSheet) -> Table:
    """One row per expected association, then blank rows; the header repeats on each page."""
    full_day = sheet.session.kind is SessionKind.JOURNEE
    header = ["Association", "Commune", "Nom et prénom du ou des représentants"]
    header += ["Signature matin", "Signature après-midi"] if full_day else ["Signature"]
    widths = [0.25, 0.13, 0.24, 0.19, 0.19] if full_day else [0.29, 0.15, 0.28, 0.28]
    signatures = len(header) - 3
    head_style = _head_style()
    rows: list[list[Any]] = [[Paragraph(text(title), head_style) for title in header]]
    rows += [_expected_row(line, signatures) for line in sheet.expected]
    blank = EXTRA_BLANK_LINES if sheet.expected else BLANK_LINES_WHEN_NONE_EXPECTED
    rows += [_blank_row(signatures) for _ in range(blank)]
    # The consultant's box is the table's last row, so it never lands alone on a page:
    # NOSPLIT keeps it with the rows above it, and the header repeats above them.
    rows.append([_closing(sheet)] + [""] * (len(header) - 1))
    table = Table(rows, colWidths=[CONTENT_WIDTH * share for share in widths], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -2), 0.5, GRID),
                ("BACKGROUND", (0, 0), (-1, 0), TINT),
                ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
                ("VALIGN", (0, 1), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("SPAN", (0, -1), (-1, -1)),
                ("TOPPADDING", (0, -1), (-1, -1), 6 * mm),
                ("LEFTPADDING", (0, -1), (-1, -1), 0),
                ("RIGHTPADDING", (0, -1), (-1, -1), 0),
                ("NOSPLIT", (0, -1 - KEPT_WITH_CLOSING), (-1, -1)),
            ]
        )
    )
    return table


def _expected_row(line: SigningLine, signatures: int) -> list[Any]:
    """An expected association: its names pre-filled when recorded, else left to write."""
    cell = _cell_style()
    return [
        Paragraph(text(line.association), cell),
        Paragraph(text(line.town, blank=""), cell),
        Paragraph(text(line.attendees, blank=""), cell),
        *[Spacer(1, SIGNING_ROOM) for _ in range(signatures)],
    ]


def _blank_row(signatures: int) -> list[Any]:
    return ["", "", "", *[Spacer(1, SIGNING_ROOM) for _ in range(signatures)]]


@cache
def _cell_style() -> ParagraphStyle:
    """The house cell style, allowed to break "Marcq-en-Barœul" after a hyphen, not mid-word."""
    return ParagraphStyle("signing_cell", parent=styles()["cell"], embeddedHyphenation=2)


@cache
def _caption_style() -> ParagraphStyle:
    """A funder's name centred under the room left for its logo."""
    return ParagraphStyle(
        "signing_caption", parent=styles()["small"], textColor=INK, alignment=TA_CENTER
    )


@cache
def _head_style() -> ParagraphStyle:
    """Dark bold text on a light tint: the header stays readable in black and white."""
    return ParagraphStyle("signing_head", parent=styles()["cell"], fontName=BOLD, textColor=INK)


# --- the consultant's signature, the offices ---------------------------------------------


def _closing(sheet: SigningSheet) -> list[Flowable]:
    """How many came, the consultant's box, then the offices in small print."""
    cabinet = text(sheet.cabinet_name, blank="")
    who = f"<br/>{cabinet}" if cabinet else ""
    left = [
        markup("Nombre de structures présentes : ........", "body"),
        Spacer(1, 3 * mm),
        markup("Nombre de participants : ........", "body"),
    ]
    right = [
        markup(f"<b>Signature de l'intervenant</b>{who}", "body"),
        Spacer(1, 3 * mm),
        markup("Nom et prénom :", "small"),
        Spacer(1, 16 * mm),
    ]
    table = Table([[left, right]], colWidths=[CONTENT_WIDTH * 0.5, CONTENT_WIDTH * 0.5])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BOX", (1, 0), (1, 0), 0.6, GRID),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("LEFTPADDING", (1, 0), (1, 0), 8),
            ]
        )
    )
    return [table, *_issued(sheet)]


def _issued(sheet: SigningSheet) -> list[Flowable]:
    """The organising offices and the date the sheet was printed, in small print."""
    offices = [office.name.strip() for office in sheet.offices if office.name.strip()]
    issued = f"Feuille éditée le {text(day(sheet.issued_on))}."
    if offices:
        names = " et ".join(
            [", ".join(text(name) for name in offices[:-1]), text(offices[-1])]
            if len(offices) > 1
            else [text(offices[0])]
        )
        issued = f"Organisé par {names}. {issued}"
    return [Spacer(1, 4 * mm), markup(issued, "small")]
