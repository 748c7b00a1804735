"""What an association, a company or a cabinet took part in, as the record pages show it.

Frozen, read-only summaries built by ``services/participation.py`` in a few queries:
the record pages list them in their tabs and open the programme, partnership or
meeting behind a row.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from dla_desktop.domain.enums import (
    AttendanceStatus,
    EnrolmentStatus,
    MeetingFormat,
    PartnershipCategory,
    PartnershipStatus,
    ProgrammeStatus,
    SessionKind,
    VoletKind,
)


@dataclass(frozen=True, kw_only=True)
class ProgrammeTaken:
    """An association's enrolment in a programme, with the volets it follows there."""

    programme_id: str
    title: str
    status: ProgrammeStatus
    start_date: date | None
    volets: tuple[str, ...]  # display names: free label, else the kind's French label
    enrolment_status: EnrolmentStatus


@dataclass(frozen=True, kw_only=True)
class SessionAttended:
    """One attendance mark of an association at a séance of a programme."""

    session_id: str
    programme_id: str
    programme_title: str
    date: date
    kind: SessionKind
    volet: str  # display name, "" for a session of the whole programme
    status: AttendanceStatus


@dataclass(frozen=True, kw_only=True)
class MeetingAttended:
    """A rencontre an association or a company registered to."""

    meeting_id: str
    title: str
    date: date
    format: MeetingFormat
    place: str
    representatives: str


@dataclass(frozen=True, kw_only=True)
class PartnershipLine:
    """A partnership seen from one party: the other party's name beside its terms."""

    partnership_id: str
    partner_id: str
    partner_name: str
    title: str
    category: PartnershipCategory
    status: PartnershipStatus
    status_date: date | None
    amount: Decimal | None


@dataclass(frozen=True, kw_only=True)
class VoletRun:
    """A volet a cabinet delivered (or delivers) for a programme."""

    volet_id: str
    programme_id: str
    programme_title: str
    programme_status: ProgrammeStatus
    start_date: date | None
    volet: str  # display name
    kind: VoletKind
    contracted_amount: Decimal
