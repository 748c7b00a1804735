"""Hand-built inputs for the dossier, attendance sheet and funder synthèse tests (and bench).

Built without a database so the renderers can be tested before and apart from
services.documents; every figure is chosen so a test can find it formatted in the PDF.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

from pypdf import PdfReader

from dla_desktop.domain.documents import (
    FundedProgramme,
    FunderSummary,
    PartnershipDossier,
    SigningLine,
    SigningSheet,
)
from dla_desktop.domain.enums import (
    FunderKind,
    PartnershipCategory,
    PartnershipStatus,
    ProgrammeStatus,
    SessionKind,
)
from dla_desktop.domain.indicators import Rate
from dla_desktop.domain.records import (
    AssociationRecord,
    CompanyRecord,
    ContactRecord,
    FunderRecord,
    OfficeRecord,
    PartnershipRecord,
    SessionRecord,
)

STAMP = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
ISSUED = date(2026, 3, 12)
# Strings that are Paragraph markup if not escaped: each must print literally.
HOSTILE = ("R&D <b>gras</b>", 'a<b & "c"', '<img src="/etc/passwd"/>', "<script>x</script>")


def stored(index: int = 1) -> dict[str, object]:
    """The identity fields every record carries (ids never reach a document)."""
    return {"id": f"00000000-0000-4000-8000-{index:012d}", "version": 1, "updated_at": STAMP}


def office(name: str = "CBE de Lille", index: int = 1) -> OfficeRecord:
    return OfficeRecord(**stored(index), name=name, carrier="CBE", departement="59", town="Lille")


def association(name: str = "Théâtre du Prato", **changes: object) -> AssociationRecord:
    values: dict[str, object] = {
        "name": name,
        "rna": "W595012345",
        "siret": "44306184100047",
        "sector": "Culture",
        "activity": "Compagnie de théâtre et de cirque, spectacles en salle et en rue.",
        "employees": 12,
        "fte": Decimal("8.5"),
        "address": "6 allée de la Filature",
        "postal_code": "59000",
        "town": "Lille",
        "email": "contact@prato.example.org",
        "phone": "01 99 00 12 34",
    }
    values.update(changes)
    return AssociationRecord(**stored(2), **values)  # type: ignore[arg-type]


def company(name: str = "Banque du Nord", town: str = "Roubaix") -> CompanyRecord:
    return CompanyRecord(**stored(3), name=name, town=town, postal_code="59100")


def contact(**changes: object) -> ContactRecord:
    values: dict[str, object] = {
        "last_name": "Martin",
        "first_name": "Claire",
        "role": "Administratrice",
        "email": "claire.martin@prato.example.org",
        "phone": "01 99 00 12 35",
        "association_id": stored(2)["id"],
    }
    values.update(changes)
    return ContactRecord(**stored(4), **values)  # type: ignore[arg-type]


def partnership(**changes: object) -> PartnershipRecord:
    values: dict[str, object] = {
        "association_id": stored(2)["id"],
        "company_id": stored(3)["id"],
        "category": PartnershipCategory.MECENAT_FINANCIER,
        "status": PartnershipStatus.DOSSIER_ENVOYE,
        "title": "Le cirque au collège",
        "amount": Decimal("8000"),
        "counterparts": "Logo sur nos affiches\nDeux représentations pour vos salariés\n"
        "Visite des coulisses",
        "project": "Des ateliers de cirque dans quatre collèges du quartier.\n"
        "Chaque atelier finit par un spectacle des élèves.",
        "needs": "Financer les intervenants et le matériel des ateliers.",
        "project_budget": Decimal("32700"),
        "start_date": date(2026, 9, 1),
        "end_date": date(2027, 6, 30),
        "notes": "NOTE INTERNE à ne jamais imprimer",
    }
    values.update(changes)
    return PartnershipRecord(**stored(5), **values)  # type: ignore[arg-type]


def dossier(**changes: object) -> PartnershipDossier:
    values: dict[str, object] = {
        "partnership": partnership(),
        "association": association(),
        "contact": contact(),
        "company": company(),
        "programme_title": "Développer les partenariats associations-entreprises",
        "issuer": office(),
        "issued_on": ISSUED,
    }
    values.update(changes)
    return PartnershipDossier(**values)  # type: ignore[arg-type]


def many_dossiers(count: int) -> list[PartnershipDossier]:
    """``count`` dossiers with distinct associations (the bench and the batch tests)."""
    base = dossier()
    return [
        replace(base, association=replace(base.association, name=f"Association {index:03d}"))
        for index in range(1, count + 1)
    ]


# --- attendance sheet ------------------------------------------------------------------


def session(kind: SessionKind = SessionKind.DEMI_JOURNEE, **changes: object) -> SessionRecord:
    values: dict[str, object] = {
        "programme_id": stored(6)["id"],
        "kind": kind,
        "date": date(2026, 4, 14),
        "volet_id": stored(7)["id"],
        "title": "Construire son argumentaire",
        "place": "Maison des associations, Lille",
        "duration_hours": Decimal("3.5"),
    }
    values.update(changes)
    return SessionRecord(**stored(8), **values)  # type: ignore[arg-type]


def signing_lines(count: int) -> tuple[SigningLine, ...]:
    """``count`` expected associations; every other one with its representatives known."""
    return tuple(
        SigningLine(
            association=f"Association {index:02d}",
            town="Roubaix" if index % 2 else "Tourcoing",
            attendees=f"Représentant {index:02d}" if index % 2 else "",
        )
        for index in range(1, count + 1)
    )


def sheet(**changes: object) -> SigningSheet:
    values: dict[str, object] = {
        "session": session(),
        "programme_title": "Développer les partenariats associations-entreprises",
        "volet_name": "Marketing",
        "subgroup_name": "Sous-groupe 2",
        "cabinet_name": "Horizon Conseil",
        "expected": (
            SigningLine(association="Théâtre du Prato", town="Lille", attendees="Claire Martin"),
            SigningLine(association="Les Saprophytes", town="Lille", attendees=""),
            SigningLine(
                association="Cirque du Bout du Monde", town="Lille", attendees="Paul Durand"
            ),
        ),
        "funders": ("DREETS Hauts-de-France", "Fonds social européen (FSE)", "MEL"),
        "offices": (office(), office("CBE de Roubaix-Tourcoing", 9)),
        "issued_on": ISSUED,
    }
    values.update(changes)
    return SigningSheet(**values)  # type: ignore[arg-type]


# --- funder synthèse -------------------------------------------------------------------


def funder(name: str = "Région Hauts-de-France") -> FunderRecord:
    return FunderRecord(**stored(10), name=name, kind=FunderKind.REGION)


def funded(index: int = 1, **changes: object) -> FundedProgramme:
    values: dict[str, object] = {
        "programme_id": stored(100 + index)["id"],
        "title": f"Partenariats associations-entreprises {2019 + index}",
        "status": ProgrammeStatus.CLOS,
        "start_date": date(2019 + index, 1, 15),
        "end_date": date(2019 + index, 12, 15),
        "amount": Decimal(5000 + 1000 * index),
        "funded_total": Decimal(20000 + 1000 * index),
        "share": Decimal(5000 + 1000 * index) / Decimal(20000 + 1000 * index),
        "budget": Decimal(32700),
        "associations": 10 + index,
        "jobs_headcount": 100 + index,
        "volets": ("Marketing", "Mécénat"),
        "sessions_held": 5 + index,
        "attendance": Rate(40 + index, 50 + index),
        "partnerships_obtained": index,
        "per_association": (Decimal(5000 + 1000 * index) / (10 + index)).quantize(Decimal("0.01")),
    }
    values.update(changes)
    return FundedProgramme(**values)  # type: ignore[arg-type]


def summary(count: int = 3, **changes: object) -> FunderSummary:
    programmes = tuple(funded(index) for index in range(count, 0, -1))  # most recent first
    values: dict[str, object] = {
        "funder": funder(),
        "programmes": programmes,
        "total": sum((p.amount for p in programmes), Decimal(0)),
        "associations_reached": sum(p.associations for p in programmes) - 2,
        "partnerships_obtained": sum(p.partnerships_obtained for p in programmes),
        "issuer": office(),
        "issued_on": ISSUED,
    }
    values.update(changes)
    return FunderSummary(**values)  # type: ignore[arg-type]


# --- reading a PDF back ----------------------------------------------------------------


def flat(value: str) -> str:
    """Text with every run of spaces (no-break ones and line breaks included) made one space."""
    return " ".join(value.replace("\xa0", " ").replace("\u202f", " ").split())


def pdf_pages(path: Path) -> list[str]:
    """Each page's extracted text, flattened."""
    return [flat(page.extract_text()) for page in PdfReader(path).pages]


def pdf_text(path: Path) -> str:
    """The whole document's text, flattened: what a test searches a figure in."""
    return " ".join(pdf_pages(path))


def has_images(path: Path) -> bool:
    """Whether any page embeds an image (an unescaped ``<img src>`` would)."""
    return any(len(page.images) for page in PdfReader(path).pages)


def leftovers(folder: Path) -> list[str]:
    """Temporary files write_pdf would have left behind."""
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))
