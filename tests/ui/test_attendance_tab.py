"""The "Séances et présences" tab driven like a coordinator: keyboard marks, sessions, rates."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from dla_desktop.db.database import Database
from dla_desktop.db.models import ProgrammeSession
from dla_desktop.domain.dates import format_date
from dla_desktop.domain.enums import AttendanceStatus, SessionKind
from dla_desktop.services import attendance
from dla_desktop.ui.attendance_model import RATE_ROLE, format_rate
from dla_desktop.ui.dialogs.session_dialog import SessionDialog
from dla_desktop.ui.operations import Change, Operations
from dla_desktop.ui.pages.programme.attendance_tab import AttendanceTab
from tests.ui.test_attendance_model import Small, build_small

PRESENT, ABSENT, EXCUSE = AttendanceStatus.PRESENT, AttendanceStatus.ABSENT, AttendanceStatus.EXCUSE
AMIS, BAL, CIRQUE, DANSE = "Amis du Patrimoine", "Bal Folk", "Cirque <Zéro> & 🎪", "Danse en Ville"


@pytest.fixture
def small(database: Database) -> Small:
    with database.transaction() as s:
        return build_small(s)


@pytest.fixture
def tab(qtbot: QtBot, operations: Operations, small: Small) -> AttendanceTab:
    tab = AttendanceTab(operations, small.programme)
    qtbot.addWidget(tab)
    tab.resize(1100, 600)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def stored(database: Database, small: Small) -> dict[tuple[str, str], AttendanceStatus]:
    with database.reading() as s:
        return dict(attendance.attendance_sheet(s, small.programme).marks)


def row_of(tab: AttendanceTab, name: str) -> int:
    return next(r for r, (_id, n) in enumerate(tab.model.associations) if n == name)


def go_to(qtbot: QtBot, tab: AttendanceTab, row: int, column: int) -> None:
    tab.view.setFocus()
    tab.view.setCurrentIndex(tab.cell(row, column))


def test_marks_are_recorded_with_arrows_and_space(
    qtbot: QtBot, tab: AttendanceTab, database: Database, small: Small
) -> None:
    # GIVEN the cursor on Amis at the first session (already present)
    amis, s1 = small.people[AMIS], small.sessions[0]
    go_to(qtbot, tab, row_of(tab, AMIS), 0)
    # WHEN the coordinator presses SPACE, then DOWN to Bal and SPACE twice
    qtbot.keyClick(tab.view, Qt.Key.Key_Space)
    qtbot.keyClick(tab.view, Qt.Key.Key_Down)
    assert tab.view.currentIndex().row() == row_of(tab, BAL)
    qtbot.keyClick(tab.view, Qt.Key.Key_Space)  # excused -> not recorded
    qtbot.keyClick(tab.view, Qt.Key.Key_Space)  # -> present
    # THEN the store holds the new marks
    marks = stored(database, small)
    assert marks[(amis, s1)] == ABSENT
    assert marks[(small.people[BAL], s1)] == PRESENT
    # AND the rates shown follow (Amis absent at its only mark; s1: 1 present of 2)
    vertical, horizontal = Qt.Orientation.Vertical, Qt.Orientation.Horizontal
    assert tab.model.headerData(row_of(tab, AMIS), vertical, RATE_ROLE) == format_rate(Decimal(0))
    column_rate = tab.model.headerData(0, horizontal, RATE_ROLE)
    assert column_rate == format_rate(attendance.presence_rate(1, 2))
    assert format_rate(tab.model.overall_rate()) in tab.summary.text()


def test_arrows_skip_cells_a_session_does_not_expect(qtbot: QtBot, tab: AttendanceTab) -> None:
    # Amis is in Marketing (s1, s3) but not Mécénat (s2): RIGHT jumps from s1 to s3
    go_to(qtbot, tab, row_of(tab, AMIS), 0)
    qtbot.keyClick(tab.view, Qt.Key.Key_Right)
    assert tab.view.currentIndex().column() == 2


def test_space_on_a_selection_writes_every_cell_in_one_transaction(
    qtbot: QtBot, tab: AttendanceTab, operations: Operations, database: Database, small: Small
) -> None:
    # GIVEN the whole first column selected (Danse is not expected there), cursor on Cirque
    announced: list[Change] = []
    operations.data_changed.connect(announced.append)
    top, bottom = tab.cell(0, 0), tab.cell(tab.model.rowCount() - 1, 0)
    go_to(qtbot, tab, row_of(tab, CIRQUE), 0)
    tab.view.selectionModel().select(
        QItemSelection(top, bottom), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    # WHEN SPACE is pressed once
    qtbot.keyClick(tab.view, Qt.Key.Key_Space)
    # THEN one operation (one transaction) marked the expected cells present, Danse untouched
    assert announced == [Change.ATTENDANCE]
    marks = stored(database, small)
    s1 = small.sessions[0]
    for name in (AMIS, BAL, CIRQUE):
        assert marks[(small.people[name], s1)] == PRESENT
    assert (small.people[DANSE], s1) not in marks
    assert tab.model.column_rate(0) == attendance.presence_rate(3, 3)


def test_delete_clears_the_mark(
    qtbot: QtBot, tab: AttendanceTab, database: Database, small: Small
) -> None:
    go_to(qtbot, tab, row_of(tab, DANSE), 1)
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    assert (small.people[DANSE], small.sessions[1]) not in stored(database, small)
    assert tab.model.data(tab.cell(row_of(tab, DANSE), 1)) == ""
    assert tab.model.row_rate(row_of(tab, DANSE)) is None


def test_space_on_a_cell_not_expected_writes_nothing(
    qtbot: QtBot, tab: AttendanceTab, database: Database, small: Small
) -> None:
    before = stored(database, small)
    danse_s1 = tab.cell(row_of(tab, DANSE), 0)  # Danse is not in Marketing
    tab.view.setCurrentIndex(danse_s1)
    assert tab.view.currentIndex() != danse_s1  # the cursor never lands there
    tab.view.setCurrentIndex(QModelIndex())
    tab.view.selectionModel().select(danse_s1, QItemSelectionModel.SelectionFlag.Select)
    tab.toggle_selection()
    assert stored(database, small) == before


def test_another_screen_writing_refreshes_the_grid(
    tab: AttendanceTab, operations: Operations, small: Small
) -> None:
    s3, cirque = small.sessions[2], small.people[CIRQUE]
    operations.write(
        None, lambda s: attendance.record_attendance(s, s3, {cirque: EXCUSE}), Change.ATTENDANCE
    )
    assert tab.model.data(tab.cell(row_of(tab, CIRQUE), 2)) == "E Excusé"


def test_the_volet_filter_shows_its_sessions(tab: AttendanceTab, small: Small) -> None:
    tab.volet.setCurrentIndex(tab.volet.findData(small.mecenat))
    assert [s.id for s in tab.model.sessions] == [small.sessions[1]]
    assert tab.volet.itemText(0) == "Tous les volets"


def test_double_clicking_a_name_opens_the_association(
    qtbot: QtBot, tab: AttendanceTab, small: Small
) -> None:
    with qtbot.waitSignal(tab.record_opened) as opened:
        tab.view.verticalHeader().sectionDoubleClicked.emit(row_of(tab, BAL))
    assert opened.args == ["association", small.people[BAL]]


def sessions_stored(database: Database) -> int:
    with database.reading() as s:
        return s.scalar(select(func.count()).select_from(ProgrammeSession))


def test_a_refused_session_says_why_under_the_field(
    qtbot: QtBot, operations: Operations, database: Database, small: Small
) -> None:
    # GIVEN a new interview without its association
    before = sessions_stored(database)
    dialog = SessionDialog(operations, small.programme, volet_id=small.marketing)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.kind.setCurrentIndex(dialog.kind.findData(SessionKind.ENTRETIEN))
    # WHEN it is saved
    dialog.save()
    # THEN the French message stands under the association, nothing was written
    assert "un entretien individuel concerne une association" in dialog.message("association_id")
    assert dialog.isVisible() and dialog.saved is None
    assert sessions_stored(database) == before


def test_a_new_session_appears_as_a_column(
    qtbot: QtBot, tab: AttendanceTab, operations: Operations, small: Small
) -> None:
    dialog = SessionDialog(operations, small.programme, volet_id=small.mecenat)
    qtbot.addWidget(dialog)
    dialog.date.setDate(date(2006, 4, 5))
    dialog.place.setText("Maison des associations <Lille> & co")
    dialog.save()
    assert dialog.saved is not None
    assert tab.model.sessions[-1].id == dialog.saved.id  # the tab followed data_changed
    assert tab.model.sessions[-1].place == "Maison des associations <Lille> & co"


def test_a_date_header_picks_its_session_for_editing(qtbot: QtBot, tab: AttendanceTab) -> None:
    tab.view.horizontalHeader().sectionClicked.emit(1)
    assert tab.current_session_column() == 1
    assert tab.edit_button.isEnabled() and tab.remove_button.isEnabled()


def test_a_hidden_tab_reads_only_when_shown(
    qtbot: QtBot, operations: Operations, database: Database, small: Small
) -> None:
    # GIVEN a tab built but never shown (the programme page builds every tab at once)
    tab = AttendanceTab(operations, small.programme)
    qtbot.addWidget(tab)
    assert tab.model.sessions == ()
    # WHEN another screen records a mark, THEN nothing is read while hidden
    s3, amis = small.sessions[2], small.people[AMIS]
    operations.write(
        None, lambda s: attendance.record_attendance(s, s3, {amis: PRESENT}), Change.ATTENDANCE
    )
    assert tab.model.sessions == ()
    # AND showing it reads everything, the new mark included
    tab.show()
    qtbot.waitExposed(tab)
    assert tab.model.data(tab.cell(row_of(tab, AMIS), 2)) == "✓ Présent"


def test_removing_a_session_asks_then_archives_it(
    qtbot: QtBot,
    tab: AttendanceTab,
    database: Database,
    small: Small,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []

    def answer(parent, title, text, *args):  # noqa: ANN001, ANN202
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    tab.view.horizontalHeader().sectionClicked.emit(1)  # s2, Mécénat
    tab.remove_session()
    assert asked and format_date(date(2006, 3, 8)) in asked[0]
    assert [s.id for s in tab.model.sessions] == [small.sessions[0], small.sessions[2]]
    assert (small.people[DANSE], small.sessions[1]) not in stored(database, small)


def test_the_dialog_shows_a_stored_session(
    qtbot: QtBot, operations: Operations, small: Small
) -> None:
    dialog = SessionDialog(operations, small.programme, small.sessions[1])
    qtbot.addWidget(dialog)
    assert dialog.volet.currentData() == small.mecenat
    assert dialog.kind.currentData() == SessionKind.JOURNEE
    assert dialog.date.date().toPython() == date(2006, 3, 8)
    assert not dialog.association.isEnabled()  # only an interview names one
    assert dialog.draft().volet_id == small.mecenat
