"""Exporting a list: what is on screen (rows, order, columns, types) goes to .xlsx or .csv."""

from __future__ import annotations

import csv
from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QTableView
from pytestqt.qtbot import QtBot

from dla_desktop.db.database import Database
from dla_desktop.documents.file_names import safe_file_name
from dla_desktop.domain.records import ProgrammeRow
from dla_desktop.domain.spreadsheets import CellKind, CsvFormat
from dla_desktop.services import associations, participation, programmes
from dla_desktop.ui.operations import Operations, Progress
from dla_desktop.ui.pages.association_page import AssociationPage
from dla_desktop.ui.pages.list_pages import ASSOCIATION_LIST, ListPage
from dla_desktop.ui.pages.programme.budget_tab import BudgetTab
from dla_desktop.ui.pages.programme.programme_page import ProgrammePage
from dla_desktop.ui.table_export import (
    CSV_ENCODING_KEY,
    CSV_SEPARATOR_KEY,
    FOLDER_KEY,
    FRENCH_CSV,
    INTERNATIONAL_CSV,
    TableExport,
    operations_near,
    preferred_csv,
    table_of,
)
from dla_desktop.ui.table_models import (
    ASSOCIATION_COLUMNS,
    PROGRAMME_COLUMNS,
    RecordTableModel,
    date_column,
    number_column,
)
from dla_desktop.ui.widgets.related_table import RelatedTable
from tests.ui.support import answer_boxes, shown, shown_section
from tests.ui.test_table_models import ASSOCIATIONS, association

PROGRAMMES = [
    ProgrammeRow(
        "p1", "Mécénat 2026", "Mécénat", "en_cours", date(2026, 3, 1), None, Decimal("32700")
    ),
    ProgrammeRow(
        "p2", "Fiscalité 2025", "", "clos", date(2025, 1, 15), date(2025, 12, 1), Decimal("9.99")
    ),
    ProgrammeRow("p3", "Été 2026", "Marketing", "montage", None, None, Decimal("1000.50")),
]


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[QMessageBox]:
    """The end-of-export message boxes, closed with "Fermer"."""
    return answer_boxes(monkeypatch, "Fermer")


def choose_file(
    monkeypatch: pytest.MonkeyPatch, path: Path, csv_format: CsvFormat = FRENCH_CSV
) -> list[str]:
    """The save dialog answers ``path``; the names it suggested are kept."""
    suggested: list[str] = []

    def ask(self: TableExport, title: str, name: str) -> tuple[Path, CsvFormat]:
        suggested.append(name)
        return path, csv_format

    monkeypatch.setattr(TableExport, "ask_file", ask)
    return suggested


def programme_view(qtbot: QtBot) -> tuple[QTableView, RecordTableModel]:
    view = QTableView()
    qtbot.addWidget(view)
    model = RecordTableModel(PROGRAMME_COLUMNS, PROGRAMMES, parent=view)
    view.setModel(model)
    return view, model


# --- what is exported --------------------------------------------------------------------


def test_the_table_is_what_the_user_sees(qtbot: QtBot) -> None:
    # GIVEN the programmes sorted by budget, descending, one filtered out,
    # the theme column hidden and the budget column dragged to the front
    view, model = programme_view(qtbot)
    model.sort(5, Qt.SortOrder.DescendingOrder)
    model.set_filter("2026")
    view.setColumnHidden(1, True)
    view.horizontalHeader().moveSection(5, 0)
    # WHEN the table is built
    table = table_of(model, view, "Programmes")
    # THEN it has the shown rows in the shown order, visible columns in the shown order
    assert table.title == "Programmes"
    assert table.headers == ("Budget", "Intitulé", "Statut", "Début", "Fin")
    kinds = [column.kind for column in table.columns]
    assert kinds == [CellKind.MONEY, CellKind.TEXT, CellKind.TEXT, CellKind.DATE, CellKind.DATE]
    assert [tuple(row) for row in table.rows] == [
        (Decimal("32700"), "Mécénat 2026", "En cours", date(2026, 3, 1), None),
        (Decimal("1000.50"), "Été 2026", "En montage", None, None),
    ]


def test_numbers_stay_numbers_and_empty_text_is_an_empty_cell(qtbot: QtBot) -> None:
    view = QTableView()
    qtbot.addWidget(view)
    model = RecordTableModel(ASSOCIATION_COLUMNS, ASSOCIATIONS, parent=view)
    view.setModel(model)
    table = table_of(model, view, "Associations")
    by_header = [dict(zip(table.headers, row, strict=True)) for row in table.rows]
    first = by_header[0]
    assert first["Emplois"] == 12 and type(first["Emplois"]) is int
    assert first["ETP"] == Decimal("2.5")
    assert first["SIRET"] == "12345678901234"  # an identifier stays text
    assert by_header[3]["Secteur"] is None and by_header[3]["Emplois"] == 0
    assert [c.kind for c in table.columns][5:7] == [CellKind.INTEGER, CellKind.DECIMAL]


def test_a_value_of_an_unexpected_type_is_written_as_shown(qtbot: QtBot) -> None:
    view = QTableView()
    qtbot.addWidget(view)
    jobs = number_column("fte", "ETP lu comme un entier")
    model = RecordTableModel((jobs, date_column("name", "Nom lu comme une date")), parent=view)
    model.set_rows([ASSOCIATIONS[0]._replace(fte=Decimal("12.00")), ASSOCIATIONS[1]])
    view.setModel(model)
    rows = table_of(model, view, "x").rows
    assert rows[0] == (12, ASSOCIATIONS[0].name)  # a whole Decimal is a whole number
    assert rows[1] == (jobs.display(Decimal("0.5")), ASSOCIATIONS[1].name)


# --- the save dialog and the CSV preference ----------------------------------------------


def test_the_chosen_filter_gives_the_suffix_and_is_remembered(
    qtbot: QtBot, tmp_path: Path, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    view, _model = programme_view(qtbot)
    export = TableExport(view, settings=settings)
    asked: list[tuple[str, str, str]] = []
    answers = [
        (str(tmp_path / "liste"), "CSV (virgule, UTF-8) (*.csv)"),
        (str(tmp_path / "autre.csv"), "Classeur Excel (*.xlsx)"),  # the typed suffix wins
        (str(tmp_path / "classeur"), "Classeur Excel (*.xlsx)"),
        ("", ""),
    ]

    def dialog(_parent, _title, start, filters, selected):  # type: ignore[no-untyped-def]
        asked.append((start, filters, selected))
        return answers[len(asked) - 1]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    assert export.ask_file("Exporter", "Associations.xlsx") == (
        tmp_path / "liste.csv",
        INTERNATIONAL_CSV,
    )
    assert export.ask_file("Exporter", "Associations.xlsx") == (tmp_path / "autre.csv", FRENCH_CSV)
    assert export.ask_file("Exporter", "Associations.xlsx") == (
        tmp_path / "classeur.xlsx",
        FRENCH_CSV,
    )
    assert export.ask_file("Exporter", "Associations.xlsx") is None
    filters = asked[0][1].split(";;")
    assert filters == [
        "Classeur Excel (*.xlsx)",
        "CSV pour Excel (*.csv)",
        "CSV (virgule, UTF-8) (*.csv)",
    ]
    # the folder and the last choice are offered again
    assert asked[1][0] == str(tmp_path / "Associations.csv")
    assert asked[1][2] == "CSV (virgule, UTF-8) (*.csv)"
    assert asked[2][2] == "CSV pour Excel (*.csv)"
    assert asked[3][0] == str(tmp_path / "Associations.xlsx")
    assert settings.value(FOLDER_KEY) == str(tmp_path)


def test_the_csv_for_excel_follows_the_settings(settings: QSettings) -> None:
    assert preferred_csv(settings) == CsvFormat(";", "utf-8-sig", ",")
    settings.setValue(CSV_ENCODING_KEY, "cp1252")
    assert preferred_csv(settings) == CsvFormat(";", "cp1252", ",")
    settings.setValue(CSV_SEPARATOR_KEY, ",")
    assert preferred_csv(settings) == CsvFormat(",", "cp1252", ".")
    settings.setValue(CSV_SEPARATOR_KEY, "::")
    settings.setValue(CSV_ENCODING_KEY, "klingon")
    assert preferred_csv(settings) == FRENCH_CSV


# --- from the screens --------------------------------------------------------------------


@pytest.fixture
def association_page(qtbot: QtBot, demo_database: Database, settings: QSettings) -> ListPage:
    """The Associations list of the demo, filtered on "lille", sorted by jobs, descending."""
    page = shown_section(
        qtbot, ListPage(ASSOCIATION_LIST, "Associations", settings=settings), demo_database
    )
    page.panel.search.setText("lille")
    page.panel.table.sortByColumn(5, Qt.SortOrder.DescendingOrder)
    page.panel.set_column_hidden("activity", True)
    assert 1 < page.panel.model.shown_count < page.panel.model.total_count
    return page


def shown_names(page: ListPage) -> list[str]:
    model = page.panel.model
    return [model.row_at(row).name for row in range(model.shown_count)]


def test_the_associations_list_to_a_workbook(
    qtbot: QtBot,
    association_page: ListPage,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    told: list[QMessageBox],
) -> None:
    out = tmp_path / "associations.xlsx"
    suggested = choose_file(monkeypatch, out)
    # WHEN the "Exporter…" button is clicked
    qtbot.mouseClick(association_page.panel.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(told) == 1, timeout=20_000)
    # THEN the workbook holds the shown rows, in order, under the shown headers, typed
    assert suggested == ["Associations.xlsx"]
    sheet = openpyxl.load_workbook(out).active
    rows = list(sheet.iter_rows(values_only=True))
    assert sheet.title == "Associations"
    assert rows[0] == (
        "Nom",
        "Secteur",
        "Commune",
        "Code postal",
        "Emplois",
        "ETP",
        "SIRET",
        "RNA",
    )
    assert len(rows) - 1 == association_page.panel.model.shown_count
    assert [row[0] for row in rows[1:]] == shown_names(association_page)
    jobs = [row[4] for row in rows[1:]]
    assert all(isinstance(n, int) for n in jobs) and jobs == sorted(jobs, reverse=True)
    assert all(isinstance(row[5], float | int) for row in rows[1:] if row[5] is not None)
    count = association_page.panel.model.shown_count
    assert told[0].text() == f"Liste exportée : {count} lignes dans {out}"


def test_the_associations_list_to_a_french_csv(
    qtbot: QtBot,
    association_page: ListPage,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    told: list[QMessageBox],
) -> None:
    out = tmp_path / "associations.csv"
    choose_file(monkeypatch, out)
    association_page.panel.export_action.trigger()  # the table's context menu entry
    qtbot.waitUntil(lambda: len(told) == 1, timeout=20_000)
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM: a French Excel reads accents
    lines = list(csv.reader(data.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert lines[0][:3] == ["Nom", "Secteur", "Commune"]
    assert len(lines) - 1 == association_page.panel.model.shown_count
    assert [line[0] for line in lines[1:]] == shown_names(association_page)
    fte = [line[5] for line in lines[1:] if line[5]]
    assert fte and all("," in value and "." not in value for value in fte)  # 2,50


def test_the_header_menu_offers_the_export(association_page: ListPage) -> None:
    panel = association_page.panel
    texts = [action.text() for action in panel.header_menu().actions()]
    assert texts[0] == "Nom" and texts[-1] == "Exporter la liste…"
    assert panel.export_action in panel.table.actions()


def test_a_related_table_from_its_context_menu(
    qtbot: QtBot,
    demo_database: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # GIVEN the Programmes tab of an association that took part in programmes
    with demo_database.reading() as session:
        member = next(
            row
            for row in associations.list_associations(session)
            if participation.programmes_of_association(session, row.id)
        )
    page = shown(qtbot, AssociationPage(Operations(demo_database), member.id))
    qtbot.waitExposed(page)
    page.tabs.setCurrentWidget(page.programmes)
    out = tmp_path / "programmes.xlsx"
    suggested = choose_file(monkeypatch, out)
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    boxes = answer_boxes(monkeypatch, "Ouvrir le fichier")
    # WHEN "Exporter la liste…" is chosen in the table's context menu
    (action,) = [a for a in page.programmes.table.actions() if a.text() == "Exporter la liste…"]
    assert page.programmes.table.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    action.trigger()
    qtbot.waitUntil(lambda: bool(opened), timeout=20_000)
    # THEN the file is named after the tab and the association, and holds the tab's rows
    assert suggested == [f"Programmes - {member.name}.xlsx"]
    assert len(boxes) == 1 and opened[0].toLocalFile() == str(out)
    rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    assert rows[0] == ("Programme", "Statut", "Volets", "Inscription")
    model = page.programmes.model
    assert [row[0] for row in rows[1:]] == [model.row_at(r).title for r in range(model.rowCount())]


def test_a_table_of_a_programme_tab_from_its_context_menu(
    qtbot: QtBot,
    demo_database: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    told: list[QMessageBox],
) -> None:
    # GIVEN the Budget tab of the Lille programme, in its page
    with demo_database.reading() as session:
        lille = next(p for p in programmes.list_programmes(session) if "2006" in p.title)
    page = shown(qtbot, ProgrammePage(Operations(demo_database), lille.id))
    page.resize(1280, 800)
    tab = page.tab(BudgetTab)
    page.tabs.setCurrentWidget(tab)
    qtbot.waitExposed(tab)
    out = tmp_path / "financeurs.xlsx"
    suggested = choose_file(monkeypatch, out)
    # WHEN the funders' table is exported from its context menu
    (action,) = tab.funding_table.actions()
    action.trigger()
    qtbot.waitUntil(lambda: len(told) == 1, timeout=20_000)
    # THEN the file is named after the group box and the programme, amounts are numbers
    assert suggested == [safe_file_name(["Financeurs", lille.title], ".xlsx")]
    rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    assert rows[0] == ("Financeur", "Type", "Montant", "Note")
    assert len(rows) - 1 == tab.funding_model.shown_count > 0
    amounts = [row[2] for row in rows[1:]]
    model = tab.funding_model
    assert amounts == [float(model.row_at(r).record.amount) for r in range(model.shown_count)]


def test_cancelling_a_long_export_leaves_no_file(
    qtbot: QtBot,
    database: Database,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    told: list[QMessageBox],
) -> None:
    # GIVEN a list of 3,000 rows on a page, and a user who clicks "Annuler" at once
    page = shown_section(
        qtbot, ListPage(ASSOCIATION_LIST, "Associations", settings=settings), database
    )
    page.panel.set_rows([association(f"Association {n}") for n in range(3_000)])
    monkeypatch.setattr(Progress, "cancelled", property(lambda _self: True))
    out = tmp_path / "associations.xlsx"
    suggested = choose_file(monkeypatch, out)
    # WHEN the list is exported
    page.panel.export_button.click()
    assert suggested and operations_near(page.panel).wait(20_000)
    qtbot.wait(100)  # the task's outcome reaches the GUI thread
    # THEN nothing is written, not even a temporary file, and nothing is said
    assert not [path.name for path in tmp_path.iterdir() if "associations" in path.name]
    assert told == []


def test_a_table_outside_any_page_is_written_at_once(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, told: list[QMessageBox]
) -> None:
    table = shown(qtbot, RelatedTable(PROGRAMME_COLUMNS))
    table.set_rows(PROGRAMMES)
    out = tmp_path / "programmes.csv"
    suggested = choose_file(monkeypatch, out, INTERNATIONAL_CSV)
    table.export_button.click()
    assert len(told) == 1 and told[0].text().startswith("Liste exportée : 3 lignes")
    assert suggested == ["Liste.xlsx"]
    text = out.read_text("utf-8")
    assert text.splitlines()[0] == "Intitulé,Thème,Statut,Début,Fin,Budget"
    assert "32700.00" in text


def test_an_unwritable_destination_is_said_in_french(
    qtbot: QtBot,
    association_page: ListPage,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    choose_file(monkeypatch, tmp_path / "absent" / "associations.xlsx")
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    association_page.panel.export_button.click()
    qtbot.waitUntil(lambda: bool(warnings), timeout=20_000)
    assert warnings[0].startswith("Impossible d'écrire")
    assert "dossier introuvable" in warnings[0]
    assert not (tmp_path / "absent").exists()
