"""ORM models, one module per aggregate; import from here."""

from dla_desktop.db.models.base import DERIVED_COLUMNS, Base, SharedRow, new_id
from dla_desktop.db.models.directory import Association, Cabinet, Company, Contact, Funder, Office
from dla_desktop.db.models.history import HistoryEntry, MergeRun
from dla_desktop.db.models.local import CURRENT_OFFICE_KEY, LocalSetting
from dla_desktop.db.models.meetings import (
    Meeting,
    MeetingPair,
    MeetingParticipant,
    MeetingPreference,
    MeetingProject,
    MeetingProjectMember,
    MeetingProjectStep,
    MeetingSurveyAnswer,
)
from dla_desktop.db.models.partnerships import Partnership
from dla_desktop.db.models.programmes import (
    Attendance,
    CostLine,
    Enrolment,
    FollowUpAction,
    FundingLine,
    Programme,
    ProgrammeOffice,
    ProgrammeSession,
    Questionnaire,
    Subgroup,
    Volet,
    VoletEnrolment,
)

__all__ = [
    "CURRENT_OFFICE_KEY",
    "DERIVED_COLUMNS",
    "Association",
    "Attendance",
    "Base",
    "Cabinet",
    "Company",
    "Contact",
    "CostLine",
    "Enrolment",
    "FollowUpAction",
    "Funder",
    "FundingLine",
    "HistoryEntry",
    "LocalSetting",
    "Meeting",
    "MeetingPair",
    "MeetingParticipant",
    "MeetingPreference",
    "MeetingProject",
    "MeetingProjectMember",
    "MeetingProjectStep",
    "MeetingSurveyAnswer",
    "MergeRun",
    "Office",
    "Partnership",
    "Programme",
    "ProgrammeOffice",
    "ProgrammeSession",
    "Questionnaire",
    "SharedRow",
    "Subgroup",
    "Volet",
    "VoletEnrolment",
    "new_id",
]
