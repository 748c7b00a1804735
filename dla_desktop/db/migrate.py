"""Alembic, run in code on the application's own connection (MLflow's pattern).

Importing Alembic costs start-up time, so the common case (file already at the
head revision) is decided from ``SCHEMA_HEAD`` alone; a test keeps that constant
equal to Alembic's real head.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, text

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

# The newest schema revision this version of the application writes.
SCHEMA_HEAD = "0005"
MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic Config pointing at the migrations shipped inside the package."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def script_directory() -> ScriptDirectory:
    """The revision graph, to tell an old file from one made by a newer version."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def current_revision(connection: Connection) -> str | None:
    """The revision stamped in the file, or None when it has none."""
    has_table = connection.execute(
        text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'")
        if connection.dialect.name == "sqlite"
        else text("SELECT 1 FROM information_schema.tables WHERE table_name = 'alembic_version'")
    ).first()
    if has_table is None:
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def is_known_revision(revision: str) -> bool:
    """True when this version of the application knows the revision (so can upgrade from it)."""
    from alembic.util import CommandError

    try:
        return script_directory().get_revision(revision) is not None
    except CommandError:
        return False


def upgrade_to_head(connection: Connection) -> None:
    """Run every pending migration on ``connection`` (foreign keys off while tables are rebuilt)."""
    from alembic import command

    sqlite = connection.dialect.name == "sqlite"
    if sqlite:
        connection.exec_driver_sql("PRAGMA foreign_keys = OFF")
    try:
        command.upgrade(alembic_config(connection), "head")
        connection.commit()
        if sqlite:
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").first()
            if broken is not None:
                raise RuntimeError(f"foreign key broken by migration: {tuple(broken)}")
    finally:
        if sqlite:
            connection.exec_driver_sql("PRAGMA foreign_keys = ON")
