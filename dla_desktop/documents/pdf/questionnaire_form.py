"""The follow-up questionnaire as a fillable PDF form (reportlab AcroForm fields).

An association's treasurer opens it in any PDF reader (Acrobat Reader, a browser, the
system's viewer), types the answers into the fields, saves and sends it back. So the
form explains itself, keeps each question with its fields on one page, and uses large
fields. What is printed (title, association, programme, questions) is embedded DejaVu;
the fields use Helvetica, the font every reader can draw field values in. The hidden
field FORM_ID_FIELD carries the questionnaire's token; the footer prints it too, so an
answer given by phone can be matched. Reading a filled form back lives in
``documents/questionnaire_answers.py`` (no reportlab there).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from dla_desktop.documents.pdf.layout import running_header, write_atomically
from dla_desktop.documents.pdf.theme import (
    ACCENT,
    BOLD,
    FONT,
    INK,
    MARGIN,
    MUTED,
    NAVY,
    RULE,
    TINT,
    day,
    register_fonts,
    styles,
)
from dla_desktop.documents.questionnaire_answers import (
    AMOUNT_FIELD,
    CATEGORY_FIELD,
    COMMENT_FIELD,
    COMPANY_FIELD,
    JOBS_CONSOLIDATED_FIELD,
    JOBS_CREATED_FIELD,
    NO,
    NO_CATEGORY,
    NO_CATEGORY_LABEL,
    PARTNERSHIP_FIELD,
    SATISFACTION_PREFIX,
    SCALE,
    YES,
    read_questionnaire_form,
)
from dla_desktop.domain.questionnaire_forms import FORM_ID_FIELD, FormContent

__all__ = ["SCALE_LEGEND", "read_questionnaire_form", "write_questionnaire_form"]

SCALE_LEGEND = "1 = pas du tout satisfait … 5 = très satisfait"
PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT, WIDTH = MARGIN, PAGE_WIDTH - 2 * MARGIN
TOP, BOTTOM = PAGE_HEIGHT - 16 * mm, 20 * mm  # the footer sits below BOTTOM
INDENT = 20  # question text and fields start right of the question's number
GAP = 15  # between questions
FIELD_FONT, FIELD_SIZE = "Helvetica", 11  # base-14: every reader draws values with it
FIELD_HEIGHT, RADIO_SIZE, COMMENT_HEIGHT = 22, 15, 150
FIELD_BORDER = colors.HexColor("#7B8794")
FIELD_FILL = colors.HexColor("#F5F8FC")
SCORE_COLUMN, SCORE_ROW = 46, 26  # the satisfaction grid's cells
SCORE_GROUP = 8  # volets rated under one row of scores (a programme has two to five)

Draw = Callable[[Canvas, float], None]  # draw(canvas, top)
Row = tuple[float, Callable[[Canvas, float, float], None]]  # height, draw(canvas, x, top)


@dataclass(frozen=True)
class _Block:
    """A piece of a page that stays in one piece: its height and how to draw it from a top."""

    height: float
    draw: Draw


def write_questionnaire_form(content: FormContent, path: Path) -> None:
    """Write one association's fillable questionnaire to ``path`` (replaced atomically)."""
    register_fonts()
    pages = _paginate(_blocks(content))
    write_atomically(Path(path), lambda temporary: _draw(content, pages, temporary))


def _draw(content: FormContent, pages: list[list[tuple[_Block, float]]], path: str) -> None:
    """Draw the placed blocks, the identifier field, and each page's header and footer."""
    canvas = Canvas(path, pagesize=A4)
    canvas.setTitle(f"Questionnaire de suivi — {_months(content)} après l'accompagnement")
    canvas.setSubject(f"{content.association_name} — {content.programme_title}")
    canvas.setAuthor(content.office_name or "DLA Desktop")
    canvas.setCreator("DLA Desktop")
    for number, page in enumerate(pages, start=1):
        for block, top in page:
            block.draw(canvas, top)
        if number == 1:
            _identifier_field(canvas, content.token)
        else:
            _running_header(canvas, content)
        _footer(canvas, content.token, number, len(pages))
        canvas.showPage()
    canvas.save()


def _paginate(blocks: Sequence[_Block]) -> list[list[tuple[_Block, float]]]:
    """Place blocks top down; one that does not fit starts a new page."""
    pages: list[list[tuple[_Block, float]]] = [[]]
    y = TOP
    for block in blocks:
        if y - block.height < BOTTOM and pages[-1]:
            pages.append([])
            y = TOP - 10 * mm  # below the running header
        pages[-1].append((block, y))
        y -= block.height
    return pages


# --- what the form says ------------------------------------------------------------------


def _blocks(content: FormContent) -> list[_Block]:
    """The whole form, top to bottom."""
    labels = ", ".join(label for _value, label in content.categories)
    return [
        _heading(content),
        _summary(content),
        _explanation(content),
        _question(
            1,
            "Depuis la fin de l'accompagnement, votre association a-t-elle obtenu un "
            "partenariat avec une entreprise ?",
            "",
            _yes_no_row(),
        ),
        _question(
            2,
            "Si oui, avec quelle entreprise ?",
            "Nom de l'entreprise (s'il y en a plusieurs, la principale).",
            _text_row(COMPANY_FIELD, WIDTH - INDENT, "Nom de l'entreprise", 200),
        ),
        _question(
            3,
            "De quel type de partenariat s'agit-il ?",
            f"Cliquez dans le champ et choisissez dans la liste : {labels}.",
            _choice_row(content.categories),
        ),
        _question(
            4,
            "Quel est le montant, ou la valeur estimée de l'apport ?",
            "En euros. Pour du mécénat en nature ou de compétences, indiquez la valeur "
            "estimée (par exemple 1 500 pour deux jours de conseil).",
            _amount_row(),
        ),
        _question(
            5,
            "Combien d'emplois ce partenariat et l'accompagnement ont-ils permis ?",
            "Nombre de postes ; indiquez 0 s'il n'y en a pas.",
            _jobs_row(),
        ),
        *_satisfaction(6, content),
        _question(
            7,
            "Vos commentaires",
            "Ce qui vous a été le plus utile, ce qui vous a manqué, vos projets de partenariat…",
            _comment_row(),
        ),
        _closing(content),
    ]


def _months(content: FormContent) -> str:
    """``6 mois``."""
    return f"{content.months_after} mois"


def _heading(content: FormContent) -> _Block:
    """The office's name, the title, and the wave as its subtitle."""
    parts = [
        _para(_data(content.office_name), "small") if content.office_name else None,
        _para("Questionnaire de suivi", "form_title"),
        _para(f"{_months(content)} après l'accompagnement", "form_subtitle"),
    ]
    return _stack([part for part in parts if part], after=10)


def _summary(content: FormContent) -> _Block:
    """The pre-printed box: association, programme, answer wanted by (not editable)."""
    programme = _data(content.programme_title)
    if content.programme_end:
        programme += f" (terminé le {day(content.programme_end)})"
    rows = [("Association", _data(content.association_name)), ("Programme", programme)]
    if content.reply_by:
        rows.append(("À renvoyer avant le", day(content.reply_by)))
    label_width, padding = 112, 8
    value_width = WIDTH - label_width - 2 * padding
    cells = [(_para(f"{label} :", "box_label"), _para(value, "box_value")) for label, value in rows]
    heights = [max(_height(a, label_width), _height(b, value_width)) + 3 for a, b in cells]
    box = sum(heights) + 2 * padding

    def draw(canvas: Canvas, top: float) -> None:
        canvas.setFillColor(TINT)
        canvas.setStrokeColor(RULE)
        canvas.roundRect(LEFT, top - box, WIDTH, box, 4, stroke=1, fill=1)
        y = top - padding
        for (label, value), height in zip(cells, heights, strict=True):
            _place(canvas, label, LEFT + padding, y, label_width)
            _place(canvas, value, LEFT + padding + label_width, y, value_width)
            y -= height

    return _Block(box + 12, draw)


def _explanation(content: FormContent) -> _Block:
    """Why we ask, and how to send the answers back."""
    email = _data(content.office_email)
    to = f"<b>{email}</b>" if email else "l'expéditeur de ce message"
    by = f" avant le <b>{day(content.reply_by)}</b>" if content.reply_by else ""
    return _stack(
        [
            _para(
                f"{_months(content)} après la fin de l'accompagnement, nous aimerions savoir "
                "ce qu'il a changé pour votre association. Vos réponses nous aident à améliorer "
                "les prochains accompagnements et à en rendre compte aux financeurs. Cela prend "
                "cinq minutes ; répondez aux questions qui vous concernent."
            ),
            _para(
                "<b>Comment répondre :</b> remplissez les champs directement dans ce document "
                "(Adobe Acrobat Reader, votre navigateur ou la visionneuse de votre ordinateur), "
                f"<b>enregistrez le fichier</b>, puis renvoyez-le en pièce jointe à {to}{by}. "
                "Pour répondre par téléphone, donnez l'identifiant imprimé en bas de page."
            ),
        ],
        after=GAP,
    )


def _closing(content: FormContent) -> _Block:
    """Thanks, and the sending instruction again where the treasurer ends."""
    email = _data(content.office_email)
    to = f" à <b>{email}</b>" if email else ""
    closing = _para(f"Merci ! Enregistrez le fichier puis renvoyez-le{to}.", "closing")
    return _stack([closing], after=0)


def _stack(paragraphs: Sequence[Paragraph], after: float) -> _Block:
    """Paragraphs one under the other at the left margin."""
    heights = [_height(p) + 4 for p in paragraphs]

    def draw(canvas: Canvas, top: float) -> None:
        for paragraph, height in zip(paragraphs, heights, strict=True):
            _place(canvas, paragraph, LEFT, top)
            top -= height

    return _Block(sum(heights) + after, draw)


def _question(number: int, question: str, hint: str, row: Row, after: float = GAP) -> _Block:
    """A numbered question, its hint in grey, and its fields below."""
    label = _para(escape(question), "question")
    note = _para(escape(hint), "hint") if hint else None
    label_height = _height(label, WIDTH - INDENT)
    note_height = _height(note, WIDTH - INDENT) + 1 if note else 0
    row_height, draw_row = row

    def draw(canvas: Canvas, top: float) -> None:
        canvas.setFont(BOLD, 10.5)
        canvas.setFillColor(NAVY)
        canvas.drawString(LEFT, top - 10.5, f"{number}.")
        _place(canvas, label, LEFT + INDENT, top, WIDTH - INDENT)
        if note:
            _place(canvas, note, LEFT + INDENT, top - label_height, WIDTH - INDENT)
        draw_row(canvas, LEFT + INDENT, top - label_height - note_height - 5)

    return _Block(label_height + note_height + 5 + row_height + after, draw)


# --- rows of fields ----------------------------------------------------------------------


def _look(fill: colors.Color | None = FIELD_FILL) -> dict[str, Any]:
    """What every field looks like: large Helvetica on a pale fill with a grey border."""
    return {
        "fontName": FIELD_FONT,
        "fontSize": FIELD_SIZE,
        "textColor": colors.black,
        "borderColor": FIELD_BORDER,
        "fillColor": fill,
        "borderWidth": 1,
    }


def _text_field(canvas: Canvas, name: str, box: tuple[float, float, float], **extra: Any) -> None:
    """One text field; ``box`` is its left, bottom and width."""
    x, y, width = box
    options = {"height": FIELD_HEIGHT, "maxlen": 100, **_look(), **extra}
    canvas.acroForm.textfield(name=name, x=x, y=y, width=width, **options)


def _text_row(name: str, width: float, tooltip: str, maxlen: int) -> Row:
    """A single text field across ``width``."""

    def draw(canvas: Canvas, x: float, top: float) -> None:
        _text_field(canvas, name, (x, top - FIELD_HEIGHT, width), tooltip=tooltip, maxlen=maxlen)

    return FIELD_HEIGHT, draw


def _radio(canvas: Canvas, name: str, value: str, x: float, y: float, tooltip: str) -> None:
    """One button of a radio group; the group has no answer until the treasurer picks one."""
    canvas.acroForm.radio(
        name=name,
        value=value,
        tooltip=tooltip,
        x=x,
        y=y,
        size=RADIO_SIZE,
        buttonStyle="circle",
        shape="circle",
        borderColor=FIELD_BORDER,
        fillColor=colors.white,
        textColor=NAVY,
        borderWidth=1,
        fieldFlags="noToggleToOff radio",
    )


def _caption(canvas: Canvas, value: str, x: float, y: float, size: float = 10.5) -> None:
    """Printed text beside a field."""
    canvas.setFont(FONT, size)
    canvas.setFillColor(INK)
    canvas.drawString(x, y, value)


def _yes_no_row() -> Row:
    """Oui / Non buttons of the partnership group."""

    def draw(canvas: Canvas, x: float, top: float) -> None:
        y = top - RADIO_SIZE
        for offset, value, caption in ((0, YES, "Oui"), (90, NO, "Non")):
            _radio(canvas, PARTNERSHIP_FIELD, value, x + offset, y, "Partenariat obtenu")
            _caption(canvas, caption, x + offset + RADIO_SIZE + 6, y + 3.5)

    return RADIO_SIZE, draw


def _choice_row(categories: Sequence[tuple[str, str]]) -> Row:
    """The category list: shows the French labels, stores the values.

    The field itself is transparent over a printed box with an arrow, so it reads as a
    list even in readers that draw the arrow only once the field has the focus.
    """
    options = [(NO_CATEGORY_LABEL, NO_CATEGORY), *((label, value) for value, label in categories)]
    width = 270

    def draw(canvas: Canvas, x: float, top: float) -> None:
        y = top - FIELD_HEIGHT
        canvas.setFillColor(FIELD_FILL)
        canvas.rect(x, y, width, FIELD_HEIGHT, stroke=0, fill=1)
        canvas.setFillColor(NAVY)
        canvas.setFont(FONT, 9)
        canvas.drawCentredString(x + width - 10, y + 7.5, "▼")
        canvas.acroForm.choice(
            name=CATEGORY_FIELD,
            tooltip="Type de partenariat",
            value=NO_CATEGORY,
            options=options,
            x=x,
            y=y,
            width=width,
            height=FIELD_HEIGHT,
            **_look(fill=None),
        )

    return FIELD_HEIGHT, draw


def _amount_row() -> Row:
    """The amount in euros, with the € sign printed after the field."""
    width = 150

    def draw(canvas: Canvas, x: float, top: float) -> None:
        y = top - FIELD_HEIGHT
        _text_field(canvas, AMOUNT_FIELD, (x, y, width), tooltip="Montant en euros", maxlen=30)
        _caption(canvas, "€", x + width + 6, y + 7)

    return FIELD_HEIGHT, draw


def _jobs_row() -> Row:
    """Jobs created and jobs consolidated side by side, each after its printed label."""

    def draw(canvas: Canvas, x: float, top: float) -> None:
        y = top - FIELD_HEIGHT
        for offset, name, caption in (
            (0, JOBS_CREATED_FIELD, "Emplois créés"),
            (200, JOBS_CONSOLIDATED_FIELD, "Emplois consolidés"),
        ):
            _caption(canvas, caption, x + offset, y + 7)
            _text_field(canvas, name, (x + offset + 112, y, 60), tooltip=caption, maxlen=6)

    return FIELD_HEIGHT, draw


def _comment_row() -> Row:
    """A tall multiline field for free comments."""

    def draw(canvas: Canvas, x: float, top: float) -> None:
        box = (x, top - COMMENT_HEIGHT, WIDTH - INDENT)
        _text_field(
            canvas,
            COMMENT_FIELD,
            box,
            tooltip="Vos commentaires",
            height=COMMENT_HEIGHT,
            maxlen=None,
            fieldFlags="multiline",
            fontSize=10,
        )

    return COMMENT_HEIGHT, draw


def _satisfaction(number: int, content: FormContent) -> list[_Block]:
    """The rating grid, one row per volet, in groups that each repeat the scores 1 to 5.

    A group never splits across pages, so the column numbers are always in sight.
    """
    if not content.volets:
        return []
    grid_left = LEFT + WIDTH - 5 * SCORE_COLUMN
    label_width = grid_left - LEFT - INDENT - 8

    def scores(canvas: Canvas, _x: float, top: float) -> None:
        canvas.setFont(BOLD, 10)
        canvas.setFillColor(NAVY)
        for index, score in enumerate(SCALE):
            canvas.drawCentredString(grid_left + (index + 0.5) * SCORE_COLUMN, top - 11, score)

    heading = _question(
        number,
        "Êtes-vous satisfait de chaque volet de l'accompagnement ?",
        f"Une note par ligne : {SCALE_LEGEND}.",
        (14.0, scores),
        after=0,
    )
    header = _Block(18, lambda canvas, top: scores(canvas, 0, top - 4))
    rows = [
        _score_row(volet.id, volet.label, index % 2 == 0, grid_left, label_width)
        for index, volet in enumerate(content.volets)
    ]
    groups = [rows[start : start + SCORE_GROUP] for start in range(0, len(rows), SCORE_GROUP)]
    blocks = [
        _stacked([heading if index == 0 else header, *group]) for index, group in enumerate(groups)
    ]
    blocks.append(_Block(GAP, lambda _canvas, _top: None))
    return blocks


def _stacked(blocks: Sequence[_Block]) -> _Block:
    """Blocks one under the other, kept together as one."""

    def draw(canvas: Canvas, top: float) -> None:
        for block in blocks:
            block.draw(canvas, top)
            top -= block.height

    return _Block(sum(block.height for block in blocks), draw)


def _score_row(volet_id: str, label: str, tinted: bool, grid_left: float, width: float) -> _Block:
    """One volet's row, zebra-striped so the eye follows it to its buttons."""
    caption = _para(_data(label), "body")
    caption_height = _height(caption, width)
    height = max(SCORE_ROW, caption_height + 10)

    def draw(canvas: Canvas, top: float) -> None:
        if tinted:
            canvas.setFillColor(TINT)
            canvas.rect(
                LEFT + INDENT - 4, top - height, WIDTH - INDENT + 4, height, stroke=0, fill=1
            )
        _place(canvas, caption, LEFT + INDENT, top - (height - caption_height) / 2, width)
        y = top - (height + RADIO_SIZE) / 2
        for position, score in enumerate(SCALE):
            x = grid_left + (position + 0.5) * SCORE_COLUMN - RADIO_SIZE / 2
            _radio(canvas, SATISFACTION_PREFIX + volet_id, score, x, y, f"{label} : {score}")

    return _Block(height, draw)


# --- furniture ---------------------------------------------------------------------------


def _identifier_field(canvas: Canvas, token: str) -> None:
    """The hidden, read-only field that says which questionnaire this form answers."""
    canvas.acroForm.textfield(
        name=FORM_ID_FIELD,
        value=token,
        x=LEFT,
        y=2,
        width=WIDTH,
        height=10,
        annotationFlags="hidden",
        fieldFlags="readOnly",
        maxlen=None,
        borderWidth=0,
        fillColor=None,
        borderColor=None,
        fontName=FIELD_FONT,
        fontSize=6,
    )


def _running_header(canvas: Canvas, content: FormContent) -> None:
    """Pages after the first say whose questionnaire they continue."""
    left = f"Questionnaire de suivi — {_months(content)} (suite)"
    running_header(canvas, A4, left, _printable(content.association_name))


def _footer(canvas: Canvas, token: str, number: int, total: int) -> None:
    """The token in small print (to match a phone answer) and the page number."""
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(LEFT, 14 * mm, LEFT + WIDTH, 14 * mm)
    canvas.setFont(FONT, 7)
    canvas.setFillColor(MUTED)
    canvas.drawString(LEFT, 10 * mm, f"Identifiant du questionnaire : {token}")
    canvas.drawRightString(LEFT + WIDTH, 10 * mm, f"page {number} / {total}")


# --- text --------------------------------------------------------------------------------


@cache
def _glyphs() -> frozenset[int]:
    """The characters DejaVu Sans can draw."""
    register_fonts()
    return frozenset(pdfmetrics.getFont(FONT).face.charToGlyph)


def _printable(value: str) -> str:
    """User text without the characters the font cannot draw (some emoji): no empty boxes."""
    glyphs = _glyphs()
    kept = "".join(c for c in value if ord(c) in glyphs or c in "\n\t")
    return " ".join(kept.split())


def _data(value: str) -> str:
    """User text ready for Paragraph markup: drawable and escaped."""
    return escape(_printable(value))


@cache
def _styles() -> dict[str, ParagraphStyle]:
    """The form's styles: a little larger than the reports', it is read on screen and filled."""
    base = styles()["body"]

    def derive(name: str, **changes: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **changes)

    return {
        "form_title": derive("form_title", fontName=BOLD, fontSize=20, leading=25, textColor=NAVY),
        "form_subtitle": derive("form_subtitle", fontSize=13, leading=17, textColor=ACCENT),
        "question": derive("question", fontName=BOLD, fontSize=10.5, leading=14),
        "hint": derive("hint", fontSize=8.5, leading=11, textColor=MUTED),
        "box_label": derive("box_label", fontSize=10, leading=14, textColor=MUTED),
        "box_value": derive("box_value", fontName=BOLD, fontSize=10.5, leading=14),
        "closing": derive("closing", fontSize=10.5, leading=14, textColor=NAVY),
        "body": derive("form_body", fontSize=10, leading=14),
    }


def _para(markup: str, style: str = "body") -> Paragraph:
    """A paragraph of our markup around data already passed through ``_data``."""
    return Paragraph(markup, _styles().get(style) or styles()[style])


def _height(paragraph: Paragraph, width: float = WIDTH) -> float:
    """How tall a paragraph is once wrapped to ``width``."""
    return paragraph.wrap(width, PAGE_HEIGHT)[1]


def _place(
    canvas: Canvas, paragraph: Paragraph, x: float, top: float, width: float = WIDTH
) -> None:
    """Draw a paragraph with its top at ``top``."""
    paragraph.drawOn(canvas, x, top - _height(paragraph, width))
