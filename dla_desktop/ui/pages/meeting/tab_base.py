"""What every meeting tab shares: the programme tabs' lazy reading, and refusals in a box.

A tab exists before the meeting is saved (disabled, with no id); ``set_meeting`` gives it
the id after the first save, and it reads when next shown.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy.orm import Session

from dla_desktop.domain.errors import ValidationError
from dla_desktop.ui.operations import Change, Operations
from dla_desktop.ui.pages.programme.tab_base import ProgrammeTab

# A meeting tab follows the meeting and the names of who takes part.
MEETING_CHANGES = Change.MEETINGS | Change.ASSOCIATIONS | Change.COMPANIES


class MeetingTab(ProgrammeTab):
    """A tab of one meeting: reads when shown if stale, live while visible."""

    changes: ClassVar[Change] = MEETING_CHANGES

    def __init__(self, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(operations, None, parent)

    @property
    def meeting_id(self) -> str | None:
        """None until the meeting is saved."""
        return self._programme_id

    def set_meeting(self, meeting_id: str | None) -> None:
        """The meeting shown (after its first save, or another one): read it when shown."""
        self._programme_id = meeting_id
        self._stale = True
        self.refresh_if_shown()

    def write_or_say(self, work: Callable[[Session], Any], changes: Change) -> Any:
        """One transaction from a button (no form): a refusal is said in a box."""
        try:
            return self.write(work, changes)
        except ValidationError as error:
            say_refusal(self, error)
            return None


def say_refusal(parent: QWidget, error: ValidationError) -> None:
    """The service's French messages, when there is no field to put them under."""
    QMessageBox.warning(
        parent,
        QCoreApplication.translate("MeetingTab", "Opération impossible"),
        "\n".join(error.errors.values()) or error.message,
    )
