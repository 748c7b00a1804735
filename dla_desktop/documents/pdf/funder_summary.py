"""The one-page synthèse of a funder: what its money paid for, across programmes, and results.

A funder reads it at a glance: four key figures, one line per programme with a total,
and a small chart of amounts. Up to about eight programmes fit on one page; beyond, the
table flows to a second page under its repeated header.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from dla_desktop.documents.pdf.charts import horizontal_bars
from dla_desktop.documents.pdf.layout import (
    CONTENT_WIDTH,
    DocumentInfo,
    key_figures,
    write_pdf,
)
from dla_desktop.documents.pdf.theme import (
    BOLD,
    MUTED,
    NAVY,
    RULE,
    TINT,
    day,
    markup,
    money,
    number,
    paragraph,
    percent,
    styles,
    text,
)
from dla_desktop.domain.documents import FundedProgramme, FunderSummary
from dla_desktop.domain.indicators import Rate

SHORT_MONTHS = (
    "janv.",
    "févr.",
    "mars",
    "avr.",
    "mai",
    "juin",
    "juil.",
    "août",
    "sept.",
    "oct.",
    "nov.",
    "déc.",
)
HEADER = (
    "Programme et période",
    "Montant",
    "Part du financement",
    "Associations",
    "Coût par association",
    "Séances",
    "Assiduité",
    "Partenariats obtenus",
)
# The figure columns are as narrow as their headers' longest word allows (7 pt bold):
# the programme gets the rest, its period and status in small type under its title.
WIDTHS = (0.29, 0.09, 0.115, 0.115, 0.105, 0.08, 0.09, 0.115)
FIGURE_COLUMNS = (1, 2, 3, 4, 5, 6, 7)


def write_funder_summary(
    summary: FunderSummary, destination: Path, *, deterministic: bool = False
) -> Path:
    """Write the funder's synthèse to ``destination`` (replaced atomically)."""
    return write_pdf(
        Path(destination), _story(summary), _info(summary), deterministic=deterministic
    )


def _info(summary: FunderSummary) -> DocumentInfo:
    """Metadata and running header: whose synthèse, issued by which office."""
    funder = summary.funder.name
    issuer = summary.issuer.name if summary.issuer and summary.issuer.name.strip() else ""
    return DocumentInfo(
        title=f"Synthèse financeur — {funder}",
        subject=f"Programmes financés par {funder} et leurs résultats",
        author=issuer or "DLA Desktop",
        keywords=("synthèse financeur", funder, summary.funder.kind.label),
        running_header=f"Synthèse financeur — {funder}",
    )


def _story(summary: FunderSummary) -> list[Flowable]:
    """Title, key figures, the programmes table and chart, then who issued it and when."""
    funder = summary.funder
    story: list[Flowable] = [
        markup("Synthèse financeur", "title"),
        markup(
            f"{text(funder.name)} <font size='10'>· {text(funder.kind.label)}</font>",
            "subtitle",
        ),
        Spacer(1, 4 * mm),
        key_figures(_figures(summary)),
    ]
    if summary.programmes:
        story += _programmes(summary)
    else:
        story += [Spacer(1, 3 * mm), paragraph("Aucun programme financé pour l'instant.")]
    story += [Spacer(1, 3 * mm), markup(_issued(summary), "small")]
    return story


def _figures(summary: FunderSummary) -> list[tuple[str, str]]:
    """The four figures a funder asks first, their captions agreeing with the number."""
    count = len(summary.programmes)
    return [
        (money(summary.total), "apportés au total"),
        (number(count), _plural(count, "programme financé", "programmes financés")),
        (
            number(summary.associations_reached),
            _plural(
                summary.associations_reached, "association accompagnée", "associations accompagnées"
            ),
        ),
        (
            number(summary.partnerships_obtained),
            _plural(summary.partnerships_obtained, "partenariat obtenu", "partenariats obtenus"),
        ),
    ]


def _plural(count: int, one: str, many: str) -> str:
    """French agreement: 0 and 1 take the singular."""
    return one if count <= 1 else many


def _programmes(summary: FunderSummary) -> list[Flowable]:
    """One line per programme and a total line, then the amounts as bars."""
    rows = [_row(programme) for programme in summary.programmes]
    flowables: list[Flowable] = [
        KeepTogether([markup("Programmes financés", "h2"), _table(rows, _total(summary))]),
    ]
    if sum(p.associations for p in summary.programmes) != summary.associations_reached:
        flowables.append(
            markup(
                "Total des associations : chaque association compte une fois, même suivie "
                "dans plusieurs programmes.",
                "small",
            )
        )
    if len(summary.programmes) > 1:  # one bar would only repeat the table's amount
        bars = [(_bar_label(p.title), p.amount) for p in summary.programmes]
        chart = horizontal_bars(bars, CONTENT_WIDTH, value_text=_money_label, bar_room=11)
        flowables.append(KeepTogether([markup("Montants par programme", "h2"), chart]))
    return flowables


def _table(rows: Sequence[Sequence[Any]], total: Sequence[Any]) -> Table:
    """The house table (navy header, zebra rows, bold total) in a smaller type: 8 columns."""
    head = [
        Paragraph(text(title), _style("head_right" if i in FIGURE_COLUMNS else "head"))
        for i, title in enumerate(HEADER)
    ]
    table = Table([head, *rows, total], colWidths=[CONTENT_WIDTH * w for w in WIDTHS], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), NAVY),
                ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
                ("VALIGN", (0, 1), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("ROWBACKGROUNDS", (0, 1), (-1, -2), [colors.white, TINT]),
                ("LINEABOVE", (0, -1), (-1, -1), 1, NAVY),
            ]
        )
    )
    return table


@cache
def _style(name: str) -> ParagraphStyle:
    """Cell styles a size below the house ones, so nine columns fit the page's width."""
    cell = styles()["cell"]
    small = {"fontSize": 7.5, "leading": 9.5, "embeddedHyphenation": 2}  # may break after "-"
    head = {"fontName": BOLD, "fontSize": 7, "leading": 8.5, "textColor": colors.white}
    variants: dict[str, dict[str, Any]] = {
        "cell": small,
        "right": {**small, "alignment": TA_RIGHT},
        "small": {"fontSize": 6.5, "leading": 8.5, "textColor": MUTED},
        "head": head,
        "head_right": {**head, "alignment": TA_RIGHT},
    }
    return ParagraphStyle(f"funder_{name}", parent=cell, **variants[name])


def _bar_label(title: str, limit: int = 38) -> str:
    """A title cut in its middle at word boundaries: editions differ by their end (a year)."""
    words = title.split()
    if len(" ".join(words)) <= limit:
        return " ".join(words)
    head: list[str] = []
    tail: list[str] = []
    while words:
        shorter = len(" ".join(head)) <= len(" ".join(tail))
        side, word = (head, words[0]) if shorter else (tail, words[-1])
        if len(" ".join([*head, *tail, word])) + 2 > limit:
            break
        side.append(words.pop(0) if side is head else words.pop())
    if not head or not tail:  # one very long word: cut it
        return title[: limit - 1].rstrip() + "…"
    return " ".join(head) + " … " + " ".join(reversed(tail))


def _row(programme: FundedProgramme) -> list[Any]:
    """A programme's line; its status beside its period tells whether results are final."""
    under = " · ".join(
        part for part in (_period(programme), programme.status.label) if part.strip()
    )
    first = [
        Paragraph(text(programme.title), _style("cell")),
        Paragraph(text(under), _style("small")),
    ]
    figures = [
        money(programme.amount),
        percent(programme.share),
        number(programme.associations),
        money(programme.per_association),
        number(programme.sessions_held),
        percent(programme.attendance),
        number(programme.partnerships_obtained),
    ]
    return [first, *[Paragraph(text(value), _style("right")) for value in figures]]


def _total(summary: FunderSummary) -> list[Any]:
    """Totals: amounts and counts added up, rates recomputed from their sums."""
    programmes = summary.programmes
    funded = sum((p.funded_total for p in programmes), Decimal(0))
    present = Rate(
        sum(p.attendance.count for p in programmes), sum(p.attendance.total for p in programmes)
    )
    reached = summary.associations_reached
    per_association = (summary.total / reached).quantize(Decimal("0.01")) if reached else None
    starts = [p.start_date for p in programmes if p.start_date]
    ends = [p.end_date for p in programmes if p.end_date]
    span = _months(min(starts, default=None), max(ends, default=None))
    figures = [
        money(summary.total),
        percent(summary.total / funded if funded else None),
        number(reached),
        money(per_association),
        number(sum(p.sessions_held for p in programmes)),
        percent(present),
        number(summary.partnerships_obtained),
    ]
    first = [Paragraph("<b>Total</b>", _style("cell")), Paragraph(text(span), _style("small"))]
    return [first, *[Paragraph(f"<b>{text(value)}</b>", _style("right")) for value in figures]]


def _period(programme: FundedProgramme) -> str:
    """``janv. 2020 – déc. 2020``: months are precise enough for a funder's overview."""
    return _months(programme.start_date, programme.end_date)


def _months(start: date | None, end: date | None) -> str:
    shown = [f"{SHORT_MONTHS[d.month - 1]} {d.year}" for d in (start, end) if d]
    if start and end:
        return f"{shown[0]} – {shown[1]}"
    if start:
        return f"depuis {shown[0]}"
    if end:
        return f"jusqu'en {shown[0]}"
    return ""


def _money_label(value: Decimal | int) -> str:
    """A bar's label: the amount as the table shows it."""
    return money(Decimal(value))


def _issued(summary: FunderSummary) -> str:
    """Date of issue and issuing office, in small print at the foot."""
    issued = f"Synthèse éditée le {text(day(summary.issued_on))}"
    if summary.issuer is not None and summary.issuer.name.strip():
        issued += f" par {text(summary.issuer.name)}"
    return issued + "."
