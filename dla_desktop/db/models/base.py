"""Declarative base and the columns every shared row carries: id, stamps, tombstone, version."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import CheckConstraint, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from dla_desktop.db.types import UTCDateTime
from dla_desktop.domain.dates import utc_now

# Named constraints make batch migrations on SQLite (and diffs on PostgreSQL) predictable.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

ID_LENGTH = 36
NAME_LENGTH = 200
SHORT_LENGTH = 100
TEXT_LENGTH = 20_000  # bound on Text columns, checked by services (SQLite enforces none)


# Columns computed from another one (``sort_name`` from ``name``): the history does not show
# them and a merge never asks about them; they follow their source.
DERIVED_COLUMNS = frozenset({"sort_name"})


def new_id() -> str:
    """Random UUIDs let two offices create rows apart and merge them later."""
    return str(uuid.uuid4())


def vocabulary_checks(**columns: type[StrEnum]) -> tuple[CheckConstraint, ...]:
    """CHECK constraints keeping each named column within its closed vocabulary.

    Adding a value to an enum then needs a migration: the file's revision moves, so an
    older application refuses the file instead of failing on a value it cannot read.
    (Table-level, because Alembic's autogenerate does not see column-level checks.)
    """
    return tuple(
        CheckConstraint(
            f"{column} IN ({', '.join(repr(member.value) for member in enum)})",
            name=f"{column}_vocabulary",
        )
        for column, enum in columns.items()
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class SharedRow:
    """Columns of every row that may travel to another office and be merged back.

    ``changed_by_office_id`` is not a foreign key: a row received from another office
    stays valid before that office's own row arrives; ``dla-desktop check`` verifies it.
    """

    id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now, onupdate=utc_now)
    changed_by_office_id: Mapped[str | None] = mapped_column(String(ID_LENGTH))
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    version: Mapped[int] = mapped_column(default=1)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, object]:  # noqa: N805 - SQLAlchemy's signature
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]
