"""Write a new Alembic revision by comparing the models with a database at the current head.

usage: python tools/new_migration.py 0002 "add meeting schedule columns"
Then set SCHEMA_HEAD in dla_desktop/db/migrate.py, review the file, and freeze a
fixture with tools/freeze_fixture.py (see docs/DEVELOPING.md).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine

from dla_desktop.db.migrate import alembic_config, upgrade_to_head


def main(rev_id: str, message: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        engine = create_engine(f"sqlite:///{Path(folder) / 'head.sqlite'}")
        with engine.connect() as connection:
            upgrade_to_head(connection)
            config = alembic_config(connection)
            command.revision(config, message=message, autogenerate=True, rev_id=rev_id)
        engine.dispose()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
