"""The directory: offices, associations, companies, cabinets, funders and contacts.

Every refused input is checked against a snapshot of the whole file: a refusal
writes nothing, even when the caller goes on and commits.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dla_desktop.db.database import Database, create_database
from dla_desktop.db.models import (
    Association,
    Base,
    Cabinet,
    Company,
    Contact,
    Funder,
    LocalSetting,
    Office,
)
from dla_desktop.db.models.base import TEXT_LENGTH
from dla_desktop.domain.enums import CompanySize, FunderKind
from dla_desktop.domain.errors import NotFoundError, StaleRecordError
from dla_desktop.domain.records import (
    AssociationDraft,
    CabinetDraft,
    CompanyDraft,
    ContactDraft,
    FunderDraft,
    OfficeDraft,
)
from dla_desktop.services import associations, cabinets, companies, contacts, funders, offices
from tests.services.support import refused, run

TRICKY = "<b>Théâtre & Cie</b> « l'Éclat » <script>alert('x')</script> &amp; 🎭🤹‍♀️ ñ ß Œ"
SIRET = "73282932000074"
SIREN = "732829320"

# --- helpers ---------------------------------------------------------------------------


def count(database: Database, model: type[Base], *, live_only: bool = False) -> int:
    query = select(func.count()).select_from(model)
    if live_only:
        query = query.where(model.deleted_at.is_(None))
    with database.reading() as session:
        return session.scalar(query)


def office_id(database: Database) -> str:
    with database.reading() as session:
        office = offices.current_office(session)
        assert office is not None
        return office.id


def max_length(model: type[Base], field: str) -> int:
    """The bound of a text column: its declared length, else the one of every Text column."""
    return model.__table__.c[field].type.length or TEXT_LENGTH


# --- the same life cycle for every kind of directory record ----------------------------


@dataclass(frozen=True)
class Kind:
    name: str
    model: type[Base]
    make: Callable[[Session], Any]  # a valid draft (may create its owner)
    change: Callable[[Any], Any]  # the same draft, changed
    create: Callable[..., Any]
    update: Callable[..., Any]
    archive: Callable[..., Any]
    get: Callable[..., Any]
    listed_ids: Callable[[Session], list[str]]

    def __str__(self) -> str:
        return self.name


def _association_owner(session: Session) -> ContactDraft:
    owner = associations.create_association(session, AssociationDraft(name="Owner"))
    return ContactDraft(last_name="Durand", association_id=owner.id)


KINDS = [
    Kind(
        "office",
        Office,
        lambda s: OfficeDraft(name="CBE de Roubaix-Tourcoing", departement="59"),
        lambda d: replace(d, town="Roubaix"),
        offices.create_office,
        offices.update_office,
        offices.archive_office,
        offices.get_office,
        lambda s: [o.id for o in offices.list_offices(s)],
    ),
    Kind(
        "association",
        Association,
        lambda s: AssociationDraft(name="Compagnie du Tire-Laine", sector="Culture"),
        lambda d: replace(d, town="Lille", employees=4),
        associations.create_association,
        associations.update_association,
        associations.archive_association,
        associations.get_association,
        lambda s: [a.id for a in associations.list_associations(s)],
    ),
    Kind(
        "company",
        Company,
        lambda s: CompanyDraft(name="Torréfaction des Flandres", size=CompanySize.PME),
        lambda d: replace(d, town="Lille", has_cse=True),
        companies.create_company,
        companies.update_company,
        companies.archive_company,
        companies.get_company,
        lambda s: [c.id for c in companies.list_companies(s)],
    ),
    Kind(
        "cabinet",
        Cabinet,
        lambda s: CabinetDraft(name="Cabinet Mécénat Conseil", day_rate=Decimal(800)),
        lambda d: replace(d, day_rate=Decimal(850)),
        cabinets.create_cabinet,
        cabinets.update_cabinet,
        cabinets.archive_cabinet,
        cabinets.get_cabinet,
        lambda s: [c.id for c in cabinets.list_cabinets(s)],
    ),
    Kind(
        "funder",
        Funder,
        lambda s: FunderDraft(name="DREETS Hauts-de-France", kind=FunderKind.ETAT),
        lambda d: replace(d, notes="Convention 2026"),
        funders.create_funder,
        funders.update_funder,
        funders.archive_funder,
        funders.get_funder,
        lambda s: [f.id for f in funders.list_funders(s)],
    ),
    Kind(
        "contact",
        Contact,
        _association_owner,
        lambda d: replace(d, role="Présidente"),
        contacts.create_contact,
        contacts.update_contact,
        contacts.archive_contact,
        contacts.get_contact,
        lambda s: [
            c.id
            for a in associations.list_associations(s)
            for c in contacts.list_contacts_of(s, "association_id", a.id)
        ],
    ),
]
by_kind = pytest.mark.parametrize("kind", KINDS, ids=str)


@by_kind
def test_create_then_get_gives_back_the_draft_stamped_by_the_current_office(
    database: Database, kind: Kind
) -> None:
    draft = run(database, kind.make)
    created = run(database, lambda s: kind.create(s, draft))
    assert created.version == 1
    assert created.changed_by_office_id == office_id(database)
    assert created.updated_at.tzinfo is not None
    again = run(database, lambda s: kind.get(s, created.id))
    assert again == created
    for field, value in vars(draft).items():
        assert getattr(again, field) == value, field
    assert created.id in run(database, kind.listed_ids)


@by_kind
def test_update_bumps_the_version_and_stamps_the_office_now_at_work(
    database: Database, kind: Kind
) -> None:
    # GIVEN a record created by the first office
    draft = run(database, kind.make)
    created = run(database, lambda s: kind.create(s, draft))
    first_office = created.changed_by_office_id
    # AND another office now working in this file
    other = run(database, lambda s: offices.create_office(s, OfficeDraft(name="CBE de Roubaix")))
    run(database, lambda s: offices.set_current_office(s, other.id))
    # WHEN the record is changed
    updated = run(database, lambda s: kind.update(s, created.id, kind.change(draft), 1))
    # THEN its version is 2 and it says which office changed it
    assert updated.version == 2
    assert updated.changed_by_office_id == other.id != first_office
    assert run(database, lambda s: kind.get(s, created.id)) == updated
    # AND a second change (back to the first values) goes on counting
    third = run(database, lambda s: kind.update(s, created.id, draft, 2))
    assert third.version == 3
    assert run(database, lambda s: kind.get(s, created.id)) == third


@by_kind
def test_saving_without_a_change_keeps_the_version(database: Database, kind: Kind) -> None:
    # A form saved unchanged must not make the other office's copy look changed.
    draft = run(database, kind.make)
    created = run(database, lambda s: kind.create(s, draft))
    again = run(database, lambda s: kind.update(s, created.id, draft, 1))
    assert again == created


@by_kind
def test_update_with_a_stale_version_is_refused_and_changes_nothing(
    database: Database, kind: Kind
) -> None:
    # GIVEN a record changed once (version 2) since a form read it (version 1)
    draft = run(database, kind.make)
    created = run(database, lambda s: kind.create(s, draft))
    run(database, lambda s: kind.update(s, created.id, kind.change(draft), 1))
    # WHEN the form saves with version 1 THEN it is refused and nothing changes
    error = refused(database, lambda s: kind.update(s, created.id, draft, 1), StaleRecordError)
    assert "modifiée entre-temps" in error.message
    assert run(database, lambda s: kind.get(s, created.id)).version == 2


@by_kind
def test_archive_leaves_a_tombstone(database: Database, kind: Kind) -> None:
    draft = run(database, kind.make)
    created = run(database, lambda s: kind.create(s, draft))
    rows_before = count(database, kind.model)
    run(database, lambda s: kind.archive(s, created.id, 1))
    # gone from lists and from get...
    assert created.id not in run(database, kind.listed_ids)
    error = refused(database, lambda s: kind.get(s, created.id), NotFoundError)
    assert "introuvable" in error.message
    # ...but the row is still there, with its deletion date, for the other office to learn of it
    assert count(database, kind.model) == rows_before
    with database.reading() as session:
        row = session.get(kind.model, created.id)
        assert row.deleted_at is not None
        assert row.deleted_at.tzinfo is not None
        assert row.changed_by_office_id == office_id(database)


@by_kind
def test_archived_records_cannot_be_updated_or_archived_again(
    database: Database, kind: Kind
) -> None:
    draft = run(database, kind.make)
    created = run(database, lambda s: kind.create(s, draft))
    run(database, lambda s: kind.archive(s, created.id))
    refused(database, lambda s: kind.update(s, created.id, draft, 2), NotFoundError)
    refused(database, lambda s: kind.archive(s, created.id), NotFoundError)


@by_kind
def test_archive_with_a_stale_version_is_refused(database: Database, kind: Kind) -> None:
    draft = run(database, kind.make)
    created = run(database, lambda s: kind.create(s, draft))
    run(database, lambda s: kind.update(s, created.id, kind.change(draft), 1))
    refused(database, lambda s: kind.archive(s, created.id, 1), StaleRecordError)
    assert created.id in run(database, kind.listed_ids)


@by_kind
def test_unknown_ids_are_not_found(database: Database, kind: Kind) -> None:
    draft = run(database, kind.make)
    missing = "00000000-0000-0000-0000-000000000000"
    refused(database, lambda s: kind.get(s, missing), NotFoundError)
    refused(database, lambda s: kind.update(s, missing, draft, 1), NotFoundError)
    refused(database, lambda s: kind.archive(s, missing), NotFoundError)


# --- texts: trimmed, bounded by the columns, stored intact -----------------------------

# What each kind of record needs to be valid, so one field at a time can be made wrong.
MINIMAL = {
    "office": (Office, OfficeDraft(name="x"), offices.create_office),
    "association": (Association, AssociationDraft(name="x"), associations.create_association),
    "company": (Company, CompanyDraft(name="x", size="tpe"), companies.create_company),
    "cabinet": (Cabinet, CabinetDraft(name="x"), cabinets.create_cabinet),
    "funder": (Funder, FunderDraft(name="x", kind="etat"), funders.create_funder),
}
TEXT_FIELDS = [
    ("office", "name"),
    ("office", "carrier"),
    ("office", "town"),
    ("association", "name"),
    ("association", "sector"),
    ("association", "activity"),
    ("association", "address"),
    ("association", "town"),
    ("association", "expectations"),  # Text columns: bounded by TEXT_LENGTH
    ("association", "notes"),
    ("company", "name"),
    ("company", "sector"),
    ("company", "town"),
    ("company", "notes"),
    ("cabinet", "name"),
    ("cabinet", "specialty"),
    ("cabinet", "town"),
    ("cabinet", "notes"),
    ("funder", "name"),
    ("funder", "notes"),
]


@pytest.mark.parametrize(("what", "field"), TEXT_FIELDS, ids=[".".join(t) for t in TEXT_FIELDS])
def test_texts_are_bounded_by_their_column(database: Database, what: str, field: str) -> None:
    model, draft, create = MINIMAL[what]
    limit = max_length(model, field)
    # exactly the limit (after trimming) is accepted...
    text = " " + "é" * limit + " "
    at_limit = run(database, lambda s: create(s, replace(draft, **{field: text})))
    assert getattr(at_limit, field) == "é" * limit
    # ...one more character is refused, with the numbers in the message
    error = refused(database, lambda s: create(s, replace(draft, **{field: "é" * (limit + 1)})))
    assert set(error.errors) == {field}
    assert error.errors[field].endswith(f"{limit + 1} caractères, {limit} au plus.")


@pytest.mark.parametrize("what", list(MINIMAL))
@pytest.mark.parametrize("blank", ["", "   ", "\t\n"])
def test_names_are_required(database: Database, what: str, blank: str) -> None:
    _model, draft, create = MINIMAL[what]
    error = refused(database, lambda s: create(s, replace(draft, name=blank)))
    assert error.errors == {"name": "Nom : à renseigner."}


def test_a_name_that_is_not_text_is_refused(database: Database) -> None:
    error = refused(
        database, lambda s: associations.create_association(s, AssociationDraft(name=None))
    )
    assert error.errors == {"name": "Nom : texte attendu."}


def test_tricky_texts_are_stored_and_read_back_intact(database: Database) -> None:
    # GIVEN texts full of markup, entities, emoji and accents (and a long free text)
    notes = (TRICKY + "\n") * 100
    draft = AssociationDraft(
        name=TRICKY[:200],
        activity="Théâtre & <i>cirque</i>",
        town="Villeneuve-d'Ascq",
        expectations="Trouver un mécène 💶 « durable » & fidèle",
        notes=notes,
    )
    # WHEN stored and read back in another transaction
    created = run(database, lambda s: associations.create_association(s, draft))
    again = run(database, lambda s: associations.get_association(s, created.id))
    # THEN every character is there, unescaped (only the outer whitespace is trimmed)
    assert again.name == TRICKY[:200]
    assert again.activity == "Théâtre & <i>cirque</i>"
    assert again.expectations == draft.expectations
    assert again.notes == notes.strip()
    [row] = run(database, associations.list_associations)
    assert row.name == TRICKY[:200] and row.town == "Villeneuve-d'Ascq"


def test_tricky_texts_everywhere_in_the_directory(database: Database) -> None:
    def create_all(session: Session) -> list[Any]:
        company = companies.create_company(
            session, CompanyDraft(name=TRICKY[:200], size="eti", notes=TRICKY)
        )
        return [
            offices.create_office(session, OfficeDraft(name=TRICKY[:200], carrier=TRICKY[:200])),
            company,
            cabinets.create_cabinet(session, CabinetDraft(name=TRICKY[:200], notes=TRICKY)),
            funders.create_funder(session, FunderDraft(name=TRICKY[:200], kind="region")),
            contacts.create_contact(
                session,
                ContactDraft(last_name="Ñúñez <&>", first_name="Zoé 🌱", company_id=company.id),
            ),
        ]

    office, company, cabinet, funder, contact = run(database, create_all)
    with database.reading() as session:
        assert offices.get_office(session, office.id).carrier == TRICKY[:200]
        assert companies.get_company(session, company.id).notes == TRICKY
        assert cabinets.get_cabinet(session, cabinet.id).notes == TRICKY
        assert funders.get_funder(session, funder.id).name == TRICKY[:200]
        read = contacts.get_contact(session, contact.id)
        assert (read.last_name, read.first_name) == ("Ñúñez <&>", "Zoé 🌱")


# --- offices ---------------------------------------------------------------------------


def test_the_template_office_is_at_work(database: Database) -> None:
    with database.reading() as session:
        office = offices.current_office(session)
        assert office is not None
        assert (office.name, office.departement) == ("CBE de Lille", "59")
        assert [o.name for o in offices.list_offices(session)] == ["CBE de Lille"]


@pytest.mark.parametrize("departement", ["59", "2A", "2B", "974", " 62 "])
def test_office_departement_codes(database: Database, departement: str) -> None:
    office = run(
        database, lambda s: offices.create_office(s, OfficeDraft(name="x", departement=departement))
    )
    assert office.departement == departement.strip()


@pytest.mark.parametrize(
    ("departement", "message"),
    [
        ("5", "Département : code de département attendu (59, 2A, 974)."),
        ("5-9", "Département : code de département attendu (59, 2A, 974)."),
        ("Nord", "Département : 4 caractères, 3 au plus."),
    ],
)
def test_office_departement_refused(database: Database, departement: str, message: str) -> None:
    error = refused(
        database, lambda s: offices.create_office(s, OfficeDraft(name="x", departement=departement))
    )
    assert error.errors == {"departement": message}


def test_office_contact_fields_are_checked(database: Database) -> None:
    draft = OfficeDraft(name="x", email="dla@", phone="123")
    error = refused(database, lambda s: offices.create_office(s, draft))
    assert error.errors == {
        "email": "Courriel : adresse électronique invalide.",
        "phone": "Téléphone : numéro de téléphone invalide.",
    }


def test_offices_are_listed_by_name_without_the_archived(database: Database) -> None:
    def make(session: Session) -> None:
        for name in ("Ligue 62", "Active Alsace", "Zone 18"):
            offices.create_office(session, OfficeDraft(name=name))
        gone = offices.create_office(session, OfficeDraft(name="Ancien bureau"))
        offices.archive_office(session, gone.id)

    run(database, make)
    names = [o.name for o in run(database, offices.list_offices)]
    assert names == ["Active Alsace", "CBE de Lille", "Ligue 62", "Zone 18"]


def test_set_current_office_is_kept_in_the_file(database: Database) -> None:
    # GIVEN a second office set to work in this file
    other = run(database, lambda s: offices.create_office(s, OfficeDraft(name="CBE de Roubaix")))
    run(database, lambda s: offices.set_current_office(s, other.id))
    # THEN a later transaction sees it, and stamps its changes with it
    with database.reading() as session:
        assert offices.current_office(session).id == other.id
    created = run(
        database, lambda s: associations.create_association(s, AssociationDraft(name="x"))
    )
    assert created.changed_by_office_id == other.id
    assert count(database, LocalSetting) == 1  # replaced, not added


def test_set_current_office_refuses_unknown_and_archived_offices(database: Database) -> None:
    current = office_id(database)
    refused(database, lambda s: offices.set_current_office(s, "nope"), NotFoundError)
    gone = run(database, lambda s: offices.create_office(s, OfficeDraft(name="Ancien")))
    run(database, lambda s: offices.archive_office(s, gone.id))
    refused(database, lambda s: offices.set_current_office(s, gone.id), NotFoundError)
    assert office_id(database) == current


def test_no_current_office_in_a_new_file_or_when_it_is_archived(
    database: Database, tmp_path
) -> None:
    fresh = create_database(tmp_path / "new.dla")
    try:
        with fresh.reading() as session:
            assert offices.current_office(session) is None
    finally:
        fresh.close()
    run(database, lambda s: offices.archive_office(s, office_id_of(s)))
    with database.reading() as session:
        assert offices.current_office(session) is None


def office_id_of(session: Session) -> str:
    office = offices.current_office(session)
    assert office is not None
    return office.id


# --- associations ----------------------------------------------------------------------


def test_association_fields_are_normalised(database: Database) -> None:
    draft = AssociationDraft(
        name="  Cirque du Bout du Monde  ",
        rna="w595012345",
        siret="732 829 320 00074",
        postal_code="59 000",
        email=" contact@cirque.fr ",
        phone=" 03 20 12 34 56 ",
        employees=12,
        fte=Decimal("8.755"),
        prior_dla_support=True,
    )
    created = run(database, lambda s: associations.create_association(s, draft))
    assert created.name == "Cirque du Bout du Monde"
    assert created.rna == "W595012345"
    assert created.siret == SIRET
    assert created.postal_code == "59000"
    assert (created.email, created.phone) == ("contact@cirque.fr", "03 20 12 34 56")
    assert created.fte == Decimal("8.76")  # half up to two places
    assert created.employees == 12 and created.prior_dla_support is True
    assert run(database, lambda s: associations.get_association(s, created.id)) == created


@pytest.mark.parametrize(
    ("siret", "message"),
    [
        ("7328293200007", "SIRET : doit compter 14 chiffres (et non 13)."),
        ("7328293200007A", "SIRET : ne doit contenir que des chiffres."),
        (
            "73282932000079",
            "SIRET : clé de contrôle incorrecte (un chiffre est probablement mal saisi).",
        ),
    ],
)
def test_association_with_an_invalid_siret_is_refused(
    database: Database, siret: str, message: str
) -> None:
    draft = AssociationDraft(name="x", siret=siret)
    error = refused(database, lambda s: associations.create_association(s, draft))
    assert error.errors == {"siret": message}
    assert count(database, Association) == 0


@pytest.mark.parametrize("siret", ["35600000000048", "35600000000001", "35600000049837"])
def test_la_poste_sirets_are_accepted(database: Database, siret: str) -> None:
    created = run(
        database,
        lambda s: associations.create_association(s, AssociationDraft(name="x", siret=siret)),
    )
    assert created.siret == siret


def test_la_poste_siret_with_a_wrong_digit_sum_is_refused(database: Database) -> None:
    draft = AssociationDraft(name="x", siret="35600000000002")
    error = refused(database, lambda s: associations.create_association(s, draft))
    assert set(error.errors) == {"siret"}


def test_an_invalid_rna_is_only_a_warning(database: Database) -> None:
    # GIVEN an Alsace-Moselle association typing its local register number as RNA
    draft = AssociationDraft(name="Théâtre de Colmar", rna="VOL 12 / 1998")
    # THEN it deserves a second look...
    assert associations.association_warnings(draft) == {
        "rna": "Numéro RNA : un numéro RNA s'écrit W suivi de 9 chiffres."
    }
    # ...but it is saved, and the number kept as typed (trimmed)
    created = run(database, lambda s: associations.create_association(s, draft))
    assert created.rna == "VOL 12 / 1998"
    assert run(database, lambda s: associations.get_association(s, created.id)).rna == created.rna


def test_valid_or_empty_rna_gives_no_warning() -> None:
    assert associations.association_warnings(AssociationDraft(name="x", rna="W595012345")) == {}
    assert associations.association_warnings(AssociationDraft(name="x")) == {}


def test_warnings_do_not_hide_errors(database: Database) -> None:
    draft = AssociationDraft(name="x", rna="123", siret="123")
    assert set(associations.association_warnings(draft)) == {"rna"}
    error = refused(database, lambda s: associations.create_association(s, draft))
    assert set(error.errors) == {"siret"}


def test_an_over_long_rna_is_refused(database: Database) -> None:
    draft = AssociationDraft(name="x", rna="numéro d'inscription au tribunal d'instance de Metz")
    refused(database, lambda s: associations.create_association(s, draft))


@pytest.mark.parametrize(
    ("create", "draft"),
    [
        (associations.create_association, AssociationDraft(name="x")),
        (offices.create_office, OfficeDraft(name="x")),
        (cabinets.create_cabinet, CabinetDraft(name="x")),
    ],
    ids=["association", "office", "cabinet"],
)
def test_an_over_long_email_is_refused(database: Database, create: Callable, draft: Any) -> None:
    email = "a" * 95 + "@cbe-lille.fr"  # 108 characters, a valid address
    error = refused(database, lambda s: create(s, replace(draft, email=email)))
    assert set(error.errors) == {"email"}


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("postal_code", "5900", "Code postal : un code postal compte 5 chiffres."),
        ("email", "contact@cirque", "Courriel : adresse électronique invalide."),
        ("phone", "03 20", "Téléphone : numéro de téléphone invalide."),
        ("employees", -1, "Emplois : ne peut pas être négatif."),
        ("employees", 1_000_001, "Emplois : 1000000 au plus."),
        ("employees", 2.0, "Emplois : nombre entier attendu."),
        ("employees", True, "Emplois : nombre entier attendu."),
        ("employees", "12", "Emplois : nombre entier attendu."),
        ("fte", Decimal("-0.5"), "ETP : ne peut pas être négatif."),
        ("fte", 1.5, "ETP : nombre illisible."),
        ("fte", Decimal("NaN"), "ETP : nombre illisible."),
        ("fte", Decimal("100000.01"), "ETP : 100000 au plus."),
    ],
)
def test_association_bad_values_are_refused(
    database: Database, field: str, value: Any, message: str
) -> None:
    draft = replace(AssociationDraft(name="x"), **{field: value})
    error = refused(database, lambda s: associations.create_association(s, draft))
    assert error.errors == {field: message}


def test_every_problem_is_reported_at_once(database: Database) -> None:
    draft = AssociationDraft(name=" ", siret="1", postal_code="x", email="x", employees=-3)
    error = refused(database, lambda s: associations.create_association(s, draft))
    assert set(error.errors) == {"name", "siret", "postal_code", "email", "employees"}
    assert error.message == " ; ".join(error.errors.values())


def test_a_refused_update_changes_nothing(database: Database) -> None:
    created = run(
        database, lambda s: associations.create_association(s, AssociationDraft(name="Avant"))
    )
    bad = AssociationDraft(name="Après", siret="123")
    error = refused(database, lambda s: associations.update_association(s, created.id, bad, 1))
    assert set(error.errors) == {"siret"}
    assert run(database, lambda s: associations.get_association(s, created.id)) == created


def test_associations_are_listed_by_name_as_light_rows(database: Database) -> None:
    def make(session: Session) -> None:
        associations.create_association(
            session,
            AssociationDraft(
                name="Bal Folk",
                sector="Culture",
                town="Lille",
                postal_code="59000",
                employees=3,
                fte=Decimal("2.5"),
                siret=SIRET,
                rna="W595012345",
            ),
        )
        associations.create_association(session, AssociationDraft(name="Amis du Vélo"))
        gone = associations.create_association(session, AssociationDraft(name="Anciens"))
        associations.archive_association(session, gone.id)

    run(database, make)
    rows = run(database, associations.list_associations)
    assert [r.name for r in rows] == ["Amis du Vélo", "Bal Folk"]
    bal = rows[1]
    assert (bal.sector, bal.town, bal.postal_code, bal.siret, bal.rna) == (
        "Culture",
        "Lille",
        "59000",
        SIRET,
        "W595012345",
    )
    assert (bal.employees, bal.fte) == (3, Decimal("2.50"))


# --- companies -------------------------------------------------------------------------


def test_a_company_without_a_size(database: Database) -> None:
    created = run(database, lambda s: companies.create_company(s, CompanyDraft(name="Boulangerie")))
    assert created.size is None
    assert run(database, lambda s: companies.get_company(s, created.id)).size is None


def test_company_size_may_be_given_as_its_stored_value(database: Database) -> None:
    created = run(
        database, lambda s: companies.create_company(s, CompanyDraft(name="x", size="ge"))
    )
    assert created.size is CompanySize.GE
    [row] = run(database, companies.list_companies)
    assert row.size == "ge"


@pytest.mark.parametrize("size", ["enorme", "PME", "Grand groupe", 3])
def test_unknown_company_size_is_refused(database: Database, size: Any) -> None:
    error = refused(
        database, lambda s: companies.create_company(s, CompanyDraft(name="x", size=size))
    )
    assert error.errors == {"size": f"Taille : valeur inconnue « {size} »."}


def test_company_siren_is_taken_from_the_siret(database: Database) -> None:
    draft = CompanyDraft(name="x", size=CompanySize.ETI, siret="732 829 320 00074")
    created = run(database, lambda s: companies.create_company(s, draft))
    assert (created.siren, created.siret) == (SIREN, SIRET)


def test_company_siren_and_siret_must_agree(database: Database) -> None:
    ok = CompanyDraft(name="x", size="pme", siren="732 829 320", siret=SIRET)
    assert run(database, lambda s: companies.create_company(s, ok)).siren == SIREN
    # La Poste's head office is another company
    bad = replace(ok, siret="35600000000048")
    error = refused(database, lambda s: companies.create_company(s, bad))
    assert error.errors == {"siret": "SIRET : ne commence pas par le SIREN de l'entreprise."}


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("siren", "732829321", "SIREN : clé de contrôle incorrecte"),
        ("siren", "73282932", "SIREN : doit compter 9 chiffres (et non 8)."),
        ("siret", "73282932000079", "SIRET : clé de contrôle incorrecte"),
        ("postal_code", "ABCDE", "Code postal : un code postal compte 5 chiffres."),
    ],
)
def test_company_identifiers_are_checked(
    database: Database, field: str, value: str, message: str
) -> None:
    draft = replace(CompanyDraft(name="x", size="pme"), **{field: value})
    error = refused(database, lambda s: companies.create_company(s, draft))
    assert set(error.errors) == {field}
    assert error.errors[field].startswith(message)


def test_company_with_an_invalid_siren_and_a_valid_siret_reports_the_siren_only(
    database: Database,
) -> None:
    draft = CompanyDraft(name="x", size="pme", siren="123", siret=SIRET)
    error = refused(database, lambda s: companies.create_company(s, draft))
    assert set(error.errors) == {"siren"}


def test_companies_are_listed_by_name(database: Database) -> None:
    def make(session: Session) -> None:
        companies.create_company(session, CompanyDraft(name="Zeste", size="tpe", town="Lens"))
        companies.create_company(session, CompanyDraft(name="Acier", size="ge", siret=SIRET))
        gone = companies.create_company(session, CompanyDraft(name="Banque", size="ge"))
        companies.archive_company(session, gone.id)

    run(database, make)
    rows = run(database, companies.list_companies)
    assert [(r.name, r.size, r.town, r.siren) for r in rows] == [
        ("Acier", "ge", "", SIREN),
        ("Zeste", "tpe", "Lens", ""),
    ]


# --- cabinets --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day_rate", "stored"),
    [
        (Decimal("850"), Decimal("850.00")),
        (Decimal("10.005"), Decimal("10.01")),
        (Decimal("10.004"), Decimal("10.00")),
        (Decimal("0"), Decimal("0.00")),
        (None, None),
    ],
)
def test_cabinet_day_rate_is_rounded_to_the_cent(
    database: Database, day_rate: Decimal | None, stored: Decimal | None
) -> None:
    created = run(
        database, lambda s: cabinets.create_cabinet(s, CabinetDraft(name="x", day_rate=day_rate))
    )
    again = run(database, lambda s: cabinets.get_cabinet(s, created.id))
    assert created.day_rate == stored and again.day_rate == stored


@pytest.mark.parametrize(
    ("day_rate", "message"),
    [
        (Decimal("-1"), "Prix de journée : un montant ne peut pas être négatif."),
        (800.0, "Prix de journée : montant illisible."),
        (800, "Prix de journée : montant illisible."),
        ("800", "Prix de journée : montant illisible."),
        (Decimal("Infinity"), "Prix de journée : montant illisible."),
        (Decimal("1000000000000"), "Prix de journée : montant trop élevé."),
    ],
)
def test_cabinet_bad_day_rates_are_refused(database: Database, day_rate: Any, message: str) -> None:
    draft = CabinetDraft(name="x", day_rate=day_rate)
    error = refused(database, lambda s: cabinets.create_cabinet(s, draft))
    assert error.errors == {"day_rate": message}


def test_cabinet_identifiers_are_checked(database: Database) -> None:
    draft = CabinetDraft(name="x", siret="123", email="x", phone="x")
    error = refused(database, lambda s: cabinets.create_cabinet(s, draft))
    assert set(error.errors) == {"siret", "email", "phone"}


def test_cabinets_are_listed_by_name(database: Database) -> None:
    def make(session: Session) -> None:
        for name in ("Mécénat & Culture", "Expert-comptable Nord", "Atout Marketing"):
            cabinets.create_cabinet(session, CabinetDraft(name=name))

    run(database, make)
    names = [c.name for c in run(database, cabinets.list_cabinets)]
    assert names == ["Atout Marketing", "Expert-comptable Nord", "Mécénat & Culture"]


# --- funders ---------------------------------------------------------------------------


def test_funder_kind_may_be_given_as_its_stored_value(database: Database) -> None:
    created = run(
        database,
        lambda s: funders.create_funder(s, FunderDraft(name="Banque", kind="banque_territoires")),
    )
    assert created.kind is FunderKind.BANQUE_TERRITOIRES


@pytest.mark.parametrize(
    ("kind", "message"),
    [
        (None, "Type : à choisir."),
        ("ministere", "Type : valeur inconnue « ministere »."),
        ("État / DREETS", "Type : valeur inconnue « État / DREETS »."),  # a label, not a value
    ],
)
def test_funder_kind_is_required_and_known(database: Database, kind: Any, message: str) -> None:
    error = refused(database, lambda s: funders.create_funder(s, FunderDraft(name="x", kind=kind)))
    assert error.errors == {"kind": message}


def test_funders_are_listed_by_name(database: Database) -> None:
    def make(session: Session) -> None:
        funders.create_funder(session, FunderDraft(name="Région", kind=FunderKind.REGION))
        funders.create_funder(session, FunderDraft(name="FSE", kind=FunderKind.FSE))

    run(database, make)
    listed = run(database, funders.list_funders)
    assert [(f.name, f.kind) for f in listed] == [("FSE", FunderKind.FSE), ("Région", "region")]


# --- contacts --------------------------------------------------------------------------


@pytest.fixture
def owners(database: Database) -> dict[str, str]:
    """One live structure of each kind that may own contacts."""

    def make(session: Session) -> dict[str, str]:
        return {
            "association_id": associations.create_association(
                session, AssociationDraft(name="Asso")
            ).id,
            "company_id": companies.create_company(
                session, CompanyDraft(name="Entreprise", size="pme")
            ).id,
            "cabinet_id": cabinets.create_cabinet(session, CabinetDraft(name="Cabinet")).id,
            "funder_id": funders.create_funder(
                session, FunderDraft(name="Région", kind="region")
            ).id,
        }

    return run(database, make)


@pytest.mark.parametrize("owner", ["association_id", "company_id", "cabinet_id", "funder_id"])
def test_a_contact_belongs_to_any_one_kind_of_structure(
    database: Database, owners: dict[str, str], owner: str
) -> None:
    draft = ContactDraft(last_name="Martin", **{owner: owners[owner]})
    created = run(database, lambda s: contacts.create_contact(s, draft))
    assert getattr(created, owner) == owners[owner]
    listed = run(database, lambda s: contacts.list_contacts_of(s, owner, owners[owner]))
    assert [c.id for c in listed] == [created.id]


@pytest.mark.parametrize(
    "chosen",
    [(), ("association_id", "company_id"), ("cabinet_id", "funder_id", "company_id")],
    ids=["none", "two", "three"],
)
def test_a_contact_needs_exactly_one_structure(
    database: Database, owners: dict[str, str], chosen: tuple[str, ...]
) -> None:
    draft = ContactDraft(last_name="Martin", **{name: owners[name] for name in chosen})
    error = refused(database, lambda s: contacts.create_contact(s, draft))
    assert set(error.errors) == {"association_id"}
    assert "une seule structure" in error.errors["association_id"]


@pytest.mark.parametrize("owner", ["association_id", "company_id", "cabinet_id", "funder_id"])
def test_a_contact_of_a_missing_or_archived_structure_is_refused(
    database: Database, owners: dict[str, str], owner: str
) -> None:
    missing = ContactDraft(last_name="Martin", **{owner: "no-such-id"})
    error = refused(database, lambda s: contacts.create_contact(s, missing))
    assert set(error.errors) == {owner}
    assert "référence introuvable" in error.errors[owner]
    archive = {
        "association_id": associations.archive_association,
        "company_id": companies.archive_company,
        "cabinet_id": cabinets.archive_cabinet,
        "funder_id": funders.archive_funder,
    }[owner]
    run(database, lambda s: archive(s, owners[owner]))
    gone = ContactDraft(last_name="Martin", **{owner: owners[owner]})
    error = refused(database, lambda s: contacts.create_contact(s, gone))
    assert set(error.errors) == {owner}


def test_contact_fields_are_checked(database: Database, owners: dict[str, str]) -> None:
    draft = ContactDraft(
        last_name="",
        first_name="x" * 101,
        email="martin@",
        phone="0",
        association_id=owners["association_id"],
    )
    error = refused(database, lambda s: contacts.create_contact(s, draft))
    assert error.errors == {
        "last_name": "Nom : à renseigner.",
        "first_name": "Prénom : 101 caractères, 100 au plus.",
        "email": "Courriel : adresse électronique invalide.",
        "phone": "Téléphone : numéro de téléphone invalide.",
    }


def test_contacts_of_a_structure_by_last_name_without_the_archived(
    database: Database, owners: dict[str, str]
) -> None:
    association = owners["association_id"]

    def make(session: Session) -> None:
        for last in ("Petit", "Durand", "Leroy"):
            contacts.create_contact(
                session, ContactDraft(last_name=last, association_id=association)
            )
        gone = contacts.create_contact(
            session, ContactDraft(last_name="Ancien", association_id=association)
        )
        contacts.archive_contact(session, gone.id)
        contacts.create_contact(
            session, ContactDraft(last_name="Autre", company_id=owners["company_id"])
        )

    run(database, make)
    listed = run(database, lambda s: contacts.list_contacts_of(s, "association_id", association))
    assert [c.last_name for c in listed] == ["Durand", "Leroy", "Petit"]


def test_contacts_of_an_unknown_owner_field(database: Database) -> None:
    with database.reading() as session, pytest.raises(ValueError, match="owner field"):
        contacts.list_contacts_of(session, "programme_id", "x")


def test_removing_a_contact_edited_meanwhile_is_refused(
    database: Database, owners: dict[str, str]
) -> None:
    # GIVEN a contact listed on a page, then edited in another window
    draft = ContactDraft(last_name="Martin", cabinet_id=owners["cabinet_id"])
    listed = run(database, lambda s: contacts.create_contact(s, draft))
    edited = replace(draft, role="Consultante")
    run(database, lambda s: contacts.update_contact(s, listed.id, edited, listed.version))
    # WHEN the page removes it with the version it listed THEN nothing changes
    refused(
        database, lambda s: contacts.archive_contact(s, listed.id, listed.version), StaleRecordError
    )
    kept = run(database, lambda s: contacts.list_contacts_of(s, "cabinet_id", owners["cabinet_id"]))
    assert [(c.last_name, c.role) for c in kept] == [("Martin", "Consultante")]


# --- two windows on the same file ------------------------------------------------------


def test_a_save_made_meanwhile_in_another_window_is_detected_when_writing(
    database: Database,
) -> None:
    # GIVEN a record that my window has already read in its transaction
    created = run(
        database, lambda s: associations.create_association(s, AssociationDraft(name="Avant"))
    )
    with pytest.raises(StaleRecordError) as caught, database.transaction() as mine:
        assert associations.get_association(mine, created.id).version == 1
        # WHEN another window saves it first
        run(
            database,
            lambda s: associations.update_association(
                s, created.id, AssociationDraft(name="Autre fenêtre"), 1
            ),
        )
        # AND my window saves with the version it read
        associations.update_association(mine, created.id, AssociationDraft(name="Moi"), 1)
    # THEN mine is refused with the French message, and the other change is kept
    assert "Rechargez-la" in caught.value.message
    again = run(database, lambda s: associations.get_association(s, created.id))
    assert (again.name, again.version) == ("Autre fenêtre", 2)


def test_update_moves_updated_at_forward(database: Database) -> None:
    created = run(
        database, lambda s: associations.create_association(s, AssociationDraft(name="x"))
    )
    updated = run(
        database,
        lambda s: associations.update_association(s, created.id, AssociationDraft(name="y"), 1),
    )
    assert updated.updated_at > created.updated_at


# --- values of the wrong type, as an import may hand them ------------------------------


@pytest.mark.parametrize("field", ["rna", "siret", "postal_code", "email", "phone"])
def test_an_identifier_that_is_not_text_is_refused_in_french(
    database: Database, field: str
) -> None:
    draft = replace(AssociationDraft(name="x"), **{field: float("nan")})
    error = refused(database, lambda s: associations.create_association(s, draft))
    assert set(error.errors) == {field}


def test_a_yes_no_field_that_is_not_a_boolean_is_refused_in_french(database: Database) -> None:
    draft = AssociationDraft(name="x", prior_dla_support="oui")
    error = refused(database, lambda s: associations.create_association(s, draft))
    assert set(error.errors) == {"prior_dla_support"}
