"""The attendance grid model: cells from the sheet, rates as the services define them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
from PySide6.QtCore import Qt
from sqlalchemy.orm import Session

from dla_desktop.db.database import Database
from dla_desktop.domain.dates import format_date
from dla_desktop.domain.enums import AttendanceStatus, SessionKind, VoletKind
from dla_desktop.domain.records import (
    AssociationDraft,
    OfficeDraft,
    ProgrammeDraft,
    SessionDraft,
    VoletDraft,
    VoletEnrolmentDraft,
)
from dla_desktop.services import associations, attendance, enrolment, offices, programmes
from dla_desktop.ui.attendance_model import (
    RATE_ROLE,
    AttendanceGridModel,
    format_rate,
    next_status,
)

PRESENT, ABSENT, EXCUSE = AttendanceStatus.PRESENT, AttendanceStatus.ABSENT, AttendanceStatus.EXCUSE


@dataclass(frozen=True)
class Small:
    """Marketing: Amis, Bal, Cirque; Mécénat: Cirque, Danse; sessions s1 (M), s2 (Méc), s3 (M)."""

    programme: str
    marketing: str
    mecenat: str
    people: dict[str, str]  # name -> id
    sessions: tuple[str, str, str]


def build_small(s: Session) -> Small:
    """A small programme with marks, written through the services."""
    office = offices.create_office(s, OfficeDraft(name="CBE de Lille"))
    offices.set_current_office(s, office.id)
    programme = programmes.create_programme(s, ProgrammeDraft(title="Lille 2006")).id
    volets = [
        programmes.create_volet(s, VoletDraft(programme_id=programme, kind=kind)).id
        for kind in (VoletKind.MARKETING, VoletKind.MECENAT)
    ]
    names = ("Danse en Ville", "Amis du Patrimoine", "Cirque <Zéro> & 🎪", "Bal Folk")
    people = {n: associations.create_association(s, AssociationDraft(name=n)).id for n in names}
    enrolment.enrol_associations(s, programme, list(people.values()))
    for volet, name in [(0, "Amis du Patrimoine"), (0, "Bal Folk"), (0, "Cirque <Zéro> & 🎪")]:
        enrolment.join_volet(
            s, VoletEnrolmentDraft(volet_id=volets[volet], association_id=people[name])
        )
    for name in ("Cirque <Zéro> & 🎪", "Danse en Ville"):
        enrolment.join_volet(
            s, VoletEnrolmentDraft(volet_id=volets[1], association_id=people[name])
        )
    sessions = tuple(
        attendance.create_session(
            s,
            SessionDraft(programme_id=programme, kind=kind, date=day, volet_id=volets[v]),
        ).id
        for kind, day, v in [
            (SessionKind.DEMI_JOURNEE, date(2006, 3, 1), 0),
            (SessionKind.JOURNEE, date(2006, 3, 8), 1),
            (SessionKind.DEMI_JOURNEE, date(2006, 3, 15), 0),
        ]
    )
    attendance.record_attendance(
        s, sessions[0], {people["Amis du Patrimoine"]: PRESENT, people["Bal Folk"]: EXCUSE}
    )
    attendance.record_attendance(s, sessions[1], {people["Danse en Ville"]: ABSENT})
    return Small(programme, volets[0], volets[1], people, sessions)  # type: ignore[arg-type]


@pytest.fixture
def small(database: Database) -> Small:
    with database.transaction() as s:
        return build_small(s)


def loaded(database: Database, small: Small, volet_id: str | None = None) -> AttendanceGridModel:
    model = AttendanceGridModel()
    with database.reading() as s:
        model.set_sheet(attendance.attendance_sheet(s, small.programme, volet_id))
    return model


def rates_from_services(database: Database, small: Small) -> attendance.AttendanceGrid:
    with database.reading() as s:
        return attendance.attendance_grid(s, small.programme)


def test_the_model_passes_the_model_tester_empty_small_and_edited(
    qtmodeltester, database: Database, small: Small
) -> None:
    qtmodeltester.check(AttendanceGridModel())
    model = loaded(database, small)
    qtmodeltester.check(model)
    model.apply({(0, 0): ABSENT, (1, 2): PRESENT})
    qtmodeltester.check(model)


def header(model: AttendanceGridModel, orientation: Qt.Orientation, role: int) -> list[str]:
    count = model.columnCount() if orientation == Qt.Orientation.Horizontal else model.rowCount()
    return [model.headerData(i, orientation, role) for i in range(count)]


def test_rows_are_participants_by_name_and_columns_sessions_by_date(
    database: Database, small: Small
) -> None:
    model = loaded(database, small)
    assert header(model, Qt.Orientation.Vertical, Qt.ItemDataRole.DisplayRole) == [
        "Amis du Patrimoine",
        "Bal Folk",
        "Cirque <Zéro> & 🎪",
        "Danse en Ville",
    ]
    titles = header(model, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
    assert [t.split("\n")[:2] for t in titles] == [
        ["01/03/06", "½ journée"],
        ["08/03/06", "Journée"],
        ["15/03/06", "½ journée"],
    ]


def test_cells_show_a_symbol_and_a_word_and_grey_out_who_is_not_expected(
    database: Database, small: Small
) -> None:
    model = loaded(database, small)
    assert model.data(model.index(0, 0)) == "✓ Présent"
    assert model.data(model.index(1, 0)) == "E Excusé"
    assert model.data(model.index(3, 1)) == "✗ Absent"
    assert model.data(model.index(2, 0)) == ""  # expected, not recorded
    enabled = Qt.ItemFlag.ItemIsEnabled
    assert model.flags(model.index(2, 0)) & enabled  # Cirque is in Marketing
    assert not model.flags(model.index(3, 0)) & enabled  # Danse is not
    assert not model.flags(model.index(0, 1)) & enabled  # Amis is not in Mécénat
    tooltip = model.data(model.index(3, 0), Qt.ItemDataRole.ToolTipRole)
    when = format_date(date(2006, 3, 1))
    assert tooltip == f"Danse en Ville — {when} : non concernée par cette séance"


def test_header_rates_are_the_services_rates(database: Database, small: Small) -> None:
    model = loaded(database, small)
    grid = rates_from_services(database, small)
    row_rates = header(model, Qt.Orientation.Vertical, RATE_ROLE)
    column_rates = header(model, Qt.Orientation.Horizontal, RATE_ROLE)
    assert row_rates == [format_rate(grid.row_rates[a]) for a, _name in model.associations]
    assert column_rates == [format_rate(grid.column_rates[s.id]) for s in model.sessions]
    for row, (association_id, _name) in enumerate(model.associations):
        assert model.row_rate(row) == grid.row_rates[association_id]
    titles = header(model, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
    assert [t.split("\n")[2] for t in titles] == column_rates


def test_applied_edits_move_the_rates_without_a_reset(
    qtbot, database: Database, small: Small
) -> None:
    model = loaded(database, small)
    resets: list[bool] = []
    changed: list[tuple[int, int]] = []
    headers: list[tuple[Qt.Orientation, int]] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.dataChanged.connect(lambda a, b: changed.append((a.row(), a.column())))
    model.headerDataChanged.connect(lambda o, first, last: headers.append((o, first)))
    # WHEN Bal's excused mark becomes present and Cirque is marked absent at s1
    model.apply({(1, 0): PRESENT, (2, 0): ABSENT})
    # THEN only those cells and their rates were announced
    assert not resets
    assert set(changed) == {(1, 0), (2, 0)}
    vertical, horizontal = Qt.Orientation.Vertical, Qt.Orientation.Horizontal
    assert set(headers) == {(vertical, 1), (vertical, 2), (horizontal, 0)}
    assert model.column_rate(0) == attendance.presence_rate(2, 3)
    assert model.headerData(1, vertical, RATE_ROLE) == format_rate(attendance.presence_rate(1, 1))
    # AND clearing a mark takes it out of the rates
    model.apply({(2, 0): None})
    assert model.column_rate(0) == attendance.presence_rate(2, 2)
    assert model.row_rate(2) is None
    assert model.overall_rate() == attendance.presence_rate(2, 3)


def test_space_cycles_through_every_status() -> None:
    seen = [None]
    for _ in range(4):
        seen.append(next_status(seen[-1]))
    assert seen == [None, PRESENT, ABSENT, EXCUSE, None]


def test_a_volet_filter_keeps_its_sessions_and_everybody(database: Database, small: Small) -> None:
    model = loaded(database, small, small.mecenat)
    assert [s.id for s in model.sessions] == [small.sessions[1]]
    assert model.rowCount() == 4 and model.columnCount() == 1
