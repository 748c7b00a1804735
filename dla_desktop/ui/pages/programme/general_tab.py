"""The programme's own form (tab Général): what it is, who runs it, when, and what it taught."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dla_desktop.domain.enums import ProgrammeStatus
from dla_desktop.domain.errors import NotFoundError, ValidationError
from dla_desktop.domain.records import ProgrammeDraft, ProgrammeRecord
from dla_desktop.services import offices, programmes
from dla_desktop.ui.dialogs.form_fields import text_area
from dla_desktop.ui.dialogs.record_dialog import show_form_errors
from dla_desktop.ui.operations import Change, Operations
from dla_desktop.ui.pages.programme.tab_base import ProgrammeTab
from dla_desktop.ui.translations import enum_label
from dla_desktop.ui.widgets.date_edit import DateEdit
from dla_desktop.ui.widgets.form_errors import FormErrors
from dla_desktop.ui.widgets.money_edit import MoneyEdit

MAX_INVITED = 100_000
MAX_REMINDER_DAYS = 365


def shown_waves(stored: str) -> str:
    """``"3,6,12"`` as typed by people: ``"3, 6, 12"``."""
    return ", ".join(part.strip() for part in stored.split(",") if part.strip())


class GeneralTab(ProgrammeTab):
    """Create or edit a programme's own fields; ``record_saved`` after each save."""

    record_saved = Signal(object)  # the ProgrammeRecord, after a save
    record_shown = Signal()  # after any (re)load or save: the page's title line follows
    changes: ClassVar[Change] = Change.PROGRAMMES | Change.OFFICES

    def __init__(
        self, operations: Operations, programme_id: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(operations, programme_id, parent)
        self._record: ProgrammeRecord | None = None
        self._errors = FormErrors()
        self._build_fields()
        self._build_layout()
        self.refresh_now()  # at once: the page's title line shows the record

    # --- building ------------------------------------------------------------------------

    def _build_fields(self) -> None:
        self.title = QLineEdit(objectName="title")
        self.theme = QLineEdit(objectName="theme")
        self.status = QComboBox(objectName="status")
        for status in ProgrammeStatus:
            self.status.addItem(enum_label(status), status.value)
        self.offices = QListWidget(objectName="offices")
        self.offices.setMaximumHeight(90)
        self.info_meeting_date = DateEdit("info_meeting_date", optional=True)
        self.start_date = DateEdit("start_date", optional=True)
        self.end_date = DateEdit("end_date", optional=True)
        self.invited_count = QSpinBox(objectName="invited_count", minimum=-1, maximum=MAX_INVITED)
        self.invited_count.setSpecialValueText(self.tr("non renseigné"))
        self.budget = MoneyEdit(objectName="budget")
        self.questionnaire_waves = QLineEdit(objectName="questionnaire_waves")
        self.questionnaire_waves.setPlaceholderText("3, 6, 12")
        self.questionnaire_waves.setToolTip(
            self.tr(
                "Mois après la fin du programme où chaque association reçoit le questionnaire"
                " de suivi, séparés par des virgules (laisser vide : aucun questionnaire)."
            )
        )
        self.questionnaire_waves.setMaximumWidth(180)
        self.answer_reminder_days = QSpinBox(
            objectName="answer_reminder_days", minimum=1, maximum=MAX_REMINDER_DAYS
        )
        self.answer_reminder_days.setSuffix(self.tr(" jours"))
        self.answer_reminder_days.setToolTip(
            self.tr("Une réponse qui n'est pas revenue après ce délai apparaît dans « À faire ».")
        )
        self.answer_reminder_days.setMaximumWidth(180)
        self.answer_reminder_days.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.invited_count.setMaximumWidth(180)
        self.invited_count.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.objective = text_area()
        self.specification = text_area()
        self.history = text_area()
        self.lessons = text_area()

    def _build_layout(self) -> None:
        identity = self._group(
            self.tr("Programme"),
            [
                ("title", self.tr("Intitulé* :"), self.title),
                ("theme", self.tr("Thème :"), self.theme),
                ("status", self.tr("Statut :"), self.status),
                ("office_ids", self.tr("Bureaux :"), self.offices),
            ],
        )
        calendar = self._group(
            self.tr("Calendrier et moyens"),
            [
                ("info_meeting_date", self.tr("Réunion d'information :"), self.info_meeting_date),
                ("start_date", self.tr("Début :"), self.start_date),
                ("end_date", self.tr("Fin :"), self.end_date),
                ("invited_count", self.tr("Associations invitées :"), self.invited_count),
                ("budget", self.tr("Budget d'ingénierie :"), self.budget),
            ],
        )
        followup = self._group(
            self.tr("Suivi après le programme"),
            [
                (
                    "questionnaire_waves",
                    self.tr("Vagues de questionnaire (mois après la fin) :"),
                    self.questionnaire_waves,
                ),
                (
                    "answer_reminder_days",
                    self.tr("Relance après (jours) :"),
                    self.answer_reminder_days,
                ),
            ],
        )
        texts = QGridLayout()
        for number, (name, title, field) in enumerate(
            [
                ("objective", self.tr("Objectif"), self.objective),
                ("specification", self.tr("Cahier des charges"), self.specification),
                ("history", self.tr("Historique"), self.history),
                ("lessons", self.tr("Enseignements"), self.lessons),
            ]
        ):
            field.setObjectName(name)
            texts.addWidget(self._text_group(name, title, field), number // 2, number % 2)
        right = QVBoxLayout()
        right.addWidget(calendar)
        right.addWidget(followup)
        columns = QHBoxLayout()
        columns.addWidget(identity, 1)
        columns.addLayout(right, 1)
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.addLayout(columns)
        inner.addLayout(texts, 1)
        scroll = QScrollArea(widgetResizable=True, frameShape=QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def _group(self, title: str, rows: list[tuple[str, str, QWidget]]) -> QGroupBox:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for name, label, field in rows:
            self._errors.add_row(form, name, label, field)
        return box

    def _text_group(self, name: str, title: str, field: QPlainTextEdit) -> QGroupBox:
        """A long text under its title; its message (if any) under it."""
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._errors.add_row(form, name, "", field)
        return box

    # --- reading and writing -------------------------------------------------------------

    @property
    def record(self) -> ProgrammeRecord | None:
        """The version last loaded or saved (None before the first save)."""
        return self._record

    @property
    def errors(self) -> FormErrors:
        return self._errors

    def refresh(self) -> None:
        """Read the offices and the programme again; edits in progress are kept."""
        if self.has_unsaved_changes():
            self._fill_offices(self._operations.read(offices.list_offices), self._checked_offices())
            return
        programme_id = self._programme_id
        record = None
        if programme_id is not None:
            try:
                record = self._operations.read(lambda s: programmes.get_programme(s, programme_id))
            except NotFoundError:  # archived elsewhere: keep what is shown, saving will say why
                return
        self._show_record(record)

    def draft(self) -> ProgrammeDraft:
        """What the form holds, as the services take it (an unreadable amount as its text)."""
        invited = self.invited_count.value()
        return ProgrammeDraft(
            title=self.title.text(),
            theme=self.theme.text(),
            status=ProgrammeStatus(self.status.currentData()),
            info_meeting_date=self.info_meeting_date.value(),
            start_date=self.start_date.value(),
            end_date=self.end_date.value(),
            invited_count=None if invited < 0 else invited,
            objective=self.objective.toPlainText(),
            specification=self.specification.toPlainText(),
            budget=self.budget.amount(),  # type: ignore[arg-type]  # None: the service asks for it
            history=self.history.toPlainText(),
            lessons=self.lessons.toPlainText(),
            office_ids=tuple(self._checked_offices()),
            questionnaire_waves=self.questionnaire_waves.text(),
            answer_reminder_days=self.answer_reminder_days.value(),
        )

    def has_unsaved_changes(self) -> bool:
        return hasattr(self, "_clean") and self.draft() != self._clean

    def save(self) -> bool:
        """Validate and write in one transaction; refused fields say why underneath."""
        draft, record = self.draft(), self._record
        if record is None:
            work = lambda s: programmes.create_programme(s, draft)  # noqa: E731
        else:
            work = lambda s: programmes.update_programme(s, record.id, draft, record.version)  # noqa: E731
        try:
            saved = self._operations.write(self, work, Change.PROGRAMMES, on_stale=self.reload)
        except ValidationError as error:
            self._show_errors(error.errors)
            return False
        if saved is None:
            return False
        self._programme_id = saved.id
        self._show_record(saved)
        self.record_saved.emit(saved)
        return True

    def reload(self) -> None:
        """Show the stored version, dropping the edits (after "Recharger")."""
        if self._programme_id is not None:
            programme_id = self._programme_id
            self._show_record(
                self._operations.read(lambda s: programmes.get_programme(s, programme_id))
            )

    def _show_errors(self, errors: dict[str, str]) -> None:
        """The service's messages, with the amount reader's own words for the budget."""
        errors = dict(errors)
        problem = self.budget.problem()
        if problem is not None:
            errors["budget"] = self.tr("Budget d'ingénierie : %1.").replace("%1", problem)
        show_form_errors(self, self._errors, errors)

    # --- showing -------------------------------------------------------------------------

    def _show_record(self, record: ProgrammeRecord | None) -> None:
        self._record = record
        shown = record or ProgrammeDraft(title="")
        self.title.setText(shown.title)
        self.theme.setText(shown.theme)
        self.status.setCurrentIndex(self.status.findData(ProgrammeStatus(shown.status).value))
        self._fill_offices(self._operations.read(offices.list_offices), shown.office_ids)
        self.info_meeting_date.set_value(shown.info_meeting_date)
        self.start_date.set_value(shown.start_date)
        self.end_date.set_value(shown.end_date)
        invited = shown.invited_count
        self.invited_count.setValue(-1 if invited is None else invited)
        self.budget.set_amount(shown.budget)
        self.objective.setPlainText(shown.objective)
        self.specification.setPlainText(shown.specification)
        self.history.setPlainText(shown.history)
        self.lessons.setPlainText(shown.lessons)
        self.questionnaire_waves.setText(shown_waves(shown.questionnaire_waves))
        self.answer_reminder_days.setValue(shown.answer_reminder_days)
        self._errors.clear()
        self._clean = self.draft()
        self.record_shown.emit()

    def _fill_offices(self, known: list, checked: tuple[str, ...] | list[str]) -> None:
        self.offices.clear()
        for office in known:
            item = QListWidgetItem(office.name)
            item.setData(Qt.ItemDataRole.UserRole, office.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if office.id in checked else Qt.CheckState.Unchecked
            )
            self.offices.addItem(item)

    def _checked_offices(self) -> list[str]:
        return [
            self.offices.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.offices.count())
            if self.offices.item(row).checkState() == Qt.CheckState.Checked
        ]
