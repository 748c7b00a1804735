"""A RecordDialog over one stored record: the contact and partnership dialogs' one pattern.

It creates the record or saves over the version it read; when another window saved
the record meanwhile, the refusal offers "Recharger" and the dialog shows the stored
version again instead of closing (the user keeps the dialog and retypes what matters).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from dla_desktop.ui.dialogs.record_dialog import RecordDialog
from dla_desktop.ui.operations import Change, Operations


class EditDialog(RecordDialog):
    """Subclasses implement ``draft``, ``load``, ``create``, ``update`` and ``show_fields``."""

    def __init__(
        self, operations: Operations, title: str, changes: Change, parent: QWidget | None = None
    ) -> None:
        super().__init__(operations, title, changes, parent)
        self.save_button.setObjectName("save")
        self._record: Any = None

    # --- hooks -------------------------------------------------------------------------

    def draft(self) -> Any:
        """What the dialog holds, as the services take it."""
        raise NotImplementedError

    def load(self, session: Session, record_id: str) -> Any:
        """The stored record."""
        raise NotImplementedError

    def create(self, session: Session, draft: Any) -> Any:
        """Store a new record from the draft."""
        raise NotImplementedError

    def update(self, session: Session, record_id: str, draft: Any, version: int) -> Any:
        """Save the draft over the record read at ``version``."""
        raise NotImplementedError

    def show_fields(self, record: Any) -> None:
        """Put a stored record in the fields."""
        raise NotImplementedError

    # --- reading and writing -----------------------------------------------------------

    @property
    def record(self) -> Any:
        """The record as last saved or loaded (None before a new one is saved)."""
        return self.saved if self.saved is not None else self._record

    def open_record(self, record_id: str) -> None:
        """Show the stored record."""
        self._show(self._operations.read(lambda s: self.load(s, record_id)))

    def reload(self) -> None:
        """Show the stored version, dropping the edits (after "Recharger")."""
        if self._record is not None:
            self.open_record(self._record.id)

    def work(self) -> Callable[[Session], Any]:
        draft, record = self.draft(), self._record
        if record is None:
            return lambda s: self.create(s, draft)
        return lambda s: self.update(s, record.id, draft, record.version)

    def on_stale(self) -> None:
        """Show the stored version instead of closing: the user retypes what matters."""
        self.reload()

    def _show(self, record: Any) -> None:
        self._record = record
        self.show_fields(record)
        self.errors.clear()
