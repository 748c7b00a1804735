"""Offline questionnaires: a wave sent, its PDF forms filled (pypdf) and imported back.

Real files throughout: the forms are written by the real layout, filled the way a PDF
reader saves them, and read back by the real reader. Every refusal is checked against a
snapshot of the whole base: a refused file writes nothing.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from dla_desktop.db.database import Database
from dla_desktop.db.models import Company, Partnership
from dla_desktop.documents.pdf.questionnaire_form import write_questionnaire_form
from dla_desktop.domain.enums import (
    FollowUpKind,
    PartnershipCategory,
    PartnershipStatus,
    VoletKind,
)
from dla_desktop.domain.errors import NotFoundError, StaleRecordError
from dla_desktop.domain.questionnaire_forms import (
    AnswerFate,
    AnswerImportRow,
    AnswerImportSummary,
    WaveMail,
    form_token,
    token_matches,
)
from dla_desktop.domain.records import (
    AssociationDraft,
    CompanyDraft,
    ContactDraft,
    FollowUpActionDraft,
    OfficeDraft,
    PartnershipDraft,
    ProgrammeDraft,
    QuestionnaireDraft,
    QuestionnaireRecord,
    VoletDraft,
    VoletEnrolmentDraft,
)
from dla_desktop.services import (
    associations,
    companies,
    contacts,
    enrolment,
    followup,
    offices,
    partnerships,
    programmes,
)
from dla_desktop.services import questionnaire_forms as svc
from dla_desktop.services.answer_import import questionnaire_draft
from dla_desktop.services.followup_summary import followup_summary_table
from dla_desktop.services.indicators import programme_indicators
from tests.questionnaire_files import fill_form, foreign_pdf, with_token
from tests.services.support import build_once, open_copy, refused, run, snapshot

END = date(2026, 1, 31)
SENT = date(2026, 8, 3)  # the 6-month wave fell due on 31 July
ANSWERED = date(2026, 8, 20)
OFFICE_EMAIL = "suivi@cbe-lille.example.org"


@dataclass(frozen=True)
class Built:
    programme: str
    mecenat: str
    marketing: str
    theatre: str  # both volets, two contacts (one address twice) and an archived one
    cirque: str  # mécénat only, no contact, its own address
    jardins: str  # no volet, no address at all


def _build(session: Session) -> Built:
    office = offices.current_office(session)
    assert office is not None
    offices.update_office(
        session, office.id, OfficeDraft(name=office.name, email=OFFICE_EMAIL), office.version
    )
    programme = programmes.create_programme(
        session,
        ProgrammeDraft(
            title="Mécénat & territoires 2026", start_date=date(2025, 9, 1), end_date=END
        ),
    )
    mecenat = programmes.create_volet(
        session, VoletDraft(programme_id=programme.id, kind=VoletKind.MECENAT)
    )
    marketing = programmes.create_volet(
        session,
        VoletDraft(
            programme_id=programme.id, kind=VoletKind.MARKETING, label="Marketing associatif"
        ),
    )

    def association(name: str, email: str = "") -> str:
        return associations.create_association(session, AssociationDraft(name=name, email=email)).id

    theatre = association("Théâtre du Prato", "accueil@prato.example.org")
    cirque = association("Cirque du Bout du Monde", "contact@cirque.example.org")
    jardins = association("Les Jardins de Fives")
    enrolment.enrol_associations(session, programme.id, [theatre, cirque, jardins])
    for volet, members in ((mecenat.id, (theatre, cirque)), (marketing.id, (theatre,))):
        for member in members:
            enrolment.join_volet(
                session, VoletEnrolmentDraft(volet_id=volet, association_id=member)
            )
    for last, email in (("Martin", "TRESORIER@prato.example.org"), ("Durand", "")):
        contacts.create_contact(
            session, ContactDraft(last_name=last, email=email, association_id=theatre)
        )
    for last, email in (("Bernard", "direction@prato.example.org"),):
        contacts.create_contact(
            session, ContactDraft(last_name=last, email=email, association_id=theatre)
        )
    contacts.create_contact(
        session,
        ContactDraft(
            last_name="Petit", email="tresorier@prato.example.org", association_id=theatre
        ),
    )
    gone = contacts.create_contact(
        session,
        ContactDraft(last_name="Ancien", email="ancien@prato.example.org", association_id=theatre),
    )
    contacts.archive_contact(session, gone.id)
    return Built(programme.id, mecenat.id, marketing.id, theatre, cirque, jardins)


@pytest.fixture(scope="module")
def built_file(
    template_database: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, Built]:
    return build_once(template_database, tmp_path_factory.mktemp("questionnaires"), _build)


@pytest.fixture
def database(built_file: tuple[Path, Built], tmp_path: Path):  # type: ignore[no-untyped-def]
    yield from open_copy(built_file[0], tmp_path)


@pytest.fixture
def b(built_file: tuple[Path, Built]) -> Built:
    return built_file[1]


def send(database: Database, b: Built, months: int = 6, **options: object) -> list[WaveMail]:
    return run(database, lambda s: svc.send_wave(s, b.programme, months, today=SENT, **options))


def forms(mails: list[WaveMail], folder: Path) -> dict[str, Path]:
    """Each mail's form written where the coordinator's wave folder would hold it."""
    folder.mkdir(exist_ok=True)
    written = {}
    for mail in mails:
        path = folder / f"{mail.file_stem}.pdf"
        write_questionnaire_form(mail.content, path)
        written[mail.content.association_name] = path
    return written


def plan(database: Database, *paths: Path) -> list[AnswerImportRow]:
    return run(database, lambda s: svc.plan_answer_import(s, list(paths), today=ANSWERED))


def apply(
    database: Database, rows: list[AnswerImportRow], partnerships_for: frozenset[str] = frozenset()
) -> AnswerImportSummary:
    return run(
        database,
        lambda s: svc.apply_answer_import(
            s, rows, partnerships_for=partnerships_for, today=ANSWERED
        ),
    )


def stored(
    database: Database, b: Built, association_id: str, months: int = 6
) -> QuestionnaireRecord:
    waves = run(database, lambda s: followup.list_questionnaires(s, b.programme))
    return next(w for w in waves if w.association_id == association_id and w.months_after == months)


def answer_by_hand(
    database: Database,
    questionnaire: QuestionnaireRecord,
    answered_on: date = ANSWERED,
    **changes: object,
) -> None:
    """The answer typed in on the Suivi tab (given by phone), not read from a form."""
    answered = {"answered_on": answered_on, **changes}
    draft = replace(questionnaire_draft(questionnaire), **answered)  # type: ignore[arg-type]
    run(
        database,
        lambda s: followup.record_answer(s, questionnaire.id, draft, questionnaire.version),
    )


def theatre_answer(source: Path, target: Path, b: Built, **changes: object) -> Path:
    values: dict = dict(
        partnership="oui",
        company="Boulangerie Éclat",
        category="mecenat_financier",
        amount="1 500,50",
        jobs_created="2",
        jobs_consolidated="1",
        satisfaction={b.mecenat: 4, b.marketing: 5},
        comment="Merci pour l'accompagnement <3 & à bientôt",
    )
    return fill_form(source, target, **(values | changes))


# --- sending a wave --------------------------------------------------------------------


def test_send_wave_marks_everyone_sent_and_prepares_each_mail(database: Database, b: Built) -> None:
    mails = send(database, b)
    names = [mail.content.association_name for mail in mails]
    assert names == ["Cirque du Bout du Monde", "Les Jardins de Fives", "Théâtre du Prato"]
    cirque, jardins, theatre = mails
    # the contacts' addresses, by name, each once; the association's own only without them
    assert theatre.recipients == ("direction@prato.example.org", "TRESORIER@prato.example.org")
    assert cirque.recipients == ("contact@cirque.example.org",)
    assert jardins.recipients == ()
    assert theatre.subject == "Questionnaire de suivi — Mécénat & territoires 2026 (6 mois)"
    assert theatre.file_stem == "Questionnaire 6 mois - Théâtre du Prato"
    content = theatre.content
    assert [v.label for v in content.volets] == ["Mécénat", "Marketing associatif"]
    assert [v.label for v in cirque.content.volets] == ["Mécénat"]
    assert [v.label for v in jardins.content.volets] == ["Mécénat", "Marketing associatif"]
    assert content.categories[0] == ("mecenat_financier", "Mécénat financier")
    assert len(content.categories) == len(PartnershipCategory)
    assert (content.office_name, content.office_email) == ("CBE de Lille", OFFICE_EMAIL)
    assert content.reply_by == SENT + timedelta(days=30)
    assert (content.programme_end, content.months_after) == (END, 6)
    assert token_matches(content.token, b.programme, b.theatre, 6)
    assert "2 septembre 2026" in theatre.body and "CBE de Lille" in theatre.body
    assert "formulaire PDF joint" in theatre.body and OFFICE_EMAIL in theatre.body
    waves = run(database, lambda s: followup.list_questionnaires(s, b.programme))
    assert {(w.association_id, w.sent_on, w.months_after) for w in waves} == {
        (b.cirque, SENT, 6),
        (b.jardins, SENT, 6),
        (b.theatre, SENT, 6),
    }
    assert {w.id for w in waves} == {mail.content.questionnaire_id for mail in mails}


def test_a_wave_goes_once_and_resend_only_reaches_those_who_did_not_answer(
    database: Database, b: Built
) -> None:
    first = send(database, b)
    assert send(database, b) == []
    # GIVEN the circus answered by phone
    answer = stored(database, b, b.cirque)
    answer_by_hand(database, answer, jobs_created=1)
    # WHEN the wave is sent again, later, to those who did not answer
    later = run(database, lambda s: svc.send_wave(s, b.programme, 6, today=ANSWERED, resend=True))
    # THEN the same questionnaires (same tokens), their first sending date kept
    assert [m.content.association_name for m in later] == [
        "Les Jardins de Fives",
        "Théâtre du Prato",
    ]
    assert {m.content.token for m in later} < {m.content.token for m in first}
    assert stored(database, b, b.theatre).sent_on == SENT
    assert later[0].content.reply_by == ANSWERED + timedelta(days=30)


def test_a_questionnaire_typed_in_unsent_is_sent_with_the_wave(
    database: Database, b: Built
) -> None:
    created = run(
        database,
        lambda s: followup.create_questionnaire(
            s, QuestionnaireDraft(programme_id=b.programme, association_id=b.cirque, months_after=6)
        ),
    )
    mails = send(database, b)
    assert created.id in {m.content.questionnaire_id for m in mails}
    assert stored(database, b, b.cirque).sent_on == SENT


def test_wave_refusals_write_nothing(database: Database, b: Built) -> None:
    error = refused(database, lambda s: svc.send_wave(s, b.programme, 4, today=SENT))
    assert error.errors == {
        "months_after": "Délai (mois) : pas de vague à 4 mois pour ce programme "
        "(vagues prévues : 3, 6, 12)."
    }
    undated = run(
        database, lambda s: programmes.create_programme(s, ProgrammeDraft(title="Sans fin"))
    ).id
    error = refused(database, lambda s: svc.send_wave(s, undated, 6, today=SENT))
    assert "Date de fin" in error.errors["end_date"]
    refused(database, lambda s: svc.send_wave(s, "inconnu", 6, today=SENT), NotFoundError)


def test_waves_due_follow_the_calendar_and_what_was_sent(database: Database, b: Built) -> None:
    def due(today: date, resend: bool = False) -> tuple[int, ...]:
        return run(database, lambda s: svc.waves_due(s, b.programme, today=today, resend=resend))

    assert due(date(2026, 4, 29)) == ()
    assert due(date(2026, 4, 30)) == (3,)  # 31 January + 3 months, clamped
    assert due(date(2027, 2, 1)) == (3, 6, 12)
    send(database, b, 6)
    assert due(date(2027, 2, 1)) == (3, 12)
    assert due(date(2027, 2, 1), resend=True) == (3, 6, 12)  # nobody answered the 6 months


# --- answers back ----------------------------------------------------------------------


def test_filled_forms_are_imported_and_stored(database: Database, b: Built, tmp_path: Path) -> None:
    files = forms(send(database, b), tmp_path / "vague")
    theatre = theatre_answer(files["Théâtre du Prato"], tmp_path / "prato.pdf", b)
    cirque = fill_form(
        files["Cirque du Bout du Monde"],
        tmp_path / "cirque.pdf",
        partnership="non",
        amount="0",  # written beside « non »: read as no amount
        satisfaction={b.mecenat: 3},
    )
    rows = plan(database, theatre, cirque)
    assert [row.fate for row in rows] == [AnswerFate.READY, AnswerFate.READY]
    assert "Partenariat obtenu avec Boulangerie Éclat (Mécénat financier, 1" in rows[0].message
    assert "2 emplois créés, 1 emploi consolidé" in rows[0].message
    assert "Mécénat 4/5, Marketing associatif 5/5" in rows[0].message
    assert rows[1].message == "Pas de partenariat obtenu ; satisfaction : Mécénat 3/5."
    assert (rows[0].association_name, rows[0].months_after) == ("Théâtre du Prato", 6)
    assert rows[0].programme_title == "Mécénat & territoires 2026"
    assert (rows[0].proposes_partnership, rows[1].proposes_partnership) == (True, False)

    summary = apply(database, rows)
    assert (summary.stored, summary.skipped, summary.partnerships_created) == (2, 0, 0)
    answer = stored(database, b, b.theatre)
    assert answer.answered_on == ANSWERED and answer.sent_on == SENT
    assert answer.partnership_obtained is True
    assert (answer.company_name, answer.category) == (
        "Boulangerie Éclat",
        PartnershipCategory.MECENAT_FINANCIER,
    )
    assert answer.amount == Decimal("1500.50")
    assert (answer.jobs_created, answer.jobs_consolidated) == (2, 1)
    assert answer.satisfaction == {b.mecenat: 4, b.marketing: 5}
    assert answer.comment == "Merci pour l'accompagnement <3 & à bientôt"
    assert answer.form_sha256 == hashlib.sha256(theatre.read_bytes()).hexdigest()
    no = stored(database, b, b.cirque)
    assert (no.partnership_obtained, no.amount, no.satisfaction) == (False, None, {b.mecenat: 3})
    assert stored(database, b, b.jardins).answered_on is None
    # no partnership unless confirmed
    assert (
        run(database, lambda s: partnerships.list_partnerships(s, programme_id=b.programme)) == []
    )


def test_the_same_file_is_never_imported_twice(
    database: Database, b: Built, tmp_path: Path
) -> None:
    files = forms(send(database, b), tmp_path / "vague")
    theatre = theatre_answer(files["Théâtre du Prato"], tmp_path / "prato.pdf", b)
    apply(database, plan(database, theatre))
    # WHEN the same file is dropped again (and twice in one drop)
    before = snapshot(database)
    rows = plan(database, theatre, theatre)
    assert [row.fate for row in rows] == [AnswerFate.ALREADY, AnswerFate.ALREADY]
    assert rows[0].message == "ce fichier a déjà été importé le 20 août 2026 : rien de nouveau."
    summary = apply(database, rows, frozenset({rows[0].questionnaire_id or ""}))
    # THEN nothing is written
    assert (summary.stored, summary.skipped) == (0, 2)
    assert snapshot(database) == before


def test_one_drop_with_two_files_for_one_questionnaire(
    database: Database, b: Built, tmp_path: Path
) -> None:
    files = forms(send(database, b), tmp_path / "vague")
    source = files["Cirque du Bout du Monde"]
    first = fill_form(source, tmp_path / "un.pdf", partnership="non")
    same = tmp_path / "copie.pdf"
    same.write_bytes(first.read_bytes())
    second = fill_form(source, tmp_path / "deux.pdf", partnership="oui", company="Banque")
    rows = plan(database, first, same, second)
    assert [row.fate for row in rows] == [AnswerFate.READY, AnswerFate.ALREADY, AnswerFate.ANSWERED]
    assert "« un.pdf »" in rows[1].message and "« un.pdf »" in rows[2].message
    assert apply(database, rows).stored == 1
    assert stored(database, b, b.cirque).partnership_obtained is False


def test_an_answered_questionnaire_keeps_its_answer(
    database: Database, b: Built, tmp_path: Path
) -> None:
    files = forms(send(database, b), tmp_path / "vague")
    answer = stored(database, b, b.theatre)
    answer_by_hand(database, answer, date(2026, 8, 10), comment="tél.")
    before = snapshot(database)
    rows = plan(database, theatre_answer(files["Théâtre du Prato"], tmp_path / "p.pdf", b))
    assert rows[0].fate is AnswerFate.ANSWERED
    assert "enregistrée le 10 août 2026" in rows[0].message and "conservée" in rows[0].message
    assert rows[0].proposes_partnership is False
    assert apply(database, rows).stored == 0
    assert snapshot(database) == before


def test_tampered_and_foreign_files_are_refused(
    database: Database, b: Built, tmp_path: Path
) -> None:
    mails = send(database, b)
    files = forms(mails, tmp_path / "vague")
    filled = theatre_answer(files["Théâtre du Prato"], tmp_path / "prato.pdf", b)
    theatre = next(m for m in mails if m.content.association_name == "Théâtre du Prato")
    cirque = next(m for m in mails if m.content.association_name != "Théâtre du Prato")
    # the theatre's answers under the circus's questionnaire id, the check left as it was
    pasted = theatre.content.token.replace(
        theatre.content.questionnaire_id, cirque.content.questionnaire_id
    )
    moved = with_token(filled, tmp_path / "collé.pdf", pasted)
    garbled = with_token(filled, tmp_path / "abîmé.pdf", "DLA1-n'importe quoi")
    elsewhere = form_token("0" * 8 + "-0000-0000-0000-" + "0" * 12, b.programme, b.theatre, 6)
    stranger = with_token(filled, tmp_path / "autre base.pdf", elsewhere)
    blank = files["Les Jardins de Fives"]  # the form as sent, dropped by mistake
    invoice = foreign_pdf(tmp_path / "facture.pdf")
    text = tmp_path / "réponse.pdf"
    text.write_text("Bonjour, voici nos réponses.", encoding="utf-8")
    missing = tmp_path / "absent.pdf"
    before = snapshot(database)
    rows = plan(database, moved, garbled, stranger, invoice, text, missing, blank)
    assert all(row.fate is AnswerFate.REFUSED for row in rows), rows
    messages = [row.message for row in rows]
    assert "« collé.pdf » : formulaire modifié" in messages[0]
    assert "« abîmé.pdf » : identifiant modifié ou illisible" in messages[1]
    assert "« autre base.pdf » : questionnaire inconnu dans cette base" in messages[2]
    assert messages[3] == "« facture.pdf » : ce PDF n'est pas un questionnaire DLA Desktop."
    assert "« réponse.pdf » n'est pas un fichier PDF" in messages[4]
    assert "introuvable" in messages[5]
    assert messages[6] == (
        "« Questionnaire 6 mois - Les Jardins de Fives.pdf » : formulaire vide, aucune réponse "
        "n'y est saisie (est-ce le formulaire envoyé plutôt que celui renvoyé rempli ?)."
    )
    assert apply(database, rows).stored == 0
    assert snapshot(database) == before


def test_answers_the_questionnaire_would_refuse_are_refused(
    database: Database, b: Built, tmp_path: Path
) -> None:
    files = forms(send(database, b), tmp_path / "vague")
    contradicts = fill_form(
        files["Théâtre du Prato"], tmp_path / "non.pdf", partnership="non", company="Banque"
    )
    # GIVEN the marketing volet archived after the wave went out
    run(database, lambda s: programmes.archive_volet(s, b.marketing))
    rated = theatre_answer(files["Théâtre du Prato"], tmp_path / "volet.pdf", b)
    before = snapshot(database)
    rows = plan(database, contradicts, rated)
    assert [row.fate for row in rows] == [AnswerFate.REFUSED, AnswerFate.REFUSED]
    assert rows[0].message == (
        "« non.pdf » : réponse impossible à enregistrer ; Nom de l'entreprise : à laisser "
        "vide quand aucun partenariat n'a été obtenu."
    )
    assert (
        "Satisfaction : un volet noté n'appartient pas (ou plus) à ce programme." in rows[1].message
    )
    apply(database, rows)
    assert snapshot(database) == before


def test_a_stale_plan_stores_nothing(database: Database, b: Built, tmp_path: Path) -> None:
    files = forms(send(database, b), tmp_path / "vague")
    rows = plan(
        database,
        fill_form(files["Cirque du Bout du Monde"], tmp_path / "c.pdf", partnership="non"),
        theatre_answer(files["Théâtre du Prato"], tmp_path / "t.pdf", b),
    )
    assert [row.fate for row in rows] == [AnswerFate.READY, AnswerFate.READY]
    # GIVEN the theatre's answer typed in by someone else meanwhile
    answer = stored(database, b, b.theatre)
    answer_by_hand(database, answer)
    before = snapshot(database)
    error = refused(
        database, lambda s: svc.apply_answer_import(s, rows, today=ANSWERED), StaleRecordError
    )
    assert "« t.pdf » : le questionnaire a changé depuis la lecture" in error.message
    assert snapshot(database) == before


# --- the partnership an answer reports ---------------------------------------------------


def test_a_confirmed_partnership_is_created_then_updated_by_the_next_wave(
    database: Database, b: Built, tmp_path: Path
) -> None:
    files = forms(send(database, b), tmp_path / "six")
    rows = plan(database, theatre_answer(files["Théâtre du Prato"], tmp_path / "six.pdf", b))
    summary = apply(database, rows, frozenset({rows[0].questionnaire_id or ""}))
    assert (summary.partnerships_created, summary.partnerships_updated) == (1, 0)
    (created,) = run(
        database, lambda s: partnerships.list_partnerships(s, programme_id=b.programme)
    )
    assert (created.association_id, created.origin_programme_id) == (b.theatre, b.programme)
    assert (created.status, created.status_date) == (PartnershipStatus.SIGNE, ANSWERED)
    assert (created.category, created.amount) == (
        PartnershipCategory.MECENAT_FINANCIER,
        Decimal("1500.50"),
    )
    assert created.title == "Partenariat déclaré au questionnaire à 6 mois"
    company = run(database, lambda s: companies.get_company(s, created.company_id))
    assert company.name == "Boulangerie Éclat"
    assert stored(database, b, b.theatre).company_id == company.id
    figures = run(database, lambda s: programme_indicators(s, b.programme))
    assert (figures.partnerships_obtained, figures.partnerships_amount) == (1, Decimal("1500.50"))

    # WHEN the 12-month wave reports the same company, spelled differently, a larger amount
    later = ANSWERED + timedelta(days=200)
    mails = run(database, lambda s: svc.send_wave(s, b.programme, 12, today=later))
    twelve = forms(mails, tmp_path / "douze")
    filled = theatre_answer(
        twelve["Théâtre du Prato"],
        tmp_path / "douze.pdf",
        b,
        company="  BOULANGERIE eclat ",
        amount="3 000",
        category="mecenat_nature",
    )
    rows = run(database, lambda s: svc.plan_answer_import(s, [filled], today=later))
    summary = run(
        database,
        lambda s: svc.apply_answer_import(
            s, rows, partnerships_for={rows[0].questionnaire_id}, today=later
        ),
    )
    # THEN the same partnership is updated, no second company, still signed on the first date
    assert (summary.partnerships_created, summary.partnerships_updated) == (0, 1)
    (updated,) = run(
        database, lambda s: partnerships.list_partnerships(s, association_id=b.theatre)
    )
    assert updated.id == created.id
    assert (updated.amount, updated.category) == (
        Decimal("3000.00"),
        PartnershipCategory.MECENAT_NATURE,
    )
    assert (updated.status, updated.status_date) == (PartnershipStatus.SIGNE, ANSWERED)
    count = run(database, lambda s: len(s.scalars(select(Company.id)).all()))
    assert count == 1


def test_partnership_from_a_typed_answer_moves_an_existing_one_to_signed(
    database: Database, b: Built
) -> None:
    # GIVEN a partnership in progress with a company of the pool, from no programme
    bank = run(database, lambda s: companies.create_company(s, CompanyDraft(name="Banque du Nord")))
    earlier = run(
        database,
        lambda s: partnerships.create_partnership(
            s,
            PartnershipDraft(
                association_id=b.cirque,
                company_id=bank.id,
                category=PartnershipCategory.MECENAT_COMPETENCES,
                status=PartnershipStatus.CONTACT,
                status_date=date(2026, 3, 1),
            ),
        ),
    )
    send(database, b)
    answer = stored(database, b, b.cirque)
    answer_by_hand(database, answer, partnership_obtained=True, company_id=bank.id)
    # WHEN the coordinator confirms the partnership the phone answer reports
    result = run(database, lambda s: svc.partnership_from_answer(s, answer.id))
    # THEN the pair's partnership is signed on the answer's date, born of the programme
    assert result.id == earlier.id
    assert (result.status, result.status_date) == (PartnershipStatus.SIGNE, ANSWERED)
    assert result.category is PartnershipCategory.MECENAT_COMPETENCES  # the answer named none
    assert result.amount is None and result.origin_programme_id == b.programme
    # a running partnership is never moved back to « signé »
    running = run(
        database,
        lambda s: partnerships.change_partnership_status(
            s, result.id, PartnershipStatus.EN_COURS, date(2026, 9, 1), result.version
        ),
    )
    again = run(database, lambda s: svc.partnership_from_answer(s, answer.id))
    assert (again.status, again.version) == (PartnershipStatus.EN_COURS, running.version)


def test_no_partnership_from_an_answer_without_one(database: Database, b: Built) -> None:
    send(database, b)
    answer = stored(database, b, b.jardins)
    error = refused(database, lambda s: svc.partnership_from_answer(s, answer.id))
    assert "ne signale pas de partenariat" in error.message
    answer_by_hand(database, answer, partnership_obtained=True)
    error = refused(database, lambda s: svc.partnership_from_answer(s, answer.id))
    assert error.errors == {
        "company_name": "Nom de l'entreprise : à renseigner pour créer le partenariat."
    }


def test_a_company_corrected_by_hand_gets_the_partnership_not_the_first_one(
    database: Database, b: Built
) -> None:
    # GIVEN an answer whose partnership was created with the company first reported
    send(database, b)
    answer = stored(database, b, b.jardins)
    answer_by_hand(database, answer, partnership_obtained=True, company_name="Boulangerie Éclat")
    first = run(database, lambda s: svc.partnership_from_answer(s, answer.id))
    linked = stored(database, b, b.jardins)
    assert linked.company_id == first.company_id
    # WHEN the coordinator corrects the company's name (the link is still the old one)
    answer_by_hand(database, linked, company_name="Imprimerie Nord")
    second = run(database, lambda s: svc.partnership_from_answer(s, answer.id))
    # THEN the partnership goes to the company typed, and the answer now links it
    names = run(database, lambda s: {c.id: c.name for c in s.scalars(select(Company))})
    assert names[second.company_id] == "Imprimerie Nord" and second.id != first.id
    assert stored(database, b, b.jardins).company_id == second.company_id
    # a name typed differently (case, accents) still keeps the linked company
    answer_by_hand(database, stored(database, b, b.jardins), company_name="IMPRIMERIE  nord")
    again = run(database, lambda s: svc.partnership_from_answer(s, answer.id))
    assert again.id == second.id


def test_a_missing_partnership_is_known_until_it_is_created(database: Database, b: Built) -> None:
    send(database, b)
    answer = stored(database, b, b.jardins)
    missing = lambda: run(database, lambda s: svc.partnership_missing(s, answer.id))  # noqa: E731
    assert not missing()  # no answer yet
    answer_by_hand(database, answer, partnership_obtained=True)
    assert not missing()  # with whom?
    answer_by_hand(database, stored(database, b, b.jardins), company_name="Torréfaction Lilloise")
    assert missing()  # not even in the pool yet
    run(database, lambda s: svc.partnership_from_answer(s, answer.id))
    assert not missing()


def test_a_partnership_without_category_gets_the_default_and_a_note(
    database: Database, b: Built
) -> None:
    send(database, b)
    answer = stored(database, b, b.jardins)
    answer_by_hand(
        database, answer, partnership_obtained=True, company_name="Torréfaction Lilloise"
    )
    created = run(database, lambda s: svc.partnership_from_answer(s, answer.id))
    assert created.category is PartnershipCategory.COOPERATION_ECONOMIQUE
    assert "Catégorie non indiquée" in created.notes
    rows = run(database, lambda s: s.scalars(select(Partnership.id)).all())
    assert rows == [created.id]


# --- the follow-up summary -------------------------------------------------------------


def test_followup_summary_has_one_row_per_participant_and_each_wave(
    database: Database, b: Built, tmp_path: Path
) -> None:
    run(
        database,
        lambda s: followup.create_followup_action(
            s,
            FollowUpActionDraft(
                programme_id=b.programme,
                association_id=b.theatre,
                date=date(2026, 3, 2),
                kind=FollowUpKind.VISITE,
                duration_days=Decimal("0.5"),
                next_step="Relancer la banque",
                next_step_date=date(2026, 4, 1),
            ),
        ),
    )
    files = forms(send(database, b), tmp_path / "vague")
    rows = plan(database, theatre_answer(files["Théâtre du Prato"], tmp_path / "t.pdf", b))
    apply(database, rows)
    table = run(database, lambda s: followup_summary_table(s, b.programme))
    assert table.headers[:8] == (
        "Association",
        "Jours de suivi prévus",
        "Jours réalisés",
        "Actions",
        "Dernière action",
        "Type de la dernière action",
        "Prochaine étape",
        "Date de la prochaine étape",
    )
    assert table.headers[8:11] == (
        "3 mois : envoyé le",
        "3 mois : réponse le",
        "3 mois : partenariat",
    )
    assert len(table.headers) == 8 + 3 * 3
    by_name = {row[0]: row for row in table.rows}
    assert list(by_name) == ["Cirque du Bout du Monde", "Les Jardins de Fives", "Théâtre du Prato"]
    theatre = by_name["Théâtre du Prato"]
    assert theatre[1:8] == (
        Decimal("1.50"),
        Decimal("0.50"),
        1,
        date(2026, 3, 2),
        "Visite",
        "Relancer la banque",
        date(2026, 4, 1),
    )
    assert theatre[8:] == (
        None,
        None,
        "",
        SENT,
        ANSWERED,
        "Oui (Boulangerie Éclat)",
        None,
        None,
        "",
    )
    assert by_name["Cirque du Bout du Monde"][11:14] == (SENT, None, "")
    assert all(len(row) == len(table.columns) for row in table.rows)
