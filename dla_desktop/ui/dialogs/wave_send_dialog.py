"""Send a questionnaire wave: one fillable PDF form and one e-mail draft per association.

The dialog only chooses (the wave, the folder, whether to send again to those who did
not answer). ``send_wave_in_background`` then marks the wave sent and writes the files
in one background transaction: if a file cannot be written, nothing is marked sent, and
the coordinator simply tries again.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from datetime import date
from email.headerregistry import Address
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from dla_desktop.domain.budget_views import FollowupView
from dla_desktop.domain.dates import add_months, format_date
from dla_desktop.domain.errors import DlaError
from dla_desktop.domain.followup_due import parse_waves
from dla_desktop.domain.questionnaire_forms import WaveMail
from dla_desktop.domain.records import ProgrammeRecord, QuestionnaireRecord
from dla_desktop.services import questionnaire_forms
from dla_desktop.ui.dialogs.import_common import count_text
from dla_desktop.ui.dialogs.record_dialog import form_layout
from dla_desktop.ui.document_export import FOLDER_KEY, remembered_folder
from dla_desktop.ui.operations import BackgroundTask, Change, Operations, Progress

if TYPE_CHECKING:
    from dla_desktop.documents.email_drafts import StagedWave

WAVES_FOLDER_KEY = "questionnaires/folder"
translate = QCoreApplication.translate


@dataclass(frozen=True)
class WaveChoice:
    """One of the programme's waves, and how many associations it still concerns."""

    months: int
    due_on: date | None  # the programme's end + months; None without an end date
    to_send: int  # live participants that have not received it
    unanswered: int  # sent, not answered: what "Renvoyer" sends again


@dataclass(frozen=True)
class WaveRequest:
    """What the user chose: sent by ``send_wave_in_background``."""

    months: int
    folder: Path
    resend: bool


@dataclass(frozen=True)
class WaveSent:
    """What was sent and written, for the summary."""

    mails: tuple[WaveMail, ...]
    paths: tuple[Path, ...]
    folder: Path


def wave_choices(
    waves: Sequence[int],
    end: date | None,
    participants: Collection[str],
    questionnaires: Sequence[QuestionnaireRecord],
) -> list[WaveChoice]:
    """Each planned wave with the participants still to reach and those still to answer."""
    choices = []
    for months in waves:
        rows = [q for q in questionnaires if q.months_after == months]
        sent = {q.association_id for q in rows if q.sent_on is not None}
        unanswered = sum(
            1
            for q in rows
            if q.sent_on is not None and q.answered_on is None and q.association_id in participants
        )
        choices.append(
            WaveChoice(
                months=months,
                due_on=add_months(end, months) if end is not None else None,
                to_send=len(set(participants) - sent),
                unanswered=unanswered,
            )
        )
    return choices


def default_choice(choices: Sequence[WaveChoice], today: date) -> int:
    """The wave to propose: the latest one due and still to send (an earlier one missed is
    less telling by now), else the next one to send, else the first."""
    due = [
        i for i, c in enumerate(choices) if c.to_send and c.due_on is not None and c.due_on <= today
    ]
    pending = [i for i, c in enumerate(choices) if c.to_send]
    return due[-1] if due else (pending or [0])[0]


class WaveSendDialog(QDialog):
    """Choose the wave and the folder; ``request()`` says what to send once accepted."""

    @classmethod
    def for_programme(
        cls,
        programme: ProgrammeRecord | None,
        view: FollowupView | None,
        today: date,
        parent: QWidget | None = None,
    ) -> WaveSendDialog:
        """The programme's waves, each with the participants it still has to reach."""
        waves = parse_waves(programme.questionnaire_waves) if programme else ()
        end = programme.end_date if programme else None
        participants = {p.association_id for p in view.participants} if view else set()
        records = [wave.record for wave in view.waves] if view else []
        choices = wave_choices(waves, end, participants, records)
        return cls(choices, today, parent, has_end=end is not None)

    def __init__(
        self,
        choices: Sequence[WaveChoice],
        today: date,
        parent: QWidget | None = None,
        *,
        has_end: bool = True,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self._has_end = has_end
        self.setWindowTitle(self.tr("Envoyer une vague de questionnaires"))
        self.setMinimumWidth(620)
        self._choices = list(choices)
        self._today = today
        self._settings = settings if settings is not None else QSettings()
        self.wave = QComboBox(objectName="wave")
        for choice in self._choices:
            self.wave.addItem(self._choice_text(choice), choice.months)
        self.folder = QLineEdit(objectName="folder", readOnly=True)
        self.folder.setPlaceholderText(self.tr("Choisissez où écrire les fichiers"))
        self.choose_folder = QPushButton(self.tr("Choisir…"), objectName="choose_folder")
        self.choose_folder.clicked.connect(self.on_choose_folder_clicked)
        self.resend = QCheckBox(objectName="resend")
        self.outcome = QLabel(objectName="outcome", wordWrap=True)
        self.buttons = QDialogButtonBox()
        self.send_button = self.buttons.addButton(
            self.tr("Écrire les formulaires"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.send_button.setObjectName("send")
        self.buttons.addButton(self.tr("Annuler"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()
        self.wave.currentIndexChanged.connect(self._update)
        self.resend.toggled.connect(self._update)
        self.wave.setCurrentIndex(default_choice(self._choices, today) if self._choices else -1)
        self._update()

    def _lay_out(self) -> None:
        intro = QLabel(
            self.tr(
                "Pour chaque association : un formulaire PDF à remplir et un brouillon d'e-mail"
                " (.eml) qui le joint, à ouvrir dans votre messagerie puis à envoyer."
                " Les associations qui ont déjà reçu la vague ne la reçoivent pas deux fois."
            ),
            wordWrap=True,
        )
        folder_row = QHBoxLayout()
        folder_row.setContentsMargins(0, 0, 0, 0)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose_folder)
        holder = QWidget()
        holder.setLayout(folder_row)
        form = form_layout()
        form.addRow(self.tr("Vague :"), self.wave)
        form.addRow(self.tr("Dossier :"), holder)
        form.addRow("", self.resend)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.outcome)
        layout.addStretch()
        layout.addWidget(self.buttons)

    def _choice_text(self, choice: WaveChoice) -> str:
        """« 6 mois après la fin (15 septembre 2025) — 4 associations à envoyer »."""
        when = self.tr("%1 mois après la fin").replace("%1", str(choice.months))
        if choice.due_on is not None:
            when += f" ({format_date(choice.due_on)})"
        if choice.to_send:
            rest = count_text(
                choice.to_send, self.tr("%1 association à envoyer"),
                self.tr("%1 associations à envoyer"),
            )  # fmt: skip
        else:
            rest = self.tr("envoyée à toutes")
        return f"{when} — {rest}"

    # --- state -----------------------------------------------------------------------------

    def current_choice(self) -> WaveChoice | None:
        index = self.wave.currentIndex()
        return self._choices[index] if 0 <= index < len(self._choices) else None

    def form_count(self) -> int:
        """How many forms sending now would write."""
        choice = self.current_choice()
        if choice is None:
            return 0
        return choice.to_send + (choice.unanswered if self.resend.isChecked() else 0)

    def _update(self) -> None:
        """The resend option's count, what will be written, and whether it can be."""
        choice = self.current_choice()
        unanswered = choice.unanswered if choice else 0
        self.resend.setText(
            self.tr("Renvoyer aux associations qui n'ont pas répondu (%1)").replace(
                "%1", str(unanswered)
            )
        )
        self.resend.setEnabled(unanswered > 0)
        count = self.form_count()
        self.outcome.setText(self._outcome_text(choice, count))
        ready = self._has_end and count > 0 and bool(self.folder.text())
        self.send_button.setEnabled(ready)

    def _outcome_text(self, choice: WaveChoice | None, count: int) -> str:
        if not self._has_end:
            return self.tr(
                "Ce programme n'a pas de date de fin : les vagues se comptent en mois après la"
                " fin de l'accompagnement. Indiquez-la dans l'onglet Général."
            )
        if choice is None:
            return self.tr(
                "Ce programme n'a pas de vague de questionnaire : indiquez-les dans l'onglet"
                " Général (par exemple 3, 6, 12)."
            )
        if count == 0:
            return self.tr(
                "Rien à écrire : toutes les associations ont reçu cette vague."
                " Cochez « Renvoyer… » pour relancer celles qui n'ont pas répondu."
            )
        text = count_text(
            count, self.tr("%1 formulaire et son brouillon d'e-mail seront écrits."),
            self.tr("%1 formulaires et leurs brouillons d'e-mail seront écrits."),
        )  # fmt: skip
        if choice.due_on is not None and choice.due_on > self._today:
            text += " " + self.tr("Attention : cette vague n'est prévue que le %1.").replace(
                "%1", format_date(choice.due_on)
            )
        return text

    def request(self) -> WaveRequest | None:
        """What to send, or None when the choice is incomplete."""
        choice = self.current_choice()
        if choice is None or not self._has_end or not self.folder.text() or not self.form_count():
            return None
        return WaveRequest(choice.months, Path(self.folder.text()), self.resend.isChecked())

    # --- the folder ----------------------------------------------------------------------

    def ask_folder(self) -> Path | None:
        """The folder the files go into; None when the user cancels (tests patch this)."""
        start = remembered_folder(self._settings, WAVES_FOLDER_KEY, FOLDER_KEY)
        title = self.tr("Dossier des questionnaires")
        name = QFileDialog.getExistingDirectory(self, title, str(start))
        return Path(name) if name else None

    def on_choose_folder_clicked(self) -> None:
        folder = self.ask_folder()
        if folder is None:
            return
        self._settings.setValue(WAVES_FOLDER_KEY, str(folder))
        self.folder.setText(str(folder))
        self._update()

    def accept(self) -> None:
        """Close only with a complete choice (the button is disabled otherwise)."""
        if self.request() is not None:
            super().accept()


# --- sending -------------------------------------------------------------------------------


def send_wave_in_background(
    operations: Operations,
    parent: QWidget,
    programme_id: str,
    request: WaveRequest,
    today: date,
    on_sent: Callable[[WaveSent], None],
) -> BackgroundTask:
    """Mark the wave sent and write its files, in one transaction off the GUI thread.

    The files are written into a hidden folder and moved into place only once the marks
    are committed: a failed or cancelled wave leaves no form of a questionnaire that
    does not exist.
    """
    staged: list[StagedWave] = []

    def work(session: Session, progress: Progress) -> tuple[WaveMail, ...]:
        from dla_desktop.documents.email_drafts import stage_wave
        from dla_desktop.services.exports import writing

        progress.report(0, 0, translate("WaveSendDialog", "Préparation des questionnaires…"))
        mails = questionnaire_forms.send_wave(
            session, programme_id, request.months, today=today, resend=request.resend
        )
        if not mails:
            return ()
        progress.report(
            0, 0, translate("WaveSendDialog", "Écriture des formulaires et des e-mails…")
        )
        with writing(request.folder):
            request.folder.mkdir(parents=True, exist_ok=True)
            staged.append(stage_wave(mails, request.folder, sender=sender_of(mails[0])))
        return tuple(mails)

    def on_committed(mails: tuple[WaveMail, ...]) -> None:
        if not staged:
            on_sent(WaveSent((), (), request.folder))
            return
        try:
            paths = publish_wave(staged[0], request.folder)
        except DlaError as error:
            operations.explain(parent, error)
            return
        on_sent(WaveSent(mails, tuple(paths), staged[0].folder))

    task = operations.run_in_background(
        parent,
        work,
        Change.FOLLOWUP,
        on_committed,
        title=translate("WaveSendDialog", "Envoi des questionnaires"),
        cancellable=False,  # files half written while the marks roll back would mislead
    )
    task.ended.connect(lambda: [wave.discard() for wave in staged])  # no-op once published
    return task


def publish_wave(staged: StagedWave, folder: Path) -> list[Path]:
    """Move a committed wave's files into place (an OSError becomes a French FileWriteError)."""
    from dla_desktop.services.exports import writing

    with writing(folder):
        return staged.publish()


def sender_of(mail: WaveMail) -> Address | str:
    """The drafts' From: the office, with its address when it has one."""
    from dla_desktop.documents.email_drafts import mail_address

    name, address = mail.content.office_name, mail.content.office_email
    return mail_address(name, address) if address else name


def show_wave_summary(parent: QWidget, sent: WaveSent) -> QMessageBox:
    """Say what was written, who has no e-mail address, and offer to open the folder."""
    box = QMessageBox(QMessageBox.Icon.Information, "", summary_text(sent))
    box.setWindowTitle(translate("WaveSendDialog", "Questionnaires"))
    box.setObjectName("wave_summary")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText(missing_addresses_text(sent))
    box.setParent(parent, box.windowFlags())
    open_button = None
    if sent.mails:
        open_button = box.addButton(
            translate("WaveSendDialog", "Ouvrir le dossier"), QMessageBox.ButtonRole.AcceptRole
        )
    box.addButton(translate("WaveSendDialog", "Fermer"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if open_button is not None and box.clickedButton() is open_button:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(sent.folder)))
    return box


def summary_text(sent: WaveSent) -> str:
    """How many forms and drafts were written, where, and what to do with them."""
    if not sent.mails:
        return translate(
            "WaveSendDialog",
            "Aucun questionnaire à envoyer : toutes les associations ont reçu cette vague.",
        )
    written = count_text(
        len(sent.mails),
        translate("WaveSendDialog", "%1 formulaire et brouillon d'e-mail écrits dans :"),
        translate("WaveSendDialog", "%1 formulaires et brouillons d'e-mail écrits dans :"),
    )
    advice = translate(
        "WaveSendDialog",
        "Ouvrez chaque brouillon (.eml) dans votre messagerie, vérifiez-le et envoyez-le.",
    )
    return f"{written}\n{sent.folder}\n\n{advice}"


def missing_addresses_text(sent: WaveSent) -> str:
    """The associations whose draft has no recipient (none of their contacts has an e-mail)."""
    missing = [mail.content.association_name for mail in sent.mails if not mail.recipients]
    if not missing:
        return ""
    title = translate(
        "WaveSendDialog", "Sans adresse e-mail (brouillon sans destinataire, à compléter) :"
    )
    return "\n".join([title, *(f"• {name}" for name in missing)])
