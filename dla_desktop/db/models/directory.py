"""Who the coordinators work with: offices, associations, companies, cabinets, funders, contacts."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, validates

from dla_desktop.db.models.base import (
    ID_LENGTH,
    NAME_LENGTH,
    SHORT_LENGTH,
    Base,
    SharedRow,
    vocabulary_checks,
)
from dla_desktop.db.types import Money, ScaledDecimal, UTCDateTime
from dla_desktop.domain.enums import CompanySize, FunderKind
from dla_desktop.domain.text import folded


class Office(SharedRow, Base):
    """A DLA or CBE office; several may run one programme and share one file."""

    __tablename__ = "office"

    name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    carrier: Mapped[str] = mapped_column(String(NAME_LENGTH), default="")
    departement: Mapped[str] = mapped_column(String(3), default="")
    email: Mapped[str] = mapped_column(String(SHORT_LENGTH), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    town: Mapped[str] = mapped_column(String(SHORT_LENGTH), default="")


class Association(SharedRow, Base):
    """An employer association (or other ESS structure) that may be accompanied."""

    __tablename__ = "association"
    # Covers the list screen's query (its columns, sorted): a whole département's
    # register (100,000 rows) is read in index order without touching the table.
    __table_args__ = (
        Index(
            "ix_association_list",
            "sort_name",
            "id",
            "name",
            "sector",
            "activity",
            "town",
            "postal_code",
            "employees",
            "fte",
            "siret",
            "rna",
            "deleted_at",
        ),
    )

    name: Mapped[str] = mapped_column(String(NAME_LENGTH), index=True)
    # folded(name): lists sort on it so "Éclat" stands beside "Eclat", not after "Zèbre"
    sort_name: Mapped[str] = mapped_column(String(NAME_LENGTH), default="")
    # W + 9 digits, or (Alsace-Moselle) a local register reference such as "VOL 12 / 1998"
    rna: Mapped[str] = mapped_column(String(30), default="", index=True)
    siret: Mapped[str] = mapped_column(String(14), default="", index=True)
    sector: Mapped[str] = mapped_column(String(SHORT_LENGTH), default="")
    activity: Mapped[str] = mapped_column(String(NAME_LENGTH), default="")
    employees: Mapped[int] = mapped_column(default=0)
    fte: Mapped[Decimal] = mapped_column(ScaledDecimal(2), default=Decimal(0))
    address: Mapped[str] = mapped_column(String(NAME_LENGTH), default="")
    postal_code: Mapped[str] = mapped_column(String(5), default="")
    town: Mapped[str] = mapped_column(String(SHORT_LENGTH), default="")
    email: Mapped[str] = mapped_column(String(SHORT_LENGTH), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    prior_dla_support: Mapped[bool] = mapped_column(default=False)
    expectations: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    @validates("name")
    def _keep_sort_name(self, _key: str, name: str) -> str:
        self.sort_name = folded(name)
        return name


class Company(SharedRow, Base):
    """A company of the coordinators' pool (vivier d'entreprises)."""

    __tablename__ = "company"
    __table_args__ = (*vocabulary_checks(size=CompanySize),)

    name: Mapped[str] = mapped_column(String(NAME_LENGTH), index=True)
    # folded(name): lists sort on it so "Éclat" stands beside "Eclat", not after "Zèbre"
    sort_name: Mapped[str] = mapped_column(String(NAME_LENGTH), default="", index=True)
    siren: Mapped[str] = mapped_column(String(9), default="", index=True)
    siret: Mapped[str] = mapped_column(String(14), default="")
    size: Mapped[str | None] = mapped_column(String(30))
    sector: Mapped[str] = mapped_column(String(SHORT_LENGTH), default="")
    postal_code: Mapped[str] = mapped_column(String(5), default="")
    town: Mapped[str] = mapped_column(String(SHORT_LENGTH), default="")
    has_cse: Mapped[bool] = mapped_column(default=False)
    csr_interest: Mapped[bool] = mapped_column(default=False)
    notes: Mapped[str] = mapped_column(Text, default="")

    @validates("name")
    def _keep_sort_name(self, _key: str, name: str) -> str:
        self.sort_name = folded(name)
        return name


class Cabinet(SharedRow, Base):
    """A consultant firm (cabinet, prestataire) that delivers volets."""

    __tablename__ = "cabinet"

    name: Mapped[str] = mapped_column(String(NAME_LENGTH), index=True)
    siret: Mapped[str] = mapped_column(String(14), default="")
    specialty: Mapped[str] = mapped_column(String(NAME_LENGTH), default="")
    day_rate: Mapped[Decimal | None] = mapped_column(Money())
    town: Mapped[str] = mapped_column(String(SHORT_LENGTH), default="")
    email: Mapped[str] = mapped_column(String(SHORT_LENGTH), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class Funder(SharedRow, Base):
    """A financeur: État/DREETS, Banque des Territoires, région, FSE, foundation..."""

    __tablename__ = "funder"
    __table_args__ = (*vocabulary_checks(kind=FunderKind),)

    name: Mapped[str] = mapped_column(String(NAME_LENGTH), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    notes: Mapped[str] = mapped_column(Text, default="")


class Contact(SharedRow, Base):
    """A person at exactly one association, company, cabinet or funder."""

    __tablename__ = "contact"
    __table_args__ = (
        CheckConstraint(
            "(CASE WHEN association_id IS NULL THEN 0 ELSE 1 END"
            " + CASE WHEN company_id IS NULL THEN 0 ELSE 1 END"
            " + CASE WHEN cabinet_id IS NULL THEN 0 ELSE 1 END"
            " + CASE WHEN funder_id IS NULL THEN 0 ELSE 1 END) = 1",
            name="one_owner",
        ),
    )

    first_name: Mapped[str] = mapped_column(String(SHORT_LENGTH), default="")
    last_name: Mapped[str] = mapped_column(String(SHORT_LENGTH))
    role: Mapped[str] = mapped_column(String(SHORT_LENGTH), default="")
    email: Mapped[str] = mapped_column(String(SHORT_LENGTH), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    association_id: Mapped[str | None] = mapped_column(ForeignKey("association.id"), index=True)
    company_id: Mapped[str | None] = mapped_column(ForeignKey("company.id"), index=True)
    cabinet_id: Mapped[str | None] = mapped_column(ForeignKey("cabinet.id"), index=True)
    funder_id: Mapped[str | None] = mapped_column(ForeignKey("funder.id"), index=True)
    # Erased for privacy (RGPD): names and details blanked, history values purged; a merge
    # never brings them back from an older copy.
    erased_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


__all__ = ["ID_LENGTH", "Association", "Cabinet", "Company", "Contact", "Funder", "Office"]
