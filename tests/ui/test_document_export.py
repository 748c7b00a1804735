"""Document buttons: each asks where, writes a real PDF in the background, says it is done."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from dla_desktop.db.database import Database
from dla_desktop.services import budget, programmes
from dla_desktop.services.documents import programme_dossiers
from dla_desktop.services.partnerships import partnership_rows
from dla_desktop.ui.document_export import DocumentExport, file_name
from dla_desktop.ui.operations import Operations
from dla_desktop.ui.pages.association_page import AssociationPage
from dla_desktop.ui.pages.programme.attendance_tab import AttendanceTab
from dla_desktop.ui.pages.programme.budget_tab import BudgetTab
from dla_desktop.ui.pages.programme.evaluation_tab import EvaluationTab
from tests.ui.support import answer_boxes, shown


@pytest.fixture
def database(demo_database: Database) -> Database:
    return demo_database


@pytest.fixture
def lille(database: Database) -> str:
    with database.reading() as session:
        return next(p.id for p in programmes.list_programmes(session) if "2006" in p.title)


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[QMessageBox]:
    """The end-of-export message boxes, closed with "Fermer"."""
    return answer_boxes(monkeypatch, "Fermer")


def choose_file(monkeypatch: pytest.MonkeyPatch, path: Path | None) -> list[str]:
    """The save dialog answers ``path``; the names it suggested are kept."""
    suggested: list[str] = []

    def ask(self: DocumentExport, title: str, name: str) -> Path | None:
        suggested.append(name)
        return path

    monkeypatch.setattr(DocumentExport, "ask_file", ask)
    return suggested


def shown_tab(qtbot: QtBot, tab):  # type: ignore[no-untyped-def]
    qtbot.addWidget(tab)
    tab.resize(1200, 700)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def wait_for_file(qtbot: QtBot, told: list[QMessageBox], path: Path) -> None:
    qtbot.waitUntil(lambda: len(told) == 1, timeout=20_000)
    assert path.is_file()


def test_the_evaluation_report_is_written_where_the_user_chose(
    qtbot: QtBot,
    database: Database,
    lille: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    told: list[QMessageBox],
) -> None:
    # GIVEN the Évaluation tab of the Lille programme
    tab = shown_tab(qtbot, EvaluationTab(Operations(database), lille))
    out = tmp_path / "rapport.pdf"
    suggested = choose_file(monkeypatch, out)
    # WHEN the report button is clicked
    tab.report_button.click()
    # THEN a real PDF of the programme is written, and the user is told where
    wait_for_file(qtbot, told, out)
    assert suggested[0].startswith("Rapport d'évaluation - ")
    assert tab.indicators is not None and tab.indicators.title in pdf_text(out)
    assert str(out) in told[0].text()


def test_cancelling_the_save_dialog_writes_nothing(
    qtbot: QtBot,
    database: Database,
    lille: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    told: list[QMessageBox],
) -> None:
    tab = shown_tab(qtbot, EvaluationTab(Operations(database), lille))
    choose_file(monkeypatch, None)
    tab.report_button.click()
    qtbot.wait(200)
    assert told == [] and list(tmp_path.glob("*.pdf")) == []


def test_an_unwritable_destination_is_said_in_french(
    qtbot: QtBot,
    database: Database,
    lille: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tab = shown_tab(qtbot, EvaluationTab(Operations(database), lille))
    choose_file(monkeypatch, tmp_path / "absent" / "rapport.pdf")
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    tab.report_button.click()
    qtbot.waitUntil(lambda: bool(warnings), timeout=20_000)
    assert warnings[0].startswith("Impossible d'écrire")
    assert "dossier introuvable" in warnings[0]


def test_the_programme_dossiers_go_into_the_chosen_folder(
    qtbot: QtBot,
    database: Database,
    lille: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    told: list[QMessageBox],
) -> None:
    with database.reading() as session:
        expected = len(programme_dossiers(session, lille, date.today()))
    assert expected > 1  # the demo prepares several dossiers in the Lille programme
    tab = shown_tab(qtbot, EvaluationTab(Operations(database), lille))
    monkeypatch.setattr(DocumentExport, "ask_folder", lambda self, title: tmp_path)
    tab.dossiers_button.click()
    qtbot.waitUntil(lambda: len(told) == 1, timeout=30_000)
    written = sorted(tmp_path.glob("*.pdf"))
    assert len(written) == expected
    assert all(path.name.startswith("Dossier de partenariat") for path in written)


def test_the_attendance_sheet_of_the_chosen_session(
    qtbot: QtBot,
    database: Database,
    lille: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    told: list[QMessageBox],
) -> None:
    tab = shown_tab(qtbot, AttendanceTab(Operations(database), lille))
    tab._choose_column(0)  # as a click on the first date does
    assert tab.sheet_button.isEnabled() == tab.edit_button.isEnabled() == True  # noqa: E712
    seance = tab.model.sessions[0]
    out = tmp_path / "feuille.pdf"
    choose_file(monkeypatch, out)
    tab.sheet_button.click()
    wait_for_file(qtbot, told, out)
    text = pdf_text(out)
    assert "émargement" in text.lower()
    assert seance.title in text


def test_the_dossier_of_the_chosen_partnership_from_the_association_page(
    qtbot: QtBot,
    database: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    told: list[QMessageBox],
) -> None:
    # GIVEN the page of an association with a partnership prepared in a programme
    with database.reading() as session:
        deal = next(row for row in partnership_rows(session) if row.origin_programme_id is not None)
    page = shown(qtbot, AssociationPage(Operations(database), deal.association_id))
    page.tabs.setCurrentWidget(page.partnerships)
    panel = page.partnerships
    assert not panel.dossier_button.isEnabled()  # nothing chosen yet
    # WHEN one of its partnerships is chosen and its dossier asked for
    row = next(
        i for i in range(panel.model.rowCount()) if panel.model.row_at(i).partnership_id == deal.id
    )
    panel.table.selectRow(row)
    assert panel.dossier_button.isEnabled()
    out = tmp_path / "dossier.pdf"
    suggested = choose_file(monkeypatch, out)
    panel.dossier_button.click()
    # THEN the dossier names both parties
    wait_for_file(qtbot, told, out)
    assert suggested[0].startswith("Dossier de partenariat - ")
    text = pdf_text(out)
    assert deal.association_name in text and deal.company_name in text


def test_the_synthese_of_the_chosen_funder(
    qtbot: QtBot,
    database: Database,
    lille: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    told: list[QMessageBox],
) -> None:
    with database.reading() as session:
        first = budget.budget_view(session, lille).funding_lines[0]
    tab = shown_tab(qtbot, BudgetTab(Operations(database), lille))
    tab.funding_table.selectRow(0)
    out = tmp_path / "synthese.pdf"
    suggested = choose_file(monkeypatch, out)
    tab.findChild(QPushButton, "export_funder_summary").click()
    wait_for_file(qtbot, told, out)
    assert suggested[0] == file_name("Synthèse financeur", first.funder_name)
    assert first.funder_name in pdf_text(out)


def test_opening_the_written_document(
    qtbot: QtBot,
    database: Database,
    lille: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    boxes = answer_boxes(monkeypatch, "Ouvrir le document")
    tab = shown_tab(qtbot, EvaluationTab(Operations(database), lille))
    out = tmp_path / "rapport.pdf"
    choose_file(monkeypatch, out)
    tab.report_button.click()
    qtbot.waitUntil(lambda: bool(opened), timeout=20_000)
    assert len(boxes) == 1
    assert opened[0].toLocalFile() == str(out)


def test_suggested_file_names_are_safe() -> None:
    assert file_name("Rapport d'évaluation", "Lille : 2006/2007?") == (
        "Rapport d'évaluation - Lille - 2006-2007.pdf"
    )
    assert file_name("", "  ") == "document.pdf"
