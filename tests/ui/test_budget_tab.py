"""The Budget tab: funders and costs typed in, per-association figures changing on screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from dla_desktop.db.database import Database
from dla_desktop.domain.money import format_money
from dla_desktop.services import budget, programmes
from dla_desktop.ui.dialogs.cost_line_dialog import CostLineDialog
from dla_desktop.ui.dialogs.funder_dialog import FunderDialog
from dla_desktop.ui.dialogs.funding_line_dialog import FundingLineDialog
from dla_desktop.ui.operations import Operations
from dla_desktop.ui.pages.programme.budget_tab import BudgetTab

TRICKY = "Fondation <b>Nord</b> & Cie 🌱"
_H = Qt.Orientation.Horizontal


@pytest.fixture
def database(demo_database: Database) -> Database:
    """This module's tests run on a copy of the demo (conftest writes it once per run)."""
    return demo_database


@pytest.fixture
def programme_id(database: Database) -> str:
    with database.reading() as session:
        rows = programmes.list_programmes(session)
    return next(row.id for row in rows if "2006" in row.title)


@pytest.fixture
def tab(qtbot: QtBot, database: Database, programme_id: str) -> BudgetTab:
    widget = BudgetTab(Operations(database), programme_id)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def column_texts(tab: BudgetTab, header: str) -> list[str]:
    """What the per-association table shows in one column, row by row."""
    model = tab.association_model
    column = next(c for c in range(model.columnCount()) if model.headerData(c, _H) == header)
    return [model.index(r, column).data() for r in range(model.rowCount())]


def stored_lines(database: Database, programme_id: str) -> list:
    with database.reading() as session:
        return budget.list_funding_lines(session, programme_id)


def test_models_pass_the_model_tester(tab: BudgetTab, qtmodeltester) -> None:  # noqa: ANN001
    for model in (tab.funding_model, tab.cost_model, tab.volet_model, tab.association_model):
        assert model.rowCount() > 0
        qtmodeltester.check(model)


def test_entering_a_funder_changes_the_per_association_figures(
    tab: BudgetTab, database: Database, programme_id: str
) -> None:
    # GIVEN the Lille programme on screen
    before = column_texts(tab, "Financé")
    lines_before = len(stored_lines(database, programme_id))
    # WHEN a new funder is created in place and given 2 100,00 €
    funder = FunderDialog(tab._operations, tab)
    funder.name.setText(TRICKY)
    funder.accept()
    assert funder.saved is not None
    dialog = FundingLineDialog(tab._operations, programme_id, None, tab)
    dialog.funder.setCurrentIndex(dialog.funder.findData(funder.saved.id))
    dialog.amount.setText("2 100,00")
    dialog.accept()
    # THEN it is stored, and every association's funded share on screen went up
    assert len(stored_lines(database, programme_id)) == lines_before + 1
    after = column_texts(tab, "Financé")
    assert after != before
    with database.reading() as session:
        view = budget.budget_view(session, programme_id)
    assert after == [format_money(row.funded) for row in view.associations]
    assert tab.figures["funded"].text() == format_money(view.summary.funded)
    names = [tab.funding_model.index(r, 0).data() for r in range(tab.funding_model.rowCount())]
    assert TRICKY in names


@pytest.mark.parametrize(("typed", "message"), [("-100", "négatif"), ("douze", "illisible")])
def test_a_bad_amount_is_refused_next_to_the_field(
    tab: BudgetTab, database: Database, programme_id: str, typed: str, message: str
) -> None:
    before = stored_lines(database, programme_id)
    shown = column_texts(tab, "Financé")
    dialog = FundingLineDialog(tab._operations, programme_id, None, tab)
    dialog.show()
    dialog.amount.setText(typed)
    dialog.accept()
    label = dialog.errors.message("amount")
    assert label.isVisible()
    assert message in label.text() and label.text().startswith("Montant")
    assert not dialog.result()  # still open, with what was typed
    assert dialog.amount.text() == typed
    assert stored_lines(database, programme_id) == before
    assert column_texts(tab, "Financé") == shown


def test_editing_a_cost_line_changes_costs_on_screen(
    tab: BudgetTab, database: Database, programme_id: str
) -> None:
    line = tab.cost_model.row_at(0)
    before = tab.figures["actual"].text()
    dialog = CostLineDialog(tab._operations, programme_id, line.record, tab)
    dialog.actual.setText("0")
    dialog.accept()
    assert dialog.result()
    with database.reading() as session:
        summary = budget.budget_summary(session, programme_id)
    assert tab.figures["actual"].text() == format_money(summary.actual) != before


def test_removing_a_funding_line_asks_then_archives_it(
    tab: BudgetTab, database: Database, programme_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    count = len(stored_lines(database, programme_id))
    tab.funding_table.selectRow(0)
    tab.on_remove_funding_clicked()
    assert len(stored_lines(database, programme_id)) == count - 1
    assert tab.funding_model.rowCount() == count - 1


def test_double_clicking_an_association_asks_to_open_it(tab: BudgetTab, qtbot: QtBot) -> None:
    index = tab.association_model.index(0, 0)
    with qtbot.waitSignal(tab.record_opened) as signal:
        tab.association_table.doubleClicked.emit(index)
    assert signal.args == ["association", tab.association_model.row_at(0).association_id]
