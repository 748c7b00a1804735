"""What the programme page's tabs show: participants with their volets, volet members."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from dla_desktop.domain.records import EnrolmentRecord


class ParticipantView(NamedTuple):
    """One enrolled association as the Participants tab lists it (a NamedTuple: list row)."""

    enrolment_id: str
    association_id: str
    name: str
    town: str
    employees: int
    status: str
    volets: str  # the volets' names, in creation order, joined by ", "
    subgroups: str  # the sub-groups' names, in the same order, joined by ", "


class VoletMemberView(NamedTuple):
    """One association in a volet, with its sub-group (None: in no sub-group)."""

    association_id: str
    name: str
    subgroup_id: str | None


@dataclass(frozen=True, kw_only=True)
class Participation:
    """An enrolment with where it stands in each volet, for the participation dialog."""

    enrolment: EnrolmentRecord
    name: str
    subgroup_by_volet: dict[str, str | None]  # volets joined: volet id -> sub-group id or None
