"""Per-user folders (data, backups, logs) from platformdirs, created on first use."""

from __future__ import annotations

from pathlib import Path

from platformdirs import PlatformDirs

_DIRS = PlatformDirs(appname="DLA Desktop", appauthor=False)


def data_dir() -> Path:
    """Where the demo database and per-user files live."""
    return _ensure(Path(_DIRS.user_data_dir))


def backup_dir() -> Path:
    """Where backups are written before anything risky (migrations, merges)."""
    return _ensure(Path(_DIRS.user_data_dir) / "sauvegardes")


def log_dir() -> Path:
    """Where unexpected errors are logged with their details."""
    return _ensure(Path(_DIRS.user_log_dir))


def _ensure(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path
