"""The figures funders ask for, as frozen dataclasses computed by services.indicators.

Amounts are exact Decimals rounded to the cent once, at the end, half up (never
summed after rounding; shares are exact fractions until then); rates are exact ratios
that the UI and documents format.

Every figure counts the same participants: the live enrolments of live associations,
whatever their status (« abandon » included), as services.enrolment.live_participation
defines them; what hangs from a tombstone (an archived volet's sessions, an archived
session's marks) counts nowhere.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from dla_desktop.domain.enums import FunderKind, PartnershipCategory, SessionKind


@dataclass(frozen=True)
class FunderShare:
    funder_id: str
    name: str
    kind: FunderKind
    amount: Decimal
    share: Decimal | None  # of all funding of the programme


@dataclass(frozen=True)
class VoletBudget:
    volet_id: str
    name: str
    contracted: Decimal
    planned: Decimal  # sum of its planned cost lines
    actual: Decimal  # sum of its actual cost lines (those known)
    members: int
    per_association: Decimal | None  # contracted amount shared among its members


@dataclass(frozen=True)
class BudgetSummary:
    budget: Decimal  # the global engineering budget
    funded: Decimal
    funders: tuple[FunderShare, ...]
    planned: Decimal
    actual: Decimal
    volets: tuple[VoletBudget, ...]
    per_association_flat: Decimal | None  # budget / associations
    per_association_by_volet: Mapping[str, Decimal]  # association id -> sum of its volets' shares

    @property
    def unfunded(self) -> Decimal:
        """What the funders do not cover yet (negative when over-funded)."""
        return self.budget - self.funded


@dataclass(frozen=True)
class Rate:
    """A count out of a total, kept as both so a report can say "1 sur 6"."""

    count: int
    total: int

    @property
    def ratio(self) -> Decimal | None:
        return Decimal(self.count) / Decimal(self.total) if self.total else None


@dataclass(frozen=True)
class ProgrammeIndicators:
    programme_id: str
    title: str
    associations: int
    by_sector: tuple[tuple[str, int], ...]
    jobs_headcount: int
    jobs_fte: Decimal
    budget: BudgetSummary
    sessions_held: int  # live sessions, of a live volet or of none (steering committees)
    attendance: Rate
    attendance_by_volet: tuple[tuple[str, Rate], ...]  # (volet name, rate)
    attendance_by_kind: tuple[tuple[SessionKind, Rate], ...]
    followup_days_planned: Decimal
    followup_days_done: Decimal
    questionnaires_sent: int
    questionnaire_responses: Rate  # associations that answered a wave sent / associations sent one
    partnership_respondents: Rate  # answered "partnership obtained" / associations that answered
    partnerships_obtained: int
    partnerships_by_category: tuple[tuple[PartnershipCategory, int], ...]
    partnerships_amount: Decimal


@dataclass(frozen=True)
class WaveFigures:
    """One questionnaire wave (3, 6, 12 months after the end): who got it, who answered."""

    months_after: int
    responses: Rate  # associations that answered / associations sent this wave
    partnerships: Rate  # answered "partnership obtained" / associations that answered it
    jobs_created: int
    jobs_consolidated: int


@dataclass(frozen=True)
class VoletSatisfaction:
    """The average rating (1..5) the respondents gave one volet, and how many rated it."""

    volet_id: str
    name: str
    ratings: int
    average: Decimal | None  # exact; None when nobody rated the volet


@dataclass(frozen=True)
class FollowupFigures:
    """What the follow-up questionnaires say, per wave and overall.

    Overall figures count associations, not answers: the rates are those of
    ProgrammeIndicators (questionnaire_responses, partnership_respondents); jobs come from
    each association's latest answer and a declared partnership from its latest answer
    declaring one, so answering both the 3- and the 12-month waves never counts twice.
    """

    waves: tuple[WaveFigures, ...]  # by delay
    responses: Rate  # associations that answered any wave / associations sent one
    partnerships: Rate  # of the respondents, those that declared a partnership in any answer
    partnerships_by_category: tuple[tuple[PartnershipCategory, int], ...]
    partnerships_amount: Decimal  # amounts declared in those answers, rounded once
    jobs_created: int
    jobs_consolidated: int
    satisfaction: tuple[VoletSatisfaction, ...]  # live volets, in creation order


NO_FOLLOWUP = FollowupFigures(
    waves=(),
    responses=Rate(0, 0),
    partnerships=Rate(0, 0),
    partnerships_by_category=(),
    partnerships_amount=Decimal(0),
    jobs_created=0,
    jobs_consolidated=0,
    satisfaction=(),
)
