"""The main window: navigation on the left, the pages on the right, the File menu.

It never opens a file itself: it asks (``file_chosen``, ``new_file_chosen``,
``demo_requested``) and ``app.py`` answers with ``set_database`` (opening belongs to
the layers below the UI). Each open database gets one ``Operations``, through which
every page reads and writes.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QListWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from dla_desktop.db.database import Database
from dla_desktop.services import offices
from dla_desktop.ui.dialogs.office_dialog import OfficeDialog
from dla_desktop.ui.operations import Operations
from dla_desktop.ui.pages import list_pages
from dla_desktop.ui.pages.list_pages import ListPage
from dla_desktop.ui.pages.placeholder_page import PlaceholderPage
from dla_desktop.ui.pages.start_page import StartPage

log = logging.getLogger(__name__)

PAGE_KEYS = (
    "dashboard",
    "programmes",
    "associations",
    "companies",
    "cabinets",
    "partnerships",
    "meetings",
    "followup",
)
MAX_RECENT_FILES = 5
RECENT_FILES_KEY = "recent_files"


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
        self.setCentralWidget(self._central)
        self._build_pages()
        self._build_menus()
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.record_opened.connect(self._on_record_opened)
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

    def set_database(self, database: Database | None) -> None:
        """Show ``database`` (or none); the one it replaces is closed so its file is released."""
        if database is not self._database:
            self._release_database()
            self._database = database
            if database is not None:
                self._operations = Operations(database, self)
                if database.path is not None:
                    self._remember_file(database.path)
            for page in self._all_pages():
                page.set_operations(self._operations)
        self._office_action.setEnabled(database is not None)
        self._central.setCurrentIndex(0 if database is None else 1)
        self._show_title()

    def _release_database(self) -> None:
        """Let running work end, detach the pages, then close the file."""
        if self._operations is not None:
            self._operations.wait()
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
        self.setWindowTitle(f"{title} — {office}" if office else title)
        self.statusBar().showMessage(str(path))

    def choose_office(self) -> bool:
        """Ask which office works in this file; True when one was saved."""
        if self._operations is None:
            return False
        saved = OfficeDialog(self._operations, self).exec() == QDialog.DialogCode.Accepted
        if saved:
            self._show_title()  # the title names the new office
        return saved

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
            self.tr("Programmes"),
            self.tr("Associations"),
            self.tr("Entreprises"),
            self.tr("Cabinets"),
            self.tr("Partenariats"),
            self.tr("Rencontres"),
            self.tr("Suivi"),
        )

    def _build_pages(self) -> None:
        titles = dict(zip(PAGE_KEYS, self._page_titles(), strict=True))
        specs = {
            "programmes": list_pages.PROGRAMME_LIST,
            "associations": list_pages.ASSOCIATION_LIST,
            "companies": list_pages.COMPANY_LIST,
            "cabinets": list_pages.CABINET_LIST,
            "partnerships": list_pages.PARTNERSHIP_LIST,
            "meetings": list_pages.MEETING_LIST,
        }
        placeholders = {
            "dashboard": self.tr(
                "Ici viendront les chiffres clés de tous les programmes : associations "
                "accompagnées, emplois concernés, budget, partenariats par catégorie et "
                "par année, avec leurs graphiques."
            ),
            "followup": self.tr(
                "Ici viendra le suivi des associations après l’accompagnement : jours "
                "prévus et réalisés, actions menées, réponses aux questionnaires."
            ),
        }
        for key in PAGE_KEYS:
            if key in specs:
                page: QWidget = ListPage(
                    specs[key], titles[key], settings=self._settings, parent=self.pages
                )
                page.record_opened.connect(self.record_opened)
            else:
                page = PlaceholderPage(titles[key], placeholders[key], self.pages)
            page.setObjectName(f"{key}_page")
            self.pages.addWidget(page)
            self.navigation.addItem(titles[key])
        self.navigation.setCurrentRow(0)

    def _all_pages(self) -> list[ListPage | PlaceholderPage]:
        return [self.pages.widget(number) for number in range(self.pages.count())]  # type: ignore[misc]

    def page(self, key: str) -> QWidget:
        return self.pages.widget(PAGE_KEYS.index(key))

    def current_page_key(self) -> str:
        return PAGE_KEYS[self.pages.currentIndex()]

    def show_page(self, key: str) -> None:
        self.navigation.setCurrentRow(PAGE_KEYS.index(key))

    def focus_search(self) -> None:
        """Ctrl+F, from anywhere in the window: the current page's search box."""
        page = self.pages.currentWidget()
        if self._database is not None and hasattr(page, "focus_search"):
            page.focus_search()

    def _on_record_opened(self, kind: str, id: str) -> None:
        log.info("record page not built yet: %s %s", kind, id)  # issue 3's record pages

    # --- files -------------------------------------------------------------------------

    def on_open_action_triggered(self) -> None:
        """Ask for a .dla file; ``file_chosen`` lets the application open it."""
        path = self.choose_file()
        if path is not None:
            self.file_chosen.emit(path)

    def on_new_action_triggered(self) -> None:
        """Ask where to create a new file; ``new_file_chosen`` lets the application create it."""
        path = self.choose_new_file()
        if path is not None:
            self.new_file_chosen.emit(path)

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
            self._action(self.tr("Ouvrir la &démonstration"), "demo_action", self.demo_requested)
        )
        self._recent_menu = QMenu(self.tr("Fichiers &récents"), self)
        self._recent_menu.setObjectName("recent_menu")
        file_menu.addMenu(self._recent_menu)
        self._fill_recent_menu()
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
        self._build_view_menu()

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
        self.save_layout()
        super().closeEvent(event)
