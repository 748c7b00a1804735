"""The programme workbook: every sheet read from the services that own its figures.

On the demo written through the services: the participants sheet carries the import's
headers and the associations' stored values, the grid and the indicators are the
services' own figures, an empty programme gives empty sheets; then the WORKBOOK export
of the command line (prepare, write, describe) and its refusals.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from dla_desktop.db.database import Database, open_database
from dla_desktop.db.models import Association
from dla_desktop.domain.enums import AttendanceStatus, VoletKind
from dla_desktop.domain.errors import DlaError, NotFoundError
from dla_desktop.domain.imports import ImportTarget, fields_of
from dla_desktop.domain.records import ProgrammeDraft
from dla_desktop.domain.spreadsheets import CellKind, Table
from dla_desktop.services import associations, attendance, budget, enrolment, exports
from dla_desktop.services.followup import followup_view
from dla_desktop.services.indicators import programme_indicators
from dla_desktop.services.programmes import (
    archive_volet,
    create_programme,
    find_programme,
    list_volets,
)
from dla_desktop.services.workbook import programme_workbook
from tests.services.support import MISSING, open_copy

LILLE = "Développer les partenariats associations–entreprises (métropole lilloise, 2006)"
SHEETS = [
    "Participants",
    "Volets",
    "Séances",
    "Présences",
    "Budget",
    "Suivi",
    "Partenariats",
    "Indicateurs",
]
ISSUED = date(2026, 11, 23)


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    """A private copy of the demo (some tests archive a volet)."""
    yield from open_copy(demo_file, tmp_path)


@pytest.fixture(scope="module")
def lille(demo_file: Path) -> tuple[Table, ...]:
    """The Lille programme's workbook, read once for the tests that only look at it."""
    database = open_database(demo_file)
    try:
        with database.reading() as session:
            return programme_workbook(session, find_programme(session, LILLE).id)
    finally:
        database.close()


def sheet(tables: tuple[Table, ...], title: str) -> Table:
    return next(table for table in tables if table.title == title)


def records(table: Table) -> list[dict[str, Any]]:
    """Each row as header -> cell."""
    return [dict(zip(table.headers, row, strict=True)) for row in table.rows]


def figures(table: Table) -> dict[str, dict[str, Any]]:
    """The Indicateurs sheet by indicator."""
    return {row["Indicateur"]: row for row in records(table)}


# --- the sheets --------------------------------------------------------------------------


def test_one_table_per_sheet_of_the_issue(lille: tuple[Table, ...]) -> None:
    assert [table.title for table in lille] == SHEETS
    for table in lille:
        assert all(len(row) == len(table.columns) for row in table.rows), table.title


def test_participants_carry_the_import_headers_and_types(lille: tuple[Table, ...]) -> None:
    table = sheet(lille, "Participants")
    assert table.headers == tuple(f.label for f in fields_of(ImportTarget.PARTICIPANTS))
    assert table.headers[:3] == ("Nom", "SIRET", "RNA")
    assert table.headers[-3:] == ("Volets", "Date d'inscription", "Jours de suivi prévus")
    kinds = {column.header: column.kind for column in table.columns}
    assert kinds["SIRET"] == kinds["Code postal"] == kinds["Téléphone"] == CellKind.TEXT
    assert kinds["Emplois"] == CellKind.INTEGER and kinds["ETP"] == CellKind.DECIMAL
    assert kinds["Date d'inscription"] == CellKind.DATE


def test_participants_are_those_taking_part_with_their_stored_values(demo: Database) -> None:
    with demo.reading() as session:
        pid = find_programme(session, LILLE).id
        table = sheet(programme_workbook(session, pid), "Participants")
        participants = enrolment.list_participants(session, pid)
        views = {v.association_id: v for v in enrolment.list_participant_views(session, pid)}
        arts_id = session.scalar(
            select(Association.id).where(Association.name == "Arts en Partage")
        )
        assert arts_id is not None
        arts = associations.get_association(session, arts_id)
        enrolled = next(p for p in participants if p.association_id == arts_id)
        record = enrolment.get_enrolment(session, enrolled.enrolment_id)
    assert [row["Nom"] for row in records(table)] == [p.name for p in participants]
    row = next(row for row in records(table) if row["Nom"] == "Arts en Partage")
    assert row == {
        "Nom": arts.name,
        "SIRET": arts.siret,
        "RNA": arts.rna,
        "Secteur": arts.sector,
        "Activité": arts.activity,
        "Adresse": arts.address,
        "Code postal": arts.postal_code,
        "Commune": arts.town,
        "Emplois": arts.employees,
        "ETP": arts.fte,
        "Courriel": arts.email,
        "Téléphone": arts.phone,
        "Déjà accompagnée par un DLA": "Oui" if arts.prior_dla_support else "Non",
        "Attentes": arts.expectations,
        "Notes": arts.notes,
        "Volets": views[arts_id].volets,
        "Date d'inscription": record.status_date,
        "Jours de suivi prévus": record.followup_days_planned,
    }
    assert row["Volets"].endswith("Fiscalité")  # in the volets' order, the fiscal one last
    assert len(row["SIRET"]) == 14 and row["Code postal"] == "59000"
    assert {r["Déjà accompagnée par un DLA"] for r in records(table)} == {"Oui", "Non"}


def test_volets_with_their_cabinet_members_and_subgroups(lille: tuple[Table, ...]) -> None:
    rows = {row["Volet"]: row for row in records(sheet(lille, "Volets"))}
    assert list(rows) == ["Marketing", "Mécénat", "Fiscalité"]
    marketing = rows["Marketing"]
    assert marketing["Type"] == "Marketing" and marketing["Cabinet"] == "Horizon Marketing"
    assert marketing["Sous-groupes"] == "Groupe A, Groupe B, Groupe C"
    assert marketing["Montant contractualisé"] == Decimal("11700.00")
    assert rows["Fiscalité"]["Associations"] == 21  # every participant is in the fiscal volet


def test_sessions_and_grid_count_the_marks_the_indicators_count(demo: Database) -> None:
    with demo.reading() as session:
        pid = find_programme(session, LILLE).id
        tables = programme_workbook(session, pid)
        figures_ = programme_indicators(session, pid)
        grid = attendance.attendance_grid(session, pid)
    sessions, presences = sheet(tables, "Séances"), sheet(tables, "Présences")
    assert len(sessions.rows) == figures_.sessions_held == len(presences.columns) - 3
    assert sum(row["Présentes"] for row in records(sessions)) == figures_.attendance.count
    marked = sum(r["Présentes"] + r["Absentes"] + r["Excusées"] for r in records(sessions))
    assert marked == figures_.attendance.total
    # The grid: one row per participant, the status labels, the row's count and rate.
    names = dict(grid.associations)
    assert [row[0] for row in presences.rows] == [name for _id, name in grid.associations]
    labels = {cell for row in presences.rows for cell in row[1:-2]}
    assert labels == {None, *(status.label for status in AttendanceStatus)}
    for association_id, name in grid.associations:
        row = next(r for r in records(presences) if r["Association"] == names[association_id])
        present = sum(
            1
            for (a, _s), mark in grid.marks.items()
            if a == association_id and mark == AttendanceStatus.PRESENT
        )
        assert row["Présences"] == present, name
        assert row["Taux de présence"] == grid.row_rates[association_id], name
    assert sum(row[-2] for row in presences.rows) == figures_.attendance.count


def test_grid_headers_name_date_volet_and_who(lille: tuple[Table, ...]) -> None:
    headers = sheet(lille, "Présences").headers
    assert headers[0] == "Association" and headers[-2:] == ("Présences", "Taux de présence")
    assert headers[1] == "14/02/2006 – Comité de pilotage"
    assert "07/03/2006 – Marketing – La Maison des Jeux" in headers
    assert any(h.startswith("21/03/2006 – Mécénat") for h in headers)
    assert len(set(headers)) == len(headers)


def test_sessions_of_an_archived_volet_leave_both_sheets(demo: Database) -> None:
    with demo.transaction() as session:
        pid = find_programme(session, LILLE).id
        marketing = next(v for v in list_volets(session, pid) if v.kind == VoletKind.MARKETING)
        archive_volet(session, marketing.id)
    with demo.reading() as session:
        tables = programme_workbook(session, pid)
        figures_ = programme_indicators(session, pid)
    assert len(sheet(tables, "Séances").rows) == figures_.sessions_held
    assert not any("Marketing" in header for header in sheet(tables, "Présences").headers)
    assert sum(row[-2] for row in sheet(tables, "Présences").rows) == figures_.attendance.count


def test_budget_lines_then_the_tabs_totals(demo: Database) -> None:
    with demo.reading() as session:
        pid = find_programme(session, LILLE).id
        table = sheet(programme_workbook(session, pid), "Budget")
        view = budget.budget_view(session, pid)
    rows = records(table)
    funding = [r for r in rows if r["Nature"] == "Financement"]
    costs = [r for r in rows if r["Nature"] == "Coût"]
    assert [r["Intitulé"] for r in funding] == [line.funder_name for line in view.funding_lines]
    assert [r["Montant (prévu)"] for r in costs] == [
        line.record.planned_amount for line in view.cost_lines
    ]
    assert [r["Réalisé"] for r in costs] == [line.record.actual_amount for line in view.cost_lines]
    assert costs[0]["Volet"] == "Marketing" and costs[0]["Cabinet"] == "Horizon Marketing"
    totals = {r["Intitulé"]: r for r in rows if r["Nature"] == "Total"}
    summary = view.summary
    assert totals["Financements"]["Montant (prévu)"] == summary.funded
    assert (totals["Coûts"]["Montant (prévu)"], totals["Coûts"]["Réalisé"]) == (
        summary.planned,
        summary.actual,
    )
    assert totals["Reste à financer"]["Montant (prévu)"] == summary.unfunded


def test_followup_lists_each_participants_actions_then_waves(demo: Database) -> None:
    with demo.reading() as session:
        pid = find_programme(session, LILLE).id
        table = sheet(programme_workbook(session, pid), "Suivi")
        view = followup_view(session, pid)
    rows = records(table)
    assert sum(r["Nature"] == "Action de suivi" for r in rows) == len(view.actions)
    assert sum(r["Nature"] == "Questionnaire" for r in rows) == len(view.waves)
    assert sum(r["Durée (jours)"] or 0 for r in rows) == sum(p.done for p in view.participants)
    order = [p.name for p in view.participants]
    assert [r["Association"] for r in rows] == sorted(
        (r["Association"] for r in rows), key=order.index
    )
    answered = [r for r in rows if r["Réponse reçue le"] is not None]
    assert {r["Partenariat obtenu"] for r in answered} == {"Oui", "Non"}
    assert all(
        r["Partenariat obtenu"] == ""
        for r in rows
        if r["Nature"] == "Questionnaire" and r not in answered
    )


def test_partnerships_and_indicators_are_the_services_figures(demo: Database) -> None:
    with demo.reading() as session:
        pid = find_programme(session, LILLE).id
        tables = programme_workbook(session, pid)
        expected = programme_indicators(session, pid)
    partnerships = records(sheet(tables, "Partenariats"))
    assert sum(r["Obtenu"] == "Oui" for r in partnerships) == expected.partnerships_obtained
    obtained = [r["Montant"] for r in partnerships if r["Obtenu"] == "Oui" and r["Montant"]]
    assert sum(obtained, Decimal(0)) == expected.partnerships_amount
    rows = figures(sheet(tables, "Indicateurs"))
    assert rows["Associations accompagnées"]["Nombre"] == expected.associations == 21
    assert rows["Emplois (salariés)"]["Nombre"] == expected.jobs_headcount
    assert rows["Emplois (ETP)"]["Jours ou ETP"] == expected.jobs_fte
    assert rows["Budget du programme"]["Montant"] == expected.budget.budget
    assert rows["Budget par association"]["Montant"] == expected.budget.per_association_flat
    assert rows["Séances tenues"]["Nombre"] == expected.sessions_held
    presence = rows["Présence (toutes séances)"]
    assert (presence["Nombre"], presence["Sur"], presence["Taux"]) == (
        expected.attendance.count,
        expected.attendance.total,
        expected.attendance.ratio,
    )
    responses = rows["Réponses aux questionnaires"]
    assert (responses["Nombre"], responses["Sur"]) == (
        expected.questionnaire_responses.count,
        expected.questionnaire_responses.total,
    )
    assert rows["Jours de suivi réalisés"]["Jours ou ETP"] == expected.followup_days_done
    assert rows["Partenariats obtenus"]["Nombre"] == expected.partnerships_obtained
    assert rows["Montant des partenariats obtenus"]["Montant"] == expected.partnerships_amount
    for name, rate in expected.attendance_by_volet:
        assert rows[f"Présence, volet {name}"]["Taux"] == rate.ratio


def test_an_empty_programme_gives_headers_and_no_rows(session: Session) -> None:
    programme = create_programme(session, ProgrammeDraft(title="Vide", budget=Decimal(0)))
    tables = programme_workbook(session, programme.id)
    assert [table.title for table in tables] == SHEETS
    for table in tables[:4] + tables[5:7]:  # the lists: nothing to list
        assert table.columns and table.rows == [], table.title
    assert sheet(tables, "Présences").headers == ("Association", "Présences", "Taux de présence")
    # Budget and indicators still say their totals: zero, or nothing for per-association ones.
    assert {r["Nature"] for r in records(sheet(tables, "Budget"))} == {"Total"}
    rows = figures(sheet(tables, "Indicateurs"))
    assert rows["Associations accompagnées"]["Nombre"] == 0
    assert rows["Budget par association"]["Montant"] is None
    assert rows["Présence (toutes séances)"]["Taux"] is None


def test_an_unknown_programme_is_refused(session: Session) -> None:
    with pytest.raises(NotFoundError):
        programme_workbook(session, MISSING)


# --- the WORKBOOK export -----------------------------------------------------------------


def test_export_workbook_prepares_writes_and_describes(demo: Database, tmp_path: Path) -> None:
    with demo.reading() as session:
        job = exports.prepare(session, exports.WORKBOOK, LILLE, ISSUED)
    out = tmp_path / "Lille.xlsx"
    written = exports.write(job, out)
    assert written == [out]
    assert exports.describe(job, written, out) == f"Classeur écrit : {out}"
    workbook = openpyxl.load_workbook(out)
    assert workbook.sheetnames == SHEETS
    assert workbook.properties.title == LILLE
    participants = workbook["Participants"]
    assert participants["A1"].value == "Nom" and participants.max_row == 22
    assert isinstance(participants["Q2"].value, datetime)  # Date d'inscription: a date cell
    assert participants["B2"].data_type == "s"  # a SIRET stays text


def test_export_workbook_can_be_reproduced_byte_for_byte(demo: Database, tmp_path: Path) -> None:
    with demo.reading() as session:
        job = exports.prepare(session, exports.WORKBOOK, LILLE, ISSUED)
    first = exports.write(job, tmp_path / "a.xlsx", deterministic=True)[0]
    second = exports.write(job, tmp_path / "b.xlsx", deterministic=True)[0]
    assert first.read_bytes() == second.read_bytes()


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("folder", "est un dossier : indiquez un nom de fichier xlsx"),
        ("absent/Lille.xlsx", "n'existe pas"),
        ("Lille.pdf", "le classeur doit porter l'extension .xlsx"),
    ],
)
def test_export_workbook_refuses_a_bad_destination(
    demo: Database, tmp_path: Path, name: str, message: str
) -> None:
    folder = tmp_path / "out"
    (folder / "folder").mkdir(parents=True)
    with demo.reading() as session:
        job = exports.prepare(session, exports.WORKBOOK, LILLE, ISSUED)
    with pytest.raises(DlaError, match=message):
        exports.write(job, folder / name)
    assert [p.name for p in folder.iterdir()] == ["folder"]  # nothing written, nothing left


def test_export_workbook_of_an_unknown_programme(demo: Database) -> None:
    with demo.reading() as session, pytest.raises(NotFoundError, match="Aucun programme"):
        exports.prepare(session, exports.WORKBOOK, "Inconnu", ISSUED)


def test_the_workbook_export_loads_no_reportlab(demo_file: Path, tmp_path: Path) -> None:
    script = f"""
import sys
from datetime import date
from pathlib import Path
from dla_desktop.db.database import open_database
from dla_desktop.services import exports
database = open_database(Path({str(demo_file)!r}))
with database.reading() as session:
    job = exports.prepare(session, exports.WORKBOOK, {LILLE!r}, date(2026, 11, 23))
database.close()
exports.write(job, Path({str(tmp_path / "c.xlsx")!r}))
print(sorted(m for m in sys.modules if m.startswith(("reportlab", "pandas", "PySide6"))))
"""
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "[]"
    assert (tmp_path / "c.xlsx").exists()
