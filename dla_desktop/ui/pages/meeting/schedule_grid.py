"""The speed-dating grid as a table: a row per rotation, a column per table, then the pauses.

The table is the association's (it never moves), so the header names it and each cell
names the company seated there; the tooltip gives the whole pair.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from dla_desktop.domain.meeting_views import MeetingPlan
from dla_desktop.domain.scheduling import Round

ModelIndex = QModelIndex | QPersistentModelIndex
PLAYED_BACKGROUND = QColor("#ececec")  # rounds already held, kept as they were
PAUSE_FOREGROUND = QColor("#777777")  # a table with nobody this round


def italic() -> QFont:
    """The font of an empty table, so it reads as a pause, not as a name."""
    font = QFont()
    font.setItalic(True)
    return font


def translate(text: str) -> str:
    """The grid's texts, in the model's translation context."""
    return QCoreApplication.translate("ScheduleGridModel", text)


class ScheduleGridModel(QAbstractTableModel):
    """Read-only: ``set_plan`` replaces the whole grid (tens of rows, re-read in one go)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._plan: MeetingPlan | None = None
        self._cells: list[list[str]] = []  # [round][table], then the pauses
        self._pairs: list[list[str]] = []
        self._muted: set[tuple[int, int]] = set()  # (row, column) of the empty tables

    def set_plan(self, plan: MeetingPlan | None) -> None:
        """Show this plan (None: nothing to show)."""
        self.beginResetModel()
        self._plan = plan
        self._cells, self._pairs, self._muted = [], [], set()
        for row, round_ in enumerate(plan.schedule.rounds if plan is not None else ()):
            assert plan is not None
            cells, pairs = self._round_cells(plan, round_, row)
            pauses = ", ".join(plan.name_of(pid) for pid in round_.pauses)
            self._cells.append([*cells, pauses])
            self._pairs.append([*pairs, pauses])
        self.endResetModel()

    def _round_cells(self, plan: MeetingPlan, round_: Round, row: int) -> tuple[list, list]:
        """Each table's company (or why it is empty), and the whole pair for the tooltip."""
        seated = {slot.table: slot for slot in round_.slots}
        cells, pairs = [], []
        for table, association in enumerate(plan.associations, start=1):
            slot = seated.get(table)
            if slot is None:  # nobody at the table: the association pauses or is away
                self._muted.add((row, table - 1))
                here = association.party_id in round_.pauses
                cells.append(translate("pause") if here else translate("absente"))
                pairs.append("")
            else:
                cells.append(plan.name_of(slot.company))
                pairs.append(f"{association.name} — {cells[-1]}")
        return cells, pairs

    @property
    def plan(self) -> MeetingPlan | None:
        return self._plan

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._cells)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        if parent.isValid() or self._plan is None:
            return 0
        return len(self._plan.associations) + 1

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        empty = (row, column) in self._muted
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells[row][column]
        if role == Qt.ItemDataRole.ForegroundRole and empty:
            return QBrush(PAUSE_FOREGROUND)
        if role == Qt.ItemDataRole.FontRole and empty:
            return italic()
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._pairs[row][column] or None
        if role == Qt.ItemDataRole.BackgroundRole and self._played(row):
            return QBrush(PLAYED_BACKGROUND)
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._column_title(section)
        return self._round_title(section, role == Qt.ItemDataRole.ToolTipRole)

    def _column_title(self, section: int) -> str | None:
        """« Table 3 » over the association seated there, then « Pauses »."""
        plan = self._plan
        if plan is None or not 0 <= section < self.columnCount():
            return None
        if section == len(plan.associations):
            return translate("Pauses")
        table = translate("Table %1").replace("%1", str(section + 1))
        return f"{table}\n{plan.associations[section].name}"

    def _round_title(self, section: int, long: bool) -> str | None:
        """« Rotation 2 » with its clock times; the tooltip says when it was played."""
        plan = self._plan
        if plan is None or not 0 <= section < self.rowCount():
            return None
        title = translate("Rotation %1").replace("%1", str(section + 1))
        if section < len(plan.times):
            moment = plan.times[section]
            title += f"\n{moment.start:%H:%M} – {moment.end:%H:%M}"
        if long and self._played(section):
            title += "\n" + translate("déjà jouée")
        return title

    def _played(self, row: int) -> bool:
        """A round already held before a re-planning keeps its place and is greyed."""
        return self._plan is not None and row < self._plan.schedule.played
