"""Copies for another office: consistent, checked, well named; and transport places told apart."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from dla_desktop.db.database import open_database
from dla_desktop.domain.errors import DatabaseFileError, DlaError, FileWriteError
from dla_desktop.sharing import copies
from dla_desktop.sharing.copies import copy_locally, send_copy, transport_reason
from tests.services.support import snapshot

WHEN = datetime(2026, 11, 23, 17, 10)  # naive: local time


@pytest.fixture
def base(demo_file: Path, tmp_path: Path) -> Path:
    """A private copy of the demo (real data in every table)."""
    path = tmp_path / "base" / "cbe.dla"
    path.parent.mkdir()
    shutil.copyfile(demo_file, path)
    return path


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "envoi"
    folder.mkdir()
    return folder


def rows(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, read through the real opening path."""
    database = open_database(path)
    try:
        return snapshot(database)
    finally:
        database.close()


def test_a_copy_in_a_folder_says_which_office_and_when(base: Path, out: Path) -> None:
    written = send_copy(base, out, office_name="CBE de Lille", now=WHEN)
    assert written == out / "DLA Desktop - CBE de Lille - 2026-11-23 17h10.dla"
    assert [entry.name for entry in out.iterdir()] == [written.name]  # no temporary left
    assert rows(written) == rows(base)
    assert sum(len(table) for table in rows(written).values()) > 100


def test_a_second_copy_in_the_same_minute_gets_its_own_name(base: Path, out: Path) -> None:
    first = send_copy(base, out, office_name="CBE de Lille", now=WHEN)
    second = send_copy(base, out, office_name="CBE de Lille", now=WHEN)
    assert second.name == "DLA Desktop - CBE de Lille - 2026-11-23 17h10 (2).dla"
    assert first.exists() and rows(second) == rows(base)


def test_an_office_name_with_forbidden_characters_makes_a_safe_name(base: Path, out: Path) -> None:
    written = send_copy(base, out, office_name="CBE Nord/Pas-de-Calais : siège?", now=WHEN)
    assert written.name == "DLA Desktop - CBE Nord-Pas-de-Calais - siège - 2026-11-23 17h10.dla"


def test_a_copy_to_a_named_file(base: Path, out: Path) -> None:
    written = send_copy(base, out / "pour Roubaix.dla", office_name="CBE de Lille")
    assert written == out / "pour Roubaix.dla"
    assert rows(written) == rows(base)


def test_a_copy_made_during_an_open_write_transaction_is_consistent(base: Path, out: Path) -> None:
    # GIVEN another connection in the middle of a write it has not committed
    before = rows(base)
    with closing(sqlite3.connect(base, timeout=0)) as writer:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("UPDATE association SET name = name || ' (modifiée)'")
        writer.execute("DELETE FROM attendance")
        # WHEN a copy is sent
        written = send_copy(base, out, office_name="CBE de Lille", now=WHEN)
        writer.rollback()
    # THEN it holds the committed state, whole, and passes the checks
    assert copies.integrity_problems(written) == []
    assert rows(written) == before


def test_a_copy_that_fails_quick_check_is_refused(
    base: Path, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(copies, "integrity_problems", lambda _path: ["*** in database main ***"])
    with pytest.raises(DlaError, match="endommagée : rien n'a été écrit"):
        send_copy(base, out, office_name="CBE de Lille", now=WHEN)
    assert list(out.iterdir()) == []


def test_a_damaged_base_is_not_sent(base: Path, out: Path) -> None:
    with closing(sqlite3.connect(base)) as raw:
        page_size = raw.execute("PRAGMA page_size").fetchone()[0]
    data = bytearray(base.read_bytes())
    for start in range(page_size, len(data), page_size):  # every b-tree page header but the first
        data[start : start + 8] = b"\xff" * 8
    base.write_bytes(bytes(data))
    with pytest.raises(DlaError, match="endommagée"):
        send_copy(base, out, office_name="CBE de Lille", now=WHEN)
    assert list(out.iterdir()) == []


def test_the_copy_never_replaces_the_base_itself(base: Path) -> None:
    before = base.read_bytes()
    with pytest.raises(DlaError, match="la base elle-même"):
        send_copy(base, base.parent / ".." / "base" / base.name, office_name="CBE de Lille")
    assert base.read_bytes() == before


def test_a_missing_folder_is_refused(base: Path, tmp_path: Path) -> None:
    with pytest.raises(FileWriteError, match="n'existe pas"):
        send_copy(base, tmp_path / "absent" / "copie.dla", office_name="CBE de Lille")
    with pytest.raises(FileWriteError, match="n'existe pas"):
        send_copy(base, tmp_path / "absent", office_name="CBE de Lille")
    assert not (tmp_path / "absent").exists()


def test_an_existing_file_is_kept_unless_overwrite(base: Path, out: Path) -> None:
    existing = out / "copie.dla"
    existing.write_bytes(b"mes notes")
    with pytest.raises(FileWriteError, match="existe déjà"):
        send_copy(base, existing, office_name="CBE de Lille")
    assert existing.read_bytes() == b"mes notes"
    send_copy(base, existing, office_name="CBE de Lille", overwrite=True)
    assert rows(existing) == rows(base)


def test_a_foreign_file_is_not_sent(tmp_path: Path, out: Path) -> None:
    foreign = tmp_path / "notes.dla"
    foreign.write_text("pas une base")
    with pytest.raises(DatabaseFileError, match="pas une base DLA Desktop"):
        send_copy(foreign, out, office_name="CBE de Lille")
    assert list(out.iterdir()) == []


def test_copy_locally_keeps_the_name_and_never_overwrites(base: Path, tmp_path: Path) -> None:
    local = tmp_path / "local"
    first = copy_locally(base, local)
    second = copy_locally(base, local)
    assert (first.name, second.name) == ("cbe.dla", "cbe (2).dla")
    assert rows(second) == rows(base)
    assert sorted(entry.name for entry in local.iterdir()) == ["cbe (2).dla", "cbe.dla"]


def test_copy_locally_refuses_a_foreign_file(tmp_path: Path) -> None:
    foreign = tmp_path / "photo.dla"
    foreign.write_bytes(b"\x89PNG" + bytes(200))
    with pytest.raises(DatabaseFileError):
        copy_locally(foreign, tmp_path / "local")
    assert not (tmp_path / "local").exists() or not any((tmp_path / "local").iterdir())


# --- transport places ------------------------------------------------------------------

LOCAL_DISK = [("/", "ext4"), ("/home", "ext4"), ("/tmp", "tmpfs")]


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/home/anne/Dropbox/CBE/base.dla", "dossier synchronisé (Dropbox)"),
        ("/home/anne/Dropbox (Perso)/base.dla", "dossier synchronisé (Dropbox)"),
        ("/home/anne/Nextcloud/Documents/base.dla", "dossier synchronisé (Nextcloud)"),
        ("/home/anne/ownCloud/base.dla", "dossier synchronisé (ownCloud)"),
        ("/home/anne/OneDrive - CBE Lille/base.dla", "dossier synchronisé (OneDrive)"),
        ("/home/anne/Google Drive/base.dla", "dossier synchronisé (Google Drive)"),
        ("/home/anne/Seafile/Partage/base.dla", "dossier synchronisé (Seafile)"),
        ("\\\\serveur\\partage\\base.dla", "partage réseau"),
        ("/home/anne/Documents/base.dla", None),
        ("/home/anne/Documents/dropbox-notes/../base.dla", None),
        ("/tmp/base.dla", None),
    ],
)
def test_transport_reason_from_the_path(path: str, reason: str | None) -> None:
    assert transport_reason(Path(path), mounts=LOCAL_DISK) == reason


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/mnt/bureau/base.dla", "partage réseau"),  # cifs
        ("/srv/commun/base.dla", "partage réseau"),  # nfs4
        ("/home/anne/distant/base.dla", "partage réseau"),  # fuse.sshfs
        ("/home/anne/cloud/base.dla", "partage réseau"),  # fuse.rclone
        ("/media/anne/CLE USB/base.dla", "support amovible"),
        ("/run/media/anne/DISQUE/base.dla", "support amovible"),
        ("/mnt/bureau/local/base.dla", None),  # the longest mount point wins
        ("/home/anne/coffre/base.dla", None),  # an encrypted local folder
        ("/home/anne/base.dla", None),
    ],
)
def test_transport_reason_from_the_mount_table(path: str, reason: str | None) -> None:
    mounts = [
        *LOCAL_DISK,
        ("/mnt/bureau", "cifs"),
        ("/mnt/bureau/local", "ext4"),
        ("/srv/commun", "nfs4"),
        ("/home/anne/distant", "fuse.sshfs"),
        ("/home/anne/cloud", "fuse.rclone"),
        ("/home/anne/coffre", "fuse.gocryptfs"),
        ("/media/anne/CLE USB", "vfat"),
        ("/run/media/anne/DISQUE", "exfat"),
    ]
    assert transport_reason(Path(path), mounts=mounts) == reason


def test_the_linux_mount_table_is_read_with_its_escapes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    table = tmp_path / "mounts"
    table.write_text(
        "/dev/sda1 / ext4 rw 0 0\n"
        "//serveur/partage /mnt/Partage\\040CBE cifs rw 0 0\n"
        "/dev/sdb1 /media/anne/KEY vfat rw 0 0\n"
    )
    monkeypatch.setattr(copies, "MOUNTS_FILE", table)
    monkeypatch.setattr(copies.sys, "platform", "linux")
    assert transport_reason(Path("/mnt/Partage CBE/base.dla")) == "partage réseau"
    assert transport_reason(Path("/media/anne/KEY/base.dla")) == "support amovible"
    assert transport_reason(Path("/home/anne/base.dla")) is None
