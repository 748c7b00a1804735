"""Alembic environment: always runs on the connection handed over by dla_desktop.db.migrate."""

from alembic import context
from sqlalchemy.types import TypeDecorator

from dla_desktop.db.models import Base


def render_item(type_: str, obj: object, autogen_context: object) -> str | bool:
    """Write our column types as their plain SQL type, so old migrations never import app code."""
    if type_ == "type" and isinstance(obj, TypeDecorator):
        return f"sa.{obj.impl_instance!r}"
    return False


connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only reached by a stray `alembic` command line
    raise RuntimeError("Run migrations through dla_desktop.db.migrate, not the alembic CLI.")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
    render_item=render_item,
)
with context.begin_transaction():
    context.run_migrations()
