"""A volet's sub-groups: create, rename, delete them, and move members in and out.

Members move by drag and drop between the two lists or with the arrow buttons; each
move is one operation (one transaction) and the lists are then read again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dla_desktop.domain.errors import ValidationError
from dla_desktop.domain.programme_views import VoletMemberView
from dla_desktop.domain.records import SubgroupDraft, SubgroupRecord
from dla_desktop.services import enrolment, programmes
from dla_desktop.ui.operations import Change, Operations

ID_ROLE = Qt.ItemDataRole.UserRole


class MemberList(QListWidget):
    """A list of associations that accepts those dragged from its sibling list."""

    dropped = Signal(list)  # association ids dropped here

    def __init__(self, object_name: str) -> None:
        super().__init__(objectName=object_name)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setAlternatingRowColors(True)

    def selected_ids(self) -> list[str]:
        return [item.data(ID_ROLE) for item in self.selectedItems()]

    def ids(self) -> list[str]:
        return [self.item(row).data(ID_ROLE) for row in range(self.count())]

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        """Say what arrived; the panel writes it and reads the lists again."""
        source = event.source()
        if isinstance(source, MemberList) and source is not self:
            self.dropped.emit(source.selected_ids())
            event.setDropAction(Qt.DropAction.CopyAction)  # the source keeps its items
            event.accept()
        else:
            event.ignore()


class SubgroupPanel(QGroupBox):
    """The sub-groups of the volet shown beside it, and who is in each."""

    def __init__(self, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Sous-groupes"), parent)
        self._operations = operations
        self._volet_id: str | None = None
        self._groups: list[SubgroupRecord] = []
        self._members: list[VoletMemberView] = []
        self._build()

    def _build(self) -> None:
        self.groups = QListWidget(objectName="subgroups")
        self.groups.currentRowChanged.connect(self._show_members)
        self.add_button = QPushButton(self.tr("Nouveau…"), objectName="add_subgroup")
        self.rename_button = QPushButton(self.tr("Renommer…"), objectName="rename_subgroup")
        self.delete_button = QPushButton(self.tr("Supprimer"), objectName="delete_subgroup")
        self.add_button.clicked.connect(self.add_group)
        self.rename_button.clicked.connect(self.rename_group)
        self.delete_button.clicked.connect(self.delete_group)
        self.outside = MemberList("outside")
        self.inside = MemberList("inside")
        self.outside.dropped.connect(lambda ids: self.move(ids, None))
        self.inside.dropped.connect(lambda ids: self.move(ids, self.current_group_id()))
        self.put_in = QPushButton("→", objectName="put_in")
        self.put_in.setToolTip(self.tr("Mettre les associations choisies dans le sous-groupe"))
        self.take_out = QPushButton("←", objectName="take_out")
        self.take_out.setToolTip(self.tr("Retirer les associations choisies du sous-groupe"))
        self.put_in.clicked.connect(
            lambda: self.move(self.outside.selected_ids(), self.current_group_id())
        )
        self.take_out.clicked.connect(lambda: self.move(self.inside.selected_ids(), None))
        self.inside_title = QLabel(textFormat=Qt.TextFormat.PlainText)
        grid = QGridLayout(self)
        grid.addWidget(QLabel(self.tr("Sous-groupes du volet")), 0, 0)
        grid.addWidget(QLabel(self.tr("Sans sous-groupe")), 0, 1)
        grid.addWidget(self.inside_title, 0, 3)
        grid.addWidget(self.groups, 1, 0)
        grid.addWidget(self.outside, 1, 1)
        arrows = QVBoxLayout()
        arrows.addStretch()
        arrows.addWidget(self.put_in)
        arrows.addWidget(self.take_out)
        arrows.addStretch()
        grid.addLayout(arrows, 1, 2)
        grid.addWidget(self.inside, 1, 3)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.rename_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch()
        grid.addLayout(buttons, 2, 0)
        for column in (0, 1, 3):
            grid.setColumnStretch(column, 1)
        for widget in (self.groups, self.outside, self.inside):
            widget.setMinimumHeight(110)

    # --- reading -------------------------------------------------------------------------

    def set_volet(self, volet_id: str | None) -> None:
        """Show this volet's sub-groups (None: a volet not saved yet, nothing to show)."""
        self._volet_id = volet_id
        self.refresh()

    def refresh(self) -> None:
        """Read the sub-groups and members again, keeping the chosen sub-group."""
        volet_id, chosen = self._volet_id, self.current_group_id()
        if volet_id is None:
            self._groups, self._members = [], []
        else:
            self._groups, self._members = self._operations.read(
                lambda s: (
                    programmes.list_subgroups(s, volet_id),
                    enrolment.list_volet_member_views(s, volet_id),
                )
            )
        self.groups.blockSignals(True)
        self.groups.clear()
        counts = {g.id: sum(m.subgroup_id == g.id for m in self._members) for g in self._groups}
        for group in self._groups:
            item = QListWidgetItem(f"{group.name} ({counts[group.id]})")
            item.setData(ID_ROLE, group.id)
            self.groups.addItem(item)
        ids = [g.id for g in self._groups]
        self.groups.setCurrentRow(ids.index(chosen) if chosen in ids else (0 if ids else -1))
        self.groups.blockSignals(False)
        self.setEnabled(volet_id is not None)
        self._show_members()

    def current_group_id(self) -> str | None:
        item = self.groups.currentItem()
        return None if item is None else item.data(ID_ROLE)

    def _show_members(self, *_args: object) -> None:
        group_id = self.current_group_id()
        _fill(self.outside, [m for m in self._members if m.subgroup_id is None])
        _fill(self.inside, [m for m in self._members if group_id and m.subgroup_id == group_id])
        group = next((g for g in self._groups if g.id == group_id), None)
        self.inside_title.setText(
            self.tr("Dans « %1 »").replace("%1", group.name)
            if group
            else self.tr("Dans le sous-groupe")
        )
        for widget in (
            self.inside,
            self.put_in,
            self.take_out,
            self.rename_button,
            self.delete_button,
        ):
            widget.setEnabled(group is not None)

    # --- writing -------------------------------------------------------------------------

    def move(self, association_ids: list[str], subgroup_id: str | None) -> None:
        """Put these members in a sub-group (None: out of any), in one operation."""
        volet_id = self._volet_id
        if volet_id is None or not association_ids:
            return
        self._write(lambda s: enrolment.assign_subgroup(s, volet_id, association_ids, subgroup_id))

    def add_group(self) -> None:
        volet_id = self._volet_id
        name = self._ask_name(self.tr("Nouveau sous-groupe"), "")
        if volet_id is not None and name is not None:
            draft = SubgroupDraft(volet_id=volet_id, name=name)
            created = self._write(lambda s: programmes.create_subgroup(s, draft))
            if created is not None:
                self._choose(created.id)

    def rename_group(self) -> None:
        group = next((g for g in self._groups if g.id == self.current_group_id()), None)
        name = self._ask_name(self.tr("Renommer le sous-groupe"), group.name) if group else None
        if group is not None and name is not None:
            self._write(lambda s: programmes.rename_subgroup(s, group.id, name))

    def delete_group(self) -> None:
        group = next((g for g in self._groups if g.id == self.current_group_id()), None)
        if group is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Supprimer le sous-groupe"),
            self.tr("Supprimer « %1 » ? Ses associations restent dans le volet.").replace(
                "%1", group.name
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._write(lambda s: programmes.delete_subgroup(s, group.id, group.version))

    def _ask_name(self, title: str, current: str) -> str | None:
        name, accepted = QInputDialog.getText(
            self, title, self.tr("Nom du sous-groupe :"), text=current
        )
        return name if accepted else None

    def _write(self, work: Callable[[Any], Any]) -> Any:
        """One operation; a refusal is said in a message box (no form field to put it under)."""
        try:
            result = self._operations.write(
                self, work, Change.PROGRAMMES | Change.ENROLMENT, on_stale=self.refresh
            )
        except ValidationError as error:
            QMessageBox.warning(
                self, self.tr("Opération impossible"), "\n".join(error.errors.values())
            )
            return None
        self.refresh()
        return result

    def _choose(self, group_id: str) -> None:
        ids = [g.id for g in self._groups]
        if group_id in ids:
            self.groups.setCurrentRow(ids.index(group_id))


def _fill(widget: MemberList, members: list[VoletMemberView]) -> None:
    widget.clear()
    for member in members:
        item = QListWidgetItem(member.name)
        item.setData(ID_ROLE, member.association_id)
        widget.addItem(item)
