"""`dla-desktop schedule`: a meeting's schedule as text, JSON or printed material; read only."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from dla_desktop.cli import main
from dla_desktop.db.database import open_database
from dla_desktop.domain.enums import MeetingFormat
from dla_desktop.domain.records import MeetingDraft
from dla_desktop.services import meeting_schedule, meetings

FIRST = "Speed dating associations–entreprises n° 1"
FOURTH = "Speed dating associations–entreprises n° 4"


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Path:
    """A private copy of the session's demo file."""
    return Path(shutil.copyfile(demo_file, tmp_path / "demo.dla"))


def schedule(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["schedule", *args])
    out, err = capsys.readouterr()
    return code, out, err


def stored_plan(demo: Path, title: str):  # noqa: ANN201 - a MeetingPlan
    database = open_database(demo)
    try:
        with database.reading() as session:
            return meeting_schedule.meeting_plan(session, meetings.find_meeting(session, title).id)
    finally:
        database.close()


def pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_text_of_a_stored_schedule_by_title(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = demo.read_bytes()
    code, out, err = schedule(capsys, str(demo), FIRST)
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == f"{FIRST} — 14 mars 2017, 17 h 30 — Maison des associations, Bourges"
    assert lines[1] == "Planning enregistré : 10 rotations, 100 rencontres, 0 manquante."
    assert lines[3] == "  Table 1 : Entraide alimentaire berruyère"
    assert "Rotation 1 (17:30–17:37)" in lines
    assert "Rotation 6 (18:15–18:22)" in lines  # after the 10-minute break
    plan = stored_plan(demo, FIRST)
    first = plan.schedule.rounds[0].slots[0]
    expected = f"  Table 1 : Entraide alimentaire berruyère — {plan.name_of(first.company)}"
    assert expected in lines
    assert not any(len(word) == 36 and word.count("-") == 4 for word in out.split())  # no ids
    assert demo.read_bytes() == before  # never writes


def test_an_unstored_schedule_says_so_and_why_pairs_are_missing(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = schedule(capsys, str(demo), FOURTH)
    assert code == 0
    assert out.splitlines()[1].startswith("Planning calculé, non enregistré : ")
    assert "déjà rencontrés lors d'une session précédente" in out
    assert stored_plan(demo, FOURTH).stored is False  # still nothing stored


def test_json_by_id_matches_the_stored_plan(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["list", "meetings", str(demo)]) == 0
    listed = capsys.readouterr().out.splitlines()
    meeting_id = next(line.split("\t")[0] for line in listed if line.endswith("n° 2"))
    code, out, _ = schedule(capsys, str(demo), meeting_id, "--json")
    assert code == 0
    data = json.loads(out)
    plan = stored_plan(demo, "Speed dating associations–entreprises n° 2")
    assert data["meeting"] == {
        "id": meeting_id,
        "title": "Speed dating associations–entreprises n° 2",
        "date": "2017-10-10",
        "start_time": "17:30",
        "place": "Maison des associations, Bourges",
        "stored": True,
    }
    assert len(data["rounds"]) == len(plan.schedule.rounds) == 10
    assert data["rounds"][0]["start"] == "17:30"
    slots = [
        (n, s["table"], s["association"], s["company"])
        for n, round_ in enumerate(data["rounds"], start=1)
        for s in round_["slots"]
    ]
    assert slots == [
        (n, s.table, s.association, s.company)
        for n, round_ in enumerate(plan.schedule.rounds, start=1)
        for s in round_.slots
    ]
    assert {m["reason"] for m in data["missing"]} == {"already_met"}
    assert data["names"][plan.associations[0].party_id] == "Théâtre en Berry"


def test_pdf_writes_the_printed_material(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = demo.read_bytes()
    folder = tmp_path / "impression"
    code, out, _ = schedule(capsys, str(demo), FIRST, "--pdf", str(folder))
    assert code == 0
    written = sorted(folder.iterdir())
    assert len(written) == 5
    lines = out.splitlines()
    assert lines[0] == f"5 documents écrits dans « {folder} » :"
    assert [line.strip() for line in lines[1:]] == [path.name for path in written]
    agendas = next(path for path in written if "Agendas" in path.name)
    assert "Entraide alimentaire berruyère" in pdf_text(agendas)
    assert demo.read_bytes() == before
    # with --json, the schedule and the files written
    code, out, _ = schedule(capsys, str(demo), FIRST, "--pdf", str(folder), "--json")
    assert code == 0
    assert json.loads(out)["documents"] == [str(path) for path in written]


def test_a_meeting_with_nobody_registered_is_a_french_error(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = open_database(demo)
    try:
        with database.transaction() as session:
            draft = MeetingDraft(
                title="Rencontre vide", format=MeetingFormat.SPEED_DATING, date=date(2026, 5, 4)
            )
            meetings.create_meeting(session, draft)
    finally:
        database.close()
    code, out, err = schedule(capsys, str(demo), "Rencontre vide")
    assert (code, out) == (1, "")
    assert err == (
        "dla-desktop : Planning impossible : inscrivez au moins une association "
        "et une entreprise.\n"
    )


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["DEMO", "Inconnue"], 1, "dla-desktop : Aucune rencontre ne porte l'identifiant"),
        (["DEMO"], 2, "arguments obligatoires manquants"),
        (["absent.dla", FIRST], 1, "introuvable"),
        (["DEMO", FIRST, "--pdf"], 2, "une valeur est attendue"),
        (["DEMO", FIRST, "--csv"], 2, "arguments non reconnus"),
    ],
)
def test_errors_are_one_french_line(
    demo: Path, capsys: pytest.CaptureFixture[str], args: list[str], code: int, message: str
) -> None:
    try:
        result = main(["schedule", *(str(demo) if a == "DEMO" else a for a in args)])
    except SystemExit as usage:  # argparse leaves through sys.exit; the entry point too
        result = usage.code
    out, err = capsys.readouterr()
    assert (result, out) == (code, "")
    assert message in err and "Traceback" not in err


def test_the_real_entry_point_in_a_new_process(demo: Path) -> None:
    # as a script calls it: exit code, one French line, nothing on stdout
    result = subprocess.run(
        [sys.executable, "-m", "dla_desktop", "schedule", str(demo), "Inconnue"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr == (
        "dla-desktop : Aucune rencontre ne porte l'identifiant ou l'intitulé « Inconnue ».\n"
    )
