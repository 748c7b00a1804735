"""The import wizard: a spreadsheet into associations, companies, contacts or participants.

Four pages, nothing written before the last button: choose the file and correct how
it is read (``read_sheet``), map its columns to fields (``guess_mapping`` pre-fills),
preview the first rows as ``plan_import`` converts them, then review the whole plan
(merge / skip / create for known records) and ``apply_import`` it in one transaction
in the background (``Operations.run_in_background``). Cancelling at any step writes nothing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget, QWizard
from sqlalchemy.orm import Session

from dla_desktop.domain.imports import ImportTarget
from dla_desktop.services.imports import ImportPlan, ImportSummary, plan_import
from dla_desktop.ui.dialogs.import_common import FOLDER_KEY, READABLE, ImportState
from dla_desktop.ui.dialogs.import_file_page import FilePage
from dla_desktop.ui.dialogs.import_mapping_pages import MappingPage, PreviewPage
from dla_desktop.ui.dialogs.import_report_page import ReportPage
from dla_desktop.ui.operations import Operations


class ImportWizard(QWizard):
    """Import a spreadsheet; ``target`` and ``programme_id`` fix the destination when given."""

    def __init__(
        self,
        operations: Operations,
        parent: QWidget | None = None,
        target: ImportTarget | None = None,
        programme_id: str | None = None,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.operations = operations
        self._settings = settings if settings is not None else QSettings()
        self.state = ImportState(target=target, programme_id=programme_id)
        self.setWindowTitle(self.tr("Importer un tableur"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self._set_button_texts()
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.report_page = ReportPage(self)
        for page in (self.file_page, self.mapping_page, self.preview_page, self.report_page):
            self.addPage(page)
        self.resize(980, 680)

    def _set_button_texts(self) -> None:
        """French on every platform (offscreen and some styles show Qt's English)."""
        buttons = QWizard.WizardButton
        self.setButtonText(buttons.BackButton, self.tr("< &Précédent"))
        self.setButtonText(buttons.NextButton, self.tr("&Suivant >"))
        self.setButtonText(buttons.FinishButton, self.tr("&Importer"))
        self.setButtonText(buttons.CancelButton, self.tr("Annuler"))
        self.setButtonText(buttons.CommitButton, self.tr("&Valider"))
        self.setButtonText(buttons.HelpButton, self.tr("&Aide"))

    @property
    def summary(self) -> ImportSummary | None:
        """What the import did, once "Importer" succeeded."""
        return self.state.summary

    def plan(self, session: Session, limit: int | None) -> ImportPlan:
        """The plan of the current file, mapping and destination (writes nothing)."""
        state = self.state
        assert state.sheet is not None and state.target is not None
        return plan_import(
            session,
            state.target,
            state.sheet,
            state.mapping,
            programme_id=state.programme_id if state.target == ImportTarget.PARTICIPANTS else None,
            limit=limit,
        )

    def reject(self) -> None:
        """Annuler: nothing was written; an analysis still running is stopped."""
        self.report_page.cancel_planning()
        super().reject()

    # --- files (tests patch these two) ---------------------------------------------------------

    def ask_file(self) -> Path | None:
        """The spreadsheet to import, None when the user cancels."""
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choisir le tableur à importer"),
            str(self.folder()),
            self.tr("Tableurs (%1);;Tous les fichiers (*)").replace("%1", READABLE),
        )
        if not name:
            return None
        self.remember(Path(name).parent)
        return Path(name)

    def ask_save_path(self, suggested: str) -> Path | None:
        """Where to save the rejected rows (.xlsx or .csv), None when the user cancels."""
        xlsx = self.tr("Classeur Excel (*.xlsx)")
        csv = self.tr("Fichier CSV (*.csv)")
        name, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Enregistrer les lignes rejetées"),
            str(self.folder() / suggested),
            f"{xlsx};;{csv}",
        )
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_name(path.name + (".csv" if chosen == csv else ".xlsx"))
        self.remember(path.parent)
        return path

    def folder(self) -> Path:
        """The folder of the last file opened or saved here, else the user's documents."""
        remembered = self._settings.value(FOLDER_KEY, "", str)
        if remembered and Path(remembered).is_dir():
            return Path(remembered)
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return Path(documents or Path.home())

    def remember(self, folder: Path) -> None:
        """The next file dialog opens where the user last went."""
        self._settings.setValue(FOLDER_KEY, str(folder))
