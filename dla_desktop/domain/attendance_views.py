"""What the attendance grid reads in one go: sessions, participants, marks, who is expected."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from dla_desktop.domain.enums import AttendanceStatus
from dla_desktop.domain.records import SessionRecord


@dataclass(frozen=True, kw_only=True)
class AttendanceSheet:
    """Associations × sessions of a programme (or of one volet), for the grid to show.

    ``expected`` says, per session id, which associations the session is for (the
    interviewed association, the sub-group, the volet's members; nobody for a steering
    committee): the grid greys the others out.
    """

    programme_id: str
    volet_id: str | None
    sessions: tuple[SessionRecord, ...]
    associations: tuple[tuple[str, str], ...]  # (id, name), in French order
    marks: Mapping[tuple[str, str], AttendanceStatus]  # (association id, session id)
    expected: Mapping[str, frozenset[str]] = field(default_factory=dict)
    volet_names: Mapping[str, str] = field(default_factory=dict)  # volet id -> shown name
