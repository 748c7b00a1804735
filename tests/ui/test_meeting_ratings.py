"""The Évaluations tab: rate a pair, record its outcome, make the partnership, the survey."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from dla_desktop.db.database import Database
from dla_desktop.domain.enums import (
    PairOutcome,
    PairRating,
    PartnershipCategory,
    PartnershipStatus,
)
from dla_desktop.domain.meeting_records import PairOutcomeDraft, SurveyAnswerDraft
from dla_desktop.domain.records import PartnershipDraft
from dla_desktop.services import meeting_outcomes, partnerships
from dla_desktop.ui.dialogs.form_fields import select_data
from dla_desktop.ui.dialogs.meeting_pair_dialog import PairDialog
from dla_desktop.ui.dialogs.meeting_survey_dialog import SurveyAnswerDialog
from dla_desktop.ui.pages.meeting.ratings_tab import RatingsTab
from dla_desktop.ui.pages.meeting_page import MeetingPage
from tests.ui.meeting_support import (
    SmallMeeting,
    meeting_page,
    open_tab,
    run_dialog,
    shoot,
    small_meeting,
    store_schedule,
)
from tests.ui.support import answer_boxes

PAGES: list[MeetingPage] = []  # a tab alone does not keep its page alive


@pytest.fixture(autouse=True)
def _pages() -> Iterator[None]:
    yield
    PAGES.clear()


@pytest.fixture
def meeting(database: Database) -> SmallMeeting:
    """3 associations and 3 companies with a stored schedule (9 pairs)."""
    found = small_meeting(database, 3, 3)
    store_schedule(database, found.id)
    return found


def ratings(qtbot: QtBot, database: Database, meeting_id: str) -> RatingsTab:
    page = meeting_page(qtbot, database, meeting_id)
    PAGES.append(page)
    tab = open_tab(page, page.ratings)
    assert isinstance(tab, RatingsTab)
    return tab


def cell(tab: RatingsTab, row: int, column: int) -> str:
    return tab.pairs.table.model().index(row, column).data()


def test_a_pair_is_rated_and_its_agreement_becomes_a_partnership(
    qtbot: QtBot, database: Database, meeting: SmallMeeting, monkeypatch: pytest.MonkeyPatch
) -> None:
    # GIVEN the 9 pairs of the stored schedule, by round then table
    tab = ratings(qtbot, database, meeting.id)
    assert tab.pairs.model.rowCount() == 9
    assert (cell(tab, 0, 0), cell(tab, 0, 1), cell(tab, 0, 2)) == ("1", "1", "Asso 1")
    tab.pairs.table.selectRow(0)
    assert not tab.partnership_button.isEnabled()  # no agreement yet

    # WHEN it is rated, noted, and six months on an agreement is recorded
    def fill(dialog: PairDialog) -> None:
        select_data(dialog.association_rating, PairRating.COOPERATION)
        select_data(dialog.company_rating, PairRating.INFORMATIVE)
        dialog.note.setPlainText("Mécénat de compétences <à suivre> & relance en mai")
        select_data(dialog.outcome, PairOutcome.AGREEMENT)
        dialog.outcome_date.set_value(date(2026, 9, 15))

    run_dialog(monkeypatch, PairDialog, fill)
    tab.rate_button.click()
    # THEN the list shows the labels and the summary counts it
    assert cell(tab, 0, 4) == "Coopération possible"
    assert cell(tab, 0, 5) == "Échange instructif, sans coopération"
    assert cell(tab, 0, 6) == "Accord de coopération conclu"
    assert "Évaluées : 1 sur 9" in tab.pairs_summary.text()
    assert "accords conclus : 1" in tab.pairs_summary.text()
    # AND « Créer le partenariat » makes one, with the meeting as its origin, and says its name
    tab.pairs.table.selectRow(0)
    assert tab.partnership_button.isEnabled()
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda _p, title, text: told.append((title, text))
    )
    tab.partnership_button.click()
    with database.reading() as session:
        pair = meeting_outcomes.list_pairs(session, meeting.id)[0]
        made = partnerships.get_partnership(session, pair.partnership_id)
    assert made.origin_meeting_id == meeting.id
    assert made.status == PartnershipStatus.SIGNE
    assert told == [
        (
            "Partenariat créé",
            f"Le partenariat « {made.title} » a été créé, avec cette rencontre pour origine. "
            "Il figure dans la section Partenariats.",
        )
    ]
    assert cell(tab, 0, 7) == "Oui"
    tab.pairs.table.selectRow(0)
    assert not tab.partnership_button.isEnabled()  # once is enough
    shoot(tab.window(), "evaluations")


def test_a_partnership_already_recorded_is_linked_and_said_so(
    qtbot: QtBot, database: Database, meeting: SmallMeeting, monkeypatch: pytest.MonkeyPatch
) -> None:
    # GIVEN a pair with an agreement, and its partnership already typed in by hand
    with database.transaction() as session:
        pair = meeting_outcomes.list_pairs(session, meeting.id)[0]
        agreed = PairOutcomeDraft(outcome=PairOutcome.AGREEMENT, outcome_date=date(2026, 9, 15))
        meeting_outcomes.record_outcome(session, pair.id, agreed, pair.version)
        draft = PartnershipDraft(
            association_id=pair.association_id,
            company_id=pair.company_id,
            category=PartnershipCategory.MECENAT_NATURE,
            title="Prêt de locaux",
            origin_meeting_id=meeting.id,
        )
        existing = partnerships.create_partnership(session, draft)
    tab = ratings(qtbot, database, meeting.id)
    tab.pairs.table.selectRow(0)
    assert tab.partnership_button.isEnabled()  # not linked to the pair yet
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda _p, title, text: told.append((title, text))
    )
    # WHEN « Créer le partenariat » is clicked
    tab.partnership_button.click()
    # THEN no second partnership: the existing one is linked, and the message says so
    with database.reading() as session:
        assert meeting_outcomes.get_pair(session, pair.id).partnership_id == existing.id
        assert len(partnerships.list_partnerships(session)) == 1
    assert told == [
        (
            "Partenariat existant",
            "Le partenariat « Prêt de locaux » existait déjà : il est rattaché à cette paire. "
            "Il figure dans la section Partenariats.",
        )
    ]
    assert cell(tab, 0, 7) == "Oui"


def test_an_outcome_dated_before_the_meeting_is_refused_under_its_field(
    qtbot: QtBot, database: Database, meeting: SmallMeeting, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = ratings(qtbot, database, meeting.id)
    tab.pairs.table.selectRow(1)

    def fill(dialog: PairDialog) -> None:
        select_data(dialog.association_rating, PairRating.INSUFFICIENT)
        select_data(dialog.outcome, PairOutcome.NONE)
        dialog.outcome_date.set_value(date(2025, 1, 1))

    seen = run_dialog(monkeypatch, PairDialog, fill)
    tab.rate_button.click()
    assert seen[0].message("outcome_date").startswith("Date de la suite : ")
    assert seen[0].result() != QDialog.DialogCode.Accepted
    with database.reading() as session:
        second = meeting_outcomes.list_pairs(session, meeting.id)[1]
    assert second.association_rating is None  # one transaction: the rating was not kept either


def test_survey_answers_are_added_and_summed_up(
    qtbot: QtBot, database: Database, meeting: SmallMeeting, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = ratings(qtbot, database, meeting.id)
    assert tab.summary.answers.text() == "Réponses : 0 sur 6 participants"

    scores = iter([(5, "Très bonne organisation 👍"), (4, "")])

    def fill(dialog: SurveyAnswerDialog) -> None:
        score, comment = next(scores)
        select_data(dialog.satisfaction, score)
        dialog.comment.setPlainText(comment)

    seen = run_dialog(monkeypatch, SurveyAnswerDialog, fill)
    tab.add_answer_button.click()
    tab.add_answer_button.click()
    # THEN the second dialog no longer offers the participant who answered
    assert seen[1].participant.count() == seen[0].participant.count() - 1
    assert tab.answers.model.rowCount() == 2
    assert tab.summary.answers.text() == "Réponses : 2 sur 6 participants"
    assert tab.summary.average.text() == "Satisfaction moyenne : 4,5 / 5"
    assert (tab.summary.bars[5].value(), tab.summary.bars[4].value()) == (1, 1)
    assert tab.summary.comments.toPlainText() == "Asso 1 : Très bonne organisation 👍"
    shoot(tab.window(), "evaluations_survey")
    # AND an answer is withdrawn after asking
    answer_boxes(monkeypatch, "Retirer")
    tab.answers.table.selectRow(0)
    tab.remove_answer_button.click()
    assert tab.answers.model.rowCount() == 1


def click_boxes(monkeypatch: pytest.MonkeyPatch, *answers: str) -> list[QMessageBox]:
    """Every QMessageBox.exec clicks the first of its buttons named in ``answers``."""
    boxes: list[QMessageBox] = []

    def click(box: QMessageBox) -> int:
        boxes.append(box)
        next(b for b in box.buttons() if b.text() in answers).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click)
    return boxes


def test_an_answer_changed_elsewhere_is_neither_overwritten_nor_removed(
    qtbot: QtBot, database: Database, meeting: SmallMeeting, monkeypatch: pytest.MonkeyPatch
) -> None:
    # GIVEN an answer shown in the tab, then corrected elsewhere (another window or office)
    party = meeting.participants[meeting.associations[0]]
    with database.transaction() as session:
        first = meeting_outcomes.save_survey_answer(
            session, meeting.id, SurveyAnswerDraft(participant_id=party, satisfaction=3)
        )
    tab = ratings(qtbot, database, meeting.id)
    assert [a.satisfaction for a in tab.answer_rows] == [3]
    with database.transaction() as session:
        corrected = SurveyAnswerDraft(participant_id=party, satisfaction=5, comment="ailleurs")
        meeting_outcomes.save_survey_answer(session, meeting.id, corrected, first.version)

    # WHEN the tab's copy is corrected: refused, "Recharger" closes it and reads again
    def fill(dialog: SurveyAnswerDialog) -> None:
        select_data(dialog.satisfaction, 1)

    seen = run_dialog(monkeypatch, SurveyAnswerDialog, fill)
    boxes = click_boxes(monkeypatch, "Recharger")
    tab.answers.table.selectRow(0)
    tab.edit_answer_button.click()
    assert len(boxes) == 1 and "modifiée entre-temps" in boxes[0].text()
    assert seen[0].result() != QDialog.DialogCode.Accepted
    assert [(a.satisfaction, a.comment) for a in tab.answer_rows] == [(5, "ailleurs")]
    # AND the answer read now is corrected over its new version
    tab.answers.table.selectRow(0)
    tab.edit_answer_button.click()
    assert seen[1].result() == QDialog.DialogCode.Accepted
    assert [a.satisfaction for a in tab.answer_rows] == [1]

    # WHEN it changes elsewhere again, withdrawing the stale copy is refused the same way
    with database.transaction() as session:
        stored = meeting_outcomes.list_survey_answers(session, meeting.id)[0]
        again = SurveyAnswerDraft(participant_id=party, satisfaction=2)
        meeting_outcomes.save_survey_answer(session, meeting.id, again, stored.version)
    boxes = click_boxes(monkeypatch, "Retirer", "Recharger")
    tab.answers.table.selectRow(0)
    tab.remove_answer_button.click()
    assert "modifiée entre-temps" in boxes[-1].text()
    assert [a.satisfaction for a in tab.answer_rows] == [2]  # kept, and shown as stored
    # AND the copy read now is withdrawn
    tab.answers.table.selectRow(0)
    tab.remove_answer_button.click()
    assert tab.answer_rows == []
