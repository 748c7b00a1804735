"""Choose several associations at once to enrol in a programme, searching as you type."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from dla_desktop.domain.records import AssociationRow
from dla_desktop.ui.table_models import number_column, text_column
from dla_desktop.ui.widgets.list_panel import ListPanel

ENROLLABLE_COLUMNS = (
    text_column("name", QT_TRANSLATE_NOOP("table_models", "Nom")),
    text_column("sector", QT_TRANSLATE_NOOP("table_models", "Secteur")),
    text_column("town", QT_TRANSLATE_NOOP("table_models", "Commune")),
    number_column("employees", QT_TRANSLATE_NOOP("table_models", "Emplois")),
)


class EnrolDialog(QDialog):
    """The associations not enrolled yet; the selected ones are enrolled together."""

    def __init__(
        self,
        rows: Sequence[AssociationRow],
        *,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Inscrire des associations"))
        self.resize(720, 520)
        self.panel = ListPanel(ENROLLABLE_COLUMNS, "lists/enrollable", settings=settings)
        self.panel.set_rows(rows, sorted_by=0)
        self.panel.table.selectionModel().selectionChanged.connect(self._update_count)
        self.panel.row_activated.connect(lambda _row: self.accept())
        hint = QLabel(
            self.tr("Choisissez une ou plusieurs associations (Ctrl ou Maj + clic), puis Inscrire.")
        )
        hint.setWordWrap(True)
        self.chosen_label = QLabel(objectName="chosen_label")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        self.enrol_button = QPushButton(self.tr("Inscrire"), objectName="enrol")
        self.buttons.addButton(self.enrol_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.panel, 1)
        layout.addWidget(self.chosen_label)
        layout.addWidget(self.buttons)
        self._update_count()
        self.panel.focus_search()

    def chosen_ids(self) -> list[str]:
        """The associations selected (and shown by the current search), in list order."""
        return [row.id for row in self.panel.selected_rows()]

    def _update_count(self, *_args: object) -> None:
        count = len(self.chosen_ids())
        self.enrol_button.setEnabled(count > 0)
        if count == 0:
            self.chosen_label.setText(self.tr("Aucune association choisie"))
        elif count == 1:
            self.chosen_label.setText(self.tr("1 association choisie"))
        else:
            self.chosen_label.setText(self.tr("%1 associations choisies").replace("%1", str(count)))
