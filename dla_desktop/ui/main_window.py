"""The main window: navigation on the left, the pages on the right, the File menu.

It never opens a file itself: it asks (``file_chosen``, ``new_file_chosen``,
``demo_requested``) and ``app.py`` answers with ``set_database`` (opening belongs to
the layers below the UI). Each open database gets one ``Operations``, through which
every page reads and writes.
"""

from __future__ import annotations

import importlib
import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QCloseEvent, QColor, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QListWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from dla_desktop.db.database import Database
from dla_desktop.domain.errors import NotFoundError
from dla_desktop.services import offices
from dla_desktop.ui.dialogs.office_dialog import OfficeDialog
from dla_desktop.ui.operations import Operations
from dla_desktop.ui.pages import list_pages
from dla_desktop.ui.pages.dashboard_page import DashboardPage
from dla_desktop.ui.pages.due_page import DuePage
from dla_desktop.ui.pages.followup_page import LATE_COLOUR, FollowUpPage
from dla_desktop.ui.pages.list_pages import ListPage
from dla_desktop.ui.pages.partnerships_page import PartnershipsPage
from dla_desktop.ui.pages.start_page import StartPage
from dla_desktop.ui.record_host import RecordHost
from dla_desktop.ui.sharing_ui import FileGuard

log = logging.getLogger(__name__)

PAGE_KEYS = (
    "dashboard",
    "due",
    "programmes",
    "associations",
    "companies",
    "cabinets",
    "partnerships",
    "meetings",
    "followup",
)
# Where each kind of record lives in the navigation.
RECORD_SECTIONS = {
    "programme": "programmes",
    "association": "associations",
    "company": "companies",
    "cabinet": "cabinets",
    "partnership": "partnerships",
    "meeting": "meetings",
}
LIST_SPECS = {
    "programmes": list_pages.PROGRAMME_LIST,
    "associations": list_pages.ASSOCIATION_LIST,
    "companies": list_pages.COMPANY_LIST,
    "cabinets": list_pages.CABINET_LIST,
    "meetings": list_pages.MEETING_LIST,
}
SectionPage = ListPage | DashboardPage | DuePage | PartnershipsPage | FollowUpPage
# What Ctrl+N creates on each section's list.
SECTION_RECORDS = {section: kind for kind, section in RECORD_SECTIONS.items()}
MAX_RECENT_FILES = 5
STATUS_MESSAGE_MS = 8000
RECENT_FILES_KEY = "recent_files"


# The page of each kind of record, imported on first use: start-up needs none of them
# (bench/bench_startup.py). Partnerships open in a dialog instead.
RECORD_PAGES = {
    "programme": "dla_desktop.ui.pages.programme.programme_page:ProgrammePage",
    "association": "dla_desktop.ui.pages.association_page:AssociationPage",
    "company": "dla_desktop.ui.pages.company_page:CompanyPage",
    "cabinet": "dla_desktop.ui.pages.cabinet_page:CabinetPage",
    "meeting": "dla_desktop.ui.pages.meeting_page:MeetingPage",
}


def record_page_class(kind: str) -> type[QWidget]:
    """The page class showing one kind of record."""
    module, name = RECORD_PAGES[kind].split(":")
    return getattr(importlib.import_module(module), name)


def read_recent_files(settings: QSettings) -> list[Path]:
    """The last files opened, newest first (an INI file turns a one-item list into a str)."""
    value = settings.value(RECENT_FILES_KEY, [])
    names = [value] if isinstance(value, str) else list(value or [])
    return [Path(name) for name in names if name]


class MainWindow(QMainWindow):
    """The application's one main window."""

    file_chosen = Signal(Path)
    new_file_chosen = Signal(Path)
    demo_requested = Signal()
    record_opened = Signal(str, str)  # kind ("association"...), id

    def __init__(
        self,
        database: Database | None = None,
        parent: QWidget | None = None,
        *,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings if settings is not None else QSettings()
        self._database: Database | None = None
        self._operations: Operations | None = None
        self.resize(1100, 700)
        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.navigation.setStyleSheet("QListWidget#navigation::item { padding: 7px 12px; }")
        self.pages = QStackedWidget(self)
        self.pages.setObjectName("pages")
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("splitter")
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([180, 920])
        self._central = QStackedWidget(self)
        start = StartPage(self)
        start.new_requested.connect(self.on_new_action_triggered)
        start.open_requested.connect(self.on_open_action_triggered)
        start.demo_requested.connect(self.demo_requested)
        self._central.addWidget(start)
        self._central.addWidget(self.splitter)
        self.guard = FileGuard(self)
        self.guard.read_only_changed.connect(self._show_title)
        self.guard.reload_requested.connect(self.file_chosen)
        self.guard.close_requested.connect(lambda: self.set_database(None))
        self.guard.message.connect(lambda text: self.statusBar().showMessage(text))
        self.setCentralWidget(self._with_banner(self._central))
        self._build_pages()
        self.record_host = RecordHost(self.pages)
        self.record_host.back_requested.connect(self.go_back)
        self.pages.addWidget(self.record_host)
        self._history: list[tuple[str, str | None]] = []  # records to go back to
        self._record: tuple[str, str | None] | None = None  # the record shown
        self._build_menus()
        self.navigation.currentRowChanged.connect(self._on_navigation_current_row_changed)
        self.record_opened.connect(self.open_record)
        self._restore_layout()
        self.set_database(database)

    # --- database ----------------------------------------------------------------------

    @property
    def database(self) -> Database | None:
        """The open store, if any (the window hands it to services, never to queries)."""
        return self._database

    @property
    def operations(self) -> Operations | None:
        """The runner of the open database: every read and write of the pages goes through it."""
        return self._operations

    def _with_banner(self, content: QWidget) -> QWidget:
        """The read-only banner above everything else."""
        holder = QWidget(self)
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.guard.banner)
        layout.addWidget(content, 1)
        return holder

    def set_database(self, database: Database | None, *, read_only: str | None = None) -> None:
        """Show ``database`` (or none); the one it replaces is closed so its file is released.

        The base is locked for this window; it is shown read-only (``read_only`` names
        why) when asked, or when another instance already works in it.
        """
        if database is not self._database:
            self.record_host.drop()  # its edits were offered for saving before (leave_record)
            self._record = None
            self._history.clear()
            self._release_database()
            self._database = database
            if database is not None:
                self._operations = Operations(database, self)
                self.guard.attach(database, self._operations, read_only)
                if database.path is not None:
                    self._remember_file(database.path)
            for page in self._all_pages():
                page.set_operations(self._operations)
        for action in (
            self._office_action,
            self._import_action,
            self._send_action,
            self._merge_action,
            self._merges_action,
            self._restore_action,
        ):
            action.setEnabled(database is not None)
        self._update_record_actions()
        self._central.setCurrentIndex(0 if database is None else 1)
        self._show_title()

    def _release_database(self) -> None:
        """Let running work end, detach the pages, then close the file."""
        if self._operations is not None:
            self._operations.wait()
            self.guard.detach()  # before the close: it holds a connection and the lock
            for page in self._all_pages():
                page.set_operations(None)
            self._operations.deleteLater()
            self._operations = None
        if self._database is not None:
            self._database.close()

    def _show_title(self) -> None:
        path = self._database.path if self._database is not None else None
        if self._database is None or path is None:
            self.setWindowTitle(self.tr("DLA Desktop"))
            self.statusBar().clearMessage()
            return
        office = self._office_name()
        title = self.tr("DLA Desktop — {name}").format(name=path.name)
        title = f"{title} — {office}" if office else title
        if self.read_only_reason is not None:
            title = self.tr("{title} (lecture seule)").format(title=title)
        self.setWindowTitle(title)
        self.statusBar().showMessage(str(path))

    @property
    def read_only_reason(self) -> str | None:
        """Why the open base cannot be written (in French), or None."""
        return self.guard.read_only_reason

    def send_to_office(self) -> None:
        """Fichier > Envoyer à un bureau…: a consistent copy named after our office."""
        if self._operations is not None:
            self.guard.send_to_office(self._office_name() or self.tr("bureau"))

    def merge_received_file(self) -> None:
        """Fichier > Fusionner un fichier reçu…, once the record on screen agrees to be left."""
        if self._operations is not None and self.leave_record():
            self.guard.merge_received_file()

    def show_merges(self) -> None:
        """Fichier > Fusions passées…: the list, and undoing one of them."""
        if self._operations is None or not self.leave_record():
            return
        from dla_desktop.ui.dialogs.merges_dialog import MergesDialog  # not needed at start-up

        dialog = MergesDialog(self._operations, self)
        dialog.exec()
        dialog.deleteLater()

    def restore_backup(self) -> None:
        """Fichier > Restaurer une sauvegarde…, once the record on screen agrees to be left."""
        if self._operations is not None and self.leave_record():
            self.guard.restore_from_backup()

    def choose_office(self) -> bool:
        """Ask which office works in this file; True when one was saved."""
        if self._operations is None:
            return False
        saved = OfficeDialog(self._operations, self).exec() == QDialog.DialogCode.Accepted
        if saved:
            self._show_title()  # the title names the new office
        return saved

    def import_spreadsheet(self) -> None:
        """The import wizard, its destination chosen on its first page."""
        if self._operations is None:
            return
        from dla_desktop.ui.dialogs.import_wizard import ImportWizard  # not needed at start-up

        wizard = ImportWizard(self._operations, self, settings=self._settings)
        wizard.exec()
        wizard.deleteLater()

    def ask_office_if_missing(self) -> None:
        """A file with no office yet (new, or made by a script) asks once when opened."""
        if self._operations is not None and not self._office_name():
            self.choose_office()

    def _office_name(self) -> str:
        """The office working in the file, for the title ("" for a file with none yet)."""
        if self._operations is None:
            return ""
        office = self._operations.read(offices.current_office)
        return office.name if office is not None else ""

    # --- pages -------------------------------------------------------------------------

    def _page_titles(self) -> tuple[str, ...]:
        """In PAGE_KEYS order."""
        return (
            self.tr("Tableau de bord"),
            self.tr("À faire"),
            self.tr("Programmes"),
            self.tr("Associations"),
            self.tr("Entreprises"),
            self.tr("Cabinets"),
            self.tr("Partenariats"),
            self.tr("Rencontres"),
            self.tr("Suivi"),
        )

    def _build_pages(self) -> None:
        for key, title in zip(PAGE_KEYS, self._page_titles(), strict=True):
            page = self._section_page(key, title)
            page.record_opened.connect(self.record_opened)
            page.setObjectName(f"{key}_page")
            self.pages.addWidget(page)
            self.navigation.addItem(title)
        self.navigation.setCurrentRow(0)
        self._connect_due_pages()

    def _connect_due_pages(self) -> None:
        """The À faire list: its count in the navigation, its way to a programme's Suivi tab."""
        due = self.page("due")
        due.counted.connect(self._show_due_count)
        due.followup_requested.connect(self.open_programme_followup)
        dashboard = self.page("dashboard")
        due.items_read.connect(dashboard.due_summary.show_items)
        dashboard.due_requested.connect(lambda: self.show_page("due"))

    def _show_due_count(self, count: int, late: int) -> None:
        """The navigation says "À faire (12)", in red while something is late."""
        number = PAGE_KEYS.index("due")
        item = self.navigation.item(number)
        title = self._page_titles()[number]
        item.setText(
            self.tr("{title} ({count})").format(title=title, count=count) if count else title
        )
        item.setForeground(QBrush(QColor(LATE_COLOUR)) if late else QBrush())
        item.setToolTip(
            self.tr("{count} à faire, dont {late} en retard").format(count=count, late=late)
            if count
            else ""
        )

    def _section_page(self, key: str, title: str) -> SectionPage:
        """The page of one navigation entry: a list, or a page of its own."""
        own_pages: dict[str, type[DashboardPage | DuePage | PartnershipsPage | FollowUpPage]] = {
            "dashboard": DashboardPage,
            "due": DuePage,
            "partnerships": PartnershipsPage,
            "followup": FollowUpPage,
        }
        if key in own_pages:
            return own_pages[key](title, settings=self._settings, parent=self.pages)
        return ListPage(LIST_SPECS[key], title, settings=self._settings, parent=self.pages)

    def _all_pages(self) -> list[SectionPage]:
        """The section pages (the record host follows the window's database itself)."""
        return [self.pages.widget(number) for number in range(len(PAGE_KEYS))]  # type: ignore[misc]

    def page(self, key: str) -> QWidget:
        return self.pages.widget(PAGE_KEYS.index(key))

    def current_page_key(self) -> str:
        """The section selected in the navigation (a record shows inside its section)."""
        return PAGE_KEYS[max(self.navigation.currentRow(), 0)]

    def show_page(self, key: str) -> bool:
        """Show a section's page; False when an open record refused to be left."""
        if not self.leave_record():
            return False
        self._select_section(key)
        self.pages.setCurrentIndex(PAGE_KEYS.index(key))
        self._update_record_actions()
        return True

    def _select_section(self, key: str) -> None:
        """Highlight a section in the navigation without reacting to it."""
        blocked = self.navigation.blockSignals(True)
        self.navigation.setCurrentRow(PAGE_KEYS.index(key))
        self.navigation.blockSignals(blocked)

    def _on_navigation_current_row_changed(self, row: int) -> None:
        if row < 0:
            return
        if not self.show_page(PAGE_KEYS[row]):  # the record stays: so does its section
            assert self._record is not None
            self._select_section(RECORD_SECTIONS[self._record[0]])

    def focus_search(self) -> None:
        """Ctrl+F, from anywhere in the window: the current page's search box."""
        page = self.pages.currentWidget()
        if self._database is not None and hasattr(page, "focus_search"):
            page.focus_search()

    # --- records -----------------------------------------------------------------------

    @property
    def record_page(self) -> QWidget | None:
        """The record page on screen, if any."""
        return self.record_host.page if self.pages.currentWidget() is self.record_host else None

    def open_record(self, kind: str, record_id: str | None) -> bool:
        """Show a record's page (``None``: a new one); the page shown before is kept to go back."""
        if self._operations is None or kind not in RECORD_SECTIONS:
            return False
        if kind == "partnership":  # a dialog over the current screen
            return self._open_partnership(record_id)
        previous = self._record
        if not self.leave_record():
            return False
        if (
            previous is not None and previous[1] is not None
        ):  # a blank new form: nothing to return to
            self._history.append(previous)
        self._show_record(kind, record_id)
        return True

    def _show_record(self, kind: str, record_id: str | None) -> None:
        assert self._operations is not None
        section = RECORD_SECTIONS[kind]
        try:
            page = record_page_class(kind)(self._operations, record_id)
        except NotFoundError as error:  # archived meanwhile (here or by a merged file)
            self.show_page(section)
            self.statusBar().showMessage(error.message, STATUS_MESSAGE_MS)
            return
        page.setObjectName(f"{kind}_record_page")
        page.record_opened.connect(self.record_opened)
        page.saved.connect(lambda saved_id, kind=kind: self._on_record_saved(kind, saved_id))
        self.record_host.show_page(page, self._page_titles()[PAGE_KEYS.index(section)])
        self._record = (kind, record_id)
        self._select_section(section)
        self.pages.setCurrentWidget(self.record_host)
        self._update_record_actions()

    def _on_record_saved(self, kind: str, record_id: str) -> None:
        """A new record, once saved, is the one to come back to."""
        self._record = (kind, record_id)

    def leave_record(self) -> bool:
        """Close the record page if it agrees; True when none is left on screen."""
        if not self.record_host.leave():
            return False
        self._record = None
        self._update_record_actions()
        return True

    def go_back(self) -> None:
        """The page shown before this record: the previous record, else the section's list."""
        if self._record is None:
            return
        section = RECORD_SECTIONS[self._record[0]]
        if not self.leave_record():
            return
        if self._history:
            self._show_record(*self._history.pop())
        else:
            self.pages.setCurrentIndex(PAGE_KEYS.index(section))

    def open_programme_followup(self, programme_id: str) -> None:
        """A programme's page on its Suivi tab (from the À faire list)."""
        if not self.open_record("programme", programme_id):
            return
        from dla_desktop.ui.pages.programme.followup_tab import FollowupTab  # as the page is

        page = self.record_page
        tab = page.tab(FollowupTab) if page is not None else None  # type: ignore[attr-defined]
        if tab is not None:
            page.tabs.setCurrentWidget(tab)  # type: ignore[union-attr]

    def _open_partnership(self, record_id: str | None) -> bool:
        """Create or edit a partnership in its dialog; True when it was saved."""
        assert self._operations is not None
        from dla_desktop.ui.dialogs.partnership_dialog import PartnershipDialog

        dialog = PartnershipDialog(self._operations, record_id, self)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def new_record(self) -> None:
        """Ctrl+N: a new record of the kind shown (a programme on the programme list...)."""
        kind = self._record[0] if self._record else SECTION_RECORDS.get(self.current_page_key())
        if kind is not None:
            self.open_record(kind, None)

    def save_record(self) -> None:
        """Ctrl+S: save the record page shown."""
        page = self.record_page
        if page is not None:
            page.save()  # type: ignore[attr-defined]

    def _update_record_actions(self) -> None:
        """Ctrl+S only with a record on screen; Ctrl+N where a kind of record is shown."""
        has_database = self._operations is not None
        creatable = self._record is not None or self.current_page_key() in SECTION_RECORDS
        self._save_record_action.setEnabled(has_database and self._record is not None)
        self._new_record_action.setEnabled(has_database and creatable)

    # --- files -------------------------------------------------------------------------

    def on_open_action_triggered(self) -> None:
        """Ask for a .dla file; ``file_chosen`` lets the application open it."""
        if not self.leave_record():
            return
        path = self.choose_file()
        if path is not None:
            self.file_chosen.emit(path)

    def on_new_action_triggered(self) -> None:
        """Ask where to create a new file; ``new_file_chosen`` lets the application create it."""
        if not self.leave_record():
            return
        path = self.choose_new_file()
        if path is not None:
            self.new_file_chosen.emit(path)

    def request_demo(self) -> None:
        """Open the demo, once the record on screen agrees to be left."""
        if self.leave_record():
            self.demo_requested.emit()

    def _start_folder(self) -> Path:
        path = self._database.path if self._database is not None else None
        return path.parent if path is not None else Path.home()

    def choose_file(self) -> Path | None:
        """The file dialog, on its own so tests can replace it."""
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Ouvrir une base"),
            str(self._start_folder()),
            self.tr("Bases DLA Desktop (*.dla)"),
        )
        return Path(name) if name else None

    def choose_new_file(self) -> Path | None:
        """The save dialog for a new base; ``.dla`` is added when the name lacks it."""
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Nouvelle base"),
            str(self._start_folder() / self.tr("Nouvelle base.dla")),
            self.tr("Bases DLA Desktop (*.dla)"),
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".dla" else path.with_name(path.name + ".dla")

    def recent_files(self) -> list[Path]:
        return read_recent_files(self._settings)

    def _remember_file(self, path: Path) -> None:
        kept = [known for known in self.recent_files() if known != path]
        self._save_recent_files([path, *kept][:MAX_RECENT_FILES])

    def _save_recent_files(self, files: list[Path]) -> None:
        self._settings.setValue(RECENT_FILES_KEY, [str(path) for path in files])
        self._fill_recent_menu()

    def open_recent(self, path: Path) -> None:
        """Open a recent file; one that has gone is dropped from the list, with a word why."""
        if not path.is_file():
            self._save_recent_files([known for known in self.recent_files() if known != path])
            QMessageBox.warning(
                self,
                self.tr("Fichier introuvable"),
                self.tr(
                    "Le fichier « {path} » n’existe plus (déplacé ou supprimé) : "
                    "il est retiré des fichiers récents."
                ).format(path=path),
            )
            return
        if self.leave_record():
            self.file_chosen.emit(path)

    def _fill_recent_menu(self) -> None:
        self._recent_menu.clear()
        files = self.recent_files()
        for number, path in enumerate(files, start=1):
            action = self._recent_menu.addAction(f"&{number} {path.name}")
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.setData(str(path))
            action.triggered.connect(lambda _checked=False, path=path: self.open_recent(path))
        self._recent_menu.setEnabled(bool(files))

    # --- menus and layout --------------------------------------------------------------

    def _action(self, text: str, name: str, slot, shortcut: QKeySequence | None = None) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Fichier"))
        file_menu.addAction(
            self._action(self.tr("&Nouvelle base…"), "new_action", self.on_new_action_triggered)
        )
        file_menu.addAction(
            self._action(
                self.tr("&Ouvrir…"),
                "open_action",
                self.on_open_action_triggered,
                QKeySequence(QKeySequence.StandardKey.Open),
            )
        )
        file_menu.addAction(
            self._action(self.tr("Ouvrir la &démonstration"), "demo_action", self.request_demo)
        )
        self._recent_menu = QMenu(self.tr("Fichiers &récents"), self)
        self._recent_menu.setObjectName("recent_menu")
        file_menu.addMenu(self._recent_menu)
        self._fill_recent_menu()
        file_menu.addSeparator()
        self._import_action = self._action(
            self.tr("&Importer un tableur…"), "import_action", self.import_spreadsheet
        )
        self._import_action.setStatusTip(
            self.tr("Associations, entreprises, contacts ou participants d'un programme")
        )
        file_menu.addAction(self._import_action)
        file_menu.addSeparator()
        self._send_action = self._action(
            self.tr("En&voyer à un bureau…"), "send_action", self.send_to_office
        )
        self._send_action.setStatusTip(
            self.tr("Écrire une copie de la base pour un autre bureau (clé USB, partage, courriel)")
        )
        self._merge_action = self._action(
            self.tr("&Fusionner un fichier reçu…"), "merge_action", self.merge_received_file
        )
        self._merge_action.setStatusTip(
            self.tr("Reprendre dans cette base les modifications d'une copie d'un autre bureau")
        )
        self._merges_action = self._action(
            self.tr("Fusions &passées…"), "merges_action", self.show_merges
        )
        self._restore_action = self._action(
            self.tr("Re&staurer une sauvegarde…"), "restore_action", self.restore_backup
        )
        file_menu.addActions(
            [self._send_action, self._merge_action, self._merges_action, self._restore_action]
        )
        file_menu.addSeparator()
        self._office_action = self._action(
            self.tr("&Bureau de travail…"), "office_action", self.choose_office
        )
        file_menu.addAction(self._office_action)
        file_menu.addSeparator()
        quit_action = self._action(self.tr("&Quitter"), "quit_action", self.close)
        quit_action.setShortcuts(QKeySequence.StandardKey.Quit)
        if not quit_action.shortcuts():  # Windows and some desktops define no Quit key
            quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        file_menu.addAction(quit_action)
        self._build_record_menu()
        self._build_view_menu()

    def _build_record_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("Fi&che"))
        self._new_record_action = self._action(
            self.tr("&Nouvelle fiche"),
            "new_record_action",
            self.new_record,
            QKeySequence(QKeySequence.StandardKey.New),
        )
        self._save_record_action = self._action(
            self.tr("&Enregistrer la fiche"),
            "save_record_action",
            self.save_record,
            QKeySequence(QKeySequence.StandardKey.Save),
        )
        back = self._action(
            self.tr("&Retour"), "back_action", self.go_back, QKeySequence("Alt+Left")
        )
        menu.addActions([self._new_record_action, self._save_record_action, back])
        self._update_record_actions()

    def _build_view_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Affichage"))
        for number, (key, title) in enumerate(zip(PAGE_KEYS, self._page_titles(), strict=True)):
            menu.addAction(
                self._action(
                    title,
                    f"show_{key}_action",
                    lambda _checked=False, key=key: self.show_page(key),
                    QKeySequence(f"Ctrl+{number + 1}"),
                )
            )
        menu.addSeparator()
        menu.addAction(
            self._action(
                self.tr("&Rechercher"),
                "search_action",
                self.focus_search,
                QKeySequence(QKeySequence.StandardKey.Find),
            )
        )

    def _restore_layout(self) -> None:
        geometry = self._settings.value("main_window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        splitter = self._settings.value("main_window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        page = self._settings.value("main_window/page", "")
        if page in PAGE_KEYS:
            self.show_page(str(page))

    def save_layout(self) -> None:
        self._settings.setValue("main_window/geometry", self.saveGeometry())
        if self.splitter.isVisible():  # hidden behind the start page, its sizes mean nothing
            self._settings.setValue("main_window/splitter", self.splitter.saveState())
        self._settings.setValue("main_window/page", self.current_page_key())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self.leave_record():
            event.ignore()
            return
        self.save_layout()
        self.guard.detach()  # the lock goes with the window; the base is closed by the caller
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Coming back to the window: has the file changed meanwhile?"""
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.guard.check()
