"""The attendance grid as a table model: associations × sessions, with presence rates.

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
from PySide6.QtGui import QBrush, QColor, QFont

from dla_desktop.domain.attendance_views import AttendanceSheet
from dla_desktop.domain.dates import format_date
from dla_desktop.domain.enums import AttendanceStatus, SessionKind
from dla_desktop.domain.money import format_decimal
from dla_desktop.domain.records import SessionRecord
from dla_desktop.services.attendance import presence_rate
from dla_desktop.ui.translations import enum_label

ModelIndex = QModelIndex | QPersistentModelIndex
Cell = tuple[int, int]  # (row, column) in the model
RATE = 0  # the rate row and the rate column come first, so they stay in sight
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
RATE_BACKGROUND = QColor("#eef2f7")
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
    """Row 0 and column 0 hold the rates (always in sight); then associations × sessions.

    Public methods take model rows and columns; ``_cells`` is indexed from 0 by
    association and session (model row - 1, model column - 1).
    """

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

    def rate_row(self) -> int:
        return RATE

    def rate_column(self) -> int:
        return RATE

    def status(self, row: int, column: int) -> AttendanceStatus | None:
        return self._cells[row - 1][column - 1]

    def is_cell(self, row: int, column: int) -> bool:
        """A real cell (not a rate), whatever its session expects."""
        return 0 < row <= len(self.associations) and 0 < column <= len(self.sessions)

    def is_expected(self, row: int, column: int) -> bool:
        return self.is_cell(row, column) and row - 1 in self._expected[column - 1]

    def key(self, row: int, column: int) -> tuple[str, str]:
        """(association id, session id) of a cell, as the services name it."""
        return self.associations[row - 1][0], self.sessions[column - 1].id

    def cell_of(self, association_id: str, session_id: str) -> Cell | None:
        """The model (row, column) of a stored key, if shown."""
        row, column = self._row_of.get(association_id), self._column_of.get(session_id)
        return None if row is None or column is None else (row + 1, column + 1)

    def association_at(self, row: int) -> tuple[str, str] | None:
        """(id, name) of a row, None for the rate row."""
        return self.associations[row - 1] if 0 < row <= len(self.associations) else None

    def session_at(self, column: int) -> SessionRecord | None:
        """The session of a column, None for the rate column."""
        return self.sessions[column - 1] if 0 < column <= len(self.sessions) else None

    def row_rate(self, row: int) -> Decimal | None:
        present, recorded = self._row_counts[row - 1]
        return presence_rate(present, recorded)

    def column_rate(self, column: int) -> Decimal | None:
        present, recorded = self._column_counts[column - 1]
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
            old = self._cells[row - 1][column - 1]
            if old is not None:
                self._count(row - 1, column - 1, old, -1)
            if status is not None:
                self._count(row - 1, column - 1, status, 1)
            self._cells[row - 1][column - 1] = status
            rows.add(row)
            columns.add(column)
            cell = self.index(row, column)
            self.dataChanged.emit(cell, cell)
        for row in rows:
            rate = self.index(row, self.rate_column())
            self.dataChanged.emit(rate, rate)
        for column in columns:
            rate = self.index(self.rate_row(), column)
            self.dataChanged.emit(rate, rate)
        corner = self.index(self.rate_row(), self.rate_column())
        self.dataChanged.emit(corner, corner)

    # --- Qt ------------------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() or not self._shown() else len(self.associations) + 1

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() or not self._shown() else len(self.sessions) + 1

    def _shown(self) -> bool:
        """No sessions or nobody enrolled: an empty grid, not a lone rate row."""
        return bool(self.sessions and self.associations)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.is_expected(index.row(), index.column()):
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.is_cell(index.row(), index.column()):
            return Qt.ItemFlag.NoItemFlags  # greyed: a session not meant for them
        return Qt.ItemFlag.ItemIsEnabled  # a rate: readable, never marked

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Called per visible cell and role on every paint: a few lookups, nothing built."""
        row, column = index.row() - 1, index.column() - 1
        if row < 0 or column < 0:
            return self._rate_data(row + 1, column + 1, role) if index.isValid() else None
        if role == _DISPLAY:
            return self._texts[self._cells[row][column]]
        if role == _BACKGROUND:
            if row not in self._expected[column]:
                return _GREY
            return _BRUSHES.get(self._cells[row][column])
        if role == _ALIGNMENT:
            return _CENTRE
        if role in _TOOLTIP_ROLES:
            return self._cell_tooltip(row + 1, column + 1, self._cells[row][column])
        return None

    def _rate_data(self, row: int, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if row == self.rate_row() and column == self.rate_column():
                return format_rate(self.overall_rate())
            if row == self.rate_row():
                return format_rate(self.column_rate(column))
            return format_rate(self.row_rate(row))
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(RATE_BACKGROUND)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate(
                CONTEXT,
                "Part des présences parmi les présences enregistrées (excusé : non présent)",
            )
        return None

    def _cell_tooltip(self, row: int, column: int, status: AttendanceStatus | None) -> str:
        """Who, which session, what: also what a screen reader says."""
        session = self.sessions[column - 1]
        if row - 1 not in self._expected[column - 1]:
            what = QCoreApplication.translate(CONTEXT, "non concernée par cette séance")
        elif status is None:
            what = QCoreApplication.translate(CONTEXT, "non renseigné")
        else:
            what = enum_label(status)
        return f"{self.associations[row - 1][1]} — {format_date(session.date)} : {what}"

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole:
            return self._column_header(section) if horizontal else self._row_header(section)
        if role == Qt.ItemDataRole.ToolTipRole and horizontal and self.session_at(section):
            return self._session_tooltip(section)
        if role == Qt.ItemDataRole.FontRole and section == RATE:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and not horizontal:
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        return None

    def _column_header(self, section: int) -> str | None:
        if section == RATE:
            return QCoreApplication.translate(CONTEXT, "Taux")
        session = self.session_at(section)
        if session is not None:
            kind = QCoreApplication.translate(CONTEXT, SHORT_KINDS[session.kind])
            return f"{short_date(session.date)}\n{kind}"
        return None

    def _row_header(self, section: int) -> str | None:
        if section == RATE:
            return QCoreApplication.translate(CONTEXT, "Taux de présence")
        association = self.association_at(section)
        return association[1] if association else None

    def _session_tooltip(self, column: int) -> str:
        session = self.sessions[column - 1]
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
