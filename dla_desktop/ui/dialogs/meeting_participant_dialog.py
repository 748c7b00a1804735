"""A meeting's registrations: choose who comes, then correct one (late arrival, early departure)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)
from sqlalchemy.orm import Session

from dla_desktop.domain.records import MeetingParticipantDraft, MeetingParticipantRecord
from dla_desktop.services import meetings
from dla_desktop.ui.dialogs.choose_dialog import ChooseDialog
from dla_desktop.ui.dialogs.edit_dialog import EditDialog
from dla_desktop.ui.operations import Change, Operations
from dla_desktop.ui.table_models import text_column

MAX_ROUND = meetings.MAX_ROUNDS  # what the service accepts

CHOOSABLE_COLUMNS = (
    text_column("name", QT_TRANSLATE_NOOP("table_models", "Nom")),
    text_column("sector", QT_TRANSLATE_NOOP("table_models", "Secteur")),
    text_column("town", QT_TRANSLATE_NOOP("table_models", "Commune")),
)


def round_spin(object_name: str, none_text: str) -> QSpinBox:
    """A rotation number where 0 reads as ``none_text`` (no late arrival, no early leave)."""
    spin = QSpinBox(objectName=object_name, minimum=0, maximum=MAX_ROUND)
    spin.setSpecialValueText(none_text)
    spin.setMaximumWidth(220)
    return spin


def spin_round(spin: QSpinBox) -> int | None:
    """The rotation typed, None for the special "none" value."""
    return spin.value() or None


class ParticipantDialog(EditDialog):
    """Correct one registration: who represents it, its presentation, when it is there."""

    def __init__(
        self, operations: Operations, participant_id: str, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            operations, self.tr("Participant : %1").replace("%1", name), Change.MEETINGS, parent
        )
        self.representatives = QLineEdit(
            objectName="representatives", placeholderText=self.tr("ex. Claire Martin (présidente)")
        )
        self.leaders_count = QSpinBox(objectName="leaders_count", minimum=0, maximum=1000)
        self.leaders_count.setMaximumWidth(120)
        self.presentation = QLineEdit(
            objectName="presentation",
            placeholderText=self.tr("Une ligne, imprimée dans la liste des participants"),
        )
        self.arrives_at_round = round_spin("arrives_at_round", self.tr("dès le début"))
        self.arrives_at_round.setPrefix(self.tr("rotation "))
        self.leaves_after_round = round_spin("leaves_after_round", self.tr("reste jusqu'à la fin"))
        self.leaves_after_round.setPrefix(self.tr("après la rotation "))
        self.add_row("representatives", self.tr("Représentants :"), self.representatives)
        self.add_row("leaders_count", self.tr("Nombre de dirigeants :"), self.leaders_count)
        self.add_row("presentation", self.tr("Présentation :"), self.presentation)
        self.add_row("arrives_at_round", self.tr("Arrivée :"), self.arrives_at_round)
        self.add_row("leaves_after_round", self.tr("Départ :"), self.leaves_after_round)
        hint = QLabel(
            self.tr(
                "Une arrivée tardive ou un départ anticipé annoncé ici est pris en compte "
                "chaque fois que le planning est calculé ou recalculé (onglet Planning) ; "
                "pendant la rencontre, recalculez avec « Replanifier à partir de la "
                "rotation… »."
            ),
            wordWrap=True,
        )
        hint.setStyleSheet("color: #555")
        self.form.addRow(hint)
        self.open_record(participant_id)

    def draft(self) -> MeetingParticipantDraft:
        """The stored registration with the fields changed (who registered never changes)."""
        return replace(
            self._record,
            representatives=self.representatives.text(),
            leaders_count=self.leaders_count.value(),
            presentation=self.presentation.text(),
            arrives_at_round=spin_round(self.arrives_at_round),
            leaves_after_round=spin_round(self.leaves_after_round),
        )

    def load(self, session: Session, record_id: str) -> MeetingParticipantRecord:
        return meetings.get_participant(session, record_id)

    def update(
        self, session: Session, record_id: str, draft: Any, version: int
    ) -> MeetingParticipantRecord:
        return meetings.update_participant(session, record_id, _as_draft(draft), version)

    def show_fields(self, record: MeetingParticipantRecord) -> None:
        self.representatives.setText(record.representatives)
        self.leaders_count.setValue(record.leaders_count)
        self.presentation.setText(record.presentation)
        self.arrives_at_round.setValue(record.arrives_at_round or 0)
        self.leaves_after_round.setValue(record.leaves_after_round or 0)


def _as_draft(record: MeetingParticipantRecord) -> MeetingParticipantDraft:
    """The draft part of a record (a service takes a draft, not the stored identity)."""
    return MeetingParticipantDraft(
        meeting_id=record.meeting_id,
        association_id=record.association_id,
        company_id=record.company_id,
        representatives=record.representatives,
        leaders_count=record.leaders_count,
        presentation=record.presentation,
        arrives_at_round=record.arrives_at_round,
        leaves_after_round=record.leaves_after_round,
    )


class RegisterDialog(ChooseDialog):
    """Associations (or companies) not registered yet; the selected ones are registered together."""

    def __init__(
        self,
        title: str,
        rows: Sequence[Any],
        *,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            CHOOSABLE_COLUMNS, rows, "lists/meeting_register", settings=settings, parent=parent
        )
        self.setWindowTitle(title)
        self.hint.setText(
            self.tr("Choisissez une ou plusieurs lignes (Ctrl ou Maj + clic), puis Inscrire.")
        )
        self.register_button = self.take_button
        self.register_button.setObjectName("register")
        self._update_count()

    def count_text(self, count: int) -> str:
        # associations and companies (entreprises) are both feminine
        if count == 0:
            return self.tr("Aucune choisie")
        if count == 1:
            return self.tr("1 choisie")
        return self.tr("%1 choisies").replace("%1", str(count))
