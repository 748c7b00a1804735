"""The form of one volet: what it is, who delivers it, in what format, for how much."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from dla_desktop.domain.enums import VoletKind
from dla_desktop.domain.errors import ValidationError
from dla_desktop.domain.records import CabinetRecord, VoletDraft, VoletRecord
from dla_desktop.services import programmes
from dla_desktop.ui.dialogs.form_fields import text_area
from dla_desktop.ui.dialogs.record_dialog import show_form_errors
from dla_desktop.ui.operations import Change, Operations
from dla_desktop.ui.translations import enum_label
from dla_desktop.ui.widgets.form_errors import FormErrors
from dla_desktop.ui.widgets.money_edit import MoneyEdit

MAX_SESSIONS = 365  # the service's bound


class VoletForm(QWidget):
    """Create or edit one volet of a programme; ``saved(record)`` after each save."""

    saved = Signal(object)  # the VoletRecord

    def __init__(
        self, operations: Operations, programme_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._operations = operations
        self._programme_id = programme_id
        self._record: VoletRecord | None = None
        self._errors = FormErrors()
        self._build()
        self.show_record(None)

    def _build(self) -> None:
        self.kind = QComboBox(objectName="kind")
        for kind in VoletKind:
            self.kind.addItem(enum_label(kind), kind.value)
        self.label = QLineEdit(objectName="label")
        self.label.setPlaceholderText(self.tr("par défaut, le type du volet"))
        self.cabinet = QComboBox(objectName="cabinet_id")
        self.half_days, self.days, self.interviews = (
            QSpinBox(objectName=name, maximum=MAX_SESSIONS)
            for name in ("collective_half_days", "collective_days", "interviews_per_structure")
        )
        self.contracted_amount = MoneyEdit(objectName="contracted_amount")
        self.objective = text_area()
        self.assessment = text_area()
        self.improvement_tracks = text_area()
        for text in (self.objective, self.assessment, self.improvement_tracks):
            text.setMinimumHeight(60)
        self.improvement_tracks.setPlaceholderText(self.tr("Une piste par ligne"))
        form = QFormLayout(self)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        add = self._errors.add_row
        add(form, "kind", self.tr("Type* :"), self.kind)
        add(form, "label", self.tr("Intitulé :"), self.label)
        add(form, "cabinet_id", self.tr("Cabinet :"), self.cabinet)
        add(form, "collective_half_days", self.tr("Format :"), self._format_row())
        add(
            form,
            "contracted_amount",
            self.tr("Montant contractualisé :"),
            self.contracted_amount,
        )
        add(form, "objective", self.tr("Objectif :"), self.objective)
        add(form, "assessment", self.tr("Bilan :"), self.assessment)
        add(form, "improvement_tracks", self.tr("Pistes d'amélioration :"), self.improvement_tracks)

    def _format_row(self) -> QWidget:
        """Half-days, days and interviews side by side: together they say the format."""
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        for spin, text in (
            (self.half_days, self.tr("demi-journées")),
            (self.days, self.tr("journées collectives")),
            (self.interviews, self.tr("entretiens par structure")),
        ):
            spin.setAlignment(Qt.AlignmentFlag.AlignRight)
            layout.addWidget(spin)
            layout.addWidget(QLabel(text))
            layout.addSpacing(12)
        layout.addStretch()
        return row

    # --- reading and writing -------------------------------------------------------------

    @property
    def record(self) -> VoletRecord | None:
        return self._record

    @property
    def errors(self) -> FormErrors:
        return self._errors

    def set_cabinets(self, cabinets: list[CabinetRecord]) -> None:
        """The cabinets to choose from; the current choice is kept."""
        chosen = self.cabinet.currentData()
        self.cabinet.clear()
        self.cabinet.addItem(self.tr("(aucun)"), "")
        for cabinet in cabinets:
            self.cabinet.addItem(cabinet.name, cabinet.id)
        self.cabinet.setCurrentIndex(max(self.cabinet.findData(chosen), 0))

    def draft(self) -> VoletDraft:
        amount = self.contracted_amount.amount()
        return VoletDraft(
            programme_id=self._programme_id,
            kind=VoletKind(self.kind.currentData()),
            label=self.label.text(),
            objective=self.objective.toPlainText(),
            cabinet_id=self.cabinet.currentData() or None,
            collective_half_days=self.half_days.value(),
            collective_days=self.days.value(),
            interviews_per_structure=self.interviews.value(),
            contracted_amount=Decimal(0) if amount is None else amount,
            assessment=self.assessment.toPlainText(),
            improvement_tracks=tuple(self.improvement_tracks.toPlainText().splitlines()),
        )

    def has_unsaved_changes(self) -> bool:
        return self.draft() != self._clean

    def save(self) -> bool:
        """Validate and write in one transaction; refused fields say why underneath."""
        draft, record = self.draft(), self._record
        if record is None:
            work = lambda s: programmes.create_volet(s, draft)  # noqa: E731
        else:
            work = lambda s: programmes.update_volet(s, record.id, draft, record.version)  # noqa: E731
        try:
            saved = self._operations.write(self, work, Change.PROGRAMMES, on_stale=self.reload)
        except ValidationError as error:
            self._show_errors(error.errors)
            return False
        if saved is None:
            return False
        self.show_record(saved)
        self.saved.emit(saved)
        return True

    def reload(self) -> None:
        """The stored version, edits dropped (after "Recharger")."""
        if self._record is not None:
            volet_id = self._record.id
            self.show_record(self._operations.read(lambda s: programmes.get_volet(s, volet_id)))

    def _show_errors(self, errors: dict[str, str]) -> None:
        errors = dict(errors)
        problem = self.contracted_amount.problem()
        if problem is not None:
            errors["contracted_amount"] = self.tr("Montant contractualisé : %1.").replace(
                "%1", problem
            )
        for name in ("collective_days", "interviews_per_structure"):  # shown on the format row
            if name in errors:
                errors.setdefault("collective_half_days", errors.pop(name))
        show_form_errors(self, self._errors, errors)

    def show_record(self, record: VoletRecord | None) -> None:
        """Show a stored volet, or a blank one to create (record None)."""
        self._record = record
        shown = record or VoletDraft(programme_id=self._programme_id, kind=VoletKind.MARKETING)
        self.kind.setCurrentIndex(self.kind.findData(VoletKind(shown.kind).value))
        self.label.setText(shown.label)
        cabinet_id = shown.cabinet_id or ""
        if self.cabinet.findData(cabinet_id) < 0:
            self.cabinet.addItem(self.tr("(cabinet archivé)"), cabinet_id)
        self.cabinet.setCurrentIndex(self.cabinet.findData(cabinet_id))
        self.half_days.setValue(shown.collective_half_days)
        self.days.setValue(shown.collective_days)
        self.interviews.setValue(shown.interviews_per_structure)
        self.contracted_amount.set_amount(shown.contracted_amount)
        self.objective.setPlainText(shown.objective)
        self.assessment.setPlainText(shown.assessment)
        self.improvement_tracks.setPlainText("\n".join(shown.improvement_tracks))
        self._errors.clear()
        self._clean = self.draft()
