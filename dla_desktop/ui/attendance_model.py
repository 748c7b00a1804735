"""The attendance grid as a table model: associations × sessions, rates in the headers.

Cells live in a list of lists (one status or None per cell) filled once from an
``AttendanceSheet``; an edit changes only its cells and the counters behind the rates,
and announces those cells, never a reset. The rate is ``attendance.presence_rate``, the
services' one definition.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from dla_desktop.domain.attendance_views import AttendanceSheet
from dla_desktop.domain.dates import format_date
from dla_desktop.domain.enums import AttendanceStatus, SessionKind
from dla_desktop.domain.money import format_decimal
from dla_desktop.domain.records import SessionRecord
from dla_desktop.services.attendance import presence_rate
from dla_desktop.ui.translations import enum_label

ModelIndex = QModelIndex | QPersistentModelIndex
Cell = tuple[int, int]  # (row, column) in the model
RATE_ROLE = Qt.ItemDataRole.UserRole + 1  # a header's rate alone, e.g. "88 %"
CONTEXT = "AttendanceGridModel"

# SPACE walks this cycle; None is "not recorded".
CYCLE: tuple[AttendanceStatus | None, ...] = (
    None,
    AttendanceStatus.PRESENT,
    AttendanceStatus.ABSENT,
    AttendanceStatus.EXCUSE,
)
SYMBOLS = {
    AttendanceStatus.PRESENT: "✓",
    AttendanceStatus.ABSENT: "✗",
    AttendanceStatus.EXCUSE: "E",
}
COLOURS = {
    AttendanceStatus.PRESENT: QColor("#d7f0d9"),
    AttendanceStatus.ABSENT: QColor("#f8d7d7"),
    AttendanceStatus.EXCUSE: QColor("#fbe9c8"),
}
NOT_EXPECTED = QColor("#e4e4e4")
SHORT_KINDS = {
    SessionKind.DEMI_JOURNEE: QT_TRANSLATE_NOOP("AttendanceGridModel", "½ journée"),
    SessionKind.JOURNEE: QT_TRANSLATE_NOOP("AttendanceGridModel", "Journée"),
    SessionKind.ENTRETIEN: QT_TRANSLATE_NOOP("AttendanceGridModel", "Entretien"),
    SessionKind.COMITE: QT_TRANSLATE_NOOP("AttendanceGridModel", "Comité"),
}
_CENTRE = Qt.AlignmentFlag.AlignCenter
_DISPLAY = Qt.ItemDataRole.DisplayRole
_BACKGROUND = Qt.ItemDataRole.BackgroundRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_TOOLTIP_ROLES = (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole)
_BRUSHES = {status: QBrush(colour) for status, colour in COLOURS.items()}
_GREY = QBrush(NOT_EXPECTED)
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def next_status(status: AttendanceStatus | None) -> AttendanceStatus | None:
    """The status SPACE gives after ``status``."""
    return CYCLE[(CYCLE.index(status) + 1) % len(CYCLE)]


def format_rate(rate: Decimal | None) -> str:
    """``0.875`` -> ``88 %`` (French: a no-break space before %); a dash when no mark yet."""
    if rate is None:
        return "—"
    return format_decimal(rate * 100, 0) + "\u00a0%"


def short_date(day: date) -> str:
    """``12/03/26``: the narrow header of a session column."""
    return day.strftime("%d/%m/%y")


class AttendanceGridModel(QAbstractTableModel):
    """Rows: participants; columns: sessions; rates in the headers, which never scroll away."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.set_sheet(None)

    # --- loading -------------------------------------------------------------------------

    def set_sheet(self, sheet: AttendanceSheet | None) -> None:
        """Show a new sheet (a reset: used on opening and on refresh, not on edits)."""
        self.beginResetModel()
        self._sheet = sheet
        self._texts = {status: _status_text(status) for status in CYCLE}
        sessions = sheet.sessions if sheet else ()
        people = sheet.associations if sheet else ()
        self.sessions = sessions
        self.associations = people
        self._row_of = {a: r for r, (a, _name) in enumerate(people)}
        self._column_of = {s.id: c for c, s in enumerate(sessions)}
        self._cells: list[list[AttendanceStatus | None]] = [[None] * len(sessions) for _ in people]
        for (association_id, session_id), status in (sheet.marks if sheet else {}).items():
            self._cells[self._row_of[association_id]][self._column_of[session_id]] = status
        expected = sheet.expected if sheet else {}
        self._expected = [
            {self._row_of[a] for a in expected.get(s.id, ()) if a in self._row_of} for s in sessions
        ]
        self._count_rates()
        self.endResetModel()

    def _count_rates(self) -> None:
        """Present and recorded counts per row and per column, counted at C speed."""
        present = AttendanceStatus.PRESENT
        self._row_counts = [
            [line.count(present), len(line) - line.count(None)] for line in self._cells
        ]
        self._column_counts = [
            [line.count(present), len(line) - line.count(None)]
            for line in zip(*self._cells, strict=True)
        ]
        if not self._cells:
            self._column_counts = [[0, 0] for _ in self.sessions]

    def _count(self, row: int, column: int, status: AttendanceStatus, step: int) -> None:
        present = step if status == AttendanceStatus.PRESENT else 0
        for counts in (self._row_counts[row], self._column_counts[column]):
            counts[0] += present
            counts[1] += step

    # --- reading the grid ----------------------------------------------------------------

    def status(self, row: int, column: int) -> AttendanceStatus | None:
        return self._cells[row][column]

    def is_cell(self, row: int, column: int) -> bool:
        return 0 <= row < len(self.associations) and 0 <= column < len(self.sessions)

    def is_expected(self, row: int, column: int) -> bool:
        """Whether the session is meant for this association (else the cell is greyed)."""
        return self.is_cell(row, column) and row in self._expected[column]

    def key(self, row: int, column: int) -> tuple[str, str]:
        """(association id, session id) of a cell, as the services name it."""
        return self.associations[row][0], self.sessions[column].id

    def cell_of(self, association_id: str, session_id: str) -> Cell | None:
        """The (row, column) of a stored key, if shown."""
        row, column = self._row_of.get(association_id), self._column_of.get(session_id)
        return None if row is None or column is None else (row, column)

    def association_at(self, row: int) -> tuple[str, str] | None:
        """(id, name) of a row."""
        return self.associations[row] if 0 <= row < len(self.associations) else None

    def session_at(self, column: int) -> SessionRecord | None:
        return self.sessions[column] if 0 <= column < len(self.sessions) else None

    def first_expected(self) -> Cell | None:
        """Where the cursor starts: the first cell a session expects."""
        for column, rows in enumerate(self._expected):
            if rows:
                return min(rows), column
        return None

    def row_rate(self, row: int) -> Decimal | None:
        present, recorded = self._row_counts[row]
        return presence_rate(present, recorded)

    def column_rate(self, column: int) -> Decimal | None:
        present, recorded = self._column_counts[column]
        return presence_rate(present, recorded)

    def overall_rate(self) -> Decimal | None:
        return presence_rate(
            sum(p for p, _r in self._column_counts), sum(r for _p, r in self._column_counts)
        )

    # --- editing -------------------------------------------------------------------------

    def apply(self, changes: dict[Cell, AttendanceStatus | None]) -> None:
        """Show statuses already written: the changed cells and their rates are announced."""
        rows, columns = set(), set()
        for (row, column), status in changes.items():
            old = self._cells[row][column]
            if old is not None:
                self._count(row, column, old, -1)
            if status is not None:
                self._count(row, column, status, 1)
            self._cells[row][column] = status
            rows.add(row)
            columns.add(column)
            cell = self.index(row, column)
            self.dataChanged.emit(cell, cell)
        for row in rows:
            self.headerDataChanged.emit(Qt.Orientation.Vertical, row, row)
        for column in columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, column, column)

    # --- Qt ------------------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() or not self._shown() else len(self.associations)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() or not self._shown() else len(self.sessions)

    def _shown(self) -> bool:
        """No sessions or nobody enrolled: an empty grid."""
        return bool(self.sessions and self.associations)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if self.is_expected(index.row(), index.column()) and index.isValid():
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return Qt.ItemFlag.NoItemFlags  # greyed: a session not meant for them

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Called per visible cell and role on every paint: a few lookups, nothing built."""
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == _DISPLAY:
            return self._texts[self._cells[row][column]]
        if role == _BACKGROUND:
            if row not in self._expected[column]:
                return _GREY
            return _BRUSHES.get(self._cells[row][column])
        if role == _ALIGNMENT:
            return _CENTRE
        if role in _TOOLTIP_ROLES:
            return self._cell_tooltip(row, column, self._cells[row][column])
        return None

    def _cell_tooltip(self, row: int, column: int, status: AttendanceStatus | None) -> str:
        """Who, which session, what: also what a screen reader says."""
        session = self.sessions[column]
        if row not in self._expected[column]:
            what = QCoreApplication.translate(
                "AttendanceGridModel", "non concernée par cette séance"
            )
        elif status is None:
            what = QCoreApplication.translate("AttendanceGridModel", "non renseigné")
        else:
            what = enum_label(status)
        return f"{self.associations[row][1]} — {format_date(session.date)} : {what}"

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if not (self.session_at(section) if horizontal else self.association_at(section)):
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and not horizontal:
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        if role not in (RATE_ROLE, Qt.ItemDataRole.DisplayRole, *_TOOLTIP_ROLES):
            return None
        rate = format_rate(self.column_rate(section) if horizontal else self.row_rate(section))
        if role == RATE_ROLE:
            return rate
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                f"{self._column_title(section)}\n{rate}"
                if horizontal
                else self.associations[section][1]
            )
        said = QCoreApplication.translate("AttendanceGridModel", "taux de présence : %1").replace(
            "%1", rate
        )
        title = self._session_tooltip(section) if horizontal else self.associations[section][1]
        return f"{title} — {said}"

    def _column_title(self, column: int) -> str:
        session = self.sessions[column]
        kind = QCoreApplication.translate(CONTEXT, SHORT_KINDS[session.kind])
        return f"{short_date(session.date)}\n{kind}"

    def _session_tooltip(self, column: int) -> str:
        session = self.sessions[column]
        volets = self._sheet.volet_names if self._sheet else {}
        parts = [format_date(session.date), enum_label(session.kind)]
        if session.volet_id in volets:
            parts.append(volets[session.volet_id])
        parts.extend(text for text in (session.title, session.place) if text)
        return " · ".join(parts)


def _status_text(status: AttendanceStatus | None) -> str:
    """A symbol and a word: readable without colours."""
    if status is None:
        return ""
    return f"{SYMBOLS[status]} {enum_label(status)}"
