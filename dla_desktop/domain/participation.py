"""What an association, a company or a cabinet took part in, as the record pages show it.

Frozen, read-only summaries built by ``services/participation.py`` in a few queries:
the record pages list them in their tabs and open the programme, partnership or
meeting behind a row. The services hand over stored column values; each summary turns
its enum fields into members itself, so no caller repeats those conversions.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Any, ClassVar

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


def volet_display_name(label: str, kind: str | VoletKind) -> str:
    """The free label when given, else the kind's French label (as VoletRecord shows it)."""
    return label or VoletKind(kind).label


@dataclass(frozen=True, kw_only=True)
class Summary:
    """A row of a record page's tab; ``ENUMS`` names the fields stored as enum values."""

    ENUMS: ClassVar[dict[str, type[Enum]]] = {}

    def __post_init__(self) -> None:
        for name, enum in self.ENUMS.items():
            value: Any = getattr(self, name)
            object.__setattr__(self, name, enum(value))


@dataclass(frozen=True, kw_only=True)
class ProgrammeTaken(Summary):
    """An association's enrolment in a programme, with the volets it follows there."""

    ENUMS: ClassVar[dict[str, type[Enum]]] = {
        "status": ProgrammeStatus,
        "enrolment_status": EnrolmentStatus,
    }

    programme_id: str
    title: str
    status: ProgrammeStatus
    start_date: date | None
    volets: tuple[str, ...]  # display names: free label, else the kind's French label
    enrolment_status: EnrolmentStatus


@dataclass(frozen=True, kw_only=True)
class SessionAttended(Summary):
    """One attendance mark of an association at a séance of a programme."""

    ENUMS: ClassVar[dict[str, type[Enum]]] = {"kind": SessionKind, "status": AttendanceStatus}

    session_id: str
    programme_id: str
    programme_title: str
    date: date
    kind: SessionKind
    volet: str  # display name, "" for a session of the whole programme
    status: AttendanceStatus


@dataclass(frozen=True, kw_only=True)
class MeetingAttended(Summary):
    """A rencontre an association or a company registered to."""

    ENUMS: ClassVar[dict[str, type[Enum]]] = {"format": MeetingFormat}

    meeting_id: str
    title: str
    date: date
    format: MeetingFormat
    place: str
    representatives: str


@dataclass(frozen=True, kw_only=True)
class PartnershipLine(Summary):
    """A partnership seen from one party: the other party's name beside its terms."""

    ENUMS: ClassVar[dict[str, type[Enum]]] = {
        "category": PartnershipCategory,
        "status": PartnershipStatus,
    }

    partnership_id: str
    partner_id: str
    partner_name: str
    title: str
    category: PartnershipCategory
    status: PartnershipStatus
    status_date: date | None
    amount: Decimal | None


@dataclass(frozen=True, kw_only=True)
class VoletRun(Summary):
    """A volet a cabinet delivered (or delivers) for a programme."""

    ENUMS: ClassVar[dict[str, type[Enum]]] = {
        "programme_status": ProgrammeStatus,
        "kind": VoletKind,
    }

    volet_id: str
    programme_id: str
    programme_title: str
    programme_status: ProgrammeStatus
    start_date: date | None
    volet: str  # display name
    kind: VoletKind
    contracted_amount: Decimal
