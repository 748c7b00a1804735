"""The company form: refusals under fields, stale save -> reload, contacts and partnerships."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from dla_desktop.db.database import Database
from dla_desktop.domain.enums import CompanySize, PartnershipCategory
from dla_desktop.domain.records import (
    AssociationDraft,
    CompanyDraft,
    CompanyRecord,
    PartnershipDraft,
    PartnershipRecord,
)
from dla_desktop.services import associations, companies, partnerships
from dla_desktop.ui.operations import Change, Operations
from dla_desktop.ui.pages.company_page import CompanyPage
from tests.ui.support import answer_boxes, shown

VALID_SIRET = "73282932000074"


def stored(database: Database) -> list[CompanyRecord]:
    with database.reading() as session:
        return [companies.get_company(session, r.id) for r in companies.list_companies(session)]


def existing(database: Database, **fields: object) -> CompanyRecord:
    with database.transaction() as session:
        return companies.create_company(session, CompanyDraft(**{"name": "Imprimerie", **fields}))


def page_for(qtbot: QtBot, operations: Operations, company_id: str | None) -> CompanyPage:
    return shown(qtbot, CompanyPage(operations, company_id))


def test_a_new_company_is_created_with_its_size(
    qtbot: QtBot, operations: Operations, database: Database
) -> None:
    page = page_for(qtbot, operations, None)
    saved: list[str] = []
    page.saved.connect(saved.append)
    page.name.setText("Brasserie <Nord> & Fils 🍺")
    page.size.setCurrentIndex(page.size.findText("PME"))
    page.siret.setText(VALID_SIRET)
    page.csr_interest.setChecked(True)
    assert page.save()
    [record] = stored(database)
    assert saved == [record.id]
    assert (record.name, record.size, record.siren) == (
        "Brasserie <Nord> & Fils 🍺",
        CompanySize.PME,
        VALID_SIRET[:9],  # the service fills the SIREN from the SIRET
    )
    assert page.title.text() == "Brasserie <Nord> & Fils 🍺"
    assert page.siren.text() == VALID_SIRET[:9]
    assert not page.has_unsaved_changes()


def test_a_bad_siret_is_said_under_the_field_and_nothing_is_written(
    qtbot: QtBot, operations: Operations, database: Database
) -> None:
    page = page_for(qtbot, operations, None)
    page.name.setText("Clic & Co")
    page.siret.setText("12345678901234")
    assert not page.save()
    message = page.findChild(QLabel, "siret_error")
    assert message.isVisible()
    assert message.text().startswith("SIRET : ")
    assert page.focusWidget() is page.siret
    assert stored(database) == []
    page.siret.setText(VALID_SIRET)
    assert page.save()
    assert not message.isVisible()


def test_a_stale_save_offers_to_reload(
    qtbot: QtBot, operations: Operations, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    # GIVEN two pages on the same company
    record = existing(database, town="Lille")
    first = page_for(qtbot, operations, record.id)
    second = page_for(qtbot, operations, record.id)
    # WHEN both edit and the second saves last
    first.town.setText("Roubaix")
    second.town.setText("Tourcoing")
    assert first.save()
    boxes = answer_boxes(monkeypatch, "Recharger")
    assert not second.save()
    # THEN it was refused, offered "Recharger", and shows the stored values
    assert len(boxes) == 1
    assert [c.town for c in stored(database)] == ["Roubaix"]
    assert second.town.text() == "Roubaix"
    assert not second.has_unsaved_changes()


def test_leaving_with_edits_asks(
    qtbot: QtBot, operations: Operations, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = page_for(qtbot, operations, existing(database).id)
    page.notes.setPlainText("À rappeler")
    boxes = answer_boxes(monkeypatch, "Annuler")
    assert not page.maybe_leave()
    assert "Imprimerie" in boxes[0].text()
    answer_boxes(monkeypatch, "Enregistrer")
    assert page.maybe_leave()
    assert stored(database)[0].notes == "À rappeler"


def test_partnerships_tab_follows_changes_made_elsewhere(
    qtbot: QtBot, operations: Operations, database: Database
) -> None:
    company = existing(database)
    page = page_for(qtbot, operations, company.id)
    page.tabs.setCurrentWidget(page.partnerships)
    assert page.partnerships.model.rowCount() == 0

    def create(session: Session) -> PartnershipRecord:
        association = associations.create_association(session, AssociationDraft(name="Éclat"))
        draft = PartnershipDraft(
            association_id=association.id,
            company_id=company.id,
            category=PartnershipCategory.MECENAT_NATURE,
        )
        return partnerships.create_partnership(session, draft)

    deal = operations.write(None, create, Change.PARTNERSHIPS)
    assert page.partnerships.model.rowCount() == 1
    assert page.partnerships.model.row_at(0).partnership_id == deal.id
    assert page.tabs.tabText(page.tabs.indexOf(page.partnerships)) == "Partenariats (1)"


def test_related_tables_pass_the_model_tester(
    qtbot: QtBot, operations: Operations, database: Database, qtmodeltester
) -> None:
    page = page_for(qtbot, operations, existing(database).id)
    for panel in (page.contacts, page.partnerships, page.meetings):
        qtmodeltester.check(panel.model)
