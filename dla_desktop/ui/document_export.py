"""Writing a document from a page: ask where, read and lay out in the background, offer to open it.

Every document button goes through ``DocumentExport``: one save dialog that remembers
its folder, one background task (the window stays alive during a 500-association
report, "Annuler" stops a batch between two files), one message at the end.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSettings, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from sqlalchemy.orm import Session

from dla_desktop.documents.file_names import safe_file_name
from dla_desktop.ui.operations import Change, Operations, Progress

FOLDER_KEY = "documents/folder"

Read = Callable[[Session, date], Any]  # (session, date of issue) -> the document's dataclass


def file_name(*parts: str, suffix: str = ".pdf") -> str:
    """A file name proposed to the user: ``Rapport d'évaluation - Lille 2006.pdf``."""
    given = [part for part in parts if part.strip()]
    return safe_file_name(given, suffix) if given else f"document{suffix}"


@dataclass(frozen=True)
class FileKind:
    """One choice of a save dialog: the filter the user reads and the suffix it gives."""

    filter: str  # translated, with its pattern: "Classeur Excel (*.xlsx)"
    suffix: str  # ".xlsx"


def ask_save_file(
    parent: QWidget | None, title: str, start: Path, kinds: Sequence[FileKind], selected: int = 0
) -> tuple[Path, int] | None:
    """The file to write and the index of its kind in ``kinds``; None when the user cancels.

    A name typed with one of the kinds' suffixes keeps it (and decides the kind); any other
    name gets the suffix of the filter chosen in the dialog.
    """
    name, chosen_filter = QFileDialog.getSaveFileName(
        parent, title, str(start), ";;".join(k.filter for k in kinds), kinds[selected].filter
    )
    if not name:
        return None
    chosen = next((i for i, kind in enumerate(kinds) if kind.filter == chosen_filter), selected)
    path = Path(name)
    suffix = path.suffix.lower()
    if suffix != kinds[chosen].suffix:
        typed = [i for i, kind in enumerate(kinds) if kind.suffix == suffix]
        if typed:
            chosen = typed[0]
        else:
            path = path.with_name(path.name + kinds[chosen].suffix)
    return path, chosen


def remembered_folder(settings: QSettings, *keys: str) -> Path:
    """The first folder remembered under ``keys`` that still exists, else the user's Documents."""
    for key in keys:
        remembered = settings.value(key, "", str)
        if remembered and Path(remembered).is_dir():
            return Path(remembered)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents or Path.home())


class DocumentExport(QObject):
    """Exports documents for one page; ``parent`` is where dialogs and messages appear."""

    def __init__(self, operations: Operations, parent: QWidget) -> None:
        super().__init__(parent)
        self._operations = operations
        self._parent = parent

    # --- asking ---------------------------------------------------------------------------

    def ask_file(self, title: str, suggested: str) -> Path | None:
        """The file to write, of the kind ``suggested`` ends with (a PDF unless it says
        .xlsx); None when the user cancels (tests patch this)."""
        chosen = ask_save_file(
            self._parent, title, self._folder() / suggested, [self._file_kind(suggested)]
        )
        if chosen is None:
            return None
        path = chosen[0]
        self._remember(path.parent)
        return path

    def _file_kind(self, suggested: str) -> FileKind:
        """The save dialog's filter for the suggested name: the workbook, else a PDF."""
        if Path(suggested).suffix.lower() == ".xlsx":
            return FileKind(self.tr("Classeur Excel (*.xlsx)"), ".xlsx")
        return FileKind(self.tr("Documents PDF (*.pdf)"), ".pdf")

    def ask_folder(self, title: str) -> Path | None:
        """The folder a batch goes into, None when the user cancels (tests patch this)."""
        name = QFileDialog.getExistingDirectory(self._parent, title, str(self._folder()))
        if not name:
            return None
        self._remember(Path(name))
        return Path(name)

    def _folder(self) -> Path:
        return remembered_folder(QSettings(), FOLDER_KEY)

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
            from dla_desktop.services.exports import writing

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
            from dla_desktop.services.exports import writing

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
