"""``dla-desktop merge``: another office's file into a base, from a script; conflicts refused."""

from __future__ import annotations

import json
import shutil
import sqlite3
from contextlib import closing
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session
from stdnum import luhn

from dla_desktop.cli import main
from dla_desktop.cli_merge import (
    authorship_text,
    field_conflict_text,
    merge_as_json,
    plan_as_text,
    summary_as_text,
)
from dla_desktop.db.database import create_database, open_database
from dla_desktop.db.models import Enrolment
from dla_desktop.domain.merging import (
    Authorship,
    ConflictKind,
    DuplicateProposal,
    FieldConflict,
    MergePlan,
    MergeSummary,
    RecordConflict,
    TableChanges,
)
from dla_desktop.domain.records import AssociationDraft, OfficeDraft, ProgrammeDraft
from dla_desktop.services import associations, enrolment, offices, programmes
from dla_desktop.sharing.backups import BackupReason, list_backups
from tests.cli_support import digest
from tests.services.support import on_file

FIXTURES = Path(__file__).parent / "fixtures"
MINE, THEIRS = "CBE de Lille", "CBE de Roubaix"


def siret(n: int) -> str:
    base = f"{n:013d}"
    return base + luhn.calc_check_digit(base)


def association(path: Path, name: str) -> Any:
    """The live association of that name in the file (its record, with its version)."""

    def find(session: Session) -> Any:
        (row,) = [row for row in associations.list_associations(session) if row.name == name]
        return associations.get_association(session, row.id)

    return on_file(path, find)


def rename_town(path: Path, name: str, town: str) -> None:
    """Change one field of an association through the service, as the form saves it."""
    record = association(path, name)
    draft = AssociationDraft(name=record.name, siret=record.siret, town=town)
    on_file(
        path,
        lambda s: associations.update_association(s, record.id, draft, record.version),
        write=True,
    )


def add_association(path: Path, name: str, number: int = 0) -> None:
    draft = AssociationDraft(name=name, siret=siret(number) if number else "", town="Lille")
    on_file(path, lambda s: associations.create_association(s, draft), write=True)


@pytest.fixture(scope="module")
def base_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A base with Lille's office working in it and two associations."""
    path = tmp_path_factory.mktemp("base") / "base.dla"
    database = create_database(path)
    with database.transaction() as session:
        office = offices.create_office(session, OfficeDraft(name=MINE, departement="59"))
        offices.set_current_office(session, office.id)
        for number, name in enumerate(("Solidarité Cher", "Jardins partagés"), start=1):
            draft = AssociationDraft(name=name, siret=siret(number), town="Bourges")
            associations.create_association(session, draft)
    database.close()
    return path


@pytest.fixture
def files(base_file: Path, tmp_path: Path) -> tuple[Path, Path]:
    """(mine, theirs): a copy of the base, and a copy of it given to Roubaix's office."""
    mine, theirs = tmp_path / "lille.dla", tmp_path / "reçu de Roubaix.dla"
    shutil.copyfile(base_file, mine)
    shutil.copyfile(base_file, theirs)

    def move_to_roubaix(session: Session) -> None:
        office = offices.create_office(session, OfficeDraft(name=THEIRS, departement="59"))
        offices.set_current_office(session, office.id)

    on_file(theirs, move_to_roubaix, write=True)
    return mine, theirs


@pytest.fixture
def conflicting(files: tuple[Path, Path]) -> tuple[Path, Path]:
    """Both offices changed the same town; Roubaix also created an association."""
    mine, theirs = files
    rename_town(mine, "Solidarité Cher", "Saint-Amand")
    rename_town(theirs, "Solidarité Cher", "Vierzon")
    add_association(theirs, "Les Colibris")
    return mine, theirs


def merge(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = main(["merge", *(str(arg) for arg in args)])
    out, err = capsys.readouterr()
    return code, out, err


def merge_backups() -> list[Path]:
    return [b.path for b in list_backups() if b.reason is BackupReason.BEFORE_MERGE]


# --- against the engine, on real files -------------------------------------------------


def test_dry_run_prints_the_plan_and_writes_nothing(
    files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    # GIVEN Roubaix changed a town and created an association
    mine, theirs = files
    rename_town(theirs, "Jardins partagés", "Vierzon")
    add_association(theirs, "Les Colibris")
    before, received = digest(mine), digest(theirs)
    # WHEN Lille looks at the file without merging
    code, out, err = merge(capsys, "--dry-run", mine, theirs)
    # THEN it sees who sent it and what would come in; nothing is written anywhere
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[:3] == [
        f"Fichier reçu : {theirs.name}",
        f"Envoyé par : {THEIRS}",
        "Dernière fusion avec ce bureau : jamais",
    ]
    assert "  Association : 1 création, 1 modification, 0 suppression" in lines
    assert "  Bureau : 1 création, 0 modification, 0 suppression" in lines  # Roubaix's own
    assert "Conflits : aucun." in lines
    assert lines[-1] == "Aucune modification (--dry-run)."
    assert (digest(mine), digest(theirs)) == (before, received)
    assert merge_backups() == []
    assert association(mine, "Jardins partagés").town == "Bourges"


def test_a_conflict_is_shown_field_by_field_and_refused_without_prefer(
    conflicting: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    mine, theirs = conflicting
    before = digest(mine)
    code, out, err = merge(capsys, mine, theirs)
    assert code == 1
    assert err.count("\n") == 1 and err.startswith("dla-desktop : 1 conflit non résolu : ")
    assert "--prefer" in err
    assert "Conflits (1) :" in out
    assert "  Association « Solidarité Cher » : Modifié des deux côtés" in out
    (line,) = [line for line in out.splitlines() if line.startswith("    Commune : ")]
    assert line.startswith(f"    Commune : ici « Saint-Amand » ({MINE}, ")
    assert f" / chez eux « Vierzon » ({THEIRS}, " in line
    assert digest(mine) == before
    assert merge_backups() == []


def test_prefer_theirs_backs_up_then_applies_and_a_second_run_has_nothing(
    conflicting: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    mine, theirs = conflicting
    received = digest(theirs)
    code, out, err = merge(capsys, "--prefer", "theirs", mine, theirs)
    assert (code, err) == (0, "")
    (backup,) = merge_backups()
    assert f"Sauvegarde avant fusion : {backup}" in out.splitlines()
    summary = out.splitlines()[-1]
    assert summary.startswith("Fusion terminée : 2 créations, ")  # their office, Les Colibris
    assert summary.endswith(", 1 conflit résolu, 0 doublon fusionné.")
    assert association(mine, "Solidarité Cher").town == "Vierzon"
    assert association(mine, "Les Colibris").town == "Lille"
    assert digest(theirs) == received  # the received file is only read

    # WHEN the same file is merged again THEN there is nothing left to bring in
    before = digest(mine)
    code, out, err = merge(capsys, mine, theirs)
    assert (code, err) == (0, "")
    assert (
        out.splitlines()[-1] == f"Rien à fusionner : « {theirs.name} » n'apporte rien de nouveau."
    )
    assert "Dernière fusion avec ce bureau : " in out and "jamais" not in out
    assert digest(mine) == before
    assert len(merge_backups()) == 1


def test_prefer_mine_keeps_my_value_and_takes_the_rest(
    conflicting: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    mine, theirs = conflicting
    code, _out, _err = merge(capsys, "--prefer", "mine", mine, theirs)
    assert code == 0
    assert association(mine, "Solidarité Cher").town == "Saint-Amand"
    assert association(mine, "Les Colibris").town == "Lille"


def test_json_gives_the_plan_and_the_summary(
    conflicting: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    mine, theirs = conflicting
    code, out, _err = merge(capsys, "--json", "--dry-run", mine, theirs)
    assert code == 0
    planned = json.loads(out)
    assert planned["applied"] is False and planned["summary"] is None
    plan = planned["plan"]
    assert (plan["their_office"], plan["last_merged"], plan["created"]) == (THEIRS, None, 2)
    (conflict,) = plan["conflicts"]
    assert (conflict["kind"], conflict["record_label"]) == ("fields", "Solidarité Cher")
    (field,) = conflict["fields"]
    assert (field["field"], field["mine"], field["theirs"]) == ("town", "Saint-Amand", "Vierzon")
    assert field["theirs_by"]["office"] == THEIRS
    datetime.fromisoformat(field["theirs_by"]["when"])

    code, out, _err = merge(capsys, "--json", "--prefer", "newest", mine, theirs)
    assert code == 0
    applied = json.loads(out)
    assert applied["applied"] is True
    assert applied["summary"]["conflicts_resolved"] == 1 and applied["summary"]["created"] == 2
    assert Path(applied["backup"]) in merge_backups()
    # newest: Roubaix changed the town after Lille did
    assert association(mine, "Solidarité Cher").town == "Vierzon"


def test_json_refusal_still_prints_the_plan_and_exits_1(
    conflicting: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    mine, theirs = conflicting
    code, out, err = merge(capsys, "--json", mine, theirs)
    assert code == 1 and "conflit non résolu" in err
    assert len(json.loads(out)["plan"]["conflicts"]) == 1


def test_duplicates_are_proposed_and_fused_on_request(
    files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    mine, theirs = files
    add_association(mine, "Les Colibris", number=77)
    add_association(theirs, "Colibris (Les)", number=77)
    code, out, _err = merge(capsys, "--dry-run", mine, theirs)
    assert code == 0
    assert "Doublons proposés (1) :" in out
    assert "  Association « Les Colibris » (ici) et « Colibris (Les) » (chez eux) : " in out
    code, out, _err = merge(capsys, "--fuse-duplicates", mine, theirs)
    assert code == 0 and out.splitlines()[-1].endswith(", 1 doublon fusionné.")

    def names(session: Session) -> list[str]:
        return sorted(row.name for row in associations.list_associations(session))

    assert on_file(mine, names) == ["Jardins partagés", "Les Colibris", "Solidarité Cher"]


def enrol_twin(path: Path, programme_id: str, name: str, days: str) -> None:
    """An association with SIRET 77, enrolled in the programme, its planned days edited."""

    def act(session: Session) -> None:
        draft = AssociationDraft(name=name, siret=siret(77), town="Lille")
        record = associations.create_association(session, draft)
        enrolment.enrol_associations(session, programme_id, [record.id])
        session.flush()
        row = session.scalars(select(Enrolment).where(Enrolment.association_id == record.id))
        row.one().followup_days_planned = Decimal(days)

    on_file(path, act, write=True)


def test_fusing_prints_the_conflicts_the_fusion_reveals(
    files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    # GIVEN twins enrolled in a programme both files know, their days edited on each side
    mine, theirs = files
    draft = ProgrammeDraft(title="Cher 2026")
    programme = on_file(mine, lambda s: programmes.create_programme(s, draft).id, write=True)
    shutil.copyfile(mine, theirs)
    on_file(
        theirs,
        lambda s: offices.set_current_office(
            s, offices.create_office(s, OfficeDraft(name=THEIRS, departement="59")).id
        ),
        write=True,
    )
    enrol_twin(mine, programme, "Les Colibris", "2")
    enrol_twin(theirs, programme, "Colibris (Les)", "3")
    # WHEN planned without fusing THEN the enrolments are two: no conflict
    code, out, _err = merge(capsys, "--dry-run", mine, theirs)
    assert code == 0 and "Conflits : aucun." in out and "Doublons proposés (1) :" in out
    # WHEN planned with the fusion THEN their enrolments meet: the days are a conflict
    code, out, _err = merge(capsys, "--dry-run", "--fuse-duplicates", "--json", mine, theirs)
    (conflict,) = json.loads(out)["plan"]["conflicts"]
    assert code == 0 and conflict["table"] == "enrolment"
    # AND merging refuses it until a preference is given, writing nothing
    before = digest(mine)
    code, _out, err = merge(capsys, "--fuse-duplicates", mine, theirs)
    assert code == 1 and "1 conflit non résolu" in err and digest(mine) == before
    code, _out, _err = merge(capsys, "--fuse-duplicates", "--prefer", "theirs", mine, theirs)
    days = on_file(
        mine, lambda s: [row.followup_days_planned for row in s.scalars(select(Enrolment))]
    )
    assert code == 0 and days == [Decimal(3)]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("text", "n'est pas une base DLA Desktop"),
        ("sqlite", "base SQLite d'une autre application"),
        ("missing", "introuvable"),
        ("itself", "la base elle-même"),
    ],
)
def test_a_file_that_is_not_ours_is_one_french_line(
    files: tuple[Path, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    content: str,
    message: str,
) -> None:
    mine, _theirs = files
    other = tmp_path / "notes.dla"
    if content == "text":
        other.write_text("pas une base")
    elif content == "sqlite":
        with closing(sqlite3.connect(other)) as connection:
            connection.execute("CREATE TABLE note (texte TEXT)")
    elif content == "itself":
        other = mine
    before = digest(mine)
    code, out, err = merge(capsys, mine, other)
    assert (code, out) == (1, "")
    assert err.startswith("dla-desktop : ") and message in err and err.count("\n") == 1
    assert digest(mine) == before


def test_an_older_file_needs_upgrade_and_is_never_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # GIVEN a base at this revision and a file received at revision 0003 (same data)
    mine, theirs = tmp_path / "base.dla", tmp_path / "ancien.dla"
    shutil.copyfile(FIXTURES / "schema_0003.dla", mine)
    shutil.copyfile(FIXTURES / "schema_0003.dla", theirs)
    open_database(mine).close()  # upgraded on opening, as the application does
    received = digest(theirs)
    # WHEN merged as it is THEN refused, saying how to go on
    code, out, err = merge(capsys, mine, theirs)
    assert (code, out) == (1, "")
    assert err.startswith("dla-desktop : ") and "--upgrade" in err and err.count("\n") == 1
    # WHEN merged with --upgrade THEN a copy is upgraded and merged, the file left as it was
    code, out, err = merge(capsys, "--upgrade", "--prefer", "newest", mine, theirs)
    assert (code, err) == (0, "")
    assert out.startswith(f"Fichier reçu : {theirs.name}\n")
    assert digest(theirs) == received


def test_an_unknown_preference_is_a_usage_error(
    files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    mine, theirs = files
    with pytest.raises(SystemExit) as exited:
        main(["merge", "--prefer", "random", str(mine), str(theirs)])
    assert exited.value.code == 2
    assert "choix invalide" in capsys.readouterr().err


# --- the text and JSON shapes, on hand-made plans --------------------------------------

WHEN = datetime(2026, 3, 12, 16, 30, tzinfo=UTC)


def hand_made_plan() -> MergePlan:
    town = FieldConflict(
        field="town",
        label="Ville",
        mine="Bourges",
        theirs="",
        mine_by=Authorship(office=MINE, user="marie", when=WHEN),
        theirs_by=Authorship(),
    )
    return MergePlan(
        file_name="reçu.dla",
        their_office="",
        last_merged=WHEN,
        received_entries=12_345,
        tables=(TableChanges("Association", 2, 1, 0), TableChanges("Présence", 0, 3, 1)),
        conflicts=(
            RecordConflict(
                "association:1", "association", "Association", "A", ConflictKind.FIELDS, (town,)
            ),
            RecordConflict(
                "contact:2",
                "contact",
                "Contact",
                "Jeanne Dupont",
                ConflictKind.DELETED_MINE,
                (),
                ("Téléphone", "Courriel"),
            ),
        ),
        duplicates=(
            DuplicateProposal(
                "association:9", "association", "Association", "1", "9", "A", "A bis", "même RNA"
            ),
        ),
    )


def test_plan_text_names_everything_a_coordinator_decides_on() -> None:
    local = WHEN.astimezone()
    moment = f"{local.day} mars 2026 {local:%H:%M}"
    assert plan_as_text(hand_made_plan()).splitlines() == [
        "Fichier reçu : reçu.dla",
        "Envoyé par : bureau non renseigné",
        f"Dernière fusion avec ce bureau : {moment}",
        "Modifications reçues : 12\xa0345 entrées d'historique",
        "Changements à appliquer :",
        "  Association : 2 créations, 1 modification, 0 suppression",
        "  Présence : 0 création, 3 modifications, 1 suppression",
        "Conflits (2) :",
        "  Association « A » : Modifié des deux côtés",
        f"    Ville : ici « Bourges » ({MINE}, {moment}) / chez eux (vide) (auteur inconnu)",
        "  Contact « Jeanne Dupont » : Supprimé ici, modifié chez eux",
        "    Champs modifiés : Téléphone, Courriel",
        "Doublons proposés (1) :",
        "  Association « A » (ici) et « A bis » (chez eux) : même RNA",
    ]


def test_authorship_falls_back_to_the_user_then_says_unknown() -> None:
    assert authorship_text(Authorship(user="marie")) == "marie"
    assert authorship_text(Authorship()) == "auteur inconnu"
    conflict = hand_made_plan().conflicts[0].fields[0]
    assert field_conflict_text(conflict).startswith("Ville : ici « Bourges » (")


def test_summary_sentence_and_json_types() -> None:
    summary = MergeSummary("m1", 1, 0, 2, 1, 0, 40)
    assert summary_as_text(summary) == (
        "Fusion terminée : 1 création, 0 modification, 2 suppressions, "
        "1 conflit résolu, 0 doublon fusionné."
    )
    data = json.loads(json.dumps(merge_as_json(hand_made_plan(), summary, Path("/b/x.dla"))))
    assert data["plan"]["last_merged"] == WHEN.isoformat()
    assert data["plan"]["conflicts"][1]["kind"] == "deleted_mine"
    assert data["plan"]["conflicts"][0]["fields"][0]["theirs_by"]["when"] is None
    assert (data["plan"]["created"], data["plan"]["nothing_to_do"]) == (2, False)
    assert data["summary"]["deleted"] == 2 and data["backup"] == "/b/x.dla"
