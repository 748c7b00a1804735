"""Confirm the filled questionnaires read back: what each file would store, then store them.

The files were read and judged by ``questionnaire_forms.plan_answer_import`` (nothing
written); here the user sees each one's fate, ticks the partnerships to create, and
"Importer" stores every ready answer in one transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QGuiApplication,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dla_desktop.domain.questionnaire_forms import AnswerFate, AnswerImportRow, AnswerImportSummary
from dla_desktop.services import questionnaire_forms
from dla_desktop.ui.dialogs.import_common import ERROR_COLOUR, REJECTED_BACKGROUND, count_text
from dla_desktop.ui.document_export import remembered_folder
from dla_desktop.ui.operations import Change, Operations

CONTEXT = "AnswerImportDialog"
ANSWERS_FOLDER_KEY = "questionnaires/answers_folder"
ModelIndex = QModelIndex | QPersistentModelIndex

FATE_LABELS = {
    AnswerFate.READY: QT_TRANSLATE_NOOP("AnswerImportDialog", "Prête"),
    AnswerFate.ALREADY: QT_TRANSLATE_NOOP("AnswerImportDialog", "Déjà importée"),
    AnswerFate.ANSWERED: QT_TRANSLATE_NOOP("AnswerImportDialog", "Déjà répondu"),
    AnswerFate.REFUSED: QT_TRANSLATE_NOOP("AnswerImportDialog", "Refusée"),
}
FATE_COLOURS = {
    AnswerFate.READY: QColor("#1b5e20"),
    AnswerFate.ALREADY: QColor("#616161"),
    AnswerFate.ANSWERED: QColor("#616161"),
    AnswerFate.REFUSED: QColor(ERROR_COLOUR),
}


def fate_label(fate: AnswerFate) -> str:
    """« Prête », « Déjà importée »… in the interface's language."""
    return QCoreApplication.translate(CONTEXT, FATE_LABELS[fate])


PROGRAMME_WIDTH = 200  # pixels: the programme column's start width


class AnswerImportTableModel(QAbstractTableModel):
    """One line per file: association, programme, wave, fate, why; a tick for the partnership."""

    partnerships_changed = Signal()

    HEADERS = (
        QT_TRANSLATE_NOOP("AnswerImportDialog", "Fichier"),
        QT_TRANSLATE_NOOP("AnswerImportDialog", "Association"),
        QT_TRANSLATE_NOOP("AnswerImportDialog", "Programme"),
        QT_TRANSLATE_NOOP("AnswerImportDialog", "Vague"),
        QT_TRANSLATE_NOOP("AnswerImportDialog", "État"),
        QT_TRANSLATE_NOOP("AnswerImportDialog", "Détail"),
        QT_TRANSLATE_NOOP("AnswerImportDialog", "Partenariat"),
    )
    FILE, ASSOCIATION, PROGRAMME, WAVE, FATE, DETAIL, PARTNERSHIP = range(7)

    def __init__(self, rows: Sequence[AnswerImportRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows = list(rows)
        self.partnerships: set[str] = set()  # questionnaire ids ticked; none until the user says

    def row_at(self, number: int) -> AnswerImportRow:
        return self._rows[number]

    def offers(self, row: AnswerImportRow) -> bool:
        """Only a ready answer that reports a partnership gets a tick box."""
        ready = row.fate is AnswerFate.READY
        return ready and row.proposes_partnership and row.questionnaire_id is not None

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(CONTEXT, self.HEADERS[section])
        if role == Qt.ItemDataRole.ToolTipRole and section == self.PARTNERSHIP:
            return QCoreApplication.translate(
                CONTEXT, "Créer ou mettre à jour le partenariat que la réponse annonce"
            )
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.PARTNERSHIP and self.offers(self._rows[index.row()]):
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.FILE, self.DETAIL):
            return str(row.path) if column == self.FILE else row.message
        if role == Qt.ItemDataRole.ToolTipRole and column == self.PROGRAMME:
            return row.programme_title or None  # a long title is elided in the cell
        if role == Qt.ItemDataRole.CheckStateRole and column == self.PARTNERSHIP:
            if self.offers(row):
                ticked = row.questionnaire_id in self.partnerships
                return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
            return None
        if role == Qt.ItemDataRole.ForegroundRole and column in (self.FATE, self.DETAIL):
            return FATE_COLOURS[row.fate] if column == self.FATE or _refused(row) else None
        if role == Qt.ItemDataRole.BackgroundRole and _refused(row):
            return REJECTED_BACKGROUND
        if role == Qt.ItemDataRole.UserRole:
            return row.fate.value
        return None

    def _text(self, row: AnswerImportRow, column: int) -> str:
        if column == self.FILE:
            return row.path.name
        if column == self.ASSOCIATION:
            return row.association_name
        if column == self.PROGRAMME:  # two programmes' forms can come back in one drop
            return row.programme_title
        if column == self.WAVE:
            if row.months_after is None:
                return ""
            return QCoreApplication.translate(CONTEXT, "%1 mois").replace(
                "%1", str(row.months_after)
            )
        if column == self.FATE:
            return fate_label(row.fate)
        if column == self.DETAIL:
            return row.message[:1].upper() + row.message[1:]
        if self.offers(row):
            return QCoreApplication.translate(CONTEXT, "Créer / mettre à jour")
        return ""

    def setData(  # noqa: N802
        self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        """Tick or untick the partnership of a row that offers one."""
        if role != Qt.ItemDataRole.CheckStateRole or not (
            self.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
        ):
            return False
        questionnaire_id = self._rows[index.row()].questionnaire_id
        assert questionnaire_id is not None  # offers() checked it
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.partnerships.add(questionnaire_id)
        else:
            self.partnerships.discard(questionnaire_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.partnerships_changed.emit()
        return True


def _refused(row: AnswerImportRow) -> bool:
    return row.fate is AnswerFate.REFUSED


class AnswerImportDialog(QDialog):
    """Each file's fate; "Importer" stores the ready ones (and the partnerships ticked)."""

    def __init__(
        self,
        operations: Operations,
        rows: Sequence[AnswerImportRow],
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Importer des réponses"))
        self.resize(1060, 400)
        self._operations = operations
        self._rows = list(rows)
        self._today = today
        self.summary: AnswerImportSummary | None = None  # once imported
        self.model = AnswerImportTableModel(self._rows, self)
        self.table = self._make_table()
        self.heading = QLabel(self._heading_text(), objectName="heading", wordWrap=True)
        self.hint = QLabel(
            self.tr(
                "Cochez « Partenariat » pour créer le partenariat que l'association déclare"
                " (ou mettre à jour celui qu'elle a déjà avec cette entreprise)."
            ),
            objectName="hint",
            wordWrap=True,
        )
        self.hint.setVisible(any(self.model.offers(row) for row in self._rows))
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            self.tr("Importer"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("import")
        self.import_button.setEnabled(self.ready_count() > 0)
        self.buttons.addButton(self.tr("Annuler"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)

    def _make_table(self) -> QTableView:
        table = QTableView(objectName="answers")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setWordWrap(True)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AnswerImportTableModel.DETAIL, QHeaderView.ResizeMode.Stretch)
        programme = AnswerImportTableModel.PROGRAMME  # titles run long: elided, full in tooltip
        header.setSectionResizeMode(programme, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(programme, PROGRAMME_WIDTH)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return table

    def ready_count(self) -> int:
        return sum(1 for row in self._rows if row.fate is AnswerFate.READY)

    def _heading_text(self) -> str:
        """« 3 fichiers lus : 2 réponses prêtes à importer, 1 laissé de côté. »"""
        read = count_text(len(self._rows), self.tr("%1 fichier lu"), self.tr("%1 fichiers lus"))
        if self.ready_count() == 0:
            return self.tr("%1 : aucune réponse à importer.").replace("%1", read)
        ready = count_text(
            self.ready_count(),
            self.tr("%1 réponse prête à importer"),
            self.tr("%1 réponses prêtes à importer"),
        )
        others = len(self._rows) - self.ready_count()
        if not others:
            return f"{read} : {ready}."
        left = count_text(others, self.tr("%1 laissé de côté"), self.tr("%1 laissés de côté"))
        return f"{read} : {ready}, {left}."

    def accept(self) -> None:
        """Store the ready answers in one transaction, say what was stored, and close."""
        if self.ready_count() == 0:
            return
        rows, chosen, today = self._rows, frozenset(self.model.partnerships), self._today
        self.summary = self._operations.write(
            self,
            lambda s: questionnaire_forms.apply_answer_import(
                s, rows, partnerships_for=chosen, today=today
            ),
            Change.FOLLOWUP | Change.PARTNERSHIPS | Change.COMPANIES,
        )
        if self.summary is None:  # refused and explained: the files must be read again
            self.reject()
            return
        self.show_summary(self.summary)
        super().accept()

    def show_summary(self, summary: AnswerImportSummary) -> None:
        """What was stored, what was left aside, which partnerships were written."""
        QMessageBox.information(self, self.tr("Réponses importées"), self.summary_text(summary))

    def summary_text(self, summary: AnswerImportSummary) -> str:
        stored = count_text(
            summary.stored,
            self.tr("%1 réponse enregistrée"),
            self.tr("%1 réponses enregistrées"),
        )
        lines = [stored + "."]
        if summary.skipped:
            lines.append(
                count_text(
                    summary.skipped,
                    self.tr("%1 fichier laissé de côté : rien n'en est enregistré."),
                    self.tr("%1 fichiers laissés de côté : rien n'en est enregistré."),
                )
            )
        if summary.partnerships_created:
            lines.append(
                count_text(
                    summary.partnerships_created,
                    self.tr("%1 partenariat créé."),
                    self.tr("%1 partenariats créés."),
                )
            )
        if summary.partnerships_updated:
            lines.append(
                count_text(
                    summary.partnerships_updated,
                    self.tr("%1 partenariat mis à jour."),
                    self.tr("%1 partenariats mis à jour."),
                )
            )
        return "\n".join(lines)


# --- choosing and reading the files ----------------------------------------------------------


def ask_answer_files(parent: QWidget) -> list[Path]:
    """The filled forms to import, from the folder used last time; empty when cancelled."""
    settings = QSettings()
    start = remembered_folder(settings, ANSWERS_FOLDER_KEY)
    names, _filter = QFileDialog.getOpenFileNames(
        parent,
        QCoreApplication.translate("AnswerImportDialog", "Formulaires remplis"),
        str(start),
        QCoreApplication.translate("AnswerImportDialog", "Formulaires PDF (*.pdf)"),
    )
    if names:
        settings.setValue(ANSWERS_FOLDER_KEY, str(Path(names[0]).parent))
    return [Path(name) for name in names]


def dropped_pdfs(mime: QMimeData) -> list[Path]:
    """The local PDF files a drag carries (anything else is not ours to take)."""
    if not mime.hasUrls():
        return []
    paths = (Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile())
    return [path for path in paths if path.suffix.lower() == ".pdf"]


class AnswerFileDrops:
    """Mixin (first base) for a widget that takes filled forms dropped on it.

    Only drags carrying local PDF files are accepted; the widget implements
    ``on_files_dropped(paths)`` and calls ``setAcceptDrops(True)``.
    """

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if dropped_pdfs(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        if dropped_pdfs(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = dropped_pdfs(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.on_files_dropped(paths)

    def on_files_dropped(self, paths: Sequence[Path]) -> None:
        raise NotImplementedError


def read_answer_files(
    operations: Operations, paths: Sequence[Path], today: date
) -> list[AnswerImportRow]:
    """Each file read and judged in one read-only transaction: nothing is written yet."""
    files = list(paths)
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return operations.read(
            lambda s: questionnaire_forms.plan_answer_import(s, files, today=today)
        )
    finally:
        QGuiApplication.restoreOverrideCursor()
