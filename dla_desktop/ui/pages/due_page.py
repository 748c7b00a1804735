"""À faire: the follow-up due or late across programmes, grouped, late in red, acted on here.

Items come from ``services.followup_due.due_items`` in one read; the programme filter
and the grouping (by kind or by programme) work on them here. The page reads even
when hidden, so the navigation's count stays right; the dashboard shows the same
counts in its first block (``DueSummary``) with the way here.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dla_desktop.domain.dates import format_date
from dla_desktop.domain.followup_due import DueItem, DueKind
from dla_desktop.domain.text import folded
from dla_desktop.services.followup_due import due_items
from dla_desktop.ui.operations import Change, Operations
from dla_desktop.ui.pages.followup_page import LATE_COLOUR
from dla_desktop.ui.pages.list_pages import page_title
from dla_desktop.ui.pages.section_page import SectionPage, empty_or
from dla_desktop.ui.translations import enum_label

DUE_CHANGES = Change.FOLLOWUP | Change.ENROLMENT | Change.PROGRAMMES | Change.ASSOCIATIONS
GROUP_BY_KEY = "due/group_by"
BY_KIND, BY_PROGRAMME = "kind", "programme"
# Tree columns: the association (or the group's title, spanning the row), then the rest.
ASSOCIATION, KIND, PROGRAMME, DUE_ON, DETAIL = range(5)
ITEM_ROLE = Qt.ItemDataRole.UserRole  # the DueItem behind a row; a group's key on a group
ACTION_KINDS = (DueKind.DAYS_NOT_DONE, DueKind.NEXT_STEP_LATE)


def late_count(items: Sequence[DueItem]) -> int:
    """How many items are past their date."""
    return sum(1 for item in items if item.late)


class DuePage(SectionPage):
    """What to do now: questionnaires to send, answers awaited, days and steps behind.

    ``followup_requested(programme id)``: the window opens that programme on its Suivi
    tab (double-click, "Ouvrir le suivi", "Envoyer les questionnaires…").
    ``counted(items, late)`` after each read, for the navigation's count.
    """

    follows = DUE_CHANGES
    counted = Signal(int, int)
    items_read = Signal(list)  # every item, for the dashboard's summary (one read for both)
    followup_requested = Signal(str)

    def __init__(
        self, title: str, *, settings: QSettings | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._settings = settings if settings is not None else QSettings()
        self._items: list[DueItem] = []
        self._collapsed: set[str] = set()  # groups the user folded, kept across reads
        self.today: Callable[[], date] = date.today  # tests freeze the clock here
        self._make_filters()
        self._make_tree()
        self._make_buttons()
        self._layout(title)
        self._update_buttons()

    # --- building ------------------------------------------------------------------------

    def _make_filters(self) -> None:
        """The programme filter and the grouping, remembered between sessions."""
        self.programme_box = QComboBox(self)
        self.programme_box.setObjectName("programme_filter")
        # long programme titles must not widen the window: the box takes the bar's room
        self.programme_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.programme_box.setMinimumContentsLength(12)
        self.programme_box.view().setTextElideMode(Qt.TextElideMode.ElideNone)
        self.programme_box.currentIndexChanged.connect(self._show_items)
        self.group_box = QComboBox(self)
        self.group_box.setObjectName("group_by")
        self.group_box.addItem(self.tr("Type de tâche"), BY_KIND)
        self.group_box.addItem(self.tr("Programme"), BY_PROGRAMME)
        chosen = self._settings.value(GROUP_BY_KEY, BY_KIND)
        self.group_box.setCurrentIndex(max(self.group_box.findData(chosen), 0))
        self.group_box.currentIndexChanged.connect(self._on_group_box_changed)
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")

    def _make_tree(self) -> None:
        """A tree: a few groups of many rows reads better than one long table."""
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("due_tree")
        self.tree.setColumnCount(5)
        self.tree.setHeaderLabels(
            [
                self.tr("Association"),
                self.tr("À faire"),
                self.tr("Programme"),
                self.tr("Échéance"),
                self.tr("Détail"),
            ]
        )
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setRootIsDecorated(True)
        self.tree.setWordWrap(False)
        self.tree.setStyleSheet("QTreeWidget::item { padding: 2px 0px; }")
        for column, width in ((ASSOCIATION, 260), (KIND, 190), (PROGRAMME, 260), (DUE_ON, 200)):
            self.tree.setColumnWidth(column, width)
        self.tree.itemActivated.connect(self._on_tree_item_activated)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemCollapsed.connect(lambda item: self._collapsed.add(item.data(0, ITEM_ROLE)))
        self.tree.itemExpanded.connect(
            lambda item: self._collapsed.discard(item.data(0, ITEM_ROLE))
        )
        nothing = self.tr(
            "Rien à faire pour l'instant : aucun questionnaire à envoyer, aucune réponse"
            " en retard, aucun jour de suivi ni aucune prochaine étape en attente."
        )
        self.stack, self.empty_label = empty_or(self.tree, nothing, self)

    def _make_buttons(self) -> None:
        """What the coordinator can do from here, enabled by what is selected."""
        self.open_button = QPushButton(self.tr("Ouvrir le suivi"), self)
        self.open_button.setObjectName("open_followup")
        self.open_button.clicked.connect(self.on_open_button_clicked)
        self.send_button = QPushButton(self.tr("Envoyer les questionnaires…"), self)
        self.send_button.setObjectName("send_questionnaires")
        self.send_button.clicked.connect(self.on_send_button_clicked)
        self.action_button = QPushButton(self.tr("Noter une action…"), self)
        self.action_button.setObjectName("note_action")
        self.action_button.clicked.connect(self.on_action_button_clicked)

    def _layout(self, title: str) -> None:
        """Title and counts, filters, the tree, then the buttons at the bottom right."""
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Programme :"), self))
        bar.addWidget(self.programme_box, 1)
        bar.addSpacing(12)
        bar.addWidget(QLabel(self.tr("Regrouper par :"), self))
        bar.addWidget(self.group_box)
        heading = QHBoxLayout()
        heading.addWidget(page_title(title, self))
        heading.addStretch(1)
        heading.addWidget(self.summary)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.open_button, self.send_button, self.action_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)

    # --- section page contract ---------------------------------------------------------

    def is_in_front(self) -> bool:
        """Always read: the navigation shows how much is due even while another page is open."""
        return True

    def read_and_show(self, operations: Operations) -> None:
        """Every programme's items in one read-only transaction, dated today."""
        today = self.today()
        self.set_items(operations.read(lambda session: due_items(session, today=today)))

    def clear(self) -> None:
        """No file open: nothing due, and no count in the navigation."""
        self.set_items([])

    # --- items and filters -------------------------------------------------------------

    @property
    def items(self) -> list[DueItem]:
        """Every item read, whatever the filter shows."""
        return list(self._items)

    def set_items(self, items: Sequence[DueItem]) -> None:
        """Keep every item, offer their programmes in the filter (the choice kept)."""
        self._items = list(items)
        chosen = self.programme_box.currentData()
        titles = {item.programme_id: item.programme_title for item in self._items}
        self.programme_box.blockSignals(True)
        self.programme_box.clear()
        self.programme_box.addItem(self.tr("Tous les programmes"), None)
        for programme_id, title in sorted(titles.items(), key=lambda pair: folded(pair[1])):
            self.programme_box.addItem(title, programme_id)
        self.programme_box.setCurrentIndex(max(self.programme_box.findData(chosen), 0))
        self.programme_box.blockSignals(False)
        self._show_items()
        self.counted.emit(len(self._items), late_count(self._items))
        self.items_read.emit(list(self._items))

    def filter_programme(self, programme_id: str | None) -> None:
        """Show one programme's items (None: all)."""
        self.programme_box.setCurrentIndex(max(self.programme_box.findData(programme_id), 0))

    def shown_items(self) -> list[DueItem]:
        """The items the programme filter keeps, in the service's order."""
        programme_id = self.programme_box.currentData()
        return [i for i in self._items if programme_id is None or i.programme_id == programme_id]

    def _on_group_box_changed(self) -> None:
        """Regroup at once, and open the page the same way next time."""
        self._settings.setValue(GROUP_BY_KEY, self.group_box.currentData())
        self._show_items()

    def _show_items(self) -> None:
        """Rebuild the tree: one group per kind (or programme), its items in date order."""
        items = self.shown_items()
        by_kind = self.group_box.currentData() == BY_KIND
        self.tree.setColumnHidden(KIND, by_kind)
        self.tree.setColumnHidden(PROGRAMME, not by_kind)
        self.tree.clear()
        for key, title, members in self._groups(items, by_kind):
            group = self._group_item(key, title, members)
            group.addChildren([self._leaf(item) for item in members])
            self.tree.addTopLevelItem(group)
            group.setFirstColumnSpanned(True)
            group.setExpanded(key not in self._collapsed)
        self.stack.setCurrentIndex(1 if items else 0)
        self._show_summary(items)
        self._update_buttons()

    def _groups(self, items: list[DueItem], by_kind: bool) -> list[tuple[str, str, list[DueItem]]]:
        """(key, title, items) per group: kinds in their order, programmes by title."""
        groups: dict[str, list[DueItem]] = {}
        titles: dict[str, str] = {}
        for item in items:
            key = item.kind.value if by_kind else item.programme_id
            groups.setdefault(key, []).append(item)
            titles[key] = enum_label(item.kind) if by_kind else item.programme_title
        if by_kind:
            order = [kind.value for kind in DueKind if kind.value in groups]
        else:
            order = sorted(groups, key=lambda key: folded(titles[key]))
        return [(key, titles[key], groups[key]) for key in order]

    def _group_item(self, key: str, title: str, members: list[DueItem]) -> QTreeWidgetItem:
        """A bold row naming the group, how many items it holds and how many are late."""
        late = late_count(members)
        if late:
            text = self.tr("{title} — {count}, dont {late} en retard")
        else:
            text = self.tr("{title} — {count}")
        group = QTreeWidgetItem([text.format(title=title, count=len(members), late=late)])
        group.setData(0, ITEM_ROLE, key)
        font = QFont(self.tree.font())
        font.setBold(True)
        group.setFont(0, font)
        group.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        return group

    def _leaf(self, item: DueItem) -> QTreeWidgetItem:
        """One item's row; a late date in red, and said in words for colour-blind eyes."""
        due = format_date(item.due_on)
        if item.late:
            due = self.tr("{date} (en retard)").format(date=due)
        elif item.due_on > self.today():
            due = self.tr("{date} (à venir)").format(date=due)
        leaf = QTreeWidgetItem(
            [item.association_name, enum_label(item.kind), item.programme_title, due, item.detail]
        )
        leaf.setData(0, ITEM_ROLE, item)
        leaf.setToolTip(PROGRAMME, item.programme_title)
        leaf.setToolTip(DETAIL, item.detail)
        if item.late:
            leaf.setForeground(DUE_ON, QBrush(QColor(LATE_COLOUR)))
        return leaf

    def _show_summary(self, items: list[DueItem]) -> None:
        """How much the list holds, beside the title."""
        late = late_count(items)
        if not items:
            self.summary.setText("")
        elif late:
            text = self.tr("{count} à faire, dont {late} en retard")
            self.summary.setText(text.format(count=len(items), late=late))
        else:
            self.summary.setText(self.tr("{count} à faire").format(count=len(items)))

    # --- selection and actions ---------------------------------------------------------

    def selected_item(self) -> DueItem | None:
        """The item of the selected row (None for a group's row or no selection)."""
        rows = self.tree.selectedItems()
        value = rows[0].data(0, ITEM_ROLE) if rows else None
        return value if isinstance(value, DueItem) else None

    def _selected_scope(self) -> list[DueItem]:
        """The selected item, the items of the selected group, or everything shown."""
        rows = self.tree.selectedItems()
        if not rows:
            return self.shown_items()
        value = rows[0].data(0, ITEM_ROLE)
        if isinstance(value, DueItem):
            return [value]
        return [rows[0].child(n).data(0, ITEM_ROLE) for n in range(rows[0].childCount())]

    def followup_programme(self) -> str | None:
        """The one programme the selection (or the filter) points at, if there is one."""
        programmes = {item.programme_id for item in self._selected_scope()}
        return programmes.pop() if len(programmes) == 1 else None

    def questionnaire_programme(self) -> str | None:
        """The one programme whose questionnaires the selection (or filter) asks to send."""
        programmes = {
            item.programme_id
            for item in self._selected_scope()
            if item.kind is DueKind.QUESTIONNAIRE_TO_SEND
        }
        return programmes.pop() if len(programmes) == 1 else None

    def _update_buttons(self) -> None:
        """Each button works on what is selected; a word says what to select otherwise."""
        self.open_button.setEnabled(self.followup_programme() is not None)
        self.open_button.setToolTip(
            self.tr("Ouvrir l'onglet Suivi du programme.")
            if self.open_button.isEnabled()
            else self.tr("Choisissez d'abord une ligne ou un programme.")
        )
        self.send_button.setEnabled(self.questionnaire_programme() is not None)
        self.send_button.setToolTip(
            self.tr("Ouvre le suivi du programme pour envoyer la vague de questionnaires.")
            if self.send_button.isEnabled()
            else self.tr("Choisissez un questionnaire à envoyer, ou un programme.")
        )
        item = self.selected_item()
        self.action_button.setEnabled(item is not None and item.kind in ACTION_KINDS)
        self.action_button.setToolTip(
            self.tr("Noter une action de suivi avec cette association.")
            if self.action_button.isEnabled()
            else self.tr("Choisissez un jour de suivi à faire ou une étape dépassée.")
        )

    def _on_tree_item_activated(self, row: QTreeWidgetItem, _column: int) -> None:
        """Double-click or Enter on an item: its programme's Suivi tab."""
        value = row.data(0, ITEM_ROLE)
        if isinstance(value, DueItem):
            self.followup_requested.emit(value.programme_id)

    def on_open_button_clicked(self) -> None:
        """The Suivi tab of the programme selected (or filtered), for "Ouvrir le suivi"."""
        programme_id = self.followup_programme()
        if programme_id is not None:
            self.followup_requested.emit(programme_id)

    def on_send_button_clicked(self) -> None:
        """The wave is sent from the programme's Suivi tab ("Envoyer une vague…")."""
        programme_id = self.questionnaire_programme()
        if programme_id is not None:
            self.followup_requested.emit(programme_id)

    def on_action_button_clicked(self) -> None:
        """The follow-up action dialog, for the selected association of that programme."""
        item = self.selected_item()
        if self._operations is None or item is None or item.kind not in ACTION_KINDS:
            return
        from dla_desktop.ui.dialogs.followup_action_dialog import (  # not needed at start-up
            FollowupActionDialog,
        )

        dialog = FollowupActionDialog(
            self._operations, item.programme_id, item.association_id, item.association_name,
            None, self,
        )  # fmt: skip
        dialog.exec()
        dialog.deleteLater()


class DueSummary(QFrame):
    """The dashboard's first block: how much is due per kind, how much late, and the way there."""

    list_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("due_summary")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        heading = QLabel(self.tr("À faire"), self)
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        heading.setFont(font)
        self.counts = QLabel(self)
        self.counts.setObjectName("counts")
        self.counts.setWordWrap(True)
        self.late = QLabel(self)
        self.late.setObjectName("late")
        self.late.setStyleSheet(f"color: {LATE_COLOUR}; font-weight: 600")
        self.show_button = QPushButton(self.tr("Voir la liste à faire"), self)
        self.show_button.setObjectName("show_due")
        self.show_button.clicked.connect(self.list_requested)
        text = QVBoxLayout()
        text.addWidget(self.counts)
        text.addWidget(self.late)
        layout = QHBoxLayout(self)
        layout.addWidget(heading)
        layout.addSpacing(12)
        layout.addLayout(text, 1)
        layout.addWidget(self.show_button)
        self.show_items([])

    def show_items(self, items: Sequence[DueItem]) -> None:
        """Counts per kind ("3 questionnaires à envoyer · 2 réponses attendues"); hidden if none."""
        counts = Counter(item.kind for item in items)
        parts = [self._count_text(kind, counts[kind]) for kind in DueKind if counts[kind]]
        self.counts.setText(" · ".join(parts))
        late = late_count(items)
        self.late.setText(self.tr("dont {late} en retard").format(late=late) if late else "")
        self.late.setVisible(bool(late))
        self.setVisible(bool(items))

    def _count_text(self, kind: DueKind, count: int) -> str:
        """French plural by hand: 0 and 1 take the singular."""
        plural = count > 1
        texts = {
            DueKind.QUESTIONNAIRE_TO_SEND: (
                self.tr("{n} questionnaires à envoyer")
                if plural
                else self.tr("{n} questionnaire à envoyer")
            ),
            DueKind.ANSWER_MISSING: (
                self.tr("{n} réponses attendues") if plural else self.tr("{n} réponse attendue")
            ),
            DueKind.DAYS_NOT_DONE: (
                self.tr("{n} associations avec des jours de suivi à faire")
                if plural
                else self.tr("{n} association avec des jours de suivi à faire")
            ),
            DueKind.NEXT_STEP_LATE: (
                self.tr("{n} prochaines étapes dépassées")
                if plural
                else self.tr("{n} prochaine étape dépassée")
            ),
        }
        return texts[kind].format(n=count)
