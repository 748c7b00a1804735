"""The desktop application: one QApplication in French, the database opened, the main window.

Imported only when a window is wanted (the CLI does not load Qt), and kept free of
reportlab and the spreadsheet libraries so that the window paints fast.
"""

from __future__ import annotations

import enum
import sys
import traceback
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from dla_desktop import __version__, paths
from dla_desktop.db.database import (
    Database,
    create_database,
    open_database,
    open_database_read_only,
)
from dla_desktop.domain.errors import DatabaseFileError, DlaError
from dla_desktop.errorlog import log_exception
from dla_desktop.services.demo import write_demo
from dla_desktop.sharing.copies import copy_locally, transport_reason
from dla_desktop.ui.main_window import MainWindow
from dla_desktop.ui.translations import install_translations
from dla_desktop.ui.widgets.error_dialog import ErrorDialog

APPLICATION_NAME = "DLA Desktop"
ORGANISATION_NAME = "DLA Desktop"


def run_app(path: Path | None) -> int:
    """Open ``path`` (or nothing) in the main window; 1 if the file is refused, else Qt's code."""
    app = make_application()
    window = MainWindow()
    connect_files(window)
    show_unexpected_errors(window)
    window.show()
    if path is None:
        reopen_last_file(window)  # asks for the office itself, like every opening
    elif not open_into(window, path):
        window.close()
        return 1
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


def open_or_explain(
    path: Path, parent: QWidget | None, *, read_only: bool = False
) -> Database | None:
    """Open the file, or say in French why not (the file is left untouched) and return None."""
    try:
        return open_database_read_only(path) if read_only else open_database(path)
    except DatabaseFileError as error:
        QMessageBox.critical(
            parent,
            QCoreApplication.translate("app", "Impossible d'ouvrir la base"),
            error.message,
        )
        return None


def open_into(window: MainWindow, path: Path) -> bool:
    """Replace the window's database with ``path``, keeping the current one if it is refused.

    A file on a share, in a synced folder or on a removable disk is a transport copy:
    the user works on a local copy of it, or looks at it read-only. The base is backed
    up on opening (and once a day) unless it is shown read-only.
    """
    read_only: str | None = None
    reason = transport_reason(path)
    if reason is not None:
        choice = ask_transport_choice(window, path, reason)
        if choice is TransportChoice.CANCEL:
            return False
        if choice is TransportChoice.LOCAL_COPY:
            local = copy_locally_or_explain(window, path)
            if local is None:
                return False
            path = local
        else:
            read_only = QCoreApplication.translate("app", "fichier sur un {place}").format(
                place=reason
            )
    database = open_or_explain(path, parent=window, read_only=read_only is not None)
    if database is None:
        return False
    window.set_database(database, read_only=read_only)
    if window.read_only_reason is None and database.path is not None:
        window.guard.back_up_in_background(database.path)
        window.ask_office_if_missing()
    return True


class TransportChoice(enum.Enum):
    """The answer to "this file is on a share / synced folder / removable disk"."""

    LOCAL_COPY = enum.auto()
    READ_ONLY = enum.auto()
    CANCEL = enum.auto()


def ask_transport_choice(parent: QWidget, path: Path, reason: str) -> TransportChoice:
    """Offer a local copy (recommended), a read-only look, or nothing."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("app", "Fichier de transport"),
        QCoreApplication.translate("app", "Ce fichier est sur un {place}.").format(place=reason),
    )
    box.setParent(parent, box.windowFlags())
    box.setInformativeText(
        QCoreApplication.translate(
            "app",
            "Une base ouverte directement sur un partage, dans un dossier synchronisé ou sur "
            "une clé USB peut s'abîmer ou se dédoubler. La copie locale est faite dans "
            "votre dossier de données ; « {name} » n'est pas modifié.",
        ).format(name=path.name)
    )
    copy = box.addButton(
        QCoreApplication.translate("app", "Travailler sur une copie locale (recommandé)"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    read_only = box.addButton(
        QCoreApplication.translate("app", "Ouvrir en lecture seule"),
        QMessageBox.ButtonRole.ActionRole,
    )
    box.addButton(QCoreApplication.translate("app", "Annuler"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(copy)
    box.exec()
    clicked = box.clickedButton()
    if clicked is copy:
        return TransportChoice.LOCAL_COPY
    return TransportChoice.READ_ONLY if clicked is read_only else TransportChoice.CANCEL


def copy_locally_or_explain(parent: QWidget, path: Path) -> Path | None:
    """The local copy of a transport file, in the data folder; None (said why) if it failed."""
    try:
        return copy_locally(path, paths.data_dir())
    except DlaError as error:
        QMessageBox.critical(
            parent,
            QCoreApplication.translate("app", "Impossible de copier la base"),
            error.message,
        )
        return None


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
