"""The list pages (programmes, associations, companies...): one class, configured per entity.

Each page reads its rows through the window's ``Operations`` when it is shown, and
again, only when shown, after an operation changed its area. Lists that a spreadsheet
can fill (associations, companies) offer "Importer…", which opens the import wizard.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from dla_desktop.domain.imports import ImportTarget
from dla_desktop.services import (
    associations,
    cabinets,
    companies,
    meetings,
    partnerships,
    programmes,
)
from dla_desktop.ui.operations import Change, Operations
from dla_desktop.ui.pages.section_page import SectionPage
from dla_desktop.ui.table_models import (
    ASSOCIATION_COLUMNS,
    COMPANY_COLUMNS,
    MEETING_COLUMNS,
    PARTNERSHIP_COLUMNS,
    PROGRAMME_COLUMNS,
    Column,
    money_column,
    text_column,
)
from dla_desktop.ui.widgets.list_panel import ListPanel

CABINET_COLUMNS = (
    text_column("name", QT_TRANSLATE_NOOP("table_models", "Nom")),
    text_column("specialty", QT_TRANSLATE_NOOP("table_models", "Spécialité")),
    text_column("town", QT_TRANSLATE_NOOP("table_models", "Commune")),
    money_column("day_rate", QT_TRANSLATE_NOOP("table_models", "Prix de journée")),
    text_column("siret", QT_TRANSLATE_NOOP("table_models", "SIRET"), sample="00000000000000"),
)


@dataclass(frozen=True)
class ListSpec:
    """What one list page shows, where its rows come from, and which changes it follows."""

    kind: str  # sent with record_opened; also names the page's saved settings
    columns: tuple[Column, ...]
    load: Callable[[Session], Sequence[Any]]
    changes: Change
    sorted_by: int | None = None  # the column the service already sorts by, if any
    import_target: ImportTarget | None = None  # a spreadsheet can fill this list


PROGRAMME_LIST = ListSpec(
    "programme", PROGRAMME_COLUMNS, programmes.list_programmes, Change.PROGRAMMES | Change.BUDGET
)
ASSOCIATION_LIST = ListSpec(
    "association",
    ASSOCIATION_COLUMNS,
    associations.list_associations,
    Change.ASSOCIATIONS,
    sorted_by=0,
    import_target=ImportTarget.ASSOCIATIONS,
)
COMPANY_LIST = ListSpec(
    "company",
    COMPANY_COLUMNS,
    companies.list_companies,
    Change.COMPANIES,
    sorted_by=0,
    import_target=ImportTarget.COMPANIES,
)
CABINET_LIST = ListSpec(
    "cabinet", CABINET_COLUMNS, cabinets.list_cabinets, Change.CABINETS, sorted_by=0
)
PARTNERSHIP_LIST = ListSpec(
    "partnership",
    PARTNERSHIP_COLUMNS,
    partnerships.partnership_rows,
    Change.PARTNERSHIPS | Change.ASSOCIATIONS | Change.COMPANIES,
)
MEETING_LIST = ListSpec("meeting", MEETING_COLUMNS, meetings.list_meetings, Change.MEETINGS)


def page_title(text: str, parent: QWidget) -> QLabel:
    """The large title at the top of every page."""
    label = QLabel(text, parent)
    label.setObjectName("page_title")
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.4)
    font.setBold(True)
    label.setFont(font)
    return label


class ListPage(SectionPage):
    """A title over a searchable list; double-click or Enter opens the record."""

    def __init__(
        self,
        spec: ListSpec,
        title: str,
        *,
        settings: QSettings | None = None,
        show_title: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        """``show_title=False`` when an enclosing page shows the title (partnerships)."""
        super().__init__(parent)
        self.spec = spec
        self.follows = spec.changes
        self._settings = settings
        self.panel = ListPanel(
            spec.columns,
            f"lists/{spec.kind}",
            settings=settings,
            find_shortcut=False,  # the window's Ctrl+F reaches every page
            parent=self,
        )
        if spec.sorted_by is None:  # the service's own order: no column claims it
            self.panel.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.panel.row_activated.connect(self._on_panel_row_activated)
        self.import_button: QPushButton | None = None
        layout = QVBoxLayout(self)
        if not show_title:
            layout.setContentsMargins(0, 0, 0, 0)
        if show_title or spec.import_target is not None:
            layout.addLayout(self._make_heading(title if show_title else ""))
        layout.addWidget(self.panel)

    def _make_heading(self, title: str) -> QHBoxLayout:
        """The title on the left, "Importer…" on the right when a spreadsheet can fill the list."""
        heading = QHBoxLayout()
        if title:
            heading.addWidget(page_title(title, self))
        heading.addStretch()
        if self.spec.import_target is not None:
            self.import_button = QPushButton(self.tr("Importer…"), self, objectName="import")
            self.import_button.setToolTip(self.tr("Importer un tableur (.xlsx, .ods, .csv)"))
            self.import_button.clicked.connect(self.open_import)
            heading.addWidget(self.import_button)
        return heading

    def read_and_show(self, operations: Operations) -> None:
        """The rows, in the service's order unless the user sorted a column."""
        self.panel.set_rows(operations.read(self.spec.load), sorted_by=self.spec.sorted_by)

    def clear(self) -> None:
        self.panel.set_rows([])

    def focus_search(self) -> None:
        self.panel.focus_search()

    def open_import(self) -> None:
        """The import wizard, aimed at this list; the list reads again after an import."""
        if self._operations is not None:
            wizard = self.make_import_wizard(self._operations)
            wizard.exec()
            wizard.deleteLater()  # with the file and the plan it holds

    def make_import_wizard(self, operations: Operations) -> QDialog:
        """Separate so that tests can drive the wizard; imported on first use (start-up)."""
        from dla_desktop.ui.dialogs.import_wizard import ImportWizard

        return ImportWizard(
            operations, self, target=self.spec.import_target, settings=self._settings
        )

    def _on_panel_row_activated(self, row: Any) -> None:
        self.record_opened.emit(self.spec.kind, row.id)
