"""The file watch sees a replaced or changed base but not our own writes; the instance lock."""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from dla_desktop.sharing.watch import (
    STALE_AFTER,
    FileChange,
    FileIdentity,
    FileWatch,
    InstanceLock,
    LockOwner,
    LockResult,
    lock_file,
    save_connection_copy,
)


def make_base(path: Path, value: str = "mine") -> Path:
    """A small SQLite file in rollback-journal mode, as the application writes them."""
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE note (text TEXT)")
        connection.execute("INSERT INTO note VALUES (?)", (value,))
    connection.close()
    return path


def write_note(path: Path, value: str) -> None:
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("INSERT INTO note VALUES (?)", (value,))
    connection.close()


def notes(connection: sqlite3.Connection) -> list[str]:
    return [text for (text,) in connection.execute("SELECT text FROM note ORDER BY rowid")]


def write_lock(
    base: Path,
    *,
    host: str,
    pid: int,
    token: str,
    since: datetime | None = None,
    user: str = "amelie",
) -> None:
    """A lock file as another instance would have left it."""
    moment = since or datetime.now(UTC)
    lock_file(base).write_text(
        json.dumps(
            {
                "host": host,
                "pid": pid,
                "user": user,
                "since": moment.isoformat(),
                "heartbeat": moment.isoformat(),
                "token": token,
            }
        ),
        encoding="utf-8",
    )


def test_an_untouched_file_is_unchanged(tmp_path: Path) -> None:
    base = make_base(tmp_path / "base.dla")
    watch = FileWatch(base)
    assert watch.check() is None
    assert watch.identity == FileIdentity.of(base)


def test_a_file_replaced_by_another_is_seen_and_stays_seen(tmp_path: Path) -> None:
    # GIVEN a base being watched, and a sync tool's download of another version
    base = make_base(tmp_path / "base.dla")
    watch = FileWatch(base)
    download = make_base(tmp_path / "download.tmp", "theirs")
    # WHEN the download is renamed onto the base
    os.replace(download, base)
    # THEN the watch says so, and acknowledging (as after a write) cannot adopt the new file
    assert watch.check() is FileChange.REPLACED
    watch.acknowledge()
    assert watch.check() is FileChange.REPLACED


def test_a_replacement_found_by_acknowledge_is_never_adopted(tmp_path: Path) -> None:
    base = make_base(tmp_path / "base.dla")
    watch = FileWatch(base)
    os.replace(make_base(tmp_path / "other.tmp", "theirs"), base)
    watch.acknowledge()  # our commit ended just after the replacement
    assert watch.check() is FileChange.REPLACED


def test_a_write_by_another_connection_is_seen(tmp_path: Path) -> None:
    base = make_base(tmp_path / "base.dla")
    watch = FileWatch(base)
    write_note(base, "written elsewhere")
    assert watch.check() is FileChange.MODIFIED


def test_our_acknowledged_writes_are_not_changes(tmp_path: Path) -> None:
    base = make_base(tmp_path / "base.dla")
    watch = FileWatch(base)
    write_note(base, "ours")
    watch.acknowledge()
    assert watch.check() is None
    with watch.our_write():
        write_note(base, "ours again")
        assert watch.check() is None  # a check during our write waits for it
    assert watch.check() is None
    write_note(base, "someone else's")  # and the watch still works afterwards
    assert watch.check() is FileChange.MODIFIED


def test_a_deleted_file_is_seen(tmp_path: Path) -> None:
    base = make_base(tmp_path / "base.dla")
    watch = FileWatch(base)
    base.unlink()
    assert watch.check() is FileChange.DELETED


def test_our_version_is_saved_from_the_open_connection_after_a_replacement(
    tmp_path: Path,
) -> None:
    # GIVEN a connection open on the base, then the base replaced on disk
    base = make_base(tmp_path / "base.dla")
    connection = sqlite3.connect(base)
    assert notes(connection) == ["mine"]
    os.replace(make_base(tmp_path / "theirs.tmp", "theirs"), base)
    # WHEN our version is saved from that connection
    saved = save_connection_copy(connection, tmp_path / "ma version.dla")
    connection.close()
    # THEN the copy holds our data, the replaced file theirs, and no temporary is left
    copy = sqlite3.connect(saved)
    assert notes(copy) == ["mine"]
    copy.close()
    with sqlite3.connect(base) as replaced:
        assert notes(replaced) == ["theirs"]
    replaced.close()
    assert sorted(path.name for path in tmp_path.iterdir()) == ["base.dla", "ma version.dla"]


# --- the instance lock --------------------------------------------------------------


def test_the_first_instance_owns_the_base_and_a_second_is_told_who(tmp_path: Path) -> None:
    base = make_base(tmp_path / "base.dla")
    first, second = InstanceLock(), InstanceLock()
    assert first.acquire(base).owned
    refused = second.acquire(base)
    assert not refused.owned
    assert refused.holder.startswith(f"ouvert sur {socket.gethostname()} par ")
    assert " depuis " in refused.holder
    # WHEN the first lets go, THEN the second may take it; the base is untouched throughout
    before = base.read_bytes()
    first.release()
    assert not lock_file(base).exists()
    assert second.acquire(base).owned
    second.release()
    assert base.read_bytes() == before


def test_the_lock_describes_its_holder_in_french(tmp_path: Path) -> None:
    base = make_base(tmp_path / "base.dla")
    since = datetime(2026, 11, 23, 17, 5).astimezone()
    write_lock(base, host="POSTE-LILLE", pid=4242, token="x", since=since)
    result = InstanceLock().acquire(base, now=since + timedelta(minutes=1))
    assert result == LockResult(False, "ouvert sur POSTE-LILLE par amelie depuis 17:05")
    owner = LockOwner("POSTE-LILLE", 4242, "amelie", since, since, "x")
    assert owner.describe(since + timedelta(days=1)) == (
        "ouvert sur POSTE-LILLE par amelie depuis le 23 novembre 2026 à 17:05"
    )


def test_a_lock_whose_heartbeat_stopped_is_taken_over(tmp_path: Path) -> None:
    base = make_base(tmp_path / "base.dla")
    holder = InstanceLock()
    start = datetime(2026, 11, 23, 17, 5, tzinfo=UTC)
    assert holder.acquire(base, now=start).owned
    other = InstanceLock()
    assert not other.acquire(base, now=start + STALE_AFTER / 2).owned
    holder.refresh(now=start + STALE_AFTER)  # still alive
    assert not other.acquire(base, now=start + STALE_AFTER * 1.5).owned
    # WHEN the holder stops beating, THEN its claim ages out and is taken over
    assert other.acquire(base, now=start + STALE_AFTER * 2.5).owned
    assert not holder.refresh()  # the old holder learns it lost the lock
    holder.release()  # and releasing does not remove the new holder's lock
    assert lock_file(base).exists()
    other.release()


def test_a_lock_left_by_an_ended_process_on_this_computer_is_stale(tmp_path: Path) -> None:
    base = make_base(tmp_path / "base.dla")
    ended = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    write_lock(base, host=socket.gethostname(), pid=int(ended.stdout), token="old")
    lock = InstanceLock()
    assert lock.acquire(base).owned
    lock.release()


def test_a_lock_of_this_process_that_no_window_holds_is_stale(tmp_path: Path) -> None:
    # GIVEN a fresh lock of this very process whose window went without releasing it
    base = make_base(tmp_path / "base.dla")
    write_lock(base, host=socket.gethostname(), pid=os.getpid(), token="gone")
    # THEN a new window takes it over; a damaged lock file is stale too
    lock = InstanceLock()
    assert lock.acquire(base).owned
    lock.release()
    lock_file(base).write_text("{pas du json", encoding="utf-8")
    assert lock.acquire(base).owned
    lock.release()


def test_a_lock_refuses_nothing_where_no_lock_can_be_written(tmp_path: Path) -> None:
    folder = tmp_path / "lecture seule"
    folder.mkdir()
    base = make_base(folder / "base.dla")
    folder.chmod(0o555)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("running as root: every folder is writable")
        assert InstanceLock().acquire(base).owned
    finally:
        folder.chmod(0o755)
