"""What the programme's Budget and Suivi tabs show, read in one go by the services.

Lines carry the names of what they point to (funder, volet, association), so the UI never
asks for a name row by row; records carry ``id`` and ``version`` for the forms that edit them.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from dla_desktop.domain.indicators import BudgetSummary
from dla_desktop.domain.records import (
    CostLineRecord,
    FollowUpActionRecord,
    FundingLineRecord,
    QuestionnaireRecord,
)


@dataclass(frozen=True, kw_only=True)
class FundingLineView:
    """One funding line with its funder's name and kind."""

    record: FundingLineRecord
    funder_name: str
    funder_kind: str  # a FunderKind value


@dataclass(frozen=True, kw_only=True)
class CostLineView:
    """One cost line with the names of its volet and cabinet (empty when none)."""

    record: CostLineRecord
    volet_name: str
    cabinet_name: str


@dataclass(frozen=True, kw_only=True)
class AssociationBudget:
    """One participant's share: flat, by its volets, and what funders and costs come to each.

    ``funded`` and ``cost`` share the funding and the costs (actual where known, else
    planned) equally: entering a funder changes every participant's figure at once.
    """

    association_id: str
    name: str
    volets: str  # the names of its volets, joined for display
    flat: Decimal | None
    by_volet: Decimal | None
    funded: Decimal | None
    cost: Decimal | None


@dataclass(frozen=True, kw_only=True)
class BudgetView:
    """Everything the Budget tab shows about one programme."""

    programme_title: str
    summary: BudgetSummary
    funding_lines: tuple[FundingLineView, ...]
    cost_lines: tuple[CostLineView, ...]
    associations: tuple[AssociationBudget, ...]


@dataclass(frozen=True, kw_only=True)
class FollowupDays:
    """One participant's follow-up: days planned on its enrolment, days done by its actions."""

    enrolment_id: str
    enrolment_version: int
    association_id: str
    name: str
    planned: Decimal
    done: Decimal
    actions: int


@dataclass(frozen=True, kw_only=True)
class WaveAnswer:
    """One questionnaire wave sent to one association, with the association's name."""

    record: QuestionnaireRecord
    association_name: str


@dataclass(frozen=True, kw_only=True)
class FollowupView:
    """Everything the Suivi tab shows about one programme."""

    participants: tuple[FollowupDays, ...]
    actions: tuple[FollowUpActionRecord, ...]  # every association's, oldest first
    waves: tuple[WaveAnswer, ...]
