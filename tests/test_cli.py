"""The command line as scripts use it: output, exit codes, French errors, never a traceback."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from dla_desktop.cli import main
from dla_desktop.services.demo import load_demo_facts

FACTS = load_demo_facts()


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.dla"
    assert main(["demo", str(path)]) == 0
    return path


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Path:
    """A private copy, so a test may damage it."""
    copy = tmp_path / "demo.dla"
    shutil.copyfile(demo_file, copy)
    return copy


def run(*args: str) -> subprocess.CompletedProcess[str]:
    """The real entry point in a new process, as a script would call it."""
    return subprocess.run(
        [sys.executable, "-m", "dla_desktop", *args], capture_output=True, text=True, timeout=60
    )


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.startswith("DLA Desktop ")


def test_demo_refuses_to_overwrite(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = demo.read_bytes()
    assert main(["demo", str(demo)]) == 1
    err = capsys.readouterr().err
    assert "existe déjà" in err and err.count("\n") == 1
    assert demo.read_bytes() == before


@pytest.mark.parametrize(
    ("kind", "count", "a_name"),
    [
        ("programmes", 2, "Développer les partenariats associations–entreprises"),
        ("associations", len(FACTS["associations"] + FACTS["cher_associations"]), "Clic & Partage"),
        ("companies", len(FACTS["companies"]), "Torréfaction des Flandres"),
        ("meetings", 4, "Speed dating associations–entreprises n° 3"),
    ],
)
def test_list_prints_id_tab_name(
    demo: Path, capsys: pytest.CaptureFixture[str], kind: str, count: int, a_name: str
) -> None:
    assert main(["list", kind, str(demo)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == count
    ids, names = zip(*(line.split("\t") for line in lines), strict=True)
    assert all(len(i) == 36 for i in ids)
    assert any(name.startswith(a_name) for name in names)


def test_indicators_text_of_the_lille_programme(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    title = "Développer les partenariats associations–entreprises (métropole lilloise, 2006)"
    assert main(["indicators", str(demo), title]) == 0
    out = capsys.readouterr().out
    assert "Associations : 21 (Culture 14" in out
    assert "Emplois concernés : 150" in out
    assert "Budget d'ingénierie : 32\u00a0700,00\u00a0€" in out
    assert "Budget par association (forfait) : 1\u00a0557,14\u00a0€" in out
    assert "Partenariat obtenu (répondants) : 16,7 % (2 sur 12)" in out


def test_indicators_json_by_id(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["list", "programmes", str(demo)])
    programme_id = next(
        line.split("\t")[0] for line in capsys.readouterr().out.splitlines() if "lilloise" in line
    )
    assert main(["indicators", str(demo), programme_id, "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["associations"] == 21
    assert figures["jobs_headcount"] == 150
    assert figures["budget"]["budget"] == "32700.00"
    assert figures["budget"]["per_association_flat"] == "1557.14"
    assert figures["budget"]["funded"] == "32700.00"
    assert {v["name"]: v["per_association"] for v in figures["budget"]["volets"]} == {
        "Marketing": "1300.00",
        "Mécénat": "1200.00",
        "Fiscalité": "314.29",
    }
    assert figures["partnership_respondents"] == {"count": 2, "total": 12, "ratio": "0.1667"}


def test_check_on_a_sound_file(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(demo)]) == 0
    out = capsys.readouterr().out
    assert "integrity_check" in out and "Aucun problème trouvé." in out


def test_check_reports_a_broken_reference(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import sqlite3

    with sqlite3.connect(demo) as raw:  # foreign keys are off in a raw connection
        raw.execute("UPDATE enrolment SET association_id = 'nobody' WHERE rowid = 1")
    assert main(["check", str(demo)]) == 1
    captured = capsys.readouterr()
    assert "Référence cassée : enrolment" in captured.out
    assert "problème(s) trouvé(s)" in captured.err


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["list", "associations", "absent.dla"], 1, "introuvable"),
        (["indicators", "DEMO", "Programme inconnu"], 1, "Aucun programme"),
        (["list", "volets", "DEMO"], 2, "choix invalide"),
        (["--frobnicate"], 2, "erreur d'utilisation"),
        (["absent.dla"], 1, "introuvable"),
        (["demo"], 2, "arguments obligatoires manquants"),
    ],
)
def test_errors_are_one_french_line_and_no_traceback(
    demo: Path, args: list[str], code: int, message: str
) -> None:
    result = run(*[str(demo) if a == "DEMO" else a for a in args])
    assert result.returncode == code
    assert message in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_a_text_file_is_refused_by_every_command(tmp_path: Path) -> None:
    notes = tmp_path / "notes.dla"
    notes.write_text("pas une base", encoding="utf-8")
    for args in (["check", str(notes)], ["list", "programmes", str(notes)]):
        result = run(*args)
        assert result.returncode == 1
        assert "n'est pas une base DLA Desktop" in result.stderr
    assert notes.read_text(encoding="utf-8") == "pas une base"


def test_a_list_piped_into_head_ends_quietly(
    demo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # `dla-desktop list ... | head -1`: the reader closes the pipe early; not an error.
    import os

    read_end, write_end = os.pipe()
    os.close(read_end)
    with capsys.disabled(), os.fdopen(write_end, "w", buffering=1) as closed_pipe:
        monkeypatch.setattr(sys, "stdout", closed_pipe)
        assert main(["list", "associations", str(demo)]) == 0
    assert capsys.readouterr().err == ""


def test_check_does_not_change_the_file(demo: Path) -> None:
    before = demo.read_bytes()
    assert run("check", str(demo)).returncode == 0
    assert demo.read_bytes() == before


# --- export: the PDF documents without a screen ---------------------------------------


def first_id(demo: Path, kind: str, capsys: pytest.CaptureFixture[str], contains: str = "") -> str:
    """The id of the first listed record whose name contains ``contains``."""
    assert main(["list", kind, str(demo)]) == 0
    lines = capsys.readouterr().out.splitlines()
    return next(line.split("\t")[0] for line in lines if contains in line)


def pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_export_evaluation_by_title_with_a_date_of_issue(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    title = first_name(demo, capsys, "2006")
    out = tmp_path / "rapport.pdf"
    assert main(["export", "evaluation", str(demo), title, str(out), "--date", "12/03/2026"]) == 0
    assert capsys.readouterr().out.strip() == f"Rapport d'évaluation écrit : {out}"
    text = pdf_text(out)
    assert title.split()[0] in text and "12 mars 2026" in text


def first_name(demo: Path, capsys: pytest.CaptureFixture[str], contains: str) -> str:
    assert main(["list", "programmes", str(demo)]) == 0
    lines = capsys.readouterr().out.splitlines()
    return next(line.split("\t")[1] for line in lines if contains in line)


def test_export_is_reproducible_on_demand(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    programme = first_id(demo, "programmes", capsys, "2006")
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    for out in (first, second):
        args = ["export", "evaluation", str(demo), programme, str(out), "--date", "2026-11-23"]
        assert main([*args, "--reproductible"]) == 0
    assert first.read_bytes() == second.read_bytes()


def test_export_dossiers_into_a_new_folder(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    programme = first_id(demo, "programmes", capsys, "2006")
    folder = tmp_path / "dossiers" / "lille"
    assert main(["export", "dossiers", str(demo), programme, str(folder)]) == 0
    written = sorted(folder.glob("*.pdf"))
    assert written and f"{len(written)} dossiers de partenariat écrits" in capsys.readouterr().out


def test_export_attendance_sheet_and_funder_summary(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seance = first_id(demo, "sessions", capsys)
    sheet = tmp_path / "feuille.pdf"
    assert main(["export", "attendance-sheet", str(demo), seance, str(sheet)]) == 0
    assert "émargement" in pdf_text(sheet).lower()
    capsys.readouterr()
    assert main(["list", "funders", str(demo)]) == 0
    funder_id, funder_name = capsys.readouterr().out.splitlines()[0].split("\t")
    summary = tmp_path / "synthese.pdf"
    assert main(["export", "funder-summary", str(demo), funder_name, str(summary)]) == 0
    assert funder_name in pdf_text(summary)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["evaluation", "DEMO", "Inconnu", "OUT/r.pdf"], "Aucun programme"),
        (["attendance-sheet", "DEMO", "pas-un-id", "OUT/f.pdf"], "Aucune séance"),
        (["funder-summary", "DEMO", "Mécène imaginaire", "OUT/s.pdf"], "Aucun financeur"),
        (["evaluation", "DEMO", "PROGRAMME", "OUT/absent/r.pdf"], "n'existe pas"),
        (["evaluation", "DEMO", "PROGRAMME", "OUT"], "est un dossier"),
        (["dossiers", "DEMO", "PROGRAMME", "OUT/fichier.txt"], "est un fichier"),
    ],
)
def test_export_errors_are_one_french_line(
    demo: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    programme = first_id(demo, "programmes", capsys, "2006")
    (tmp_path / "fichier.txt").write_text("déjà là", encoding="utf-8")
    replaced = {"DEMO": str(demo), "PROGRAMME": programme}
    final = [replaced.get(a, a.replace("OUT", str(tmp_path))) for a in args]
    result = run("export", *final)
    assert result.returncode == 1, result.stderr
    assert message in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.dla", "fichier.txt"]


def test_export_refuses_an_impossible_date(demo: Path) -> None:
    result = run("export", "evaluation", str(demo), "x", "r.pdf", "--date", "31/02/2026")
    assert result.returncode == 2
    assert "date illisible" in result.stderr
