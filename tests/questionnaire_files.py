"""Questionnaire PDFs as an association sends them back: filled, tampered with, or foreign."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfWriter
from pypdf.generic import NameObject, TextStringObject

from dla_desktop.domain.questionnaire_forms import FORM_ID_FIELD


def fill_form(
    source: Path,
    target: Path,
    *,
    partnership: str | None = None,  # "oui" / "non"
    company: str = "",
    category: str = "",
    amount: str = "",
    jobs_created: str = "",
    jobs_consolidated: str = "",
    satisfaction: dict[str, int] | None = None,
    comment: str = "",
) -> Path:
    """Fill a generated form the way a PDF reader saves it (pypdf, no appearance regeneration)."""
    values: dict[str, str] = {}
    if partnership is not None:
        values["partenariat"] = f"/{partnership}"
    texts = {
        "entreprise": company,
        "categorie": category,
        "montant": amount,
        "emplois_crees": jobs_created,
        "emplois_consolides": jobs_consolidated,
        "commentaire": comment,
    }
    values.update({name: value for name, value in texts.items() if value})
    for volet_id, mark in (satisfaction or {}).items():
        values[f"satisfaction_{volet_id}"] = f"/{mark}"
    writer = PdfWriter(clone_from=source)
    writer.update_page_form_field_values(None, values, auto_regenerate=False)
    writer.set_need_appearances_writer(True)
    writer.write(target)
    return target


def with_token(source: Path, target: Path, token: str) -> Path:
    """The form with its hidden identifier edited (someone pasted another one in)."""
    writer = PdfWriter(clone_from=source)
    for page in writer.pages:
        for annotation in page.get("/Annots", []):
            widget = annotation.get_object()
            holder = widget.get("/Parent", widget).get_object()
            if holder.get("/T") == FORM_ID_FIELD:
                holder[NameObject("/V")] = TextStringObject(token)
    writer.write(target)
    return target


def foreign_pdf(path: Path) -> Path:
    """A real PDF that is not one of our forms (an invoice, say)."""
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path))
    canvas.drawString(72, 720, "Facture n° 2026-041")
    canvas.save()
    return path
