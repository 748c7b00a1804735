"""The association form: saves through services, says refusals under fields, asks before leaving."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QTableView
from pytestqt.qtbot import QtBot

from dla_desktop.db.database import Database
from dla_desktop.domain.enums import VoletKind
from dla_desktop.domain.records import (
    AssociationDraft,
    AssociationRecord,
    CompanyDraft,
    ProgrammeDraft,
    VoletDraft,
    VoletEnrolmentDraft,
)
from dla_desktop.services import associations, companies, contacts, enrolment, programmes
from dla_desktop.ui.dialogs.contact_dialog import ContactDialog
from dla_desktop.ui.dialogs.partnership_dialog import PartnershipDialog
from dla_desktop.ui.operations import Operations
from dla_desktop.ui.pages.association_page import AssociationPage
from tests.ui.support import answer_boxes, shown

VALID_SIRET = "73282932000074"  # a real-format SIRET with a correct Luhn key


def stored(database: Database) -> list[AssociationRecord]:
    with database.reading() as session:
        return [
            associations.get_association(session, row.id)
            for row in associations.list_associations(session)
        ]


def existing(database: Database, **fields: object) -> AssociationRecord:
    with database.transaction() as session:
        return associations.create_association(
            session, AssociationDraft(**{"name": "Arts en Partage", **fields})
        )


def page_for(qtbot: QtBot, operations: Operations, association_id: str | None) -> AssociationPage:
    return shown(qtbot, AssociationPage(operations, association_id))


def test_a_new_association_is_created(
    qtbot: QtBot, operations: Operations, database: Database
) -> None:
    page = page_for(qtbot, operations, None)
    saved: list[str] = []
    page.saved.connect(saved.append)
    page.name.setText("Théâtre de l'Embellie")
    page.sector.setCurrentText("Culture")
    page.siret.setText(VALID_SIRET)
    page.employees.setValue(3)
    page.fte.setValue(2.5)
    page.postal_code.setText("59000")
    page.prior_dla_support.setChecked(True)
    assert page.has_unsaved_changes()
    assert page.save()
    [record] = stored(database)
    assert saved == [record.id]
    assert (record.name, record.sector, record.employees, str(record.fte)) == (
        "Théâtre de l'Embellie",
        "Culture",
        3,
        "2.50",
    )
    assert record.prior_dla_support
    assert page.record == record  # the page now holds the stored version
    assert not page.has_unsaved_changes()


def test_a_bad_siret_is_said_under_the_field_and_nothing_is_written(
    qtbot: QtBot, operations: Operations, database: Database
) -> None:
    page = page_for(qtbot, operations, None)
    page.name.setText("Clic & Partage")
    page.siret.setText("12345678901234")
    assert not page.save()
    message = page.findChild(type(page.title), "siret_error")
    assert message.isVisible()
    assert message.text().startswith("SIRET : ")
    assert page.focusWidget() is page.siret  # hasFocus needs an active window
    assert stored(database) == []
    assert page.has_unsaved_changes()  # the edits are still there to be corrected
    page.siret.setText(VALID_SIRET)
    assert page.save()
    assert not message.isVisible()  # the corrected field no longer shows the error


def test_an_rna_warning_is_shown_but_does_not_block(
    qtbot: QtBot, operations: Operations, database: Database
) -> None:
    page = page_for(qtbot, operations, None)
    page.name.setText("Horizons Solidaires")
    page.rna.setText("12345")
    assert page.save()
    assert [record.rna for record in stored(database)] == ["12345"]
    message = page.findChild(type(page.title), "rna_error")
    assert message.isVisible()
    assert message.text().startswith("Numéro RNA : ")


def test_text_with_markup_signs_and_emoji_round_trips(
    qtbot: QtBot, operations: Operations, database: Database
) -> None:
    page = page_for(qtbot, operations, None)
    page.name.setText("Cirque <b>du</b> Vent & Nord 🎪")
    page.notes.setPlainText("a < b && c > d\n« guillemets » 👍")
    assert page.save()
    again = page_for(qtbot, operations, page.record.id)
    assert again.name.text() == "Cirque <b>du</b> Vent & Nord 🎪"
    assert again.title.text() == "Cirque <b>du</b> Vent & Nord 🎪"  # shown as typed, not as HTML
    assert again.notes.toPlainText() == "a < b && c > d\n« guillemets » 👍"
    assert not again.has_unsaved_changes()


def test_the_second_of_two_pages_is_refused_and_reloads(
    qtbot: QtBot, operations: Operations, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    # GIVEN two pages open on the same association
    record = existing(database, town="Lille")
    first = page_for(qtbot, operations, record.id)
    second = page_for(qtbot, operations, record.id)
    # WHEN the first saves, then the second saves its own edit
    first.town.setText("Roubaix")
    assert first.save()
    second.town.setText("Tourcoing")
    boxes = answer_boxes(monkeypatch, "Recharger")
    assert not second.save()
    # THEN the second was refused, offered to reload, and now shows the first's values
    assert "modifiée entre-temps" in boxes[0].text()
    assert [r.town for r in stored(database)] == ["Roubaix"]
    assert second.town.text() == "Roubaix"
    assert second.record.version == first.record.version
    assert not second.has_unsaved_changes()
    second.notes.setPlainText("Relu après rechargement")
    assert second.save()  # with the current version, saving works again


def test_leaving_asks_only_when_there_are_unsaved_edits(
    qtbot: QtBot, operations: Operations, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    record = existing(database)
    page = page_for(qtbot, operations, record.id)
    boxes = answer_boxes(monkeypatch, "Annuler")
    assert page.maybe_leave()
    assert boxes == []  # nothing edited: not asked
    page.activity.setText("Arts plastiques")
    assert not page.maybe_leave()  # Annuler: stay
    assert len(boxes) == 1
    answer_boxes(monkeypatch, "Ne pas enregistrer")
    assert page.maybe_leave()
    assert stored(database)[0].activity == ""
    answer_boxes(monkeypatch, "Enregistrer")
    assert page.maybe_leave()
    assert stored(database)[0].activity == "Arts plastiques"


def test_leaving_with_a_refused_form_stays(
    qtbot: QtBot, operations: Operations, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = page_for(qtbot, operations, None)
    page.siret.setText("123")
    answer_boxes(monkeypatch, "Enregistrer")
    assert not page.maybe_leave()  # the name is missing: the page stays with its messages
    assert page.findChild(type(page.title), "name_error").text() == "Nom : à renseigner."
    assert stored(database) == []


# --- what the association took part in ------------------------------------------------


def enrolled_in_a_programme(database: Database, association_id: str) -> str:
    """A programme with one volet the association follows; returns the programme id."""
    with database.transaction() as session:
        programme = programmes.create_programme(session, ProgrammeDraft(title="Mécénat <2026>"))
        volet = programmes.create_volet(
            session, VoletDraft(programme_id=programme.id, kind=VoletKind.MARKETING)
        )
        enrolment.enrol_associations(session, programme.id, [association_id])
        enrolment.join_volet(
            session, VoletEnrolmentDraft(volet_id=volet.id, association_id=association_id)
        )
        return programme.id


def double_click(qtbot: QtBot, table: QTableView, row: int) -> None:
    index = table.model().index(row, 0)
    rect = table.visualRect(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_double_clicking_a_programme_row_opens_the_programme(
    qtbot: QtBot, operations: Operations, database: Database
) -> None:
    record = existing(database)
    programme_id = enrolled_in_a_programme(database, record.id)
    page = page_for(qtbot, operations, record.id)
    qtbot.waitExposed(page)
    page.tabs.setCurrentWidget(page.programmes)
    assert page.tabs.tabText(page.tabs.indexOf(page.programmes)) == "Programmes (1)"
    row = page.programmes.model.row_at(0)
    assert (row.title, row.volets) == ("Mécénat <2026>", ("Marketing",))
    with qtbot.waitSignal(page.record_opened) as opened:
        double_click(qtbot, page.programmes.table, 0)
    assert opened.args == ["programme", programme_id]


def test_a_contact_is_added_from_the_page(
    qtbot: QtBot, operations: Operations, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    record = existing(database)
    page = page_for(qtbot, operations, record.id)
    page.tabs.setCurrentWidget(page.contacts)

    def fill_and_save(dialog: ContactDialog) -> int:
        dialog.last_name.setText("Martin & <Fils>")
        dialog.email.setText("pas-un-courriel")
        assert not dialog.save()  # the service refuses the address: said under the field
        assert dialog.errors.message("email").text().startswith("Courriel : ")
        dialog.email.setText("martin@example.org")
        assert dialog.save()
        return dialog.result()

    monkeypatch.setattr(ContactDialog, "exec", fill_and_save)
    qtbot.mouseClick(page.findChild(QPushButton, "add_contact"), Qt.MouseButton.LeftButton)
    assert page.contacts.model.rowCount() == 1
    assert page.contacts.model.row_at(0).last_name == "Martin & <Fils>"
    assert page.tabs.tabText(page.tabs.indexOf(page.contacts)) == "Contacts (1)"
    with database.reading() as session:
        [person] = contacts.list_contacts_of(session, "association_id", record.id)
    assert person.email == "martin@example.org"


def test_a_partnership_created_from_the_page_shows_in_its_tab(
    qtbot: QtBot, operations: Operations, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    record = existing(database)
    with database.transaction() as session:
        company = companies.create_company(session, CompanyDraft(name="Imprimerie du Beffroi"))
    page = page_for(qtbot, operations, record.id)
    page.tabs.setCurrentWidget(page.partnerships)
    presets: list[str] = []

    def pick_company_and_save(dialog: PartnershipDialog) -> int:
        presets.append(dialog.draft().association_id)
        dialog.company.setCurrentText("Imprimerie du Beffroi")
        dialog.amount.setText("2 500,50")
        assert dialog.save()
        return dialog.result()

    monkeypatch.setattr(PartnershipDialog, "exec", pick_company_and_save)
    qtbot.mouseClick(page.findChild(QPushButton, "new_partnership"), Qt.MouseButton.LeftButton)
    assert presets == [record.id]  # the dialog opened with this association chosen
    assert page.tabs.tabText(page.tabs.indexOf(page.partnerships)) == "Partenariats (1)"
    line = page.partnerships.model.row_at(0)
    assert (line.partner_id, line.partner_name, str(line.amount)) == (
        company.id,
        "Imprimerie du Beffroi",
        "2500.50",
    )
    with qtbot.waitSignal(page.record_opened) as opened:
        page.partnerships.row_activated.emit(line)
    assert opened.args == ["partnership", line.partnership_id]


def test_a_new_association_has_its_related_tabs_disabled(
    qtbot: QtBot, operations: Operations, qtmodeltester
) -> None:
    page = page_for(qtbot, operations, None)
    assert [page.tabs.isTabEnabled(i) for i in range(page.tabs.count())] == [True] + [False] * 5
    for panel in (page.contacts, page.programmes, page.sessions, page.partnerships, page.meetings):
        qtmodeltester.check(panel.model)
