"""List models sort and filter the French way inside the model, and pass qtmodeltester."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from dla_desktop.app import make_application
from dla_desktop.domain.records import (
    AssociationRow,
    CompanyRow,
    MeetingRow,
    PartnershipRow,
    ProgrammeRow,
)
from dla_desktop.ui.table_models import (
    ASSOCIATION_COLUMNS,
    COMPANY_COLUMNS,
    MEETING_COLUMNS,
    PARTNERSHIP_COLUMNS,
    PROGRAMME_COLUMNS,
    RecordTableModel,
    text_key,
)
from dla_desktop.ui.widgets.list_panel import ListPanel

USER = Qt.ItemDataRole.UserRole
DESCENDING = Qt.SortOrder.DescendingOrder


def association(name: str, **fields: Any) -> AssociationRow:
    values = dict(
        id=f"id-{name}",
        name=name,
        sector="Culture",
        activity="Théâtre",
        town="Lille",
        postal_code="59000",
        employees=3,
        fte=Decimal("2.5"),
        siret="",
        rna="",
    )
    return AssociationRow(**(values | fields))


ASSOCIATIONS = [
    association("Ecole des <Arts> & Métiers", employees=12, siret="12345678901234"),
    association("Éclat 🎭", activity="Mécénat culturel", employees=2, fte=Decimal("0.5")),
    association("Eclair", sector="Sport", town="Roubaix", employees=100),
    association("Œuvre d'été", sector="", town="Tourcoing", employees=0, rna="W591000001"),
    association("zèbre", activity="Mécénat de compétences", town="Lille", employees=7),
]
COMPANIES = [
    CompanyRow("c1", "Boulangerie & Fils", "tpe", "Alimentation", "Lille", "123456789"),
    CompanyRow("c2", "Électricité <Nord>", "ge", "Énergie", "Lens", ""),
    CompanyRow("c3", "Acier 🔩", None, "", "", ""),  # type: ignore[arg-type]
]
PROGRAMMES = [
    ProgrammeRow(
        "p1", "Mécénat 2026", "Mécénat", "en_cours", date(2026, 3, 1), None, Decimal("32700")
    ),
    ProgrammeRow(
        "p2",
        "Fiscalité & <dons>",
        "",
        "clos",
        date(2025, 1, 15),
        date(2025, 12, 1),
        Decimal("9.99"),
    ),
    ProgrammeRow("p3", "Été 🌞", "Marketing", "montage", None, None, Decimal("1000.50")),
]
MEETINGS = [
    MeetingRow("m1", "Speed dating d'automne", "speed_dating", date(2026, 10, 1), "Lille"),
    MeetingRow("m2", "Petit-déj <RSE> & co", "petit_dejeuner", date(2026, 2, 3), ""),
    MeetingRow("m3", "Forum 🤝", "forum", date(2025, 6, 30), "Roubaix"),
]
PARTNERSHIPS = [
    PartnershipRow(
        "x1", "a1", "Éclat", "c1", "Boulangerie", "Pain & <partage>",
        "mecenat_nature", "signe", date(2026, 1, 5), Decimal("1200"), None,
    ),
    PartnershipRow(
        "x2", "a2", "Zèbre", "c2", "Électricité", "Mécénat 🎁",
        "mecenat_financier", "idee", None, None, "p1",
    ),
    PartnershipRow(
        "x3", "a3", "Abc", "c3", "Acier", "",
        "mecenat_competences", "refuse", date(2025, 5, 1), Decimal("80"), None,
    ),
]  # fmt: skip


@pytest.fixture(autouse=True)
def application() -> None:
    make_application()  # French locale and names, as in the app


def names(model: RecordTableModel, field: str = "name") -> list[Any]:
    return [getattr(model.row_at(row), field) for row in range(model.rowCount())]


@pytest.mark.parametrize(
    ("columns", "rows"),
    [
        (ASSOCIATION_COLUMNS, ASSOCIATIONS),
        (COMPANY_COLUMNS, COMPANIES),
        (PROGRAMME_COLUMNS, PROGRAMMES),
        (MEETING_COLUMNS, MEETINGS),
        (PARTNERSHIP_COLUMNS, PARTNERSHIPS),
    ],
    ids=["associations", "companies", "programmes", "meetings", "partnerships"],
)
def test_every_column_set_passes_qtmodeltester(qtmodeltester, columns, rows) -> None:
    model = RecordTableModel(columns, rows)
    qtmodeltester.check(model)
    for column in range(model.columnCount()):
        model.sort(column, DESCENDING)
        model.sort(column)
    model.set_filter("e")
    model.set_rows(list(reversed(rows)))
    qtmodeltester.check(model)


def test_cells_show_french_text_and_keep_raw_values() -> None:
    model = RecordTableModel(PROGRAMME_COLUMNS, PROGRAMMES)
    first = model.index(0, 0)
    assert model.data(first) == "Mécénat 2026"
    assert model.data(model.index(0, 2)) == "En cours"
    assert model.data(model.index(0, 3)) == "1er mars 2026"
    assert model.data(model.index(0, 4)) == ""
    assert model.data(model.index(0, 5)) == "32\u00a0700,00\u00a0€"
    assert model.data(model.index(0, 5), USER) == Decimal("32700")
    assert (
        model.data(model.index(0, 5), Qt.ItemDataRole.TextAlignmentRole)
        & Qt.AlignmentFlag.AlignRight
    )
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Statut"
    companies = RecordTableModel(COMPANY_COLUMNS, COMPANIES)
    assert [companies.data(companies.index(r, 1)) for r in range(3)] == ["TPE", "Grand groupe", ""]
    associations = RecordTableModel(ASSOCIATION_COLUMNS, ASSOCIATIONS)
    assert associations.headerData(6, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == (
        "Équivalents temps plein"
    )


def test_text_sorts_in_french_order() -> None:
    model = RecordTableModel(ASSOCIATION_COLUMNS, ASSOCIATIONS)
    model.sort(0)
    assert names(model) == [
        "Eclair",
        "Éclat 🎭",
        "Ecole des <Arts> & Métiers",
        "Œuvre d'été",
        "zèbre",
    ]
    model.sort(0, DESCENDING)
    assert names(model)[0] == "zèbre"


def test_numbers_dates_and_money_sort_by_value_with_empty_ones_last() -> None:
    model = RecordTableModel(ASSOCIATION_COLUMNS, ASSOCIATIONS)
    model.sort(5)  # Emplois: 100 after 12 although "100" < "12" as text
    assert names(model, "employees") == [0, 2, 7, 12, 100]
    programmes = RecordTableModel(PROGRAMME_COLUMNS, PROGRAMMES)
    programmes.sort(3)
    assert names(programmes, "start_date") == [date(2025, 1, 15), date(2026, 3, 1), None]
    programmes.sort(5)
    assert names(programmes, "budget") == [Decimal("9.99"), Decimal("1000.50"), Decimal("32700")]
    partnerships = RecordTableModel(PARTNERSHIP_COLUMNS, PARTNERSHIPS)
    partnerships.sort(6)
    assert names(partnerships, "amount") == [Decimal("80"), Decimal("1200"), None]
    partnerships.sort(4)  # statuses in workflow order, not alphabetical
    assert names(partnerships, "status") == ["idee", "signe", "refuse"]


def test_filter_ignores_accents_and_case_and_needs_every_word() -> None:
    model = RecordTableModel(ASSOCIATION_COLUMNS, ASSOCIATIONS)
    model.sort(0)
    model.set_filter("mecenat")
    assert names(model) == ["Éclat 🎭", "zèbre"]
    model.set_filter("MÉCÉNAT compétences")
    assert names(model) == ["zèbre"]
    model.set_filter("mecenat roubaix")
    assert names(model) == []
    assert (model.shown_count, model.total_count) == (0, 5)
    model.set_filter("<arts> &")
    assert names(model) == ["Ecole des <Arts> & Métiers"]
    model.set_filter("")
    assert model.shown_count == model.total_count == 5


def test_filter_searches_shown_text_not_raw_values() -> None:
    model = RecordTableModel(PROGRAMME_COLUMNS, PROGRAMMES)
    model.set_filter("en cours")  # the status label, not "en_cours"
    assert names(model, "title") == ["Mécénat 2026"]
    model.set_filter("mars 2026")
    assert names(model, "title") == ["Mécénat 2026"]
    model.set_filter("32 700")
    assert names(model, "title") == ["Mécénat 2026"]


def test_sort_and_filter_survive_new_rows_and_each_other() -> None:
    model = RecordTableModel(ASSOCIATION_COLUMNS, ASSOCIATIONS)
    model.sort(5, DESCENDING)
    model.set_filter("lille")
    assert names(model, "employees") == [12, 7, 2]
    model.set_rows([*ASSOCIATIONS, association("Ajout", employees=50)])
    assert names(model, "employees") == [50, 12, 7, 2]
    model.set_searched_columns([0])  # only names: "lille" is a town
    assert model.shown_count == 0


def test_rows_arriving_sorted_sort_on_that_column_without_keys() -> None:
    # GIVEN rows in the service's order of names (as list_associations gives them)
    arrival = sorted(ASSOCIATIONS, key=lambda row: text_key(row.name))
    model = RecordTableModel(ASSOCIATION_COLUMNS, arrival)
    model.set_rows(arrival, sorted_by=0)
    # WHEN the name column is sorted both ways, around another sort
    model.sort(0, DESCENDING)
    descending = names(model)
    model.sort(5)
    model.sort(0)
    # THEN the arrival order is kept or reversed, and no key was computed for it
    assert descending == [row.name for row in reversed(arrival)]
    assert names(model) == [row.name for row in arrival]
    assert 0 not in model._sort_keys


def test_search_keys_built_in_chunks_match_keys_built_at_once() -> None:
    # GIVEN keys built two rows per idle tick, half-way through a refresh
    chunked = RecordTableModel(ASSOCIATION_COLUMNS, ASSOCIATIONS)
    assert chunked.prepare_search_step(2) is False
    chunked.set_rows([*ASSOCIATIONS, association("Mécénat tardif")])  # keys forgotten
    steps = 1
    while not chunked.prepare_search_step(2):
        steps += 1
    # WHEN both models filter; THEN same rows, and every row was keyed exactly once
    at_once = RecordTableModel(ASSOCIATION_COLUMNS, [*ASSOCIATIONS, association("Mécénat tardif")])
    for model in (chunked, at_once):
        model.set_filter("mecenat")
    assert steps == 3
    assert names(chunked) == names(at_once) == ["Éclat 🎭", "zèbre", "Mécénat tardif"]


def test_a_keystroke_before_the_idle_chunks_end_builds_the_rest() -> None:
    model = RecordTableModel(ASSOCIATION_COLUMNS, ASSOCIATIONS)
    model.prepare_search_step(1)  # only the first row keyed
    model.set_filter("lille")
    assert sorted(names(model, "employees")) == [2, 7, 12]


def test_sorting_keeps_the_selection_on_the_same_record(qtmodeltester) -> None:
    model = RecordTableModel(ASSOCIATION_COLUMNS, ASSOCIATIONS)
    qtmodeltester.check(model)  # the tester watches the layout change too
    model.sort(0)
    persistent = model.index(model.row_of(ASSOCIATIONS[3]), 0)
    from PySide6.QtCore import QPersistentModelIndex

    kept = QPersistentModelIndex(persistent)
    model.sort(5)
    assert model.row_at(kept.row()) == ASSOCIATIONS[3]


# --- ListPanel ----------------------------------------------------------------------------


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def make_panel(qtbot: QtBot, settings: QSettings) -> ListPanel:
    panel = ListPanel(ASSOCIATION_COLUMNS, "associations", settings=settings)
    qtbot.addWidget(panel)
    panel.set_rows(ASSOCIATIONS)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def test_typing_in_the_search_box_filters_and_counts(qtbot: QtBot, settings: QSettings) -> None:
    panel = make_panel(qtbot, settings)
    assert panel.search.placeholderText() == "Rechercher… (Ctrl+F)"
    assert panel.count_label.text() == "5 sur 5"
    qtbot.keyClicks(panel.search, "mecenat")
    assert panel.model.shown_count == 2
    assert panel.count_label.text() == "2 sur 5"
    panel.search.clear()
    assert panel.count_label.text() == "5 sur 5"


def test_double_click_opens_the_record(qtbot: QtBot, settings: QSettings) -> None:
    panel = make_panel(qtbot, settings)
    qtbot.keyClicks(panel.search, "zebre")
    table = panel.table
    cell = table.visualRect(panel.model.index(0, 1)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)  # a real press first
    with qtbot.waitSignal(panel.row_activated) as opened:
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert opened.args == [ASSOCIATIONS[4]]


def test_hidden_columns_are_remembered_and_not_searched(qtbot: QtBot, settings: QSettings) -> None:
    first = make_panel(qtbot, settings)
    menu = first.column_menu()
    town = next(action for action in menu.actions() if action.text() == "Commune")
    town.setChecked(False)
    assert first.table.isColumnHidden(3)
    qtbot.keyClicks(first.search, "roubaix")
    assert first.model.shown_count == 0
    settings.sync()

    second = make_panel(qtbot, QSettings(settings.fileName(), QSettings.Format.IniFormat))
    assert second.hidden_columns() == {"town"}
    assert second.table.isColumnHidden(3)
    second.set_column_hidden("town", False)
    assert second.hidden_columns() == set()


def test_the_last_visible_column_cannot_be_hidden(qtbot: QtBot, settings: QSettings) -> None:
    panel = make_panel(qtbot, settings)
    for column in ASSOCIATION_COLUMNS[1:]:
        panel.set_column_hidden(column.key, True)
    entries = {action.text(): action.isEnabled() for action in panel.column_menu().actions()}
    assert entries["Nom"] is False
    assert entries["Secteur"] is True
