"""The merge dialog's conflicts tab: the list of conflicts, and the selected one side by side.

Each field changed on both sides shows both values with who changed them and when,
and a choice "Garder la mienne / Prendre la leur"; a record deleted on one side and
edited on the other asks whether it stays deleted. The answers go to
``MergeDecisions``; ``decisions_changed`` tells the dialog to count what is left.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dla_desktop.domain.dates import format_moment
from dla_desktop.domain.merging import (
    Authorship,
    ConflictKind,
    FieldConflict,
    Preference,
    RecordConflict,
    Side,
)
from dla_desktop.ui.dialogs.merge_decisions import MergeDecisions, deleting_side
from dla_desktop.ui.dialogs.merge_widgets import (
    AUTHOR_ROLE,
    DeletionChoice,
    TwoLineDelegate,
    bold,
    centred,
)
from dla_desktop.ui.translations import enum_label
from dla_desktop.ui.widgets.table_view import item_table

CHOSEN_BACKGROUND = QColor("#dcefd9")  # the value that will be kept
OPEN_COLOUR = QColor("#b00020")
SETTLED_COLOUR = QColor("#1b5e20")


class ConflictsPanel(QWidget):
    """The conflicts of a plan: a list on the left, the selected one on the right."""

    decisions_changed = Signal()

    def __init__(self, decisions: MergeDecisions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.decisions = decisions
        self.conflicts = decisions.plan.conflicts
        self.list = self._build_list()
        self.detail = ConflictDetail(decisions, self)
        self.detail.changed.connect(self._on_detail_changed)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.list)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([330, 650])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._global_row())
        layout.addWidget(splitter, 1)
        self.list.currentCellChanged.connect(self._on_list_current_cell_changed)
        self.refresh_states()
        if self.conflicts:
            self.list.selectRow(0)

    def _build_list(self) -> QTableWidget:
        """One row per conflict: the record and what happened to it, answered or not."""
        headers = [self.tr("Fiche"), self.tr("Choix")]
        table = item_table(headers, "conflict_list", self, rows=len(self.conflicts))
        table.setWordWrap(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for row, conflict in enumerate(self.conflicts):
            record = QTableWidgetItem(conflict.record_label)
            record.setData(AUTHOR_ROLE, f"{conflict.kind_label} · {enum_label(conflict.kind)}")
            record.setToolTip(f"{conflict.record_label}\n{record.data(AUTHOR_ROLE)}")
            table.setItem(row, 0, record)
            table.setItem(row, 1, QTableWidgetItem())
        table.setItemDelegateForColumn(0, TwoLineDelegate(table))
        header.sectionResized.connect(lambda *_: table.resizeRowsToContents())
        return table

    def _global_row(self) -> QHBoxLayout:
        """Settle every open question at once, one of the three ways."""
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Pour les conflits sans choix :")))
        self.preference_buttons: dict[Preference, QPushButton] = {}
        for preference in Preference:
            button = QPushButton(enum_label(preference), self)
            button.setObjectName(f"settle_{preference.value}")
            button.clicked.connect(lambda _=False, p=preference: self.settle_remaining(p))
            self.preference_buttons[preference] = button
            row.addWidget(button)
        self.preference_buttons[Preference.NEWEST].setToolTip(
            self.tr(
                "Pour chaque champ, la valeur modifiée en dernier. Ce que la date ne "
                "départage pas ici (une suppression) est réglé de même au moment de la fusion."
            )
        )
        row.addStretch()
        return row

    def settle_remaining(self, preference: Preference) -> None:
        """The global buttons: every open question answered the preference's way."""
        self.decisions.settle_remaining(preference)
        self.detail.show_conflict(self.detail.conflict)
        self._on_detail_changed()

    def select(self, conflict: RecordConflict) -> None:
        """Show one conflict, as a click in the list would."""
        self.list.selectRow(self.conflicts.index(conflict))

    def refresh_states(self) -> None:
        """The "Choix" column: what is still open in each conflict."""
        for row, conflict in enumerate(self.conflicts):
            item = self.list.item(row, 1)
            missing = self.decisions.open_questions(conflict)
            if missing == 0:
                text, colour = self.tr("Fait"), SETTLED_COLOUR
            elif self.decisions.is_settled(conflict):
                text, colour = self.tr("Selon la date"), SETTLED_COLOUR
            else:
                text, colour = self.tr("À choisir"), OPEN_COLOUR
            item.setText(text)
            item.setForeground(colour)

    def _on_detail_changed(self) -> None:
        self.refresh_states()
        self.decisions_changed.emit()

    def _on_list_current_cell_changed(self, row: int, *_: int) -> None:
        self.detail.show_conflict(self.conflicts[row] if 0 <= row < len(self.conflicts) else None)


class ConflictDetail(QWidget):
    """One conflict: its deletion question, then its fields side by side with a choice each."""

    changed = Signal()
    FIELD, MINE, THEIRS, CHOICE = range(4)

    def __init__(self, decisions: MergeDecisions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.decisions = decisions
        self.conflict: RecordConflict | None = None
        self.title = QLabel(self, objectName="conflict_title", textFormat=Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.explanation = QLabel(
            self, objectName="conflict_explanation", textFormat=Qt.TextFormat.PlainText
        )
        self.explanation.setWordWrap(True)
        self.keep_mine = QPushButton(self.tr("Tout garder (ma version)"), self)
        self.keep_mine.setObjectName("keep_mine")
        self.take_theirs = QPushButton(self.tr("Tout prendre (leur version)"), self)
        self.take_theirs.setObjectName("take_theirs")
        self.keep_mine.clicked.connect(lambda: self._take_version(Side.MINE))
        self.take_theirs.clicked.connect(lambda: self._take_version(Side.THEIRS))
        self.deletion = DeletionChoice(self)
        self.deletion.chosen.connect(self._on_deletion_chosen)
        self.table = self._build_table()
        self.note = QLabel(self, objectName="fields_note", textFormat=Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.filler = QWidget(self)  # keeps the text at the top when there is no table
        self.filler.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._lay_out()
        self.show_conflict(None)

    def _build_table(self) -> QTableWidget:
        """Champ | Ma valeur | Leur valeur | Choix; values drawn with their author below."""
        headers = [self.tr("Champ"), self.tr("Ma valeur"), self.tr("Leur valeur"), self.tr("Choix")]
        table = item_table(headers, "field_table", self, pick=False)
        table.setWordWrap(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(self.FIELD, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.MINE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.THEIRS, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.CHOICE, QHeaderView.ResizeMode.ResizeToContents)
        delegate = TwoLineDelegate(table)
        table.setItemDelegateForColumn(self.MINE, delegate)
        table.setItemDelegateForColumn(self.THEIRS, delegate)
        header.sectionResized.connect(lambda *_: table.resizeRowsToContents())
        return table

    def _lay_out(self) -> None:
        """Title and record buttons, the explanation, the deletion question, the fields."""
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.keep_mine)
        top.addWidget(self.take_theirs)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.explanation)
        layout.addWidget(self.deletion)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.filler, 1)

    # --- showing -----------------------------------------------------------------------

    def show_conflict(self, conflict: RecordConflict | None) -> None:
        """Fill the panel with one conflict (or empty it)."""
        self.conflict = conflict
        self.title.setText(
            "" if conflict is None else f"{conflict.kind_label} « {conflict.record_label} »"
        )
        self.explanation.setText(self._explanation(conflict))
        self.explanation.setVisible(bool(self.explanation.text()))
        self.deletion.show_conflict(conflict, self.decisions)
        has_fields = conflict is not None and bool(conflict.fields)
        self.table.setVisible(has_fields)
        self.filler.setVisible(not has_fields)
        self.keep_mine.setVisible(has_fields)
        self.take_theirs.setVisible(has_fields)
        self.note.setVisible(has_fields)
        self.note.setText(
            self.tr(
                "Modifié des deux côtés : pour chaque champ, choisissez la valeur à garder (en "
                "vert) ; l'autre reste dans l'historique de la fiche."
            )
        )
        self._fill_table(conflict)

    def _explanation(self, conflict: RecordConflict | None) -> str:
        """For a deletion against an edit: what happened where, and what the choice does."""
        if conflict is None or deleting_side(conflict) is None:
            return ""
        office = self.decisions.plan.their_office or self.tr("l'autre bureau")
        fields = ", ".join(conflict.edited_fields)
        if conflict.kind is ConflictKind.DELETED_MINE:
            edited = (
                self.tr("{office} l'a modifiée depuis ({fields}).")
                if fields
                else self.tr("{office} l'a modifiée depuis.")
            )
            return " ".join(
                [
                    self.tr("Cette fiche a été supprimée ici, mais"),
                    edited.format(office=office, fields=fields),
                    self.tr(
                        "Leurs modifications sont reprises dans tous les cas : choisissez si "
                        "la fiche reste supprimée ou si elle est restaurée."
                    ),
                ]
            )
        edited = (
            self.tr("elle a été modifiée ici depuis ({fields}).")
            if fields
            else self.tr("elle a été modifiée ici depuis.")
        )
        return " ".join(
            [
                self.tr("{office} a supprimé cette fiche, mais").format(office=office),
                edited.format(fields=fields),
                self.tr(
                    "Vos modifications sont gardées dans tous les cas : choisissez si la "
                    "fiche est supprimée ici aussi ou si elle est gardée."
                ),
            ]
        )

    def _fill_table(self, conflict: RecordConflict | None) -> None:
        """One row per field: label, both values with their author, the choice."""
        fields = conflict.fields if conflict is not None else ()
        self.table.setRowCount(len(fields))
        for row, item in enumerate(fields):
            label = QTableWidgetItem(item.label)
            label.setFont(bold(label.font()))
            self.table.setItem(row, self.FIELD, label)
            self.table.setItem(row, self.MINE, self._value_item(item.mine, item.mine_by))
            self.table.setItem(row, self.THEIRS, self._value_item(item.theirs, item.theirs_by))
            self.table.setCellWidget(row, self.CHOICE, centred(self._choice_combo(item)))
            self._paint_row(row, item)
        self.table.resizeRowsToContents()

    def _value_item(self, value: str, author: Authorship) -> QTableWidgetItem:
        """The value, and below it (drawn in grey by the delegate) who set it and when."""
        item = QTableWidgetItem(value if value else self.tr("(vide)"))
        item.setData(AUTHOR_ROLE, self.authorship_text(author))
        item.setToolTip(f"{item.text()}\n{item.data(AUTHOR_ROLE)}")
        return item

    def authorship_text(self, author: Authorship) -> str:
        """ "CBE de Lille (amelie), 12 mars 2026 à 14:05"; unknown parts left out."""
        who = author.office or self.tr("bureau inconnu")
        if author.user:
            who = f"{who} ({author.user})"
        if author.when is None:
            return who
        return f"{who}, {format_moment(author.when)}"

    def _choice_combo(self, item: FieldConflict) -> QComboBox:
        """The per-field choice; its empty entry says what happens while nothing is chosen."""
        assert self.conflict is not None
        combo = QComboBox()
        combo.setObjectName(f"choice_{item.field}")
        open_text = (
            self.tr("La plus récente")
            if self.decisions.prefer is Preference.NEWEST
            else self.tr("À choisir…")
        )
        combo.addItem(open_text, None)
        combo.addItem(self.tr("Garder la mienne"), Side.MINE.value)
        combo.addItem(self.tr("Prendre la leur"), Side.THEIRS.value)
        side = self.decisions.field_side(self.conflict, item)
        combo.setCurrentIndex(combo.findData(side.value) if side is not None else 0)
        combo.currentIndexChanged.connect(
            lambda _index, combo=combo, item=item: self._on_combo_changed(combo, item)
        )
        return combo

    def _paint_row(self, row: int, item: FieldConflict) -> None:
        """The kept value on green, the other plain; both plain while open."""
        assert self.conflict is not None
        side = self.decisions.field_side(self.conflict, item)
        for column, which in ((self.MINE, Side.MINE), (self.THEIRS, Side.THEIRS)):
            cell = self.table.item(row, column)
            cell.setBackground(CHOSEN_BACKGROUND if side is which else QColor(0, 0, 0, 0))

    # --- choosing ----------------------------------------------------------------------

    def combo(self, field: str) -> QComboBox:
        """The choice of one field of the conflict shown (tests choose through it)."""
        for row in range(self.table.rowCount()):
            holder = self.table.cellWidget(row, self.CHOICE)
            combo = holder.findChild(QComboBox, f"choice_{field}") if holder else None
            if combo is not None:
                return combo
        raise KeyError(field)

    def _on_combo_changed(self, combo: QComboBox, item: FieldConflict) -> None:
        if self.conflict is None:
            return
        data = combo.currentData()
        self.decisions.set_field(self.conflict, item, Side(data) if data else None)
        self._paint_row(self.conflict.fields.index(item), item)
        self.changed.emit()

    def _take_version(self, side: Side) -> None:
        """The record buttons: every question of the conflict answered one side's way."""
        if self.conflict is not None:
            self.decisions.take_version(self.conflict, side)
            self.show_conflict(self.conflict)
            self.changed.emit()

    def _on_deletion_chosen(self, side: Side) -> None:
        if self.conflict is not None:
            self.decisions.set_deletion(self.conflict, side)
            self.changed.emit()
