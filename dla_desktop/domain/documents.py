"""What the PDF documents show, read in one go by services.documents.

The ``documents`` layer renders these and nothing else: it never opens a session, so a
figure printed in a report is the figure the services computed (tests compare them).
Names are already resolved (cabinet, sub-group, company...), empty when there is none.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from dla_desktop.domain.budget_views import AssociationBudget
from dla_desktop.domain.enums import (
    EnrolmentStatus,
    PartnershipCategory,
    PartnershipStatus,
    ProgrammeStatus,
    SessionKind,
)
from dla_desktop.domain.indicators import (
    NO_FOLLOWUP,
    FollowupFigures,
    ProgrammeIndicators,
    Rate,
    VoletBudget,
)
from dla_desktop.domain.records import (
    AssociationRecord,
    CompanyRecord,
    ContactRecord,
    FunderRecord,
    OfficeRecord,
    PartnershipRecord,
    ProgrammeRecord,
    SessionRecord,
    VoletRecord,
)

# --- the evaluation report of a programme ------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class SessionLine:
    """One collective session of a volet, with its attendance (present out of marked)."""

    date: date
    kind: SessionKind
    title: str
    subgroup: str
    duration_hours: Decimal
    attendance: Rate


@dataclass(frozen=True, kw_only=True)
class SubgroupLine:
    """A sub-group of a volet and its members' names, French order."""

    name: str
    members: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class VoletReport:
    """How one volet ran: who led it, who took part, its sessions, its money, its assessment.

    ``sessions`` lists the collective sessions one by one; individual interviews are only
    counted (a programme of 500 associations holds thousands of them).
    """

    volet: VoletRecord
    cabinet_name: str
    members: tuple[str, ...]
    subgroups: tuple[SubgroupLine, ...]
    sessions: tuple[SessionLine, ...]
    interviews_held: int
    interviews_attendance: Rate
    attendance: Rate  # all its sessions: the figure of indicators.attendance_by_volet
    budget: VoletBudget | None  # its line of indicators.budget.volets


@dataclass(frozen=True, kw_only=True)
class ParticipantLine:
    """One participant as the report's participants table lists it."""

    name: str
    sector: str
    town: str
    employees: int
    fte: Decimal
    volets: str  # names of its volets, joined by ", "
    status: EnrolmentStatus


@dataclass(frozen=True, kw_only=True)
class ObtainedPartnership:
    """A partnership born of the programme that was signed (whatever happened after)."""

    association: str
    company: str
    category: PartnershipCategory
    status: PartnershipStatus
    status_date: date | None
    amount: Decimal | None


@dataclass(frozen=True, kw_only=True)
class EvaluationReport:
    """Everything the evaluation report of one programme prints.

    Every key figure comes from ``indicators`` (services.indicators), never recomputed.
    """

    programme: ProgrammeRecord
    offices: tuple[OfficeRecord, ...]  # the programme's offices: cover and contact page
    indicators: ProgrammeIndicators  # funders' names and shares: indicators.budget.funders
    volets: tuple[VoletReport, ...]  # live volets, in creation order
    steering_committees: int  # sessions held outside any volet
    participants: tuple[ParticipantLine, ...]  # French order of names
    association_budgets: tuple[AssociationBudget, ...]
    partnerships: tuple[ObtainedPartnership, ...]  # obtained ones, by association name
    issued_on: date
    followup: FollowupFigures = NO_FOLLOWUP  # the questionnaires' answers, per wave and overall


# --- the partnership dossier of one association towards one company ---------------------


@dataclass(frozen=True, kw_only=True)
class PartnershipDossier:
    """What an association hands a targeted company: who it is, its project, what it offers."""

    partnership: PartnershipRecord
    association: AssociationRecord
    contact: ContactRecord | None  # the association's first contact, when it has one
    company: CompanyRecord
    programme_title: str  # the programme it was prepared in, "" when none
    issuer: OfficeRecord | None  # the office that accompanied the association
    issued_on: date


# --- the attendance sheet (feuille d'émargement) of one session -------------------------


@dataclass(frozen=True, kw_only=True)
class SigningLine:
    """One expected association on an attendance sheet, with the names already recorded."""

    association: str
    town: str
    attendees: str  # names recorded on its attendance mark, "" when none


@dataclass(frozen=True, kw_only=True)
class SigningSheet:
    """A session's feuille d'émargement: funders (the FSE first of all) ask for it signed."""

    session: SessionRecord
    programme_title: str
    volet_name: str  # "" for a steering committee
    subgroup_name: str
    cabinet_name: str
    expected: tuple[SigningLine, ...]  # French order; empty: blank lines to fill by hand
    funders: tuple[str, ...]  # names of the programme's funders, for the logos area
    offices: tuple[OfficeRecord, ...]
    issued_on: date


# --- the synthèse of one funder across programmes -----------------------------------------


@dataclass(frozen=True, kw_only=True)
class FundedProgramme:
    """What one funder's money went to in one programme, with that programme's results."""

    programme_id: str
    title: str
    status: ProgrammeStatus
    start_date: date | None
    end_date: date | None
    amount: Decimal  # this funder's funding lines
    funded_total: Decimal  # all funders' lines of the programme
    share: Decimal | None  # amount / funded_total
    budget: Decimal
    associations: int
    jobs_headcount: int
    volets: tuple[str, ...]
    sessions_held: int
    attendance: Rate
    partnerships_obtained: int
    per_association: Decimal | None  # amount / associations, rounded to the cent


@dataclass(frozen=True, kw_only=True)
class FunderSummary:
    """A one-page synthèse of one funder: programmes funded, amounts, what came of them."""

    funder: FunderRecord
    programmes: tuple[FundedProgramme, ...]  # most recent first
    total: Decimal
    associations_reached: int  # distinct associations across its programmes
    partnerships_obtained: int
    issuer: OfficeRecord | None
    issued_on: date
