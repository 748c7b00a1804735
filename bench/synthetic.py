"""Bulk synthetic data for benchmarks: realistic French rows written with Core inserts.

Why a generator of its own: the services write one validated row at a time (right for
the UI, far too slow for 100,000 rows), and ORM ``add_all`` is ten times slower than a
Core ``insert()`` with a list of dicts (see shared/PLATFORM.md). Files are first made by
``create_database`` so they carry the real schema (Alembic) and open through the real door.

Everything is drawn from one seeded ``random.Random``: the same seed gives the same file
(ids included), so two runs of a benchmark measure the same data.

Coherence kept, as the services would: an attendance row belongs to a session of a
programme in which the association is enrolled, and to the people that session expects
(the interviewed association, the sub-group, or the whole volet); steering committees have
no attendance rows.
"""

from __future__ import annotations

import random
import time
import uuid
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, insert

from dla_desktop.db.database import create_database
from dla_desktop.db.models import (
    CURRENT_OFFICE_KEY,
    Association,
    Attendance,
    Cabinet,
    Company,
    Contact,
    CostLine,
    Enrolment,
    FollowUpAction,
    Funder,
    FundingLine,
    LocalSetting,
    Office,
    Partnership,
    Programme,
    ProgrammeOffice,
    ProgrammeSession,
    Questionnaire,
    Subgroup,
    Volet,
    VoletEnrolment,
)
from dla_desktop.domain.enums import (
    ASSOCIATION_SECTORS,
    AttendanceStatus,
    CompanySize,
    EnrolmentStatus,
    FollowUpKind,
    FunderKind,
    PartnershipCategory,
    PartnershipStatus,
    ProgrammeStatus,
    SessionKind,
    VoletKind,
)
from dla_desktop.domain.text import folded

Row = dict[str, Any]

# Communes of the Nord (59), with their main postal code: the demo's Lille programme is there.
TOWNS: tuple[tuple[str, str], ...] = (
    ("Lille", "59000"),
    ("Roubaix", "59100"),
    ("Tourcoing", "59200"),
    ("Villeneuve-d'Ascq", "59650"),
    ("Dunkerque", "59140"),
    ("Valenciennes", "59300"),
    ("Douai", "59500"),
    ("Cambrai", "59400"),
    ("Maubeuge", "59600"),
    ("Wattrelos", "59150"),
    ("Marcq-en-Barœul", "59700"),
    ("Lambersart", "59130"),
    ("Armentières", "59280"),
    ("Hazebrouck", "59190"),
    ("Loos", "59120"),
    ("Croix", "59170"),
    ("Hem", "59510"),
    ("Lomme", "59160"),
    ("Wasquehal", "59290"),
    ("Halluin", "59250"),
    ("La Madeleine", "59110"),
    ("Mons-en-Barœul", "59370"),
    ("Seclin", "59113"),
    ("Wattignies", "59139"),
    ("Ronchin", "59790"),
    ("Faches-Thumesnil", "59155"),
    ("Haubourdin", "59320"),
    ("Comines", "59560"),
    ("Bailleul", "59270"),
    ("Grande-Synthe", "59760"),
    ("Coudekerque-Branche", "59210"),
    ("Gravelines", "59820"),
    ("Saint-Amand-les-Eaux", "59230"),
    ("Denain", "59220"),
    ("Anzin", "59410"),
    ("Condé-sur-l'Escaut", "59163"),
    ("Caudry", "59540"),
    ("Le Cateau-Cambrésis", "59360"),
    ("Avesnes-sur-Helpe", "59440"),
    ("Fourmies", "59610"),
    ("Jeumont", "59460"),
    ("Hautmont", "59330"),
    ("Aulnoye-Aymeries", "59620"),
    ("Somain", "59490"),
    ("Sin-le-Noble", "59450"),
    ("Orchies", "59310"),
    ("Pecquencourt", "59146"),
    ("Bergues", "59380"),
    ("Wormhout", "59470"),
    ("Steenvoorde", "59114"),
    ("Cassel", "59670"),
    ("Merville", "59660"),
    ("Estaires", "59940"),
    ("Quesnoy-sur-Deûle", "59890"),
    ("Linselles", "59126"),
    ("Bondues", "59910"),
    ("Mouvaux", "59420"),
    ("Leers", "59115"),
    ("Lys-lez-Lannoy", "59390"),
    ("Templeuve-en-Pévèle", "59242"),
)

STREETS = (
    "rue de la République",
    "rue Nationale",
    "boulevard Victor-Hugo",
    "place du Général-de-Gaulle",
    "rue Jean-Jaurès",
    "avenue de la Liberté",
    "rue Pasteur",
    "rue du Moulin",
    "chemin des Prés",
    "rue Gambetta",
    "rue Faidherbe",
    "rue de Paris",
    "rue Roger-Salengro",
    "rue des Écoles",
    "place de l'Église",
    "rue Léon-Blum",
    "allée des Tilleuls",
    "rue Émile-Zola",
)

NOUNS = (
    "L'Escale",
    "Le Relais",
    "La Passerelle",
    "Les Colibris",
    "Le Fil d'Ariane",
    "L'Étincelle",
    "Horizon",
    "La Ruche",
    "Le Trait d'Union",
    "Les Tisserands",
    "La Boussole",
    "Le Phare",
    "Arc-en-ciel",
    "La Clé des champs",
    "Les Petits Pas",
    "L'Envol",
    "Le Grenier",
    "La Marelle",
    "Cap Avenir",
    "Les Hirondelles",
)

# Name patterns and activities per sector; "{t}" is a town, "{n}" a noun.
SECTOR_NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "Culture": (
        (
            "Théâtre {n}",
            "Compagnie {n}",
            "Harmonie municipale de {t}",
            "Ciné-club de {t}",
            "Les Amis du musée de {t}",
            "Chorale {n} de {t}",
            "Festival {n}",
        ),
        ("spectacle vivant", "école de musique", "arts plastiques", "lecture publique"),
    ),
    "Sport": (
        (
            "Union sportive de {t}",
            "Football Club de {t}",
            "Judo Club {t}",
            "Entente cycliste {t}",
            "Basket Club {t}",
            "Cercle d'escrime de {t}",
        ),
        ("club sportif", "sport pour tous", "sport adapté", "école de natation"),
    ),
    "Environnement": (
        (
            "Jardins partagés de {t}",
            "{t} Nature",
            "Collectif zéro déchet {t}",
            "Les Amis de la Deûle",
            "Recyclerie {n}",
        ),
        ("jardins partagés", "réemploi", "éducation à l'environnement", "mobilité douce"),
    ),
    "Santé et social": (
        (
            "Aide à domicile de {t}",
            "Association des familles de {t}",
            "Maison des aidants {n}",
            "Entraide {t}",
            "Accueil de jour {n}",
        ),
        ("aide à domicile", "accueil de jour", "soutien aux familles", "hébergement"),
    ),
    "Insertion": (
        (
            "Chantier d'insertion {n}",
            "Régie de quartier de {t}",
            "Atelier {n}",
            "Emploi solidaire {t}",
        ),
        ("chantier d'insertion", "entreprise d'insertion", "régie de quartier", "épicerie"),
    ),
    "Éducation populaire": (
        (
            "Centre social {n}",
            "MJC de {t}",
            "Foyer rural de {t}",
            "Amicale laïque de {t}",
            "Accueil de loisirs {n}",
        ),
        ("centre social", "accueil de loisirs", "soutien scolaire", "animation de quartier"),
    ),
    "Solidarité internationale": (
        (
            "{t} Solidarité Sénégal",
            "Comité de jumelage de {t}",
            "{n} sans frontières",
            "Amitié {t}-Burkina",
        ),
        ("jumelage", "aide au développement", "échanges de jeunes", "commerce équitable"),
    ),
    "Autre": (
        (
            "Comité des fêtes de {t}",
            "Association des commerçants de {t}",
            "Anciens combattants de {t}",
            "Amicale du personnel de {t}",
        ),
        ("festivités", "commerce de proximité", "mémoire", "loisirs"),
    ),
}

FIRST_NAMES = (
    "Camille",
    "Nadia",
    "Thomas",
    "Léa",
    "Karim",
    "Sophie",
    "Julien",
    "Fatima",
    "Nicolas",
    "Émilie",
    "Mehdi",
    "Isabelle",
    "Pierre",
    "Chloé",
    "Antoine",
    "Amandine",
)
LAST_NAMES = (
    "Martin",
    "Lefebvre",
    "Dubois",
    "Leroy",
    "Mercier",
    "Vandenberghe",
    "Delattre",
    "Benali",
    "Dupont",
    "Lemaire",
    "Vasseur",
    "Declercq",
    "Caron",
    "Deschamps",
    "Haddad",
    "Wattel",
)
ROLES = ("président·e", "trésorier·e", "directeur·rice", "coordinateur·rice", "bénévole")

COMPANY_PATTERNS = (
    "Boulangerie {l}",
    "{l} et Fils",
    "Transports {l}",
    "Imprimerie {l}",
    "{l} Bâtiment",
    "Cabinet comptable {l}",
    "{n} Conseil",
    "Groupe {l}",
    "Menuiserie {l}",
    "Pharmacie de {t}",
    "Garage {l}",
    "Crédit mutuel de {t}",
)
COMPANY_SECTORS = (
    "BTP",
    "Commerce",
    "Industrie",
    "Banque et assurance",
    "Services aux entreprises",
    "Transport et logistique",
    "Agroalimentaire",
    "Numérique",
    "Hôtellerie-restauration",
)
CABINET_NAMES = (
    "Conseil",
    "Partenaires",
    "Stratégies solidaires",
    "Accompagnement ESS",
    "Mécénat & Territoires",
)
FUNDERS: tuple[tuple[str, FunderKind], ...] = (
    ("DREETS Hauts-de-France", FunderKind.ETAT),
    ("Banque des Territoires", FunderKind.BANQUE_TERRITOIRES),
    ("Région Hauts-de-France", FunderKind.REGION),
    ("Département du Nord", FunderKind.DEPARTEMENT),
    ("Métropole européenne de Lille", FunderKind.METROPOLE),
    ("Fonds social européen", FunderKind.FSE),
    ("Fondation de France", FunderKind.FONDATION),
    ("Fondation Crédit Coopératif", FunderKind.FONDATION),
)
PROGRAMME_THEMES = (
    "Diversifier ses ressources par le mécénat",
    "Construire des partenariats avec les entreprises",
    "Mutualiser l'emploi",
    "Se préparer à la fin des contrats aidés",
    "Structurer sa fonction employeur",
    "Communiquer sur son projet",
)

# The day the data is "as of": nothing is dated after it (no attendance in the future).
AS_OF = date(2026, 11, 23)

# Session fill: collective groups hold at most this many associations (a room, a day).
SUBGROUP_SIZE = 25
ATTENDANCE_STATUSES = (
    (AttendanceStatus.PRESENT.value,) * 16
    + (AttendanceStatus.ABSENT.value,) * 2
    + (AttendanceStatus.EXCUSE.value,) * 2
)


@dataclass(frozen=True)
class CoreShape:
    """How big the core database is, and how much of it one programme carries."""

    programmes: int = 100
    associations: int = 5_000
    companies: int = 500
    attendance: int = 50_000
    # The biggest programme: its enrolled associations and its share of attendance rows.
    big_programme_associations: int = 500
    big_programme_share: float = 0.5
    # Every other programme enrols between these many associations.
    small_programme_associations: tuple[int, int] = (12, 30)
    cabinets: int = 25


@dataclass
class BuildResult:
    """What a build wrote and how long it took, for the benchmark's report."""

    path: Path
    rows: Counter[str] = field(default_factory=Counter)
    schema_seconds: float = 0.0
    generate_seconds: float = 0.0
    insert_seconds: float = 0.0

    @property
    def total_rows(self) -> int:
        """Rows of every table, for the rows/s figure."""
        return sum(self.rows.values())

    @property
    def seconds(self) -> float:
        """Wall time of the whole build: what someone waits for."""
        return self.schema_seconds + self.generate_seconds + self.insert_seconds


def bulk_insert(connection: Connection, table: Table, rows: Sequence[Row]) -> int:
    """One executemany per table: Core applies the TypeDecorators' bind processors."""
    if rows:
        connection.execute(insert(table), list(rows))
    return len(rows)


def luhn_complete(digits: str) -> str:
    """Append the Luhn check digit SIREN and SIRET numbers carry (kept valid for validators)."""
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char)
        if position % 2 == 0:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return digits + str((10 - total % 10) % 10)


class Generator:
    """Draws realistic rows from one seeded random source; every method returns dicts."""

    def __init__(self, seed: int = 2026, office_id: str | None = None) -> None:
        """Same seed, same rows; ``office_id`` stamps ``changed_by_office_id``."""
        self.rng = random.Random(seed)
        self.office_id = office_id
        self.epoch = datetime(2018, 1, 8, 8, 30, tzinfo=UTC)

    # -- common columns ------------------------------------------------------------------

    def new_id(self) -> str:
        """A version-4 UUID drawn from the seeded source (same seed, same ids)."""
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def stamp(self, near: date | None = None) -> datetime:
        """An aware UTC datetime, around ``near`` when given (UTCDateTime refuses naive ones)."""
        if near is None:
            return self.epoch + timedelta(minutes=self.rng.randrange(0, 60 * 24 * 365 * 8))
        base = datetime(near.year, near.month, near.day, 8, tzinfo=UTC)
        return base + timedelta(minutes=self.rng.randrange(0, 60 * 10))

    def shared(self, near: date | None = None) -> Row:
        """The columns every SharedRow carries."""
        created = self.stamp(near)
        return {
            "id": self.new_id(),
            "created_at": created,
            "updated_at": created,
            "changed_by_office_id": self.office_id,
            "deleted_at": None,
            "version": 1,
        }

    def siren(self) -> str:
        """Nine digits with a valid Luhn key, as the app's validators require."""
        return luhn_complete(f"{self.rng.randrange(10**7, 10**8):08d}")

    def siret(self, siren: str | None = None) -> str:
        """SIREN + establishment number, with the whole-number Luhn key stdnum checks too."""
        return luhn_complete(f"{siren or self.siren()}{self.rng.randrange(10**4):04d}")

    def person(self) -> tuple[str, str]:
        """A first and last name common in the Nord, for contacts."""
        return self.rng.choice(FIRST_NAMES), self.rng.choice(LAST_NAMES)

    def phone(self) -> str:
        """A number from the range ARCEP keeps for fiction (03 53 73 xx xx)."""
        return f"03 53 73 {self.rng.randrange(100):02d} {self.rng.randrange(100):02d}"

    # -- directory -----------------------------------------------------------------------

    def office(self) -> Row:
        """The office working in the file: it stamps every row it writes."""
        return self.shared() | {
            "name": "DLA du Nord",
            "carrier": "Fédération des centres sociaux du Nord",
            "departement": "59",
            "email": "dla59@example.org",
            "phone": self.phone(),
            "town": "Lille",
        }

    def associations(self, count: int) -> list[Row]:
        """Associations as in a département's register: most without staff or SIRET."""
        rng = self.rng
        sectors = list(ASSOCIATION_SECTORS)  # the app's own vocabulary (KeyError if it moves)
        rows = []
        for number in range(count):
            sector = rng.choice(sectors)
            patterns, activities = SECTOR_NAMES[sector]
            town, postal_code = rng.choice(TOWNS)
            name = rng.choice(patterns).format(t=town, n=rng.choice(NOUNS))
            employer = rng.random() < 0.15
            employees = int(rng.paretovariate(1.3)) if employer else 0
            fte = (
                (Decimal(employees) * Decimal(rng.randrange(40, 101)) / 100).quantize(
                    Decimal("0.01")
                )
                if employees
                else Decimal(0)
            )
            siret = self.siret() if employer else ""
            rows.append(
                self.shared()
                | {
                    "name": name,
                    "sort_name": folded(name),
                    "rna": f"W59{rng.randrange(10**7):07d}",
                    "siret": siret,
                    "sector": sector,
                    "activity": rng.choice(activities),
                    "employees": employees,
                    "fte": fte,
                    "address": f"{rng.randrange(1, 200)} {rng.choice(STREETS)}",
                    "postal_code": postal_code,
                    "town": town,
                    "email": f"contact.{number}@asso.example.org",
                    "phone": self.phone(),
                    "prior_dla_support": rng.random() < 0.1,
                    "expectations": "",
                    "notes": "",
                }
            )
        return rows

    def companies(self, count: int) -> list[Row]:
        """The coordinators' pool of companies, with valid SIREN and SIRET keys."""
        rng = self.rng
        sizes = [s.value for s in CompanySize]
        rows = []
        for _ in range(count):
            town, postal_code = rng.choice(TOWNS)
            siren = self.siren()
            name = rng.choice(COMPANY_PATTERNS).format(
                l=rng.choice(LAST_NAMES), t=town, n=rng.choice(NOUNS)
            )
            rows.append(
                self.shared()
                | {
                    "name": name,
                    "sort_name": folded(name),
                    "siren": siren,
                    "siret": self.siret(siren),
                    "size": rng.choices(sizes, weights=(60, 30, 7, 3))[0],
                    "sector": rng.choice(COMPANY_SECTORS),
                    "postal_code": postal_code,
                    "town": town,
                    "has_cse": rng.random() < 0.3,
                    "csr_interest": rng.random() < 0.4,
                    "notes": "",
                }
            )
        return rows

    def cabinets(self, count: int) -> list[Row]:
        """Consultant firms the volets are bought from."""
        rng = self.rng
        return [
            self.shared()
            | {
                "name": f"{rng.choice(LAST_NAMES)} {rng.choice(CABINET_NAMES)}",
                "siret": self.siret(),
                "specialty": rng.choice([k.label for k in VoletKind]),
                "day_rate": Decimal(rng.randrange(600, 1200, 50)),
                "town": rng.choice(TOWNS)[0],
                "email": f"cabinet.{number}@example.org",
                "phone": self.phone(),
                "notes": "",
            }
            for number in range(count)
        ]

    def funders(self) -> list[Row]:
        """The usual funders of a DLA programme, one of each kind."""
        return [
            self.shared() | {"name": name, "kind": kind.value, "notes": ""}
            for name, kind in FUNDERS
        ]

    def contacts(self, owner_column: str, owner_ids: Iterable[str]) -> list[Row]:
        """One contact person per owner (association_id, company_id, cabinet_id or funder_id)."""
        rows = []
        for owner_id in owner_ids:
            first, last = self.person()
            rows.append(
                self.shared()
                | {
                    "first_name": first,
                    "last_name": last,
                    "role": self.rng.choice(ROLES),
                    "email": f"{first[0].lower()}.{len(rows)}@example.org",
                    "phone": self.phone(),
                    "association_id": None,
                    "company_id": None,
                    "cabinet_id": None,
                    "funder_id": None,
                }
                | {owner_column: owner_id}
            )
        return rows


@dataclass
class ProgrammeRows:
    """Every row one programme brings, table by table."""

    tables: dict[Table, list[Row]] = field(default_factory=dict)

    def add(self, table: Table, rows: Row | Iterable[Row]) -> None:
        """Queue one row or many for ``table``."""
        bucket = self.tables.setdefault(table, [])
        if isinstance(rows, dict):
            bucket.append(rows)
        else:
            bucket.extend(rows)


def programme_rows(
    gen: Generator,
    number: int,
    enrolled_ids: Sequence[str],
    attendance_quota: int,
    *,
    office_id: str,
    cabinet_ids: Sequence[str],
    funder_ids: Sequence[str],
    company_ids: Sequence[str],
) -> ProgrammeRows:
    """A programme with volets, sub-groups, sessions and exactly ``attendance_quota`` marks.

    Each enrolled association follows every volet and has one individual interview;
    collective sessions cycle over (volet, sub-group) until the quota is reached.
    """
    rng = gen.rng
    out = ProgrammeRows()
    # Every programme has started (it has attendance); its status follows from its end.
    start = AS_OF - timedelta(days=rng.randrange(60, 365 * 8))
    end = start + timedelta(days=rng.randrange(180, 400))
    if end >= AS_OF:
        status = ProgrammeStatus.EN_COURS.value
    elif end >= AS_OF - timedelta(days=365):
        status = ProgrammeStatus.SUIVI.value
    else:
        status = ProgrammeStatus.CLOS.value
    theme = rng.choice(PROGRAMME_THEMES)
    programme = gen.shared(start - timedelta(days=60)) | {
        "title": f"{theme} — {rng.choice(TOWNS)[0]} {start.year} (n° {number + 1})",
        "theme": theme,
        "status": status,
        "info_meeting_date": start - timedelta(days=30),
        "start_date": start,
        "end_date": end,
        "invited_count": len(enrolled_ids) * 3,
        "objective": "Aider les associations employeuses à nouer des partenariats durables.",
        "specification": "",
        "budget": Decimal(rng.randrange(15_000, 60_000, 500)),
        "history": "",
        "lessons": "",
    }
    pid = programme["id"]
    out.add(Programme.__table__, programme)
    out.add(
        ProgrammeOffice.__table__,
        gen.shared(start) | {"programme_id": pid, "office_id": office_id},
    )

    # Enrolments: everybody follows every volet, in sub-groups when they do not fit a room.
    enrolment_statuses = (EnrolmentStatus.ACTIVE.value,) * 8 + (
        EnrolmentStatus.INSCRITE.value,
        EnrolmentStatus.ABANDON.value,
    )
    for association_id in enrolled_ids:
        out.add(
            Enrolment.__table__,
            gen.shared(start - timedelta(days=10))
            | {
                "programme_id": pid,
                "association_id": association_id,
                "status": rng.choice(enrolment_statuses),
                "status_date": start,
                "followup_days_planned": Decimal("1.5"),
            },
        )
    kinds = [VoletKind.MARKETING, VoletKind.MECENAT, VoletKind.FISCALITE]
    if len(enrolled_ids) > 100:
        kinds.append(VoletKind.AUTRE)
    groups: list[tuple[str, str | None, Sequence[str]]] = []  # volet, sub-group, members
    volet_ids = []
    for kind in kinds:
        cabinet_id = rng.choice(cabinet_ids)
        amount = Decimal(rng.randrange(3_000, 15_000, 100))
        volet = gen.shared(start) | {
            "programme_id": pid,
            "kind": kind.value,
            "label": "",
            "objective": "",
            "cabinet_id": cabinet_id,
            "collective_half_days": rng.randrange(2, 6),
            "collective_days": rng.randrange(0, 3),
            "interviews_per_structure": 1,
            "contracted_amount": amount,
            "assessment": "",
            "improvement_tracks": [],
        }
        volet_ids.append(volet["id"])
        out.add(Volet.__table__, volet)
        out.add(
            CostLine.__table__,
            gen.shared(start)
            | {
                "programme_id": pid,
                "volet_id": volet["id"],
                "cabinet_id": cabinet_id,
                "label": f"Prestation {kind.label.lower()}",
                "planned_amount": amount,
                "actual_amount": amount if status == ProgrammeStatus.CLOS.value else None,
            },
        )
        chunks = [
            enrolled_ids[i : i + SUBGROUP_SIZE] for i in range(0, len(enrolled_ids), SUBGROUP_SIZE)
        ]
        for index, members in enumerate(chunks):
            subgroup_id = None
            if len(chunks) > 1:
                subgroup = gen.shared(start) | {
                    "volet_id": volet["id"],
                    "name": f"Groupe {index + 1}",
                }
                subgroup_id = subgroup["id"]
                out.add(Subgroup.__table__, subgroup)
            groups.append((volet["id"], subgroup_id, members))
            out.add(
                VoletEnrolment.__table__,
                (
                    gen.shared(start)
                    | {"volet_id": volet["id"], "association_id": a, "subgroup_id": subgroup_id}
                    for a in members
                ),
            )

    days = max((min(end, AS_OF) - start).days, 1)  # sessions recorded so far
    attendees = [
        f"{f} {last} ({r})" for f, last in zip(FIRST_NAMES, LAST_NAMES, strict=True) for r in ROLES
    ]

    def session_row(kind: SessionKind, volet_id: str | None, **extra: Any) -> Row:
        """A session on a day between the programme's start and end."""
        when = start + timedelta(days=rng.randrange(days))
        hours = {SessionKind.JOURNEE: 7, SessionKind.ENTRETIEN: 2}.get(kind, 3)
        return (
            gen.shared(when)
            | {
                "programme_id": pid,
                "volet_id": volet_id,
                "subgroup_id": None,
                "association_id": None,
                "kind": kind.value,
                "title": kind.label,
                "date": when,
                "place": f"Maison des associations de {rng.choice(TOWNS)[0]}",
                "duration_hours": Decimal(hours),
            }
            | extra
        )

    def marks(session: Row, members: Sequence[str]) -> list[Row]:
        """One attendance row per expected association, mostly present (as in the field)."""
        stamp = session["created_at"] + timedelta(days=1)
        return [
            {
                "id": gen.new_id(),
                "created_at": stamp,
                "updated_at": stamp,
                "changed_by_office_id": office_id,
                "deleted_at": None,
                "version": 1,
                "session_id": session["id"],
                "association_id": a,
                "status": rng.choice(ATTENDANCE_STATUSES),
                "attendees": rng.choice(attendees),
            }
            for a in members
        ]

    for _ in range(2):  # steering committees: nobody's attendance is recorded
        out.add(ProgrammeSession.__table__, session_row(SessionKind.COMITE, None))
    remaining = attendance_quota
    for association_id in enrolled_ids[: min(len(enrolled_ids), remaining)]:
        interview = session_row(SessionKind.ENTRETIEN, volet_ids[0], association_id=association_id)
        out.add(ProgrammeSession.__table__, interview)
        out.add(Attendance.__table__, marks(interview, [association_id]))
        remaining -= 1
    turn = 0
    while remaining > 0:
        volet_id, subgroup_id, members = groups[turn % len(groups)]
        turn += 1
        kind = SessionKind.JOURNEE if rng.random() < 0.3 else SessionKind.DEMI_JOURNEE
        collective = session_row(kind, volet_id, subgroup_id=subgroup_id)
        taken = members[:remaining]
        out.add(ProgrammeSession.__table__, collective)
        out.add(Attendance.__table__, marks(collective, taken))
        remaining -= len(taken)

    # Money and evaluation: funding, follow-up, questionnaires and the partnerships they report.
    for funder_id in rng.sample(list(funder_ids), 3):
        out.add(
            FundingLine.__table__,
            gen.shared(start)
            | {
                "programme_id": pid,
                "funder_id": funder_id,
                "amount": Decimal(rng.randrange(5_000, 20_000, 250)),
                "note": "",
            },
        )
    if status in (ProgrammeStatus.SUIVI.value, ProgrammeStatus.CLOS.value):
        for association_id in enrolled_ids:
            when = min(end + timedelta(days=rng.randrange(30, 180)), AS_OF)
            out.add(
                FollowUpAction.__table__,
                gen.shared(when)
                | {
                    "programme_id": pid,
                    "association_id": association_id,
                    "date": when,
                    "kind": rng.choice(list(FollowUpKind)).value,
                    "duration_days": Decimal("0.5"),
                    "note": "",
                    "next_step": "",
                    "next_step_date": None,
                },
            )
            _evaluation(gen, out, pid, association_id, end, company_ids)
    return out


def _evaluation(
    gen: Generator,
    out: ProgrammeRows,
    programme_id: str,
    association_id: str,
    end: date,
    company_ids: Sequence[str],
) -> None:
    """Questionnaires at 6 and 12 months; a signed partnership for some who answered."""
    rng = gen.rng
    for months in (6, 12):
        sent = end + timedelta(days=30 * months)
        if sent > AS_OF:
            return
        answered: date | None = sent + timedelta(days=rng.randrange(3, 40))
        if rng.random() >= 0.6 or answered > AS_OF:  # type: ignore[operator]
            answered = None
        obtained = answered is not None and rng.random() < 0.3
        company_id = rng.choice(company_ids) if obtained else None
        category = rng.choice(list(PartnershipCategory)).value if obtained else None
        amount = Decimal(rng.randrange(500, 20_000, 100)) if obtained else None
        out.add(
            Questionnaire.__table__,
            gen.shared(sent)
            | {
                "programme_id": programme_id,
                "association_id": association_id,
                "months_after": months,
                "sent_on": sent,
                "answered_on": answered,
                "partnership_obtained": None if answered is None else obtained,
                "company_id": company_id,
                "company_name": "",
                "category": category,
                "amount": amount,
                "jobs_created": rng.randrange(0, 2) if answered else 0,
                "jobs_consolidated": rng.randrange(0, 3) if answered else 0,
                "comment": "",
            },
        )
        if obtained:
            out.add(
                Partnership.__table__,
                gen.shared(answered)
                | {
                    "association_id": association_id,
                    "company_id": company_id,
                    "category": category,
                    "status": PartnershipStatus.SIGNE.value,
                    "status_date": answered,
                    "title": "Convention de mécénat",
                    "amount": amount,
                    "counterparts": "",
                    "start_date": answered,
                    "end_date": None,
                    "origin_programme_id": programme_id,
                    "origin_meeting_id": None,
                    "notes": "",
                },
            )


# Parents before children, so foreign keys (on in our engines) hold at every insert.
TABLE_ORDER: tuple[Table, ...] = tuple(
    model.__table__  # type: ignore[attr-defined]
    for model in (
        Office,
        LocalSetting,
        Association,
        Company,
        Cabinet,
        Funder,
        Contact,
        Programme,
        ProgrammeOffice,
        Volet,
        Subgroup,
        Enrolment,
        VoletEnrolment,
        ProgrammeSession,
        Attendance,
        FundingLine,
        CostLine,
        FollowUpAction,
        Questionnaire,
        Partnership,
    )
)


def _directory(gen: Generator, associations: int) -> dict[Table, list[Row]]:
    """An office working in the file, and ``associations`` associations."""
    office = gen.office()
    gen.office_id = office["id"]
    office["changed_by_office_id"] = office["id"]
    return {
        Office.__table__: [office],
        LocalSetting.__table__: [{"key": CURRENT_OFFICE_KEY, "value": office["id"]}],
        Association.__table__: gen.associations(associations),
    }


def build_core_database(
    path: Path, shape: CoreShape = CoreShape(), seed: int = 2026
) -> BuildResult:
    """Programmes with their volets, sessions, enrolments and attendance, over a directory."""
    result = BuildResult(Path(path))
    started = time.perf_counter()
    gen = Generator(seed)
    tables = _directory(gen, shape.associations)
    office_id = tables[Office.__table__][0]["id"]
    tables[Company.__table__] = gen.companies(shape.companies)
    tables[Cabinet.__table__] = gen.cabinets(shape.cabinets)
    tables[Funder.__table__] = gen.funders()
    ids = {t: [r["id"] for r in tables[t]] for t in tables if t is not LocalSetting.__table__}
    tables[Contact.__table__] = (
        gen.contacts("company_id", ids[Company.__table__])
        + gen.contacts("cabinet_id", ids[Cabinet.__table__])
        + gen.contacts("funder_id", ids[Funder.__table__])
    )

    big_quota = round(shape.attendance * shape.big_programme_share)
    small = shape.programmes - 1
    small_quotas = [(shape.attendance - big_quota) // small] * small
    for i in range((shape.attendance - big_quota) % small):
        small_quotas[i] += 1
    association_ids = ids[Association.__table__]
    low, high = shape.small_programme_associations
    for number, quota in enumerate([big_quota, *small_quotas]):
        size = shape.big_programme_associations if number == 0 else gen.rng.randint(low, high)
        rows = programme_rows(
            gen,
            number,
            gen.rng.sample(association_ids, size),
            quota,
            office_id=office_id,
            cabinet_ids=ids[Cabinet.__table__],
            funder_ids=ids[Funder.__table__],
            company_ids=ids[Company.__table__],
        )
        for table, table_rows in rows.tables.items():
            tables.setdefault(table, []).extend(table_rows)
    result.generate_seconds = time.perf_counter() - started
    _create_and_fill(path, tables, result)
    return result


def build_register_database(path: Path, associations: int = 100_000, seed: int = 59) -> BuildResult:
    """A whole département's register of associations imported as prospects, nothing else."""
    result = BuildResult(Path(path))
    started = time.perf_counter()
    tables = _directory(Generator(seed), associations)
    result.generate_seconds = time.perf_counter() - started
    _create_and_fill(path, tables, result)
    return result


def _create_and_fill(path: Path, tables: dict[Table, list[Row]], result: BuildResult) -> None:
    """Make the file through the real door (Alembic schema), then bulk-insert in one transaction.

    Parents go first, so the foreign keys our engines enforce hold at every insert.
    """
    started = time.perf_counter()
    database = create_database(path)
    result.schema_seconds = time.perf_counter() - started
    started = time.perf_counter()
    with database.engine.begin() as connection:
        for table in TABLE_ORDER:
            result.rows[table.name] += bulk_insert(connection, table, tables.get(table, []))
    result.insert_seconds = time.perf_counter() - started
    database.close()


def build_attendance_database(
    path: Path, associations: int = 250, sessions: int = 200, volets: int = 2, seed: int = 2006
) -> BuildResult:
    """One programme whose attendance grid is full: ``associations`` × ``sessions`` marks.

    Everybody is enrolled in every volet (no sub-groups), sessions are shared out among
    the volets, and every expected association has a mark: 250 × 200 gives the issue's
    50,000 attendance rows in one programme (bench_programme's grid).
    """
    result = BuildResult(Path(path))
    started = time.perf_counter()
    gen = Generator(seed)
    tables = _directory(gen, associations)
    rng, office_id = gen.rng, gen.office_id
    start = AS_OF - timedelta(days=400)
    enrolled = [row["id"] for row in tables[Association.__table__]]
    programme = gen.shared(start) | {
        "title": "Grille complète — Lille",
        "theme": PROGRAMME_THEMES[0],
        "status": ProgrammeStatus.EN_COURS.value,
        "info_meeting_date": None,
        "start_date": start,
        "end_date": AS_OF,
        "invited_count": associations,
        "objective": "",
        "specification": "",
        "budget": Decimal(50_000),
        "history": "",
        "lessons": "",
    }
    pid = programme["id"]
    tables[Programme.__table__] = [programme]
    tables[Enrolment.__table__] = [
        gen.shared(start)
        | {
            "programme_id": pid,
            "association_id": a,
            "status": EnrolmentStatus.ACTIVE.value,
            "status_date": start,
            "followup_days_planned": Decimal(1),
        }
        for a in enrolled
    ]
    kinds = list(VoletKind)[:volets]
    tables[Volet.__table__] = [
        gen.shared(start)
        | {
            "programme_id": pid,
            "kind": kind.value,
            "label": "",
            "objective": "",
            "cabinet_id": None,
            "collective_half_days": sessions // volets,
            "collective_days": 0,
            "interviews_per_structure": 0,
            "contracted_amount": Decimal(10_000),
            "assessment": "",
            "improvement_tracks": [],
        }
        for kind in kinds
    ]
    volet_ids = [row["id"] for row in tables[Volet.__table__]]
    tables[VoletEnrolment.__table__] = [
        gen.shared(start) | {"volet_id": v, "association_id": a, "subgroup_id": None}
        for v in volet_ids
        for a in enrolled
    ]
    tables[ProgrammeSession.__table__] = []
    tables[Attendance.__table__] = []
    for number in range(sessions):
        when = start + timedelta(days=number * 2)
        seance = gen.shared(when) | {
            "programme_id": pid,
            "volet_id": volet_ids[number % volets],
            "subgroup_id": None,
            "association_id": None,
            "kind": SessionKind.DEMI_JOURNEE.value,
            "title": "Atelier collectif",
            "date": when,
            "place": f"Maison des associations de {rng.choice(TOWNS)[0]}",
            "duration_hours": Decimal(3),
        }
        tables[ProgrammeSession.__table__].append(seance)
        stamp = seance["created_at"]
        tables[Attendance.__table__].extend(
            {
                "id": gen.new_id(),
                "created_at": stamp,
                "updated_at": stamp,
                "changed_by_office_id": office_id,
                "deleted_at": None,
                "version": 1,
                "session_id": seance["id"],
                "association_id": a,
                "status": rng.choice(ATTENDANCE_STATUSES),
                "attendees": "",
            }
            for a in enrolled
        )
    result.generate_seconds = time.perf_counter() - started
    _create_and_fill(path, tables, result)
    return result


def build_report_database(
    path: Path,
    associations: int = 500,
    sessions: int = 5_000,
    collective_marks: int = 5_000,
    seed: int = 2007,
) -> BuildResult:
    """One programme of ``associations`` holding ``sessions`` sessions, most of them interviews.

    What the evaluation report of a big programme reads. ``programme_rows`` gives the
    programme (4 volets in sub-groups of 25, one interview each, collective sessions up to
    ``collective_marks`` marks, funding, and the evaluation when it is over); interviews
    round the volets, each with its mark, then fill it up to ``sessions``. With the defaults:
    2 steering committees, 200 collective sessions, 4,798 interviews, 9,798 marks.
    """
    result = BuildResult(Path(path))
    started = time.perf_counter()
    gen = Generator(seed)
    tables = _directory(gen, associations)
    office_id = tables[Office.__table__][0]["id"]
    tables[Company.__table__] = gen.companies(max(associations // 10, 10))
    tables[Cabinet.__table__] = gen.cabinets(4)
    tables[Funder.__table__] = gen.funders()
    ids = {t: [r["id"] for r in tables[t]] for t in tables if t is not LocalSetting.__table__}
    enrolled = ids[Association.__table__]
    tables[Contact.__table__] = gen.contacts("association_id", enrolled)
    rows = programme_rows(
        gen,
        0,
        enrolled,
        associations + collective_marks,  # one interview each, then the collective marks
        office_id=office_id,
        cabinet_ids=ids[Cabinet.__table__],
        funder_ids=ids[Funder.__table__],
        company_ids=ids[Company.__table__],
    )
    for table, table_rows in rows.tables.items():
        tables.setdefault(table, []).extend(table_rows)
    missing = sessions - len(tables[ProgrammeSession.__table__])
    _more_interviews(gen, tables, enrolled, missing)
    result.generate_seconds = time.perf_counter() - started
    _create_and_fill(path, tables, result)
    return result


def _more_interviews(
    gen: Generator, tables: dict[Table, list[Row]], enrolled: Sequence[str], count: int
) -> None:
    """``count`` more individual interviews of the one programme, round its volets, each marked."""
    rng = gen.rng
    programme = tables[Programme.__table__][0]
    start = programme["start_date"]
    days = max((min(programme["end_date"], AS_OF) - start).days, 1)
    volet_ids = [row["id"] for row in tables[Volet.__table__]]
    attendees = [f"{f} {last}" for f, last in zip(FIRST_NAMES, LAST_NAMES, strict=True)]
    for number in range(count):
        when = start + timedelta(days=rng.randrange(days))
        interview = gen.shared(when) | {
            "programme_id": programme["id"],
            "volet_id": volet_ids[number % len(volet_ids)],
            "subgroup_id": None,
            "association_id": enrolled[number % len(enrolled)],
            "kind": SessionKind.ENTRETIEN.value,
            "title": SessionKind.ENTRETIEN.label,
            "date": when,
            "place": f"Maison des associations de {rng.choice(TOWNS)[0]}",
            "duration_hours": Decimal(2),
        }
        tables[ProgrammeSession.__table__].append(interview)
        stamp = interview["created_at"] + timedelta(days=1)
        tables[Attendance.__table__].append(
            {
                "id": gen.new_id(),
                "created_at": stamp,
                "updated_at": stamp,
                "changed_by_office_id": gen.office_id,
                "deleted_at": None,
                "version": 1,
                "session_id": interview["id"],
                "association_id": interview["association_id"],
                "status": rng.choice(ATTENDANCE_STATUSES),
                "attendees": rng.choice(attendees),
            }
        )
