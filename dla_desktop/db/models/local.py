"""Settings of this one file (which office works in it); never merged between offices."""

from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from dla_desktop.db.models.base import Base


class LocalSetting(Base):
    """A key/value pair that belongs to this copy of the database only."""

    __tablename__ = "local_setting"

    key: Mapped[str] = mapped_column(String(50), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


CURRENT_OFFICE_KEY = "current_office_id"
