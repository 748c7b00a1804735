"""The schema: models and migrations agree, and every frozen release upgrades to the head."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, inspect

from dla_desktop.db import migrate
from dla_desktop.db.database import create_database, open_database
from dla_desktop.db.models import Base

FIXTURES = Path(__file__).parent.parent / "fixtures"
FROZEN = sorted(FIXTURES.glob("schema_*.dla"))


def schema_of(engine: Engine) -> dict[str, Any]:
    """Tables, columns, keys and indexes as plain data, to compare two files."""
    inspector = inspect(engine)
    schema = {}
    for table in sorted(inspector.get_table_names()):
        schema[table] = {
            "columns": sorted(
                (c["name"], str(c["type"]), c["nullable"]) for c in inspector.get_columns(table)
            ),
            "pk": inspector.get_pk_constraint(table)["constrained_columns"],
            "fks": sorted(
                (tuple(fk["constrained_columns"]), fk["referred_table"])
                for fk in inspector.get_foreign_keys(table)
            ),
            "indexes": sorted(
                (i["name"], tuple(i["column_names"])) for i in inspector.get_indexes(table)
            ),
            "uniques": sorted(
                tuple(u["column_names"]) for u in inspector.get_unique_constraints(table)
            ),
        }
    return schema


def test_models_and_migrations_agree(tmp_path: Path) -> None:
    # A model change without its migration would show up here as a difference.
    database = create_database(tmp_path / "fresh.dla")
    with database.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
    database.close()


def test_there_is_a_frozen_database_for_the_current_schema() -> None:
    # Every released schema revision gets a frozen file (tools/freeze_fixture.py).
    assert FIXTURES / f"schema_{migrate.SCHEMA_HEAD}.dla" in FROZEN


@pytest.mark.parametrize("frozen", FROZEN, ids=[p.stem for p in FROZEN])
def test_each_frozen_release_upgrades_to_the_fresh_schema(frozen: Path, tmp_path: Path) -> None:
    copy = tmp_path / frozen.name
    shutil.copyfile(frozen, copy)
    upgraded = open_database(copy, backup_dir=tmp_path)
    fresh = create_database(tmp_path / "fresh.dla")
    assert schema_of(upgraded.engine) == schema_of(fresh.engine)
    upgraded.close()
    fresh.close()


def test_the_file_refuses_a_value_outside_a_vocabulary(tmp_path: Path) -> None:
    # A newer version adding an enum value must ship a migration (so older ones refuse
    # the file); the CHECK constraint makes forgetting it impossible.
    import sqlite3

    database = create_database(tmp_path / "v.dla")
    database.close()
    with sqlite3.connect(tmp_path / "v.dla") as raw, pytest.raises(sqlite3.IntegrityError):
        raw.execute(
            "INSERT INTO funder (id, created_at, updated_at, version, name, kind, notes) "
            "VALUES ('x', '2026-01-01', '2026-01-01', 1, 'F', 'mecene_lunaire', '')"
        )


def test_partnerships_of_schema_0001_read_with_empty_dossier_fields(tmp_path: Path) -> None:
    # 0002 added the dossier's project, needs and budget: old rows get "" and None
    from dla_desktop.services.partnerships import list_partnerships

    copy = tmp_path / "old.dla"
    shutil.copyfile(FIXTURES / "schema_0001.dla", copy)
    database = open_database(copy, backup_dir=tmp_path)
    with database.reading() as session:
        rows = list_partnerships(session)
    database.close()
    assert rows
    assert {(row.project, row.needs, row.project_budget) for row in rows} == {("", "", None)}
