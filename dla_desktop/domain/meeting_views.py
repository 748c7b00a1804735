"""A meeting's schedule with everything the screen and the printed material show."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from dla_desktop.domain.scheduling import RoundTime, Schedule

VACANT_SEAT = "table-libre-"  # id prefix of an empty table's seat (party ids are UUIDs)


@dataclass(frozen=True)
class Party:
    """A registered association or company, as its agenda and table card name it."""

    participant_id: str
    party_id: str  # the association's or the company's id: the schedule's identifiers
    is_association: bool
    name: str
    representatives: str = ""
    presentation: str = ""  # one line, printed in the list of participants
    town: str = ""

    @property
    def is_vacant(self) -> bool:
        """A table left empty by an association that unregistered: its number stays reserved."""
        return self.participant_id == "" and self.party_id.startswith(VACANT_SEAT)

    @classmethod
    def vacant_seat(cls, table: int) -> Party:
        """The seat keeping an empty table's number, so no other table moves."""
        return cls(
            participant_id="", party_id=f"{VACANT_SEAT}{table}", is_association=True, name=""
        )


@dataclass(frozen=True)
class MeetingPlan:
    """The schedule of one meeting (ids are party ids) and what surrounds it."""

    meeting_id: str
    title: str
    date: date
    place: str
    organisers: str
    start_time: time | None
    slot_minutes: int
    break_every: int
    break_minutes: int
    associations: tuple[Party, ...]  # in table order: table n is the n-th association
    companies: tuple[Party, ...]
    schedule: Schedule
    times: tuple[RoundTime, ...]  # one per round; () when the meeting has no start time
    stored: bool  # False: computed now, not saved yet

    def name_of(self, party_id: str) -> str:
        """The name of a schedule id (an association's or a company's)."""
        for party in (*self.associations, *self.companies):
            if party.party_id == party_id:
                return party.name
        return party_id
