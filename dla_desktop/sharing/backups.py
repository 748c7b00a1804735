"""Automatic rotating backups in the backup folder, listed and restored (no Qt).

Names keep the format of db/backup.backup_before,
``<stem>.<reason>.<YYYYmmdd-HHMMSS-ffffff><suffix>`` (time in UTC), so the backups
made before a migration are listed and rotated too.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from dla_desktop.db.backup import copy_database
from dla_desktop.db.database import check_is_ours
from dla_desktop.domain.enums import LabelledEnum
from dla_desktop.domain.errors import DlaError, FileWriteError
from dla_desktop.sharing.copies import integrity_problems


class BackupReason(LabelledEnum):
    OPENING = "ouverture", "à l'ouverture"
    DAILY = "quotidienne", "quotidienne"
    BEFORE_MIGRATION = "avant-migration", "avant mise à jour"
    BEFORE_MERGE = "avant-fusion", "avant fusion"
    BEFORE_RESTORE = "avant-restauration", "avant restauration"
    MANUAL = "manuelle", "manuelle"


STAMP = "%Y%m%d-%H%M%S-%f"
_REASONS = "|".join(re.escape(reason.value) for reason in BackupReason)
_NAME = re.compile(
    rf"^(?P<database>[^.].*)\.(?P<reason>{_REASONS})"
    r"\.(?P<stamp>\d{8}-\d{6}-\d{6})(?P<suffix>\.[^.]+)?$"
)

KEEP: Mapping[BackupReason, int] = {
    BackupReason.OPENING: 10,
    BackupReason.DAILY: 14,
    BackupReason.BEFORE_MIGRATION: 20,
    BackupReason.BEFORE_MERGE: 20,
    BackupReason.BEFORE_RESTORE: 20,
    BackupReason.MANUAL: 20,
}
DEFAULT_KEEP = 20


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: of which base, why, when (aware datetime) and how big (bytes)."""

    path: Path
    database: str
    reason: BackupReason
    taken_at: datetime
    size: int


def automatic_backup(
    source: Path,
    reason: BackupReason,
    *,
    folder: Path | None = None,
    now: datetime | None = None,
) -> Path | None:
    """Back ``source`` up for ``reason`` then rotate; DAILY only once per local day (else None)."""
    folder = _folder(folder)
    moment = (now or datetime.now(UTC)).astimezone(UTC)
    source = Path(source)
    if reason is BackupReason.DAILY and _has_daily(folder, source.stem, moment):
        return None
    path = _write_backup(source, folder, reason, moment)
    rotate(folder, source.stem)
    return path


def rotate(folder: Path, database: str, *, keep: Mapping[BackupReason, int] = KEEP) -> list[Path]:
    """Delete the oldest backups of ``database`` beyond ``keep`` per reason; return the deleted.

    Only files whose name is one of ours for that database are ever considered.
    """
    deleted: list[Path] = []
    backups = list_backups(folder, database)
    for reason in BackupReason:
        ours = [backup for backup in backups if backup.reason is reason]
        for old in ours[max(keep.get(reason, DEFAULT_KEEP), 0) :]:
            old.path.unlink(missing_ok=True)
            deleted.append(old.path)
    return deleted


def list_backups(folder: Path | None = None, database: str | None = None) -> list[BackupInfo]:
    """Our backups in ``folder`` (default: the user's backup folder), newest first.

    Any other file in the folder is ignored, whatever it is.
    """
    folder = _folder(folder)
    found = []
    for entry in folder.iterdir():
        info = _parse(entry)
        if info is not None and (database is None or info.database == database):
            found.append(info)
    return sorted(found, key=lambda info: (info.taken_at, info.path.name), reverse=True)


def restore_backup(backup: Path, target: Path, *, folder: Path | None = None) -> Path:
    """Put ``backup`` in place of ``target`` after a safety backup of it; return that safety copy.

    Refuses (DlaError, target untouched) a file that is not ours or fails quick_check.
    The caller closes the base first: the file is replaced under any open connection.
    """
    backup, target = Path(backup).resolve(), Path(target).resolve()
    _check_restorable(backup, target)
    safety = _safety_copy(target, _folder(folder))
    try:
        copy_database(backup, target)
    except (OSError, sqlite3.Error):
        target.with_name(f".{target.name}.partial").unlink(missing_ok=True)  # copy_database's
        raise DlaError(
            f"La restauration de « {target.name} » a échoué ; le fichier n'a pas "
            f"été remplacé. Copie de sécurité : {safety}."
        ) from None
    return safety


def _check_restorable(backup: Path, target: Path) -> None:
    """Refuse, before any write, a backup that is foreign, damaged, or the target itself."""
    check_is_ours(backup)
    if backup == target:
        raise DlaError("La sauvegarde choisie est la base elle-même : rien n'a été restauré.")
    problems = integrity_problems(backup)
    if problems:
        raise DlaError(
            f"La sauvegarde « {backup.name} » est endommagée : "
            "choisissez-en une autre. La base n'a pas été modifiée."
        )
    check_is_ours(target)  # a restore replaces a base of ours, never some other file


def _safety_copy(target: Path, folder: Path) -> Path:
    """A BEFORE_RESTORE backup of the current base; a raw copy if SQLite cannot read it."""
    try:
        return _write_backup(target, folder, BackupReason.BEFORE_RESTORE, datetime.now(UTC))
    except DlaError:
        path = _free_path(folder, target, BackupReason.BEFORE_RESTORE, datetime.now(UTC))
        try:
            shutil.copyfile(target, path)  # a damaged base is kept as it is, byte for byte
        except OSError as error:
            raise FileWriteError.of(error, path) from None
        return path
    finally:
        rotate(folder, target.stem)


def _write_backup(source: Path, folder: Path, reason: BackupReason, moment: datetime) -> Path:
    """Copy ``source`` under the backup_before name format; French errors, nothing half-written."""
    check_is_ours(source)
    path = _free_path(folder, source, reason, moment)
    try:
        copy_database(source, path)
    except OSError as error:
        raise FileWriteError.of(error, path) from None
    except sqlite3.Error:
        raise DlaError(
            f"Impossible de sauvegarder « {source.name} » (base occupée ou endommagée)."
        ) from None
    finally:
        path.with_name(f".{path.name}.partial").unlink(missing_ok=True)  # copy_database's
    return path


def _free_path(folder: Path, source: Path, reason: BackupReason, moment: datetime) -> Path:
    """``<stem>.<reason>.<stamp><suffix>``, a microsecond later while the name is taken."""
    while True:
        name = f"{source.stem}.{reason.value}.{moment.astimezone(UTC):{STAMP}}"
        path = folder / f"{name}{source.suffix or '.sqlite'}"
        if not path.exists():
            return path
        moment += timedelta(microseconds=1)


def _has_daily(folder: Path, database: str, moment: datetime) -> bool:
    """Whether ``database`` already has a daily backup on ``moment``'s local day."""
    day = moment.astimezone().date()
    return any(
        info.reason is BackupReason.DAILY and info.taken_at.astimezone().date() == day
        for info in list_backups(folder, database)
    )


def _parse(entry: Path) -> BackupInfo | None:
    """A BackupInfo when ``entry`` is a file named as our backups are, else None."""
    match = _NAME.match(entry.name)
    if match is None or not entry.is_file():
        return None
    try:
        taken_at = datetime.strptime(match["stamp"], STAMP).replace(tzinfo=UTC)
        size = entry.stat().st_size
    except (ValueError, OSError):
        return None
    return BackupInfo(entry, match["database"], BackupReason(match["reason"]), taken_at, size)


def _folder(folder: Path | None) -> Path:
    """The given folder, or the per-user backup folder (created on first use)."""
    if folder is not None:
        return folder
    from dla_desktop.paths import backup_dir

    return backup_dir()
