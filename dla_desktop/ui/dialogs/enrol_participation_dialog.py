"""One participant's status, volets and sub-group in each volet, saved in one transaction."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from dla_desktop.domain.enums import EnrolmentStatus, VoletKind
from dla_desktop.domain.errors import ValidationError
from dla_desktop.domain.programme_views import Participation
from dla_desktop.domain.records import EnrolmentDraft, SubgroupRecord, VoletRecord
from dla_desktop.services import enrolment, programmes
from dla_desktop.ui.operations import Change, Operations
from dla_desktop.ui.translations import enum_label
from dla_desktop.ui.widgets.form_errors import FormErrors


class ParticipationDialog(QDialog):
    """Status and volets of one enrolled association; OK writes them all at once."""

    def __init__(
        self, operations: Operations, enrolment_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._operations = operations
        self._enrolment_id = enrolment_id
        self.participation, volets = operations.read(self._read)
        self.setWindowTitle(
            self.tr("Participation de « %1 »").replace("%1", self.participation.name)
        )
        self._errors = FormErrors()
        self.status = QComboBox(objectName="status")
        for status in EnrolmentStatus:
            self.status.addItem(enum_label(status), status.value)
        current = EnrolmentStatus(self.participation.enrolment.status).value
        self.status.setCurrentIndex(self.status.findData(current))
        form = QFormLayout()
        self._errors.add_row(form, "status", self.tr("Statut :"), self.status)
        self.volet_boxes: dict[str, tuple[QCheckBox, QComboBox]] = {}
        volets_box = self._volets_box(volets)
        self._errors.add_row(form, "volet_id", self.tr("Volets :"), volets_box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Enregistrer"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        heading = QLabel(self.participation.name, textFormat=Qt.TextFormat.PlainText)
        heading.setStyleSheet("font-size: 12pt; font-weight: 600")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _read(self, session: Session) -> tuple[Participation, list]:
        participation = enrolment.get_participation(session, self._enrolment_id)
        volets = [
            (volet, programmes.list_subgroups(session, volet.id))
            for volet in programmes.list_volets(session, participation.enrolment.programme_id)
        ]
        return participation, volets

    def _volets_box(self, volets: list[tuple[VoletRecord, list[SubgroupRecord]]]) -> QWidget:
        """One line per volet: a check box to join it, a sub-group to sit in."""
        box = QGroupBox()
        grid = QGridLayout(box)
        if not volets:
            grid.addWidget(QLabel(self.tr("Ce programme n'a pas encore de volet.")), 0, 0)
        joined = self.participation.subgroup_by_volet
        for row, (volet, groups) in enumerate(volets):
            check = QCheckBox(volet.label or enum_label(VoletKind(volet.kind)))
            check.setObjectName(f"volet_{row}")
            group = QComboBox(objectName=f"subgroup_{row}")
            group.addItem(self.tr("(sans sous-groupe)"), "")
            for subgroup in groups:
                group.addItem(subgroup.name, subgroup.id)
            check.setChecked(volet.id in joined)
            group.setCurrentIndex(max(group.findData(joined.get(volet.id) or ""), 0))
            group.setEnabled(check.isChecked())
            check.toggled.connect(group.setEnabled)
            grid.addWidget(check, row, 0)
            grid.addWidget(group, row, 1)
            self.volet_boxes[volet.id] = (check, group)
        grid.setColumnStretch(1, 1)
        return box

    def choice(self) -> dict[str, str | None]:
        """The volets checked, each with its sub-group (None: none)."""
        return {
            volet_id: group.currentData() or None
            for volet_id, (check, group) in self.volet_boxes.items()
            if check.isChecked()
        }

    def save(self) -> None:
        """Write status and volets in one operation; close when it went through."""
        record = self.participation.enrolment
        status = EnrolmentStatus(self.status.currentData())
        clean = EnrolmentDraft(
            programme_id=record.programme_id,
            association_id=record.association_id,
            status=status,
            status_date=date.today() if status != record.status else record.status_date,
            followup_days_planned=record.followup_days_planned,
        )
        choice = self.choice()
        try:
            saved = self._operations.write(
                self,
                lambda s: enrolment.set_participation(
                    s, self._enrolment_id, clean, record.version, choice
                ),
                Change.ENROLMENT,
                on_stale=self.reject,
            )
        except ValidationError as error:
            unplaced = self._errors.show(error.errors)
            if unplaced:  # a sub-group or an association: said beside the volets
                self._errors.show({**error.errors, "volet_id": "\n".join(unplaced)})
            return
        if saved is not None:
            self.participation = saved
            self.accept()
