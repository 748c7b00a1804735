"""The partnership a questionnaire answer reports: one per association × company, signed."""

from __future__ import annotations

from dataclasses import fields, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dla_desktop.db.models import Company, Partnership
from dla_desktop.domain.dates import format_date
from dla_desktop.domain.enums import PartnershipCategory, PartnershipStatus
from dla_desktop.domain.errors import ValidationError
from dla_desktop.domain.records import (
    CompanyDraft,
    PartnershipDraft,
    PartnershipRecord,
    QuestionnaireRecord,
)
from dla_desktop.domain.text import folded
from dla_desktop.services import partnerships
from dla_desktop.services.companies import create_company
from dla_desktop.services.followup import QUESTIONNAIRES

# A partnership reported without a category gets the one a meeting's partnership gets.
DEFAULT_CATEGORY = PartnershipCategory.COOPERATION_ECONOMIQUE
# Statuses an answer never moves back to « signé »: the partnership has gone further.
_BEYOND_SIGNED = (PartnershipStatus.SIGNE, PartnershipStatus.EN_COURS, PartnershipStatus.TERMINE)


def partnership_from_answer(session: Session, questionnaire_id: str) -> PartnershipRecord:
    """Create or update the Partnership an answer reports (for answers typed in by hand too)."""
    return store_partnership(session, questionnaire_id)[0]


def store_partnership(session: Session, questionnaire_id: str) -> tuple[PartnershipRecord, bool]:
    """(the partnership, True when created): one partnership per association × company."""
    row = QUESTIONNAIRES.fetch(session, questionnaire_id)
    record = QUESTIONNAIRES.to_record(session, row)
    if record.answered_on is None or record.partnership_obtained is not True:
        raise ValidationError.single(
            "partnership_obtained",
            "Partenariat obtenu : la réponse enregistrée ne signale pas de partenariat.",
        )
    company_id = _company_of(session, record)
    if row.company_id != company_id:
        row.company_id = company_id  # the answer now names the company of the pool
        session.flush()
    existing = _pair_partnership(session, record.association_id, company_id, record.programme_id)
    if existing is None:
        draft = _new_partnership(record, company_id)
        return partnerships.create_partnership(session, draft), True
    return _updated_partnership(session, existing, record), False


def partnership_missing(session: Session, questionnaire_id: str) -> bool:
    """True when the answer reports a partnership with a company and none links the pair yet.

    Then the answer dialog offers to create it even if nothing changed: a partnership
    left unticked at import can still be created later.
    """
    record = QUESTIONNAIRES.to_record(session, QUESTIONNAIRES.fetch(session, questionnaire_id))
    if record.partnership_obtained is not True:
        return False
    if record.company_id is None and not record.company_name.strip():
        return False
    company_id = _known_company(session, record)
    if company_id is None:
        return True  # a company not in the pool yet: no partnership with it either
    return (
        _pair_partnership(session, record.association_id, company_id, record.programme_id) is None
    )


def _company_of(session: Session, record: QuestionnaireRecord) -> str:
    """The answer's company: linked already, else found by name, else added to the pool."""
    known = _known_company(session, record)
    if known is not None:
        return known
    name = record.company_name.strip()
    if not name:
        raise ValidationError.single(
            "company_name", "Nom de l'entreprise : à renseigner pour créer le partenariat."
        )
    return create_company(session, CompanyDraft(name=name)).id


def _known_company(session: Session, record: QuestionnaireRecord) -> str | None:
    """The pool's company the answer names: the linked one, else the first of that name.

    A linked company whose name no longer matches the typed one is not kept: the
    coordinator corrected the company by hand, and the name typed is the truth.
    """
    name = record.company_name.strip()
    if record.company_id is not None:
        company = session.get(Company, record.company_id)
        live = company is not None and company.deleted_at is None
        if live and (not name or company.sort_name == folded(name)):
            return company.id
    if not name:
        return None
    return session.scalar(
        select(Company.id)
        .where(Company.sort_name == folded(name), Company.deleted_at.is_(None))
        .order_by(Company.created_at, Company.id)
        .limit(1)
    )


def _pair_partnership(
    session: Session, association_id: str, company_id: str, programme_id: str
) -> PartnershipRecord | None:
    """The live partnership of the pair, the programme's own first, then the oldest."""
    ids = session.scalars(
        select(Partnership.id)
        .where(
            Partnership.association_id == association_id,
            Partnership.company_id == company_id,
            Partnership.deleted_at.is_(None),
        )
        .order_by(
            func.coalesce(Partnership.origin_programme_id, "") != programme_id,
            Partnership.created_at,
        )
    ).all()
    return partnerships.get_partnership(session, ids[0]) if ids else None


def _new_partnership(record: QuestionnaireRecord, company_id: str) -> PartnershipDraft:
    """A signed partnership, dated the day the answer came, born of the programme."""
    notes = f"Déclaré par l'association au questionnaire de suivi à {record.months_after} mois"
    notes += f" (réponse du {format_date(record.answered_on)})."
    if record.category is None:
        notes += " Catégorie non indiquée dans la réponse : à préciser."
    return PartnershipDraft(
        association_id=record.association_id,
        company_id=company_id,
        category=record.category or DEFAULT_CATEGORY,
        status=PartnershipStatus.SIGNE,
        status_date=record.answered_on,
        title=f"Partenariat déclaré au questionnaire à {record.months_after} mois",
        amount=record.amount,
        origin_programme_id=record.programme_id,
        notes=notes,
    )


def _updated_partnership(
    session: Session, existing: PartnershipRecord, record: QuestionnaireRecord
) -> PartnershipRecord:
    """The answer's amount and category on the pair's partnership, signed if it was not yet."""
    draft = _draft_of_partnership(existing)
    changed = replace(
        draft,
        amount=record.amount if record.amount is not None else draft.amount,
        category=record.category or draft.category,
        origin_programme_id=draft.origin_programme_id or record.programme_id,
    )
    result = existing
    if changed != draft:
        result = partnerships.update_partnership(session, existing.id, changed, existing.version)
    if result.status not in _BEYOND_SIGNED:
        result = partnerships.change_partnership_status(
            session, result.id, PartnershipStatus.SIGNE, record.answered_on, result.version
        )
    return result


def _draft_of_partnership(record: PartnershipRecord) -> PartnershipDraft:
    return PartnershipDraft(**{f.name: getattr(record, f.name) for f in fields(PartnershipDraft)})
