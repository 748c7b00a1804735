"""`dla-desktop send` and `dla-desktop backups`: output, exit codes, French errors."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import pytest

from dla_desktop.cli import main
from dla_desktop.db.database import open_database
from dla_desktop.paths import backup_dir
from dla_desktop.services.offices import current_office
from dla_desktop.sharing.backups import BackupReason, automatic_backup
from tests.services.support import snapshot


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "demo.dla"
    shutil.copyfile(demo_file, copy)
    return copy


def office_name(path: Path) -> str:
    database = open_database(path)
    try:
        with database.reading() as session:
            office = current_office(session)
        assert office is not None
        return office.name
    finally:
        database.close()


def test_send_into_a_folder_names_the_copy_after_the_office(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "envoi"
    out.mkdir()
    days = {datetime.now().strftime("%Y-%m-%d")}
    assert main(["send", str(demo), str(out)]) == 0
    days.add(datetime.now().strftime("%Y-%m-%d"))  # in case midnight passed meanwhile
    (written,) = out.iterdir()
    assert capsys.readouterr().out == f"Copie écrite : {written}\n"
    assert any(
        written.name.startswith(f"DLA Desktop - {office_name(demo)} - {day} ") for day in days
    )
    database, copy = open_database(demo), open_database(written)
    try:
        assert snapshot(copy) == snapshot(database)
    finally:
        database.close()
        copy.close()


def test_send_refuses_to_overwrite_without_force(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "copie.dla"
    target.write_text("déjà là")
    assert main(["send", str(demo), str(target)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("dla-desktop : ") and "existe déjà" in err and err.count("\n") == 1
    assert target.read_text() == "déjà là"
    assert main(["send", "--force", str(demo), str(target)]) == 0
    assert target.read_bytes()[:16] == b"SQLite format 3\x00"


@pytest.mark.parametrize(
    ("base", "out", "message"),
    [
        ("demo.dla", "absent/copie.dla", "n'existe pas"),
        ("absente.dla", "copie.dla", "introuvable"),
        ("notes.dla", "copie.dla", "n'est pas une base DLA Desktop"),
        ("demo.dla", "demo.dla", "la base elle-même"),
    ],
)
def test_send_errors_are_one_french_line(
    demo: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    base: str,
    out: str,
    message: str,
) -> None:
    (tmp_path / "notes.dla").write_text("pas une base")
    before = demo.read_bytes()
    assert main(["send", str(tmp_path / base), str(tmp_path / out)]) == 1
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
    assert demo.read_bytes() == before
    assert not (tmp_path / "copie.dla").exists()


def test_send_without_arguments_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["send"])
    assert exited.value.code == 2
    assert "arguments obligatoires manquants" in capsys.readouterr().err


def test_backups_says_when_there_are_none(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["backups"]) == 0
    assert capsys.readouterr().out == f"Aucune sauvegarde dans « {backup_dir()} ».\n"


def test_backups_lists_date_reason_size_and_path(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "autre.dla"
    shutil.copyfile(demo, other)
    when = datetime(2026, 3, 12, 17, 30).astimezone()
    opening = automatic_backup(demo, BackupReason.OPENING, now=when)
    theirs = automatic_backup(other, BackupReason.BEFORE_MERGE, now=when)
    assert opening is not None and theirs is not None
    assert main(["backups", str(demo)]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    date, reason, size, path = line.split("\t")
    assert (date, reason, path) == ("12 mars 2026 17:30", "à l'ouverture", str(opening))
    assert size.endswith((" ko", " Mo")) and "," in size
    assert main(["backups"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2
