"""One agenda per participant: their table or their moves, whom they meet, round by round."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table, TableStyle

from dla_desktop.documents.pdf.layout import CONTENT_WIDTH
from dla_desktop.documents.pdf.meeting.kinds import MaterialKind, document_info
from dla_desktop.documents.pdf.meeting.seats import (
    ABSENT,
    GREY,
    NO_ROUND,
    PAUSE,
    Seat,
    break_before,
    break_text,
    caption,
    missing_pairs,
    real_associations,
    seats,
    span,
)
from dla_desktop.documents.pdf.meeting.template import Mark, build
from dla_desktop.documents.pdf.theme import (
    BOLD,
    FONT,
    INK,
    MUTED,
    NAVY,
    RULE,
    TINT,
    bullets,
    markup,
    paragraph,
    styles,
    text,
)
from dla_desktop.domain.meeting_views import MeetingPlan, Party
from dla_desktop.domain.scheduling import MissingPair

ROOMY_AGENDA_ROUNDS = 16  # beyond, agendas turn compact to stay at one or two pages


def write_agendas(plan: MeetingPlan, destination: Path, deterministic: bool) -> Path:
    """Associations in table order, then companies: each on its own page(s).

    An empty table (its association unregistered) is nobody: it has no agenda.
    """
    placed = seats(plan)
    parties = _parties(plan)
    story: list[Flowable] = []
    for party in (*real_associations(plan), *plan.companies):
        if story:
            story.append(PageBreak())
        story += _agenda(plan, party, placed[party.party_id], parties)
    return build(
        destination,
        story,
        document_info(plan, MaterialKind.AGENDAS),
        A4,
        deterministic=deterministic,
    )


def _agenda(
    plan: MeetingPlan, party: Party, rounds: list[Seat], parties: dict[str, Party]
) -> list[Flowable]:
    """Name, role, representatives, the rounds, then what will not happen and the rules."""
    story: list[Flowable] = [
        Mark(f"Agenda — {party.name} — {plan.title}", party.party_id),
        Paragraph(text(party.name), _name_style()),
        markup(_role(plan, party), "body"),
    ]
    if party.representatives.strip():
        story.append(markup(f"Représenté(e) par : {text(party.representatives)}", "body"))
    story += [
        Spacer(1, 1.5 * mm),
        markup(f"{text(plan.title)} — {text(caption(plan))}", "small"),
        Spacer(1, 3 * mm),
        _agenda_table(plan, party, rounds, parties) if rounds else paragraph(NO_ROUND),
    ]
    story += _agenda_missing(plan, party)
    story += [Spacer(1, 4 * mm), markup(f"<i>{text(_reminder(plan))}</i>", "small")]
    return story


def _role(plan: MeetingPlan, party: Party) -> str:
    """Where to sit: associations keep their table, companies move at the signal."""
    if party.is_association:
        table = plan.schedule.table_of(party.party_id)
        return (
            f"<b>Association — table {table}.</b> Vous restez à la table {table} pendant "
            "toute la rencontre : les entreprises viennent à vous."
        )
    return (
        "<b>Entreprise.</b> Au signal, vous changez de table : la table de chaque "
        "rotation est indiquée ci-dessous."
    )


def _agenda_table(
    plan: MeetingPlan, party: Party, rounds: list[Seat], parties: dict[str, Party]
) -> Table:
    """A row per round (and per break): time, table for companies, whom they meet."""
    timed, moves = bool(plan.times), not party.is_association
    compact = len(rounds) > ROOMY_AGENDA_ROUNDS  # 60 rounds: two pages, not four
    other = "Association rencontrée" if moves else "Entreprise rencontrée"
    header = ["Rotation", *(["Horaire"] if timed else []), *(["Table"] if moves else []), other]
    widths = [20 * mm, *([38 * mm] if timed else []), *([18 * mm] if moves else [])]
    widths.append(CONTENT_WIDTH - sum(widths))
    head_style = styles()["cell_head"]
    rows: list[list[Any]] = [[Paragraph(title, head_style) for title in header]]
    commands: list[tuple[Any, ...]] = []
    for index, seat in enumerate(rounds):
        number = index + 1
        if break_before(plan, number):
            rows.append([markup(f"<i>{text(break_text(plan, number))}</i>", "cell")])
            rows[-1] += [""] * (len(header) - 1)
            row = len(rows) - 1
            commands += [("SPAN", (0, row), (-1, row)), ("BACKGROUND", (0, row), (-1, row), TINT)]
        line: list[Any] = [str(number)]
        if timed:
            line.append(span(plan.times[index]) if index < len(plan.times) else "")
        if moves:
            line.append("—" if seat.table is None else f"Table {seat.table}")
        line.append(_partner_cell(seat, parties, compact))
        rows.append(line)
        if number <= plan.schedule.played:
            commands.append(("TEXTCOLOR", (0, len(rows) - 1), (-1, len(rows) - 1), MUTED))
    table = Table(rows, colWidths=widths, repeatRows=1)
    size = _COMPACT_AGENDA if compact else _ROOMY_AGENDA
    table.setStyle(TableStyle([*_AGENDA_STYLE, *size, *commands]))
    return table


_AGENDA_STYLE: list[tuple[Any, ...]] = [
    ("TEXTCOLOR", (0, 1), (-1, -1), INK),
    ("BACKGROUND", (0, 0), (-1, 0), NAVY),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
]
_ROOMY_AGENDA: list[tuple[Any, ...]] = [
    ("FONT", (0, 1), (-1, -1), FONT, 9.5, 12),
    ("FONT", (0, 1), (0, -1), BOLD, 9.5, 12),
    ("TOPPADDING", (0, 0), (-1, -1), 3.5),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
]
_COMPACT_AGENDA: list[tuple[Any, ...]] = [
    ("FONT", (0, 1), (-1, -1), FONT, 8.5, 10.5),
    ("FONT", (0, 1), (0, -1), BOLD, 8.5, 10.5),
    ("TOPPADDING", (0, 0), (-1, -1), 1.5),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
]


def _partner_cell(seat: Seat, parties: dict[str, Party], compact: bool) -> Any:
    """The partner's name in bold, then its one-line presentation; « Pause » or an absence.

    Roomy agendas put the presentation under the name, compact ones after it.
    """
    style = "cell" if compact else "body"
    if seat.pause:
        return markup(f"<b>{PAUSE}</b> <font color='{GREY}'>— personne à rencontrer</font>", style)
    if seat.partner is None:
        return markup(f"<font color='{GREY}'>{ABSENT}</font>", style)
    partner = parties[seat.partner]
    shown = f"<b>{text(partner.name)}</b>"
    if partner.presentation.strip():
        if compact:
            shown += f" <font color='{GREY}'>— {text(partner.presentation)}</font>"
        else:
            shown += f"<br/><font size='8' color='{GREY}'>{text(partner.presentation)}</font>"
    return markup(shown, style)


def _agenda_missing(plan: MeetingPlan, party: Party) -> list[Flowable]:
    """Whom this participant will not meet, and why: no surprise on the day."""
    pid = party.party_id
    mine = [m for m in missing_pairs(plan) if pid in (m.association, m.company)]
    if not mine:
        return []
    items = [f"{plan.name_of(_other(m, pid))} : {m.label}" for m in mine]
    return [Spacer(1, 3 * mm), markup("Pas de rencontre prévue avec :", "h3"), *bullets(items)]


def _other(pair: MissingPair, pid: str) -> str:
    return pair.company if pair.association == pid else pair.association


def _reminder(plan: MeetingPlan) -> str:
    """The rules in two lines, at the foot of every agenda."""
    return (
        f"{plan.slot_minutes} minutes par rencontre : une minute chacun pour se présenter, "
        "puis on échange. L'association ne demande pas d'argent, l'entreprise ne vend rien."
    )


def _parties(plan: MeetingPlan) -> dict[str, Party]:
    return {party.party_id: party for party in (*plan.associations, *plan.companies)}


@cache
def _name_style() -> ParagraphStyle:
    """A big name atop each agenda (a bookmark too: the template outlines this style)."""
    return ParagraphStyle(
        "agenda_name", parent=styles()["title"], fontSize=20, leading=25, spaceAfter=2
    )
