"""``dla-desktop import``: a spreadsheet into a base from a script, all rows or none."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from stdnum import luhn

from dla_desktop.cli import main
from dla_desktop.db.database import create_database
from dla_desktop.domain.enums import VoletKind
from dla_desktop.domain.records import (
    AssociationDraft,
    OfficeDraft,
    ProgrammeDraft,
    VoletDraft,
)
from dla_desktop.services import associations, offices, programmes
from tests.cli_support import output, private_copy, rows_of
from tests.spreadsheet_files import csv_file, xlsx_file

PROGRAMME = "Lille 2026"
HEADERS = ["Nom", "SIRET", "RNA", "Secteur", "Activité", "Adresse", "Code postal", "Commune"]
HEADERS += ["Emplois", "ETP", "Courriel", "Téléphone"]


def siret(n: int) -> str:
    base = f"{n:013d}"
    return base + luhn.calc_check_digit(base)


BAD_SIRET = siret(42)[:-1] + str((int(siret(42)[-1]) + 1) % 10)


def association_row(name: str, number: int, town: str = "Lille", **changes: Any) -> list[Any]:
    row = {
        "Nom": name,
        "SIRET": siret(number),
        "RNA": f"W59{number:07d}",
        "Secteur": "Culture",
        "Activité": "Théâtre",
        "Adresse": "1 rue de l'Église",
        "Code postal": "59000",
        "Commune": town,
        "Emplois": "3",
        "ETP": "2,5",
        "Courriel": f"contact{number}@example.org",
        "Téléphone": "01 99 00 00 01",
    } | changes
    return [row[header] for header in HEADERS]


@pytest.fixture(scope="module")
def base_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A base with an office, one association and a programme of two volets."""
    path = tmp_path_factory.mktemp("base") / "base.dla"
    database = create_database(path)
    with database.transaction() as session:
        office = offices.create_office(session, OfficeDraft(name="CBE de Lille"))
        offices.set_current_office(session, office.id)
        associations.create_association(
            session, AssociationDraft(name="Connue", siret=siret(1), town="Lille")
        )
        programme = programmes.create_programme(session, ProgrammeDraft(title=PROGRAMME))
        for kind in (VoletKind.MARKETING, VoletKind.MECENAT):
            programmes.create_volet(session, VoletDraft(programme_id=programme.id, kind=kind))
    database.close()
    return path


@pytest.fixture
def base(base_file: Path, tmp_path: Path) -> Path:
    return private_copy(base_file, tmp_path)


def names(base: Path) -> list[str]:
    return [name for (name,) in rows_of(base, "SELECT name FROM association ORDER BY sort_name")]


def test_a_usual_french_csv_imports_without_a_mapping(
    base: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # GIVEN a Windows-1252 CSV with the usual French headers
    rows = [HEADERS, association_row("Théâtre de l'Écluse", 2), association_row("Zèbre", 3)]
    rows.append(association_row("Connue mais plus complète", 1))
    source = csv_file(tmp_path / "adherents.csv", rows)
    # WHEN it is imported with no --map
    assert main(["import", "associations", str(base), str(source)]) == 0
    out, err = output(capsys)
    # THEN every column was recognised, and the report says what was done
    assert err == ""
    assert "  Code postal → Code postal" in out
    assert "Ignorées" not in out
    assert "Lignes : 2 à créer, 1 déjà connue, 0 doublon, 0 rejetée" in out
    assert "Ligne 4 — Connue mais plus complète (Lille) : « Connue (Lille) » (même SIRET)" in out
    assert out.endswith("Import terminé : 2 fiches créées, 1 fusionnée.\n")
    assert names(base) == ["Connue mais plus complète", "Théâtre de l'Écluse", "Zèbre"]
    [(postal_code, fte)] = rows_of(
        base, "SELECT postal_code, fte FROM association WHERE rna = 'W590000002'"
    )
    assert (postal_code, fte) == ("59000", 250)  # ETP stored in hundredths


def test_a_match_named_as_in_the_file_is_named_once(
    base: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = csv_file(tmp_path / "a.csv", [HEADERS, association_row("Connue", 1)])
    assert main(["import", "associations", str(base), str(source), "--dry-run"]) == 0
    out, _ = output(capsys)
    assert "  Ligne 2 — Connue (Lille) (même SIRET)\n" in out


def test_dry_run_writes_nothing(
    base: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = csv_file(tmp_path / "a.csv", [HEADERS, association_row("Nouvelle", 2)])
    before = base.read_bytes()
    assert main(["import", "associations", str(base), str(source), "--dry-run"]) == 0
    out, _ = output(capsys)
    assert "Lignes : 1 à créer" in out
    assert out.endswith("Aucune modification (--dry-run).\n")
    assert base.read_bytes() == before


def test_rejected_rows_refuse_the_import_and_write_nothing(
    base: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [HEADERS, association_row("Bonne", 2), association_row("Mauvaise", 3, SIRET=BAD_SIRET)]
    rows.append(association_row("", 4))
    source = csv_file(tmp_path / "a.csv", rows)
    before = base.read_bytes()
    assert main(["import", "associations", str(base), str(source)]) == 1
    out, err = output(capsys)
    assert (
        "Ligne 3 — SIRET : clé de contrôle incorrecte (un chiffre est probablement mal saisi)."
        in out
    )
    assert "Ligne 4 — Nom : à renseigner." in out
    assert err == (
        "dla-desktop : 2 lignes rejetées : rien n'a été importé (corrigez le fichier, "
        "ou ajoutez --skip-rejected pour importer les autres lignes).\n"
    )
    assert base.read_bytes() == before


def test_skip_rejected_imports_the_other_rows(
    base: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [HEADERS, association_row("Bonne", 2), association_row("Mauvaise", 3, SIRET=BAD_SIRET)]
    rows.append(association_row("Bonne", 2))  # repeated
    source = csv_file(tmp_path / "a.csv", rows)
    assert main(["import", "associations", str(base), str(source), "--skip-rejected"]) == 0
    out, _ = output(capsys)
    assert "Ligne 4 — Bonne (Lille) : répète la ligne 2" in out
    assert out.endswith("Import terminé : 1 fiche créée, 1 ignorée, 1 rejetée.\n")
    assert names(base) == ["Bonne", "Connue"]


def test_the_listing_of_rejected_rows_is_capped(
    base: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [HEADERS, *(association_row(f"A{i}", i + 10, Emplois="x") for i in range(60))]
    source = csv_file(tmp_path / "a.csv", rows)
    assert main(["import", "associations", str(base), str(source), "--dry-run"]) == 0
    out, _ = output(capsys)
    assert out.count("— Emplois : nombre entier attendu.") == 50
    assert "  … et 10 autres\n" in out


@pytest.mark.parametrize(
    ("choice", "expected"),
    [("skip", ["Connue"]), ("create", ["Connue", "Connue bis"]), ("merge", ["Connue bis"])],
)
def test_on_match(
    base: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], choice: str, expected: list[str]
) -> None:
    source = csv_file(tmp_path / "a.csv", [HEADERS, association_row("Connue bis", 1)])
    assert main(["import", "associations", str(base), str(source), "--on-match", choice]) == 0
    assert names(base) == expected


def test_map_names_columns_the_guess_cannot_read(
    base: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [["Structure porteuse", "Localisation", "Divers"], ["Les Amis", "Douai", "x"]]
    source = xlsx_file(tmp_path / "a.xlsx", rows, sheet="Liste", extra_sheets={"Autre": [["A"]]})
    args = ["import", "associations", str(base), str(source), "--sheet", "Liste"]
    # without --map, no column names the association: one French line says how to give it
    assert main(args) == 1
    _, err = output(capsys)
    assert err == (
        "dla-desktop : Aucune colonne n'est associée au champ obligatoire « Nom ». "
        'Indiquez les colonnes avec --map "En-tête=champ,...".\n'
    )
    assert main([*args, "--map", "Structure porteuse=Nom,localisation=town"]) == 0
    out, _ = output(capsys)
    assert "  Structure porteuse → Nom\n  Localisation → Commune\n  Ignorées : Divers" in out
    assert rows_of(base, "SELECT town FROM association WHERE name = 'Les Amis'") == [("Douai",)]


def test_a_wrong_map_lists_the_columns(
    base: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = csv_file(tmp_path / "a.csv", [["Nom", "Ville"], ["A", "B"]])
    args = ["import", "associations", str(base), str(source), "--map", "Nom=name,Cité=town"]
    assert main(args) == 1
    _, err = output(capsys)
    assert err == (
        "dla-desktop : --map : Colonne inconnue « Cité » ; colonnes du fichier : "
        "« Nom », « Ville ».\n"
    )


def test_participants_of_a_programme_with_their_volets(
    base: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [
        ["Nom", "SIRET", "Commune", "Volets", "Date d'inscription"],
        ["Nouvelle", "", "Roubaix", "Marketing, Mécénat", "12/03/2026"],
        ["Connue", siret(1), "", "mécénat", "13/03/2026"],
    ]
    source = csv_file(tmp_path / "participants.csv", rows, encoding="utf-8", bom=True)
    args = ["import", "participants", str(base), str(source), "--programme", PROGRAMME]
    assert main(args) == 0
    out, _ = output(capsys)
    assert out.endswith(
        "Import terminé : 1 fiche créée, 1 fusionnée ; 2 associations inscrites au programme.\n"
    )
    joined = rows_of(
        base,
        "SELECT a.name, v.kind FROM volet_enrolment m JOIN association a ON a.id = m.association_id"
        " JOIN volet v ON v.id = m.volet_id ORDER BY a.name, v.kind",
    )
    assert joined == [("Connue", "mecenat"), ("Nouvelle", "marketing"), ("Nouvelle", "mecenat")]
    dates = rows_of(base, "SELECT status_date FROM enrolment ORDER BY status_date")
    assert dates == [("2026-03-12",), ("2026-03-13",)]


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["participants"], "--programme PROGRAMME est obligatoire pour importer des participants."),
        (
            ["associations", "--programme", PROGRAMME],
            "--programme ne sert qu'à « import participants ».",
        ),
    ],
)
def test_programme_goes_with_participants_only(
    base: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], said: str
) -> None:
    source = csv_file(tmp_path / "a.csv", [["Nom"], ["A"]])
    assert main(["import", args[0], str(base), str(source), *args[1:]]) == 2
    _, err = output(capsys)
    assert err == f"dla-desktop import : erreur d'utilisation : {said}\n"


def test_an_unknown_programme_is_one_french_line(
    base: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = csv_file(tmp_path / "a.csv", [["Nom"], ["A"]])
    args = ["import", "participants", str(base), str(source), "--programme", "Nulle part"]
    assert main(args) == 1
    _, err = output(capsys)
    assert err == (
        "dla-desktop : Aucun programme ne porte l'identifiant ou l'intitulé « Nulle part ».\n"
    )


def test_a_foreign_file_is_one_french_line_and_the_base_is_untouched(
    base: Path, tmp_path: Path
) -> None:
    foreign = tmp_path / "photo.xlsx"
    foreign.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    before = base.read_bytes()
    result = subprocess.run(
        [sys.executable, "-m", "dla_desktop", "import", "associations", str(base), str(foreign)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.startswith("dla-desktop : ")
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert "photo.xlsx" in result.stderr
    assert base.read_bytes() == before


def test_help_is_french(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["import", "--help"])
    assert exited.value.code == 0
    out, _ = output(capsys)
    assert out.startswith("Utilisation : dla-desktop import [-h]")
    assert "--skip-rejected" in out and "--on-match CHOIX" in out
