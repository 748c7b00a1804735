"""Tab Participants: the associations enrolled, their status, volets and sub-groups."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings
from PySide6.QtWidgets import QDialog, QPushButton, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from dla_desktop.domain.enums import EnrolmentStatus
from dla_desktop.domain.programme_views import ParticipantView
from dla_desktop.services import enrolment
from dla_desktop.ui.dialogs.enrol_dialog import EnrolDialog
from dla_desktop.ui.dialogs.enrol_participation_dialog import ParticipationDialog
from dla_desktop.ui.operations import Change, Operations
from dla_desktop.ui.pages.programme.tab_base import ProgrammeTab, buttons_row
from dla_desktop.ui.table_models import enum_column, number_column, text_column
from dla_desktop.ui.widgets.list_panel import ListPanel

PARTICIPANT_COLUMNS = (
    text_column("name", QT_TRANSLATE_NOOP("table_models", "Association")),
    text_column("town", QT_TRANSLATE_NOOP("table_models", "Commune")),
    number_column(
        "employees",
        QT_TRANSLATE_NOOP("table_models", "Emplois"),
        QT_TRANSLATE_NOOP("table_models", "Nombre de salariés"),
    ),
    enum_column(
        "status", QT_TRANSLATE_NOOP("table_models", "Statut"), EnrolmentStatus, workflow=True
    ),
    text_column("volets", QT_TRANSLATE_NOOP("table_models", "Volets")),
    text_column("subgroups", QT_TRANSLATE_NOOP("table_models", "Sous-groupes")),
)


class ParticipantsTab(ProgrammeTab):
    """Enrol associations (several at once), set their volets and status, withdraw them."""

    changes: ClassVar[Change] = Change.ENROLMENT | Change.ASSOCIATIONS | Change.PROGRAMMES

    def __init__(
        self,
        operations: Operations,
        programme_id: str,
        parent: QWidget | None = None,
        *,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(operations, programme_id, parent)
        self._settings = settings
        self.panel = ListPanel(
            PARTICIPANT_COLUMNS, "lists/participants", settings=settings, find_shortcut=False
        )
        self.panel.row_activated.connect(self._on_row_activated)
        self.enrol_button = QPushButton(self.tr("Inscrire des associations…"), objectName="enrol")
        self.edit_button = QPushButton(self.tr("Volets et statut…"), objectName="edit")
        self.withdraw_button = QPushButton(self.tr("Retirer du programme"), objectName="withdraw")
        self.import_button = QPushButton(self.tr("Importer des participants…"), objectName="import")
        self.import_button.setToolTip(
            self.tr("Inscrire les associations d'un tableur (.xlsx, .ods, .csv), avec leurs volets")
        )
        self.enrol_button.clicked.connect(self.enrol)
        self.edit_button.clicked.connect(self.edit_selected)
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        self.import_button.clicked.connect(self.import_participants)
        self.panel.table.selectionModel().selectionChanged.connect(self._update_actions)
        buttons = buttons_row(self.enrol_button, self.import_button)  # the two ways in, left
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.withdraw_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel, 1)
        layout.addLayout(buttons)
        self._update_actions()

    def refresh(self) -> None:
        """Read the participants again (sort, filter and selection kept by the model)."""
        programme_id = self._programme_id
        rows = self._operations.read(lambda s: enrolment.list_participant_views(s, programme_id))
        self.panel.set_rows(rows, sorted_by=0)
        self._update_actions()

    # --- actions -------------------------------------------------------------------------

    def enrol(self) -> None:
        """Choose associations in a dialog; all of them are enrolled in one transaction."""
        programme_id = self._programme_id
        rows = self._operations.read(lambda s: enrolment.list_enrollable(s, programme_id))
        dialog = self.make_enrol_dialog(rows)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        ids = dialog.chosen_ids()
        if ids:
            self._operations.write(
                self,
                lambda s: enrolment.enrol_associations(s, programme_id, ids),
                Change.ENROLMENT,
            )

    def make_enrol_dialog(self, rows: list) -> EnrolDialog:
        """Separate so that tests can drive the dialog before it runs."""
        return EnrolDialog(rows, settings=self._settings, parent=self)

    def import_participants(self) -> None:
        """The import wizard aimed at this programme: associations enrolled with their volets."""
        wizard = self.make_import_wizard()
        wizard.exec()
        wizard.deleteLater()  # with the file and the plan it holds

    def make_import_wizard(self) -> QDialog:
        """Separate so that tests can drive the wizard; imported on first use."""
        from dla_desktop.domain.imports import ImportTarget
        from dla_desktop.ui.dialogs.import_wizard import ImportWizard

        return ImportWizard(
            self._operations,
            self,
            target=ImportTarget.PARTICIPANTS,
            programme_id=self._programme_id,
            settings=self._settings,
        )

    def edit_selected(self) -> None:
        selected = self.panel.selected_rows()
        if len(selected) == 1:
            self.make_participation_dialog(selected[0].enrolment_id).exec()

    def make_participation_dialog(self, enrolment_id: str) -> ParticipationDialog:
        return ParticipationDialog(self._operations, enrolment_id, self)

    def withdraw_selected(self) -> None:
        """Take the selected associations out of the programme and its volets, after asking."""
        selected: list[ParticipantView] = self.panel.selected_rows()
        if not selected:
            return
        names = "\n".join(f"• {row.name}" for row in selected[:10])
        if len(selected) > 10:
            names += "\n…"
        if not self.confirm(
            self.tr("Retirer du programme"),
            self.tr("Retirer ces associations du programme et de ses volets ?\n%1").replace(
                "%1", names
            ),
        ):
            return
        ids = [row.enrolment_id for row in selected]

        def work(session: Session) -> None:
            for enrolment_id in ids:
                enrolment.withdraw_enrolment(session, enrolment_id)

        self._operations.write(self, work, Change.ENROLMENT)

    def _on_row_activated(self, row: ParticipantView) -> None:
        self.record_opened.emit("association", row.association_id)

    def _update_actions(self, *_args: object) -> None:
        count = len(self.panel.selected_rows())
        self.edit_button.setEnabled(count == 1)
        self.withdraw_button.setEnabled(count > 0)
