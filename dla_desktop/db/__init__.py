"""The store: engine and pragmas, ORM models, migrations, backups; opening and refusing files."""
