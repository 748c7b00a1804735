"""Is the open file still the one we opened, and is another instance working in it? (no Qt)

``PRAGMA data_version`` sees commits made through the same file, not a file replaced
under us (a sync tool renaming its download into place): only the file's identity on
disk tells. The identity comes from ``stat`` alone: opening and closing the base
ourselves would drop the POSIX locks SQLite holds on it in this process.

A second instance is told by a small JSON ``<file>.lock`` beside the base (who, where,
since when, last heartbeat); removing it never touches the base.
"""

from __future__ import annotations

import enum
import json
import os
import socket
import sqlite3
import threading
import uuid
import weakref
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from dla_desktop.db.history import current_user_name
from dla_desktop.domain.dates import format_date
from dla_desktop.domain.errors import FileWriteError

LOCK_SUFFIX = ".lock"
STALE_AFTER = timedelta(minutes=5)  # a heartbeat older than this: the holder is gone
HEARTBEAT_EVERY = timedelta(seconds=30)


@dataclass(frozen=True)
class FileIdentity:
    """What ``stat`` says about a file: which one it is (device, inode) and its last change."""

    device: int
    inode: int
    size: int
    mtime_ns: int

    @classmethod
    def of(cls, path: Path) -> FileIdentity:
        """Read the identity without opening the file (raises OSError when it is gone)."""
        info = os.stat(path)
        return cls(info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns)

    def same_file(self, other: FileIdentity) -> bool:
        """True when both name the same file on disk, whatever its content."""
        return (self.device, self.inode) == (other.device, other.inode)


class FileChange(enum.Enum):
    """What happened to the open file behind our back."""

    MODIFIED = "modified"  # written in place by another program or instance
    REPLACED = "replaced"  # another file now carries its name
    DELETED = "deleted"  # no file carries its name any more


class FileWatch:
    """Compares the file on disk with the one we opened, forgiving our own acknowledged writes.

    A change, once seen, stays seen: nothing may ever clear a replacement, so
    ``acknowledge`` after a write cannot adopt a file that is not ours.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._known = FileIdentity.of(path)
        self._seen: FileChange | None = None
        self._writing = 0
        self._lock = threading.Lock()  # writes end in worker threads

    @property
    def identity(self) -> FileIdentity:
        """The identity we last accepted as ours."""
        return self._known

    def check(self) -> FileChange | None:
        """Look at the file now; None while it is unchanged (or while we are writing it)."""
        with self._lock:
            if self._seen is None and self._writing == 0:
                self._seen = self._compare()
            return self._seen

    def acknowledge(self) -> None:
        """After our own commit: its new size and time are ours; another file never is."""
        with self._lock:
            if self._seen is not None:
                return
            try:
                now = FileIdentity.of(self.path)
            except OSError:
                self._seen = FileChange.DELETED
                return
            if now.same_file(self._known):
                self._known = now
            else:
                self._seen = FileChange.REPLACED

    @contextmanager
    def our_write(self) -> Iterator[None]:
        """Wrap one of our transactions: checks wait for it, then its change is acknowledged."""
        with self._lock:
            self._writing += 1
        try:
            yield
        finally:
            with self._lock:
                self._writing -= 1
            self.acknowledge()

    def _compare(self) -> FileChange | None:
        try:
            now = FileIdentity.of(self.path)
        except FileNotFoundError:
            return FileChange.DELETED
        except OSError:
            return None  # a share briefly unreachable is not a change
        if not now.same_file(self._known):
            return FileChange.REPLACED
        if now != self._known:
            return FileChange.MODIFIED
        return None


def save_connection_copy(connection: sqlite3.Connection, destination: Path) -> Path:
    """Write what ``connection`` sees (even a file since replaced on disk) to ``destination``.

    SQLite's backup API into a temporary file beside it, ``quick_check``, then one
    atomic rename: the destination is either the whole copy or left as it was.
    """
    temporary = destination.with_name(f".{destination.name}.{uuid.uuid4().hex}.partial")
    try:
        target = sqlite3.connect(temporary)
        try:
            connection.backup(target)
            (verdict,) = target.execute("PRAGMA quick_check").fetchone()
        finally:
            target.close()
        if verdict != "ok":
            raise FileWriteError(f"La copie de « {destination.name} » est endommagée : {verdict}.")
        os.replace(temporary, destination)
    except (OSError, sqlite3.Error) as error:
        raise FileWriteError(
            f"Impossible d'écrire « {destination} » (erreur {_error_code(error)})."
        ) from error
    finally:
        temporary.unlink(missing_ok=True)
    return destination


def _error_code(error: Exception) -> str:
    """The system's number or SQLite's name: the system's own sentence would be English."""
    if isinstance(error, OSError) and error.errno is not None:
        return f"système {error.errno}"
    return getattr(error, "sqlite_errorname", type(error).__name__)


# --- the instance lock ---------------------------------------------------------------


@dataclass(frozen=True)
class LockResult:
    """Whether we now hold the base, and if not, who does, in French."""

    owned: bool
    holder: str = ""


@dataclass(frozen=True)
class LockOwner:
    """The content of a lock file."""

    host: str
    pid: int
    user: str
    since: datetime
    heartbeat: datetime
    token: str

    def to_json(self) -> str:
        """What is written into the lock file (readable by a person who finds it)."""
        return json.dumps(
            {
                "host": self.host,
                "pid": self.pid,
                "user": self.user,
                "since": self.since.isoformat(),
                "heartbeat": self.heartbeat.isoformat(),
                "token": self.token,
            },
            ensure_ascii=False,
            indent=1,
        )

    @classmethod
    def from_json(cls, text: str) -> LockOwner:
        """Read a lock file (ValueError, KeyError or TypeError when it is not one of ours)."""
        data = json.loads(text)
        return cls(
            host=str(data["host"]),
            pid=int(data["pid"]),
            user=str(data["user"]),
            since=datetime.fromisoformat(data["since"]),
            heartbeat=datetime.fromisoformat(data["heartbeat"]),
            token=str(data["token"]),
        )

    def describe(self, now: datetime | None = None) -> str:
        """``ouvert sur POSTE par UTILISATEUR depuis 17:05`` (the day too when not today)."""
        local = self.since.astimezone()
        today = (now or datetime.now(UTC)).astimezone().date()
        when = f"{local:%H:%M}"
        if local.date() != today:
            when = f"le {format_date(local.date())} à {when}"
        return f"ouvert sur {self.host} par {self.user} depuis {when}"


# The locks this process holds now, by token, for as long as their object lives: a lock of
# ours whose token is not here was left by a window since gone (or by a crashed process
# whose pid we reuse).
_HELD_HERE: weakref.WeakValueDictionary[str, InstanceLock] = weakref.WeakValueDictionary()


class InstanceLock:
    """One instance's claim on a base, shown to any other instance that opens it."""

    def __init__(self) -> None:
        self.token = uuid.uuid4().hex
        self.path: Path | None = None  # the lock file, once acquired

    def acquire(self, base: Path, *, now: datetime | None = None) -> LockResult:
        """Claim ``base``; a living foreign claim is described, a stale one is taken over."""
        lock_path = lock_file(base)
        moment = now or datetime.now(UTC)
        owner = self._owner(moment)
        try:
            if _create_exclusive(lock_path, owner.to_json()):
                return self._owned(lock_path)
            current = _read_owner(lock_path)
            if current is not None and not is_stale(current, moment):
                return LockResult(False, current.describe(moment))
            _replace(lock_path, owner.to_json())
            taken = _read_owner(lock_path)  # another instance may have taken it over too
        except OSError:
            return LockResult(True)  # a folder where no lock can be written: work without one
        if taken is not None and taken.token != self.token:
            return LockResult(False, taken.describe(moment))
        return self._owned(lock_path)

    def refresh(self, *, now: datetime | None = None) -> bool:
        """The heartbeat: tell other instances we are still here; False if the lock was lost."""
        if self.path is None:
            return False
        current = _read_owner(self.path)
        if current is None or current.token != self.token:
            return False
        moment = now or datetime.now(UTC)
        with suppress(OSError):
            _replace(self.path, _with_heartbeat(current, moment).to_json())
        return True

    def release(self) -> None:
        """Remove our lock file (never the base, never another instance's lock)."""
        if self.path is None:
            return
        _HELD_HERE.pop(self.token, None)
        current = _read_owner(self.path)
        if current is not None and current.token == self.token:
            with suppress(OSError):
                self.path.unlink()
        self.path = None

    def _owner(self, moment: datetime) -> LockOwner:
        return LockOwner(socket.gethostname(), os.getpid(), _user(), moment, moment, self.token)

    def _owned(self, lock_path: Path) -> LockResult:
        self.path = lock_path
        _HELD_HERE[self.token] = self
        return LockResult(True)


def lock_file(base: Path) -> Path:
    """``demo.dla`` -> ``demo.dla.lock``, beside it."""
    return base.with_name(base.name + LOCK_SUFFIX)


def is_stale(owner: LockOwner, now: datetime) -> bool:
    """A claim nobody keeps any more: its process ended, or its heartbeat stopped."""
    if now - owner.heartbeat > STALE_AFTER:
        return True
    if owner.host != socket.gethostname():
        return False  # another computer: only the heartbeat can tell
    if owner.pid == os.getpid():
        return owner.token not in _HELD_HERE
    return not pid_alive(owner.pid)


def pid_alive(pid: int) -> bool:
    """Whether a process with this id runs on this computer (without signalling it)."""
    if pid <= 0:
        return False
    if os.name == "nt":
        return _windows_pid_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it exists, owned by someone else
    return True


def _windows_pid_alive(pid: int) -> bool:
    """os.kill(pid, 0) would terminate the process on Windows: ask the kernel instead."""
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return False
    try:
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        return code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def _with_heartbeat(owner: LockOwner, moment: datetime) -> LockOwner:
    return LockOwner(owner.host, owner.pid, owner.user, owner.since, moment, owner.token)


def _user() -> str:
    """The login name (as the history records it), or a word when the system will not say."""
    return current_user_name() or "un utilisateur inconnu"


def _read_owner(lock_path: Path) -> LockOwner | None:
    """The lock's content; None when it is missing, unreadable or not ours (then stale)."""
    try:
        return LockOwner.from_json(lock_path.read_text(encoding="utf-8"))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _create_exclusive(lock_path: Path, text: str) -> bool:
    """Write the lock only if none exists, in one step (False when one is there)."""
    temporary = _write_temporary(lock_path, text)
    try:
        os.link(temporary, lock_path)
    except FileExistsError:
        return False
    except OSError:  # no hard links (FAT, some shares): O_EXCL instead
        return _create_with_excl(lock_path, text)
    finally:
        temporary.unlink(missing_ok=True)
    return True


def _create_with_excl(lock_path: Path, text: str) -> bool:
    try:
        descriptor = os.open(lock_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL)
    except FileExistsError:
        return False
    with os.fdopen(descriptor, "w", encoding="utf-8") as stream:
        stream.write(text)
    return True


def _replace(lock_path: Path, text: str) -> None:
    """Put a new lock in place atomically (a reader never sees half of it)."""
    temporary = _write_temporary(lock_path, text)
    try:
        os.replace(temporary, lock_path)
    finally:
        temporary.unlink(missing_ok=True)


def _write_temporary(lock_path: Path, text: str) -> Path:
    temporary = lock_path.with_name(f".{lock_path.name}.{uuid.uuid4().hex}")
    temporary.write_text(text, encoding="utf-8")
    return temporary
