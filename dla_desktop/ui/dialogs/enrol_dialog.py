"""Enrol several associations in a programme at once, chosen in a searchable list."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings
from PySide6.QtWidgets import QWidget

from dla_desktop.domain.records import AssociationRow
from dla_desktop.ui.dialogs.choose_dialog import ChooseDialog
from dla_desktop.ui.table_models import number_column, text_column

ENROLLABLE_COLUMNS = (
    text_column("name", QT_TRANSLATE_NOOP("table_models", "Nom")),
    text_column("sector", QT_TRANSLATE_NOOP("table_models", "Secteur")),
    text_column("town", QT_TRANSLATE_NOOP("table_models", "Commune")),
    number_column("employees", QT_TRANSLATE_NOOP("table_models", "Emplois")),
)


class EnrolDialog(ChooseDialog):
    """The associations not enrolled yet; the selected ones are enrolled together."""

    def __init__(
        self,
        rows: Sequence[AssociationRow],
        *,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            ENROLLABLE_COLUMNS, rows, "lists/enrollable", settings=settings, parent=parent
        )
        self.setWindowTitle(self.tr("Inscrire des associations"))
        self.hint.setText(
            self.tr("Choisissez une ou plusieurs associations (Ctrl ou Maj + clic), puis Inscrire.")
        )
        self.enrol_button = self.take_button
        self.enrol_button.setObjectName("enrol")
        self._update_count()

    def count_text(self, count: int) -> str:
        if count == 0:
            return self.tr("Aucune association choisie")
        if count == 1:
            return self.tr("1 association choisie")
        return self.tr("%1 associations choisies").replace("%1", str(count))
