"""Choose several records at once from a searchable list (associations, meeting parties)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from dla_desktop.ui.table_models import Column
from dla_desktop.ui.widgets.list_panel import ListPanel


class ChooseDialog(QDialog):
    """A searchable list; the rows selected are taken together with one button."""

    def __init__(
        self,
        columns: Sequence[Column],
        rows: Sequence[Any],
        settings_key: str,
        *,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.resize(720, 520)
        self.panel = ListPanel(columns, settings_key, settings=settings)
        self.panel.set_rows(rows, sorted_by=0)
        self.panel.table.selectionModel().selectionChanged.connect(self._update_count)
        self.panel.row_activated.connect(lambda _row: self.accept())
        self.hint = QLabel(wordWrap=True)
        self.chosen_label = QLabel(objectName="chosen_label")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        self.take_button = QPushButton(self.tr("Inscrire"))
        self.buttons.addButton(self.take_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.panel, 1)
        layout.addWidget(self.chosen_label)
        layout.addWidget(self.buttons)
        self.panel.focus_search()

    def chosen_ids(self) -> list[str]:
        """The rows selected (and shown by the current search), in list order."""
        return [row.id for row in self.panel.selected_rows()]

    def count_text(self, count: int) -> str:
        """What the label under the list says for ``count`` chosen rows."""
        raise NotImplementedError

    def _update_count(self, *_args: object) -> None:
        """How many are chosen; the button only when some are."""
        count = len(self.chosen_ids())
        self.take_button.setEnabled(count > 0)
        self.chosen_label.setText(self.count_text(count))
