"""Consistent copies of a base for another office, and telling a transport place from a disk.

A base is sent as a copy made through SQLite's backup API (never a raw file copy,
which can catch a write half-done), checked with ``quick_check``, then renamed into
place in one step: the destination never holds half a file.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import uuid
from collections.abc import Sequence
from contextlib import closing
from datetime import datetime
from pathlib import Path, PureWindowsPath

from dla_desktop.db.backup import fsync
from dla_desktop.db.database import check_is_ours, move_without_overwrite
from dla_desktop.db.engine import connect_read_only
from dla_desktop.documents.file_names import safe_file_name, unique_names
from dla_desktop.domain.errors import DlaError, FileWriteError

COPY_SUFFIX = ".dla"
MOUNTS_FILE = Path("/proc/mounts")
# First folder-name words of sync clients, lower case -> the service named to the user.
SYNCED_FOLDERS = (
    ("dropbox", "Dropbox"),
    ("nextcloud", "Nextcloud"),
    ("owncloud", "ownCloud"),
    ("onedrive", "OneDrive"),
    ("google drive", "Google Drive"),
    ("googledrive", "Google Drive"),
    ("seafile", "Seafile"),
    ("seadrive", "Seafile"),
    ("icloud drive", "iCloud"),
    ("iclouddrive", "iCloud"),
    ("pcloud", "pCloud"),
    ("box sync", "Box"),
    ("synology drive", "Synology Drive"),
)
NETWORK_FILE_SYSTEMS = {
    *("nfs", "nfs4", "cifs", "smb3", "smbfs", "sshfs", "davfs", "fuse.davfs2"),
    *("afs", "ceph", "glusterfs", "9p", "fuse.sshfs", "fuse.rclone", "fuse.gvfsd-fuse"),
}
LOCAL_FUSE = {"fuse.portal", "fuse.lxcfs", "fuse.gocryptfs", "fuse.encfs", "fuse.cryfs"}
REMOVABLE_ROOTS = (("media",), ("run", "media"))
NETWORK_SHARE = "partage réseau"
REMOVABLE = "support amovible"
Mounts = Sequence[tuple[str, str]]  # (mount point, file system type)


def send_copy(
    source: Path,
    destination: Path,
    *,
    office_name: str,
    now: datetime | None = None,
    overwrite: bool = False,
) -> Path:
    """Write a checked, consistent copy of ``source`` for another office; return its path.

    ``destination`` is a file, or a folder where the name says which office and when
    ("DLA Desktop - CBE de Lille - 2026-11-23 17h10.dla", made unique if taken).
    Raises DlaError/FileWriteError; an existing file is replaced only with ``overwrite``.
    """
    source = Path(source).resolve()
    check_is_ours(source)
    target = _copy_target(Path(destination), office_name, now or datetime.now())
    if _same_file(source, target):
        raise DlaError(
            f"La copie ne peut pas remplacer la base elle-même (« {source.name} ») : "
            "choisissez un autre nom ou un autre dossier."
        )
    if target.exists() and not overwrite:
        raise FileWriteError(f"« {target.name} » existe déjà dans « {target.parent} ».")
    checked_copy(source, target, overwrite=overwrite)
    return target


def copy_name(office_name: str, when: datetime) -> str:
    """The file name of a copy sent by ``office_name`` at ``when`` (shown in local time)."""
    local = when.astimezone()
    return safe_file_name(["DLA Desktop", office_name, f"{local:%Y-%m-%d %Hh%M}"], COPY_SUFFIX)


def copy_locally(source: Path, folder: Path) -> Path:
    """Copy a base sitting on a share or a synced folder into ``folder`` (unique name); return it.

    The application then works on the local copy: a base opened live on a share or in
    a synced folder gets corrupted or forks into "conflicted copies".
    """
    source = Path(source).resolve()
    check_is_ours(source)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise FileWriteError.of(error, folder) from None
    while True:
        target = folder / _free_name(folder, source.name)
        try:
            checked_copy(source, target, overwrite=False)
            return target
        except DlaError:
            if not target.exists():  # not a race for the name: a real failure
                raise


def _free_name(folder: Path, name: str) -> str:
    """``name``, or ``name (2)``, ``(3)``... whichever is not taken in ``folder`` yet."""
    taken = [entry.name for entry in folder.iterdir()] if folder.is_dir() else []
    return unique_names([*taken, name])[-1]


def checked_copy(source: Path, destination: Path, *, overwrite: bool) -> None:
    """Backup API into a temporary file beside ``destination``, quick_check, atomic rename.

    Nothing but a complete, sound copy ever carries the destination's name.
    """
    temporary = destination.with_name(f".{destination.name}.{uuid.uuid4().hex[:8]}.partial")
    try:
        temporary.open("xb").close()  # a folder we cannot write to fails here, as a write
        _backup_into(source, temporary)
        problems = integrity_problems(temporary)
        if problems:
            raise DlaError(
                f"La copie de « {source.name} » est endommagée : "
                "rien n'a été écrit. Vérifiez la base (dla-desktop check) ou restaurez "
                "une sauvegarde."
            )
        fsync(temporary)
        if overwrite:
            os.replace(temporary, destination)
        else:
            move_without_overwrite(temporary, destination)
    except OSError as error:
        raise FileWriteError.of(error, destination) from None
    finally:
        temporary.unlink(missing_ok=True)


def integrity_problems(path: Path) -> list[str]:
    """What ``PRAGMA quick_check`` finds wrong in ``path`` (read-only); empty when sound."""
    try:
        with closing(connect_read_only(path)) as connection:
            rows = [row[0] for row in connection.execute("PRAGMA quick_check").fetchall()]
    except sqlite3.DatabaseError as error:
        return [str(error)]
    return [] if rows == ["ok"] else rows


def _backup_into(source: Path, temporary: Path) -> None:
    """SQLite's backup API: a consistent snapshot even while another connection writes."""
    try:
        with closing(connect_read_only(source)) as src, closing(sqlite3.connect(temporary)) as dst:
            src.backup(dst)
    except sqlite3.OperationalError as error:
        if "locked" in str(error) or "busy" in str(error):
            raise DlaError(
                f"« {source.name} » est occupée par une autre opération : réessayez "
                "dans un instant. Rien n'a été écrit."
            ) from None
        raise DlaError(f"Impossible de lire « {source.name} » pour la copier.") from None
    except sqlite3.DatabaseError:
        raise DlaError(
            f"« {source.name} » est endommagée et ne peut pas être copiée. "
            "Restaurez une sauvegarde ; rien n'a été écrit."
        ) from None


def _copy_target(destination: Path, office_name: str, now: datetime) -> Path:
    """The file to write: ``destination`` itself, or a telling name inside that folder."""
    if destination.is_dir():  # sent twice in a minute: "… 17h10 (2).dla", never a refusal
        return destination.resolve() / _free_name(destination, copy_name(office_name, now))
    if not destination.parent.is_dir():
        raise FileWriteError(f"Le dossier « {destination.parent} » n'existe pas.")
    if not destination.exists() and not destination.suffix:
        raise FileWriteError(
            f"Le dossier « {destination} » n'existe pas "
            f"(pour un fichier, donnez un nom en {COPY_SUFFIX})."
        )
    return destination.resolve()


def _same_file(source: Path, target: Path) -> bool:
    """True when writing ``target`` would overwrite ``source`` (same path, link or case)."""
    if source == target:
        return True
    try:
        return target.exists() and os.path.samefile(source, target)
    except OSError:
        return False


# --- transport places ------------------------------------------------------------------


def transport_reason(path: Path, *, mounts: Mounts | None = None) -> str | None:
    """Why ``path`` is a transport place (synced folder, network share, removable), in French.

    ``mounts`` is the mount table as (mount point, file system type) pairs; by default
    /proc/mounts on Linux. None for a plain local disk.
    """
    text = str(path)
    if text.startswith(("\\\\", "//")) and (os.name == "nt" or text.startswith("\\\\")):
        return NETWORK_SHARE
    absolute = Path(os.path.abspath(path))
    return (
        _synced_folder(absolute.parts)
        or _mount_reason(absolute, _read_mounts() if mounts is None else mounts)
        or _windows_drive_reason(absolute)
    )


def _synced_folder(parts: Sequence[str]) -> str | None:
    """The sync client whose folder holds the path, from folder names ("Dropbox (Perso)")."""
    for part in parts:
        lowered = part.casefold()
        for prefix, service in SYNCED_FOLDERS:
            if lowered.startswith(prefix):
                return f"dossier synchronisé ({service})"
    return None


def _mount_reason(path: Path, mounts: Mounts) -> str | None:
    """Network or removable, from the file system the path is mounted on (longest match)."""
    best: tuple[int, str, str] | None = None
    for point, fs_type in mounts:
        mount = Path(point)
        if (path == mount or mount in path.parents) and (best is None or len(point) > best[0]):
            best = (len(point), point, fs_type)
    if best is None:
        return None
    _, point, fs_type = best
    if fs_type in NETWORK_FILE_SYSTEMS or (
        fs_type.startswith("fuse.") and fs_type not in LOCAL_FUSE
    ):
        return NETWORK_SHARE
    parts = Path(point).parts[1:]
    if any(parts[: len(root)] == root and len(parts) > len(root) for root in REMOVABLE_ROOTS):
        return REMOVABLE
    return None


def _read_mounts() -> list[tuple[str, str]]:
    """The Linux mount table; empty elsewhere or when it cannot be read."""
    if not sys.platform.startswith("linux"):
        return []
    try:
        lines = MOUNTS_FILE.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return []
    return [
        (_unescape(fields[1]), fields[2])
        for fields in (line.split() for line in lines)
        if len(fields) >= 3
    ]


def _unescape(field: str) -> str:
    """/proc/mounts writes a space as ``\\040`` (and tab, newline, backslash likewise)."""
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


def _windows_drive_reason(path: Path) -> str | None:
    """A network or removable drive letter on Windows (GetDriveTypeW); None elsewhere."""
    if os.name != "nt":
        return None
    drive = PureWindowsPath(path).drive
    if not drive:
        return None
    if drive.startswith("\\\\"):
        return NETWORK_SHARE
    try:
        import ctypes

        kind = ctypes.windll.kernel32.GetDriveTypeW(f"{drive}\\")  # type: ignore[attr-defined]
    except (AttributeError, OSError):
        return None
    return {2: REMOVABLE, 4: NETWORK_SHARE, 5: REMOVABLE}.get(kind)
