"""Companies of the coordinators' pool (vivier d'entreprises)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from dla_desktop.db.models import Company
from dla_desktop.domain import identifiers
from dla_desktop.domain.enums import CompanySize
from dla_desktop.domain.records import CompanyDraft, CompanyRecord, CompanyRow
from dla_desktop.services.base import Entity
from dla_desktop.services.validation import Checker


def _validate(session: Session, draft: CompanyDraft) -> CompanyDraft:
    check = Checker(draft, Company)
    check.text("name", required=True)
    check.text("sector", "town", "notes")
    check.identifier("siren", identifiers.normalize_siren)
    check.identifier("siret", identifiers.normalize_siret)
    check.identifier("postal_code", identifiers.normalize_postal_code)
    check.choice("size", CompanySize, optional=True)
    check.boolean("has_cse", "csr_interest")
    siren, siret = check.changes.get("siren", ""), check.changes.get("siret", "")
    if siren and siret and "siren" not in check.errors and "siret" not in check.errors:
        if not siret.startswith(siren):
            check.fail("siret", "ne commence pas par le SIREN de l'entreprise.")
    elif siret and not siren and "siret" not in check.errors:
        check.changes["siren"] = siret[:9]  # the SIREN is the SIRET's first nine digits
    return check.result()


COMPANIES: Entity[CompanyDraft, CompanyRecord] = Entity(
    Company, CompanyRecord, "entreprise", _validate
)

create_company = COMPANIES.create
update_company = COMPANIES.update
archive_company = COMPANIES.archive
get_company = COMPANIES.get


def list_companies(session: Session) -> list[CompanyRow]:
    """Every live company as a light row, sorted by name."""
    query = (
        select(*(getattr(Company, name) for name in CompanyRow._fields))
        .where(Company.deleted_at.is_(None))
        .order_by(Company.sort_name)
    )
    return [CompanyRow._make(row) for row in session.execute(query)]
