"""``dla-desktop questionnaires`` and ``import-answers``: forms out, answers back, from a script.

The base is a real file closed between commands, so "nothing written" is checked on its
bytes; the forms are filled with pypdf as a PDF reader would save them.
"""

from __future__ import annotations

import email
import shutil
from datetime import date
from pathlib import Path

import pytest

from dla_desktop.cli import main
from dla_desktop.db.database import create_database
from dla_desktop.documents.spreadsheets.reading import read_sheet
from dla_desktop.domain.enums import VoletKind
from dla_desktop.domain.records import (
    AssociationDraft,
    ContactDraft,
    OfficeDraft,
    ProgrammeDraft,
    VoletDraft,
    VoletEnrolmentDraft,
)
from dla_desktop.services import associations, contacts, enrolment, offices, programmes
from tests.cli_support import digest, output, private_copy, rows_of
from tests.questionnaire_files import fill_form, foreign_pdf

PROGRAMME = "Mécénat 2026"
THEATRE_FORM = "Questionnaire 6 mois - Théâtre du Prato.pdf"


@pytest.fixture(scope="module")
def base_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A programme ended on 31 January 2026, two participants: one with a contact, one without."""
    path = tmp_path_factory.mktemp("base") / "base.dla"
    database = create_database(path)
    with database.transaction() as session:
        office = offices.create_office(
            session, OfficeDraft(name="CBE de Lille", email="suivi@cbe.example.org")
        )
        offices.set_current_office(session, office.id)
        programme = programmes.create_programme(
            session, ProgrammeDraft(title=PROGRAMME, end_date=date(2026, 1, 31))
        )
        volet = programmes.create_volet(
            session, VoletDraft(programme_id=programme.id, kind=VoletKind.MECENAT)
        )
        theatre, jardins = (
            associations.create_association(session, AssociationDraft(name=name)).id
            for name in ("Théâtre du Prato", "Les Jardins de Fives")
        )
        enrolment.enrol_associations(session, programme.id, [theatre, jardins])
        enrolment.join_volet(
            session, VoletEnrolmentDraft(volet_id=volet.id, association_id=theatre)
        )
        contacts.create_contact(
            session,
            ContactDraft(
                last_name="Martin", email="tresorier@prato.example.org", association_id=theatre
            ),
        )
    database.close()
    return path


@pytest.fixture
def base(base_file: Path, tmp_path: Path) -> Path:
    return private_copy(base_file, tmp_path)


def volet_id(base: Path) -> str:
    [(identifier,)] = rows_of(base, "SELECT id FROM volet")
    return identifier


def send(base: Path, out: Path, *options: str, today: str = "03/08/2026") -> int:
    return main(["questionnaires", str(base), PROGRAMME, str(out), "--today", today, *options])


def wave_dir(out: Path, months: int) -> Path:
    """Where a wave's files land: its own folder, named after the programme and the wave."""
    return out / f"{PROGRAMME} - {months} mois"


def theatre_answer(base: Path, folder: Path, name: str) -> Path:
    """The 6-month wave sent to ``folder``/vague; the theatre's form filled as ``folder``/name."""
    out = folder / "vague"
    send(base, out, "--wave", "6")
    return fill_form(
        wave_dir(out, 6) / THEATRE_FORM,
        folder / name,
        partnership="oui",
        company="Boulangerie Éclat",
        category="mecenat_financier",
        amount="1 500",
        jobs_created="2",
        satisfaction={volet_id(base): 5},
    )


# --- questionnaires ---------------------------------------------------------------------


def test_due_waves_are_written_once(
    base: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "vague"
    # GIVEN no wave due yet: nothing is written
    assert send(base, out, today="29/04/2026") == 0
    assert output(capsys) == (
        "Aucune vague de questionnaire à envoyer au 29 avril 2026 pour « Mécénat 2026 » "
        "(vagues : 3, 6, 12 mois après le 31 janvier 2026).\n",
        "",
    )
    assert not out.exists()
    # WHEN the 3- and 6-month waves have come
    assert send(base, out) == 0
    printed, err = output(capsys)
    # THEN both are written: a form and a draft per association, the address-less named
    assert err == ""
    assert (
        f"Vague à 3 mois : 2 formulaires et leurs brouillons écrits dans « {wave_dir(out, 3)} » :"
        in printed
    )
    assert f"  {THEATRE_FORM}\n" in printed
    assert (
        "1 association sans adresse e-mail (brouillon sans destinataire) :\n  Les Jardins"
        in printed
    )
    assert sorted(p.name for p in out.iterdir()) == [wave_dir(out, 3).name, wave_dir(out, 6).name]
    for months in (3, 6):
        assert sorted(path.name for path in wave_dir(out, months).iterdir()) == sorted(
            f"Questionnaire {months} mois - {name}.{suffix}"
            for name in ("Théâtre du Prato", "Les Jardins de Fives")
            for suffix in ("pdf", "eml")
        )
    draft = email.message_from_bytes(
        (wave_dir(out, 6) / "Questionnaire 6 mois - Théâtre du Prato.eml").read_bytes()
    )
    assert draft["To"] == "tresorier@prato.example.org"
    assert draft["From"] == "CBE de Lille <suivi@cbe.example.org>"
    sent = rows_of(base, "SELECT months_after, sent_on FROM questionnaire ORDER BY months_after")
    assert sent == [(3, "2026-08-03")] * 2 + [(6, "2026-08-03")] * 2
    # and a second run finds nothing left to send
    before = digest(base)
    assert send(base, out) == 0
    assert output(capsys)[0].startswith("Aucune vague de questionnaire à envoyer au 3 août 2026")
    assert digest(base) == before


def test_one_wave_and_resend(
    base: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "vague"
    assert send(base, out, "--wave", "6") == 0
    assert (
        sorted(p.name for p in wave_dir(out, 6).iterdir())[0]
        == "Questionnaire 6 mois - Les Jardins de Fives.eml"
    )
    assert len(list(wave_dir(out, 6).iterdir())) == 4
    output(capsys)
    assert send(base, out, "--wave", "6") == 0
    assert output(capsys)[0] == (
        "Vague à 6 mois : rien à écrire, toutes les associations l'ont déjà reçue.\n"
    )
    shutil.rmtree(out)
    assert send(base, out, "--wave", "6", "--resend", today="10/09/2026") == 0
    assert len(list(wave_dir(out, 6).iterdir())) == 4
    assert rows_of(base, "SELECT DISTINCT sent_on FROM questionnaire") == [("2026-08-03",)]


def test_a_wave_never_replaces_a_file_already_there(
    base: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "vagues"
    kept = wave_dir(out, 6) / THEATRE_FORM
    kept.parent.mkdir(parents=True)
    kept.write_bytes(b"le formulaire d'un autre envoi")
    assert send(base, out, "--wave", "6") == 0
    assert kept.read_bytes() == b"le formulaire d'un autre envoi"
    numbered = wave_dir(out, 6) / "Questionnaire 6 mois - Théâtre du Prato (2).pdf"
    assert numbered.with_suffix(".eml").is_file()
    assert f"  {numbered.name}\n" in output(capsys)[0]


def test_a_failed_wave_leaves_no_file_and_names_the_real_destination(
    base: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from dla_desktop.documents.pdf import questionnaire_form

    real = questionnaire_form.write_questionnaire_form
    calls: list[Path] = []

    def second_fails(content: object, path: Path) -> Path:
        calls.append(path)
        if len(calls) == 2:
            raise PermissionError(13, "Permission denied", str(path))
        return real(content, path)  # type: ignore[arg-type]

    monkeypatch.setattr(questionnaire_form, "write_questionnaire_form", second_fails)
    out = tmp_path / "vagues"
    before = digest(base)
    assert send(base, out, "--wave", "6") == 1
    err = output(capsys)[1]
    assert str(wave_dir(out, 6) / THEATRE_FORM) in err and "accès refusé" in err
    assert digest(base) == before  # nothing marked sent
    assert list(out.iterdir()) == []  # no form of a questionnaire that does not exist


def test_wave_errors(base: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "vague"
    before = digest(base)
    assert send(base, out, "--wave", "4") == 1
    assert output(capsys) == (
        "",
        "dla-desktop : Délai (mois) : pas de vague à 4 mois pour ce programme "
        "(vagues prévues : 3, 6, 12).\n",
    )
    with pytest.raises(SystemExit) as exited:
        send(base, out, "--wave", "zéro")
    assert exited.value.code == 2
    assert "« zéro » n'est pas un nombre de mois" in output(capsys)[1]
    assert main(["questionnaires", str(base), "Inconnu", str(out)]) == 1
    assert "Aucun programme ne porte l'identifiant ou l'intitulé « Inconnu »" in output(capsys)[1]
    a_file = tmp_path / "fichier.txt"
    a_file.write_text("x")
    assert send(base, a_file) == 1
    assert "est un fichier : indiquez un dossier" in output(capsys)[1]
    assert digest(base) == before and not out.exists()


# --- import-answers ---------------------------------------------------------------------


def test_answers_are_stored_and_refused_files_named(
    base: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    filled = theatre_answer(base, tmp_path, "prato rempli.pdf")
    invoice = foreign_pdf(tmp_path / "facture.pdf")
    output(capsys)
    # WHEN a good form and a foreign PDF are imported together
    code = main(["import-answers", str(base), str(filled), str(invoice), "--today", "20/08/2026"])
    printed, err = output(capsys)
    # THEN the good one is stored, the other refused with its reason, and the exit code says so
    assert code == 1
    assert printed.splitlines() == [
        "✓ prato rempli.pdf (Théâtre du Prato, Mécénat 2026, 6 mois) : enregistré — "
        "Partenariat obtenu avec "
        "Boulangerie Éclat (Mécénat financier, 1\u00a0500,00\u00a0€) ; 2 emplois créés ; "
        "satisfaction : Mécénat 5/5.",
        "✗ refusé : « facture.pdf » : ce PDF n'est pas un questionnaire DLA Desktop.",
        "Import terminé : 1 réponse enregistrée, 1 fichier ignoré.",
        "1 réponse signale un partenariat obtenu, non créé : créez-le depuis la fiche du "
        "questionnaire (Saisir la réponse…) dans l'application.",
    ]  # stored: a second import would skip it, --create-partnerships could not help
    assert err == "dla-desktop : 1 fichier refusé (raison ci-dessus).\n"
    answers = rows_of(
        base,
        "SELECT answered_on, company_name, amount, jobs_created, satisfaction FROM questionnaire"
        " WHERE answered_on IS NOT NULL",
    )
    assert answers == [("2026-08-20", "Boulangerie Éclat", 150000, 2, f'{{"{volet_id(base)}": 5}}')]
    assert rows_of(base, "SELECT count(*) FROM partnership") == [(0,)]
    # AND the same file again is skipped, the base left as it was
    before = digest(base)
    assert main(["import-answers", str(base), str(filled)]) == 0
    printed, err = output(capsys)
    assert printed.startswith(
        "= prato rempli.pdf (Théâtre du Prato, Mécénat 2026, 6 mois) : déjà importé — "
    )
    assert err == "" and digest(base) == before


def test_dry_run_then_partnerships(
    base: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    filled = theatre_answer(base, tmp_path, "rempli.pdf")
    output(capsys)
    before = digest(base)
    assert main(["import-answers", str(base), str(filled), "--dry-run"]) == 0
    printed, _err = output(capsys)
    assert ": prêt à enregistrer — Partenariat obtenu" in printed
    assert "Aucune modification (--dry-run)." in printed
    assert printed.endswith(
        "1 réponse signale un partenariat obtenu : ajoutez --create-partnerships pour "
        "l'enregistrer dans les partenariats (créé, ou mis à jour s'il existe).\n"
    )
    assert digest(base) == before
    args = ["import-answers", str(base), str(filled), "--create-partnerships"]
    assert main([*args, "--today", "20/08/2026"]) == 0
    printed, _err = output(capsys)
    assert "Import terminé : 1 réponse enregistrée, 1 partenariat créé." in printed
    assert "--create-partnerships pour" not in printed
    assert rows_of(base, "SELECT status, status_date, amount FROM partnership") == [
        ("signe", "2026-08-20", 150000)
    ]


def test_import_answers_needs_a_file(base: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["import-answers", str(base)])
    assert exited.value.code == 2
    assert "arguments obligatoires manquants" in output(capsys)[1]


# --- export followup ---------------------------------------------------------------------


def test_export_followup_summary(
    base: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["import-answers", str(base), str(theatre_answer(base, tmp_path, "r.pdf"))])
    output(capsys)
    workbook = tmp_path / "suivi.xlsx"
    assert main(["export", "followup", str(base), PROGRAMME, str(workbook)]) == 0
    assert output(capsys) == (f"Synthèse du suivi écrite : {workbook}\n", "")
    sheet = read_sheet(workbook)
    assert sheet.headers[0] == "Association" and "6 mois : partenariat" in sheet.headers
    cells = {row.cells[0]: row.cells for row in sheet.rows}
    assert set(cells) == {"Les Jardins de Fives", "Théâtre du Prato"}
    partnership = sheet.headers.index("6 mois : partenariat")
    assert cells["Théâtre du Prato"][partnership] == "Oui (Boulangerie Éclat)"
    assert main(["export", "followup", str(base), PROGRAMME, str(tmp_path / "suivi.pdf")]) == 1
    assert "l'extension .xlsx" in output(capsys)[1]
