"""Tab Participants: who is registered, when they are there, and the pairs they asked for."""

from __future__ import annotations

from typing import Any, NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QDialog, QSplitter, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from dla_desktop.domain.enums import PairPreferenceKind
from dla_desktop.domain.meeting_records import MeetingPreferenceRecord
from dla_desktop.domain.records import MeetingParticipantDraft
from dla_desktop.services import associations, companies, meeting_outcomes, meetings
from dla_desktop.ui.dialogs.meeting_participant_dialog import ParticipantDialog, RegisterDialog
from dla_desktop.ui.dialogs.meeting_parties import RegisteredParty, names_of, read_parties
from dla_desktop.ui.dialogs.meeting_preference_dialog import PreferenceDialog
from dla_desktop.ui.operations import Change, Operations
from dla_desktop.ui.pages.meeting.tab_base import MeetingTab
from dla_desktop.ui.pages.programme.tab_base import group_box
from dla_desktop.ui.table_models import Column, enum_column, number_column, text_column
from dla_desktop.ui.widgets.related_table import RelatedTable, confirm


def arrival(row: RegisteredParty) -> str:
    """« rotation 3 » for a late arrival, nothing when there from the start."""
    if row.arrives_at_round is None:
        return ""
    return QCoreApplication.translate("meeting_participants", "rotation %1").replace(
        "%1", str(row.arrives_at_round)
    )


def departure(row: RegisteredParty) -> str:
    """« après la rotation 6 » for an early departure."""
    if row.leaves_after_round is None:
        return ""
    return QCoreApplication.translate("meeting_participants", "après la rotation %1").replace(
        "%1", str(row.leaves_after_round)
    )


PARTY_COLUMNS = (
    text_column("name", QT_TRANSLATE_NOOP("table_models", "Participant")),
    text_column("side", QT_TRANSLATE_NOOP("table_models", "Type")),
    text_column("representatives", QT_TRANSLATE_NOOP("table_models", "Représentants")),
    number_column("leaders_count", QT_TRANSLATE_NOOP("table_models", "Dirigeants")),
    Column("arrives", QT_TRANSLATE_NOOP("table_models", "Arrivée tardive"), getter=arrival),
    Column("leaves", QT_TRANSLATE_NOOP("table_models", "Départ anticipé"), getter=departure),
    text_column("presentation", QT_TRANSLATE_NOOP("table_models", "Présentation")),
)


class PreferenceRow(NamedTuple):
    """One wish, named."""

    record: MeetingPreferenceRecord
    association: str
    company: str
    kind: str
    note: str


PREFERENCE_COLUMNS = (
    text_column("association", QT_TRANSLATE_NOOP("table_models", "Association")),
    text_column("company", QT_TRANSLATE_NOOP("table_models", "Entreprise")),
    enum_column("kind", QT_TRANSLATE_NOOP("table_models", "Souhait"), PairPreferenceKind),
    text_column("note", QT_TRANSLATE_NOOP("table_models", "Note")),
)


class ParticipantsTab(MeetingTab):
    """Register associations and companies, correct a registration, list the wishes."""

    def __init__(
        self,
        operations: Operations,
        parent: QWidget | None = None,
        *,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(operations, parent)
        self._settings = settings
        self.parties: list[RegisteredParty] = []
        self.participants = RelatedTable(PARTY_COLUMNS, object_name="participants", stretch=6)
        self.participants.row_activated.connect(
            lambda row: self.record_opened.emit(row.kind, row.party_id)
        )
        self._participant_buttons()
        self.preferences = RelatedTable(PREFERENCE_COLUMNS, object_name="preferences", stretch=3)
        self.preferences.row_activated.connect(lambda _row: self.edit_preference())
        self._preference_buttons()
        for table in (self.participants, self.preferences):
            table.table.selectionModel().selectionChanged.connect(self._update_actions)
        self._update_actions()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(group_box(self.tr("Inscrits"), self.participants))
        splitter.addWidget(
            group_box(
                self.tr("Souhaits : paires à faire se rencontrer ou à éviter"), self.preferences
            )
        )
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _participant_buttons(self) -> None:
        """Register (two ways in, by side), correct, unregister."""
        add = self.participants.add_button
        add(self.tr("Inscrire des associations…"), "register_associations").clicked.connect(
            lambda: self.register(association=True)
        )
        add(self.tr("Inscrire des entreprises…"), "register_companies").clicked.connect(
            lambda: self.register(association=False)
        )
        self.edit_button = add(self.tr("Modifier…"), "edit_participant")
        self.edit_button.setToolTip(
            self.tr("Représentants, présentation, arrivée tardive ou départ anticipé")
        )
        self.edit_button.clicked.connect(self.edit_participant)
        self.unregister_button = add(self.tr("Désinscrire"), "unregister")
        self.unregister_button.clicked.connect(self.unregister)

    def _preference_buttons(self) -> None:
        """Add, change or remove a wish."""
        add = self.preferences.add_button
        self.add_preference_button = add(self.tr("Ajouter un souhait…"), "add_preference")
        self.add_preference_button.clicked.connect(self.add_preference)
        self.edit_preference_button = add(self.tr("Modifier…"), "edit_preference")
        self.edit_preference_button.clicked.connect(self.edit_preference)
        self.remove_preference_button = add(self.tr("Retirer"), "remove_preference")
        self.remove_preference_button.clicked.connect(self.remove_preference)

    def _update_actions(self, *_args: object) -> None:
        """Buttons about one row need a row chosen; a wish needs both sides registered."""
        party = self.participants.selected_row() is not None
        self.edit_button.setEnabled(party)
        self.unregister_button.setEnabled(party)
        wish = self.preferences.selected_row() is not None
        self.edit_preference_button.setEnabled(wish)
        self.remove_preference_button.setEnabled(wish)
        sides = {p.is_association for p in self.parties}
        self.add_preference_button.setEnabled(sides == {True, False})

    # --- reading -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the registrations and the wishes, named, in one transaction."""
        meeting_id = self.meeting_id
        if meeting_id is None:
            self.parties, wishes = [], []
        else:
            self.parties, wishes = self._operations.read(
                lambda s: (
                    read_parties(s, meeting_id),
                    meeting_outcomes.list_preferences(s, meeting_id),
                )
            )
        self.participants.set_rows(self.parties)
        names = names_of(self.parties)
        self.preferences.set_rows(
            [
                PreferenceRow(
                    wish,
                    names.get(wish.association_id, ""),
                    names.get(wish.company_id, ""),
                    wish.kind,
                    wish.note,
                )
                for wish in wishes
            ]
        )
        self._update_actions()

    # --- registrations -------------------------------------------------------------------

    def register(self, *, association: bool) -> None:
        """Choose several associations (or companies) not registered yet; one transaction."""
        meeting_id = self.meeting_id
        if meeting_id is None:
            return
        taken = {party.party_id for party in self.parties}
        listing = associations.list_associations if association else companies.list_companies
        rows = [row for row in self._operations.read(listing) if row.id not in taken]
        dialog = self.make_register_dialog(association, rows)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.chosen_ids():
            return
        field = "association_id" if association else "company_id"
        chosen = dialog.chosen_ids()

        def work(session: Session) -> None:
            for party_id in chosen:
                draft = MeetingParticipantDraft(meeting_id=meeting_id, **{field: party_id})
                meetings.register_participant(session, draft)

        self.write_or_say(work, Change.MEETINGS)

    def make_register_dialog(self, association: bool, rows: list[Any]) -> RegisterDialog:
        """Separate so that tests can drive the dialog before it runs."""
        title = (
            self.tr("Inscrire des associations")
            if association
            else self.tr("Inscrire des entreprises")
        )
        return RegisterDialog(title, rows, settings=self._settings, parent=self)

    def edit_participant(self) -> None:
        """Correct the chosen registration (representatives, late arrival...)."""
        party = self.participants.selected_row()
        if party is not None:
            self.participant_dialog(party).exec()

    def participant_dialog(self, party: RegisteredParty) -> ParticipantDialog:
        """A new dialog (tests patch ``exec`` on it)."""
        return ParticipantDialog(self._operations, party.id, party.name, self)

    def unregister(self) -> None:
        """Take the selected participant off the meeting, after asking."""
        party = self.participants.selected_row()
        if party is None:
            return
        question = self.tr(
            "Désinscrire « %1 » de la rencontre ? "
            "Ses rencontres déjà évaluées restent enregistrées."
        ).replace("%1", party.name)
        if confirm(self, self.tr("Désinscrire"), question, self.tr("Désinscrire")):
            self.write_or_say(
                lambda s: meetings.unregister_participant(s, party.id), Change.MEETINGS
            )

    # --- wishes --------------------------------------------------------------------------

    def add_preference(self) -> None:
        """A new wish between two registered parties."""
        if self.meeting_id is not None:
            self.preference_dialog(None).exec()

    def edit_preference(self) -> None:
        """Change the chosen wish (it replaces the old one)."""
        row = self.preferences.selected_row()
        if row is not None:
            self.preference_dialog(row.record).exec()

    def preference_dialog(self, current: MeetingPreferenceRecord | None) -> PreferenceDialog:
        """A new dialog (tests patch ``exec`` on it)."""
        assert self.meeting_id is not None
        return PreferenceDialog(
            self._operations, self.meeting_id, self.parties, current, self, reload=self.refresh_now
        )

    def remove_preference(self) -> None:
        """Remove the chosen wish after asking."""
        row = self.preferences.selected_row()
        if row is None:
            return
        question = self.tr("Retirer le souhait « %1 — %2 » ?").replace("%1", row.association)
        question = question.replace("%2", row.company)
        if confirm(self, self.tr("Retirer le souhait"), question, self.tr("Retirer")):
            wish_id, version = row.record.id, row.record.version
            self.write_or_say(
                lambda s: meeting_outcomes.remove_preference(s, wish_id, version), Change.MEETINGS
            )
