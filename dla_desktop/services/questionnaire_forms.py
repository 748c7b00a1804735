"""Offline questionnaires: a wave sent as fillable PDF forms with e-mail drafts, answers read back.

This module decides who receives a wave and what each form and e-mail carries (the files are
laid out by ``documents.pdf.questionnaire_form`` and ``documents.email_drafts``). Reading the
filled forms back lives in ``services.answer_import``, the partnership an answer reports in
``services.answer_partnerships``; both are re-exported here, the one door of the feature.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from dla_desktop.db.models import (
    Association,
    Contact,
    Enrolment,
    Programme,
    Questionnaire,
    Volet,
    VoletEnrolment,
)
from dla_desktop.domain.dates import add_months, format_date
from dla_desktop.domain.enums import PartnershipCategory, VoletKind
from dla_desktop.domain.errors import ValidationError
from dla_desktop.domain.followup_due import parse_waves
from dla_desktop.domain.questionnaire_forms import FormContent, FormVolet, WaveMail, form_token
from dla_desktop.domain.records import OfficeRecord, QuestionnaireDraft, QuestionnaireRecord
from dla_desktop.domain.text import folded
from dla_desktop.services.answer_import import (
    apply_answer_import,
    describe_answer,
    plan_answer_import,
    questionnaire_draft,
)
from dla_desktop.services.answer_partnerships import partnership_from_answer, partnership_missing
from dla_desktop.services.enrolment import live_participation
from dla_desktop.services.followup import QUESTIONNAIRES, create_questionnaire, record_answer
from dla_desktop.services.offices import current_office
from dla_desktop.services.programmes import PROGRAMMES

__all__ = [
    "apply_answer_import",
    "describe_answer",
    "partnership_from_answer",
    "partnership_missing",
    "plan_answer_import",
    "send_wave",
    "waves_due",
]

# --- sending a wave --------------------------------------------------------------------


@dataclass(frozen=True)
class _Recipient:
    """A participant of the programme, as a wave's e-mail addresses it."""

    id: str
    name: str
    email: str


def send_wave(
    session: Session, programme_id: str, months_after: int, *, today: date, resend: bool = False
) -> list[WaveMail]:
    """Mark the wave sent today to every live participant that has not received it.

    Creates the missing Questionnaire rows (sent_on = today); with ``resend``, also the
    forms of those sent earlier and still unanswered (their sent_on is kept). Refuses
    (ValidationError, French) a wave that is not in the programme's waves or a programme
    without an end date.
    """
    programme = PROGRAMMES.fetch(session, programme_id)
    _check_wave(programme, months_after)
    recipients = _recipients(session, programme_id)
    rows = _wave_rows(session, programme_id, months_after)
    sent = []
    for recipient in recipients:
        record = _sent(session, programme_id, recipient.id, months_after, rows, today, resend)
        if record is not None:
            sent.append((recipient, record))
    ids = [recipient.id for recipient, _record in sent]
    volets, emails = _volets(session, programme_id, ids), _contact_emails(session, ids)
    office = current_office(session)
    return [
        _wave_mail(programme, recipient, record, volets[recipient.id], emails, office, today)
        for recipient, record in sent
    ]


def waves_due(
    session: Session, programme_id: str, *, today: date, resend: bool = False
) -> tuple[int, ...]:
    """The waves due today or earlier that some live participant has not received.

    With ``resend``, also those some participant received and has not answered.
    """
    programme = PROGRAMMES.fetch(session, programme_id)
    if programme.end_date is None:
        return ()
    participants = {recipient.id for recipient in _recipients(session, programme_id)}
    done = _wave_done(session, programme_id, answered=resend)
    return tuple(
        months
        for months in parse_waves(programme.questionnaire_waves)
        if add_months(programme.end_date, months) <= today and participants - done[months]
    )


def _wave_done(session: Session, programme_id: str, *, answered: bool) -> dict[int, set[str]]:
    """Per wave, the associations that received it (and answered it, if ``answered``)."""
    query = select(Questionnaire.months_after, Questionnaire.association_id).where(
        Questionnaire.programme_id == programme_id,
        Questionnaire.deleted_at.is_(None),
        Questionnaire.sent_on.is_not(None),
    )
    if answered:
        query = query.where(Questionnaire.answered_on.is_not(None))
    done: dict[int, set[str]] = defaultdict(set)
    for months, association_id in session.execute(query):
        done[months].add(association_id)
    return done


def _check_wave(programme: Programme, months_after: int) -> None:
    """A wave is counted from the programme's end, and only the planned waves are sent."""
    if programme.end_date is None:
        raise ValidationError.single(
            "end_date",
            f"Date de fin : le programme « {programme.title} » n'en a pas ; les questionnaires "
            "de suivi se comptent en mois après la fin de l'accompagnement.",
        )
    waves = parse_waves(programme.questionnaire_waves)
    if months_after not in waves:
        planned = ", ".join(map(str, waves)) if waves else "aucune"
        raise ValidationError.single(
            "months_after",
            f"Délai (mois) : pas de vague à {months_after} mois pour ce programme "
            f"(vagues prévues : {planned}).",
        )


def _recipients(session: Session, programme_id: str) -> list[_Recipient]:
    """The live participants, by name the French way."""
    rows = session.execute(
        select(Association.id, Association.name, Association.email)
        .join(Enrolment, Enrolment.association_id == Association.id)
        .where(*live_participation(programme_id))
        .order_by(Association.sort_name, Association.id)
    )
    return [_Recipient(*row) for row in rows]


def _wave_rows(session: Session, programme_id: str, months: int) -> dict[str, Questionnaire]:
    """The wave's rows per association, tombstones included (one row per wave, ever)."""
    query = select(Questionnaire).where(
        Questionnaire.programme_id == programme_id, Questionnaire.months_after == months
    )
    return {row.association_id: row for row in session.scalars(query)}


def _sent(
    session: Session,
    programme_id: str,
    association_id: str,
    months: int,
    rows: Mapping[str, Questionnaire],
    today: date,
    resend: bool,
) -> QuestionnaireRecord | None:
    """The questionnaire marked sent to this association, or None when it gets no form."""
    row = rows.get(association_id)
    if row is None or row.deleted_at is not None:
        draft = QuestionnaireDraft(
            programme_id=programme_id, association_id=association_id, months_after=months
        )
        return create_questionnaire(session, replace(draft, sent_on=today))
    record = QUESTIONNAIRES.to_record(session, row)
    if record.sent_on is None:  # typed in without a sending date: it goes out now
        return record_answer(
            session, row.id, replace(questionnaire_draft(record), sent_on=today), row.version
        )
    if record.answered_on is None and resend:
        return record
    return None


def _volets(
    session: Session, programme_id: str, association_ids: Sequence[str]
) -> dict[str, tuple[FormVolet, ...]]:
    """Per association, the volets it followed; all the programme's when it was put in none."""
    rows = session.execute(
        select(Volet.id, Volet.kind, Volet.label, VoletEnrolment.association_id)
        .outerjoin(
            VoletEnrolment,
            (VoletEnrolment.volet_id == Volet.id) & VoletEnrolment.deleted_at.is_(None),
        )
        .where(Volet.programme_id == programme_id, Volet.deleted_at.is_(None))
        .order_by(Volet.created_at, Volet.id)
    ).all()
    every: dict[str, FormVolet] = {}
    followed: dict[str, list[FormVolet]] = defaultdict(list)
    for volet_id, kind, label, association_id in rows:
        volet = every.setdefault(volet_id, FormVolet(volet_id, label or VoletKind(kind).label))
        if association_id is not None:
            followed[association_id].append(volet)
    everything = tuple(every.values())
    return {id: tuple(followed.get(id, ())) or everything for id in association_ids}


def _contact_emails(session: Session, association_ids: Sequence[str]) -> dict[str, list[str]]:
    """The e-mail addresses of each association's live contacts, by name, each once."""
    rows = session.execute(
        select(Contact.association_id, Contact.email, Contact.last_name, Contact.first_name).where(
            Contact.association_id.in_(association_ids),
            Contact.deleted_at.is_(None),
            Contact.email != "",
        )
    ).all()
    emails: dict[str, list[str]] = defaultdict(list)
    for association_id, email, *_names in sorted(rows, key=lambda r: (folded(r[2]), folded(r[3]))):
        if email.casefold() not in (known.casefold() for known in emails[association_id]):
            emails[association_id].append(email)
    return emails


def _wave_mail(
    programme: Programme,
    recipient: _Recipient,
    record: QuestionnaireRecord,
    volets: tuple[FormVolet, ...],
    emails: Mapping[str, list[str]],
    office: OfficeRecord | None,
    today: date,
) -> WaveMail:
    """One association's form and the draft that carries it."""
    months = record.months_after
    content = FormContent(
        questionnaire_id=record.id,
        token=form_token(record.id, programme.id, recipient.id, months),
        programme_title=programme.title,
        programme_end=programme.end_date,
        association_name=recipient.name,
        months_after=months,
        volets=volets,
        categories=tuple((category.value, category.label) for category in PartnershipCategory),
        office_name=office.name if office else "",
        office_email=office.email if office else "",
        reply_by=today + timedelta(days=programme.answer_reminder_days),
    )
    recipients = emails.get(recipient.id) or ([recipient.email] if recipient.email else [])
    return WaveMail(
        content=content,
        recipients=tuple(recipients),
        subject=f"Questionnaire de suivi — {programme.title} ({months} mois)",
        body=_mail_body(content, office),
        file_stem=f"Questionnaire {months} mois - {recipient.name}",
    )


def _mail_body(content: FormContent, office: OfficeRecord | None) -> str:
    """A short, polite French message: who writes, why, what to do, by when."""
    sender = content.office_name or "L'équipe du DLA"
    ended = (
        f"s'est terminé le {format_date(content.programme_end)}"
        if content.programme_end
        else "s'est terminé"
    )
    signature = [sender, *((office.email, office.phone) if office else ())]
    lines = [
        "Bonjour,",
        "",
        f"L'accompagnement « {content.programme_title} », que {content.association_name} a "
        f"suivi, {ended}. {content.months_after} mois plus tard, nous aimerions savoir ce "
        "qu'il vous a apporté : partenariats avec des entreprises, emplois, satisfaction.",
        "",
        "Pour nous répondre (5 minutes environ) :",
        "1. ouvrez le formulaire PDF joint (Adobe Acrobat Reader, votre navigateur…) ;",
        "2. remplissez-le, puis enregistrez-le ;",
        "3. renvoyez-nous le fichier enregistré en réponse à ce message"
        + (f", avant le {format_date(content.reply_by)}." if content.reply_by else "."),
        "",
        "Vos réponses nous servent à évaluer le programme et à mieux accompagner les "
        "associations. Merci d'avance !",
        "",
        "Bien cordialement,",
        *(line for line in signature if line),
    ]
    return "\n".join(lines) + "\n"
