"""What the cross-programme screens show: the dashboard's figures, follow-up and board rows.

Computed by services.dashboard, services.followup_overview and services.partnerships.
Every figure counts participants as services.enrolment.live_participation defines them
and partnerships as obtained per domain.enums.OBTAINED_PARTNERSHIP_STATUSES.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import NamedTuple

from dla_desktop.domain.enums import PartnershipCategory


@dataclass(frozen=True, kw_only=True)
class ProgrammeFigures:
    """One live programme in the dashboard's per-programme charts."""

    programme_id: str
    title: str
    budget: Decimal
    associations: int  # live participants


@dataclass(frozen=True, kw_only=True)
class Dashboard:
    """Key figures across every live programme, and what the charts draw."""

    programmes: int
    associations: int  # distinct: an association in two programmes counts once
    jobs_headcount: int  # employees of those associations
    jobs_fte: Decimal
    budget: Decimal  # sum of the live programmes' global budgets
    partnerships_obtained: int  # between live parties, whatever their origin
    partnerships_amount: Decimal
    by_category: tuple[tuple[PartnershipCategory, int], ...]  # obtained, non-zero only
    by_year: tuple[tuple[int, int], ...]  # obtained, by year obtained, oldest first
    undated_partnerships: int  # obtained but with no date to place them in a year
    per_programme: tuple[ProgrammeFigures, ...]  # by title

    @property
    def is_empty(self) -> bool:
        """Nothing to show yet: no programme and no partnership."""
        return self.programmes == 0 and self.partnerships_obtained == 0


class FollowUpOverviewRow(NamedTuple):
    """One programme × association of the Suivi screen (a later issue adds reminders)."""

    programme_id: str
    programme_title: str
    association_id: str
    association_name: str
    days_planned: Decimal
    days_done: Decimal
    last_action_date: date | None
    last_action_kind: str  # a FollowUpKind value, "" when no action yet
    next_step: str
    next_step_date: date | None
    late: bool  # the next step's date is past
    questionnaires_answered: int
    questionnaires_pending: int  # sent, not answered


class PartnershipCard(NamedTuple):
    """One card of the partnership board: what it shows, and the version a move sends back.

    (The list's PartnershipRow has no version; a board move needs it for optimistic locking.)
    """

    id: str
    version: int
    association_name: str
    company_name: str
    title: str
    category: str
    status: str
    status_date: date | None
    amount: Decimal | None
