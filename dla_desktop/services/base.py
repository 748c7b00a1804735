"""The create / update / archive / get mechanics shared by every kind of record."""

from __future__ import annotations

import enum
import gc
import typing
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, fields
from functools import cache
from typing import Any, Generic, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from dla_desktop.db.models import Base
from dla_desktop.domain.dates import utc_now
from dla_desktop.domain.errors import NotFoundError, StaleRecordError, ValidationError
from dla_desktop.services.validation import label_of

DraftT = TypeVar("DraftT")
RecordT = TypeVar("RecordT")


@dataclass(frozen=True)
class Entity(Generic[DraftT, RecordT]):
    """How one kind of record is validated, stored and handed out.

    ``validate`` returns the normalised draft or raises ValidationError; nothing is
    written before it returns, so bad input changes nothing.
    """

    model: type[Base]
    record: type[RecordT]
    what: str  # French noun for messages: "association", "programme"
    validate: Callable[[Session, DraftT], DraftT]
    # For drafts with ``..._ids`` fields kept in link tables: write them (saying whether they
    # changed), read them back.
    save_links: Callable[[Session, Any, DraftT], bool] | None = None
    load_links: Callable[[Session, Any], dict[str, Any]] | None = None
    # Fields naming what the record belongs to (its programme, its volet): fixed once created,
    # since moving a record would silently move what hangs from it (members, marks).
    parents: tuple[str, ...] = ()
    # Refuses a clean draft that would break a UNIQUE rule (of the table or of the service);
    # gets the id of the record being updated, None on create, so a record never clashes
    # with itself.
    unique: Callable[[Session, DraftT, str | None], None] | None = None

    def create(self, session: Session, draft: DraftT) -> RecordT:
        return self.insert(session, self.checked(session, draft))

    def update(self, session: Session, id: str, draft: DraftT, expected_version: int) -> RecordT:
        row = self.fetch(session, id)
        check_version(row, expected_version)
        self._check_parents(row, draft)
        clean = self.checked(session, draft, id)
        for name, value in column_values(clean).items():
            setattr(row, name, value)
        if self.save_links is not None and self.save_links(session, row, clean):
            # Links are part of the record: touching the row moves its version, so a form
            # opened before this change cannot save over it.
            row.updated_at = utc_now()
        session.flush()
        return self.to_record(session, row)

    def checked(self, session: Session, draft: DraftT, id: str | None = None) -> DraftT:
        """The normalised draft, once it passed the field checks and the unique rules."""
        clean = self.validate(session, draft)
        if self.unique is not None:
            self.unique(session, clean, id)
        return clean

    def insert(self, session: Session, clean: DraftT) -> RecordT:
        """Store a draft that already went through ``checked`` (it is not checked again)."""
        row = self.model(**column_values(clean))
        session.add(row)
        session.flush()  # gives the row the id its links refer to
        if self.save_links is not None:
            self.save_links(session, row, clean)
            session.flush()
        return self.to_record(session, row)

    def insert_all(self, session: Session, cleans: Sequence[DraftT]) -> list[str]:
        """Store many checked drafts with one flush (an import's 10,000 rows); their new ids.

        A flush per row would take seconds. These are still ORM objects, so the model's
        hooks (``sort_name``) and the session's office stamp apply, unlike a Core insert.
        """
        if self.save_links is not None:
            raise TypeError(f"{self.what}: records with links are created one by one")
        rows = [self.model(**column_values(clean)) for clean in cleans]
        session.add_all(rows)
        session.flush()
        return [row.id for row in rows]  # type: ignore[attr-defined]

    def _check_parents(self, row: Any, draft: DraftT) -> None:
        for name in self.parents:
            # "" and None both mean "none" in a form
            if (getattr(draft, name) or None) != (getattr(row, name) or None):
                raise ValidationError.single(
                    name,
                    f"{label_of(name)} : ne peut pas changer après la création ; "
                    "créez une nouvelle fiche.",
                )

    def to_record(self, session: Session, row: Any) -> RecordT:
        extra = {} if self.load_links is None else self.load_links(session, row)
        return to_record(row, self.record, **extra)

    def archive(self, session: Session, id: str, expected_version: int | None = None) -> None:
        """Tombstone rather than delete, so another office's copy learns of it on merge."""
        row = self.fetch(session, id)
        if expected_version is not None:
            check_version(row, expected_version)
        row.deleted_at = utc_now()  # type: ignore[attr-defined]
        session.flush()

    def get(self, session: Session, id: str) -> RecordT:
        return self.to_record(session, self.fetch(session, id))

    def fetch(self, session: Session, id: str) -> Any:
        """The live ORM row, for use inside services only."""
        row = session.get(self.model, id)
        if row is None or row.deleted_at is not None:  # type: ignore[attr-defined]
            raise NotFoundError(
                f"Fiche introuvable ({self.what}) : elle a peut-être été supprimée."
            )
        return row

    def list(self, session: Session, *where: Any, order_by: Any = None) -> list[RecordT]:
        """Live records matching ``where``, for the small lists inside one programme."""
        query = select(self.model).where(self.model.deleted_at.is_(None), *where)  # type: ignore[attr-defined]
        if order_by is not None:
            query = query.order_by(order_by)
        return [self.to_record(session, row) for row in session.scalars(query)]


@contextmanager
def gc_paused() -> Iterator[None]:
    """Building 100,000 list rows triggers full garbage collections (~140 ms) for nothing."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def check_version(row: Any, expected_version: int) -> None:
    """Refuse to save over a change made since the form was filled (optimistic locking)."""
    if row.version != expected_version:
        raise StaleRecordError()


def column_values(draft: Any) -> dict[str, Any]:
    """Draft fields that are columns, with enums as their values and tuples as lists (JSON)."""
    values = {}
    for field in fields(draft):
        value = getattr(draft, field.name)
        if field.name.endswith("_ids"):  # relations stored in link tables, handled by the caller
            continue
        if isinstance(value, enum.Enum):
            value = value.value
        elif isinstance(value, tuple):
            value = list(value)
        values[field.name] = value
    return values


def to_record(row: Any, record_type: type[RecordT], **extra: Any) -> RecordT:
    """Build a frozen record from an ORM row, turning stored strings back into enums."""
    values = {}
    for name, convert in _converters(record_type):
        if name in extra:
            values[name] = extra[name]
        elif hasattr(row, name):
            value = getattr(row, name)
            values[name] = None if value is None else convert(value)
    return record_type(**values)


@cache
def _converters(record_type: type) -> tuple[tuple[str, Callable[[Any], Any]], ...]:
    """Per field of a record, how to turn the stored value into the record's type."""
    hints = typing.get_type_hints(record_type)
    return tuple((field.name, _converter(hints[field.name])) for field in fields(record_type))


def _converter(hint: Any) -> Callable[[Any], Any]:
    args = [a for a in typing.get_args(hint) if a is not type(None)]
    target = args[0] if args and typing.get_origin(hint) is not tuple else hint
    if isinstance(target, type) and issubclass(target, enum.Enum):
        return target
    if target is tuple or typing.get_origin(target) is tuple:
        return tuple
    return _identity


def _identity(value: Any) -> Any:
    return value
