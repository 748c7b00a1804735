"""One record's change history: who changed which field, from what to what, from which office."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from dla_desktop.domain.dates import format_moment
from dla_desktop.domain.history import HistoryItem, HistoryKind
from dla_desktop.services.history import record_history
from dla_desktop.ui.operations import Operations
from dla_desktop.ui.table_models import Column, enum_column, identity_key, text_column
from dla_desktop.ui.translations import enum_label
from dla_desktop.ui.widgets.table_view import fit_columns, make_table, selected

HISTORY_COLUMNS = (
    Column(
        "when",
        QT_TRANSLATE_NOOP("table_models", "Date"),
        sort_key=identity_key,
        display=format_moment,
        sample="28 septembre 2026 à 14:05",
    ),
    enum_column("kind", QT_TRANSLATE_NOOP("table_models", "Type"), HistoryKind),
    text_column("field_label", QT_TRANSLATE_NOOP("table_models", "Champ")),
    text_column("old", QT_TRANSLATE_NOOP("table_models", "Ancienne valeur")),
    text_column("new", QT_TRANSLATE_NOOP("table_models", "Nouvelle valeur")),
    text_column("office", QT_TRANSLATE_NOOP("table_models", "Bureau")),
    text_column("user", QT_TRANSLATE_NOOP("table_models", "Par")),
)
DETAILS_HEIGHT = 70  # four lines; a longer note scrolls
MAX_VALUE_WIDTH = 240  # a long note is cut here; the table keeps its other columns in view


class HistoryDialog(QDialog):
    """Read-only list of a record's changes, newest first; merges say "Fusion" in their type."""

    def __init__(
        self, items: Sequence[HistoryItem], title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("history_dialog")
        self.setWindowTitle(title)
        self.intro = QLabel(self._intro_text(len(items)), objectName="history_intro")
        self.intro.setWordWrap(True)
        self._build_table(items)
        # a long note is cut in its cell: the selected line's values are shown whole here
        self.details = QPlainTextEdit(objectName="history_details", readOnly=True)
        self.details.setMaximumHeight(DETAILS_HEIGHT)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Fermer"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addWidget(buttons)
        if items:
            self.setMinimumSize(1020, 460)
        else:  # only the sentence saying so
            self.setMinimumWidth(460)
            self.table.hide()
            self.details.hide()
            layout.insertStretch(1)
        self._show_details()

    def _build_table(self, items: Sequence[HistoryItem]) -> None:
        self.table, self.model = make_table(HISTORY_COLUMNS, "history")
        self.model.set_rows(list(items))
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        fit_columns(self.table)
        for column in (3, 4):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), MAX_VALUE_WIDTH))
        self.table.selectionModel().selectionChanged.connect(self._show_details)

    def _show_details(self) -> None:
        """The selected change's values in full (or a hint while nothing is selected)."""
        item = selected(self.table, self.model)
        if item is None:
            self.details.setPlainText("")
            self.details.setPlaceholderText(
                self.tr("Sélectionnez une ligne pour lire ses valeurs en entier.")
            )
            return
        if not item.field:
            self.details.setPlainText(
                self.tr("%1 de la fiche.").replace("%1", enum_label(item.kind))
            )
            return
        text = self.tr("%1\nAvant : %2\nAprès : %3")
        empty = self.tr("(vide)")
        values = (item.field_label, item.old or empty, item.new or empty)
        # one pass: a value that itself contains "%3" is shown as typed
        self.details.setPlainText(re.sub(r"%([123])", lambda m: values[int(m[1]) - 1], text))

    def _intro_text(self, count: int) -> str:
        if count == 0:
            return self.tr(
                "Aucune modification n'est enregistrée pour cette fiche. Les changements faits "
                "avant que l'application ne tienne l'historique ne sont pas connus."
            )
        return self.tr(
            "Chaque création et chaque modification de la fiche, la plus récente en premier. "
            "« Fusion » et « Conflit résolu » marquent ce qu'une fusion avec le fichier "
            "d'un autre bureau a changé."
        )


def history_reader(table_name: str, record_id: str) -> Callable[[Session], list[HistoryItem]]:
    """The read a page hands to its runner (the UI never holds a session itself)."""
    return lambda session: record_history(session, table_name, record_id)


def show_history(
    operations: Operations, table_name: str, record_id: str, title: str, parent: QWidget
) -> HistoryDialog:
    """Read the record's history in one read operation and show it (modal)."""
    dialog = HistoryDialog(operations.read(history_reader(table_name, record_id)), title, parent)
    dialog.exec()
    return dialog
