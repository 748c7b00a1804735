"""Writing a PDF from a page: ask where, read and lay out in the background, offer to open it.

Every document button goes through ``DocumentExport``: one save dialog that remembers
its folder, one background task (the window stays alive during a 500-association
report, "Annuler" stops a batch between two files), one message at the end.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSettings, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from sqlalchemy.orm import Session

from dla_desktop.documents.file_names import safe_file_name
from dla_desktop.services.exports import writing
from dla_desktop.ui.operations import Change, Operations, Progress

FOLDER_KEY = "documents/folder"

Read = Callable[[Session, date], Any]  # (session, date of issue) -> the document's dataclass


def file_name(*parts: str) -> str:
    """A file name proposed to the user: ``Rapport d'évaluation - Lille 2006.pdf``."""
    given = [part for part in parts if part.strip()]
    return safe_file_name(given, ".pdf") if given else "document.pdf"


class DocumentExport(QObject):
    """Exports documents for one page; ``parent`` is where dialogs and messages appear."""

    def __init__(self, operations: Operations, parent: QWidget) -> None:
        super().__init__(parent)
        self._operations = operations
        self._parent = parent

    # --- asking ---------------------------------------------------------------------------

    def ask_file(self, title: str, suggested: str) -> Path | None:
        """The PDF file to write, None when the user cancels (tests patch this)."""
        name, _filter = QFileDialog.getSaveFileName(
            self._parent, title, str(self._folder() / suggested), self.tr("Documents PDF (*.pdf)")
        )
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        self._remember(path.parent)
        return path

    def ask_folder(self, title: str) -> Path | None:
        """The folder a batch goes into, None when the user cancels (tests patch this)."""
        name = QFileDialog.getExistingDirectory(self._parent, title, str(self._folder()))
        if not name:
            return None
        self._remember(Path(name))
        return Path(name)

    def _folder(self) -> Path:
        remembered = QSettings().value(FOLDER_KEY, "", str)
        if remembered and Path(remembered).is_dir():
            return Path(remembered)
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return Path(documents or Path.home())

    def _remember(self, folder: Path) -> None:
        QSettings().setValue(FOLDER_KEY, str(folder))

    # --- writing --------------------------------------------------------------------------

    def export_file(
        self, title: str, suggested: str, read: Read, write: Callable[[Any, Path], Path]
    ) -> None:
        """Ask for a file, then read and write it in the background."""
        path = self.ask_file(title, suggested)
        if path is None:
            return

        def work(session: Session, progress: Progress) -> list[Path]:
            progress.report(0, 0, self.tr("Lecture des données…"))
            view = read(session, date.today())
            progress.report(0, 0, self.tr("Mise en page du document…"))
            with writing(path):
                return [write(view, path)]

        self._run(title, work)

    def export_batch(
        self,
        title: str,
        read: Callable[[Session, date], Sequence[Any]],
        write: Callable[..., list[Path]],
        nothing: str,
    ) -> None:
        """Ask for a folder, then write one file per item; "Annuler" stops between two files.

        ``write(items, folder, on_written=...)``; ``nothing`` is said when there is no item.
        """
        folder = self.ask_folder(title)
        if folder is None:
            return

        def work(session: Session, progress: Progress) -> list[Path]:
            items = read(session, date.today())
            if not items:
                return []

            def on_written(done: int, total: int, name: str) -> None:
                progress.report(done, total, name)
                progress.raise_if_cancelled()

            progress.report(0, len(items), "")
            with writing(folder):
                return write(items, folder, on_written=on_written)

        self._run(title, work, nothing=nothing, folder=folder)

    def _run(
        self,
        title: str,
        work: Callable[[Session, Progress], list[Path]],
        *,
        nothing: str = "",
        folder: Path | None = None,
    ) -> None:
        self._operations.run_in_background(
            self._parent,
            work,
            Change(0),  # reads only
            lambda written: self.written(written, nothing, folder),
            title=title,
        )

    # --- telling --------------------------------------------------------------------------

    def written(self, paths: list[Path], nothing: str, folder: Path | None) -> None:
        """Say what was written and offer to open it (the file, or the batch's folder)."""
        if not paths:
            QMessageBox.information(self._parent, self.tr("Aucun document"), nothing)
            return
        if folder is None:
            text = self.tr("Le document a été écrit :\n%1").replace("%1", str(paths[0]))
            target = paths[0]
        else:
            text = self.tr("%n document(s) écrit(s) dans :\n%1", "", len(paths)).replace(
                "%1", str(folder)
            )
            target = folder
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Document écrit"), text)
        box.setParent(self._parent, box.windowFlags())
        open_button = box.addButton(
            self.tr("Ouvrir le dossier") if folder else self.tr("Ouvrir le document"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(self.tr("Fermer"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is open_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
