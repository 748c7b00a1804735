"""Create or edit one session (séance) of a programme; the services' messages under the fields."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QLineEdit, QSizePolicy, QWidget
from sqlalchemy.orm import Session

from dla_desktop.domain.enums import SessionKind
from dla_desktop.domain.records import SessionDraft, SessionRecord
from dla_desktop.services import attendance, enrolment, programmes
from dla_desktop.ui.dialogs.record_dialog import RecordDialog
from dla_desktop.ui.operations import Change, Operations
from dla_desktop.ui.translations import enum_label
from dla_desktop.ui.widgets.date_edit import FRENCH, DateEdit

MAX_HOURS = 24  # the service's bound (MAX_SESSION_HOURS)


class SessionDialog(RecordDialog):
    """One session's fields; OK saves in one transaction and closes only when it was accepted."""

    def __init__(
        self,
        operations: Operations,
        programme_id: str,
        session_id: str | None = None,
        *,
        volet_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        record = (
            operations.read(lambda s: attendance.get_session(s, session_id)) if session_id else None
        )
        super().__init__(operations, "", Change.ATTENDANCE, parent)
        self._programme_id = programme_id
        self._record: SessionRecord | None = record
        volets, people = operations.read(self._read_choices)
        self.setWindowTitle(self.tr("Modifier la séance") if record else self.tr("Nouvelle séance"))
        self.setMinimumWidth(520)
        self._build(volets, people)
        self._show(self._record, volet_id)

    def _read_choices(
        self, session: Session
    ) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
        """The programme's volets and participants, for the combos."""
        volets = [
            (v.id, v.display_name) for v in programmes.list_volets(session, self._programme_id)
        ]
        people = [
            (p.association_id, p.name)
            for p in enrolment.list_participants(session, self._programme_id)
        ]
        return volets, people

    def _build(self, volets: list[tuple[str, str]], people: list[tuple[str, str]]) -> None:
        self.volet = QComboBox(objectName="volet")
        self.volet.addItem(self.tr("Aucun (comité de pilotage)"), None)
        for volet_id, name in volets:
            self.volet.addItem(name, volet_id)
        self.subgroup = QComboBox(objectName="subgroup")
        self.kind = QComboBox(objectName="kind")
        for kind in SessionKind:
            self.kind.addItem(enum_label(kind), kind)
        self.date = DateEdit("date")
        self.duration = QDoubleSpinBox(objectName="duration", decimals=1, maximum=MAX_HOURS)
        self.duration.setLocale(FRENCH)
        self.duration.setSuffix(self.tr(" h"))
        self.duration.setSingleStep(0.5)
        self.duration.setMaximumWidth(120)
        self.association = QComboBox(objectName="association")
        self.association.addItem(self.tr("— aucune —"), None)
        for association_id, name in people:
            self.association.addItem(name, association_id)
        for combo in (self.volet, self.subgroup, self.kind, self.association):
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.title = QLineEdit(objectName="title")
        self.place = QLineEdit(objectName="place")
        for name, label, field in (
            ("volet_id", self.tr("Volet :"), self.volet),
            ("subgroup_id", self.tr("Sous-groupe :"), self.subgroup),
            ("kind", self.tr("Type* :"), self.kind),
            ("date", self.tr("Date* :"), self.date),
            ("duration_hours", self.tr("Durée :"), self.duration),
            ("association_id", self.tr("Association (entretien) :"), self.association),
            ("title", self.tr("Intitulé :"), self.title),
            ("place", self.tr("Lieu :"), self.place),
        ):
            self.add_row(name, label, field)
        self.volet.currentIndexChanged.connect(self._fill_subgroups)
        self.kind.currentIndexChanged.connect(self._follow_kind)

    def _fill_subgroups(self) -> None:
        """The chosen volet's sub-groups; "Tout le volet" first."""
        volet_id = self.volet.currentData()
        groups = (
            self._operations.read(lambda s: programmes.list_subgroups(s, volet_id))
            if volet_id
            else []
        )
        self.subgroup.clear()
        self.subgroup.addItem(self.tr("Tout le volet"), None)
        for group in groups:
            self.subgroup.addItem(group.name, group.id)
        self.subgroup.setEnabled(bool(groups))

    def _follow_kind(self) -> None:
        """Only an individual interview names an association."""
        interview = self.kind.currentData() == SessionKind.ENTRETIEN
        self.association.setEnabled(interview)
        if not interview:
            self.association.setCurrentIndex(0)

    def _show(self, record: SessionRecord | None, volet_id: str | None) -> None:
        if record is not None:
            volet_id = record.volet_id
        self.volet.setCurrentIndex(max(self.volet.findData(volet_id), 0))
        self._fill_subgroups()
        if record is None:
            self.kind.setCurrentIndex(self.kind.findData(SessionKind.DEMI_JOURNEE))
            self.date.set_value(date.today())
            self.duration.setValue(3)
            self._follow_kind()
            return
        self.subgroup.setCurrentIndex(max(self.subgroup.findData(record.subgroup_id), 0))
        self.kind.setCurrentIndex(self.kind.findData(record.kind))
        self.date.set_value(record.date)
        self.duration.setValue(float(record.duration_hours))
        self._follow_kind()
        self.association.setCurrentIndex(max(self.association.findData(record.association_id), 0))
        self.title.setText(record.title)
        self.place.setText(record.place)

    def draft(self) -> SessionDraft:
        """What the dialog holds, as the services take it."""
        return SessionDraft(
            programme_id=self._programme_id,
            kind=self.kind.currentData(),
            date=self.date.value(),
            volet_id=self.volet.currentData(),
            subgroup_id=self.subgroup.currentData(),
            association_id=self.association.currentData(),
            title=self.title.text(),
            place=self.place.text(),
            duration_hours=Decimal(f"{self.duration.value():.2f}"),
        )

    def work(self) -> Callable[[Session], Any]:
        """Create the session, or update the one shown."""
        draft, record = self.draft(), self._record
        if record is None:
            return lambda s: attendance.create_session(s, draft)
        return lambda s: attendance.update_session(s, record.id, draft, record.version)
