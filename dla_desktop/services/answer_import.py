"""Filled questionnaire forms read back: what each dropped file would store, then storing it.

A form is matched to its questionnaire by the identifier embedded in it (``form_token``);
a file already imported, a questionnaire already answered, a form edited or foreign, and
answers the questionnaire form would refuse are all reported before anything is written.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, fields, replace
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from dla_desktop.db.models import Association, Programme, Questionnaire, Volet
from dla_desktop.domain.dates import format_date
from dla_desktop.domain.enums import PartnershipCategory, VoletKind
from dla_desktop.domain.errors import DlaError, FileReadError, StaleRecordError, ValidationError
from dla_desktop.domain.money import format_money
from dla_desktop.domain.questionnaire_forms import (
    AnswerFate,
    AnswerImportRow,
    AnswerImportSummary,
    FormAnswer,
    token_matches,
    token_questionnaire_id,
)
from dla_desktop.domain.records import QuestionnaireDraft, QuestionnaireRecord
from dla_desktop.domain.text import plural
from dla_desktop.services.answer_partnerships import store_partnership
from dla_desktop.services.followup import QUESTIONNAIRES, record_answer


def questionnaire_draft(record: QuestionnaireRecord) -> QuestionnaireDraft:
    """The draft a stored questionnaire would be saved back with."""
    return QuestionnaireDraft(
        **{f.name: getattr(record, f.name) for f in fields(QuestionnaireDraft)}
    )


@dataclass(frozen=True)
class _Target:
    """The questionnaire a form names, with what the confirmation shows about it."""

    record: QuestionnaireRecord
    programme_title: str
    association_name: str


def plan_answer_import(
    session: Session, paths: Sequence[Path], *, today: date | None = None
) -> list[AnswerImportRow]:
    """Read each filled form and say what importing it would do; writes nothing."""
    planner = _Planner(session, today or date.today())
    return [planner.plan(Path(path)) for path in paths]


class _Planner:
    """Judges the files of one drop in order, remembering what earlier files of it answer."""

    def __init__(self, session: Session, today: date) -> None:
        self.session, self.today = session, today
        self.files: dict[str, str] = {}  # sha256 -> file name, in this drop
        self.answering: dict[str, str] = {}  # questionnaire id -> file name, in this drop

    def plan(self, path: Path) -> AnswerImportRow:
        from dla_desktop.documents.pdf.questionnaire_form import read_questionnaire_form

        try:
            answer = read_questionnaire_form(path)
        except FileReadError as error:
            return AnswerImportRow(path=path, fate=AnswerFate.REFUSED, message=error.message)
        target = _target(self.session, answer)
        if target is None:
            return _refused(answer, _unknown_reason(self.session, answer))
        row = self._judge(answer, target)
        if row.fate is AnswerFate.READY:
            self.files[answer.sha256] = path.name
            self.answering[target.record.id] = path.name
        return row

    def _judge(self, answer: FormAnswer, target: _Target) -> AnswerImportRow:
        record = target.record
        if answer.sha256 in self.files:
            message = f"même fichier que « {self.files[answer.sha256]} » : ignoré."
            return _row(answer, target, AnswerFate.ALREADY, message)
        already = _imported_from(self.session, answer.sha256)
        if already is not None:
            return _row(answer, target, AnswerFate.ALREADY, _already_message(already))
        if record.id in self.answering:
            message = (
                f"« {self.answering[record.id]} », dans ce même envoi, répond déjà à ce "
                "questionnaire : seul le premier fichier est importé."
            )
            return _row(answer, target, AnswerFate.ANSWERED, message)
        if record.answered_on is not None:
            message = (
                f"ce questionnaire a déjà une réponse, enregistrée le "
                f"{format_date(record.answered_on)} : elle est conservée (corrigez-la à la "
                "main si ce formulaire est plus juste)."
            )
            return _row(answer, target, AnswerFate.ANSWERED, message)
        if _is_blank(answer):
            message = (
                f"« {answer.path.name} » : formulaire vide, aucune réponse n'y est saisie "
                "(est-ce le formulaire envoyé plutôt que celui renvoyé rempli ?)."
            )
            return _row(answer, target, AnswerFate.REFUSED, message)
        problem = _answer_problem(self.session, record, answer, self.today)
        if problem:
            message = f"« {answer.path.name} » : réponse impossible à enregistrer ; {problem}"
            return _row(answer, target, AnswerFate.REFUSED, message)
        return _row(answer, target, AnswerFate.READY, describe_answer(self.session, answer))


def _is_blank(answer: FormAnswer) -> bool:
    """A form nobody filled: storing it would count an answer that never came."""
    return (
        answer.partnership_obtained is None
        and answer.amount is None
        and not (answer.company_name.strip() or answer.category or answer.comment.strip())
        and not (answer.jobs_created or answer.jobs_consolidated or answer.satisfaction)
    )


def _target(session: Session, answer: FormAnswer) -> _Target | None:
    """The live questionnaire the form names, when its token was made for it."""
    questionnaire_id = token_questionnaire_id(answer.token)
    row = None if questionnaire_id is None else session.get(Questionnaire, questionnaire_id)
    if row is None or row.deleted_at is not None:
        return None
    if not token_matches(answer.token, row.programme_id, row.association_id, row.months_after):
        return None
    programme = session.get(Programme, row.programme_id)
    association = session.get(Association, row.association_id)
    return _Target(
        record=QUESTIONNAIRES.to_record(session, row),
        programme_title=programme.title if programme else "",
        association_name=association.name if association else "",
    )


def _unknown_reason(session: Session, answer: FormAnswer) -> str:
    """Why no questionnaire takes this form: unknown here, or its identifier was edited."""
    questionnaire_id = token_questionnaire_id(answer.token)
    row = None if questionnaire_id is None else session.get(Questionnaire, questionnaire_id)
    if row is None or row.deleted_at is not None:
        return (
            f"« {answer.path.name} » : questionnaire inconnu dans cette base (formulaire "
            "envoyé depuis une autre base, ou questionnaire supprimé depuis)."
        )
    return (
        f"« {answer.path.name} » : formulaire modifié (son identifiant ne correspond pas au "
        "questionnaire envoyé) ; rien n'est importé."
    )


def _refused(answer: FormAnswer, message: str) -> AnswerImportRow:
    return AnswerImportRow(
        path=answer.path, fate=AnswerFate.REFUSED, message=message, answer=answer
    )


def _row(answer: FormAnswer, target: _Target, fate: AnswerFate, message: str) -> AnswerImportRow:
    """A judged file, with what the confirmation shows about its questionnaire."""
    proposes = (
        fate is AnswerFate.READY
        and answer.partnership_obtained is True
        and bool(answer.company_name.strip())
    )
    return AnswerImportRow(
        path=answer.path,
        fate=fate,
        message=message,
        answer=answer,
        questionnaire_id=target.record.id,
        association_name=target.association_name,
        programme_title=target.programme_title,
        months_after=target.record.months_after,
        proposes_partnership=proposes,
    )


def _imported_from(session: Session, sha256: str) -> QuestionnaireRecord | None:
    """The questionnaire already answered by this very file, if any."""
    row = session.scalar(
        select(Questionnaire).where(
            Questionnaire.form_sha256 == sha256, Questionnaire.deleted_at.is_(None)
        )
    )
    return None if row is None else QUESTIONNAIRES.to_record(session, row)


def _already_message(record: QuestionnaireRecord) -> str:
    when = f" le {format_date(record.answered_on)}" if record.answered_on else ""
    return f"ce fichier a déjà été importé{when} : rien de nouveau."


def _answer_draft(
    record: QuestionnaireRecord, answer: FormAnswer, today: date
) -> QuestionnaireDraft:
    """What the questionnaire becomes with this answer (checked by the service's own rules)."""
    amount = answer.amount
    if answer.partnership_obtained is False and amount == 0:  # "0" written beside « non »
        amount = None
    return replace(
        questionnaire_draft(record),
        sent_on=record.sent_on or today,  # a form came back: it was sent
        answered_on=today,
        partnership_obtained=answer.partnership_obtained,
        company_name=answer.company_name,
        category=answer.category or None,  # type: ignore[arg-type]  # Checker.choice reads it
        amount=amount,
        jobs_created=answer.jobs_created,
        jobs_consolidated=answer.jobs_consolidated,
        satisfaction=dict(answer.satisfaction),
        comment=answer.comment,
        form_sha256=answer.sha256,
    )


def _answer_problem(
    session: Session, record: QuestionnaireRecord, answer: FormAnswer, today: date
) -> str:
    """What makes this answer unfit to store (French, naming the field), or ""."""
    try:
        QUESTIONNAIRES.checked(session, _answer_draft(record, answer, today), record.id)
    except ValidationError as error:
        return error.message
    return ""


def describe_answer(session: Session, answer: FormAnswer) -> str:
    """The answer in one French sentence, for the confirmation and the terminal."""
    parts = [_partnership_words(answer)]
    jobs = [
        plural(count, f"emploi {what}", f"emplois {what}s")
        for count, what in ((answer.jobs_created, "créé"), (answer.jobs_consolidated, "consolidé"))
        if count
    ]
    if jobs:
        parts.append(", ".join(jobs))
    if answer.satisfaction:
        names = _volet_names(session, list(answer.satisfaction))
        marks = ", ".join(f"{names.get(v, 'volet')} {m}/5" for v, m in answer.satisfaction.items())
        parts.append(f"satisfaction : {marks}")
    if answer.comment.strip():
        parts.append("avec un commentaire")
    return " ; ".join(parts) + "."


def _partnership_words(answer: FormAnswer) -> str:
    if answer.partnership_obtained is None:
        return "Partenariat : sans réponse"
    if answer.partnership_obtained is False:
        return "Pas de partenariat obtenu"
    details = [PartnershipCategory(answer.category).label] if answer.category else []
    if answer.amount is not None:
        details.append(format_money(answer.amount))
    company = f" avec {answer.company_name.strip()}" if answer.company_name.strip() else ""
    return f"Partenariat obtenu{company}" + (f" ({', '.join(details)})" if details else "")


def _volet_names(session: Session, ids: Sequence[str]) -> dict[str, str]:
    rows = session.execute(select(Volet.id, Volet.kind, Volet.label).where(Volet.id.in_(ids)))
    return {id: label or VoletKind(kind).label for id, kind, label in rows}


# --- storing answers -------------------------------------------------------------------


def apply_answer_import(
    session: Session,
    rows: Sequence[AnswerImportRow],
    *,
    partnerships_for: Collection[str] = (),
    today: date | None = None,
) -> AnswerImportSummary:
    """Store the READY rows' answers (one transaction, the caller's).

    ``partnerships_for`` holds questionnaire ids whose "partnership obtained" answer the
    user confirmed: a Partnership is created, or updated when one already links that
    association and company (origin: the programme).
    """
    today = today or date.today()
    ready = [row for row in rows if row.fate is AnswerFate.READY]
    checked = [_still_ready(session, row, today) for row in ready]  # all before any write
    if len({target.record.id for target, _answer in checked}) < len(checked):
        raise DlaError("Deux fichiers répondent au même questionnaire : rien n'a été importé.")
    created = updated = 0
    for (target, answer), row in zip(checked, ready, strict=True):
        record = target.record
        record_answer(session, record.id, _answer_draft(record, answer, today), record.version)
        if row.proposes_partnership and record.id in partnerships_for:
            _partnership, was_created = store_partnership(session, record.id)
            created, updated = created + was_created, updated + (not was_created)
    return AnswerImportSummary(
        stored=len(ready),
        skipped=len(rows) - len(ready),
        partnerships_created=created,
        partnerships_updated=updated,
    )


def _still_ready(session: Session, row: AnswerImportRow, today: date) -> tuple[_Target, FormAnswer]:
    """The row's questionnaire, unchanged since the plan: still awaiting this very answer."""
    answer = row.answer
    target = None if answer is None else _target(session, answer)
    if answer is None or target is None or target.record.id != row.questionnaire_id:
        raise StaleRecordError(_stale_message(row))
    if target.record.answered_on is not None or _imported_from(session, answer.sha256):
        raise StaleRecordError(_stale_message(row))
    problem = _answer_problem(session, target.record, answer, today)
    if problem:
        raise StaleRecordError(f"{_stale_message(row)} ({problem})")
    return target, answer


def _stale_message(row: AnswerImportRow) -> str:
    return (
        f"« {row.path.name} » : le questionnaire a changé depuis la lecture des fichiers "
        "(autre fenêtre ou autre poste). Rien n'a été importé : relancez l'import."
    )
