"""The follow-up section of the evaluation report, from real answers in a real file.

The demo's Lille programme gets answers with jobs, ratings and a declared partnership, plus
a 12-month wave; the figures are computed by the services, printed, and read back (pypdf).
Each expected value is worked out by hand from what the test wrote, never from the service.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from dla_desktop.db.database import Database
from dla_desktop.db.models import Questionnaire
from dla_desktop.documents.pdf.evaluation import write_evaluation
from dla_desktop.domain.enums import PartnershipCategory
from dla_desktop.domain.indicators import Rate
from dla_desktop.domain.records import QuestionnaireDraft, QuestionnaireRecord
from dla_desktop.services import followup, programmes
from dla_desktop.services.documents import evaluation_report
from dla_desktop.services.indicators import followup_figures, programme_indicators
from tests.documents.test_evaluation import body
from tests.services.support import open_copy

LILLE = "Développer les partenariats associations–entreprises (métropole lilloise, 2006)"
ISSUED = date(2026, 11, 23)


@pytest.fixture
def database(demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    """A private copy of the demo: the test writes answers into it."""
    yield from open_copy(demo_file, tmp_path)


def _answer(session: Session, wave: QuestionnaireRecord, **fields: object) -> None:
    """Record an answer on a wave, keeping what it already holds."""
    draft = QuestionnaireDraft(
        **{
            name: getattr(wave, name)
            for name in QuestionnaireDraft.__dataclass_fields__
            if name not in fields
        },
        **fields,  # type: ignore[arg-type]
    )
    followup.record_answer(session, wave.id, draft, wave.version)


def _prepare(database: Database) -> tuple[str, list[str]]:
    """Ratings and jobs on three 6-month answers; a 12-month wave, one answered with 4 000 €."""
    with database.transaction() as session:
        programme = programmes.find_programme(session, LILLE).id
        volets = [v.id for v in programmes.list_volets(session, programme)]
        waves = followup.list_questionnaires(session, programme)
        answered = [w for w in waves if w.months_after == 6 and w.answered_on and w.sent_on]
        no_partnership = [w for w in answered if not w.partnership_obtained]
        first, second, third = no_partnership[:3]
        _answer(session, first, jobs_created=2, satisfaction={volets[0]: 5, volets[1]: 4})
        _answer(session, second, jobs_consolidated=1, satisfaction={volets[0]: 4})
        _answer(session, third, satisfaction={volets[0]: 4})
        # a mark left by a volet gone since (the forms refuse it; an older file may hold it)
        row = session.get(Questionnaire, third.id)
        assert row is not None
        row.satisfaction = {volets[0]: 4, "volet-inconnu": 5}
        # 12 months: the first answers again (jobs now 3 in all, a partnership), one is silent
        later = followup.create_questionnaire(
            session,
            QuestionnaireDraft(
                programme_id=programme,
                association_id=first.association_id,
                months_after=12,
                sent_on=date(2007, 6, 27),
            ),
        )
        _answer(
            session,
            later,
            answered_on=date(2007, 7, 2),
            partnership_obtained=True,
            company_name="Fondation du Nord",
            category=PartnershipCategory.MECENAT_FINANCIER,
            amount=Decimal("4000"),
            jobs_created=3,
            satisfaction={volets[1]: 2},
        )
        followup.create_questionnaire(
            session,
            QuestionnaireDraft(
                programme_id=programme,
                association_id=second.association_id,
                months_after=12,
                sent_on=date(2007, 6, 27),
            ),
        )
    return programme, volets


def test_followup_figures_per_wave_and_overall(database: Database) -> None:
    programme, volets = _prepare(database)
    with database.reading() as session:
        waves = [
            w for w in followup.list_questionnaires(session, programme) if w.sent_on is not None
        ]
        figures = followup_figures(session, programme)
        indicators = programme_indicators(session, programme)
    six = [w for w in waves if w.months_after == 6]
    six_answered = [w for w in six if w.answered_on]
    assert [w.months_after for w in figures.waves] == [6, 12]
    assert figures.waves[0].responses == Rate(len(six_answered), len(six))
    assert figures.waves[0].partnerships == Rate(
        sum(1 for w in six_answered if w.partnership_obtained), len(six_answered)
    )
    assert figures.waves[0].jobs_created == sum(w.jobs_created for w in six_answered)
    assert figures.waves[0].jobs_consolidated == sum(w.jobs_consolidated for w in six_answered)
    assert figures.waves[0].jobs_created >= 2 and figures.waves[0].jobs_consolidated >= 1
    assert figures.waves[1].responses == Rate(1, 2)
    assert figures.waves[1].partnerships == Rate(1, 1)
    # overall: associations, the rates of the indicators; jobs of the latest answer (3, not 5)
    assert figures.responses == indicators.questionnaire_responses
    assert figures.partnerships == indicators.partnership_respondents
    latest: dict[str, QuestionnaireRecord] = {}
    for wave in sorted((w for w in waves if w.answered_on), key=lambda w: w.months_after):
        latest[wave.association_id] = wave
    assert figures.jobs_created == sum(w.jobs_created for w in latest.values())
    assert figures.jobs_consolidated == sum(w.jobs_consolidated for w in latest.values())
    assert figures.jobs_created < sum(w.jobs_created for w in waves if w.answered_on)  # 2 + 3
    assert dict(figures.partnerships_by_category)[PartnershipCategory.MECENAT_FINANCIER] >= 1
    assert figures.partnerships_amount >= Decimal("4000")
    ratings = {s.volet_id: (s.ratings, s.average) for s in figures.satisfaction}
    assert ratings[volets[0]] == (3, Decimal(13) / 3)  # 5, 4, 4; the unknown volet ignored
    assert ratings[volets[1]] == (2, Decimal(3))  # 4 at six months, 2 at twelve
    assert ratings[volets[2]] == (0, None)
    assert "volet-inconnu" not in ratings


def test_report_prints_waves_partnerships_jobs_and_satisfaction(
    database: Database, tmp_path: Path
) -> None:
    programme, _volets = _prepare(database)
    with database.reading() as session:
        report = evaluation_report(session, programme, ISSUED)
    path = write_evaluation(report, tmp_path / "evaluation.pdf", deterministic=True)
    text = body(path)
    six, twelve = report.followup.waves
    assert "Questionnaires par vague" in text
    assert (
        "Vague Envoyés Réponses Taux de réponse Partenariats Emplois créés Emplois consolidés"
        in text
    )
    assert (
        f"6 mois {six.responses.total} {six.responses.count} "
        f"{round(100 * six.responses.count / six.responses.total)} % "
        f"{six.partnerships.count} sur {six.partnerships.total} "
        f"{six.jobs_created} {six.jobs_consolidated}"
    ) in text
    assert "12 mois 2 1 50 % 1 sur 1 3 0" in text
    assert (
        f"Emplois créés {report.followup.jobs_created} "
        f"Emplois consolidés {report.followup.jobs_consolidated}"
    ) in text
    assert "pour un montant total de 4 000 €" in text
    assert "Partenariats déclarés dans les réponses" in text
    assert "Mécénat financier" in text
    assert "Catégorie non précisée dans 2 réponses." in text  # the demo's bare « oui »
    assert "Satisfaction par volet" in text
    assert "Note moyenne Nombre de notes" in text
    assert "4,3 / 5 3" in text  # 13 / 3 shown with one decimal
    assert "3 / 5 2" in text
    assert "Aucune note de satisfaction" not in text


def test_report_without_answers_says_so(database: Database, tmp_path: Path) -> None:
    with database.reading() as session:
        cher = programmes.find_programme(
            session, "Fonction employeur et gestion des bénévoles (Cher, 2027)"
        ).id
        report = evaluation_report(session, cher, ISSUED)
    text = body(write_evaluation(report, tmp_path / "cher.pdf", deterministic=True))
    assert "Aucun questionnaire envoyé." in text
    assert "Aucun partenariat déclaré dans les réponses." in text
    assert "Aucune note de satisfaction reçue." in text


def test_followup_figures_leave_satisfaction_out_of_other_programmes(database: Database) -> None:
    programme, volets = _prepare(database)
    with database.reading() as session:
        cher = programmes.find_programme(
            session, "Fonction employeur et gestion des bénévoles (Cher, 2027)"
        ).id
        figures = followup_figures(session, cher)
    assert figures.waves == ()
    assert all(s.ratings == 0 for s in figures.satisfaction)
    assert not {s.volet_id for s in figures.satisfaction} & set(volets)
    assert programme != cher
