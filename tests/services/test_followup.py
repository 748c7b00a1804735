"""Suivi post-accompagnement: follow-up actions and questionnaire waves with their answers.

Every refused input is checked against a snapshot of the whole file: a refusal
writes nothing, even when the caller goes on and commits.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dla_desktop.db.database import Database
from dla_desktop.db.models import Questionnaire
from dla_desktop.db.models.base import TEXT_LENGTH
from dla_desktop.domain.enums import CompanySize, FollowUpKind, PartnershipCategory
from dla_desktop.domain.errors import NotFoundError, StaleRecordError
from dla_desktop.domain.records import (
    AssociationDraft,
    CompanyDraft,
    FollowUpActionDraft,
    ProgrammeDraft,
    QuestionnaireDraft,
)
from dla_desktop.services import associations, companies, enrolment, programmes
from dla_desktop.services import followup as svc
from tests.services.support import MISSING, refused, run

TRICKY = "<b>Suivi & Cie</b> « l'Éclat » <script>alert('x')</script> &amp; 📞🤝 ñ Œ"

# --- helpers ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Programme:
    """A programme with two enrolled associations, one outsider, and a company."""

    id: str
    theatre: str
    cirque: str
    outsider: str
    company: str

    def action(self, **changes: Any) -> FollowUpActionDraft:
        base = FollowUpActionDraft(
            programme_id=self.id,
            association_id=self.theatre,
            date=date(2026, 9, 15),
            kind=FollowUpKind.ENTRETIEN,
        )
        return replace(base, **changes)

    def wave(self, **changes: Any) -> QuestionnaireDraft:
        base = QuestionnaireDraft(programme_id=self.id, association_id=self.theatre, months_after=6)
        return replace(base, **changes)


def _make_programme(session: Session) -> Programme:
    def association(name: str) -> str:
        return associations.create_association(session, AssociationDraft(name=name)).id

    programme = programmes.create_programme(session, ProgrammeDraft(title="Mécénat 2026"))
    theatre, cirque = association("Théâtre du Prato"), association("Cirque du Bout du Monde")
    enrolment.enrol_associations(session, programme.id, [theatre, cirque])
    company = companies.create_company(session, CompanyDraft(name="Banque", size=CompanySize.GE))
    return Programme(
        id=programme.id,
        theatre=theatre,
        cirque=cirque,
        outsider=association("Jamais inscrite"),
        company=company.id,
    )


@pytest.fixture
def prog(database: Database) -> Programme:
    return run(database, _make_programme)


def add_action(database: Database, draft: FollowUpActionDraft) -> Any:
    return run(database, lambda s: svc.create_followup_action(s, draft))


def add_wave(database: Database, draft: QuestionnaireDraft) -> Any:
    return run(database, lambda s: svc.create_questionnaire(s, draft))


def enrolment_id(database: Database, prog: Programme, association_id: str) -> str:
    rows = run(database, lambda s: enrolment.list_participants(s, prog.id))
    return next(r.enrolment_id for r in rows if r.association_id == association_id)


# --- follow-up actions -----------------------------------------------------------------


def test_create_then_get_an_action(database: Database, prog: Programme) -> None:
    draft = prog.action(
        kind=FollowUpKind.VISITE,
        duration_days=Decimal("0.505"),
        note="  Dossier de partenariat relu  ",
        next_step="Relancer la banque",
        next_step_date=date(2026, 10, 1),
    )
    created = add_action(database, draft)
    assert created.version == 1
    assert created.kind is FollowUpKind.VISITE
    assert created.duration_days == Decimal("0.51")  # kept to two places, rounded half up
    assert created.note == "Dossier de partenariat relu"
    assert created.next_step_date == date(2026, 10, 1)
    assert run(database, lambda s: svc.get_followup_action(s, created.id)) == created


def test_action_texts_are_stored_intact(database: Database, prog: Programme) -> None:
    note = (TRICKY + "\n") * 30
    created = add_action(database, prog.action(note=note, next_step=TRICKY, kind="telephone"))
    again = run(database, lambda s: svc.get_followup_action(s, created.id))
    assert (again.note, again.next_step, again.kind) == (
        note.strip(),
        TRICKY,
        FollowUpKind.TELEPHONE,
    )


def test_next_step_on_the_same_day_and_365_days_are_accepted(
    database: Database, prog: Programme
) -> None:
    created = add_action(
        database, prog.action(next_step_date=date(2026, 9, 15), duration_days=Decimal(365))
    )
    assert created.duration_days == Decimal("365.00")


ACTION_REFUSALS: list[tuple[str, Callable[[Programme], dict[str, Any]], str, str]] = [
    ("no date", lambda p: {"date": None}, "date", "Date : date invalide."),
    ("date as text", lambda p: {"date": "15/09/2026"}, "date", "Date : date invalide."),
    ("unknown kind", lambda p: {"kind": "pigeon"}, "kind", "Type : valeur inconnue « pigeon »."),
    ("no kind", lambda p: {"kind": None}, "kind", "Type : à choisir."),
    ("negative days", lambda p: {"duration_days": Decimal("-0.5")}, "duration_days", "négatif"),
    ("366 days", lambda p: {"duration_days": Decimal(366)}, "duration_days", "365 au plus"),
    ("float days", lambda p: {"duration_days": 1.5}, "duration_days", "nombre illisible"),
    (
        "next step before",
        lambda p: {"next_step_date": date(2026, 9, 14)},
        "next_step_date",
        "Date de la prochaine étape : ne peut pas précéder « date ».",
    ),
    ("note too long", lambda p: {"note": "x" * (TEXT_LENGTH + 1)}, "note", "Note : "),
    ("next step too long", lambda p: {"next_step": "x" * 201}, "next_step", "201 caractères"),
    ("unknown programme", lambda p: {"programme_id": MISSING}, "programme_id", "introuvable"),
    ("unknown association", lambda p: {"association_id": MISSING}, "association_id", "introuv"),
    (
        "not enrolled",
        lambda p: {"association_id": p.outsider},
        "association_id",
        "Association : elle n'est pas inscrite à ce programme.",
    ),
]


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [r[1:] for r in ACTION_REFUSALS],
    ids=[r[0] for r in ACTION_REFUSALS],
)
def test_bad_action_is_refused_and_writes_nothing(
    database: Database, prog: Programme, changes: Callable, field: str, words: str
) -> None:
    draft = prog.action(**changes(prog))
    error = refused(database, lambda s: svc.create_followup_action(s, draft))
    assert set(error.errors) == {field}
    assert words in error.errors[field]


def test_no_action_for_a_withdrawn_association(database: Database, prog: Programme) -> None:
    # GIVEN the theatre withdrawn from the programme
    withdrawn = enrolment_id(database, prog, prog.theatre)
    run(database, lambda s: enrolment.withdraw_enrolment(s, withdrawn))
    # WHEN a follow-up action is recorded for it THEN it is refused
    error = refused(database, lambda s: svc.create_followup_action(s, prog.action()))
    assert error.errors == {
        "association_id": "Association : elle n'est pas inscrite à ce programme."
    }


@pytest.mark.parametrize(
    ("field", "archive"),
    [
        ("programme_id", lambda s, p: programmes.archive_programme(s, p.id)),
        ("association_id", lambda s, p: associations.archive_association(s, p.theatre)),
    ],
)
def test_no_action_on_archived_rows(
    database: Database, prog: Programme, field: str, archive: Callable
) -> None:
    run(database, lambda s: archive(s, prog))
    error = refused(database, lambda s: svc.create_followup_action(s, prog.action()))
    assert set(error.errors) == {field}  # the enrolment is not checked on a dead reference
    assert "fiche supprimée ou inconnue" in error.errors[field]


def test_update_archive_and_stale_version(database: Database, prog: Programme) -> None:
    created = add_action(database, prog.action())
    updated = run(
        database,
        lambda s: svc.update_followup_action(
            s, created.id, prog.action(duration_days=Decimal("0.5")), 1
        ),
    )
    assert (updated.version, updated.duration_days) == (2, Decimal("0.50"))
    stale = prog.action(note="from an old form")
    refused(
        database, lambda s: svc.update_followup_action(s, created.id, stale, 1), StaleRecordError
    )
    bad = prog.action(association_id=prog.outsider)
    refused(database, lambda s: svc.update_followup_action(s, created.id, bad, 2))
    refused(database, lambda s: svc.archive_followup_action(s, created.id, 1), StaleRecordError)
    run(database, lambda s: svc.archive_followup_action(s, created.id, 2))
    refused(database, lambda s: svc.get_followup_action(s, created.id), NotFoundError)


def test_list_actions_oldest_first_per_programme_and_association(
    database: Database, prog: Programme
) -> None:
    # GIVEN actions with both associations, entered out of order, one archived
    late = add_action(database, prog.action(date=date(2026, 12, 1)))
    early = add_action(database, prog.action(date=date(2026, 7, 1)))
    cirque = add_action(database, prog.action(association_id=prog.cirque, date=date(2026, 8, 1)))
    gone = add_action(database, prog.action(date=date(2026, 8, 2)))
    run(database, lambda s: svc.archive_followup_action(s, gone.id))
    # AND another programme's action with the same association
    other = run(database, lambda s: programmes.create_programme(s, ProgrammeDraft(title="B")))
    run(database, lambda s: enrolment.enrol_associations(s, other.id, [prog.theatre]))
    add_action(database, prog.action(programme_id=other.id))

    def ids(**filters: Any) -> list[str]:
        actions = run(database, lambda s: svc.list_followup_actions(s, prog.id, **filters))
        return [a.id for a in actions]

    # THEN each list is in date order and holds only what it says
    assert ids() == [early.id, cirque.id, late.id]
    assert ids(association_id=prog.theatre) == [early.id, late.id]
    assert ids(association_id=prog.outsider) == []
    # AND an archived association's actions leave the list
    run(database, lambda s: associations.archive_association(s, prog.cirque))
    assert ids() == [early.id, late.id]


# --- questionnaires --------------------------------------------------------------------


def test_create_a_wave_then_record_the_answer(database: Database, prog: Programme) -> None:
    # GIVEN a questionnaire sent six months after the end
    sent = add_wave(database, prog.wave(sent_on=date(2027, 1, 10)))
    assert (sent.version, sent.answered_on, sent.partnership_obtained) == (1, None, None)
    # WHEN the theatre answers that it obtained a partnership with the bank
    answer = prog.wave(
        sent_on=date(2027, 1, 10),
        answered_on=date(2027, 1, 10),
        partnership_obtained=True,
        company_id=prog.company,
        company_name="  Banque Populaire du Nord  ",
        category="mecenat_competences",
        amount=Decimal("2000.499"),
        jobs_created=1,
        jobs_consolidated=3,
        comment=TRICKY,
    )
    answered = run(database, lambda s: svc.record_answer(s, sent.id, answer, 1))
    # THEN the answer is kept, normalised, and the version bumped
    assert answered.version == 2
    assert answered.partnership_obtained is True
    assert answered.category is PartnershipCategory.MECENAT_COMPETENCES
    assert answered.amount == Decimal("2000.50")
    assert answered.company_name == "Banque Populaire du Nord"
    assert (answered.jobs_created, answered.jobs_consolidated) == (1, 3)
    assert answered.comment == TRICKY
    assert run(database, lambda s: svc.get_questionnaire(s, sent.id)) == answered


def test_a_negative_answer_without_details_is_accepted(database: Database, prog: Programme) -> None:
    sent = add_wave(database, prog.wave())
    answer = prog.wave(
        sent_on=date(2027, 1, 10),
        answered_on=date(2027, 2, 1),
        partnership_obtained=False,
        comment="Pas encore",
    )
    answered = run(database, lambda s: svc.record_answer(s, sent.id, answer, 1))
    assert answered.partnership_obtained is False and answered.company_id is None


def test_a_second_wave_at_the_same_delay_is_refused(database: Database, prog: Programme) -> None:
    # GIVEN a six-month wave for the theatre
    add_wave(database, prog.wave())
    # WHEN another six-month wave is created for it THEN it is refused in French
    error = refused(database, lambda s: svc.create_questionnaire(s, prog.wave(comment="bis")))
    assert error.errors == {
        "months_after": "Délai (mois) : cette association a déjà un questionnaire à 6 mois."
    }
    # AND other delays, or other associations, are fine
    add_wave(database, prog.wave(months_after=12))
    add_wave(database, prog.wave(association_id=prog.cirque))
    with database.reading() as session:
        assert session.scalar(select(func.count()).select_from(Questionnaire)) == 3


def test_a_deleted_wave_comes_back_when_created_again(database: Database, prog: Programme) -> None:
    # GIVEN a wave created then deleted
    first = add_wave(database, prog.wave(comment="première"))
    run(database, lambda s: svc.archive_questionnaire(s, first.id, 1))
    assert run(database, lambda s: svc.list_questionnaires(s, prog.id)) == []
    # WHEN the same wave is created again
    again = add_wave(database, prog.wave(comment="seconde", sent_on=date(2027, 1, 3)))
    # THEN the same row lives again with the new values (the triple is unique in the file)
    assert again.id == first.id
    assert (again.comment, again.sent_on) == ("seconde", date(2027, 1, 3))
    assert run(database, lambda s: svc.list_questionnaires(s, prog.id)) == [again]


WAVE_REFUSALS: list[tuple[str, Callable[[Programme], dict[str, Any]], str, str]] = [
    ("negative delay", lambda p: {"months_after": -6}, "months_after", "négatif"),
    ("delay too long", lambda p: {"months_after": 121}, "months_after", "120 au plus"),
    ("delay not int", lambda p: {"months_after": "6"}, "months_after", "entier attendu"),
    ("sent on as text", lambda p: {"sent_on": "2027-01-01"}, "sent_on", "date invalide"),
    (
        "answer before sending",
        lambda p: {"sent_on": date(2027, 1, 10), "answered_on": date(2027, 1, 9)},
        "answered_on",
        "Date de réponse : ne peut pas précéder « date d'envoi ».",
    ),
    (
        "obtained as text",
        lambda p: {"partnership_obtained": "oui"},
        "partnership_obtained",
        "Partenariat obtenu : oui, non ou sans réponse.",
    ),
    (
        "no partnership but a company",
        lambda p: {"partnership_obtained": False, "company_id": p.company},
        "company_id",
        "Entreprise : à laisser vide quand aucun partenariat n'a été obtenu.",
    ),
    (
        "no partnership but a company name",
        lambda p: {"partnership_obtained": False, "company_name": "Banque"},
        "company_name",
        "Nom de l'entreprise : à laisser vide",
    ),
    (
        "no partnership but a category",
        lambda p: {"partnership_obtained": False, "category": "mecenat_nature"},
        "category",
        "Catégorie : à laisser vide",
    ),
    (
        "no partnership but an amount",
        lambda p: {"partnership_obtained": False, "amount": Decimal(0)},
        "amount",
        "Montant : à laisser vide",
    ),
    ("negative amount", lambda p: {"amount": Decimal("-1")}, "amount", "négatif"),
    ("unknown category", lambda p: {"category": "dons"}, "category", "valeur inconnue « dons »"),
    ("negative jobs", lambda p: {"jobs_created": -1}, "jobs_created", "Emplois créés : ne peut"),
    ("fractional jobs", lambda p: {"jobs_consolidated": 1.5}, "jobs_consolidated", "entier"),
    ("unknown company", lambda p: {"company_id": MISSING}, "company_id", "introuvable"),
    ("comment too long", lambda p: {"comment": "x" * (TEXT_LENGTH + 1)}, "comment", "Commentaire"),
    ("name too long", lambda p: {"company_name": "x" * 201}, "company_name", "201 caractères"),
    ("unknown programme", lambda p: {"programme_id": MISSING}, "programme_id", "introuvable"),
    (
        "not enrolled",
        lambda p: {"association_id": p.outsider},
        "association_id",
        "elle n'est pas inscrite à ce programme",
    ),
]


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [r[1:] for r in WAVE_REFUSALS],
    ids=[r[0] for r in WAVE_REFUSALS],
)
def test_bad_wave_is_refused_at_creation(
    database: Database, prog: Programme, changes: Callable, field: str, words: str
) -> None:
    draft = prog.wave(**changes(prog))
    error = refused(database, lambda s: svc.create_questionnaire(s, draft))
    assert set(error.errors) == {field}
    assert words in error.errors[field]


# A wave's programme and association are fixed once sent (see test_hardening.py).
ANSWER_REFUSALS = [r for r in WAVE_REFUSALS if r[2] not in ("programme_id", "association_id")]


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [r[1:] for r in ANSWER_REFUSALS],
    ids=[r[0] for r in ANSWER_REFUSALS],
)
def test_bad_answer_is_refused_and_the_wave_unchanged(
    database: Database, prog: Programme, changes: Callable, field: str, words: str
) -> None:
    sent = add_wave(database, prog.wave(comment="avant"))
    draft = prog.wave(**changes(prog))
    error = refused(database, lambda s: svc.record_answer(s, sent.id, draft, 1))
    assert set(error.errors) == {field}
    assert words in error.errors[field]
    assert run(database, lambda s: svc.get_questionnaire(s, sent.id)) == sent


def test_an_answer_naming_an_archived_company_is_refused(
    database: Database, prog: Programme
) -> None:
    sent = add_wave(database, prog.wave())
    run(database, lambda s: companies.archive_company(s, prog.company))
    answer = prog.wave(partnership_obtained=True, company_id=prog.company)
    error = refused(database, lambda s: svc.record_answer(s, sent.id, answer, 1))
    assert error.errors == {
        "company_id": "Entreprise : référence introuvable (fiche supprimée ou inconnue)."
    }


def test_an_answer_from_an_old_form_is_refused(database: Database, prog: Programme) -> None:
    sent = add_wave(database, prog.wave())
    sent_on = date(2027, 1, 2)
    first = prog.wave(sent_on=sent_on, answered_on=date(2027, 1, 5), partnership_obtained=True)
    run(database, lambda s: svc.record_answer(s, sent.id, first, 1))
    stale = prog.wave(sent_on=sent_on, answered_on=date(2027, 1, 6), partnership_obtained=False)
    error = refused(database, lambda s: svc.record_answer(s, sent.id, stale, 1), StaleRecordError)
    assert "modifiée entre-temps" in error.message
    assert run(database, lambda s: svc.get_questionnaire(s, sent.id)).partnership_obtained is True


def test_moving_a_wave_onto_another_is_refused(database: Database, prog: Programme) -> None:
    # GIVEN a live 12-month wave and a deleted 18-month wave beside the 6-month one
    six = add_wave(database, prog.wave())
    add_wave(database, prog.wave(months_after=12))
    eighteen = add_wave(database, prog.wave(months_after=18))
    run(database, lambda s: svc.archive_questionnaire(s, eighteen.id))
    # WHEN the 6-month wave is moved onto either THEN it is refused, saying why
    error = refused(database, lambda s: svc.record_answer(s, six.id, prog.wave(months_after=12), 1))
    assert error.errors["months_after"].endswith("déjà un questionnaire à 12 mois.")
    error = refused(database, lambda s: svc.record_answer(s, six.id, prog.wave(months_after=18), 1))
    assert "questionnaire supprimé" in error.errors["months_after"]
    # AND moving it to a free delay works
    moved = run(database, lambda s: svc.record_answer(s, six.id, prog.wave(months_after=24), 1))
    assert (moved.id, moved.months_after, moved.version) == (six.id, 24, 2)


def test_unknown_or_archived_waves_are_not_found(database: Database, prog: Programme) -> None:
    refused(database, lambda s: svc.record_answer(s, MISSING, prog.wave(), 1), NotFoundError)
    sent = add_wave(database, prog.wave())
    run(database, lambda s: svc.archive_questionnaire(s, sent.id))
    error = refused(
        database, lambda s: svc.record_answer(s, sent.id, prog.wave(), 2), NotFoundError
    )
    assert "questionnaire" in error.message


def test_list_questionnaires_by_delay(database: Database, prog: Programme) -> None:
    twelve = add_wave(database, prog.wave(months_after=12))
    six_theatre = add_wave(database, prog.wave())
    six_cirque = add_wave(database, prog.wave(association_id=prog.cirque))
    other = run(database, lambda s: programmes.create_programme(s, ProgrammeDraft(title="B")))
    run(database, lambda s: enrolment.enrol_associations(s, other.id, [prog.theatre]))
    add_wave(database, prog.wave(programme_id=other.id))
    listed = run(database, lambda s: svc.list_questionnaires(s, prog.id))
    assert [q.id for q in listed] == [six_theatre.id, six_cirque.id, twelve.id]
    run(database, lambda s: associations.archive_association(s, prog.cirque))
    listed = run(database, lambda s: svc.list_questionnaires(s, prog.id))
    assert [q.id for q in listed] == [six_theatre.id, twelve.id]


def test_an_answer_needs_the_sending_date_first(database: Database, prog: Programme) -> None:
    # GIVEN a wave whose sending date is not known
    wave = add_wave(database, prog.wave())
    answer = prog.wave(answered_on=date(2027, 1, 10), partnership_obtained=True)
    message = {"answered_on": "Date de réponse : indiquez d'abord la date d'envoi."}
    # WHEN an answer is recorded, or a wave is created already answered, THEN both are
    # refused: an answer to nothing sent would push the response rate past 100 %
    assert refused(database, lambda s: svc.record_answer(s, wave.id, answer, 1)).errors == message
    other = replace(answer, association_id=prog.cirque)
    assert refused(database, lambda s: svc.create_questionnaire(s, other)).errors == message
    # AND with the sending date the same answer is accepted
    sent = replace(answer, sent_on=date(2027, 1, 3))
    assert run(database, lambda s: svc.record_answer(s, wave.id, sent, 1)).answered_on == date(
        2027, 1, 10
    )


# --- the Suivi tab's view --------------------------------------------------------------


def test_followup_view_sums_done_days_per_association(database: Database, prog: Programme) -> None:
    add_action(database, prog.action(duration_days=Decimal("0.5")))
    add_action(database, prog.action(duration_days=Decimal("1.25")))
    add_wave(database, prog.wave(sent_on=date(2026, 12, 1)))
    view = run(database, lambda s: svc.followup_view(s, prog.id))
    rows = {row.association_id: row for row in view.participants}
    assert set(rows) == {prog.theatre, prog.cirque}
    assert (rows[prog.theatre].done, rows[prog.theatre].actions) == (Decimal("1.75"), 2)
    assert (rows[prog.cirque].done, rows[prog.cirque].actions) == (Decimal(0), 0)
    assert rows[prog.theatre].planned == Decimal("1.5")
    assert [w.association_name for w in view.waves] == ["Théâtre du Prato"]
    assert len(view.actions) == 2


def test_set_planned_days_changes_only_the_days(database: Database, prog: Programme) -> None:
    row = next(
        r
        for r in run(database, lambda s: svc.followup_view(s, prog.id)).participants
        if r.association_id == prog.theatre
    )
    saved = run(
        database,
        lambda s: svc.set_planned_days(s, row.enrolment_id, Decimal("3"), row.enrolment_version),
    )
    assert saved.followup_days_planned == Decimal("3.00")
    assert saved.association_id == prog.theatre
    refused(
        database,
        lambda s: svc.set_planned_days(s, row.enrolment_id, Decimal("-1"), saved.version),
    )
    refused(
        database,
        lambda s: svc.set_planned_days(s, row.enrolment_id, Decimal("2"), row.enrolment_version),
        StaleRecordError,
    )
