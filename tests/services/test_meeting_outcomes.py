"""What a meeting led to: wishes, ratings, the six-month outcome, the partnership, the survey."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from sqlalchemy import func, select

from dla_desktop.db.database import Database
from dla_desktop.db.models import MeetingPreference, MeetingSurveyAnswer, Partnership
from dla_desktop.domain.enums import (
    PairOutcome,
    PairPreferenceKind,
    PairRating,
    PartnershipCategory,
    PartnershipStatus,
)
from dla_desktop.domain.errors import NotFoundError, StaleRecordError
from dla_desktop.domain.meeting_records import (
    MeetingPairRecord,
    MeetingPreferenceDraft,
    PairFeedbackDraft,
    PairOutcomeDraft,
    SurveyAnswerDraft,
    SurveySummary,
)
from dla_desktop.domain.records import PartnershipDraft
from dla_desktop.services import meeting_outcomes as svc
from dla_desktop.services import meeting_schedule, meetings, partnerships
from tests.services.meeting_support import Cast, build_meeting, new_parties
from tests.services.support import MISSING, refused, run

TRICKY = "<b>Super</b> & « top » 🎯 ñ Œ"


@pytest.fixture
def cast(database: Database) -> Cast:
    """Two associations and two companies, scheduled and stored."""

    def build(session: Any) -> Cast:
        built = build_meeting(session, 2, 2)
        plan = meeting_schedule.plan_meeting(session, built.meeting)
        meeting_schedule.save_schedule(session, built.meeting, plan)
        return built

    return run(database, build)


def pairs(database: Database, cast: Cast) -> list[MeetingPairRecord]:
    return run(database, lambda s: svc.list_pairs(s, cast.meeting))


def wish(cast: Cast, kind: PairPreferenceKind = PairPreferenceKind.REQUESTED, **more: Any):
    fields = {"association_id": cast.associations[0], "company_id": cast.companies[0], **more}
    return MeetingPreferenceDraft(meeting_id=cast.meeting, kind=kind, **fields)


# --- preferences -------------------------------------------------------------------------


def test_add_list_remove_then_add_again_a_wish(database: Database, cast: Cast) -> None:
    added = run(database, lambda s: svc.add_preference(s, wish(cast, note=TRICKY)))
    assert (added.kind, added.note, added.version) == (PairPreferenceKind.REQUESTED, TRICKY, 1)
    assert run(database, lambda s: svc.list_preferences(s, cast.meeting)) == [added]
    # the same pair twice is refused: one wish per pair
    error = refused(database, lambda s: svc.add_preference(s, wish(cast)))
    assert "Un souhait existe déjà" in error.errors["company_id"]
    run(database, lambda s: svc.remove_preference(s, added.id))
    assert run(database, lambda s: svc.list_preferences(s, cast.meeting)) == []
    refused(database, lambda s: svc.remove_preference(s, added.id), NotFoundError)
    # a wish made again brings the tombstone back (one row per pair: UNIQUE)
    again = run(database, lambda s: svc.add_preference(s, wish(cast, PairPreferenceKind.EXCLUDED)))
    assert again.id == added.id and again.kind is PairPreferenceKind.EXCLUDED
    with database.reading() as session:
        assert session.scalar(select(func.count(MeetingPreference.id))) == 1


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"association_id": MISSING}, "association_id", "n'est pas inscrite à la rencontre"),
        ({"company_id": "x"}, "company_id", "Entreprise : cette entreprise n'est pas inscrite"),
        ({"kind": "maybe"}, "kind", "valeur inconnue"),
        ({"note": "x" * 201}, "note", "201 caractères"),
        ({"meeting_id": MISSING}, "meeting_id", "Rencontre : référence introuvable"),
    ],
)
def test_bad_wish_is_refused(
    database: Database, cast: Cast, changes: dict[str, Any], field: str, words: str
) -> None:
    error = refused(database, lambda s: svc.add_preference(s, replace(wish(cast), **changes)))
    assert set(error.errors) == {field} and words in error.errors[field]


def test_a_wish_names_parties_of_this_meeting(database: Database, cast: Cast) -> None:
    # a company of the directory that did not register to the meeting
    stranger = run(database, lambda s: new_parties(s, 0, 1, first=7))[1][0]
    error = refused(database, lambda s: svc.add_preference(s, wish(cast, company_id=stranger)))
    assert set(error.errors) == {"company_id"}
    # an association given as the company
    confused = wish(cast, company_id=cast.associations[1])
    assert set(refused(database, lambda s: svc.add_preference(s, confused)).errors) == {
        "company_id"
    }


def test_a_wish_is_changed_over_the_version_read(database: Database, cast: Cast) -> None:
    added = run(database, lambda s: svc.add_preference(s, wish(cast, note="avant")))
    changed_wish = wish(cast, PairPreferenceKind.EXCLUDED, note="après")
    changed = run(database, lambda s: svc.update_preference(s, added.id, changed_wish, 1))
    assert (changed.id, changed.kind, changed.note) == (
        added.id,
        PairPreferenceKind.EXCLUDED,
        "après",
    )
    assert changed.version == added.version + 1
    # another pair: the old wish is removed and a new one made, in the same transaction
    other = wish(cast, company_id=cast.companies[1], note="autre paire")
    moved = run(database, lambda s: svc.update_preference(s, added.id, other, changed.version))
    assert moved.id != added.id
    listed = run(database, lambda s: svc.list_preferences(s, cast.meeting))
    assert [(w.company_id, w.note) for w in listed] == [(cast.companies[1], "autre paire")]
    # back to the first pair: its tombstone comes back
    back = run(database, lambda s: svc.update_preference(s, moved.id, wish(cast), moved.version))
    assert back.id == added.id and back.kind is PairPreferenceKind.REQUESTED


def test_a_stale_wish_is_not_changed(database: Database, cast: Cast) -> None:
    added = run(database, lambda s: svc.add_preference(s, wish(cast, note="avant")))
    # another window (or office) changed it first
    elsewhere = wish(cast, PairPreferenceKind.EXCLUDED, note="ailleurs")
    run(database, lambda s: svc.update_preference(s, added.id, elsewhere, added.version))
    same_pair = wish(cast, note="ici")
    other_pair = wish(cast, company_id=cast.companies[1], note="ici")
    for draft in (same_pair, other_pair):
        refused(
            database,
            lambda s, d=draft: svc.update_preference(s, added.id, d, added.version),
            StaleRecordError,
        )
    refused(database, lambda s: svc.remove_preference(s, added.id, added.version), StaleRecordError)
    listed = run(database, lambda s: svc.list_preferences(s, cast.meeting))
    assert [(w.company_id, w.kind, w.note) for w in listed] == [
        (cast.companies[0], PairPreferenceKind.EXCLUDED, "ailleurs")
    ]


def test_a_wish_changed_into_a_refused_one_is_kept(database: Database, cast: Cast) -> None:
    first = run(database, lambda s: svc.add_preference(s, wish(cast)))
    second = wish(cast, company_id=cast.companies[1])
    run(database, lambda s: svc.add_preference(s, second))
    # onto a pair that already has a wish: refused, and the first wish is not removed
    error = refused(database, lambda s: svc.update_preference(s, first.id, second, first.version))
    assert "Un souhait existe déjà" in error.errors["company_id"]
    error = refused(
        database,
        lambda s: svc.update_preference(s, first.id, wish(cast, note="x" * 201), first.version),
    )
    assert set(error.errors) == {"note"}
    elsewhere = replace(
        wish(cast), meeting_id=run(database, lambda s: build_meeting(s, 1, 1)).meeting
    )
    error = refused(
        database, lambda s: svc.update_preference(s, first.id, elsewhere, first.version)
    )
    assert error.errors == {"meeting_id": "Rencontre : un souhait ne change pas de rencontre."}
    removed = run(
        database,
        lambda s: svc.add_preference(
            s, wish(cast, company_id=cast.companies[0], association_id=cast.associations[1])
        ),
    )
    run(database, lambda s: svc.remove_preference(s, removed.id, removed.version))
    refused(
        database,
        lambda s: svc.update_preference(s, removed.id, wish(cast), removed.version),
        NotFoundError,
    )


# --- pairs ---------------------------------------------------------------------------------


def test_pairs_listed_with_names_by_round_and_table(database: Database, cast: Cast) -> None:
    listed = pairs(database, cast)
    assert len(listed) == 4
    keys = [(p.round_number, p.table_number) for p in listed]
    assert keys == sorted(keys) and {r for r, _ in keys} == {1, 2}
    names = {(p.association_name, p.company_name) for p in listed}
    assert ("Association 1", "Entreprise 2") in names
    assert all(p.association_rating is None and p.outcome is None for p in listed)


def test_rate_a_pair_then_a_stale_form_is_refused(database: Database, cast: Cast) -> None:
    pair = pairs(database, cast)[0]
    feedback = PairFeedbackDraft(
        association_rating=PairRating.COOPERATION, company_rating="informative", note=TRICKY
    )
    rated = run(database, lambda s: svc.rate_pair(s, pair.id, feedback, pair.version))
    assert rated.association_rating is PairRating.COOPERATION
    assert (rated.company_rating, rated.note) == (PairRating.INFORMATIVE, TRICKY)
    assert rated.version == pair.version + 1
    assert run(database, lambda s: svc.get_pair(s, pair.id)) == rated
    # a form filled before that rating is refused, the rating stays
    other = PairFeedbackDraft(association_rating=PairRating.INSUFFICIENT)
    refused(database, lambda s: svc.rate_pair(s, pair.id, other, pair.version), StaleRecordError)
    # and a bad rating writes nothing
    bad = PairFeedbackDraft(company_rating="génial")
    error = refused(database, lambda s: svc.rate_pair(s, pair.id, bad, rated.version))
    assert error.errors == {"company_rating": "Avis de l'entreprise : valeur inconnue « génial »."}
    refused(database, lambda s: svc.rate_pair(s, MISSING, feedback, 1), NotFoundError)


def test_record_the_outcome_six_months_on(database: Database, cast: Cast) -> None:
    pair = pairs(database, cast)[0]
    draft = PairOutcomeDraft(outcome=PairOutcome.DISCUSSING, outcome_date=date(2026, 9, 15))
    recorded = run(database, lambda s: svc.record_outcome(s, pair.id, draft, pair.version))
    assert (recorded.outcome, recorded.outcome_date) == (PairOutcome.DISCUSSING, date(2026, 9, 15))
    refused(
        database, lambda s: svc.record_outcome(s, pair.id, draft, pair.version), StaleRecordError
    )
    early = PairOutcomeDraft(outcome=PairOutcome.AGREEMENT, outcome_date=date(2026, 1, 1))
    error = refused(database, lambda s: svc.record_outcome(s, pair.id, early, recorded.version))
    assert error.errors == {"outcome_date": "Date de la suite : avant la rencontre (12 mars 2026)."}
    cleared = run(
        database, lambda s: svc.record_outcome(s, pair.id, PairOutcomeDraft(), recorded.version)
    )
    assert (cleared.outcome, cleared.outcome_date) == (None, None)


def test_an_agreement_becomes_one_signed_partnership(database: Database, cast: Cast) -> None:
    # GIVEN a pair that reached an agreement in September
    pair = pairs(database, cast)[0]
    agreed = PairOutcomeDraft(outcome=PairOutcome.AGREEMENT, outcome_date=date(2026, 9, 15))
    run(database, lambda s: svc.record_outcome(s, pair.id, agreed, pair.version))
    # WHEN it is turned into a partnership, twice
    first = run(
        database,
        lambda s: svc.pair_partnership(s, pair.id, PartnershipCategory.MECENAT_COMPETENCES),
    )
    again = run(database, lambda s: svc.pair_partnership(s, pair.id))
    # THEN one partnership, signed on the outcome's date, born of the meeting, linked;
    # the second call says it found it rather than made it
    made = first.partnership
    assert (first.created, again.created) == (True, False)
    assert again.partnership == made
    assert (made.association_id, made.company_id) == (pair.association_id, pair.company_id)
    assert (made.status, made.status_date) == (PartnershipStatus.SIGNE, date(2026, 9, 15))
    assert made.category is PartnershipCategory.MECENAT_COMPETENCES
    assert made.origin_meeting_id == cast.meeting
    assert made.title == "Coopération née de la rencontre du 12 mars 2026"
    assert run(database, lambda s: svc.get_pair(s, pair.id)).partnership_id == made.id
    with database.reading() as session:
        assert session.scalar(select(func.count(Partnership.id))) == 1


def test_a_partnership_recorded_by_hand_is_linked_not_doubled(
    database: Database, cast: Cast
) -> None:
    pair = pairs(database, cast)[1]
    by_hand = PartnershipDraft(
        association_id=pair.association_id,
        company_id=pair.company_id,
        category=PartnershipCategory.MECENAT_NATURE,
        origin_meeting_id=cast.meeting,
    )
    existing = run(database, lambda s: partnerships.create_partnership(s, by_hand))
    linked = run(database, lambda s: svc.pair_partnership(s, pair.id, title="Ignoré"))
    assert linked == svc.PairPartnership(existing, created=False)
    # an archived partnership no longer counts: a new one is made (status from no outcome)
    run(database, lambda s: partnerships.archive_partnership(s, existing.id))
    made = run(database, lambda s: svc.pair_partnership(s, pair.id, title=TRICKY))
    fresh = made.partnership
    assert (
        made.created
        and fresh.id != existing.id
        and (fresh.title, fresh.status)
        == (
            TRICKY,
            PartnershipStatus.IDEE,
        )
    )
    assert run(database, lambda s: svc.get_pair(s, pair.id)).partnership_id == fresh.id


# --- survey --------------------------------------------------------------------------------


def answer(
    database: Database,
    cast: Cast,
    party: str,
    score: Any,
    comment: str = "",
    version: int | None = None,
) -> Any:
    draft = SurveyAnswerDraft(
        participant_id=cast.participants[party], satisfaction=score, comment=comment
    )
    return run(database, lambda s: svc.save_survey_answer(s, cast.meeting, draft, version))


def test_one_answer_per_participant_and_the_summary(database: Database, cast: Cast) -> None:
    a1, a2 = cast.associations
    c1, _ = cast.companies
    first = answer(database, cast, a1, 3, "Trop court")
    assert (first.participant_name, first.satisfaction, first.meeting_id) == (
        "Association 1",
        3,
        cast.meeting,
    )
    # the same participant, over the version read: updated
    changed = answer(database, cast, a1, 5, f"  {TRICKY}  ", first.version)
    assert changed.id == first.id and changed.comment == TRICKY
    assert changed.version == first.version + 1
    answer(database, cast, a2, 4)
    answer(database, cast, c1, 5, "Bien")
    listed = run(database, lambda s: svc.list_survey_answers(s, cast.meeting))
    assert [a.participant_name for a in listed] == [
        "Association 1",
        "Association 2",
        "Entreprise 1",
    ]
    assert run(database, lambda s: svc.survey_summary(s, cast.meeting)) == SurveySummary(
        participants=4,
        answers=3,
        average=4.67,
        by_score=((1, 0), (2, 0), (3, 0), (4, 1), (5, 2)),
        comments=(("Association 1", TRICKY), ("Entreprise 1", "Bien")),
    )


def test_removed_answer_leaves_the_summary_and_may_come_back(
    database: Database, cast: Cast
) -> None:
    first = answer(database, cast, cast.companies[1], 2)
    run(database, lambda s: svc.remove_survey_answer(s, first.id, first.version))
    summary = run(database, lambda s: svc.survey_summary(s, cast.meeting))
    assert (summary.answers, summary.average, summary.comments) == (0, None, ())
    refused(database, lambda s: svc.remove_survey_answer(s, first.id, first.version), NotFoundError)
    back = answer(database, cast, cast.companies[1], 4)  # a new answer: no version
    assert back.id == first.id and back.satisfaction == 4
    with database.reading() as session:
        assert session.scalar(select(func.count(MeetingSurveyAnswer.id))) == 1


def test_a_stale_answer_is_neither_saved_nor_removed(database: Database, cast: Cast) -> None:
    party = cast.associations[0]
    first = answer(database, cast, party, 3, "Trop court")
    # another window corrects it: the version the first form read is now stale
    answer(database, cast, party, 4, "Corrigé ailleurs", first.version)
    draft = SurveyAnswerDraft(participant_id=cast.participants[party], satisfaction=1)
    for version in (first.version, None, first.version + 5):
        refused(
            database,
            lambda s, v=version: svc.save_survey_answer(s, cast.meeting, draft, v),
            StaleRecordError,
        )
    refused(
        database, lambda s: svc.remove_survey_answer(s, first.id, first.version), StaleRecordError
    )
    kept = run(database, lambda s: svc.list_survey_answers(s, cast.meeting))
    assert [(a.satisfaction, a.comment) for a in kept] == [(4, "Corrigé ailleurs")]


def test_a_new_answer_does_not_overwrite_one_typed_meanwhile(
    database: Database, cast: Cast
) -> None:
    # two windows both saw no answer; the second to save is refused, not merged over
    answer(database, cast, cast.companies[0], 5, "Premier")
    draft = SurveyAnswerDraft(participant_id=cast.participants[cast.companies[0]], satisfaction=2)
    refused(database, lambda s: svc.save_survey_answer(s, cast.meeting, draft), StaleRecordError)


def test_correcting_an_answer_removed_meanwhile_is_refused(database: Database, cast: Cast) -> None:
    first = answer(database, cast, cast.companies[1], 2)
    run(database, lambda s: svc.remove_survey_answer(s, first.id, first.version))
    draft = SurveyAnswerDraft(participant_id=cast.participants[cast.companies[1]], satisfaction=5)
    error = refused(
        database,
        lambda s: svc.save_survey_answer(s, cast.meeting, draft, first.version),
        NotFoundError,
    )
    assert "supprimée" in error.message


@pytest.mark.parametrize(
    ("score", "words"),
    [
        (0, "Satisfaction : de 1 (pas du tout satisfait) à 5 (très satisfait)."),
        (6, "Satisfaction : 5 au plus."),
        (-1, "ne peut pas être négatif"),
        (True, "nombre entier attendu"),
        (4.5, "nombre entier attendu"),
    ],
)
def test_satisfaction_is_one_to_five(
    database: Database, cast: Cast, score: Any, words: str
) -> None:
    draft = SurveyAnswerDraft(
        participant_id=cast.participants[cast.associations[0]], satisfaction=score
    )
    error = refused(database, lambda s: svc.save_survey_answer(s, cast.meeting, draft))
    assert error.errors == {"satisfaction": error.errors["satisfaction"]}
    assert words in error.errors["satisfaction"]


def test_only_participants_of_the_meeting_answer(database: Database, cast: Cast) -> None:
    other = run(database, lambda s: build_meeting(s, 1, 1))
    stranger = next(iter(other.participants.values()))
    draft = SurveyAnswerDraft(participant_id=stranger, satisfaction=4)
    error = refused(database, lambda s: svc.save_survey_answer(s, cast.meeting, draft))
    assert error.errors == {
        "participant_id": "Participant : ce participant n'est pas inscrit à la rencontre."
    }
    gone = cast.participants[cast.associations[0]]
    run(database, lambda s: meetings.unregister_participant(s, gone))
    draft = SurveyAnswerDraft(participant_id=gone, satisfaction=4)
    refused(database, lambda s: svc.save_survey_answer(s, cast.meeting, draft))
    refused(database, lambda s: svc.survey_summary(s, MISSING), NotFoundError)
