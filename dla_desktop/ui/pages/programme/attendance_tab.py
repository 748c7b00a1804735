"""The programme's "Séances et présences" tab: its sessions per volet and the attendance grid.

The grid is edited with the keyboard: arrows move, SPACE gives the next status to the
current cell or to every selected cell at once, Delete clears them; each keystroke is
one transaction (``attendance.write_marks``), and only the changed cells are repainted.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dla_desktop.domain.attendance_views import AttendanceSheet
from dla_desktop.domain.dates import format_date
from dla_desktop.domain.enums import AttendanceStatus
from dla_desktop.domain.errors import ValidationError
from dla_desktop.services import attendance
from dla_desktop.ui.attendance_model import (
    AttendanceGridModel,
    Cell,
    format_rate,
    next_status,
)
from dla_desktop.ui.dialogs.session_dialog import SessionDialog
from dla_desktop.ui.document_export import DocumentExport, file_name
from dla_desktop.ui.operations import Change, Operations
from dla_desktop.ui.pages.programme.tab_base import ProgrammeTab
from dla_desktop.ui.translations import enum_label
from dla_desktop.ui.widgets.attendance_view import AttendanceView, RateHeader

CELL_WIDTH = 92
NAME_WIDTH = 320  # the name, then its rate
ALL_VOLETS = None  # the volet combo's data for "Tous les volets"


class AttendanceTab(ProgrammeTab):
    """Sessions of a programme by volet, and who came to each, edited in place."""

    changes: ClassVar[Change] = (
        Change.ATTENDANCE | Change.ENROLMENT | Change.PROGRAMMES | Change.ASSOCIATIONS
    )

    def __init__(
        self, operations: Operations, programme_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(operations, programme_id, parent)
        self._session_column: int | None = None  # edit/remove act on it
        self._writing = False  # our own writes change only their cells: no refresh
        self.model = AttendanceGridModel(self)
        self._build()

    # --- building ------------------------------------------------------------------------

    def _build(self) -> None:
        self.volet = QComboBox(objectName="volet_filter")
        self.volet.setMinimumContentsLength(18)
        self.volet.currentIndexChanged.connect(self.refresh)
        self.add_button = QPushButton(self.tr("Nouvelle séance…"), objectName="add_session")
        self.edit_button = QPushButton(self.tr("Modifier la séance…"), objectName="edit_session")
        self.remove_button = QPushButton(
            self.tr("Supprimer la séance"), objectName="remove_session"
        )
        self.sheet_button = QPushButton(
            self.tr("Feuille d'émargement (PDF)…"), objectName="export_sheet"
        )
        self.sheet_button.setToolTip(
            self.tr("La feuille à faire signer à la séance choisie (cliquez sur sa date).")
        )
        self.sheet_button.clicked.connect(self.export_sheet)
        self.export = DocumentExport(self._operations, self)
        self.add_button.clicked.connect(self.add_session)
        self.edit_button.clicked.connect(self.edit_session)
        self.remove_button.clicked.connect(self.remove_session)
        volet_label = QLabel(self.tr("Volet :"))
        volet_label.setBuddy(self.volet)
        bar = QHBoxLayout()
        bar.addWidget(volet_label)
        bar.addWidget(self.volet)
        bar.addStretch()
        for button in (self.add_button, self.edit_button, self.remove_button, self.sheet_button):
            bar.addWidget(button)
        self.summary = QLabel(objectName="summary", textFormat=Qt.TextFormat.PlainText)
        self.view = self._build_view()
        self.empty = QLabel(objectName="empty", textFormat=Qt.TextFormat.PlainText)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        legend = QLabel(
            self.tr(
                "✓ Présent · ✗ Absent · E Excusé · gris : non concernée par la séance"
                "  —  Espace : changer la présence (aussi pour une sélection) · "
                "Suppr : effacer · double-clic sur une date : modifier la séance"
            ),
            objectName="legend",
            textFormat=Qt.TextFormat.PlainText,
        )
        legend.setWordWrap(True)
        legend.setStyleSheet("color: #555")
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(legend)

    def _build_view(self) -> AttendanceView:
        view = AttendanceView(objectName="attendance_grid")
        view.setModel(self.model)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setWordWrap(False)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setDefaultSectionSize(CELL_WIDTH)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        header.sectionDoubleClicked.connect(self._on_column_double_clicked)
        rows = RateHeader(Qt.Orientation.Vertical, view)
        view.setVerticalHeader(rows)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(view.fontMetrics().height() + 10)
        rows.setFixedWidth(NAME_WIDTH)
        rows.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows.sectionDoubleClicked.connect(self._on_row_double_clicked)
        view.toggle_requested.connect(self.toggle_selection)
        view.clear_requested.connect(self.clear_selection)
        view.selectionModel().currentChanged.connect(self._on_current_changed)
        header.sectionClicked.connect(self._choose_column)
        return view

    # --- reading -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the sheet again (volets, sessions, marks) and keep the cursor on its cell."""
        volet_id = self.volet.currentData()
        current = self._current_key()
        sheet = self._operations.read(
            lambda s: attendance.attendance_sheet(s, self._programme_id, volet_id)
        )
        self._fill_volets(sheet, volet_id)
        self.model.set_sheet(sheet)
        self._show_summary()
        self._restore_current(current)
        self._update_buttons()

    def _fill_volets(self, sheet: AttendanceSheet, chosen: str | None) -> None:
        """The combo follows the programme's volets without firing a second refresh."""
        self.volet.blockSignals(True)
        self.volet.clear()
        self.volet.addItem(self.tr("Tous les volets"), ALL_VOLETS)
        for volet_id, name in sheet.volet_names.items():
            self.volet.addItem(name, volet_id)
        self.volet.setCurrentIndex(max(self.volet.findData(chosen), 0))
        self.volet.blockSignals(False)

    def _show_summary(self) -> None:
        """Counts and the overall rate, from what the grid holds."""
        sessions, people = len(self.model.sessions), len(self.model.associations)
        self.summary.setText(
            self.tr("%1 séance(s) · %2 association(s) inscrite(s) · taux de présence : %3")
            .replace("%1", str(sessions))
            .replace("%2", str(people))
            .replace("%3", format_rate(self.model.overall_rate()))
        )
        shown = bool(sessions and people)
        self.view.setVisible(shown)
        self.empty.setVisible(not shown)
        if not people:
            self.empty.setText(self.tr("Aucune association inscrite à ce programme."))
        elif not sessions:
            self.empty.setText(self.tr("Aucune séance : ajoutez-en une avec « Nouvelle séance… »."))

    def _current_key(self) -> tuple[str, str] | None:
        index = self.view.currentIndex()
        if index.isValid() and self.model.is_cell(index.row(), index.column()):
            return self.model.key(index.row(), index.column())
        return None

    def _restore_current(self, key: tuple[str, str] | None) -> None:
        cell = self.model.cell_of(*key) if key is not None else None
        cell = cell or self.model.first_expected()
        self._session_column = None
        if cell is not None:
            self.view.setCurrentIndex(self.model.index(*cell))

    # --- following other screens ---------------------------------------------------------

    def _on_data_changed(self, change: Change) -> None:
        """Our own marks are already on screen: only other writes make us read again."""
        if not self._writing:
            super()._on_data_changed(change)

    # --- marking -------------------------------------------------------------------------

    def _target_cells(self) -> list[Cell]:
        """The selected cells a session expects, else the current one."""
        cells = {
            (i.row(), i.column())
            for i in self.view.selectionModel().selectedIndexes()
            if self.model.is_expected(i.row(), i.column())
        }
        current = self.view.currentIndex()
        if (
            not cells
            and current.isValid()
            and self.model.is_expected(current.row(), current.column())
        ):
            cells.add((current.row(), current.column()))
        return sorted(cells)

    def toggle_selection(self) -> None:
        """SPACE: the next status after the current cell's, for every target cell."""
        cells = self._target_cells()
        if not cells:
            return
        current = self.view.currentIndex()
        anchor = (
            (current.row(), current.column())
            if (current.row(), current.column()) in cells
            else cells[0]
        )
        status = next_status(self.model.status(*anchor))
        self._write({cell: status for cell in cells})

    def clear_selection(self) -> None:
        """Delete: back to "not recorded" for every target cell that has a mark."""
        cells = [cell for cell in self._target_cells() if self.model.status(*cell) is not None]
        if cells:
            self._write(dict.fromkeys(cells))

    def set_status(self, status: AttendanceStatus | None) -> None:
        """Give one status to the target cells (menus and tests)."""
        cells = self._target_cells()
        if cells:
            self._write(dict.fromkeys(cells, status))

    def _write(self, cells: dict[Cell, AttendanceStatus | None]) -> bool:
        """One transaction for all the cells; the model shows them only once written."""
        changes = {self.model.key(*cell): status for cell, status in cells.items()}
        programme_id = self._programme_id
        self._writing = True
        try:
            written = self._operations.write(
                self,
                lambda s: attendance.write_marks(s, programme_id, changes),
                Change.ATTENDANCE,
            )
        except ValidationError as error:
            QMessageBox.warning(self, self.tr("Présence refusée"), "\n".join(error.errors.values()))
            written = None
        finally:
            self._writing = False
        if written is None:
            self.refresh()  # the store is the truth: show what it holds
            return False
        self.model.apply(cells)
        self._show_summary()
        return True

    # --- sessions ------------------------------------------------------------------------

    def current_session_column(self) -> int | None:
        """The column of the current cell, or of the date header clicked last."""
        column = self._session_column
        return column if column is not None and self.model.session_at(column) else None

    def _on_current_changed(self, current: QModelIndex) -> None:
        if current.isValid():
            self._choose_column(current.column())

    def _choose_column(self, column: int) -> None:
        """A click on a date header picks its session, even one nobody is expected at."""
        self._session_column = column
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_session = self.current_session_column() is not None
        self.edit_button.setEnabled(has_session)
        self.remove_button.setEnabled(has_session)
        self.sheet_button.setEnabled(has_session)

    def add_session(self) -> None:
        dialog = SessionDialog(
            self._operations, self._programme_id, volet_id=self.volet.currentData(), parent=self
        )
        if dialog.exec() == SessionDialog.DialogCode.Accepted and self._stale:
            self.refresh_now()  # data_changed marked us stale; read now, even if hidden

    def edit_session(self, column: int | None = None) -> None:
        column = self.current_session_column() if column is None else column
        if column is None:
            return
        session_id = self.model.sessions[column].id
        dialog = SessionDialog(self._operations, self._programme_id, session_id, parent=self)
        if dialog.exec() == SessionDialog.DialogCode.Accepted and self._stale:
            self.refresh_now()  # data_changed marked us stale; read now, even if hidden

    def export_sheet(self) -> None:
        """The chosen session's feuille d'émargement, to print and have signed."""
        from dla_desktop.documents.pdf.signing_sheet import write_signing_sheet
        from dla_desktop.services.documents import signing_sheet

        column = self.current_session_column()
        if column is None:
            return
        seance = self.model.sessions[column]
        title = self.tr("Feuille d'émargement")
        self.export.export_file(
            title,
            file_name(title, seance.date.isoformat(), seance.title or enum_label(seance.kind)),
            lambda session, issued_on: signing_sheet(session, seance.id, issued_on),
            write_signing_sheet,
        )

    def remove_session(self) -> None:
        """Archive the current column's session after asking; its marks go with it."""
        column = self.current_session_column()
        if column is None:
            return
        seance = self.model.sessions[column]
        if self.confirm(
            self.tr("Supprimer la séance"),
            self.tr("Supprimer la séance du %1 et les présences qui y sont enregistrées ?").replace(
                "%1", format_date(seance.date)
            ),
        ):
            self.write(
                lambda s: attendance.archive_session(s, seance.id, seance.version),
                Change.ATTENDANCE,
            )

    def _on_column_double_clicked(self, column: int) -> None:
        if self.model.session_at(column) is not None:
            self.edit_session(column)

    def _on_row_double_clicked(self, row: int) -> None:
        association = self.model.association_at(row)
        if association is not None:
            self.record_opened.emit("association", association[0])

    def cell(self, row: int, column: int) -> QModelIndex:
        """The model index of a cell (tests drive the view with it)."""
        return self.model.index(row, column)
