"""The programme's Suivi tab: follow-up days per association, their actions, questionnaires.

Questionnaires go out as waves (a fillable PDF form and an e-mail draft per association)
and come back as filled PDFs, opened with "Importer des réponses…" or dropped on the tab.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dla_desktop.domain.budget_views import FollowupDays, FollowupView, WaveAnswer
from dla_desktop.domain.enums import FollowUpKind
from dla_desktop.domain.errors import ValidationError
from dla_desktop.domain.questionnaire_forms import AnswerImportRow
from dla_desktop.domain.records import FollowUpActionRecord, ProgrammeRecord
from dla_desktop.services import followup, programmes
from dla_desktop.ui.dialogs.answer_dialog import AnswerDialog
from dla_desktop.ui.dialogs.answer_import_dialog import (
    AnswerFileDrops,
    AnswerImportDialog,
    ask_answer_files,
    read_answer_files,
)
from dla_desktop.ui.dialogs.followup_action_dialog import FollowupActionDialog
from dla_desktop.ui.dialogs.followup_wave_dialog import FollowupWaveDialog
from dla_desktop.ui.dialogs.form_fields import days_spin, spin_decimal
from dla_desktop.ui.dialogs.import_common import count_text
from dla_desktop.ui.dialogs.wave_send_dialog import (
    WaveSendDialog,
    WaveSent,
    send_wave_in_background,
    show_wave_summary,
)
from dla_desktop.ui.operations import Change, Operations
from dla_desktop.ui.pages.programme.tab_base import ProgrammeTab, buttons_row
from dla_desktop.ui.table_models import (
    date_column,
    decimal_column,
    enum_column,
    money_column,
    number_column,
    text_column,
    yes_no,
)
from dla_desktop.ui.widgets.form_errors import FormErrors
from dla_desktop.ui.widgets.table_view import fit_columns, make_table, reading, selected

PARTICIPANT_COLUMNS = (
    text_column("name", QT_TRANSLATE_NOOP("table_models", "Association")),
    decimal_column(
        "planned",
        QT_TRANSLATE_NOOP("table_models", "Prévus"),
        QT_TRANSLATE_NOOP("table_models", "Jours de suivi prévus"),
    ),
    decimal_column(
        "done",
        QT_TRANSLATE_NOOP("table_models", "Réalisés"),
        QT_TRANSLATE_NOOP("table_models", "Jours de suivi réalisés (durée des actions)"),
    ),
    number_column("actions", QT_TRANSLATE_NOOP("table_models", "Actions")),
)
ACTION_COLUMNS = (
    date_column("date", QT_TRANSLATE_NOOP("table_models", "Date")),
    enum_column("kind", QT_TRANSLATE_NOOP("table_models", "Type"), FollowUpKind),
    decimal_column("duration_days", QT_TRANSLATE_NOOP("table_models", "Jours")),
    text_column("note", QT_TRANSLATE_NOOP("table_models", "Note")),
    text_column("next_step", QT_TRANSLATE_NOOP("table_models", "Prochaine étape")),
)
WAVE_COLUMNS = (
    text_column("association_name", QT_TRANSLATE_NOOP("table_models", "Association")),
    reading(
        number_column("months_after", QT_TRANSLATE_NOOP("table_models", "Délai (mois)")),
        "record.months_after",
    ),
    reading(
        date_column("sent_on", QT_TRANSLATE_NOOP("table_models", "Envoyé le")), "record.sent_on"
    ),
    reading(
        date_column("answered_on", QT_TRANSLATE_NOOP("table_models", "Répondu le")),
        "record.answered_on",
    ),
    reading(
        text_column("obtained", QT_TRANSLATE_NOOP("table_models", "Partenariat obtenu")),
        "record.partnership_obtained",
        display=yes_no,
    ),
    reading(
        text_column("company_name", QT_TRANSLATE_NOOP("table_models", "Entreprise")),
        "record.company_name",
    ),
    reading(money_column("amount", QT_TRANSLATE_NOOP("table_models", "Montant")), "record.amount"),
    reading(
        text_column(
            "source",
            QT_TRANSLATE_NOOP("table_models", "Réponse"),
            QT_TRANSLATE_NOOP(
                "table_models", "Formulaire PDF importé, ou réponse saisie à la main"
            ),
        ),
        "record",
        display=lambda record: answer_source(record),
    ),
)


def answer_source(record: Any) -> str:
    """« Formulaire » for an imported PDF, « Saisie » for an answer typed in, else nothing."""
    if record.answered_on is None:
        return ""
    if record.form_sha256:
        return QCoreApplication.translate("FollowupTab", "Formulaire")
    return QCoreApplication.translate("FollowupTab", "Saisie")


class FollowupTab(AnswerFileDrops, ProgrammeTab):
    """Who gets how many follow-up days, what was done, and who answered the questionnaires."""

    changes: ClassVar[Change] = (
        Change.FOLLOWUP | Change.ENROLMENT | Change.ASSOCIATIONS | Change.PROGRAMMES
    )

    def __init__(
        self, operations: Operations, programme_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(operations, programme_id, parent)
        self.view: FollowupView | None = None
        self.programme: ProgrammeRecord | None = None
        self.today: Callable[[], date] = date.today  # tests freeze it
        self.setAcceptDrops(True)
        self.participant_table, self.participant_model = make_table(
            PARTICIPANT_COLUMNS, "participant_table"
        )
        self.action_table, self.action_model = make_table(ACTION_COLUMNS, "action_table")
        self.wave_table, self.wave_model = make_table(WAVE_COLUMNS, "wave_table")
        self.participant_table.selectionModel().selectionChanged.connect(self._show_selected)
        self.participant_table.doubleClicked.connect(self.on_participant_table_double_clicked)
        self.action_table.doubleClicked.connect(self.on_edit_action_clicked)
        self.wave_table.doubleClicked.connect(self.on_answer_clicked)
        top = QHBoxLayout()
        top.addWidget(self._participants_box(), 1)
        top.addWidget(self._selected_box(), 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 3)
        layout.addWidget(self._waves_box(), 2)
        self._show_selected()

    # --- building ------------------------------------------------------------------------

    def _participants_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Jours de suivi par association"))
        layout = QVBoxLayout(box)
        layout.addWidget(self.participant_table)
        self.totals = QLabel(objectName="totals")
        layout.addWidget(self.totals)
        return box

    def _selected_box(self) -> QGroupBox:
        self.selected_box = QGroupBox()
        self.planned = days_spin()
        self.planned.setObjectName("followup_days_planned")
        self.save_planned = QPushButton(self.tr("Enregistrer"), objectName="save_planned")
        self.save_planned.clicked.connect(self.on_save_planned_clicked)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.planned)
        row.addWidget(self.save_planned)
        row.addStretch()
        holder = QWidget()
        holder.setLayout(row)
        form = QFormLayout()
        self.errors = FormErrors()
        self.errors.add_row(form, "followup_days_planned", self.tr("Jours prévus :"), holder)
        self.add_action = QPushButton(self.tr("Ajouter une action…"), objectName="add_action")
        edit = QPushButton(self.tr("Modifier…"), objectName="edit_action")
        remove = QPushButton(self.tr("Supprimer"), objectName="remove_action")
        self.add_action.clicked.connect(self.on_add_action_clicked)
        edit.clicked.connect(self.on_edit_action_clicked)
        remove.clicked.connect(self.on_remove_action_clicked)
        layout = QVBoxLayout(self.selected_box)
        layout.addLayout(form)
        layout.addWidget(self.action_table)
        layout.addLayout(buttons_row(self.add_action, edit, remove))
        return self.selected_box

    def _waves_box(self) -> QGroupBox:
        send = QPushButton(self.tr("Envoyer une vague…"), objectName="send_wave")
        send.setToolTip(self.tr("Écrire les formulaires PDF et les e-mails d'une vague"))
        receive = QPushButton(self.tr("Importer des réponses…"), objectName="import_answers")
        receive.setToolTip(self.tr("Lire les formulaires PDF remplis par les associations"))
        answer = QPushButton(self.tr("Saisir la réponse…"), objectName="answer")
        answer.setToolTip(self.tr("Une réponse donnée par téléphone ou sur papier"))
        note = QPushButton(self.tr("Noter un envoi…"), objectName="note_sending")
        note.setToolTip(self.tr("Un questionnaire envoyé ou posé sans formulaire PDF"))
        send.clicked.connect(self.on_send_wave_clicked)
        receive.clicked.connect(self.on_import_answers_clicked)
        answer.clicked.connect(self.on_answer_clicked)
        note.clicked.connect(self.on_note_sending_clicked)
        box = QGroupBox(self.tr("Questionnaires"))
        layout = QVBoxLayout(box)
        self.response_rate = QLabel(objectName="response_rate", wordWrap=True)
        layout.addWidget(self.response_rate)
        layout.addWidget(self.wave_table)
        drop_hint = QLabel(
            self.tr("Astuce : déposez ici les formulaires PDF remplis pour importer les réponses.")
        )
        drop_hint.setEnabled(False)  # the palette's quieter text colour
        row = buttons_row(send, receive, answer, note)
        row.addWidget(drop_hint)
        layout.addLayout(row)
        return box

    # --- showing -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read again, keeping the selected association selected."""
        current = self.current()
        programme_id = self._programme_id
        self.view, self.programme = self._operations.read(
            lambda s: (
                followup.followup_view(s, programme_id),
                programmes.get_programme(s, programme_id),
            )
        )
        view = self.view
        self.participant_model.set_rows(view.participants)
        self.wave_model.set_rows(view.waves)
        for table in (self.participant_table, self.wave_table):
            fit_columns(table)
        self._show_totals(view)
        row = next(
            (
                r
                for r in range(self.participant_model.rowCount())
                if current is not None
                and self.participant_model.row_at(r).association_id == current.association_id
            ),
            None,
        )
        if row is not None:
            self.participant_table.selectRow(row)
        self._show_selected()

    def _show_totals(self, view: FollowupView) -> None:
        planned = sum((p.planned for p in view.participants), 0)
        done = sum((p.done for p in view.participants), 0)
        text = self.tr("Total : %1 jours prévus, %2 réalisés")
        two = PARTICIPANT_COLUMNS[1].display
        self.totals.setText(text.replace("%1", two(planned)).replace("%2", two(done)))
        self.response_rate.setText(self._response_text(view))

    def _response_text(self, view: FollowupView) -> str:
        """« 1 réponse sur 3 questionnaires envoyés (6 mois : 1/3) », or the waves planned."""
        sent = [w.record for w in view.waves if w.record.sent_on is not None]
        if not sent:
            waves = self.programme.questionnaire_waves.replace(",", ", ") if self.programme else ""
            text = self.tr("Aucun questionnaire envoyé ; vagues prévues (mois après la fin) : %1")
            return text.replace("%1", waves or self.tr("aucune"))
        answered = sum(1 for record in sent if record.answered_on is not None)
        text = (
            (self.tr("%1 réponses sur %2") if answered > 1 else self.tr("%1 réponse sur %2"))
            .replace("%1", str(answered))
            .replace("%2", count_text(
                len(sent), self.tr("%1 questionnaire envoyé"), self.tr("%1 questionnaires envoyés")
            ))
        )  # fmt: skip
        per_wave = [
            self.tr("%1 mois : %2/%3")
            .replace("%1", str(months))
            .replace("%2", str(sum(1 for r in sent if r.months_after == months and r.answered_on)))
            .replace("%3", str(sum(1 for r in sent if r.months_after == months)))
            for months in sorted({record.months_after for record in sent})
        ]
        return f"{text} ({' ; '.join(per_wave)})"

    def current(self) -> FollowupDays | None:
        """The association selected on the left."""
        return selected(self.participant_table, self.participant_model)

    def _show_selected(self, *_args: Any) -> None:
        """The selected association's planned days and actions; nothing to edit when none."""
        participant = self.current()
        self.errors.clear()
        enabled = participant is not None
        for widget in (self.planned, self.save_planned, self.add_action, self.action_table):
            widget.setEnabled(enabled)
        if participant is None:
            self.selected_box.setTitle(self.tr("Choisissez une association à gauche"))
            self.action_model.set_rows([])
            return
        self.selected_box.setTitle(participant.name)
        self.planned.setValue(float(participant.planned))
        actions = self.view.actions if self.view else ()
        self.action_model.set_rows(
            [a for a in actions if a.association_id == participant.association_id]
        )
        fit_columns(self.action_table)

    # --- writing -------------------------------------------------------------------------

    def on_save_planned_clicked(self) -> None:
        participant = self.current()
        if participant is None:
            return
        days = spin_decimal(self.planned)
        enrolment_id, version = participant.enrolment_id, participant.enrolment_version
        try:
            self.write(
                lambda s: followup.set_planned_days(s, enrolment_id, days, version),
                Change.ENROLMENT | Change.FOLLOWUP,
            )
        except ValidationError as error:
            self.errors.show(error.errors)

    def on_add_action_clicked(self) -> None:
        participant = self.current()
        if participant is not None:
            FollowupActionDialog(
                self._operations, self._programme_id, participant.association_id,
                participant.name, None, self,
            ).exec()  # fmt: skip

    def on_edit_action_clicked(self) -> None:
        participant = self.current()
        action: FollowUpActionRecord | None = selected(self.action_table, self.action_model)
        if participant is not None and action is not None:
            FollowupActionDialog(
                self._operations, self._programme_id, participant.association_id,
                participant.name, action, self,
            ).exec()  # fmt: skip

    def on_remove_action_clicked(self) -> None:
        action: FollowUpActionRecord | None = selected(self.action_table, self.action_model)
        if action is None or not self.confirm(
            self.tr("Supprimer l'action"), self.tr("Supprimer cette action de suivi ?")
        ):
            return
        action_id = action.id
        self.write(lambda s: followup.archive_followup_action(s, action_id), Change.FOLLOWUP)

    # --- questionnaires ------------------------------------------------------------------

    def wave_dialog(self) -> WaveSendDialog:
        """The programme's waves with what each still has to reach (tests drive it)."""
        return WaveSendDialog.for_programme(self.programme, self.view, self.today(), self)

    def on_send_wave_clicked(self) -> None:
        """Choose a wave and a folder, then mark it sent and write its files in the background."""
        dialog = self.wave_dialog()
        request = dialog.request() if dialog.exec() == WaveSendDialog.DialogCode.Accepted else None
        if request is not None:
            send_wave_in_background(
                self._operations, self, self._programme_id, request, self.today(),
                self.on_wave_sent,
            )  # fmt: skip

    def on_wave_sent(self, sent: WaveSent) -> None:
        """The summary: forms written, associations without an e-mail address, the folder."""
        self.last_wave_sent = sent
        show_wave_summary(self, sent)

    def on_note_sending_clicked(self) -> None:
        """A questionnaire sent or asked without a PDF form (a phone interview)."""
        people = [(p.association_id, p.name) for p in self.view.participants] if self.view else []
        FollowupWaveDialog(self._operations, self._programme_id, people, self).exec()

    def ask_answer_files(self) -> list[Path]:
        """The filled forms to import; empty when the user cancels (tests patch this)."""
        return ask_answer_files(self)

    def on_import_answers_clicked(self) -> None:
        self.import_answers(self.ask_answer_files())

    def import_answers(self, paths: Sequence[Path]) -> None:
        """Read the forms (nothing written), then confirm and store them in the dialog."""
        if paths:
            today = self.today()
            rows = read_answer_files(self._operations, paths, today)
            self.answer_import_dialog(rows, today).exec()

    def answer_import_dialog(
        self, rows: Sequence[AnswerImportRow], today: date
    ) -> AnswerImportDialog:
        """The confirmation (tests patch ``exec`` on it)."""
        return AnswerImportDialog(self._operations, rows, today, self)

    def on_files_dropped(self, paths: Sequence[Path]) -> None:
        """Filled forms dropped anywhere on the tab: imported as "Importer des réponses…" does."""
        self.import_answers(paths)

    def on_answer_clicked(self) -> None:
        wave: WaveAnswer | None = selected(self.wave_table, self.wave_model)
        if wave is not None:
            AnswerDialog(self._operations, wave.record, wave.association_name, self).exec()

    def on_participant_table_double_clicked(self, index: Any) -> None:
        self.record_opened.emit("association", self.participant_model.row_at(index).association_id)
