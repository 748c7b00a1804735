"""Opening a database file: refuse what is not ours, migrate safely, hand out transactions.

``open_database`` is the one door to the store, for the UI, the CLI and the tests.
A refused file is never written to: checks read the header bytes and use
read-only connections until the file is known to be ours and current.
"""

from __future__ import annotations

import os
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from dla_desktop.db import backup, history, migrate
from dla_desktop.db.engine import APPLICATION_ID, sqlite_engine
from dla_desktop.domain.errors import DatabaseFileError, StaleRecordError

# the history hook is registered on import; every session of the application records it
_HISTORY_HOOK = history

SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass
class Database:
    """An open store: hands out one session per transaction, never a long-lived one."""

    engine: Engine
    path: Path | None
    backups: list[Path] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One operation, one transaction: committed on success, rolled back on any error."""
        try:
            with self._sessions.begin() as session:
                yield session
        except StaleDataError:
            raise StaleRecordError() from None

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reads only; anything written by mistake is rolled back."""
        with self._sessions() as session:
            yield session
            session.rollback()

    def close(self) -> None:
        """Release the file (so it can be copied, replaced or deleted)."""
        self.engine.dispose()


def open_database(
    path: Path | str, *, backup_dir: Path | None = None, upgrade: bool = True
) -> Database:
    """Open an existing database file, upgrading its schema if needed (after a backup).

    ``upgrade=False`` leaves an older file as it is (for ``dla-desktop check``, which
    must not change what it inspects); services then cannot use it.
    """
    path = Path(path).resolve()
    check_is_ours(path)
    revision = read_revision(path)
    made_backup: list[Path] = []
    if revision is None:
        raise DatabaseFileError(
            f"« {path.name} » est une base DLA Desktop incomplète (création interrompue ?). "
            "Le fichier n'a pas été modifié."
        )
    if revision != migrate.SCHEMA_HEAD:
        if not migrate.is_known_revision(revision):
            raise DatabaseFileError(
                f"« {path.name} » a été créé par une version plus récente de DLA Desktop. "
                "Mettez l'application à jour pour l'ouvrir ; le fichier n'a pas été modifié."
            )
        if upgrade:
            made_backup.append(_migrate_with_backup(path, backup_dir))
    return Database(sqlite_engine(path), path, made_backup)


def open_database_read_only(path: Path | str) -> Database:
    """A base nothing in this process can write (SQLite opens the file read-only).

    For a look at a file on a share or a synced folder: it is never upgraded, so a file at
    another schema revision is refused and left as it is.
    """
    path = Path(path).resolve()
    check_is_ours(path)
    engine = sqlite_engine(path, read_only=True)
    try:
        with engine.connect() as connection:
            revision = migrate.current_revision(connection)
    except DBAPIError:
        engine.dispose()
        raise DatabaseFileError(
            f"« {path.name} » ne peut pas être lu tel quel : ouvrez-le sur une copie locale."
        ) from None
    if revision != migrate.SCHEMA_HEAD:
        engine.dispose()
        raise DatabaseFileError(
            f"« {path.name} » n'est pas à la version de cette application : ouvrez-le sur une "
            "copie locale. Le fichier n'a pas été modifié."
        )
    return Database(engine, path)


def create_database(path: Path | str) -> Database:
    """Create a new, empty database at ``path``; refuse to replace an existing file."""
    path = Path(path).resolve()
    if path.exists():
        raise DatabaseFileError(f"« {path.name} » existe déjà : choisissez un autre nom.")
    if not path.parent.is_dir():
        raise DatabaseFileError(f"Le dossier « {path.parent} » n'existe pas.")
    # Built aside, then moved in one step: a half-made file never carries the real name.
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex}.creating")
    try:
        engine = sqlite_engine(temporary)
        with engine.connect() as connection:
            connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
            migrate.upgrade_to_head(connection)
        engine.dispose()
        move_without_overwrite(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
    return Database(sqlite_engine(path), path)


def check_is_ours(path: Path) -> None:
    """Refuse, without writing a byte, anything that is not a DLA Desktop database."""
    if not path.exists():
        raise DatabaseFileError(f"Le fichier « {path} » est introuvable.")
    if not path.is_file():
        raise DatabaseFileError(f"« {path} » n'est pas un fichier.")
    try:
        with path.open("rb") as stream:
            header = stream.read(100)
    except PermissionError:
        raise DatabaseFileError(f"Impossible de lire « {path.name} » : accès refusé.") from None
    except OSError as error:
        raise DatabaseFileError(
            f"Impossible de lire « {path.name} » (erreur système {error.errno})."
        ) from None
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise DatabaseFileError(
            f"« {path.name} » n'est pas une base DLA Desktop (ce n'est pas une base SQLite)."
        )
    if int.from_bytes(header[68:72], "big") != APPLICATION_ID:
        raise DatabaseFileError(
            f"« {path.name} » est une base SQLite d'une autre application, "
            "pas une base DLA Desktop. Le fichier n'a pas été modifié."
        )


def read_revision(path: Path) -> str | None:
    """The schema revision in the file, through a read-only connection.

    After a crash or a pulled USB key, a "hot" journal beside the file holds the
    interrupted transaction: only a read-write connection can roll it back (the file
    is known to be ours by now), after which the file is exactly as before that write.
    """
    hot_journal = path.with_name(path.name + "-journal")
    engine = sqlite_engine(path, read_only=not hot_journal.exists())
    try:
        with engine.connect() as connection:
            return migrate.current_revision(connection)
    except DBAPIError:
        raise DatabaseFileError(
            f"« {path.name} » est endommagé et ne peut pas être ouvert. "
            "Restaurez une sauvegarde ; le fichier n'a pas été modifié."
        ) from None
    finally:
        engine.dispose()


def _migrate_with_backup(path: Path, backup_dir: Path | None) -> Path:
    """Back the file up, migrate it, and put the backup back if the migration fails."""
    from dla_desktop.paths import backup_dir as default_backup_dir

    saved = backup.backup_before(path, backup_dir or default_backup_dir(), "avant-migration")
    engine = sqlite_engine(path)
    try:
        with engine.connect() as connection:
            migrate.upgrade_to_head(connection)
    except Exception as error:
        from dla_desktop.errorlog import log_exception

        log_exception(f"migration of {path}")
        engine.dispose()
        backup.restore(saved, path)
        raise DatabaseFileError(
            f"La mise à jour de « {path.name} » a échoué ; le fichier a été remis dans son "
            f"état d'origine (copie de sécurité : {saved}). Les détails sont dans le journal."
        ) from error
    engine.dispose()
    return saved


def move_without_overwrite(source: Path, destination: Path) -> None:
    """Atomic rename that fails rather than replace a file created meanwhile."""
    try:
        os.link(source, destination)
    except FileExistsError:
        raise DatabaseFileError(f"« {destination.name} » existe déjà.") from None
    except OSError:  # file systems without hard links (FAT USB keys)
        if destination.exists():
            raise DatabaseFileError(f"« {destination.name} » existe déjà.") from None
        os.replace(source, destination)


def sqlite_version() -> str:
    """For the check report and bug reports."""
    return sqlite3.sqlite_version
