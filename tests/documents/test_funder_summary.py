"""The funder synthèse: one page, its figures equal to the dataclass's, formatted the French way."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from dla_desktop.db.database import Database
from dla_desktop.documents.pdf.funder_summary import write_funder_summary
from dla_desktop.documents.pdf.theme import money, number, percent
from dla_desktop.domain.enums import ProgrammeStatus
from dla_desktop.domain.indicators import Rate
from dla_desktop.services.documents import funder_summary
from dla_desktop.services.funders import list_funders
from tests.documents.others_data import (
    HOSTILE,
    flat,
    funded,
    funder,
    has_images,
    leftovers,
    pdf_pages,
    pdf_text,
    summary,
)


def shown(value: str) -> str:
    return flat(value)


def test_key_figures_and_every_programme_line(tmp_path: Path) -> None:
    data = summary(3)
    text = pdf_text(write_funder_summary(data, tmp_path / "s.pdf"))
    assert "Synthèse financeur Région Hauts-de-France · Conseil régional" in text
    assert f"{shown(money(data.total))} apportés au total" in text
    assert "3 programmes financés" in text
    assert f"{data.associations_reached} associations accompagnées" in text
    assert f"{data.partnerships_obtained} partenariats obtenus" in text
    assert (
        "Programme et période Montant Part du financement Associations Coût par association "
        "Séances Assiduité Partenariats obtenus"
    ) in text
    for programme in data.programmes:
        assert programme.title in text.replace("- ", "-")
        year = programme.start_date.year  # type: ignore[union-attr]
        figures = " ".join(
            shown(value)
            for value in (
                f"janv. {year} – déc. {year} · {programme.status.label}",
                money(programme.amount),
                percent(programme.share),
                number(programme.associations),
                money(programme.per_association),
                number(programme.sessions_held),
                percent(programme.attendance),
                number(programme.partnerships_obtained),
            )
        )
        assert figures in text, figures
    assert "Synthèse éditée le 12 mars 2026 par CBE de Lille." in text
    assert "Montants par programme" in text


def test_total_line_adds_amounts_and_recomputes_rates(tmp_path: Path) -> None:
    data = summary(3)
    text = pdf_text(write_funder_summary(data, tmp_path / "s.pdf"))
    programmes = data.programmes
    funded_total = sum((p.funded_total for p in programmes), Decimal(0))
    present = Rate(
        sum(p.attendance.count for p in programmes), sum(p.attendance.total for p in programmes)
    )
    total = " ".join(
        shown(value)
        for value in (
            "Total janv. 2020 – déc. 2022",
            money(data.total),
            percent(data.total / funded_total),
            number(data.associations_reached),  # distinct associations, not the sum
            money((data.total / data.associations_reached).quantize(Decimal("0.01"))),
            number(sum(p.sessions_held for p in programmes)),
            percent(present),
            number(data.partnerships_obtained),
        )
    )
    assert total in text, total
    assert "chaque association compte une fois" in text  # sum 36 vs 34 distinct


def test_eight_programmes_stay_on_one_page(tmp_path: Path) -> None:
    # GIVEN eight programmes with realistic, fairly long titles
    programmes = tuple(
        funded(
            index,
            title=f"Accompagnement collectif mécénat et partenariats, édition {2030 - index}",
            status=ProgrammeStatus.EN_COURS if index == 1 else ProgrammeStatus.CLOS,
        )
        for index in range(1, 9)
    )
    data = summary(8, programmes=programmes, funder=funder("Conseil départemental du Nord"))
    path = write_funder_summary(data, tmp_path / "eight.pdf")
    # THEN it is one page with the table, the chart and the issuer
    assert len(PdfReader(path).pages) == 1
    text = pdf_text(path)
    assert "Montants par programme" in text and "Synthèse éditée le" in text
    assert "édition 2029" in text and "En cours" in text


def test_beyond_eight_it_may_flow_but_stays_compact(tmp_path: Path) -> None:
    data = summary(14)
    path = write_funder_summary(data, tmp_path / "many.pdf")
    pages = pdf_pages(path)
    assert len(pages) == 2
    assert "Programme et période Montant" in pages[1] or "Montants par programme" in pages[1]
    assert "page 2 / 2" in pages[1]


def test_a_funder_with_no_programme_yet(tmp_path: Path) -> None:
    empty = summary(0, associations_reached=0, partnerships_obtained=0, issuer=None)
    path = write_funder_summary(empty, tmp_path / "empty.pdf")
    text = pdf_text(path)
    assert "0 € apportés au total" in text
    assert "0 programme financé 0 association accompagnée 0 partenariat obtenu" in text
    assert "Aucun programme financé pour l'instant." in text
    assert "Programme et période" not in text and "Montants par programme" not in text
    assert "Synthèse éditée le 12 mars 2026." in text
    assert PdfReader(path).metadata.author == "DLA Desktop"


def test_unknown_share_and_dates_show_a_dash_never_none(tmp_path: Path) -> None:
    odd = funded(
        1,
        share=None,
        per_association=None,
        start_date=None,
        end_date=None,
        associations=0,
        attendance=Rate(0, 0),
        funded_total=Decimal(0),
    )
    data = summary(1, programmes=(odd,), associations_reached=0)
    text = pdf_text(write_funder_summary(data, tmp_path / "odd.pdf"))
    assert f"Clos {shown(money(odd.amount))} — 0 — {odd.sessions_held} — 1" in text
    assert "None" not in text and "1 programme financé" in text


def test_a_programme_running_from_a_start_only(tmp_path: Path) -> None:
    running = funded(1, end_date=None, status=ProgrammeStatus.EN_COURS)
    text = pdf_text(write_funder_summary(summary(1, programmes=(running,)), tmp_path / "r.pdf"))
    assert "depuis janv. 2020 · En cours" in text
    assert "Montants par programme" not in text  # one bar would repeat the table


def test_hostile_strings_print_literally(tmp_path: Path) -> None:
    programmes = tuple(funded(i + 1, title=value) for i, value in enumerate(HOSTILE))
    data = summary(
        4,
        programmes=programmes,
        funder=funder(HOSTILE[1]),
        issuer=replace(summary().issuer, name=HOSTILE[2]),  # type: ignore[arg-type]
    )
    path = write_funder_summary(data, tmp_path / "evil.pdf")
    text = pdf_text(path)
    for value in HOSTILE:
        assert flat(value) in text, value
    assert not has_images(path)
    assert PdfReader(path).metadata.title == f"Synthèse financeur — {HOSTILE[1]}"


def test_metadata(tmp_path: Path) -> None:
    meta = PdfReader(write_funder_summary(summary(), tmp_path / "s.pdf")).metadata
    assert meta.title == "Synthèse financeur — Région Hauts-de-France"
    assert meta.author == "CBE de Lille"
    assert meta.subject == "Programmes financés par Région Hauts-de-France et leurs résultats"
    assert "Conseil régional" in meta["/Keywords"]


def test_deterministic_mode_gives_the_same_bytes(tmp_path: Path) -> None:
    first = write_funder_summary(summary(), tmp_path / "a.pdf", deterministic=True)
    second = write_funder_summary(summary(), tmp_path / "b.pdf", deterministic=True)
    assert first.read_bytes() == second.read_bytes()


def test_unwritable_destination_raises_and_leaves_nothing(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(OSError):
        write_funder_summary(summary(), blocker / "s.pdf")
    with pytest.raises(OSError):
        write_funder_summary(summary(), tmp_path / "missing" / "s.pdf")
    assert leftovers(tmp_path) == []


# --- end to end on the demo ------------------------------------------------------------------


def test_demo_funders_end_to_end(demo_database: Database, tmp_path: Path) -> None:
    # GIVEN every funder of the demo, its synthèse read by the services
    with demo_database.reading() as session:
        summaries = [
            funder_summary(session, funder_.id, date(2026, 11, 23))
            for funder_ in list_funders(session)
        ]
    assert any(s.programmes for s in summaries) and any(not s.programmes for s in summaries)
    for index, data in enumerate(summaries):
        # WHEN it is written
        path = write_funder_summary(data, tmp_path / f"funder-{index}.pdf")
        text = pdf_text(path)
        # THEN one page whose figures are the services' own, formatted the French way
        assert len(PdfReader(path).pages) == 1
        assert flat(f"{data.funder.name} · {data.funder.kind.label}") in text
        assert f"{flat(money(data.total))} apportés au total" in text
        assert f"{data.associations_reached} association" in text
        for programme in data.programmes:
            assert flat(programme.title) in text.replace("- ", "-")
            figures = " ".join(
                flat(value)
                for value in (
                    money(programme.amount),
                    percent(programme.share),
                    number(programme.associations),
                    money(programme.per_association),
                    number(programme.sessions_held),
                    percent(programme.attendance),
                    number(programme.partnerships_obtained),
                )
            )
            assert figures in text, figures
        assert "None" not in text and data.funder.id not in text
