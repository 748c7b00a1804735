"""Offline questionnaires: a wave sent as fillable PDF forms with e-mail drafts, answers read back.

Contract written by the lead engineer; a helper implements it.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from dla_desktop.domain.questionnaire_forms import (
    AnswerImportRow,
    AnswerImportSummary,
    WaveMail,
)
from dla_desktop.domain.records import PartnershipRecord


def send_wave(
    session: Session, programme_id: str, months_after: int, *, today: date, resend: bool = False
) -> list[WaveMail]:
    """Mark the wave sent today to every live participant that has not received it.

    Creates the missing Questionnaire rows (sent_on = today); with ``resend``, also the
    forms of those sent earlier and still unanswered (their sent_on is kept). Refuses
    (ValidationError, French) a wave that is not in the programme's waves or a programme
    without an end date.
    """
    raise NotImplementedError


def plan_answer_import(session: Session, paths: Sequence[Path]) -> list[AnswerImportRow]:
    """Read each filled form and say what importing it would do; writes nothing."""
    raise NotImplementedError


def apply_answer_import(
    session: Session, rows: Sequence[AnswerImportRow], *, partnerships_for: Collection[str] = ()
) -> AnswerImportSummary:
    """Store the READY rows' answers (one transaction, the caller's).

    ``partnerships_for`` holds questionnaire ids whose "partnership obtained" answer the
    user confirmed: a Partnership is created, or updated when one already links that
    association and company (origin: the programme).
    """
    raise NotImplementedError


def partnership_from_answer(session: Session, questionnaire_id: str) -> PartnershipRecord:
    """Create or update the Partnership an answer reports (for answers typed in by hand too)."""
    raise NotImplementedError
