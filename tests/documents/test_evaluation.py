"""The evaluation report read back: its figures are the services', formatted the French way.

Funders check figures against what the coordinator told them, so every key figure printed
must be the one in ``report.indicators``: each test reads the PDF's text back (pypdf) and
looks for the value formatted by the same theme helpers.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pypdf
import pytest

from dla_desktop.db.database import Database
from dla_desktop.documents.pdf.evaluation import SECTIONS, write_evaluation
from dla_desktop.documents.pdf.theme import money, number, out_of, percent
from dla_desktop.domain.documents import EvaluationReport
from dla_desktop.domain.indicators import Rate
from dla_desktop.services.documents import evaluation_report
from dla_desktop.services.programmes import list_programmes
from tests.documents.evaluation_data import (
    HOSTILE,
    empty_report,
    hostile_report,
    large_report,
    lille_report,
)

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def flat(value: str) -> str:
    """Spaces of every kind (no-break, line ends) as one plain space, to compare text."""
    return re.sub(r"\s+", " ", value.replace("\u00a0", " ").replace("\u202f", " ")).strip()


def pages(path: Path) -> list[str]:
    """Each page's text, flattened."""
    return [flat(page.extract_text()) for page in pypdf.PdfReader(path).pages]


def body(path: Path) -> str:
    """The text after the cover and the contents page, where the sections are."""
    return " ".join(pages(path)[2:])


def attendance(rate: Rate) -> str:
    return f"{number(rate.count)} / {number(rate.total)} · {percent(rate)}"


@pytest.fixture(scope="module")
def lille() -> EvaluationReport:
    return lille_report()


@pytest.fixture(scope="module")
def lille_pdf(lille: EvaluationReport, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Written once for the read-only tests of this module."""
    return write_evaluation(lille, tmp_path_factory.mktemp("evaluation") / "lille.pdf")


def key_figures(report: EvaluationReport) -> dict[str, str]:
    """Each key figure of the report as the key figures page must show it (value, caption)."""
    indicators = report.indicators
    return {
        "associations": f"{number(indicators.associations)} associations",
        "jobs": f"{number(indicators.jobs_headcount)} emplois concernés",
        "fte": f"{number(indicators.jobs_fte, 2)} équivalents temps plein",
        "budget": f"{money(indicators.budget.budget)} budget global d'ingénierie",
        "per association": f"{money(indicators.budget.per_association_flat)} par association",
        "volets": f"{len(report.volets)} volets",
        "sessions held": f"{number(indicators.sessions_held)} séances tenues",
        "attendance": f"{percent(indicators.attendance)} taux de présence",
        "partnerships": f"{number(indicators.partnerships_obtained)} partenariats obtenus",
    }


def assert_figures_match(report: EvaluationReport, path: Path) -> None:
    """Key figures, funders' amounts and shares, volets' attendance: the indicators' own."""
    key_page = pages(path)[2]
    for what, figure in key_figures(report).items():
        assert flat(figure) in key_page, what
    text = body(path)
    budget = report.indicators.budget
    for funder in budget.funders:
        assert flat(f"{funder.name} {funder.kind.label} {money(funder.amount)}") in text
        assert flat(f"{money(funder.amount)} {percent(funder.share)}") in text
    assert flat(f"Total des financements {money(budget.funded)} 100 %") in text
    for name, rate in report.indicators.attendance_by_volet:
        assert flat(f"Présence sur le volet {attendance(rate)}") in text, name


def test_key_figures_are_the_indicators_formatted(lille: EvaluationReport, lille_pdf: Path) -> None:
    assert_figures_match(lille, lille_pdf)
    # The figures the hand-built data was given, so a formatting slip cannot hide.
    key_page = pages(lille_pdf)[2]
    assert "32 700 € budget global" in key_page
    assert "1 557,14 € par association" in key_page
    assert "115,5 équivalents" in key_page


def test_demo_programme_end_to_end(demo_database: Database, tmp_path: Path) -> None:
    # GIVEN the demo's Lille programme, read by the services as the application does
    with demo_database.reading() as session:
        lille = next(row for row in list_programmes(session) if "2006" in row.title)
        report = evaluation_report(session, lille.id, date(2026, 11, 23))
    # WHEN its evaluation report is written
    path = write_evaluation(report, tmp_path / "lille.pdf")
    # THEN every figure printed is the services' figure, and the seed's figures are there
    assert_figures_match(report, path)
    key_page = pages(path)[2]
    assert "21 associations" in key_page and "32 700 € budget global" in key_page
    text = body(path)
    assert "30 associations invitées, 21 inscrites" in text
    assert flat(f"pour un montant total de {money(report.indicators.partnerships_amount)}") in text
    for volet in report.volets:
        assert flat(f"Volet « {volet.volet.display_name} »") in text
        if volet.cabinet_name:
            assert flat(f"Cabinet {volet.cabinet_name}") in text
    for line in report.partnerships:
        assert flat(line.company) in text
    assert not any(UUID.search(page) for page in pages(path))


def test_demo_programme_in_preparation_builds(demo_database: Database, tmp_path: Path) -> None:
    """The demo's other programme is still being set up: little data, still a clean report."""
    with demo_database.reading() as session:
        rows = [row for row in list_programmes(session) if "2006" not in row.title]
        reports = [evaluation_report(session, row.id, date(2026, 11, 23)) for row in rows]
    assert reports
    for index, report in enumerate(reports):
        path = write_evaluation(report, tmp_path / f"programme-{index}.pdf")
        assert_figures_match(report, path)
        assert "None" not in " ".join(pages(path))


def test_unfunded_remainder(lille: EvaluationReport, lille_pdf: Path) -> None:
    budget = lille.indicators.budget
    assert flat(f"Reste à financer : {money(budget.unfunded)}.") in body(lille_pdf)


def test_volets_attendance_and_sessions(lille: EvaluationReport, lille_pdf: Path) -> None:
    text = body(lille_pdf)
    marketing = lille.volets[0]
    first = marketing.sessions[0]
    assert flat(f"28 mars 2006 Demi-journée {first.title} {first.subgroup} 3,5 h") in text
    assert flat(attendance(first.attendance)) in text
    assert flat(f"{marketing.interviews_held} entretiens tenus · présence") in text
    assert "Groupe A (4 associations) : Association 002" in text
    assert "3 comités de pilotage tenus." in text


def test_history_follow_up_and_partnerships(lille: EvaluationReport, lille_pdf: Path) -> None:
    text = body(lille_pdf)
    indicators = lille.indicators
    assert "30 associations invitées, 21 inscrites (dont 1 abandon)" in text
    assert "Réunion d'information 18 octobre 2005 Démarrage 7 mars 2006 Fin 27 juin 2006" in text
    assert flat(f"Réponses {out_of(indicators.questionnaire_responses)} (50 %)") in text
    assert "1 association sur 6 ayant répondu a obtenu un partenariat" in text
    assert "Jours de suivi prévus 31,5 jours Jours de suivi réalisés 18,5 jours" in text
    assert flat(f"pour un montant total de {money(indicators.partnerships_amount)}") in text
    assert "Banque Coopérative du Nord Mécénat financier Signé 20 novembre 2006 5 000 €" in text
    assert "Sélectionner les associations sur leur potentiel de fonds privés" in text
    assert "Prévoir des temps informels entre associations" in text  # its "- " dropped
    assert "dla@cbe-rtvl.example.org" in text and "01 99 00 10 20" in text


def test_participants_and_budget_tables_total_the_indicators(
    lille: EvaluationReport, lille_pdf: Path
) -> None:
    text = body(lille_pdf)
    indicators = lille.indicators
    jobs = f"{number(indicators.jobs_headcount)} {number(indicators.jobs_fte, 2)}"
    assert flat(f"Total : 21 associations {jobs}") in text
    assert "Association 005 (abandon)" in text
    budget = indicators.budget
    assert flat(f"Total 32 700 € {money(budget.planned)} {money(budget.actual)}") in text
    row = lille.association_budgets[1]
    assert flat(f"{row.name} {row.volets} 1 557,14 € 1 680,95 € 1 401,43 € 1 533,33 €") in text


def test_sections_come_numbered_in_order(lille_pdf: Path) -> None:
    text = body(lille_pdf)
    positions = [text.find(f"{n}. {title}") for n, (title, _b, _p) in enumerate(SECTIONS, 1)]
    assert -1 not in positions
    assert positions == sorted(positions)


def test_contents_page_lists_every_section_with_its_page(lille_pdf: Path) -> None:
    # Layout mode: the plain one loses the dots and page of the last entry.
    page = pypdf.PdfReader(lille_pdf).pages[1]
    contents = flat(page.extract_text(extraction_mode="layout"))
    assert "Sommaire" in contents
    for n, (title, _build, _page) in enumerate(SECTIONS, 1):
        assert re.search(rf"{n}\. {re.escape(title)}[ .]*\d+", contents), title
    assert re.search(r"Volet « Mécénat »[ .]*\d+", contents)


def test_cover_pages_and_footer(lille: EvaluationReport, lille_pdf: Path) -> None:
    every = pages(lille_pdf)
    cover = every[0]
    assert "RAPPORT D'ÉVALUATION" in cover
    assert "Édité le 23 novembre 2026" in cover
    assert "du 7 mars 2006 au 27 juin 2006" in cover
    assert "CBE de Lille (Comité de Bassin d'Emploi)" in cover
    for funder in lille.indicators.budget.funders:
        assert flat(funder.name) in cover
    assert f"page 3 / {len(every)}" in every[2]
    assert "page" not in cover  # the cover carries no footer
    assert 8 <= len(every) <= 16


def test_metadata(lille: EvaluationReport, lille_pdf: Path) -> None:
    metadata = pypdf.PdfReader(lille_pdf).metadata
    assert metadata is not None
    assert metadata.title == f"Rapport d'évaluation — {lille.programme.title}"
    assert metadata.author == "CBE Roubaix-Tourcoing Vallée de la Lys, CBE de Lille"
    assert lille.programme.title in (metadata.subject or "")
    assert "Mécénat" in metadata["/Keywords"] and "évaluation" in metadata["/Keywords"]


def test_no_raw_id_none_or_english(lille_pdf: Path) -> None:
    for text in pages(lille_pdf):
        assert not UUID.search(text)
        assert "None" not in text and "Decimal" not in text


def test_same_report_gives_the_same_bytes(lille: EvaluationReport, tmp_path: Path) -> None:
    first = write_evaluation(lille, tmp_path / "a.pdf", deterministic=True)
    second = write_evaluation(lille, tmp_path / "b.pdf", deterministic=True)
    assert first.read_bytes() == second.read_bytes()


def test_hostile_strings_print_literally(tmp_path: Path) -> None:
    report = hostile_report()
    path = write_evaluation(report, tmp_path / "hostile.pdf")
    every = pages(path)
    text = " ".join(every)
    literal = flat(HOSTILE)
    for prefix in (
        "Programme",  # title: cover
        "Bureau",  # office: cover and contact
        "Financeur",  # funder: cover and funders table
        "Cabinet",  # cabinet: volet card
        "Groupe",  # sub-group
        "Leçon",  # lessons
        "(1 association) : Asso",  # an association's name, in its sub-group's line
    ):
        assert flat(f"{prefix} {HOSTILE}") in text, prefix
    assert text.count(literal) >= 12  # history, objective, texts of the volet, tables...
    assert "Deuxième leçon" in text and "fin" in text  # the emoji line (not asserted itself)
    assert flat(f"Volet « Volet {HOSTILE} »") in text  # volet name, heading and contents
    assert flat(f"Volet « Volet {HOSTILE} »") in every[1]
    raw = path.read_bytes()
    assert b"/Subtype /Image" not in raw  # <img src> embedded nothing
    metadata = pypdf.PdfReader(path).metadata
    assert metadata is not None and metadata.title.endswith(HOSTILE)


def test_an_empty_programme_builds_and_says_so(tmp_path: Path) -> None:
    path = write_evaluation(empty_report(), tmp_path / "empty.pdf")
    every = pages(path)
    text = " ".join(every)
    for message in (
        "Aucun volet n'a encore été défini.",
        "Aucune association inscrite.",
        "Aucun financement enregistré.",
        "Aucun partenariat obtenu à ce jour.",
        "Enseignements non renseignés.",
        "Aucun bureau renseigné.",
        "dates non fixées",
    ):
        assert message in text
    assert "None" not in text
    assert len(every) <= 6  # no page per empty section
    metadata = pypdf.PdfReader(path).metadata
    assert metadata is not None and metadata.author == "DLA Desktop"


def test_500_participants_split_with_header_repeated(tmp_path: Path) -> None:
    report = large_report(associations=500, collective_sessions=40)
    path = write_evaluation(report, tmp_path / "large.pdf")
    every = pages(path)
    start = next(i for i, text in enumerate(every) if i > 1 and "4. Participants" in text)
    header = "Association Secteur Commune Emplois ETP Volets"
    later = every[start + 3]
    assert header in later
    assert "Association 200" in " ".join(every[start + 1 : start + 6])
    assert flat(f"Total : 500 associations {number(report.indicators.jobs_headcount)}") in (
        " ".join(every[start:])
    )


def test_unwritable_destination_raises_and_leaves_nothing(tmp_path: Path) -> None:
    taken = tmp_path / "rapport.pdf"
    taken.mkdir()  # a folder where the file should go: the final rename fails
    with pytest.raises(OSError):
        write_evaluation(empty_report(), taken)
    assert [p.name for p in tmp_path.iterdir()] == ["rapport.pdf"]
    with pytest.raises(OSError):
        write_evaluation(empty_report(), tmp_path / "missing" / "rapport.pdf")
