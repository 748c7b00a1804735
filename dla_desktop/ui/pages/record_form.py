"""What every record page shares: save in one transaction, stale -> reload, ask before leaving.

A page subclasses ``RecordForm``, builds its fields (registering each with
``self.errors`` through ``form_group``), then calls ``open_record(record_id)``. It
implements the few hooks below; saving, reloading, messages under fields, the
"unsaved edits" question and the lazy refresh on ``Operations.data_changed`` live here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from dla_desktop.domain.errors import ValidationError
from dla_desktop.services import participation
from dla_desktop.ui.dialogs.contact_dialog import ContactsPanel
from dla_desktop.ui.dialogs.history_dialog import show_history
from dla_desktop.ui.dialogs.partnership_dialog import PartnershipsPanel
from dla_desktop.ui.operations import Change, Operations
from dla_desktop.ui.widgets.form_errors import FormErrors
from dla_desktop.ui.widgets.related_table import MEETING_ATTENDED_COLUMNS, RelatedTable
from dla_desktop.ui.widgets.unsaved import confirm_leaving


def form_group(title: str, rows: list[tuple[str, str, QWidget]], errors: FormErrors) -> QGroupBox:
    """A titled form whose fields each get a hidden message row underneath."""
    box = QGroupBox(title)
    form = QFormLayout(box)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    for name, label, field in rows:
        errors.add_row(form, name, label, field)
    return box


def form_tab(left: QGroupBox, right: QGroupBox, below: QGroupBox) -> QWidget:
    """The "Fiche" tab every record page shares: two groups side by side, one growing below."""
    columns = QHBoxLayout()
    columns.addWidget(left, 1)
    columns.addWidget(right, 1)
    tab = QWidget()
    layout = QVBoxLayout(tab)
    layout.addLayout(columns)
    layout.addWidget(below, 1)
    return tab


def notes_edit(object_name: str) -> QPlainTextEdit:
    """A free-text field that Tab leaves (a form is walked with Tab) and that shows a few lines."""
    text = QPlainTextEdit(objectName=object_name)
    text.setTabChangesFocus(True)
    text.setMinimumHeight(70)
    return text


# Reads one related tab's rows of the record whose id it is given.
RelatedReader = Callable[[Session, str], Sequence[Any]]


def title_label() -> QLabel:
    """The record's name at the top of its page, shown as typed (never as HTML)."""
    title = QLabel(objectName="title", textFormat=Qt.TextFormat.PlainText)
    title.setStyleSheet("font-size: 15pt; font-weight: 600")
    return title


class RecordForm(QWidget):
    """Base of the record pages: the window's contract and the save / reload / leave flow.

    Subclasses set ``changes`` (announced by a save), ``follows`` (changes that refresh
    the related tabs) and implement ``draft``, ``load_record``, ``create_record``,
    ``update_record``, ``show_fields``, ``new_title``; optionally ``warnings``. Related
    tabs are added with ``add_related`` and read together by ``show_related``.
    """

    saved = Signal(str)  # record id, after each successful save
    record_opened = Signal(str, str)  # (kind, id): the window opens that record

    changes: Change = Change(0)
    follows: Change = Change(0)
    # The table whose history "Historique…" shows; "" for pages without the button.
    history_table: str = ""

    def __init__(self, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._operations = operations
        self._record: Any = None
        self._clean: Any = None
        self._stale = False
        self._writing = False
        self._related: list[tuple[Any, str, RelatedReader]] = []
        self.errors = FormErrors()
        self.title = title_label()
        self.tabs = QTabWidget(objectName="tabs")
        self.save_button = QPushButton(self.tr("Enregistrer"), objectName="save")
        self.save_button.setToolTip(self.tr("Enregistrer la fiche (Ctrl+S)"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)  # Ctrl+S is the window's (one owner)
        self.history_button = QPushButton(self.tr("Historique…"), self, objectName="history")
        self.history_button.setToolTip(self.tr("Qui a modifié quoi dans cette fiche, et quand"))
        self.history_button.clicked.connect(self.show_history)
        operations.data_changed.connect(self._on_data_changed)

    # --- hooks ---------------------------------------------------------------------------

    def draft(self) -> Any:
        """What the form holds, as the services take it."""
        raise NotImplementedError

    def load_record(self, session: Session, record_id: str) -> Any:
        """The stored record."""
        raise NotImplementedError

    def create_record(self, session: Session, draft: Any) -> Any:
        """Store a new record from the draft."""
        raise NotImplementedError

    def update_record(self, session: Session, record_id: str, draft: Any, version: int) -> Any:
        """Save the draft over the record read at ``version``."""
        raise NotImplementedError

    def show_fields(self, record: Any) -> None:
        """Put the record (or, when None, an empty new one) in the fields."""
        raise NotImplementedError

    def new_title(self) -> str:
        """The title of a record not yet saved ("Nouvelle association")."""
        raise NotImplementedError

    def warnings(self, draft: Any) -> dict[str, str]:
        """Messages worth a second look that do not block saving."""
        return {}

    def show_related(self) -> None:
        """Every related tab's rows, read in one transaction; an unsaved record has none."""
        if not self._related:
            return
        record_id = self._record.id if self._record is not None else None
        for panel, _title, _read in self._related:
            if hasattr(panel, "owner_id"):  # panels that add rows need to know to whom
                panel.owner_id = record_id
        if record_id is None:
            related: list[Sequence[Any]] = [[] for _ in self._related]
        else:
            related = self._operations.read(
                lambda s: [read(s, record_id) for _panel, _title, read in self._related]
            )
        for index, ((panel, title, _read), rows) in enumerate(
            zip(self._related, related, strict=True), start=1
        ):
            panel.set_rows(rows)
            self.set_tab(index, title, len(rows))

    def add_related(
        self, panel: Any, title: str, read: RelatedReader, opens: tuple[str, str] | None = None
    ) -> None:
        """A tab of rows about the record; ``opens`` = (kind, row attribute) opens on double-click.

        ``panel`` is a RelatedTable (or has its ``set_rows`` and ``row_activated``).
        """
        self._related.append((panel, title, read))
        self.tabs.addTab(panel, "")
        if opens is not None:
            kind, attribute = opens
            panel.row_activated.connect(
                lambda row: self.record_opened.emit(kind, getattr(row, attribute))
            )

    def add_contacts_tab(self, owner_field: str) -> None:
        """The contacts tab every structure has (``owner_field``: "association_id"...)."""
        self.contacts = ContactsPanel(self._operations, owner_field, self)
        self.add_related(self.contacts, self.tr("Contacts"), self.contacts.read)

    def add_party_tabs(self, party_field: str) -> None:
        """The partnerships and meetings tabs of a party ("association_id" or "company_id")."""
        self.partnerships = PartnershipsPanel(self._operations, party_field, self)
        self.meetings = RelatedTable(MEETING_ATTENDED_COLUMNS, object_name="meetings", stretch=1)
        self.add_related(
            self.partnerships,
            self.tr("Partenariats"),
            self.partnerships.read,
            opens=("partnership", "partnership_id"),
        )
        self.add_related(
            self.meetings,
            self.tr("Rencontres"),
            lambda s, record_id: participation.meetings_of(s, **{party_field: record_id}),
            opens=("meeting", "meeting_id"),
        )

    # --- layout --------------------------------------------------------------------------

    def lay_out(self) -> None:
        """Title, tabs, then the history button at the left and the save button at the right."""
        buttons = QHBoxLayout()
        if self.history_table:
            buttons.addWidget(self.history_button)
        else:
            self.history_button.hide()
        buttons.addStretch()
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)

    # --- reading and writing -------------------------------------------------------------

    @property
    def operations(self) -> Operations:
        return self._operations

    @property
    def record(self) -> Any:
        """The version last loaded or saved (None for a record not yet saved)."""
        return self._record

    def open_record(self, record_id: str | None) -> None:
        """Show the stored record, or an empty form for a new one."""
        if record_id is None:
            self._show_record(None)
        else:
            self._show_record(self._operations.read(lambda s: self.load_record(s, record_id)))

    def has_unsaved_changes(self) -> bool:
        return self.draft() != self._clean

    def save(self) -> bool:
        """Validate and write in one transaction; refused fields say why underneath."""
        draft, record = self.draft(), self._record
        if record is None:
            work = lambda s: self.create_record(s, draft)  # noqa: E731
        else:
            work = lambda s: self.update_record(s, record.id, draft, record.version)  # noqa: E731
        self._writing = True
        try:
            saved = self._operations.write(self, work, self.changes, on_stale=self.reload)
        except ValidationError as error:
            self.show_messages(error.errors, self.warnings(draft))
            field = self.errors.first_error(error.errors)
            if field is not None:
                field.setFocus()
            return False
        finally:
            self._writing = False
        if saved is None:
            return False
        self._show_record(saved)
        self.saved.emit(saved.id)
        return True

    def reload(self) -> None:
        """Show the stored version, dropping the edits (after "Recharger")."""
        if self._record is not None:
            self.open_record(self._record.id)

    def show_history(self) -> None:
        """The stored record's changes, newest first (edits not yet saved are not in it)."""
        if self._record is None or not self.history_table:
            return
        title = self.tr("Historique de « %1 »").replace("%1", self.heading(self._record))
        show_history(self._operations, self.history_table, self._record.id, title, self)

    def maybe_leave(self) -> bool:
        """True when the page may close: nothing unsaved, saved now, or edits dropped."""
        if not self.has_unsaved_changes():
            return True
        question = self.tr(
            "La fiche « %1 » a été modifiée. Enregistrer les modifications ?"
        ).replace("%1", self.display_name())
        return confirm_leaving(self, question, self.save)

    def heading(self, record: Any) -> str:
        """The stored record's name at the top of the page (a meeting has a title instead)."""
        return record.name

    def display_name(self) -> str:
        """The name typed in the form, or the new record's title."""
        name = getattr(self.draft(), "name", "")
        return name.strip() or self.new_title()

    # --- showing -------------------------------------------------------------------------

    def _show_record(self, record: Any) -> None:
        self._record = record
        self.show_fields(record)
        self._clean = self.draft()
        self.title.setText(self.heading(record) if record is not None else self.new_title())
        self.history_button.setEnabled(record is not None)
        self.show_messages({}, self.warnings(self._clean) if record is not None else {})
        self.show_related()

    def show_messages(self, errors: dict[str, str], warnings: dict[str, str]) -> None:
        """Messages under their fields; any other one in a box, never silently dropped."""
        unplaced = self.errors.show(errors, warnings)
        if unplaced:
            QMessageBox.warning(self, self.tr("Enregistrement impossible"), "\n".join(unplaced))

    def set_tab(self, index: int, title: str, count: int) -> None:
        """A related tab's title with its count ("Contacts (3)"); disabled before the first save."""
        text = self.tr("%1 (%2)").replace("%1", title).replace("%2", str(count))
        self.tabs.setTabText(index, text)
        self.tabs.setTabEnabled(index, self._record is not None)

    # --- following other screens ---------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self._refresh_if_shown()

    def _on_data_changed(self, change: Change) -> None:
        if change & self.follows and not self._writing:
            self._stale = True
            self._refresh_if_shown()

    def _refresh_if_shown(self) -> None:
        """Another screen changed what the record took part in: read the related tabs again.

        The fields themselves are not re-read behind the user's back: a save over a
        record changed elsewhere is refused and offers "Recharger" (optimistic locking).
        """
        if self._stale and self.isVisible():
            self._stale = False
            if self._record is not None:
                self.show_related()
