"""What the meeting page tests share: a small meeting built through the services, dialogs run."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from dla_desktop.db.database import Database
from dla_desktop.domain.enums import CompanySize, MeetingFormat
from dla_desktop.domain.records import (
    AssociationDraft,
    CompanyDraft,
    MeetingDraft,
    MeetingParticipantDraft,
)
from dla_desktop.services import associations, companies, meeting_schedule, meetings
from dla_desktop.ui.operations import Operations
from dla_desktop.ui.pages.meeting_page import MeetingPage

SHOTS = Path("/tmp/shots_h10")


@dataclass(frozen=True)
class SmallMeeting:
    """A meeting of a few associations and companies (ids in table / registration order)."""

    id: str
    associations: tuple[str, ...]
    companies: tuple[str, ...]
    participants: dict[str, str]  # party id -> registration id


def small_meeting(
    database: Database, count_a: int = 3, count_c: int = 4, *, start: time | None = time(14, 0)
) -> SmallMeeting:
    """« Café RSE » with « Asso 1.. » and « Société 1.. », registered, no schedule yet."""
    with database.transaction() as session:
        draft = MeetingDraft(
            title="Café RSE de Vierzon",
            format=MeetingFormat.SPEED_DATING,
            date=date(2026, 3, 12),
            start_time=start,
            slot_minutes=7,
            break_every=2,
            break_minutes=10,
        )
        meeting = meetings.create_meeting(session, draft).id
        a_ids = tuple(
            associations.create_association(session, AssociationDraft(name=f"Asso {n}")).id
            for n in range(1, count_a + 1)
        )
        c_ids = tuple(
            companies.create_company(
                session, CompanyDraft(name=f"Société {n}", size=CompanySize.TPE)
            ).id
            for n in range(1, count_c + 1)
        )
        registered = {}
        for field, ids in (("association_id", a_ids), ("company_id", c_ids)):
            for party in ids:
                draft_p = MeetingParticipantDraft(meeting_id=meeting, **{field: party})
                registered[party] = meetings.register_participant(session, draft_p).id
    return SmallMeeting(meeting, a_ids, c_ids, registered)


def store_schedule(database: Database, meeting_id: str) -> None:
    """Plan and store the schedule through the services (as « Calculer le planning » does)."""
    with database.transaction() as session:
        plan = meeting_schedule.plan_meeting(session, meeting_id)
        meeting_schedule.save_schedule(session, meeting_id, plan)


def meeting_page(qtbot: QtBot, database: Database, meeting_id: str | None) -> MeetingPage:
    """The page at a desktop size, shown."""
    page = MeetingPage(Operations(database), meeting_id)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


def open_tab(page: MeetingPage, tab: QWidget) -> QWidget:
    """Show a tab (it reads itself when shown)."""
    page.tabs.setCurrentWidget(tab)
    QApplication.processEvents()
    return tab


def run_dialog(
    monkeypatch: pytest.MonkeyPatch, dialog_type: type, fill: Callable[[Any], None]
) -> list[Any]:
    """Every ``dialog_type.exec`` fills the fields with ``fill`` then clicks Enregistrer."""
    seen: list[Any] = []

    def exec_(dialog: Any) -> int:
        seen.append(dialog)
        fill(dialog)
        dialog.save()
        return int(dialog.result() == QDialog.DialogCode.Accepted)

    monkeypatch.setattr(dialog_type, "exec", exec_)
    return seen


def shoot(widget: QWidget, name: str) -> None:
    """A PNG to look at (the task asks for one per tab)."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    widget.grab().save(str(SHOTS / f"{name}.png"))
