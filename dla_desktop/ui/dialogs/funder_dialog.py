"""Create a funder in place, while entering a funding line (name and kind are enough)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLineEdit, QWidget
from sqlalchemy.orm import Session

from dla_desktop.domain.enums import FunderKind
from dla_desktop.domain.records import FunderDraft
from dla_desktop.services import funders
from dla_desktop.ui.dialogs.form_fields import enum_combo
from dla_desktop.ui.dialogs.record_dialog import RecordDialog
from dla_desktop.ui.operations import Change, Operations


class FunderDialog(RecordDialog):
    """A new funder; ``saved`` holds its FunderRecord once written."""

    def __init__(self, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(operations, self.tr("Nouveau financeur"), Change.FUNDERS, parent)
        self.name = QLineEdit(objectName="name")
        self.kind = enum_combo(FunderKind)
        self.kind.setObjectName("kind")
        self.add_row("name", self.tr("Nom* :"), self.name)
        self.add_row("kind", self.tr("Type :"), self.kind)

    def draft(self) -> FunderDraft:
        return FunderDraft(name=self.name.text(), kind=self.kind.currentData())

    def work(self) -> Callable[[Session], Any]:
        draft = self.draft()
        return lambda s: funders.create_funder(s, draft)
