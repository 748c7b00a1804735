"""Tab Volets: the programme's volets on the left; the chosen one's form and sub-groups."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from dla_desktop.domain.enums import VoletKind
from dla_desktop.domain.records import VoletRecord
from dla_desktop.services import cabinets, programmes
from dla_desktop.ui.dialogs.subgroup_panel import SubgroupPanel
from dla_desktop.ui.dialogs.volet_form import VoletForm
from dla_desktop.ui.operations import Change, Operations
from dla_desktop.ui.pages.programme.tab_base import ProgrammeTab
from dla_desktop.ui.translations import enum_label
from dla_desktop.ui.widgets.unsaved import confirm_leaving

ID_ROLE = Qt.ItemDataRole.UserRole


def volet_name(volet: VoletRecord) -> str:
    """Its free label, else its kind in the interface language."""
    return volet.label or enum_label(VoletKind(volet.kind))


class VoletsTab(ProgrammeTab):
    """List, create, edit and archive the volets of one programme, and their sub-groups."""

    changes: ClassVar[Change] = Change.PROGRAMMES | Change.CABINETS | Change.ENROLMENT

    def __init__(
        self, operations: Operations, programme_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(operations, programme_id, parent)
        self._volets: list[VoletRecord] = []
        self.form = VoletForm(operations, programme_id)
        self.form.saved.connect(self._on_form_saved)
        self.subgroups = SubgroupPanel(operations)
        self._build()

    def _build(self) -> None:
        self.volet_list = QListWidget(objectName="volets")
        self.volet_list.setStyleSheet("QListWidget::item { padding: 4px; }")
        self.volet_list.currentRowChanged.connect(self._on_volet_chosen)
        self.new_button = QPushButton(self.tr("Nouveau volet"), objectName="new_volet")
        self.archive_button = QPushButton(self.tr("Archiver"), objectName="archive_volet")
        self.new_button.clicked.connect(self.new_volet)
        self.archive_button.clicked.connect(self.archive_volet)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.volet_list)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.archive_button)
        left_layout.addLayout(buttons)
        self.save_button = QPushButton(self.tr("Enregistrer le volet"), objectName="save_volet")
        self.save_button.clicked.connect(self.save)
        self.form_box = QGroupBox(self.tr("Volet"))
        box_layout = QVBoxLayout(self.form_box)
        box_layout.addWidget(self.form)
        save_row = QHBoxLayout()
        save_row.addStretch()
        save_row.addWidget(self.save_button)
        box_layout.addLayout(save_row)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.form_box)
        right_layout.addWidget(self.subgroups, 1)
        scroll = QScrollArea(widgetResizable=True, frameShape=QScrollArea.Shape.NoFrame)
        scroll.setWidget(right)
        splitter = QSplitter(objectName="volets_splitter")
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 760])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    # --- the tab contract ----------------------------------------------------------------

    def refresh(self) -> None:
        """Read volets and cabinets again; the chosen volet stays, its edits too."""
        programme_id = self._programme_id
        self._volets, known_cabinets = self._operations.read(
            lambda s: (programmes.list_volets(s, programme_id), cabinets.list_cabinets(s))
        )
        self.form.set_cabinets(known_cabinets)
        record = self.form.record
        if not self.form.has_unsaved_changes():
            if record is not None:  # None when archived since: the first volet, if any
                record = next((v for v in self._volets if v.id == record.id), None)
            if record is None and self._volets:
                record = self._volets[0]
            self.form.show_record(record)
        self._fill_list(record.id if record else None)
        self._update_actions()
        self.subgroups.set_volet(record.id if record else None)

    def has_unsaved_changes(self) -> bool:
        return self.form.has_unsaved_changes()

    def save(self) -> bool:
        return self.form.save()

    # --- actions -------------------------------------------------------------------------

    def new_volet(self) -> None:
        """A blank form; the volet exists once saved."""
        if not self._may_drop_edits():
            return
        self.volet_list.blockSignals(True)
        self.volet_list.setCurrentRow(-1)
        self.volet_list.blockSignals(False)
        self.form.show_record(None)
        self.subgroups.set_volet(None)
        self._update_actions()
        self.form.kind.setFocus()

    def archive_volet(self) -> None:
        record = self.form.record
        if record is None:
            return
        if not self.confirm(
            self.tr("Archiver le volet"),
            self.tr("Archiver le volet « %1 » ? Il n'apparaîtra plus dans le programme.").replace(
                "%1", volet_name(record)
            ),
        ):
            return
        done = self._operations.write(
            self,
            lambda s: programmes.archive_volet(s, record.id, record.version) or True,
            Change.PROGRAMMES | Change.ENROLMENT,
            on_stale=self.form.reload,
        )
        if done:
            self.form.show_record(None)
            self.refresh()

    # --- internals -----------------------------------------------------------------------

    def _fill_list(self, chosen: str | None) -> None:
        self.volet_list.blockSignals(True)
        self.volet_list.clear()
        for volet in self._volets:
            item = QListWidgetItem(volet_name(volet))
            item.setData(ID_ROLE, volet.id)
            self.volet_list.addItem(item)
            if volet.id == chosen:
                self.volet_list.setCurrentItem(item)
        self.volet_list.blockSignals(False)

    def _on_volet_chosen(self, row: int) -> None:
        if row < 0:
            return
        volet = self._volets[row]
        if self.form.record is not None and self.form.record.id == volet.id:
            return
        if not self._may_drop_edits():
            self._fill_list(self.form.record.id if self.form.record else None)
            return
        self.form.show_record(volet)
        self.subgroups.set_volet(volet.id)
        self._update_actions()

    def _may_drop_edits(self) -> bool:
        """Before showing another volet: save or drop the edits, or stay."""
        if not self.form.has_unsaved_changes():
            return True
        question = self.tr("Le volet a été modifié. Enregistrer les modifications ?")
        return confirm_leaving(self, question, self.form.save)

    def _on_form_saved(self, record: VoletRecord) -> None:
        self.refresh()  # the list shows the new name; data_changed follows anyway
        self.form_box.setTitle(self.tr("Volet « %1 »").replace("%1", volet_name(record)))

    def _update_actions(self) -> None:
        record = self.form.record
        self.archive_button.setEnabled(record is not None)
        title = volet_name(record) if record else self.tr("nouveau")
        self.form_box.setTitle(self.tr("Volet « %1 »").replace("%1", title))
