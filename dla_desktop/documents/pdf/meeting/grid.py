"""The master grid the organisers keep: rounds down, tables across, who sits where."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table, TableStyle

from dla_desktop.documents.pdf.layout import CONTENT_WIDTH, data_table
from dla_desktop.documents.pdf.meeting.kinds import MaterialKind, document_info
from dla_desktop.documents.pdf.meeting.seats import (
    ABSENT,
    GREY,
    NO_ROUND,
    PAUSE,
    break_before,
    break_text,
    caption,
    clock,
    missing_pairs,
    real_associations,
)
from dla_desktop.documents.pdf.meeting.template import build
from dla_desktop.documents.pdf.theme import (
    BOLD,
    FONT,
    INK,
    MARGIN,
    MUTED,
    NAVY,
    RULE,
    TINT,
    markup,
    paragraph,
    styles,
    text,
)
from dla_desktop.domain.meeting_views import MeetingPlan
from dla_desktop.domain.text import plural

GRID_NAME_LIMIT = 60  # characters of a name in a grid cell; the list prints it whole
ROUND_COLUMN = 17 * mm  # the number over its start time
GRID_SIZE, GRID_LEADING = 7.2, 8.6  # the grid's type: ten tables across a landscape page
PAUSE_COLUMN = 38 * mm
MIN_TABLE_COLUMN = 22 * mm  # ten tables on a landscape page: the usual meeting on one sheet
PORTRAIT_GRID_COLUMNS = 4  # beyond, the grid turns landscape
VACANT_CELL = "—"  # a table left empty: nobody sits there, its number stays


def write_grid(plan: MeetingPlan, destination: Path, deterministic: bool) -> Path:
    """Rounds down, tables across; wide meetings split into pages of a few tables each."""
    paused = _company_pauses(plan)
    columns = len(plan.associations) + (1 if paused else 0)
    size = landscape(A4) if columns > PORTRAIT_GRID_COLUMNS else A4
    width = size[0] - 2 * MARGIN
    story: list[Flowable] = [
        Paragraph(f"Grille générale — {text(plan.title)}", _styles()["grid_title"]),
        markup(f"{text(caption(plan))}. {_grid_legend(plan)}", "small"),
        Spacer(1, 2 * mm),
    ]
    chunks = _table_chunks(len(plan.associations), width, bool(paused))
    if not plan.schedule.rounds:
        chunks, story = [], [*story, paragraph(NO_ROUND)]
    for index, tables in enumerate(chunks):
        last = index == len(chunks) - 1
        if index:
            story.append(PageBreak())
        if len(chunks) > 1:
            story.append(markup(f"Tables {tables[0]} à {tables[-1]}", "h2"))
        story.append(_grid_table(plan, tables, paused if last and paused else None, width))
    story += _missing_section(plan, width)
    return build(
        destination,
        story,
        document_info(plan, MaterialKind.GRID),
        size,
        deterministic=deterministic,
    )


def _grid_legend(plan: MeetingPlan) -> str:
    """How many of each and what a cell means, in one line above the first table."""
    rounds = len(plan.schedule.rounds)
    return text(
        f"{plural(len(real_associations(plan)), 'association', 'associations')}, "
        f"{plural(len(plan.companies), 'entreprise', 'entreprises')}, "
        f"{plural(rounds, 'rotation', 'rotations')} de {plan.slot_minutes} min. "
        "Chaque case : l'entreprise assise à la table."
    )


def _company_pauses(plan: MeetingPlan) -> dict[int, list[str]]:
    """Round index -> names of the companies there with nobody to meet (empty when none)."""
    companies = {c.party_id: c.name for c in plan.companies}
    found = {
        index: [companies[pid] for pid in round_.pauses if pid in companies]
        for index, round_ in enumerate(plan.schedule.rounds)
    }
    return {index: names for index, names in found.items() if names}


def _table_chunks(count: int, width: float, paused: bool) -> list[list[int]]:
    """Table numbers per page, balanced: 12 tables beside a pause column give 6 and 6."""
    room = width - ROUND_COLUMN - (PAUSE_COLUMN if paused else 0)
    per_page = max(1, int(room // MIN_TABLE_COLUMN))
    pages = -(-count // per_page)
    base, extra = divmod(count, pages)
    chunks, start = [], 1
    for page in range(pages):
        size = base + (1 if page < extra else 0)
        chunks.append(list(range(start, start + size)))
        start += size
    return chunks


def _grid_table(
    plan: MeetingPlan, tables: list[int], paused: dict[int, list[str]] | None, width: float
) -> Table:
    """One page-wide block of the grid: a row per round, a column per table."""
    style = _styles()
    head: list[Any] = [Paragraph("Rotation", style["grid_head"])]
    for number in tables:
        association = plan.associations[number - 1]
        if association.is_vacant:  # the column stays, so the tables after keep their place
            head.append(Paragraph(f"Table {number} — libre", style["grid_head"]))
            continue
        name = text(_short(association.name))
        head.append(
            Paragraph(f"Table {number}<br/><font name='{FONT}'>{name}</font>", style["grid_head"])
        )
    if paused is not None:
        head.append(Paragraph("Entreprises en pause", style["grid_head"]))
    rows: list[list[Any]] = [head]
    commands: list[tuple[Any, ...]] = []
    column = (width - ROUND_COLUMN - (PAUSE_COLUMN if paused is not None else 0)) / len(tables)
    cells = _grid_cells(plan, tables, column)
    for index, round_cells in enumerate(cells):
        number = index + 1
        if break_before(plan, number):
            rows.append([Paragraph(text(break_text(plan, number)), style["grid_break"])])
            rows[-1] += [""] * (len(head) - 1)
            row = len(rows) - 1
            commands += [("SPAN", (0, row), (-1, row)), ("BACKGROUND", (0, row), (-1, row), TINT)]
        line = [_round_cell(plan, number), *round_cells]
        if paused is not None:
            names = paused.get(index, [])
            line.append(
                Paragraph(text(", ".join(_short(n) for n in names), blank=""), style["grid"])
            )
        rows.append(line)
        if number <= plan.schedule.played:
            commands.append(("TEXTCOLOR", (0, len(rows) - 1), (-1, len(rows) - 1), MUTED))
    widths = [ROUND_COLUMN, *[column] * len(tables)]
    if paused is not None:
        widths.append(PAUSE_COLUMN)
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([*_GRID_STYLE, *commands]))
    return table


_GRID_STYLE: list[tuple[Any, ...]] = [
    ("FONT", (0, 1), (-1, -1), FONT, GRID_SIZE, GRID_LEADING),
    ("TEXTCOLOR", (0, 1), (-1, -1), INK),
    ("BACKGROUND", (0, 0), (-1, 0), NAVY),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("GRID", (0, 0), (-1, -1), 0.4, RULE),
    ("TOPPADDING", (0, 0), (-1, -1), 2),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ("LEFTPADDING", (0, 0), (-1, -1), 3),
    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
]


def _grid_cells(plan: MeetingPlan, tables: list[int], column: float) -> list[list[Any]]:
    """Per round, what each table of the block shows: the company, « Pause » or an absence.

    A table left empty shows a dash in every round.
    """
    wanted = set(tables)
    names = {c.party_id: _short(c.name) for c in plan.companies}
    pause_cell = Paragraph(f"<i>{PAUSE}</i>", _styles()["grid"])
    absent_cell = Paragraph(f"<font color='{GREY}'>{ABSENT}</font>", _styles()["grid"])
    vacant_cell = Paragraph(f"<font color='{GREY}'>{VACANT_CELL}</font>", _styles()["grid"])
    empty = {t: vacant_cell for t in tables if plan.associations[t - 1].is_vacant}
    by_round: list[list[Any]] = []
    for round_ in plan.schedule.rounds:
        shown: dict[int, Any] = {t: absent_cell for t in tables} | empty
        pausing = set(round_.pauses)
        for number in tables:
            if plan.associations[number - 1].party_id in pausing:
                shown[number] = pause_cell
        for slot in round_.slots:
            if slot.table in wanted:
                shown[slot.table] = _grid_text(names[slot.company], column)
        by_round.append([shown[t] for t in tables])
    return by_round


def _grid_text(name: str, column: float) -> Any:
    """A plain string when the name is short (drawn as is: fast, never markup), else wrapped."""
    if stringWidth(name, FONT, GRID_SIZE) <= column - 6:
        return name
    return Paragraph(text(name), _styles()["grid"])


def _round_cell(plan: MeetingPlan, number: int) -> Paragraph:
    """``1`` over its start time (the bell); « jouée » once held (a re-planned meeting)."""
    shown = f"<b>{number}</b>"
    if number <= len(plan.times):
        shown += f"<br/>{text(clock(plan.times[number - 1].start))}"
    if number <= plan.schedule.played:
        shown += "<br/><i>jouée</i>"
    return Paragraph(shown, _styles()["grid"])


def _missing_section(plan: MeetingPlan, width: float) -> list[Flowable]:
    """The pairs that will not meet, with the French reason, after the grid."""
    missing = missing_pairs(plan)
    if not missing:
        return []
    rows = [(plan.name_of(m.association), plan.name_of(m.company), m.label) for m in missing]
    scale = width / CONTENT_WIDTH  # data_table's widths are shares of a portrait page
    return [
        Spacer(1, 6 * mm),
        markup(f"Rencontres qui n'auront pas lieu ({len(missing)})", "h2"),
        data_table(
            ("Association", "Entreprise", "Raison"), rows, [s * scale for s in (0.36, 0.34, 0.30)]
        ),
    ]


def _short(name: str, limit: int = GRID_NAME_LIMIT) -> str:
    """A name cut with an ellipsis to keep a grid cell at two or three lines."""
    name = " ".join(name.split())
    return name if len(name) <= limit else name[: limit - 1].rstrip() + "…"


@cache
def _styles() -> dict[str, ParagraphStyle]:
    """The grid's own sizes: small cells, ten tables across a landscape page."""
    cell = styles()["cell"]
    return {
        "grid": ParagraphStyle("grid", parent=cell, fontSize=GRID_SIZE, leading=GRID_LEADING),
        "grid_head": ParagraphStyle(
            "grid_head",
            parent=cell,
            fontName=BOLD,
            fontSize=GRID_SIZE,
            leading=GRID_LEADING,
            textColor=colors.white,
        ),
        "grid_break": ParagraphStyle(
            "grid_break",
            parent=cell,
            fontSize=GRID_SIZE,
            leading=GRID_LEADING,
            textColor=NAVY,
            alignment=TA_CENTER,
        ),
        "grid_title": ParagraphStyle("grid_title", parent=styles()["h1"], spaceBefore=0),
    }
