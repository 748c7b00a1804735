"""The offline questionnaires from the Suivi tab: a wave goes out, filled forms come back.

The walk: a programme that ended seven months ago → "Envoyer une vague…" (6 months) →
the forms and drafts on disk → one form filled with pypdf as a treasurer would → dropped
on the tab → confirmed with its partnership → the answer, the partnership and the
programme's indicators; the same file again is "Déjà importée" and writes nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from dla_desktop.app import make_application
from dla_desktop.db.database import Database, create_database
from dla_desktop.domain.enums import PartnershipStatus, ProgrammeStatus, VoletKind
from dla_desktop.domain.followup_due import DueItem, DueKind
from dla_desktop.domain.questionnaire_forms import AnswerFate
from dla_desktop.domain.records import (
    AssociationDraft,
    ContactDraft,
    OfficeDraft,
    ProgrammeDraft,
    QuestionnaireDraft,
    QuestionnaireRecord,
    VoletDraft,
    VoletEnrolmentDraft,
)
from dla_desktop.services import (
    associations,
    contacts,
    enrolment,
    followup,
    indicators,
    offices,
    partnerships,
    programmes,
    questionnaire_forms,
)
from dla_desktop.ui.dialogs.answer_dialog import AnswerDialog, offers_partnership
from dla_desktop.ui.dialogs.answer_import_dialog import AnswerImportDialog, dropped_pdfs
from dla_desktop.ui.dialogs.partnership_dialog import PartnershipDialog
from dla_desktop.ui.dialogs.wave_send_dialog import WaveSendDialog
from dla_desktop.ui.operations import Operations
from dla_desktop.ui.pages.due_page import ITEM_ROLE, DuePage
from dla_desktop.ui.pages.partnerships_page import BOARD_VIEW, PartnershipsPage
from dla_desktop.ui.pages.programme.evaluation_tab import EvaluationTab
from dla_desktop.ui.pages.programme.followup_tab import FollowupTab
from dla_desktop.ui.pages.programme.programme_page import ProgrammePage
from tests.services.support import open_copy, snapshot
from tests.ui.support import answer_boxes, shown_section, window_on

TODAY = date(2026, 3, 16)  # the frozen day: the programme ended seven months before
END = date(2025, 8, 16)
JARDINS, THEATRE, CLUB = "Les Jardins de Fives", "Théâtre <Éclat> & Cie", "Club sans courriel"


@dataclass(frozen=True)
class World:
    programme: str
    mecenat: str  # the volet every association follows
    marketing: str  # the volet only Les Jardins de Fives follows
    associations: dict[str, str]  # name -> id


def build(database: Database) -> World:
    """A programme with two volets, three associations (one without any e-mail address)."""
    with database.transaction() as s:
        office = offices.create_office(s, OfficeDraft(name="CBE de Lille", email="dla@example.org"))
        offices.set_current_office(s, office.id)
        programme = programmes.create_programme(
            s,
            ProgrammeDraft(
                title="Mécénat Lille 2025", start_date=date(2025, 3, 1), end_date=END,
                questionnaire_waves="3,6,12",
            ),
        )  # fmt: skip
        mecenat = programmes.create_volet(
            s, VoletDraft(programme_id=programme.id, kind=VoletKind.MECENAT)
        )
        marketing = programmes.create_volet(
            s, VoletDraft(programme_id=programme.id, kind=VoletKind.MARKETING)
        )
        ids = {
            name: associations.create_association(s, AssociationDraft(name=name)).id
            for name in (JARDINS, THEATRE, CLUB)
        }
        enrolment.enrol_associations(s, programme.id, list(ids.values()), on=date(2025, 3, 1))
        for association_id in ids.values():
            enrolment.join_volet(
                s, VoletEnrolmentDraft(volet_id=mecenat.id, association_id=association_id)
            )
        enrolment.join_volet(
            s, VoletEnrolmentDraft(volet_id=marketing.id, association_id=ids[JARDINS])
        )
        for name, email in ((JARDINS, "tresorier@jardins.example.org"), (THEATRE, "a@t.example")):
            contacts.create_contact(
                s, ContactDraft(last_name="Durand", email=email, association_id=ids[name])
            )
        contacts.create_contact(s, ContactDraft(last_name="Martin", association_id=ids[CLUB]))
    return World(programme.id, mecenat.id, marketing.id, ids)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, World]:
    """The programme built once through the services; each test opens its own copy."""
    path = tmp_path_factory.mktemp("built") / "built.dla"
    database = create_database(path)
    try:
        return path, build(database)
    finally:
        database.close()


@pytest.fixture
def database(built: tuple[Path, World], tmp_path: Path) -> Iterator[Database]:
    make_application()
    yield from open_copy(built[0], tmp_path)


@pytest.fixture
def world(built: tuple[Path, World]) -> World:
    return built[1]


@pytest.fixture
def operations(database: Database) -> Operations:
    return Operations(database)


@pytest.fixture
def tab(qtbot: QtBot, operations: Operations, world: World) -> FollowupTab:
    widget = FollowupTab(operations, world.programme)
    widget.today = lambda: TODAY
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def send_wave(
    tab: FollowupTab, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, folder: Path, months: int
) -> list[QMessageBox]:
    """Click "Envoyer une vague…", choose the wave and the folder, wait for the summary."""
    monkeypatch.setattr(WaveSendDialog, "ask_folder", lambda _self: folder)

    def choose(dialog: WaveSendDialog) -> int:
        dialog.wave.setCurrentIndex(dialog.wave.findData(months))
        dialog.choose_folder.click()
        assert dialog.send_button.isEnabled()
        dialog.send_button.click()
        return dialog.result()

    monkeypatch.setattr(WaveSendDialog, "exec", choose)
    boxes = answer_boxes(monkeypatch, "Fermer")
    tab.findChild(QPushButton, "send_wave").click()
    qtbot.waitUntil(lambda: bool(boxes), timeout=20_000)
    return boxes


def fill_form(form: Path, filled: Path, volet_id: str) -> None:
    """What a treasurer types into the form, done with pypdf."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(form))
    answers = {
        "partenariat": "/oui",
        "entreprise": "Boulangerie Éclat",
        "montant": "1 500",
        "emplois_consolides": "1",
        f"satisfaction_{volet_id}": "/4",
        "commentaire": "Merci pour l'accompagnement & les contacts !",
    }
    for page in writer.pages:
        writer.update_page_form_field_values(page, answers, auto_regenerate=False)
    writer.set_need_appearances_writer(True)
    filled.parent.mkdir(parents=True, exist_ok=True)
    with filled.open("wb") as out:
        writer.write(out)


def confirm_import(
    monkeypatch: pytest.MonkeyPatch, tick_partnership: bool
) -> tuple[list[AnswerImportDialog], list[tuple[Any, ...]]]:
    """Make the confirmation dialog tick (or not) the partnership and click "Importer"."""
    dialogs: list[AnswerImportDialog] = []
    infos: list[tuple[Any, ...]] = []

    def confirm(dialog: AnswerImportDialog) -> int:
        dialogs.append(dialog)
        model = dialog.model
        for row in range(model.rowCount()):
            index = model.index(row, model.PARTNERSHIP)
            if tick_partnership and index.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
                model.setData(index, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
        if dialog.import_button.isEnabled():
            dialog.import_button.click()
        return dialog.result()

    monkeypatch.setattr(AnswerImportDialog, "exec", confirm)
    monkeypatch.setattr(
        QMessageBox, "information", lambda *args: infos.append(args) or QMessageBox.Ok
    )
    return dialogs, infos


# --- the walk ----------------------------------------------------------------------------


def test_a_wave_goes_out_and_a_filled_form_comes_back_as_a_partnership(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    database: Database,
    operations: Operations,
    world: World,
    tab: FollowupTab,
) -> None:
    evaluation = EvaluationTab(operations, world.programme)
    qtbot.addWidget(evaluation)
    evaluation.show()
    qtbot.waitExposed(evaluation)
    assert evaluation.indicators is not None and evaluation.indicators.partnerships_obtained == 0

    # GIVEN the 6-month wave is due: the dialog proposes it, with three associations to reach
    dialog = tab.wave_dialog()
    assert dialog.current_choice().months == 6 and dialog.current_choice().to_send == 3
    assert "3 associations à envoyer" in dialog.wave.currentText()
    assert not dialog.send_button.isEnabled()  # no folder chosen yet

    # WHEN it is sent into a folder
    folder = tmp_path / "envoi"
    boxes = send_wave(tab, qtbot, monkeypatch, folder, months=6)

    # THEN a form and a draft per association, the summary names who has no address
    wave = folder / "Mécénat Lille 2025 - 6 mois"  # each wave in its own folder
    assert list(folder.iterdir()) == [wave]
    pdfs, drafts = sorted(wave.glob("*.pdf")), sorted(wave.glob("*.eml"))
    assert len(pdfs) == 3 and len(drafts) == 3
    summary = boxes[0]
    assert summary.text().startswith("3 formulaires et brouillons d'e-mail écrits dans :")
    assert str(wave) in summary.text()
    assert CLUB in summary.informativeText() and JARDINS not in summary.informativeText()
    assert "Ouvrir le dossier" in [button.text() for button in summary.buttons()]
    waves = [tab.wave_model.row_at(r).record for r in range(tab.wave_model.rowCount())]
    assert [(w.months_after, w.sent_on) for w in waves] == [(6, TODAY)] * 3
    after = {choice.months: choice.to_send for choice in tab.wave_dialog()._choices}
    assert after == {3: 3, 6: 0, 12: 3}  # never sent twice; the 3-month wave is proposed now

    # WHEN Les Jardins de Fives' treasurer fills the form and it is dropped on the tab
    form = next(path for path in pdfs if JARDINS in path.name)
    filled = tmp_path / "retour" / "Questionnaire rempli.pdf"
    fill_form(form, filled, world.mecenat)
    dialogs, infos = confirm_import(monkeypatch, tick_partnership=True)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(filled))])
    tab.on_files_dropped(dropped_pdfs(mime))

    # THEN the dialog showed it ready, with the partnership offered but not ticked by default
    shown = dialogs[0]
    assert shown.model.index(0, shown.model.FATE).data() == "Prête"
    assert shown.model.index(0, shown.model.ASSOCIATION).data() == JARDINS
    assert shown.model.index(0, shown.model.WAVE).data() == "6 mois"
    programme = shown.model.index(0, shown.model.PROGRAMME)  # whose programme, in one drop
    assert programme.data() == "Mécénat Lille 2025"
    assert shown.model.headerData(shown.model.PROGRAMME, Qt.Orientation.Horizontal) == "Programme"
    assert "1 réponse enregistrée." in infos[0][2] and "1 partenariat créé." in infos[0][2]

    # AND the answer, the partnership (born of the programme) and the indicators are stored
    with database.reading() as s:
        answer = next(
            q for q in followup.list_questionnaires(s, world.programme)
            if q.association_id == world.associations[JARDINS]
        )  # fmt: skip
        created = partnerships.list_partnerships(s, programme_id=world.programme)
        figures = indicators.programme_indicators(s, world.programme)
    assert (answer.answered_on, answer.partnership_obtained) == (TODAY, True)
    assert (answer.company_name, answer.amount) == ("Boulangerie Éclat", Decimal("1500.00"))
    assert answer.satisfaction == {world.mecenat: 4} and answer.jobs_consolidated == 1
    assert len(created) == 1 and created[0].origin_programme_id == world.programme
    assert created[0].status is PartnershipStatus.SIGNE and created[0].amount == Decimal("1500")
    assert figures.partnerships_obtained == 1 and figures.partnerships_amount == Decimal("1500")
    assert evaluation.indicators.partnerships_obtained == 1  # the visible tab followed
    row = next(
        r for r in range(tab.wave_model.rowCount())
        if tab.wave_model.row_at(r).association_name == JARDINS
    )  # fmt: skip
    shows = [tab.wave_model.index(row, c).data() for c in range(tab.wave_model.columnCount())]
    assert "Boulangerie Éclat" in shows and "Formulaire" in shows
    assert tab.response_rate.text() == "1 réponse sur 3 questionnaires envoyés (6 mois : 1/3)"

    # WHEN the same file is imported again
    before = snapshot(database)
    dialogs.clear()
    monkeypatch.setattr(tab, "ask_answer_files", lambda: [filled])
    tab.findChild(QPushButton, "import_answers").click()

    # THEN it is "Déjà importée", nothing can be imported, nothing is written
    again = dialogs[0]
    assert again.model.index(0, again.model.FATE).data() == "Déjà importée"
    assert not again.import_button.isEnabled()
    again.accept()
    assert snapshot(database) == before


def due_rows(due: DuePage) -> list[tuple[DueItem, Any]]:
    """Every leaf of the À faire tree with its item: what the coordinator sees."""
    rows = []
    for number in range(due.tree.topLevelItemCount()):
        group = due.tree.topLevelItem(number)
        for child in range(group.childCount()):
            leaf = group.child(child)
            rows.append((leaf.data(0, ITEM_ROLE), leaf))
    return rows


def six_month_questionnaires(due: DuePage, world: World) -> dict[str, DueKind]:
    """The 6-month questionnaire items of the programme shown, by association name."""
    return {
        item.association_name: item.kind
        for item, _leaf in due_rows(due)
        if item.programme_id == world.programme and item.months_after == 6
    }


def test_from_the_to_do_list_to_an_imported_answer(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    database: Database,
    world: World,
    settings: QSettings,
) -> None:
    # GIVEN the ended programme in « Suivi post-accompagnement », opened as a coordinator does
    with database.transaction() as s:
        record = programmes.get_programme(s, world.programme)
        programmes.update_programme(
            s, record.id, replace(record, status=ProgrammeStatus.SUIVI), record.version
        )
    window = window_on(qtbot, database.path, settings)
    window.resize(1280, 800)
    assert window.show_page("due")
    due = window.page("due")
    assert isinstance(due, DuePage)
    due.today = lambda: TODAY
    due.refresh()

    # THEN À faire lists the 6-month questionnaire of each of its three associations
    assert six_month_questionnaires(due, world) == {
        name: DueKind.QUESTIONNAIRE_TO_SEND for name in (JARDINS, THEATRE, CLUB)
    }
    due.grab().save(str(tmp_path / "a_faire_avant.png"))

    # WHEN the coordinator double-clicks Les Jardins de Fives' one
    leaf = next(
        leaf for item, leaf in due_rows(due)
        if item.association_name == JARDINS and item.months_after == 6
    )  # fmt: skip
    due.tree.scrollToItem(leaf)
    centre = due.tree.visualItemRect(leaf).center()
    qtbot.mouseClick(due.tree.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(due.tree.viewport(), Qt.MouseButton.LeftButton, pos=centre)

    # THEN the programme's page opens on its Suivi tab
    page = window.record_page
    assert isinstance(page, ProgrammePage) and page.record is not None
    assert page.record.id == world.programme
    tab = page.tabs.currentWidget()
    assert isinstance(tab, FollowupTab) and tab.isVisible()
    assert window.current_page_key() == "programmes"
    tab.today = lambda: TODAY

    # WHEN the 6-month wave is sent from there, and Les Jardins' filled form comes back
    folder = tmp_path / "envoi"
    boxes = send_wave(tab, qtbot, monkeypatch, folder, months=6)
    assert boxes[0].text().startswith("3 formulaires et brouillons d'e-mail écrits dans :")
    pdfs = sorted((folder / "Mécénat Lille 2025 - 6 mois").glob("*.pdf"))
    filled = tmp_path / "retour" / "Questionnaire rempli.pdf"
    fill_form(next(path for path in pdfs if JARDINS in path.name), filled, world.mecenat)
    dialogs, infos = confirm_import(monkeypatch, tick_partnership=True)
    tab.on_files_dropped([filled])

    # THEN the answer and its partnership are stored and the programme's indicators count it
    assert dialogs[0].model.index(0, dialogs[0].model.FATE).data() == "Prête"
    assert "1 réponse enregistrée." in infos[0][2] and "1 partenariat créé." in infos[0][2]
    with database.reading() as s:
        created = partnerships.list_partnerships(s, programme_id=world.programme)
        figures = indicators.programme_indicators(s, world.programme)
        answers = indicators.followup_figures(s, world.programme)
    assert [(p.association_id, p.amount) for p in created] == [
        (world.associations[JARDINS], Decimal("1500"))
    ]
    assert figures.partnerships_obtained == 1 and figures.questionnaire_responses.count == 1
    assert [(w.months_after, w.responses.count, w.responses.total) for w in answers.waves] == [
        (6, 1, 3)
    ]
    assert [(s.volet_id, s.ratings) for s in answers.satisfaction if s.ratings] == [
        (world.mecenat, 1)
    ]
    assert tab.response_rate.text() == "1 réponse sur 3 questionnaires envoyés (6 mois : 1/3)"

    # AND back on À faire, no 6-month questionnaire is left to send; Les Jardins is gone
    assert window.show_page("due")
    due.refresh()
    # (the two others' answers are awaited, listed only once the reminder delay is past)
    assert six_month_questionnaires(due, world) == {}
    assert any(item.months_after == 3 for item, _leaf in due_rows(due))  # the rest stays
    due.grab().save(str(tmp_path / "a_faire_apres.png"))


def test_an_answer_typed_in_creates_the_partnership_whose_steps_are_dated(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    database: Database,
    operations: Operations,
    world: World,
    settings: QSettings,
) -> None:
    # GIVEN a partnership born as an idea, moved to "signed" by a typed-in answer
    association = world.associations[THEATRE]
    with database.transaction() as s:
        wave = followup.create_questionnaire(
            s,
            QuestionnaireDraft(
                programme_id=world.programme, association_id=association, months_after=6,
                sent_on=date(2026, 2, 20),
            ),
        )  # fmt: skip
    dialog = AnswerDialog(operations, wave, THEATRE)
    qtbot.addWidget(dialog)
    dialog.answered_on.set_value(date(2026, 3, 2))
    dialog.obtained.setCurrentIndex(dialog.obtained.findData(True))
    dialog.company_name.setText("Boulangerie Éclat")
    dialog.amount.set_amount(Decimal("800"))
    asked: list[str] = []

    def yes(_parent: Any, title: str, _text: str, *args: Any) -> QMessageBox.StandardButton:
        asked.append(title)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    dialog.accept()
    assert asked == ["Créer le partenariat ?"] and dialog.partnership is not None

    # THEN the partnership's dialog and the board say when it reached its status
    steps = PartnershipDialog(operations, dialog.partnership.id)
    qtbot.addWidget(steps)
    assert steps.status_path.text() == "Signé 2 mars 2026"
    page = shown_section(qtbot, PartnershipsPage("Partenariats", settings=settings), database)
    page.show_view(BOARD_VIEW)
    assert page.board.select_card(dialog.partnership.id)
    assert page.card_steps.text() == f"{THEATRE} × Boulangerie Éclat : Signé 2 mars 2026"


# --- the pieces ----------------------------------------------------------------------------


def test_typing_an_answer_stores_a_satisfaction_per_volet_followed(
    qtbot: QtBot, database: Database, operations: Operations, world: World
) -> None:
    with database.transaction() as s:
        wave = followup.create_questionnaire(
            s,
            QuestionnaireDraft(
                programme_id=world.programme, association_id=world.associations[JARDINS],
                months_after=3, sent_on=date(2025, 11, 16),
            ),
        )  # fmt: skip
    dialog = AnswerDialog(operations, wave, JARDINS)
    qtbot.addWidget(dialog)
    # Les Jardins follow both volets; the others only one
    assert list(dialog.satisfaction) == [world.mecenat, world.marketing]
    dialog.answered_on.set_value(date(2025, 12, 1))
    dialog.obtained.setCurrentIndex(dialog.obtained.findData(False))
    dialog.satisfaction[world.mecenat].setCurrentIndex(
        dialog.satisfaction[world.mecenat].findData(5)
    )
    dialog.accept()  # no partnership: nothing asked
    assert dialog.result()
    with database.reading() as s:
        stored = followup.get_questionnaire(s, wave.id)
    assert stored.satisfaction == {world.mecenat: 5}  # the volet left unanswered is not stored
    assert dialog.partnership is None


def test_the_wave_dialog_offers_to_send_again_only_to_those_who_did_not_answer(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, tab: FollowupTab
) -> None:
    send_wave(tab, qtbot, monkeypatch, tmp_path / "premier", months=6)
    monkeypatch.undo()
    dialog = tab.wave_dialog()
    qtbot.addWidget(dialog)
    dialog.wave.setCurrentIndex(dialog.wave.findData(6))
    assert "envoyée à toutes" in dialog.wave.currentText()
    assert dialog.resend.isEnabled() and dialog.resend.text().endswith("(3)")
    assert dialog.outcome.text().startswith("Rien à écrire")
    dialog.resend.setChecked(True)
    assert dialog.form_count() == 3
    assert dialog.outcome.text().startswith("3 formulaires et leurs brouillons")
    dialog.wave.setCurrentIndex(dialog.wave.findData(12))  # not due before August 2026
    assert "Attention" in dialog.outcome.text() and "16 août 2026" in dialog.outcome.text()


def test_a_foreign_file_is_refused_in_red_and_nothing_can_be_imported(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    database: Database,
    tab: FollowupTab,
    qtmodeltester: Any,
) -> None:
    foreign = tmp_path / "facture.pdf"
    foreign.write_bytes(b"%PDF-1.4\nnot really a form\n%%EOF\n")
    before = snapshot(database)
    dialogs, _infos = confirm_import(monkeypatch, tick_partnership=True)
    tab.on_files_dropped([foreign])
    dialog = dialogs[0]
    qtmodeltester.check(dialog.model)
    index = dialog.model.index(0, dialog.model.FATE)
    assert index.data() == "Refusée" and index.data(Qt.ItemDataRole.UserRole) == AnswerFate.REFUSED
    assert index.data(Qt.ItemDataRole.ForegroundRole).name() == "#b00020"
    assert "facture.pdf" in dialog.model.index(0, dialog.model.DETAIL).data()
    assert not dialog.import_button.isEnabled()
    assert dialog.heading.text() == "1 fichier lu : aucune réponse à importer."
    assert snapshot(database) == before


def test_only_dropped_pdf_files_are_taken(
    tab: FollowupTab, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pdf, sheet = tmp_path / "a.PDF", tmp_path / "b.xlsx"
    imported: list[list[Path]] = []
    monkeypatch.setattr(tab, "import_answers", lambda paths: imported.append(list(paths)))
    for files, accepted in (([sheet], False), ([pdf, sheet], True)):
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(path)) for path in files])
        buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime, buttons, keys)
        tab.dragEnterEvent(enter)
        assert enter.isAccepted() is accepted
        tab.dropEvent(QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, buttons, keys))
    assert imported == [[pdf]]  # the spreadsheet is never taken, alone or beside a PDF


def test_the_partnership_is_offered_only_for_a_new_or_changed_partnership_with_a_company() -> None:
    sent = QuestionnaireRecord(
        id="q", version=1, updated_at=datetime(2026, 3, 1, tzinfo=UTC),
        programme_id="p", association_id="a", months_after=6, sent_on=date(2026, 2, 16),
    )  # fmt: skip
    obtained = replace(sent, partnership_obtained=True, company_name="Boulangerie Éclat")
    assert offers_partnership(sent, obtained)
    assert not offers_partnership(obtained, replace(obtained, comment="Relu"))  # nothing new
    assert offers_partnership(obtained, replace(obtained, amount=Decimal("900")))
    assert not offers_partnership(sent, replace(obtained, company_name="  "))  # with whom?
    assert not offers_partnership(sent, replace(sent, partnership_obtained=False))
    assert not offers_partnership(sent, None)  # not saved


def test_a_folder_that_cannot_be_written_marks_nothing_sent(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    database: Database,
    tab: FollowupTab,
) -> None:
    taken = tmp_path / "un fichier"
    taken.write_text("pas un dossier")
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text) or 0
    )
    monkeypatch.setattr(WaveSendDialog, "ask_folder", lambda _self: taken)

    def choose(dialog: WaveSendDialog) -> int:
        dialog.choose_folder.click()
        dialog.send_button.click()
        return dialog.result()

    monkeypatch.setattr(WaveSendDialog, "exec", choose)
    before = snapshot(database)
    tab.findChild(QPushButton, "send_wave").click()
    qtbot.waitUntil(lambda: bool(warnings), timeout=20_000)
    assert warnings[0].startswith("Impossible d'écrire") and "un fichier" in warnings[0]
    assert snapshot(database) == before  # the wave is not marked sent: try again elsewhere


def test_a_wave_failing_midway_leaves_no_file_and_names_the_real_destination(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    database: Database,
    tab: FollowupTab,
) -> None:
    from dla_desktop.documents.pdf import questionnaire_form

    real = questionnaire_form.write_questionnaire_form
    calls: list[Path] = []

    def second_fails(content: Any, path: Path) -> Path:
        calls.append(path)
        if len(calls) == 2:
            raise PermissionError(13, "Permission denied", str(path))
        return real(content, path)

    monkeypatch.setattr(questionnaire_form, "write_questionnaire_form", second_fails)
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text) or 0
    )
    folder = tmp_path / "envoi"
    monkeypatch.setattr(WaveSendDialog, "ask_folder", lambda _self: folder)

    def choose(dialog: WaveSendDialog) -> int:
        dialog.wave.setCurrentIndex(dialog.wave.findData(6))
        dialog.choose_folder.click()
        dialog.send_button.click()
        return dialog.result()

    monkeypatch.setattr(WaveSendDialog, "exec", choose)
    before = snapshot(database)
    tab.findChild(QPushButton, "send_wave").click()
    qtbot.waitUntil(lambda: bool(warnings), timeout=20_000)
    real_destination = folder / "Mécénat Lille 2025 - 6 mois" / calls[1].name
    assert str(real_destination) in warnings[0] and "accès refusé" in warnings[0]
    assert snapshot(database) == before  # nothing marked sent
    qtbot.waitUntil(lambda: list(folder.iterdir()) == [], timeout=5_000)  # no orphan form


def test_the_drafts_sender_accepts_an_accented_address() -> None:
    from dla_desktop.domain.questionnaire_forms import FormContent, WaveMail
    from dla_desktop.ui.dialogs.wave_send_dialog import sender_of

    content = FormContent(
        "q", "t", "P", None, "A", 6, (), (), "CBE de Lille", "suivi@écoles-lille.fr", None
    )
    sender = sender_of(WaveMail(content, (), "s", "b", "f"))
    assert str(sender) == "CBE de Lille <suivi@écoles-lille.fr>"


def answered_wave(database: Database, world: World, company: str) -> QuestionnaireRecord:
    """Le Théâtre's 6-month answer reporting a partnership, stored without creating it."""
    with database.transaction() as s:
        wave = followup.create_questionnaire(
            s,
            QuestionnaireDraft(
                programme_id=world.programme, association_id=world.associations[THEATRE],
                months_after=6, sent_on=date(2026, 2, 20),
            ),
        )  # fmt: skip
        draft = replace(
            QuestionnaireDraft(programme_id=wave.programme_id, association_id=wave.association_id,
                               months_after=6, sent_on=wave.sent_on),
            answered_on=date(2026, 3, 2), partnership_obtained=True, company_name=company,
        )  # fmt: skip
        return followup.record_answer(s, wave.id, draft, wave.version)


def test_correcting_the_company_or_saying_no_unlinks_the_first_company(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    database: Database,
    operations: Operations,
    world: World,
) -> None:
    wave = answered_wave(database, world, "Boulangerie Éclat")
    with database.transaction() as s:
        questionnaire_forms.partnership_from_answer(s, wave.id)
        linked = followup.get_questionnaire(s, wave.id)
    assert linked.company_id is not None
    dialog = AnswerDialog(operations, linked, THEATRE)
    qtbot.addWidget(dialog)
    assert dialog.draft().company_id == linked.company_id  # unchanged: kept
    dialog.company_name.setText("boulangerie  ECLAT")
    assert dialog.draft().company_id == linked.company_id  # the same name, typed otherwise
    dialog.company_name.setText("Imprimerie Nord")
    assert dialog.draft().company_id is None  # corrected by hand: the link goes
    dialog.company_name.setText("Boulangerie Éclat")
    dialog.obtained.setCurrentIndex(dialog.obtained.findData(False))
    dialog.company_name.clear()
    assert dialog.draft().company_id is None
    monkeypatch.setattr(QMessageBox, "question", lambda *args: pytest.fail("nothing to offer"))
    dialog.accept()  # "Non" is saved (a kept link would be refused)
    assert dialog.result() and dialog.saved.company_id is None
    assert dialog.saved.partnership_obtained is False


def test_a_partnership_not_created_at_import_is_offered_when_the_answer_is_saved_again(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    database: Database,
    operations: Operations,
    world: World,
) -> None:
    wave = answered_wave(database, world, "Boulangerie Éclat")
    asked: list[str] = []

    def answer(_parent: Any, title: str, *args: Any) -> QMessageBox.StandardButton:
        asked.append(title)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    dialog = AnswerDialog(operations, wave, THEATRE)
    qtbot.addWidget(dialog)
    dialog.accept()  # nothing changed, but no partnership links them yet
    assert asked == ["Créer le partenariat ?"] and dialog.partnership is not None
    with database.reading() as s:
        saved = followup.get_questionnaire(s, wave.id)
    again = AnswerDialog(operations, saved, THEATRE)
    qtbot.addWidget(again)
    again.accept()  # it exists now: nothing asked
    assert asked == ["Créer le partenariat ?"] and again.result()
