"""The main window: for now a placeholder that says which database is open.

The real screens (programmes, associations, partnerships...) replace the central
label later; the window already owns the File menu so that opening a file has
one home. It never opens the file itself: it asks, and ``app.py`` answers with
``set_database`` (opening belongs to the layers below the UI).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QMainWindow, QWidget

from dla_desktop.db.database import Database
from dla_desktop.services import offices
from dla_desktop.ui.dialogs.office_dialog import OfficeDialog


class MainWindow(QMainWindow):
    """The application's one main window: File menu, and a central area for the screens."""

    file_chosen = Signal(Path)

    def __init__(self, database: Database | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database: Database | None = None
        self.resize(960, 640)
        self._message = QLabel(self)
        self._message.setObjectName("placeholder_message")
        self._message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._message.setWordWrap(True)
        self._message.setMargin(32)
        font = self._message.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self._message.setFont(font)
        self.setCentralWidget(self._message)
        self._build_menus()
        self.set_database(database)

    @property
    def database(self) -> Database | None:
        """The open store, if any (the window hands it to services, never to queries)."""
        return self._database

    def set_database(self, database: Database | None) -> None:
        """Show ``database`` (or none); the one it replaces is closed so its file is released."""
        if self._database is not None and self._database is not database:
            self._database.close()
        self._database = database
        self._office_action.setEnabled(database is not None)
        path = database.path if database is not None else None
        if path is None:
            self.setWindowTitle(self.tr("DLA Desktop"))
            self._message.setText(
                self.tr(
                    "Aucune base n’est ouverte.\n\n"
                    "Choisissez Fichier › Ouvrir… pour ouvrir une base DLA Desktop "
                    "(fichier .dla)."
                )
            )
            self.statusBar().clearMessage()
            return
        office = self._office_name(database)
        title = self.tr("DLA Desktop — {name}").format(name=path.name)
        self.setWindowTitle(f"{title} — {office}" if office else title)
        self._message.setText(
            self.tr(
                "La base « {name} » est ouverte.\n\n"
                "Les écrans de travail (programmes, associations, partenariats, "
                "évaluations) arrivent bientôt."
            ).format(name=path.name)
        )
        self.statusBar().showMessage(str(path))

    def choose_office(self) -> bool:
        """Ask which office works in this file; True when one was saved."""
        if self._database is None:
            return False
        saved = OfficeDialog(self._database, self).exec() == QDialog.DialogCode.Accepted
        if saved:
            self.set_database(self._database)  # the title names the new office
        return saved

    def ask_office_if_missing(self) -> None:
        """A file with no office yet (new, or made by a script) asks once when opened."""
        if self._database is not None and not self._office_name(self._database):
            self.choose_office()

    @staticmethod
    def _office_name(database: Database) -> str:
        """The office working in the file, for the title ("" for a file with none yet)."""
        with database.reading() as session:
            office = offices.current_office(session)
        return office.name if office is not None else ""

    def on_open_action_triggered(self) -> None:
        """Ask for a .dla file; ``file_chosen`` lets the application open it."""
        path = self.choose_file()
        if path is not None:
            self.file_chosen.emit(path)

    def choose_file(self) -> Path | None:
        """The file dialog, on its own so tests can replace it."""
        start = self._database.path.parent if self._database and self._database.path else None
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Ouvrir une base"),
            str(start or Path.home()),
            self.tr("Bases DLA Desktop (*.dla)"),
        )
        return Path(name) if name else None

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Fichier"))
        open_action = QAction(self.tr("&Ouvrir…"), self)
        open_action.setObjectName("open_action")
        open_action.setShortcut(QKeySequence.StandardKey.Open)
        open_action.triggered.connect(self.on_open_action_triggered)
        file_menu.addAction(open_action)
        office_action = QAction(self.tr("&Bureau de travail…"), self)
        office_action.setObjectName("office_action")
        office_action.triggered.connect(self.choose_office)
        file_menu.addAction(office_action)
        self._office_action = office_action
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quitter"), self)
        quit_action.setObjectName("quit_action")
        quit_action.setShortcuts(QKeySequence.StandardKey.Quit)
        if not quit_action.shortcuts():  # Windows and some desktops define no Quit key
            quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
