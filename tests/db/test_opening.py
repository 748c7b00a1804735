"""Opening files: ours are opened and migrated safely, anything else is refused untouched."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select, text

from dla_desktop.db import migrate
from dla_desktop.db.database import create_database, open_database
from dla_desktop.db.engine import APPLICATION_ID
from dla_desktop.db.models import Office
from dla_desktop.domain.errors import DatabaseFileError

# The revision after the shipped head, written by the tests below.
HEAD = migrate.SCHEMA_HEAD
NEXT = f"{int(HEAD) + 1:04d}"
MIGRATION_NEXT = f'''"""test revision"""
import sqlalchemy as sa
from alembic import op

revision = "{NEXT}"
down_revision = "{HEAD}"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table("scratch", sa.Column("id", sa.Integer, primary_key=True))
    with op.batch_alter_table("office") as batch:
        batch.add_column(sa.Column("motto", sa.String(50), nullable=True))
    FAIL
'''


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def new_file(tmp_path: Path) -> Path:
    path = tmp_path / "base.dla"
    create_database(path).close()
    return path


def test_new_database_is_stamped_and_has_the_pragmas(new_file: Path) -> None:
    # GIVEN a new file WHEN it is opened THEN it is ours, at the head revision, durable
    with sqlite3.connect(new_file) as raw:
        assert raw.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD
    database = open_database(new_file)
    with database.engine.connect() as connection:
        pragma = lambda name: connection.execute(text(f"PRAGMA {name}")).scalar()  # noqa: E731
        assert pragma("foreign_keys") == 1
        assert pragma("journal_mode") == "delete"
        assert pragma("synchronous") == 2  # FULL
    database.close()


def test_create_refuses_to_replace_a_file(tmp_path: Path) -> None:
    path = tmp_path / "taken.dla"
    path.write_bytes(b"precious")
    with pytest.raises(DatabaseFileError, match="existe déjà"):
        create_database(path)
    assert path.read_bytes() == b"precious"
    assert [p.name for p in tmp_path.iterdir()] == ["taken.dla"]


def test_create_in_a_missing_folder_says_so(tmp_path: Path) -> None:
    with pytest.raises(DatabaseFileError, match="n'existe pas"):
        create_database(tmp_path / "nope" / "base.dla")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "pas une base SQLite"),
        ("Nom;SIRET\nThéâtre;123\n".encode("cp1252") * 20, "pas une base SQLite"),
        (b"%PDF-1.7\n" + b"\x00" * 200, "pas une base SQLite"),
        (b"SQLite format 3\x00" + b"\xff" * 84, "autre application"),
    ],
    ids=["empty", "csv", "pdf", "truncated-header"],
)
def test_files_that_are_not_ours_are_refused_untouched(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "received.dla"
    path.write_bytes(content)
    with pytest.raises(DatabaseFileError, match=message):
        open_database(path)
    assert path.read_bytes() == content


def test_a_foreign_sqlite_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "firefox.sqlite"
    with sqlite3.connect(path) as raw:
        raw.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    before = digest(path)
    with pytest.raises(DatabaseFileError, match="autre application"):
        open_database(path)
    assert digest(path) == before


def test_missing_file_and_folder_are_refused(tmp_path: Path) -> None:
    with pytest.raises(DatabaseFileError, match="introuvable"):
        open_database(tmp_path / "absent.dla")
    with pytest.raises(DatabaseFileError, match="n'est pas un fichier"):
        open_database(tmp_path)


def test_a_damaged_file_is_refused_untouched(new_file: Path) -> None:
    # GIVEN a file whose pages after the header were overwritten (a bad USB key)
    data = bytearray(new_file.read_bytes())
    data[100:4096] = b"\xde\xad" * ((4096 - 100) // 2)
    new_file.write_bytes(bytes(data))
    before = digest(new_file)
    # WHEN it is opened THEN a French message says it is damaged, and nothing is written
    with pytest.raises(DatabaseFileError, match="endommagé"):
        open_database(new_file)
    assert digest(new_file) == before


def test_a_file_from_a_newer_version_is_refused_untouched(new_file: Path) -> None:
    with sqlite3.connect(new_file) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '9999'")
    before = digest(new_file)
    with pytest.raises(DatabaseFileError, match="version plus récente"):
        open_database(new_file)
    assert digest(new_file) == before


def test_an_unfinished_file_is_refused(new_file: Path) -> None:
    with sqlite3.connect(new_file) as raw:
        raw.execute("DROP TABLE alembic_version")
    with pytest.raises(DatabaseFileError, match="incomplète"):
        open_database(new_file)


def test_schema_head_constant_matches_alembic() -> None:
    # The fast path of open_database trusts SCHEMA_HEAD; it must be Alembic's real head.
    assert migrate.script_directory().get_current_head() == migrate.SCHEMA_HEAD


@pytest.fixture
def migrations_with_next(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """A copy of the shipped migrations plus the revision after the head, made the head."""
    folder = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, folder)

    def write(fail: bool) -> None:
        monkeypatch.setattr(migrate, "MIGRATIONS_DIR", folder)
        monkeypatch.setattr(migrate, "SCHEMA_HEAD", NEXT)
        body = MIGRATION_NEXT.replace(
            "    FAIL\n", "    raise RuntimeError('boom')\n" if fail else ""
        )
        (folder / "versions" / f"{NEXT}_test.py").write_text(body)

    return write


def test_an_older_file_is_backed_up_then_migrated(
    new_file: Path, tmp_path: Path, migrations_with_next
) -> None:
    # GIVEN a file at the head with data, and an application one revision newer
    database = open_database(new_file)
    with database.transaction() as session:
        session.add(Office(name="CBE de Lille"))
    database.close()
    before = digest(new_file)
    migrations_with_next(fail=False)
    backups = tmp_path / "backups"
    backups.mkdir()
    # WHEN it is opened
    database = open_database(new_file, backup_dir=backups)
    # THEN a backup identical in content to the old file was made, and the file is at the new head
    (saved,) = database.backups
    assert saved.parent == backups
    with sqlite3.connect(saved) as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD
    with database.reading() as session:
        assert session.scalar(select(Office.name)) == "CBE de Lille"
        assert session.execute(text("SELECT version_num FROM alembic_version")).scalar() == NEXT
        assert "motto" in {c[1] for c in session.execute(text("PRAGMA table_info(office)"))}
    database.close()
    assert digest(new_file) != before


def test_a_failed_migration_puts_the_file_back(
    new_file: Path, tmp_path: Path, migrations_with_next
) -> None:
    # GIVEN a file at the head and a migration after it that fails half-way
    database = open_database(new_file)
    with database.transaction() as session:
        session.add(Office(name="CBE de Lille"))
    database.close()
    migrations_with_next(fail=True)
    backups = tmp_path / "backups"
    backups.mkdir()
    # WHEN it is opened THEN a French error says the file was restored
    with pytest.raises(DatabaseFileError, match="remis dans son état d'origine"):
        open_database(new_file, backup_dir=backups)
    # AND the file holds its data, at its old head, without the half-made changes
    with sqlite3.connect(new_file) as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD
        assert raw.execute("SELECT name FROM office").fetchall() == [("CBE de Lille",)]
        tables = {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert "scratch" not in tables
    assert len(list(backups.iterdir())) == 1


@pytest.mark.parametrize("name", ["Dossier #2/base.dla", "a?b.dla", "été 2026/œuvre.dla"])
def test_paths_with_url_characters_open_as_themselves(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.parent.mkdir(exist_ok=True)
    create_database(path).close()
    before = sorted(p.name for p in tmp_path.rglob("*"))
    database = open_database(path)
    with database.transaction() as session:
        session.add(Office(name="CBE"))
    database.close()
    assert sorted(p.name for p in tmp_path.rglob("*")) == before  # no stray file beside it


def test_a_relative_path_opens(new_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(new_file.parent)
    database = open_database(Path(new_file.name))
    assert database.path == new_file
    database.close()


def test_a_file_left_with_a_hot_journal_is_rolled_back_and_opened(tmp_path: Path) -> None:
    # GIVEN a write interrupted by a crash (the process dies holding a hot journal)
    import subprocess
    import sys

    path = tmp_path / "crash.dla"
    database = create_database(path)
    with database.transaction() as session:
        session.add(Office(name="Avant la panne"))
    database.close()
    crash = (
        "import os, sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1]); c.execute('PRAGMA journal_mode=DELETE')\n"
        "c.execute('BEGIN'); c.execute(\"UPDATE office SET name = 'à moitié écrit'\")\n"
        "c.execute('PRAGMA cache_size=1'); c.execute(\"UPDATE office SET carrier = 'x'\")\n"
        "c.execute('CREATE TABLE filler AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL "
        "SELECT i+1 FROM n WHERE i < 20000) SELECT i, randomblob(200) FROM n')\n"
        "os._exit(9)\n"
    )
    subprocess.run([sys.executable, "-c", crash, str(path)], check=False)
    assert path.with_name("crash.dla-journal").exists()
    # WHEN it is opened THEN the interrupted write is undone and the data is there
    database = open_database(path)
    with database.reading() as session:
        assert session.scalar(select(Office.name)) == "Avant la panne"
    database.close()
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_an_unreadable_file_is_refused_in_french(
    new_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # (chmod 0 would not stop root, who runs CI: the refusal is simulated at the read)
    def refuse(self: Path, *args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(DatabaseFileError, match="accès refusé"):
        open_database(new_file)


def test_a_read_only_opening_reads_but_never_writes(new_file: Path) -> None:
    from sqlalchemy.exc import OperationalError

    from dla_desktop.db.database import open_database_read_only

    before = digest(new_file)
    database = open_database_read_only(new_file)
    try:
        with database.reading() as session:
            assert session.scalars(select(Office)).all() == []
        with pytest.raises(OperationalError, match="readonly"), database.transaction() as session:
            session.add(Office(name="Bureau"))
    finally:
        database.close()
    assert digest(new_file) == before


def test_a_read_only_opening_refuses_another_revision_untouched(tmp_path: Path) -> None:
    from dla_desktop.db.database import open_database_read_only

    older = tmp_path / "ancienne.dla"
    shutil.copyfile(Path(__file__).parent.parent / "fixtures" / "schema_0001.dla", older)
    before = digest(older)
    with pytest.raises(DatabaseFileError, match="copie locale"):
        open_database_read_only(older)
    assert digest(older) == before
