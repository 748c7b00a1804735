"""The import wizard walked as a user would: a messy file in, a report, Importer or Annuler."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox, QWidget, QWizard
from pytestqt.qtbot import QtBot

from dla_desktop.db.database import Database
from dla_desktop.documents.spreadsheets.reading import read_sheet
from dla_desktop.domain.enums import VoletKind
from dla_desktop.domain.errors import DlaError, FileReadError, ValidationError
from dla_desktop.domain.import_plans import ImportSummary
from dla_desktop.domain.imports import ImportTarget
from dla_desktop.domain.records import AssociationDraft, ProgrammeDraft, VoletDraft
from dla_desktop.services import associations, enrolment, programmes
from dla_desktop.services.imports import MatchChoice, RowFate
from dla_desktop.ui.dialogs import import_report_page
from dla_desktop.ui.dialogs.import_report_model import ReportTableModel
from dla_desktop.ui.dialogs.import_wizard import ImportWizard
from dla_desktop.ui.operations import Change, Operations
from dla_desktop.ui.pages.list_pages import ASSOCIATION_LIST, COMPANY_LIST, ListPage
from dla_desktop.ui.pages.programme.participants_tab import ParticipantsTab
from tests.services.support import snapshot
from tests.spreadsheet_files import csv_file, xlsx_file

VALID_SIRET = "73282932000074"
WRONG_SIRET = "73282932000075"  # the control key is off by one
HEADERS = ["Nom", "SIRET", "Code postal", "Ville", "Salariés", "Déjà accompagnée", "Référent"]
# Line 1 a title, line 2 empty, line 3 the headers, then lines 4 to 8.
MESSY_ROWS = [
    ["Adhérents 2026 — réseau Économie solidaire", None, None, None, None, None, None],
    [None] * 7,
    HEADERS,
    ["Les Amis du Rail", VALID_SIRET, "59000", "Lille", "3", "oui", "Marie"],  # known: SIRET
    ["Café Solidaire", WRONG_SIRET, "59800", "Lille", "2", "non", "Paul"],  # rejected
    ["Théâtre de l'Échange", None, "59100", "Roubaix", "5", "x", "Marie"],  # new
    ["Théâtre de l'Échange", None, "59100", "Roubaix", "5", "x", "Marie"],  # repeats line 6
    ["Jardin Partagé", None, "59000", "Lille", "1", None, None],  # known: name and town
]
EXPECTED_MAPPING = {
    0: "name",
    1: "siret",
    2: "postal_code",
    3: "town",
    4: "employees",
    5: "prior_dla_support",
}
SHOTS = os.environ.get("IMPORT_WIZARD_SHOTS", "")  # a folder: PNGs of each page go there


@pytest.fixture
def known(database: Database) -> dict[str, str]:
    """Two associations already in the file: one found by SIRET, one by name and town."""
    with database.transaction() as session:
        rail = associations.create_association(
            session, AssociationDraft(name="Les Amis du Rail", siret=VALID_SIRET, town="Lille")
        )
        garden = associations.create_association(
            session, AssociationDraft(name="Jardin partagé", town="Lille", employees=4)
        )
    return {"rail": rail.id, "garden": garden.id}


@pytest.fixture
def messy_csv(tmp_path: Path) -> Path:
    return csv_file(tmp_path / "adhérents.csv", MESSY_ROWS, encoding="cp1252")


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Every information or warning box, as (title, text), answered at once."""
    said: list[tuple[str, str]] = []

    def record(_parent: QWidget | None, title: str, text: str, *_args: object) -> int:
        said.append((title, text))
        return int(QMessageBox.StandardButton.Ok)

    monkeypatch.setattr(QMessageBox, "information", record)
    monkeypatch.setattr(QMessageBox, "warning", record)
    return said


def make_wizard(
    qtbot: QtBot, operations: Operations, settings: QSettings, **given: object
) -> ImportWizard:
    wizard = ImportWizard(operations, None, settings=settings, **given)  # type: ignore[arg-type]
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def choose_file(monkeypatch: pytest.MonkeyPatch, wizard: ImportWizard, path: Path) -> None:
    """The open dialog answers ``path``; then "Parcourir…" is clicked."""
    monkeypatch.setattr(wizard, "ask_file", lambda: path)
    wizard.file_page.browse_button.click()


def next_page(wizard: ImportWizard) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    assert button.isEnabled()
    button.click()


def wait_for_plan(qtbot: QtBot, wizard: ImportWizard) -> None:
    assert wizard.currentPage() is wizard.report_page
    qtbot.waitUntil(lambda: wizard.state.plan is not None, timeout=10_000)


def finish(qtbot: QtBot, wizard: ImportWizard) -> None:
    """Importer clicked, then the background write waited for (the wizard closes on success)."""
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: not wizard.report_page.importing, timeout=10_000)


def shot(wizard: ImportWizard, name: str) -> None:
    """A PNG of the page on screen, when IMPORT_WIZARD_SHOTS names a folder."""
    if SHOTS:
        QApplication.processEvents()
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        wizard.grab().save(str(Path(SHOTS) / f"{name}.png"))


def walk_to_report(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, wizard: ImportWizard, path: Path
) -> None:
    choose_file(monkeypatch, wizard, path)
    next_page(wizard)
    next_page(wizard)
    next_page(wizard)
    wait_for_plan(qtbot, wizard)


def texts(model: ReportTableModel, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_a_messy_csv_is_imported_with_the_users_choices(
    qtbot: QtBot,
    operations: Operations,
    settings: QSettings,
    database: Database,
    known: dict[str, str],
    messy_csv: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    told: list[tuple[str, str]],
) -> None:
    # GIVEN the wizard with no destination yet, and a cp1252 CSV under a title row
    wizard = make_wizard(qtbot, operations, settings)
    changes: list[Change] = []
    operations.data_changed.connect(changes.append)
    assert [wizard.buttonText(b).replace("&", "") for b in _BUTTONS] == [
        "< Précédent",
        "Suivant >",
        "Importer",
        "Annuler",
    ]
    shot(wizard, "0_debut")
    # WHEN the file is chosen: it is read, its headers found on line 3
    choose_file(monkeypatch, wizard, messy_csv)
    page = wizard.file_page
    sheet = wizard.state.sheet
    assert sheet is not None and sheet.header_line == 3 and sheet.headers == tuple(HEADERS)
    assert page.encoding_combo.currentData() == "cp1252"
    assert page.separator_combo.currentData() == ";"
    assert "5 lignes de données" in page.status.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # no destination yet
    page.target_combo.setCurrentIndex(page.target_combo.findData(ImportTarget.ASSOCIATIONS.value))
    page.target_combo.activated.emit(page.target_combo.currentIndex())
    shot(wizard, "1_fichier")
    next_page(wizard)

    # THEN the mapping is pre-filled from the headers; "Référent" is not imported
    mapping = wizard.mapping_page
    assert wizard.currentPage() is mapping
    assert wizard.state.mapping == EXPECTED_MAPPING
    assert mapping.combos[6].currentText() == "— Ne pas importer —"
    assert "Lille" in mapping.table.item(3, 1).text()
    shot(wizard, "2_correspondance")
    next_page(wizard)

    # THEN the preview shows the rows converted, the rejected one in red with its reason
    preview = wizard.preview_page
    table = preview.table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers[:4] == ["Ligne", "État", "Remarques", "Nom"]
    assert table.rowCount() == 5
    lines = [table.item(row, 0).text() for row in range(5)]
    assert lines == ["4", "5", "6", "7", "8"]
    accompanied = headers.index("Déjà accompagnée par un DLA")
    assert table.item(2, accompanied).text() == "Oui"
    assert table.item(1, 1).text() == "Rejetée"
    assert "SIRET" in table.item(1, 0).toolTip()
    assert table.item(1, 2).text().startswith("SIRET : ")  # the reason, in plain sight
    assert table.item(1, 0).background().color().name() == "#f8d7d7"
    assert table.item(0, 0).background().style() == Qt.BrushStyle.NoBrush
    shot(wizard, "3_apercu")
    next_page(wizard)

    # THEN the report counts every fate and says what Importer will do
    wait_for_plan(qtbot, wizard)
    report = wizard.report_page
    assert report.counts.text() == "1 à créer, 2 déjà connues, 1 doublon, 1 rejetée"
    model = report.model
    assert texts(model, ReportTableModel.LINE) == ["4", "5", "6", "7", "8"]
    assert "Répète la ligne 6" in texts(model, ReportTableModel.DETAIL)[3]
    assert "Les Amis du Rail" in texts(model, ReportTableModel.DETAIL)[0]
    assert "1 ligne rejetée ne sera pas importée" in report.rejected_note.text()
    assert "1 fiche créée" in report.outcome.text()
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    shot(wizard, "4_rapport")

    # WHEN the garden's row is set to "Ignorer" through its combo box in the table
    garden = model.index(4, ReportTableModel.CHOICE)
    assert model.flags(garden) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(2, ReportTableModel.CHOICE)) & Qt.ItemFlag.ItemIsEditable
    report.table.setCurrentIndex(garden)  # opens the editor (CurrentChanged)
    editor = report.table.viewport().findChild(QComboBox)
    assert editor is not None
    editor.setCurrentIndex(editor.findData(MatchChoice.SKIP.value))
    editor.activated.emit(editor.currentIndex())
    assert model.choices == {8: MatchChoice.SKIP}
    assert report.expected()["skipped"] == 1 and report.expected()["merged"] == 1
    assert "1 fiche déjà connue laissée telle quelle" in report.outcome.text()
    shot(wizard, "5_rapport_choix")

    # WHEN the rejected rows are saved, to be fixed
    out = tmp_path / "à corriger.xlsx"
    monkeypatch.setattr(wizard, "ask_save_path", lambda suggested: out)
    report.save_button.click()
    rejected = read_sheet(out)
    assert "Motif du rejet" in rejected.headers
    assert [row.cells[rejected.headers.index("Nom")] for row in rejected.rows] == ["Café Solidaire"]
    # ... and the filter shows the rejected rows only
    report.fate_combo.setCurrentIndex(report.fate_combo.findData(RowFate.REJECTED.value))
    report.fate_combo.activated.emit(report.fate_combo.currentIndex())
    assert texts(model, ReportTableModel.LABEL) == [model.row_at(0).label]
    assert model.row_at(0).line == 5

    # WHEN Importer is clicked
    finish(qtbot, wizard)

    # THEN the accepted rows are written, the rejected one is not, and the user is told
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert not wizard.isVisible()
    assert wizard.summary is not None
    assert told == [("Import terminé", told[0][1])]
    assert wizard.summary.describe().rstrip(".") in told[0][1]
    assert changes == [Change.ASSOCIATIONS]
    with database.reading() as session:
        rows = associations.list_associations(session)
        rail = associations.get_association(session, known["rail"])
        kept = associations.get_association(session, known["garden"])
    assert sorted(row.name for row in rows) == [
        "Jardin partagé",
        "Les Amis du Rail",
        "Théâtre de l'Échange",
    ]
    assert rail.employees == 3 and rail.prior_dla_support  # merged
    assert kept.employees == 4  # skipped: as it was


_BUTTONS = (
    QWizard.WizardButton.BackButton,
    QWizard.WizardButton.NextButton,
    QWizard.WizardButton.FinishButton,
    QWizard.WizardButton.CancelButton,
)


def test_cancelling_at_the_report_writes_nothing(
    qtbot: QtBot,
    operations: Operations,
    settings: QSettings,
    database: Database,
    known: dict[str, str],
    messy_csv: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = snapshot(database)
    wizard = make_wizard(qtbot, operations, settings, target=ImportTarget.ASSOCIATIONS)
    walk_to_report(qtbot, monkeypatch, wizard, messy_csv)
    wizard.report_page.set_default_choice(MatchChoice.CREATE)
    wizard.button(QWizard.WizardButton.CancelButton).click()
    assert wizard.result() == QWizard.DialogCode.Rejected
    assert snapshot(database) == before


def test_a_failing_import_says_why_writes_nothing_and_stays_open(
    qtbot: QtBot,
    operations: Operations,
    settings: QSettings,
    database: Database,
    known: dict[str, str],
    messy_csv: Path,
    monkeypatch: pytest.MonkeyPatch,
    told: list[tuple[str, str]],
) -> None:
    before = snapshot(database)
    real_apply = import_report_page.apply_import

    def apply_then_fail(*args: object, **kwargs: object) -> object:
        real_apply(*args, **kwargs)  # type: ignore[arg-type]
        raise DlaError("Le fichier de données est en lecture seule.")

    monkeypatch.setattr(import_report_page, "apply_import", apply_then_fail)
    wizard = make_wizard(qtbot, operations, settings, target=ImportTarget.ASSOCIATIONS)
    walk_to_report(qtbot, monkeypatch, wizard, messy_csv)
    finish(qtbot, wizard)
    assert [text for _title, text in told] == ["Le fichier de données est en lecture seule."]
    assert wizard.isVisible() and wizard.currentPage() is wizard.report_page
    assert wizard.summary is None
    assert snapshot(database) == before
    # ... and the user may try again, or go back, or cancel
    for which in (QWizard.WizardButton.FinishButton, QWizard.WizardButton.BackButton):
        assert wizard.button(which).isEnabled()
    assert wizard.button(QWizard.WizardButton.CancelButton).isEnabled()
    assert wizard.report_page.isEnabled()


def test_a_refused_import_says_why_in_its_own_box_and_writes_nothing(
    qtbot: QtBot,
    operations: Operations,
    settings: QSettings,
    database: Database,
    known: dict[str, str],
    messy_csv: Path,
    monkeypatch: pytest.MonkeyPatch,
    told: list[tuple[str, str]],
) -> None:
    before = snapshot(database)
    real_apply = import_report_page.apply_import

    def apply_then_refuse(*args: object, **kwargs: object) -> object:
        real_apply(*args, **kwargs)  # type: ignore[arg-type]
        raise ValidationError.single("name", "Le nom est obligatoire.")

    monkeypatch.setattr(import_report_page, "apply_import", apply_then_refuse)
    wizard = make_wizard(qtbot, operations, settings, target=ImportTarget.ASSOCIATIONS)
    walk_to_report(qtbot, monkeypatch, wizard, messy_csv)
    finish(qtbot, wizard)
    assert told == [("Import impossible", "Le nom est obligatoire.")]
    assert wizard.isVisible() and wizard.summary is None
    assert snapshot(database) == before


def test_the_wizard_stays_open_until_the_background_write_ends(
    qtbot: QtBot,
    operations: Operations,
    settings: QSettings,
    database: Database,
    known: dict[str, str],
    messy_csv: Path,
    monkeypatch: pytest.MonkeyPatch,
    told: list[tuple[str, str]],
) -> None:
    # GIVEN an import whose write waits until the test lets it end
    release = threading.Event()
    real_apply = import_report_page.apply_import

    def slow_apply(*args: object, **kwargs: object) -> object:
        release.wait(10)
        return real_apply(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(import_report_page, "apply_import", slow_apply)
    wizard = make_wizard(qtbot, operations, settings, target=ImportTarget.ASSOCIATIONS)
    walk_to_report(qtbot, monkeypatch, wizard, messy_csv)
    # WHEN Importer is clicked: the window stays alive while the rows are written
    wizard.button(QWizard.WizardButton.FinishButton).click()
    report = wizard.report_page
    assert report.importing
    for which in _BUTTONS:
        assert not wizard.button(which).isEnabled()
    # ... and neither Échap nor closing the window ends the wizard meanwhile
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    closing = QCloseEvent()
    QApplication.sendEvent(wizard, closing)
    assert not closing.isAccepted()
    QApplication.processEvents()
    assert wizard.isVisible() and wizard.summary is None and not told
    # THEN once written, the user is told and the wizard closes, accepted
    release.set()
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=10_000)
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert wizard.summary is not None and wizard.summary.created == 1
    assert [title for title, _text in told] == ["Import terminé"]


@pytest.mark.parametrize(
    "summary",
    [
        ImportSummary(),
        ImportSummary(created=1),
        ImportSummary(created=12, merged=3, skipped=1, rejected=2),
        ImportSummary(merged=1, rejected=10_000),
        ImportSummary(skipped=2, enrolled=1),
        ImportSummary(created=2, enrolled=12_345),
    ],
)
def test_the_closing_sentence_is_the_domains_in_french(
    qtbot: QtBot, operations: Operations, settings: QSettings, summary: ImportSummary
) -> None:
    wizard = make_wizard(qtbot, operations, settings, target=ImportTarget.ASSOCIATIONS)
    assert wizard.report_page.summary_sentence(summary) == summary.describe()


def test_a_foreign_file_is_refused_in_french_on_the_first_page(
    qtbot: QtBot,
    operations: Operations,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # GIVEN a PDF that someone renamed .xlsx
    path = tmp_path / "budget.xlsx"
    path.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 20)
    with pytest.raises(FileReadError) as refused:
        read_sheet(path)
    wizard = make_wizard(qtbot, operations, settings, target=ImportTarget.ASSOCIATIONS)
    choose_file(monkeypatch, wizard, path)
    page = wizard.file_page
    assert page.error.isVisible() and page.error.text() == refused.value.message
    assert wizard.state.sheet is None
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    shot(wizard, "6_fichier_refuse")


def test_the_reading_can_be_corrected_and_the_mapping_is_checked(
    qtbot: QtBot,
    operations: Operations,
    settings: QSettings,
    messy_csv: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    wizard = make_wizard(qtbot, operations, settings, target=ImportTarget.ASSOCIATIONS)
    choose_file(monkeypatch, wizard, messy_csv)
    page = wizard.file_page
    # WHEN the user says the headers are on line 1 (the title): the file is read again
    page.header_spin.setValue(1)
    assert wizard.state.sheet is not None and wizard.state.sheet.header_line == 1
    assert wizard.state.sheet.headers[0].startswith("Adhérents 2026")
    # ... and back on line 3
    page.header_spin.setValue(3)
    assert wizard.state.sheet.headers == tuple(HEADERS)
    next_page(wizard)
    mapping = wizard.mapping_page
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    # WHEN "Référent" is also mapped to Nom: refused, both columns named
    mapping.choose(6, "name")
    assert not next_button.isEnabled()
    assert "« Nom » est choisi pour plusieurs colonnes (« Nom », « Référent »)" in (
        mapping.message.text()
    )
    # WHEN no column is Nom any more: the required field is asked for
    mapping.choose(6, None)
    mapping.choose(0, None)
    assert not next_button.isEnabled()
    assert mapping.message.text() == "Choisissez la colonne du champ obligatoire « Nom »."
    mapping.choose(0, "name")
    assert next_button.isEnabled()
    # WHEN the user goes back and forth, the mapping chosen is kept
    mapping.choose(6, "notes")
    wizard.back()
    next_page(wizard)
    assert wizard.state.mapping == EXPECTED_MAPPING | {6: "notes"}


def test_a_workbooks_sheet_is_chosen_in_the_combo(
    qtbot: QtBot,
    operations: Operations,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = xlsx_file(
        tmp_path / "annuaire.xlsx",
        [["Sommaire"], ["Voir la feuille Entreprises"]],
        sheet="Sommaire",
        extra_sheets={"Entreprises": [["Raison sociale", "CP"], ["Boulangerie Lemaire", 59000]]},
    )
    wizard = make_wizard(qtbot, operations, settings, target=ImportTarget.COMPANIES)
    choose_file(monkeypatch, wizard, path)
    page = wizard.file_page
    assert [page.sheet_combo.itemText(i) for i in range(page.sheet_combo.count())] == [
        "Sommaire",
        "Entreprises",
    ]
    assert not page.separator_combo.isVisibleTo(wizard)  # CSV settings hide for a workbook
    page.sheet_combo.setCurrentIndex(1)
    page.sheet_combo.activated.emit(1)
    assert wizard.state.sheet is not None and wizard.state.sheet.sheet == "Entreprises"
    next_page(wizard)
    assert wizard.state.mapping == {0: "name", 1: "postal_code"}
    next_page(wizard)
    preview = wizard.preview_page.table
    assert [preview.item(0, c).text() for c in range(1, 4)] == [
        "À créer",
        "Boulangerie Lemaire",
        "59000",
    ]


def test_participants_are_imported_with_their_volets_from_the_programme_tab(
    qtbot: QtBot,
    operations: Operations,
    settings: QSettings,
    database: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    told: list[tuple[str, str]],
) -> None:
    # GIVEN a programme with two volets, and a UTF-8 (BOM) file of participants
    with database.transaction() as session:
        programme = programmes.create_programme(session, ProgrammeDraft(title="Mécénat 2026"))
        for kind in (VoletKind.MARKETING, VoletKind.MECENAT):
            programmes.create_volet(session, VoletDraft(programme_id=programme.id, kind=kind))
    path = csv_file(
        tmp_path / "participants.csv",
        [
            ["Nom", "Commune", "Volets", "Date d'inscription"],
            ["Les Amis du Rail", "Lille", "Marketing, Mécénat", "12/03/2026"],
            ["Café Solidaire", "Roubaix", "Mécénat", "2026-03-15"],
        ],
        encoding="utf-8",
        bom=True,
    )
    tab = ParticipantsTab(operations, programme.id, settings=settings)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    seen: list[ImportWizard] = []

    def drive(wizard: ImportWizard) -> int:
        """What the user does once the wizard is open."""
        seen.append(wizard)
        wizard.show()
        page = wizard.file_page
        assert not page.target_combo.isVisibleTo(wizard)  # fixed: shown, not offered
        assert page.target_label.text() == "Participants d'un programme"
        assert page.programme_label.text() == "Mécénat 2026"
        choose_file(monkeypatch, wizard, path)
        shot(wizard, "7_participants_fichier")
        next_page(wizard)
        assert wizard.state.mapping == {0: "name", 1: "town", 2: "volets", 3: "status_date"}
        next_page(wizard)
        preview = wizard.preview_page.table
        assert preview.item(0, 4).text() == "Marketing, Mécénat"
        assert preview.item(0, 5).text() == "12 mars 2026"
        shot(wizard, "8_participants_apercu")
        next_page(wizard)
        wait_for_plan(qtbot, wizard)
        assert "inscrites au programme « Mécénat 2026 »" in wizard.report_page.outcome.text()
        shot(wizard, "9_participants_rapport")
        finish(qtbot, wizard)
        return wizard.result()

    monkeypatch.setattr(ImportWizard, "exec", drive)
    tab.import_button.click()
    assert seen and seen[0].state.target == ImportTarget.PARTICIPANTS
    with database.reading() as session:
        rows = enrolment.list_participant_views(session, programme.id)
    assert {(row.name, row.volets) for row in rows} == {
        ("Les Amis du Rail", "Marketing, Mécénat"),
        ("Café Solidaire", "Mécénat"),
    }
    assert tab.panel.model.rowCount() == 2  # the tab read again after the import


@pytest.mark.parametrize(
    ("spec", "target"),
    [(ASSOCIATION_LIST, ImportTarget.ASSOCIATIONS), (COMPANY_LIST, ImportTarget.COMPANIES)],
)
def test_the_lists_importer_button_opens_the_wizard_on_its_target(
    qtbot: QtBot,
    database: Database,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
    spec: object,
    target: ImportTarget,
) -> None:
    page = ListPage(spec, "Associations", settings=settings)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.set_operations(Operations(database))
    page.show()
    opened: list[ImportWizard] = []
    monkeypatch.setattr(ImportWizard, "exec", lambda wizard: opened.append(wizard) or 0)
    assert page.import_button is not None and page.import_button.text() == "Importer…"
    page.import_button.click()
    assert opened[0].state.target == target
    assert opened[0].file_page.target_label.text() == target.label


def test_other_lists_have_no_importer_button(qtbot: QtBot, settings: QSettings) -> None:
    from dla_desktop.ui.pages.list_pages import CABINET_LIST

    page = ListPage(CABINET_LIST, "Cabinets", settings=settings)
    qtbot.addWidget(page)
    assert page.import_button is None


def test_the_folder_of_the_last_file_is_remembered(
    qtbot: QtBot,
    operations: Operations,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QFileDialog

    folder = tmp_path / "reçus"
    folder.mkdir()
    chosen = folder / "liste.csv"
    starts: list[str] = []

    def open_dialog(_parent: object, _title: str, start: str, _filter: str) -> tuple[str, str]:
        starts.append(start)
        return str(chosen), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", open_dialog)
    first = make_wizard(qtbot, operations, settings)
    assert first.ask_file() == chosen
    second = make_wizard(qtbot, operations, settings)
    second.ask_file()
    assert starts[1] == str(folder)


def test_the_report_model_passes_qtmodeltester(
    qtbot: QtBot,
    qtmodeltester: Callable[..., None],
    operations: Operations,
    settings: QSettings,
    known: dict[str, str],
    messy_csv: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    wizard = make_wizard(qtbot, operations, settings, target=ImportTarget.ASSOCIATIONS)
    walk_to_report(qtbot, monkeypatch, wizard, messy_csv)
    qtmodeltester.check(wizard.report_page.model)  # type: ignore[attr-defined]


def test_a_stopped_analysis_can_be_run_again(
    qtbot: QtBot,
    operations: Operations,
    settings: QSettings,
    messy_csv: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # GIVEN an analysis of the whole file that waits until the test lets it end
    wizard = make_wizard(qtbot, operations, settings, target=ImportTarget.ASSOCIATIONS)
    release = threading.Event()
    real_plan = wizard.plan

    def slow_plan(session: object, limit: int | None) -> object:
        if limit is None:
            release.wait(5)
        return real_plan(session, limit)  # type: ignore[arg-type]

    monkeypatch.setattr(wizard, "plan", slow_plan)
    choose_file(monkeypatch, wizard, messy_csv)
    for _ in range(3):
        next_page(wizard)
    report = wizard.report_page
    assert report.counts.text() == "Analyse du fichier en cours…"
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    # WHEN the user stops it (the progress dialog's Annuler)
    report.cancel_planning()
    release.set()
    # THEN nothing is planned, and the analysis can be run again
    qtbot.waitUntil(report.retry_button.isVisible, timeout=5_000)
    assert wizard.state.plan is None
    assert report.counts.text() == "L'analyse n'a pas abouti ; rien n'a été importé."
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    report.retry_button.click()
    wait_for_plan(qtbot, wizard)
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
