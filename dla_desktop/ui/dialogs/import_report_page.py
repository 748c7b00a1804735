"""The import wizard's last page: the whole plan, the choices for known records, Importer."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)
from sqlalchemy.orm import Session

from dla_desktop.domain.errors import DlaError, FileWriteError, ValidationError
from dla_desktop.domain.imports import ImportTarget
from dla_desktop.services.imports import (
    ImportPlan,
    ImportSummary,
    MatchChoice,
    RowFate,
    apply_import,
    rejected_table,
)
from dla_desktop.ui.dialogs.import_common import (
    WizardHost,
    busy,
    count_text,
    error_label,
    grouped,
    note_label,
)
from dla_desktop.ui.dialogs.import_report_model import ChoiceDelegate, ReportTableModel
from dla_desktop.ui.operations import BackgroundTask, Change, OperationCancelled, Progress
from dla_desktop.ui.translations import enum_label

# What each import may change, so the lists and tabs showing it read again.
TARGET_CHANGES = {
    ImportTarget.ASSOCIATIONS: Change.ASSOCIATIONS,
    ImportTarget.COMPANIES: Change.COMPANIES,
    ImportTarget.CONTACTS: Change.CONTACTS | Change.ASSOCIATIONS | Change.COMPANIES,
    ImportTarget.PARTICIPANTS: Change.ENROLMENT | Change.ASSOCIATIONS | Change.PROGRAMMES,
}


class ReportPage(QWizardPage):
    """The whole plan, row by row: what will be created, merged, skipped or rejected."""

    def __init__(self, host: WizardHost) -> None:
        super().__init__()
        self._host = host
        self._state = host.state
        self._task: BackgroundTask | None = None
        self._generation = 0  # which analysis is the current one
        self._writing: BackgroundTask | None = None  # "Importer" running in the background
        self._imported = False  # written: the wizard may now close
        self.setTitle(self.tr("Rapport"))
        self.setSubTitle(
            self.tr(
                "Ce que l'import fera, ligne par ligne. Rien n'est enregistré avant « Importer »."
            )
        )
        self.setFinalPage(True)
        self.counts = QLabel(objectName="counts", textFormat=Qt.TextFormat.PlainText)
        self.counts.setStyleSheet("font-weight: 600")
        self.fate_combo = QComboBox(objectName="fate_filter")
        self.fate_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.fate_combo.activated.connect(self._on_fate_combo_activated)
        self.default_label = QLabel(self.tr("Fiches déjà connues :"))
        self.default_combo = QComboBox(objectName="default_choice")
        for choice in MatchChoice:
            self.default_combo.addItem(enum_label(choice), choice.value)
        self.default_combo.setToolTip(
            self.tr(
                "Fusionner : les cellules remplies du fichier mettent à jour la fiche existante.\n"
                "Ignorer : la ligne n'est pas importée.\n"
                "Créer : une nouvelle fiche à côté de l'existante.\n"
                "La colonne Choix permet de décider ligne par ligne."
            )
        )
        self.default_combo.activated.connect(self._on_default_combo_activated)
        self.model = ReportTableModel(self)
        self.model.choices_changed.connect(self._show_outcome)
        self.table = self._make_table()
        self.save_button = QPushButton(self.tr("Enregistrer les lignes rejetées…"))
        self.save_button.setObjectName("save_rejected")
        self.save_button.clicked.connect(self.save_rejected)
        self.saved = note_label("saved")
        self.rejected_note = error_label("rejected_note")
        self.outcome = note_label("outcome")
        self.retry_button = QPushButton(self.tr("Relancer l'analyse"), objectName="retry")
        self.retry_button.clicked.connect(self.start_planning)
        self._lay_out()

    def _make_table(self) -> QTableView:
        """Fixed widths for the short columns; Détail takes the rest."""
        table = QTableView(objectName="report")
        table.setModel(self.model)
        table.setItemDelegateForColumn(ReportTableModel.CHOICE, ChoiceDelegate(table))
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(28)
        # A light selection keeps the fates' colours readable on the selected row.
        table.setStyleSheet(
            "QTableView { selection-background-color: #cfe3f7; selection-color: black; }"
        )
        table.setWordWrap(False)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.CurrentChanged
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ReportTableModel.DETAIL, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 60), (1, 170), (2, 240), (4, 130)):
            table.setColumnWidth(column, width)
        return table

    def _lay_out(self) -> None:
        """Counts, filters, the table, what Importer will do, the rejected rows."""
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Afficher :")))
        filters.addWidget(self.fate_combo)
        filters.addSpacing(24)
        filters.addWidget(self.default_label)
        filters.addWidget(self.default_combo)
        filters.addStretch()
        filters.addWidget(self.retry_button)
        saving = QHBoxLayout()
        saving.addWidget(self.rejected_note, 1)
        saving.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.outcome)
        layout.addLayout(saving)
        layout.addWidget(self.saved)

    # --- planning ----------------------------------------------------------------------------

    def initializePage(self) -> None:  # noqa: N802
        """Each arrival plans again: the mapping or the database may have changed."""
        self.start_planning()

    def cleanupPage(self) -> None:  # noqa: N802
        """Back to the preview: an analysis still running is of no use any more."""
        self.cancel_planning()
        super().cleanupPage()

    def start_planning(self) -> None:
        """Plan every row in the background (a read: the transaction writes nothing)."""
        self.cancel_planning()
        self._generation += 1
        generation = self._generation
        self._state.plan = None
        self.model.set_rows(())
        self.retry_button.hide()
        self.saved.clear()
        self.counts.setText(self.tr("Analyse du fichier en cours…"))
        self.outcome.clear()
        self._show_controls(None)
        total = len(self._state.sheet.rows) if self._state.sheet is not None else 0
        text = count_text(total, self.tr("Analyse de 1 ligne…"), self.tr("Analyse de %1 lignes…"))
        plan = self._host.plan  # reads the wizard's state, which cannot change meanwhile

        def work(session: Session, progress: Progress) -> ImportPlan:
            progress.report(0, 0, text)
            return plan(session, None)

        self._task = self._host.operations.run_in_background(
            self,
            work,
            Change(0),
            lambda result: self._on_planned(generation, result),
            title=self.tr("Analyse du fichier"),
        )
        self._task.ended.connect(lambda: self._on_task_ended(generation))
        self.completeChanged.emit()

    def cancel_planning(self) -> None:
        """Stop the analysis running (it writes nothing anyway); its result will be ignored."""
        if self._task is not None:
            self._task.cancel()
            self._task = None

    def _on_planned(self, generation: int, plan: ImportPlan) -> None:
        """Show the plan unless the user has since started another analysis."""
        if generation != self._generation:
            return  # an analysis the user left behind
        self._state.plan = plan
        self.model.set_rows(plan.rows)
        self._show_controls(plan)
        self._show_outcome()
        self.completeChanged.emit()

    def _on_task_ended(self, generation: int) -> None:
        """Cancelled or failed: the page says so instead of waiting forever."""
        if generation != self._generation:
            return
        self._task = None
        if self._state.plan is None:  # cancelled or failed: say so, offer to try again
            self.counts.setText(self.tr("L'analyse n'a pas abouti ; rien n'a été importé."))
            self.retry_button.show()

    def _show_controls(self, plan: ImportPlan | None) -> None:
        """Counts, the filter with its counts, the default choice when records are known."""
        self.fate_combo.clear()
        matches = plan.count(RowFate.MATCH) if plan is not None else 0
        rejected = plan.count(RowFate.REJECTED) if plan is not None else 0
        self.default_label.setVisible(matches > 0)
        self.default_combo.setVisible(matches > 0)
        self.table.setColumnHidden(ReportTableModel.CHOICE, matches == 0)
        self.save_button.setVisible(rejected > 0)
        self.rejected_note.setVisible(rejected > 0)
        self.rejected_note.setText(
            count_text(
                rejected,
                self.tr("1 ligne rejetée ne sera pas importée : enregistrez-la pour la corriger."),
                self.tr(
                    "%1 lignes rejetées ne seront pas importées : "
                    "enregistrez-les pour les corriger."
                ),
            )
        )
        if plan is None:
            return
        self.counts.setText(self.counts_sentence(plan))
        self.fate_combo.addItem(
            self.tr("Toutes les lignes (%1)").replace("%1", grouped(len(plan.rows))), None
        )
        for fate in RowFate:
            label = f"{enum_label(fate)} ({grouped(plan.count(fate))})"
            self.fate_combo.addItem(label, fate.value)
        self.model.set_fate_filter(None)

    # --- choices and outcome -----------------------------------------------------------------

    def set_default_choice(self, choice: MatchChoice) -> None:
        """What every known record gets unless chosen line by line."""
        self.default_combo.setCurrentIndex(self.default_combo.findData(choice.value))
        self.model.set_default_choice(choice)

    def set_choice(self, line: int, choice: MatchChoice) -> None:
        """One known record's choice, as its Choix cell would set it."""
        for number in range(self.model.rowCount()):
            if self.model.row_at(number).line == line:
                self.model.setData(self.model.index(number, ReportTableModel.CHOICE), choice.value)
                return
        raise KeyError(line)

    def expected(self) -> dict[str, int]:
        """What "Importer" will do with the current choices: created, merged, skipped..."""
        plan = self._state.plan
        result = {"created": 0, "merged": 0, "skipped": 0, "duplicates": 0, "rejected": 0}
        for row in plan.rows if plan is not None else ():
            if row.fate == RowFate.NEW:
                result["created"] += 1
            elif row.fate == RowFate.DUPLICATE:
                result["duplicates"] += 1
            elif row.fate == RowFate.REJECTED:
                result["rejected"] += 1
            else:
                choice = self.model.choice_of(row)
                key = {MatchChoice.MERGE: "merged", MatchChoice.SKIP: "skipped"}
                result[key.get(choice, "created")] += 1
        return result

    def counts_sentence(self, plan: ImportPlan) -> str:
        """The report's first line: "12 à créer, 3 déjà connues, 1 doublon, 2 rejetées"."""
        return ", ".join(
            [
                count_text(plan.count(RowFate.NEW), self.tr("1 à créer"), self.tr("%1 à créer")),
                count_text(
                    plan.count(RowFate.MATCH), self.tr("1 déjà connue"), self.tr("%1 déjà connues")
                ),
                count_text(
                    plan.count(RowFate.DUPLICATE), self.tr("1 doublon"), self.tr("%1 doublons")
                ),
                count_text(
                    plan.count(RowFate.REJECTED), self.tr("1 rejetée"), self.tr("%1 rejetées")
                ),
            ]
        )

    def outcome_lines(self, expected: Mapping[str, int]) -> list[str]:
        """One phrase per kind of outcome that occurs; "fiche" keeps every target's gender."""
        phrases = {
            "created": (self.tr("1 fiche créée"), self.tr("%1 fiches créées")),
            "merged": (
                self.tr("1 fiche existante mise à jour"),
                self.tr("%1 fiches existantes mises à jour"),
            ),
            "skipped": (
                self.tr("1 fiche déjà connue laissée telle quelle"),
                self.tr("%1 fiches déjà connues laissées telles quelles"),
            ),
            "duplicates": (
                self.tr("1 doublon du fichier ignoré"),
                self.tr("%1 doublons du fichier ignorés"),
            ),
        }
        return [
            count_text(expected[key], *forms)
            for key, forms in phrases.items()
            if expected[key] or key == "created"
        ]

    def _show_outcome(self) -> None:
        """The finish button's promise, in words, updated with each choice."""
        if self._state.plan is None:
            return
        expected = self.expected()
        if expected["created"] + expected["merged"]:
            lines = [self.tr("En cliquant sur « Importer » :")]
            lines += [f"• {text}" for text in self.outcome_lines(expected)]
        else:
            lines = [self.tr("Rien à importer : aucune fiche à créer ni à mettre à jour.")]
        if self._state.target == ImportTarget.PARTICIPANTS and len(lines) > 1:
            enrolled = self.tr(
                "les associations créées ou mises à jour seront inscrites au programme « %1 », "
                "avec leurs volets."
            )
            lines.append("• " + enrolled.replace("%1", self._state.programme_title))
        self.outcome.setText("\n".join(lines))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        """Importer once the plan is known and some record will be created or updated."""
        if self._writing is not None:
            return False
        expected = self.expected()
        return self._state.plan is not None and expected["created"] + expected["merged"] > 0

    # --- rejected rows --------------------------------------------------------------------

    def save_rejected(self) -> None:
        """The rejected rows as they were, with their line and reason, to fix and import again."""
        from dla_desktop.documents.spreadsheets.writing import write_table

        state = self._state
        if state.plan is None or state.sheet is None:
            return
        stem = Path(state.sheet.file_name).stem
        path = self._host.ask_save_path(self.tr("%1 - lignes rejetées.xlsx").replace("%1", stem))
        if path is None:
            return
        try:
            with busy():
                table = rejected_table(state.sheet, state.plan)
                try:
                    write_table(table, path)
                except OSError as error:
                    raise FileWriteError.of(error, path) from error
        except DlaError as error:
            QMessageBox.warning(self, self.tr("Enregistrement impossible"), error.message)
            return
        saved = self.tr("Lignes rejetées enregistrées dans « %1 ».")
        self.saved.setText(saved.replace("%1", str(path)))

    # --- importing ------------------------------------------------------------------------

    def validatePage(self) -> bool:  # noqa: N802
        """Importer: the plan written in one transaction, in the background; True once written.

        The write starts here and the wizard stays open (False) until it ends: on success
        the page accepts the wizard, and this answers True; on failure the wizard stays
        open, nothing written.
        """
        if self._imported:
            return True
        plan = self._state.plan
        target = self._state.target
        if plan is None or target is None or self._writing is not None:
            return False
        choices = dict(self.model.choices)
        default = self.model.default_choice
        text = count_text(
            len(plan.rows), self.tr("Import de 1 ligne…"), self.tr("Import de %1 lignes…")
        )
        refused: list[ValidationError] = []  # no form to attach it to: said by the page

        def work(session: Session, progress: Progress) -> ImportSummary:
            progress.report(0, 0, text)
            try:
                return apply_import(
                    session, plan, choices, default_choice=default, skip_rejected=True
                )
            except ValidationError as error:
                refused.append(error)
                raise OperationCancelled() from error  # rolled back, said below

        wizard = self.wizard()
        task = self._host.operations.run_in_background(
            wizard if wizard is not None else self,
            work,
            TARGET_CHANGES[target],
            lambda summary: self._on_imported(plan.file_name, summary),
            title=self.tr("Import du fichier"),
            cancellable=False,
        )
        task.ended.connect(lambda: self._on_import_ended(refused))
        self._writing = task
        self._hold_wizard(True)
        return False

    @property
    def importing(self) -> bool:
        """Whether "Importer" is being written in the background."""
        return self._writing is not None

    def _on_imported(self, file_name: str, summary: ImportSummary) -> None:
        """Written: say what was done, then let the wizard close as "Importer" would."""
        self._state.summary = summary
        self._writing = None
        self._imported = True
        self._hold_wizard(False)
        QMessageBox.information(
            self,
            self.tr("Import terminé"),
            self.tr("Import de « %1 » terminé : %2.")
            .replace("%1", file_name)
            .replace("%2", self.summary_sentence(summary)),
        )
        wizard = self.wizard()
        if wizard is not None:
            wizard.accept()  # validateCurrentPage() is now True

    def _on_import_ended(self, refused: list[ValidationError]) -> None:
        """Failed (already explained by Operations) or refused: the wizard stays open."""
        if self._imported:
            return
        self._writing = None
        self._hold_wizard(False)
        if refused:
            QMessageBox.warning(self, self.tr("Import impossible"), refused[0].message)

    def _hold_wizard(self, holding: bool) -> None:
        """While writing: nothing to click, and neither Échap nor closing ends the wizard."""
        self.setEnabled(not holding)
        self.completeChanged.emit()  # Importer off while writing; the wizard updates Précédent
        wizard = self.wizard()
        if wizard is None:
            return
        for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.CancelButton):
            if holding:
                wizard.button(which).setEnabled(False)
            elif which == QWizard.WizardButton.CancelButton:
                wizard.button(which).setEnabled(True)
        if holding:
            wizard.installEventFilter(self)
        else:
            wizard.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """The wizard ignores closing and Échap while the import is being written."""
        if self._writing is not None and watched is self.wizard():
            if event.type() == QEvent.Type.Close:
                event.ignore()
                return True
            if (
                event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Escape
            ):
                return True
        return super().eventFilter(watched, event)

    def summary_sentence(self, summary: ImportSummary) -> str:
        """ "12 fiches créées, 3 fusionnées, 1 ignorée, 2 rejetées", as the domain says it."""
        forms = (
            (
                summary.created,
                (self.tr("1 fiche créée"), self.tr("%1 fiches créées")),
                (self.tr("1 créée"), self.tr("%1 créées")),
            ),
            (
                summary.merged,
                (self.tr("1 fiche fusionnée"), self.tr("%1 fiches fusionnées")),
                (self.tr("1 fusionnée"), self.tr("%1 fusionnées")),
            ),
            (
                summary.skipped,
                (self.tr("1 fiche ignorée"), self.tr("%1 fiches ignorées")),
                (self.tr("1 ignorée"), self.tr("%1 ignorées")),
            ),
            (
                summary.rejected,
                (self.tr("1 fiche rejetée"), self.tr("%1 fiches rejetées")),
                (self.tr("1 rejetée"), self.tr("%1 rejetées")),
            ),
        )
        parts: list[str] = []
        for count, first, then in forms:
            if count:
                parts.append(count_text(count, *(then if parts else first)))
        text = ", ".join(parts) or self.tr("Aucune fiche importée")
        if summary.enrolled:
            text += " ; " + count_text(
                summary.enrolled,
                self.tr("1 association inscrite au programme"),
                self.tr("%1 associations inscrites au programme"),
            )
        return text

    # --- slots ----------------------------------------------------------------------------

    def _on_fate_combo_activated(self, _index: int) -> None:
        value = self.fate_combo.currentData()
        self.model.set_fate_filter(RowFate(value) if value else None)

    def _on_default_combo_activated(self, _index: int) -> None:
        self.model.set_default_choice(MatchChoice(self.default_combo.currentData()))
