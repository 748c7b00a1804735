"""Bookmarks lead to their heading's page, though the numbered canvas holds pages back.

``write_pdf`` defers every page until the count is known ("page 3 / 12"); reportlab points
a bookmark at the page the document has reached, so bookmarks must wait with their page or
every entry of the outline opens page 1.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.platypus import PageBreak

from dla_desktop.documents.pdf.evaluation import write_evaluation
from dla_desktop.documents.pdf.layout import DocumentInfo, write_pdf
from dla_desktop.documents.pdf.theme import markup
from tests.documents.evaluation_data import lille_report
from tests.documents.others_data import flat

HEADINGS = ("Premier chapitre", "Deuxième chapitre", "Troisième chapitre")


def outline(reader: PdfReader, items: list[Any] | None = None) -> Iterator[tuple[str, int]]:
    """Every outline entry, nested ones included, as (title, page number from 1)."""
    for item in reader.outline if items is None else items:
        if isinstance(item, list):
            yield from outline(reader, item)
        else:
            yield flat(item.title), reader.get_destination_page_number(item) + 1


def info(**changes: Any) -> DocumentInfo:
    values: dict[str, Any] = {
        "title": "Essai",
        "subject": "Signets",
        "author": "DLA Desktop",
        "running_header": "Essai",
    }
    values.update(changes)
    return DocumentInfo(**values)


def three_chapters() -> list[Any]:
    story: list[Any] = []
    for heading in HEADINGS:
        if story:
            story.append(PageBreak())
        story += [markup(heading, "h1"), markup(f"Le texte du {heading.lower()}.")]
    return story


@pytest.mark.parametrize(
    ("document", "first"),
    [
        pytest.param(info(), 1, id="plain"),
        # the cover and the contents (a multi-pass build) come before the first chapter
        pytest.param(info(cover=(markup("Couverture", "title"),), contents=True), 3, id="cover"),
    ],
)
def test_each_heading_s_bookmark_opens_its_own_page(
    document: DocumentInfo, first: int, tmp_path: Path
) -> None:
    # GIVEN three h1 headings, one per page
    path = write_pdf(tmp_path / "chapitres.pdf", three_chapters(), document, deterministic=True)
    # WHEN the outline is read back
    reader = PdfReader(path)
    # THEN each entry points to the page its heading is on
    assert list(outline(reader)) == [
        (heading, first + index) for index, heading in enumerate(HEADINGS)
    ]
    for heading, page in outline(reader):
        assert heading in flat(reader.pages[page - 1].extract_text())


def test_the_evaluation_report_s_outline_opens_each_section_at_its_heading(
    tmp_path: Path,
) -> None:
    # GIVEN the demo's report, cover and contents first, sections on pages of their own
    path = write_evaluation(lille_report(), tmp_path / "lille.pdf", deterministic=True)
    reader = PdfReader(path)
    entries = list(outline(reader))
    assert len(entries) > 9  # nine sections and their sub-sections
    # THEN every entry (section or sub-section) opens the page that prints its heading
    for title, page in entries:
        assert page > 2, title  # after the cover and the contents
        assert title in flat(reader.pages[page - 1].extract_text()), (title, page)
    # ... in reading order, the sections spread over the report's pages
    pages = [page for _, page in entries]
    assert pages == sorted(pages)
    assert len(set(pages)) > 5
