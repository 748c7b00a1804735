"""The desktop application: one QApplication in French, the database opened, the main window.

Imported only when a window is wanted (the CLI does not load Qt), and kept free of
reportlab and the spreadsheet libraries so that the window paints fast.
"""

from __future__ import annotations

import sys
import traceback
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from dla_desktop import __version__, paths
from dla_desktop.db.database import Database, create_database, open_database
from dla_desktop.domain.errors import DatabaseFileError, DlaError
from dla_desktop.errorlog import log_exception
from dla_desktop.services.demo import write_demo
from dla_desktop.ui.main_window import MainWindow
from dla_desktop.ui.translations import install_translations
from dla_desktop.ui.widgets.error_dialog import ErrorDialog

APPLICATION_NAME = "DLA Desktop"
ORGANISATION_NAME = "DLA Desktop"


def run_app(path: Path | None) -> int:
    """Open ``path`` (or nothing) in the main window; 1 if the file is refused, else Qt's code."""
    app = make_application()
    database = None
    if path is not None:
        database = open_or_explain(path, parent=None)
        if database is None:
            return 1
    window = MainWindow(database)
    connect_files(window)
    show_unexpected_errors(window)
    window.show()
    if database is None:
        reopen_last_file(window)  # asks for the office itself, like every opening
    else:
        window.ask_office_if_missing()
    try:
        return app.exec()
    finally:
        window.set_database(None)  # releases the file


def show_unexpected_errors(window: QWidget) -> None:
    """Errors no screen caught (a slot, a timer) reach the user in French, never as a traceback.

    Qt prints an exception raised in a slot through ``sys.excepthook``: a user error
    (DlaError) is said in a message box, anything else is logged and shown in the
    ErrorDialog with its "copy details" button; the window goes on.
    """

    def on_unexpected_error(kind: type[BaseException], error: BaseException, trace) -> None:  # noqa: ANN001
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        if isinstance(error, DlaError):
            QMessageBox.warning(
                window, QCoreApplication.translate("app", "Opération impossible"), error.message
            )
            return
        details = "".join(traceback.format_exception(kind, error, trace))
        try:
            log = log_exception("erreur inattendue", error)
        except OSError:  # a full disk must not hide the original error
            log = None
        ErrorDialog(details, log, window).exec()

    sys.excepthook = on_unexpected_error


def make_application() -> QApplication:
    """The one QApplication, named (for settings) and speaking French (dialogs included)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName(APPLICATION_NAME)
    app.setOrganizationName(ORGANISATION_NAME)
    app.setApplicationVersion(__version__)
    locale = QLocale(QLocale.Language.French, QLocale.Country.France)
    QLocale.setDefault(locale)
    install_translations(app, locale)  # Qt's own strings, plus ours unless French
    app.setWindowIcon(application_icon())
    return app


def application_icon() -> QIcon:
    """The icon of every window (title bar, task bar), shipped in resources/icons."""
    icon = resources.files("dla_desktop.resources") / "icons" / "dla-desktop.svg"
    with resources.as_file(icon) as path:
        return QIcon(str(path))


def open_or_explain(path: Path, parent: QWidget | None) -> Database | None:
    """Open the file, or say in French why not (the file is left untouched) and return None."""
    try:
        return open_database(path)
    except DatabaseFileError as error:
        QMessageBox.critical(
            parent,
            QCoreApplication.translate("app", "Impossible d'ouvrir la base"),
            error.message,
        )
        return None


def open_into(window: MainWindow, path: Path) -> None:
    """Replace the window's database with ``path``, keeping the current one if it is refused."""
    database = open_or_explain(path, parent=window)
    if database is not None:
        window.set_database(database)
        window.ask_office_if_missing()


def connect_files(window: MainWindow) -> None:
    """Answer the window's requests for a file: open, create, or the demonstration."""
    window.file_chosen.connect(lambda chosen: open_into(window, chosen))
    window.new_file_chosen.connect(lambda chosen: create_into(window, chosen))
    window.demo_requested.connect(lambda: open_demo(window))


def reopen_last_file(window: MainWindow) -> None:
    """Start where the user left off: the most recent file, if it is still there."""
    recent = window.recent_files()
    if recent and recent[0].is_file():
        open_into(window, recent[0])


def create_into(window: MainWindow, path: Path) -> None:
    """Create an empty base at ``path``, show it and ask which office works in it."""
    try:
        database = create_database(path)
    except DatabaseFileError as error:
        QMessageBox.critical(
            window,
            QCoreApplication.translate("app", "Impossible de créer la base"),
            error.message,
        )
        return
    window.set_database(database)
    window.ask_office_if_missing()


def demo_path() -> Path:
    """The demonstration base, in the user's data folder (written on first use)."""
    return paths.data_dir() / "demo.dla"


def open_demo(window: MainWindow) -> None:
    """Open the demonstration base, writing it first if it is not there yet."""
    path = demo_path()
    if not path.exists():
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            write_demo(path)
        except DlaError as error:
            _cannot_write_demo(window, error.message)
            return
        except OSError as error:  # disk full, read-only folder: strerror would be English
            _cannot_write_demo(
                window,
                QCoreApplication.translate(
                    "app", "Erreur système {number} en écrivant {path}."
                ).format(number=error.errno, path=path),
            )
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
    open_into(window, path)


def _cannot_write_demo(window: MainWindow, message: str) -> None:
    QMessageBox.critical(
        window, QCoreApplication.translate("app", "Impossible de créer la démonstration"), message
    )
