"""Automatic backups: written, rotated, listed and restored, never touching a foreign file."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from dla_desktop.db import backup as db_backup
from dla_desktop.db.database import open_database
from dla_desktop.domain.errors import DatabaseFileError, DlaError
from dla_desktop.domain.records import OfficeDraft
from dla_desktop.paths import backup_dir
from dla_desktop.services import offices
from dla_desktop.sharing import backups
from dla_desktop.sharing.backups import (
    BackupReason,
    automatic_backup,
    list_backups,
    restore_backup,
    rotate,
)
from tests.services.support import on_file, snapshot

FIXTURES = Path(__file__).parent.parent / "fixtures"
MORNING = datetime(2026, 3, 12, 9, 0).astimezone()  # local time, made aware
FOREIGN = ("notes.txt", "cbe.ouverture.txt", "cbe.ouverture.2026.dla", "cbe.dla", "lisez-moi")


@pytest.fixture
def base(demo_file: Path, tmp_path: Path) -> Path:
    path = tmp_path / "cbe.dla"
    shutil.copyfile(demo_file, path)
    return path


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A backup folder that already holds files that are not ours."""
    path = tmp_path / "sauvegardes"
    path.mkdir()
    for name in FOREIGN:
        (path / name).write_text("à garder")
    return path


def rows(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    database = open_database(path)
    try:
        return snapshot(database)
    finally:
        database.close()


def add_office(path: Path, name: str) -> None:
    on_file(path, lambda s: offices.create_office(s, OfficeDraft(name=name)), write=True)


def foreign_files_are_intact(folder: Path) -> bool:
    return all((folder / name).read_text() == "à garder" for name in FOREIGN)


def test_reasons_carry_french_labels() -> None:
    assert BackupReason.OPENING.label == "à l'ouverture"
    assert BackupReason.BEFORE_MIGRATION.label == "avant mise à jour"
    assert BackupReason("avant-migration") is BackupReason.BEFORE_MIGRATION


def test_a_backup_is_listed_with_its_base_reason_time_and_size(base: Path, folder: Path) -> None:
    written = automatic_backup(base, BackupReason.MANUAL, folder=folder, now=MORNING)
    assert written is not None and written.parent == folder
    assert rows(written) == rows(base)
    (info,) = list_backups(folder)
    assert (info.path, info.database, info.reason) == (written, "cbe", BackupReason.MANUAL)
    assert info.taken_at == MORNING and info.taken_at.tzinfo is not None
    assert info.size == written.stat().st_size > 0


def test_backups_made_before_a_migration_are_listed(tmp_path: Path, folder: Path) -> None:
    old = tmp_path / "ancienne.dla"
    shutil.copyfile(FIXTURES / "schema_0001.dla", old)
    open_database(old, backup_dir=folder).close()
    direct = db_backup.backup_before(old, folder, "avant-migration")
    found = list_backups(folder, "ancienne")
    assert [info.reason for info in found] == [BackupReason.BEFORE_MIGRATION] * 2
    assert found[0].path == direct  # newest first
    assert abs(found[0].taken_at - datetime.now(UTC)) < timedelta(minutes=1)


def test_the_default_folder_is_the_users_backup_folder(base: Path) -> None:
    written = automatic_backup(base, BackupReason.OPENING)
    assert written is not None and written.parent == backup_dir()
    assert [info.path for info in list_backups()] == [written]


def test_a_daily_backup_is_taken_once_per_local_day(base: Path, folder: Path) -> None:
    first = automatic_backup(base, BackupReason.DAILY, folder=folder, now=MORNING)
    later = automatic_backup(
        base, BackupReason.DAILY, folder=folder, now=MORNING + timedelta(hours=9)
    )
    tomorrow = automatic_backup(base, BackupReason.DAILY, folder=folder, now=MORNING + timedelta(1))
    assert first is not None and later is None and tomorrow is not None
    assert [info.path for info in list_backups(folder)] == [tomorrow, first]


def test_a_daily_backup_of_another_base_does_not_count(base: Path, folder: Path) -> None:
    other = base.with_name("autre.dla")
    shutil.copyfile(base, other)
    assert automatic_backup(other, BackupReason.DAILY, folder=folder, now=MORNING)
    assert automatic_backup(base, BackupReason.DAILY, folder=folder, now=MORNING)


def test_rotation_keeps_the_newest_per_reason_and_leaves_other_files(
    base: Path, folder: Path
) -> None:
    other = base.with_name("autre.dla")
    shutil.copyfile(base, other)
    theirs = automatic_backup(other, BackupReason.OPENING, folder=folder, now=MORNING)
    manual = automatic_backup(base, BackupReason.MANUAL, folder=folder, now=MORNING)
    openings = [
        automatic_backup(
            base, BackupReason.OPENING, folder=folder, now=MORNING + timedelta(minutes=n)
        )
        for n in range(12)
    ]
    kept = [info.path for info in list_backups(folder, "cbe")]
    assert kept == [*reversed(openings[2:]), manual]  # 10 openings, newest first
    assert [info.path for info in list_backups(folder, "autre")] == [theirs]
    assert foreign_files_are_intact(folder)


def test_rotate_with_a_custom_count(base: Path, folder: Path) -> None:
    made = [
        db_backup.backup_before(base, folder, BackupReason.MANUAL.value),
        db_backup.backup_before(base, folder, BackupReason.MANUAL.value),
        db_backup.backup_before(base, folder, BackupReason.MANUAL.value),
    ]
    deleted = rotate(folder, "cbe", keep={BackupReason.MANUAL: 1})
    assert deleted == [made[1], made[0]]
    assert [info.path for info in list_backups(folder)] == [made[2]]
    assert foreign_files_are_intact(folder)


def test_two_backups_in_the_same_microsecond_both_stay(base: Path, folder: Path) -> None:
    first = automatic_backup(base, BackupReason.MANUAL, folder=folder, now=MORNING)
    second = automatic_backup(base, BackupReason.MANUAL, folder=folder, now=MORNING)
    assert first != second and first is not None and second is not None
    assert first.exists() and second.exists()


def test_list_ignores_foreign_files_and_filters_by_base(base: Path, folder: Path) -> None:
    (folder / "sous-dossier.ouverture.20260101-000000-000000.dla").mkdir()
    assert list_backups(folder) == []
    automatic_backup(base, BackupReason.OPENING, folder=folder, now=MORNING)
    assert [info.database for info in list_backups(folder)] == ["cbe"]
    assert list_backups(folder, "autre") == []


def test_restore_brings_back_the_old_content_and_keeps_a_safety_copy(
    base: Path, folder: Path
) -> None:
    # GIVEN a backup, then a change made after it
    before = rows(base)
    saved = automatic_backup(base, BackupReason.MANUAL, folder=folder, now=MORNING)
    assert saved is not None
    add_office(base, "Bureau ajouté après la sauvegarde")
    changed = rows(base)
    assert changed != before
    # WHEN the backup is restored
    safety = restore_backup(saved, base, folder=folder)
    # THEN the base is as it was, and what it held just before is kept aside
    assert rows(base) == before
    assert rows(safety) == changed
    (info,) = [info for info in list_backups(folder) if info.path == safety]
    assert info.reason is BackupReason.BEFORE_RESTORE
    assert saved.exists()


@pytest.mark.parametrize("kind", ["text", "other sqlite", "damaged"])
def test_restore_refuses_a_bad_backup_and_leaves_the_base_alone(
    base: Path, folder: Path, tmp_path: Path, kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    candidate = tmp_path / "candidate.dla"
    if kind == "text":
        candidate.write_text("pas une base")
    elif kind == "other sqlite":
        with closing(sqlite3.connect(candidate)) as other:
            other.execute("CREATE TABLE t (x)")
    else:
        shutil.copyfile(base, candidate)
        monkeypatch.setattr(backups, "integrity_problems", lambda _path: ["page 3 is never used"])
    before = base.read_bytes()
    with pytest.raises(DlaError):
        restore_backup(candidate, base, folder=folder)
    assert base.read_bytes() == before
    assert list_backups(folder) == []


def test_restore_never_replaces_a_foreign_file(base: Path, folder: Path, tmp_path: Path) -> None:
    saved = automatic_backup(base, BackupReason.MANUAL, folder=folder, now=MORNING)
    assert saved is not None
    foreign = tmp_path / "rapport.dla"
    foreign.write_text("le rapport de l'année")
    with pytest.raises(DatabaseFileError):
        restore_backup(saved, foreign, folder=folder)
    assert foreign.read_text() == "le rapport de l'année"
    assert [info.path for info in list_backups(folder)] == [saved]
