"""The partnership dialog: preset parties, refusals under fields, stale -> reload."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from dla_desktop.db.database import Database
from dla_desktop.domain.enums import PartnershipCategory, PartnershipStatus
from dla_desktop.domain.records import (
    AssociationDraft,
    CompanyDraft,
    PartnershipDraft,
    PartnershipRecord,
)
from dla_desktop.services import associations, companies, partnerships
from dla_desktop.ui.dialogs.partnership_dialog import PartnershipDialog
from dla_desktop.ui.operations import Operations
from tests.ui.support import shown


@pytest.fixture
def parties(database: Database) -> tuple[str, str]:
    with database.transaction() as session:
        association = associations.create_association(
            session, AssociationDraft(name="Théâtre <Éclat> & 🎭")
        )
        company = companies.create_company(session, CompanyDraft(name="Brasserie du Nord"))
        return association.id, company.id


def stored(database: Database) -> list[PartnershipRecord]:
    with database.reading() as session:
        return [
            partnerships.get_partnership(session, row.id)
            for row in partnerships.partnership_rows(session)
        ]


def dialog_for(qtbot: QtBot, operations: Operations, *args, **kwargs) -> PartnershipDialog:
    return shown(qtbot, PartnershipDialog(operations, *args, **kwargs))


def test_preset_parties_and_a_full_save(
    qtbot: QtBot, operations: Operations, database: Database, parties: tuple[str, str]
) -> None:
    association_id, company_id = parties
    dialog = dialog_for(qtbot, operations, None, company_id=company_id)
    assert dialog.company.currentText() == "Brasserie du Nord"
    assert dialog.association.currentText() == ""
    dialog.association.setCurrentText("Théâtre <Éclat> & 🎭")
    dialog.category.setCurrentIndex(
        dialog.category.findData(PartnershipCategory.MECENAT_COMPETENCES)
    )
    dialog.status.setCurrentIndex(dialog.status.findData(PartnershipStatus.SIGNE))
    dialog.status_date.set_value(date(2026, 3, 12))
    dialog.amount.setText("12 000,5")
    dialog.title.setText("Bénévoles & « compétences »")
    assert dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    [deal] = stored(database)
    assert (deal.association_id, deal.company_id) == parties
    assert (deal.category, deal.status) == (
        PartnershipCategory.MECENAT_COMPETENCES,
        PartnershipStatus.SIGNE,
    )
    assert (deal.status_date, deal.amount, deal.title) == (
        date(2026, 3, 12),
        Decimal("12000.50"),
        "Bénévoles & « compétences »",
    )


def test_missing_company_and_unreadable_amount_are_said_under_their_fields(
    qtbot: QtBot, operations: Operations, database: Database, parties: tuple[str, str]
) -> None:
    dialog = dialog_for(qtbot, operations, None, association_id=parties[0])
    dialog.amount.setText("beaucoup")
    dialog.start_date.set_value(date(2026, 5, 1))
    dialog.end_date.set_value(date(2026, 1, 1))
    assert not dialog.save()
    assert dialog.errors.message("company_id").isVisible()
    assert dialog.errors.message("company_id").text().startswith("Entreprise")
    assert dialog.errors.message("amount").text().endswith("montant illisible.")
    assert dialog.errors.message("end_date").isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert stored(database) == []


def test_editing_a_stale_partnership_offers_to_reload(
    qtbot: QtBot,
    operations: Operations,
    database: Database,
    parties: tuple[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    association_id, company_id = parties
    with database.transaction() as session:
        deal = partnerships.create_partnership(
            session,
            PartnershipDraft(
                association_id=association_id,
                company_id=company_id,
                category=PartnershipCategory.MECENAT_FINANCIER,
                amount=Decimal("500"),
            ),
        )
    dialog = dialog_for(qtbot, operations, deal.id)
    assert dialog.amount.text() == "500,00\u00a0€"
    with database.transaction() as session:  # another window changes it meanwhile
        partnerships.change_partnership_status(
            session, deal.id, PartnershipStatus.CONTACT, date(2026, 1, 2), deal.version
        )
    dialog.title.setText("Soutien de saison")
    monkeypatch.setattr(
        QMessageBox,
        "exec",
        lambda box: next(b for b in box.buttons() if b.text() == "Recharger").click() or 0,
    )
    assert not dialog.save()
    assert dialog.status.currentData() == PartnershipStatus.CONTACT  # the stored version
    assert dialog.title.text() == ""
    dialog.title.setText("Soutien de saison")
    assert dialog.save()
    assert stored(database)[0].title == "Soutien de saison"


def test_the_dossier_fields_are_saved_and_shown_again(
    qtbot: QtBot, operations: Operations, database: Database, parties: tuple[str, str]
) -> None:
    # GIVEN a new partnership with what its dossier tells the company
    association_id, company_id = parties
    dialog = dialog_for(qtbot, operations, None, association_id=association_id)
    dialog.company.setCurrentText("Brasserie du Nord")
    dialog.project.setPlainText("Une tournée <b>dans</b> les villages\n& les écoles")
    dialog.needs.setPlainText("Un véhicule\nDes affiches")
    dialog.project_budget.setText("25 000")
    assert dialog.save()
    # THEN they are stored as typed, and a dialog on the record shows them again
    [deal] = stored(database)
    assert (deal.project, deal.needs, deal.project_budget) == (
        "Une tournée <b>dans</b> les villages\n& les écoles",
        "Un véhicule\nDes affiches",
        Decimal("25000.00"),
    )
    again = dialog_for(qtbot, operations, deal.id)
    assert again.project.toPlainText() == deal.project
    assert again.project_budget.text() == "25\u00a0000,00\u00a0€"


def test_a_negative_project_budget_is_refused_under_its_field(
    qtbot: QtBot, operations: Operations, database: Database, parties: tuple[str, str]
) -> None:
    dialog = dialog_for(qtbot, operations, None, association_id=parties[0], company_id=parties[1])
    dialog.project_budget.setText("-300")
    assert not dialog.save()
    assert dialog.errors.message("project_budget").text().startswith("Budget du projet")
    assert stored(database) == []
