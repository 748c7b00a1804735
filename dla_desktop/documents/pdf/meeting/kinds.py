"""The five documents: their order, titles, file names and metadata; which plans print."""

from __future__ import annotations

from enum import StrEnum

from dla_desktop.documents.file_names import safe_file_name
from dla_desktop.documents.pdf.layout import DocumentInfo
from dla_desktop.documents.pdf.meeting.seats import real_associations
from dla_desktop.documents.pdf.theme import day
from dla_desktop.domain.errors import ValidationError
from dla_desktop.domain.meeting_views import MeetingPlan


class MaterialKind(StrEnum):
    """The five documents, in the order they are written (and sorted in the folder)."""

    GRID = "grille"
    AGENDAS = "agendas"
    CARDS = "chevalets"
    PARTICIPANTS = "participants"
    RULES = "regles"


TITLES = {
    MaterialKind.GRID: "Grille générale",
    MaterialKind.AGENDAS: "Agendas",
    MaterialKind.CARDS: "Chevalets",
    MaterialKind.PARTICIPANTS: "Liste des participants",
    MaterialKind.RULES: "Règles de la rencontre",
}


def material_file_name(kind: MaterialKind, plan: MeetingPlan) -> str:
    """``1 - Grille générale - <meeting> - 14 mars 2017.pdf``: numbered to sort in order."""
    number = list(MaterialKind).index(kind) + 1
    return safe_file_name((str(number), TITLES[kind], plan.title, day(plan.date)), ".pdf")


def check_plan(plan: MeetingPlan) -> None:
    """Refuse, in French, a meeting with nobody to seat: nothing would be worth printing."""
    if not real_associations(plan) or not plan.companies:
        raise ValidationError.single(
            "participants",
            "Inscrivez au moins une association et une entreprise avant d'imprimer "
            "les documents de la rencontre.",
        )


def document_info(plan: MeetingPlan, kind: MaterialKind) -> DocumentInfo:
    """Metadata and running header: which document of which meeting."""
    title = f"{TITLES[kind]} — {plan.title}"
    return DocumentInfo(
        title=title,
        subject=f"{TITLES[kind]} de la rencontre du {day(plan.date)}",
        author=plan.organisers.strip() or "DLA Desktop",
        keywords=("speed dating", "rencontre associations-entreprises", TITLES[kind]),
        running_header=f"{title} — {day(plan.date)}",
    )
