"""The list of participants: associations in table order, then companies by name."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from dla_desktop.documents.pdf.layout import data_table, write_pdf
from dla_desktop.documents.pdf.meeting.kinds import MaterialKind, document_info
from dla_desktop.documents.pdf.meeting.seats import caption, tables
from dla_desktop.documents.pdf.theme import markup, paragraph, text
from dla_desktop.domain.meeting_views import MeetingPlan, Party
from dla_desktop.domain.text import folded


def write_participants(plan: MeetingPlan, destination: Path, deterministic: bool) -> Path:
    """Associations in table order (as seated in the room), then companies alphabetically.

    An empty table (left by an association that unregistered) is not listed; the others
    keep their numbers.
    """
    seated = tables(plan)
    companies = sorted(plan.companies, key=lambda p: folded(p.name))
    story: list[Flowable] = [
        markup("Liste des participants", "title"),
        paragraph(plan.title, "subtitle"),
        paragraph(caption(plan), "small"),
        Spacer(1, 4 * mm),
        markup(f"Associations ({len(seated)})", "h1"),
        data_table(
            ("Table", "Association", "Représentants", "Présentation"),
            [(n, _named(p), p.representatives, p.presentation) for n, p in seated],
            (0.08, 0.30, 0.24, 0.38),
        ),
        markup(f"Entreprises ({len(companies)})", "h1"),
        data_table(
            ("Entreprise", "Représentants", "Présentation"),
            [(_named(p), p.representatives, p.presentation) for p in companies],
            (0.34, 0.26, 0.40),
        ),
    ]
    if plan.organisers.strip():
        story += [Spacer(1, 4 * mm), markup(f"Organisé par {text(plan.organisers)}.", "small")]
    info = document_info(plan, MaterialKind.PARTICIPANTS)
    return write_pdf(destination, story, info, deterministic=deterministic)


def _named(party: Party) -> str:
    """The name with the town on a second line (data_table escapes it)."""
    town = party.town.strip()
    return f"{party.name}\n{town}" if town else party.name
