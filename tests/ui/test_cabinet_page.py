"""The cabinet form: its fields through the services, and the volets it ran."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from dla_desktop.db.database import Database
from dla_desktop.domain.enums import VoletKind
from dla_desktop.domain.records import CabinetDraft, CabinetRecord, ProgrammeDraft, VoletDraft
from dla_desktop.services import cabinets, programmes
from dla_desktop.ui.operations import Operations
from dla_desktop.ui.pages.cabinet_page import CabinetPage
from tests.ui.support import shown


def stored(database: Database) -> list[CabinetRecord]:
    with database.reading() as session:
        return cabinets.list_cabinets(session)


def page_for(qtbot: QtBot, operations: Operations, cabinet_id: str | None) -> CabinetPage:
    return shown(qtbot, CabinetPage(operations, cabinet_id))


def test_a_new_cabinet_is_created_with_its_day_rate(
    qtbot: QtBot, operations: Operations, database: Database
) -> None:
    page = page_for(qtbot, operations, None)
    page.name.setText("Conseil <Nord> & Associés")
    page.day_rate.setText("850,5")
    assert page.save()
    [record] = stored(database)
    assert (record.name, record.day_rate) == ("Conseil <Nord> & Associés", Decimal("850.50"))
    assert page.day_rate.text() == "850,50\u00a0€"  # shown back the French way
    assert not page.has_unsaved_changes()


def test_an_unreadable_day_rate_is_refused_under_the_field(
    qtbot: QtBot, operations: Operations, database: Database
) -> None:
    page = page_for(qtbot, operations, None)
    page.name.setText("Cabinet Horizon")
    page.day_rate.setText("huit cents")
    assert page.has_unsaved_changes()
    assert not page.save()
    message = page.findChild(QLabel, "day_rate_error")
    assert message.isVisible()
    assert message.text().startswith("Prix de journée")
    assert stored(database) == []


def test_a_bad_siret_is_refused(qtbot: QtBot, operations: Operations, database: Database) -> None:
    page = page_for(qtbot, operations, None)
    page.name.setText("Cabinet Horizon")
    page.siret.setText("1234")
    assert not page.save()
    assert page.findChild(QLabel, "siret_error").text().startswith("SIRET : ")
    assert stored(database) == []


def test_the_volets_it_ran_open_their_programme(
    qtbot: QtBot, operations: Operations, database: Database, qtmodeltester
) -> None:
    with database.transaction() as session:
        cabinet = cabinets.create_cabinet(session, CabinetDraft(name="Cabinet Horizon"))
        programme = programmes.create_programme(session, ProgrammeDraft(title="Mécénat 🎭"))
        programmes.create_volet(
            session,
            VoletDraft(
                programme_id=programme.id,
                kind=VoletKind.MECENAT,
                cabinet_id=cabinet.id,
                contracted_amount=Decimal("14400"),
            ),
        )
    page = page_for(qtbot, operations, cabinet.id)
    page.tabs.setCurrentWidget(page.volets)
    assert page.tabs.tabText(page.tabs.indexOf(page.volets)) == "Volets menés (1)"
    model = page.volets.model
    qtmodeltester.check(model)
    assert [model.index(0, c).data() for c in range(model.columnCount())] == [
        "Mécénat 🎭",
        "En montage",
        "Mécénat",
        "14\u00a0400,00\u00a0€",
    ]
    with qtbot.waitSignal(page.record_opened) as opened:
        page.volets.table.activated.emit(model.index(0, 1))
    assert opened.args == ["programme", programme.id]
