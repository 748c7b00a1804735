"""The partnership dossier an association hands to a targeted company, and batches of them.

One to three pages addressed to the company: who we are, the project, what we need,
what we offer in return, the budget, whom to call. Internal fields (notes, status) are
never printed: the company reads this document.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from functools import cache
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from dla_desktop.documents.file_names import safe_file_name, unique_names
from dla_desktop.documents.pdf.layout import (
    CONTENT_WIDTH,
    DocumentInfo,
    label_value_grid,
    label_value_table,
    write_pdf,
)
from dla_desktop.documents.pdf.theme import (
    RULE,
    TINT,
    bullets,
    day,
    list_items,
    markup,
    money,
    number,
    paragraph,
    paragraphs,
    percent,
    period,
    styles,
    text,
)
from dla_desktop.domain.documents import PartnershipDossier
from dla_desktop.domain.enums import PartnershipCategory

GRID_WIDTHS = (0.19, 0.36, 0.15, 0.30)  # room for "Interlocuteur" and "Téléphone" in bold


def write_dossier(
    dossier: PartnershipDossier, destination: Path, *, deterministic: bool = False
) -> Path:
    """Write one partnership dossier to ``destination`` (replaced atomically)."""
    return write_pdf(
        Path(destination), _story(dossier), _info(dossier), deterministic=deterministic
    )


def write_dossiers(
    dossiers: Iterable[PartnershipDossier],
    folder: Path,
    *,
    deterministic: bool = False,
    on_written: Callable[[int, int, str], None] | None = None,
) -> list[Path]:
    """Write many dossiers into ``folder``, one file each, names made unique in the batch.

    ``on_written(done, total, file_name)`` runs after each file: it may raise to stop the
    batch (a cancel button); the files already written are complete, as each one is
    written atomically. A file of the same name already in the folder is replaced.
    """
    batch = list(dossiers)
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    names = unique_names([dossier_file_name(dossier) for dossier in batch])
    written: list[Path] = []
    for done, (dossier, name) in enumerate(zip(batch, names, strict=True), start=1):
        written.append(write_dossier(dossier, folder / name, deterministic=deterministic))
        if on_written is not None:
            on_written(done, len(batch), name)
    return written


def dossier_file_name(dossier: PartnershipDossier) -> str:
    """``Dossier de partenariat - <association> - <company>.pdf``, safe on every system."""
    parts = ("Dossier de partenariat", dossier.association.name, dossier.company.name)
    return safe_file_name(parts, ".pdf")


# --- the document ------------------------------------------------------------------------


def _info(dossier: PartnershipDossier) -> DocumentInfo:
    """Metadata and running header: the association's document, for one company."""
    association, company = dossier.association.name, dossier.company.name
    category = dossier.partnership.category.label
    return DocumentInfo(
        title=f"Dossier de partenariat — {association} — {company}",
        subject=f"Proposition de partenariat ({category.lower()}) à {company}",
        author=association,
        keywords=("dossier de partenariat", category, association, company),
        running_header=f"Dossier de partenariat pour {company}",
    )


def _story(dossier: PartnershipDossier) -> list[Flowable]:
    """The sections in the order a company reads them; empty ones are left out."""
    story: list[Flowable] = _opening(dossier)
    for section in (_who_we_are, _project, _needs, _counterparts, _budget, _contact):
        story += section(dossier)
    return story


def _opening(dossier: PartnershipDossier) -> list[Flowable]:
    """Title, the association presenting it, and the company it is addressed to."""
    association, company = dossier.association, dossier.company
    place = f"{text(association.town)}, le " if association.town.strip() else "Le "
    sender = [
        markup("Présenté par", "small"),
        markup(f"<b>{text(association.name)}</b>", "h2"),
        markup(f"{place}{text(day(dossier.issued_on))}", "body"),
    ]
    town = " ".join(part for part in (company.postal_code, company.town) if part.strip())
    addressee = [
        markup("À l'attention de", "small"),
        markup(f"<b>{text(company.name)}</b>", "h2"),
    ]
    if town:
        addressee.append(paragraph(town))
    header = Table([[sender, addressee]], colWidths=[CONTENT_WIDTH * 0.55, CONTENT_WIDTH * 0.45])
    header.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (1, 0), (1, 0), TINT),
                ("BOX", (1, 0), (1, 0), 0.6, RULE),
                ("LEFTPADDING", (1, 0), (1, 0), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    opening: list[Flowable] = [markup("Dossier de partenariat", "title")]
    if dossier.partnership.title.strip():
        opening.append(paragraph(dossier.partnership.title, "subtitle"))
    return [*opening, Spacer(1, 4 * mm), header, Spacer(1, 1 * mm)]


def _section(title: str, content: list[Flowable], keep: int = 1) -> list[Flowable]:
    """A heading kept with its first ``keep`` flowables (no heading alone at a page's foot)."""
    if not content:
        return []
    heading = Paragraph(text(title), _heading_style())
    return [KeepTogether([heading, *content[:keep]]), *content[keep:]]


@cache
def _heading_style() -> ParagraphStyle:
    """The house h1 a size smaller: a dossier is a letter, not a report.

    Named "h1" so write_pdf still lists the sections in the PDF's outline.
    """
    return ParagraphStyle(
        "h1", parent=styles()["h1"], fontSize=13, leading=17, spaceBefore=8, spaceAfter=3
    )


def _who_we_are(dossier: PartnershipDossier) -> list[Flowable]:
    """The association's identity card, and the programme that accompanied it."""
    association = dossier.association
    content: list[Flowable] = paragraphs(association.activity)
    place = " ".join(p for p in (association.postal_code, association.town) if p.strip())
    address = "\n".join(line for line in (association.address.strip(), place) if line)
    card = _grid(
        [
            [
                ("Secteur", association.sector),
                ("Équipe", _team(association.employees, association.fte)),
            ],
            [("Adresse", address)],
            [("N° RNA", association.rna), ("SIRET", association.siret)],
        ]
    )
    if content:
        content.append(Spacer(1, 2 * mm))
    content.append(card)
    if dossier.programme_title.strip():
        content.append(Spacer(1, 3 * mm))
        content.append(
            markup(
                "Notre association a suivi l'accompagnement collectif "
                f"<i>« {text(dossier.programme_title)} »</i> du Dispositif local "
                "d'accompagnement (DLA), pour préparer ses partenariats avec les entreprises.",
            )
        )
    return _section("Qui sommes-nous ?", content)


def _grid(lines: Sequence[Sequence[tuple[str, str]]]) -> Flowable:
    """Facts two per line, blank ones left out (a lone fact takes its whole line)."""
    kept = [[(label, value) for label, value in line if value.strip()] for line in lines]
    return label_value_grid([line for line in kept if line], widths=GRID_WIDTHS)


def _team(employees: int, fte: Decimal) -> str:
    """``12 salariés (8,5 ETP)``; "Aucun salarié" when there is none."""
    if employees <= 0 and fte <= 0:
        return "Aucun salarié"
    people = f"{number(employees)} salarié{'s' if employees > 1 else ''}"
    return f"{people} ({number(fte, 2)} ETP)" if fte > 0 else people


def _project(dossier: PartnershipDossier) -> list[Flowable]:
    """The project the company is asked to support (its title heads the first page)."""
    return _section("Notre projet", paragraphs(dossier.partnership.project))


def _needs(dossier: PartnershipDossier) -> list[Flowable]:
    """What the association lacks: a list when typed one need per line, else its text."""
    lines = list_items(dossier.partnership.needs)
    return _section(
        "Nos besoins", bullets(lines) if len(lines) > 1 else paragraphs("\n".join(lines))
    )


def _counterparts(dossier: PartnershipDossier) -> list[Flowable]:
    """One bullet per line the association typed."""
    items = list_items(dossier.partnership.counterparts)
    return _section("Ce que nous vous proposons en retour", bullets(items))


def _budget(dossier: PartnershipDossier) -> list[Flowable]:
    """Project budget, what is asked, the kind of partnership and its period."""
    partnership = dossier.partnership
    asked = "Montant sollicité"
    if partnership.category is not PartnershipCategory.MECENAT_FINANCIER:
        asked = "Valeur sollicitée"  # skills or goods: the contribution's value
    pairs: list[tuple[str, str]] = []
    if partnership.project_budget is not None:
        pairs.append(("Budget total du projet", money(partnership.project_budget)))
    if partnership.amount is not None:
        pairs.append((asked, _asked(partnership.amount, partnership.project_budget)))
    pairs.append(("Nature du partenariat", partnership.category.label))
    when = period(dossier.partnership.start_date, dossier.partnership.end_date)
    if when:
        pairs.append(("Période", when))
    return _section("Budget", [label_value_table(pairs, label_share=0.38)])


def _asked(amount: Decimal, budget: Decimal | None) -> str:
    """``8 000 € (24 % du budget)``: the share tells the company its weight in the project."""
    if not budget or budget <= 0 or amount <= 0:
        return money(amount)
    return f"{money(amount)} ({percent(amount / budget)} du budget)"


def _contact(dossier: PartnershipDossier) -> list[Flowable]:
    """Whom the company calls: the association's contact, else the association itself."""
    association, person = dossier.association, dossier.contact
    lines: list[list[tuple[str, str]]] = []
    if person is None:
        lines.append([("Association", association.name)])
    else:
        name = " ".join(p.strip() for p in (person.first_name, person.last_name) if p.strip())
        lines.append([("Interlocuteur", name), ("Fonction", person.role)])
        lines.append([("Courriel", person.email), ("Téléphone", person.phone)])
    if not any(value.strip() for line in lines[1:] for _label, value in line):
        lines[1:] = [[("Courriel", association.email), ("Téléphone", association.phone)]]
    # The office's small print ends the dossier: kept with the contact, never alone on a page.
    return _section("Contact", [_grid(lines), *_prepared_by(dossier)], keep=3)


def _prepared_by(dossier: PartnershipDossier) -> list[Flowable]:
    """The office that accompanied the association, in small print."""
    if dossier.issuer is None or not dossier.issuer.name.strip():
        return []
    return [
        Spacer(1, 6 * mm),
        markup(f"Dossier préparé avec l'accompagnement de {text(dossier.issuer.name)}.", "small"),
    ]
