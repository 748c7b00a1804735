"""What a review found: moved parents, wrong input types, missing updates, stale links, sorting."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
from sqlalchemy.orm import Session

from dla_desktop.db.database import Database
from dla_desktop.domain.enums import (
    AttendanceStatus,
    SessionKind,
    VoletKind,
)
from dla_desktop.domain.records import (
    AssociationDraft,
    OfficeDraft,
    ProgrammeDraft,
    SessionDraft,
    SubgroupDraft,
    VoletDraft,
    VoletEnrolmentDraft,
)
from dla_desktop.services import (
    associations,
    attendance,
    enrolment,
    offices,
    programmes,
)
from tests.services.support import refused, run

PRESENT = AttendanceStatus.PRESENT


def fixed(label: str) -> str:
    return f"{label} : ne peut pas changer après la création ; créez une nouvelle fiche."


@dataclass(frozen=True)
class World:
    lille: str  # programme
    cher: str  # another programme
    marketing: str  # volet of Lille
    mecenat: str  # volet of Lille
    cher_volet: str
    groupe: str  # sub-group of marketing
    amis: str  # enrolled in Lille (and in Cher), member of marketing
    bal: str  # enrolled in Lille
    seance: str  # a session of Lille's marketing volet


def build(s: Session) -> World:
    def programme(title: str) -> str:
        return programmes.create_programme(s, ProgrammeDraft(title=title)).id

    def volet(programme_id: str, kind: VoletKind) -> str:
        return programmes.create_volet(s, VoletDraft(programme_id=programme_id, kind=kind)).id

    lille, cher = programme("Lille 2006"), programme("Cher 2018")
    marketing, mecenat = volet(lille, VoletKind.MARKETING), volet(lille, VoletKind.MECENAT)
    cher_volet = volet(cher, VoletKind.MECENAT)
    groupe = programmes.create_subgroup(s, SubgroupDraft(volet_id=marketing, name="G1")).id
    amis = associations.create_association(s, AssociationDraft(name="Amis du Patrimoine")).id
    bal = associations.create_association(s, AssociationDraft(name="Bal Folk")).id
    enrolment.enrol_associations(s, lille, [amis, bal])
    enrolment.enrol_associations(s, cher, [amis])
    enrolment.join_volet(
        s, VoletEnrolmentDraft(volet_id=marketing, association_id=amis, subgroup_id=groupe)
    )
    seance = attendance.create_session(
        s,
        SessionDraft(
            programme_id=lille,
            volet_id=marketing,
            kind=SessionKind.DEMI_JOURNEE,
            date=date(2006, 3, 1),
        ),
    ).id
    return World(lille, cher, marketing, mecenat, cher_volet, groupe, amis, bal, seance)


@pytest.fixture
def world(database: Database) -> World:
    return run(database, build)


def enrolment_of(session: Session, programme_id: str, association_id: str) -> Any:
    [row] = [
        p
        for p in enrolment.list_participants(session, programme_id)
        if p.association_id == association_id
    ]
    return enrolment.get_enrolment(session, row.enrolment_id)


# --- 2. wrong types are refused in French, never crash ---------------------------------


def test_an_office_without_departement_text_is_refused(database: Database) -> None:
    draft = OfficeDraft(name="DLA du Nord", departement=None)  # type: ignore[arg-type]
    error = refused(database, lambda s: offices.create_office(s, draft))
    assert error.errors == {"departement": "Département : texte attendu."}


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"label": None}, "label"),
        ({"kind": VoletKind.AUTRE, "label": None}, "label"),
        ({"improvement_tracks": ("ok", 3)}, "improvement_tracks"),
        ({"improvement_tracks": None}, "improvement_tracks"),
        ({"improvement_tracks": "une piste"}, "improvement_tracks"),
        ({"programme_id": ["not", "an", "id"]}, "programme_id"),
        ({"kind": ["marketing"]}, "kind"),
    ],
    ids=lambda value: (
        "-".join(f"{k}={v!r}" for k, v in value.items()) if isinstance(value, dict) else None
    ),
)
def test_a_volet_of_wrong_types_is_refused(
    database: Database, world: World, fields: dict[str, Any], field: str
) -> None:
    draft = VoletDraft(**{"programme_id": world.lille, "kind": VoletKind.MARKETING, **fields})
    error = refused(database, lambda s: programmes.create_volet(s, draft))
    assert set(error.errors) == {field}


@pytest.mark.parametrize("office_ids", [None, "not-a-tuple", (3,)])
def test_programme_offices_of_wrong_types_are_refused(database: Database, office_ids: Any) -> None:
    draft = ProgrammeDraft(title="Lille", office_ids=office_ids)
    error = refused(database, lambda s: programmes.create_programme(s, draft))
    assert set(error.errors) == {"office_ids"}


@pytest.mark.parametrize("names", [42, None, ["Marie"]])
def test_attendees_that_are_not_text_are_refused(
    database: Database, world: World, names: Any
) -> None:
    error = refused(
        database,
        lambda s: attendance.record_attendance(
            s, world.seance, {world.amis: PRESENT}, {world.amis: names}
        ),
    )
    assert error.errors == {"attendees": "Présents : texte attendu."}


def test_a_missing_mark_is_asked_for(database: Database, world: World) -> None:
    marks = {world.amis: PRESENT, world.bal: None}
    error = refused(database, lambda s: attendance.record_attendance(s, world.seance, marks))
    assert error.errors == {"status": "Statut : à choisir."}
