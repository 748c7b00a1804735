"""Importing a sheet: rows planned (new, known, repeated, rejected), then all or none written."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from stdnum import luhn

from dla_desktop.db.database import Database
from dla_desktop.db.models import Association, Company, Contact, Enrolment, VoletEnrolment
from dla_desktop.domain.enums import CompanySize, VoletKind
from dla_desktop.domain.errors import StaleRecordError, ValidationError
from dla_desktop.domain.imports import ImportTarget, guess_mapping
from dla_desktop.domain.records import (
    AssociationDraft,
    CompanyDraft,
    ContactDraft,
    ProgrammeDraft,
    VoletDraft,
)
from dla_desktop.domain.spreadsheets import CellKind, CsvFormat, SheetData, SourceRow
from dla_desktop.services import associations, companies, contacts, enrolment, programmes
from dla_desktop.services.imports import (
    ImportPlan,
    ImportSummary,
    MatchChoice,
    PlannedRow,
    RowFate,
    apply_import,
    plan_import,
    rejected_table,
)
from dla_desktop.services.offices import current_office
from tests.services.support import run, snapshot

HEADERS = ("Nom", "SIRET", "RNA", "Secteur", "Code postal", "Commune", "Emplois", "ETP", "Courriel")


def siret(n: int) -> str:
    """A valid SIRET (Luhn key) built from a number."""
    base = f"{n:013d}"
    return base + luhn.calc_check_digit(base)


BAD_SIRET = siret(42)[:-1] + str((int(siret(42)[-1]) + 1) % 10)


def sheet(headers: Sequence[str], *rows: Sequence[Any], first_line: int = 2) -> SheetData:
    """A CSV-like sheet built by hand: the rows are on lines 2, 3, ..."""
    source = tuple(
        SourceRow(first_line + i, tuple(row) + ("",) * (len(headers) - len(row)))
        for i, row in enumerate(rows)
    )
    return SheetData("adherents.csv", (), None, CsvFormat(), 1, tuple(headers), source)


def plan(
    session: Session,
    data: SheetData,
    target: ImportTarget = ImportTarget.ASSOCIATIONS,
    **options: Any,
) -> ImportPlan:
    return plan_import(session, target, data, guess_mapping(data.headers, target), **options)


def fates(result: ImportPlan) -> list[tuple[int, RowFate]]:
    return [(row.line, row.fate) for row in result.rows]


def row_at(result: ImportPlan, line: int) -> PlannedRow:
    return next(row for row in result.rows if row.line == line)


def association(session: Session, **values: Any) -> str:
    return associations.create_association(session, AssociationDraft(**values)).id


def stored_associations(database: Database) -> dict[str, Any]:
    """Live associations by name: their stored columns, as plain rows."""
    table = Association.__table__
    with database.reading() as session:
        rows = session.execute(select(table).where(table.c.deleted_at.is_(None)))
        return {row.name: row for row in rows}


def import_all(database: Database, data: SheetData, **options: Any) -> ImportSummary:
    """Plan and apply in one transaction, as the CLI does."""
    target = options.pop("target", ImportTarget.ASSOCIATIONS)
    programme_id = options.pop("programme_id", None)
    with database.transaction() as session:
        result = plan(session, data, target, programme_id=programme_id)
        return apply_import(session, result, **options)


# --- planning: what each row will become ----------------------------------------------------


def test_messy_rows_are_each_planned_with_the_forms_words(session: Session) -> None:
    data = sheet(
        HEADERS,
        ["Les Amis du Rail", siret(1), "W595001234", "Culture", "59000", "Lille", "3", "2,5"],
        ["Éclat", BAD_SIRET, "", "", "59100", "Roubaix"],
        ["", "", "", "Sport", "", "Tourcoing"],
        ["Trois erreurs", "123", "", "", "5900", "Lille", "beaucoup", "", "pas-un-courriel"],
        ["Les amis du rail ", "", "", "", "", "LILLE"],
        ["Sans numéro", "", "W12", "", "", "Douai"],
    )
    result = plan(session, data)
    assert fates(result) == [
        (2, RowFate.NEW),
        (3, RowFate.REJECTED),
        (4, RowFate.REJECTED),
        (5, RowFate.REJECTED),
        (6, RowFate.DUPLICATE),
        (7, RowFate.NEW),
    ]
    assert row_at(result, 3).errors == (
        "SIRET : clé de contrôle incorrecte (un chiffre est probablement mal saisi).",
    )
    assert row_at(result, 4).errors == ("Nom : à renseigner.",)
    assert row_at(result, 4).label == "(sans nom)"
    # every wrong field of the row, in the order of the file's columns
    assert row_at(result, 5).errors == (
        "SIRET : doit compter 14 chiffres (et non 3).",
        "Code postal : un code postal compte 5 chiffres.",
        "Emplois : nombre entier attendu.",
        "Courriel : adresse électronique invalide.",
    )
    assert row_at(result, 6).duplicate_of == 2
    # an RNA that is not W + 9 digits is kept (Alsace-Moselle), with the form's warning
    assert row_at(result, 7).warnings == (
        "Numéro RNA : un numéro RNA s'écrit W suivi de 9 chiffres.",
    )


def test_planned_values_are_normalised_and_empty_cells_left_out(session: Session) -> None:
    data = sheet(HEADERS, ["  Les Amis  ", siret(1)[:5] + " " + siret(1)[5:], "w595001234"])
    [row] = plan(session, data).rows
    assert row.label == "Les Amis"
    assert row.values == {"name": "Les Amis", "siret": siret(1), "rna": "W595001234"}


def test_an_unreadable_cell_stays_as_its_text_in_the_preview(session: Session) -> None:
    [row] = plan(session, sheet(HEADERS, ["A", "", "", "", "", "", "douze"])).rows
    assert row.values["employees"] == "douze"
    assert row.errors == ("Emplois : nombre entier attendu.",)


def test_workbook_cells_typed_as_numbers_and_floats(session: Session) -> None:
    data = sheet(HEADERS, ["A", float(siret(3)), "", "", 2000, "Bourg", 12.0, 1.25])
    [row] = plan(session, data).rows
    assert row.fate == RowFate.NEW
    assert row.values["siret"] == siret(3)
    assert row.values["postal_code"] == "02000"
    assert (row.values["employees"], row.values["fte"]) == (12, Decimal("1.25"))


def test_matches_by_siret_then_rna_then_name_and_town(database: Database) -> None:
    def existing(session: Session) -> dict[str, str]:
        return {
            "siret": association(session, name="Par SIRET", siret=siret(1), town="Lille"),
            "rna": association(session, name="Par RNA", rna="W595000001"),
            "name": association(session, name="Éclat d'Été", town="Villeneuve-d'Ascq"),
            "archived": association(session, name="Archivée", siret=siret(9)),
        }

    ids = run(database, existing)
    run(database, lambda s: associations.archive_association(s, ids["archived"]))
    data = sheet(
        HEADERS,
        ["Autre nom", siret(1)],
        ["Encore un autre", "", "w595000001"],
        ["ECLAT D'ETE", "", "", "", "", "villeneuve-d'ascq"],
        ["Éclat d'Été", siret(5), "", "", "", "Roubaix"],  # same name, another town
        ["Archivée", siret(9)],  # an archived record is no match
    )
    with database.reading() as session:
        result = plan(session, data)
    assert fates(result) == [
        (2, RowFate.MATCH),
        (3, RowFate.MATCH),
        (4, RowFate.MATCH),
        (5, RowFate.NEW),
        (6, RowFate.NEW),
    ]
    by_siret, by_rna, by_name = result.rows[:3]
    assert (by_siret.match_id, by_siret.match_reason) == (ids["siret"], "même SIRET")
    assert by_siret.match_label == "Par SIRET (Lille)"
    assert by_siret.match_version == 1
    assert (by_rna.match_id, by_rna.match_reason) == (ids["rna"], "même RNA")
    assert (by_name.match_id, by_name.match_reason) == (ids["name"], "même nom et même commune")


def test_same_name_and_town_but_another_siret_is_another_association(database: Database) -> None:
    run(database, lambda s: association(s, name="Les Amis", town="Lille", siret=siret(1)))
    data = sheet(HEADERS, ["Les Amis", siret(2), "", "", "", "Lille"], ["Les Amis", "", "W1"])
    with database.reading() as session:
        result = plan(session, data)
    assert fates(result)[0] == (2, RowFate.NEW)


def test_rows_repeating_an_earlier_row_by_any_key_are_duplicates(session: Session) -> None:
    data = sheet(
        HEADERS,
        ["Un", siret(1), "W595000001"],
        ["UN", siret(1)],  # a name written otherwise is the same name
        ["Un", "", "W595000001"],
        ["Deux", "", "", "", "", "Lille"],
        ["deux", "", "", "", "", "lille"],
    )
    result = plan(session, data)
    assert [(row.fate, row.duplicate_of) for row in result.rows] == [
        (RowFate.NEW, None),
        (RowFate.DUPLICATE, 2),
        (RowFate.DUPLICATE, 2),
        (RowFate.NEW, None),
        (RowFate.DUPLICATE, 5),
    ]


def test_a_repeated_row_completes_the_row_it_repeats(database: Database) -> None:
    data = sheet(
        HEADERS,
        ["Les Amis", "", "", "", "", "Lille"],
        ["les amis", siret(1), "", "Culture", "", "LILLE", "0"],  # adds a SIRET, a sector...
        ["Les Amis", siret(1), "", "", "", "", "", "", "a@b.fr"],  # ...found by it, adds more
        ["Les Amis", siret(2), "", "", "", "Lille"],  # another SIRET: another association
    )
    with database.reading() as session:
        result = plan(session, data)
    assert [(row.fate, row.duplicate_of) for row in result.rows] == [
        (RowFate.NEW, None),
        (RowFate.DUPLICATE, 2),
        (RowFate.DUPLICATE, 2),
        (RowFate.NEW, None),
    ]
    # the preview shows the first row as it will be written; the counts are the rows'
    assert row_at(result, 2).values == {
        "name": "Les Amis",
        "town": "Lille",
        "siret": siret(1),
        "sector": "Culture",
        "employees": 0,
        "email": "a@b.fr",
    }
    assert [result.count(fate) for fate in RowFate] == [2, 0, 2, 0]
    summary = import_all(database, data)
    assert summary == ImportSummary(created=2, skipped=2)
    stored = {row.siret: row for row in stored_associations_list(database)}
    assert set(stored) == {siret(1), siret(2)}
    first = stored[siret(1)]
    assert (first.name, first.town, first.sector, first.employees, first.email) == (
        "Les Amis",
        "Lille",
        "Culture",
        0,
        "a@b.fr",
    )


def stored_associations_list(database: Database) -> list[Any]:
    """Live associations, several of which may share a name."""
    table = Association.__table__
    with database.reading() as session:
        return list(session.execute(select(table).where(table.c.deleted_at.is_(None))))


def test_a_completed_row_is_matched_again_against_the_database(database: Database) -> None:
    known = run(database, lambda s: association(s, name="Amis du Rail", siret=siret(1)))
    data = sheet(
        HEADERS, ["Les Amis", "", "", "", "", "Lille"], ["Les Amis", siret(1), "", "", "", "Lille"]
    )
    with database.reading() as session:
        first = plan(session, data).rows[0]
    assert (first.fate, first.match_id, first.match_reason) == (RowFate.MATCH, known, "même SIRET")
    assert import_all(database, data) == ImportSummary(merged=1, skipped=1)
    merged = stored_associations(database)["Les Amis"]
    assert (merged.id, merged.siret, merged.town) == (known, siret(1), "Lille")


def test_a_repeated_row_that_disagrees_is_rejected_and_says_why(database: Database) -> None:
    data = sheet(
        HEADERS,
        ["Les Amis", siret(1), "W595000001", "", "", "Lille", "", "", "a@b.fr"],
        ["Les Amis", siret(2), "W595000001"],  # found by its RNA, another SIRET
        ["les amis", "", "", "Culture", "", "Lille", "", "", "autre@b.fr"],
        ["Voisins", "", "W595000002"],
        ["Les Amis", siret(1), "W595000002"],  # the SIRET of line 2, the RNA of line 5
    )
    with database.reading() as session:
        result = plan(session, data)
    assert fates(result) == [
        (2, RowFate.NEW),
        (3, RowFate.REJECTED),
        (4, RowFate.REJECTED),
        (5, RowFate.NEW),
        (6, RowFate.REJECTED),
    ]
    assert row_at(result, 3).errors == (
        f"Répète la ligne 2 mais SIRET diffère : « {siret(2)} » ici, « {siret(1)} » ligne 2.",
    )
    assert row_at(result, 4).errors == (
        "Répète la ligne 2 mais Courriel diffère : « autre@b.fr » ici, « a@b.fr » ligne 2.",
    )
    assert row_at(result, 6).errors == (
        "Répète la ligne 2 et la ligne 5, qui sont deux fiches différentes.",
    )
    # nothing of a rejected row goes into the row it repeats
    assert "sector" not in row_at(result, 2).values
    assert [result.count(fate) for fate in RowFate] == [2, 0, 0, 3]
    with pytest.raises(ValidationError, match="3 lignes rejetées"):
        import_all(database, data)
    assert import_all(database, data, skip_rejected=True) == ImportSummary(created=2, rejected=3)
    amis = stored_associations(database)["Les Amis"]
    assert (amis.siret, amis.email, amis.sector) == (siret(1), "a@b.fr", "")


def test_a_preview_plans_only_the_first_rows(session: Session) -> None:
    data = sheet(HEADERS, *([f"Asso {i}"] for i in range(10)))
    assert len(plan(session, data, limit=3).rows) == 3


def test_a_missing_required_column_is_refused_before_any_row(session: Session) -> None:
    data = sheet(("Commune", "SIRET"), ["Lille", siret(1)])
    with pytest.raises(ValidationError) as caught:
        plan(session, data)
    assert caught.value.message == "Aucune colonne n'est associée au champ obligatoire « Nom »."


@pytest.mark.parametrize(
    ("mapping", "said"),
    [
        ({0: "name", 1: "nom"}, "Champ inconnu « nom » pour cet import."),
        ({0: "name", 7: "town"}, "Le fichier n'a pas de colonne n° 8."),
        ({0: "name", 1: "name"}, "Le champ « Nom » est associé à deux colonnes."),
    ],
)
def test_a_wrong_mapping_is_refused_in_french(
    session: Session, mapping: dict[int, str], said: str
) -> None:
    with pytest.raises(ValidationError, match=said):
        plan_import(session, ImportTarget.ASSOCIATIONS, sheet(("A", "B"), ["x", "y"]), mapping)


# --- applying: all accepted rows, or none -------------------------------------------------


def test_new_rows_are_created_with_sort_name_office_stamp_and_text_kept(
    database: Database,
) -> None:
    data = sheet(
        HEADERS,
        ["Éclat <&> 🎭", siret(1), "W595001234", "Culture", "59000", "Lille", "3", "2,5", "a@b.fr"],
        ["Zèbre & Co", "", "", "", "", "", "", "", ""],
    )
    summary = import_all(database, data)
    assert summary == ImportSummary(created=2)
    stored = stored_associations(database)
    eclat = stored["Éclat <&> 🎭"]
    assert eclat.sort_name == "eclat <&> 🎭"
    assert (eclat.siret, eclat.rna, eclat.postal_code, eclat.town) == (
        siret(1),
        "W595001234",
        "59000",
        "Lille",
    )
    assert (eclat.employees, eclat.fte, eclat.email) == (3, Decimal("2.50"), "a@b.fr")
    assert stored["Zèbre & Co"].sort_name == "zebre & co"
    with database.reading() as session:
        office = current_office(session)
    assert office is not None
    assert {row.changed_by_office_id for row in stored.values()} == {office.id}
    assert all(row.version == 1 for row in stored.values())


def test_merge_overwrites_with_non_empty_cells_and_keeps_the_rest(database: Database) -> None:
    stored_id = run(
        database,
        lambda s: association(
            s, name="Les Amis", siret=siret(1), sector="Culture", town="Lille", employees=4
        ),
    )
    data = sheet(HEADERS, ["Les Amis du Rail", siret(1), "", "", "59000", "", "0", "", ""])
    summary = import_all(database, data)
    assert summary == ImportSummary(merged=1)
    row = stored_associations(database)["Les Amis du Rail"]
    assert row.id == stored_id
    assert row.sort_name == "les amis du rail"
    assert (row.sector, row.town, row.postal_code) == ("Culture", "Lille", "59000")
    assert row.employees == 0  # "0" is a value, not an empty cell
    assert row.version == 2


@pytest.mark.parametrize(
    ("choice", "expected", "names"),
    [
        (MatchChoice.SKIP, ImportSummary(skipped=1), ["Les Amis"]),
        (MatchChoice.CREATE, ImportSummary(created=1), ["Les Amis", "Les Amis bis"]),
    ],
)
def test_skip_or_create_a_match(
    database: Database, choice: MatchChoice, expected: ImportSummary, names: list[str]
) -> None:
    run(database, lambda s: association(s, name="Les Amis", siret=siret(1)))
    data = sheet(HEADERS, ["Les Amis bis", siret(1)])
    assert import_all(database, data, choices={2: choice}) == expected
    assert sorted(stored_associations(database)) == names


def test_default_choice_applies_to_matches_without_their_own_choice(database: Database) -> None:
    run(
        database,
        lambda s: [association(s, name=n, siret=siret(i)) for i, n in ((1, "A"), (2, "B"))],
    )
    data = sheet(HEADERS, ["A2", siret(1)], ["B2", siret(2)], ["C"], ["a2", siret(1)])
    summary = import_all(
        database, data, choices={2: MatchChoice.MERGE}, default_choice=MatchChoice.SKIP
    )
    assert summary == ImportSummary(created=1, merged=1, skipped=2)  # B2 skipped, a2 repeats A2
    assert sorted(stored_associations(database)) == ["A2", "B", "C"]


def test_rejected_rows_refuse_the_whole_import_and_the_database_is_untouched(
    database: Database,
) -> None:
    run(database, lambda s: association(s, name="Connue", siret=siret(1)))
    data = sheet(HEADERS, ["Nouvelle"], ["Connue mieux", siret(1)], ["Mauvaise", BAD_SIRET])
    before = snapshot(database)
    with pytest.raises(ValidationError) as caught, database.transaction() as session:
        apply_import(session, plan(session, data))
    assert caught.value.message == (
        "1 ligne rejetée : rien n'a été importé. Corrigez le fichier, ou importez sans ces lignes."
    )
    assert snapshot(database) == before


def test_skip_rejected_imports_the_other_rows(database: Database) -> None:
    data = sheet(HEADERS, ["Nouvelle"], ["Mauvaise", BAD_SIRET], ["Autre", "", "", "", "x"])
    summary = import_all(database, data, skip_rejected=True)
    assert summary == ImportSummary(created=1, rejected=2)
    assert list(stored_associations(database)) == ["Nouvelle"]


def test_a_fatal_error_mid_import_rolls_everything_back(database: Database) -> None:
    # GIVEN a plan made while another window had the matched record open
    stored_id = run(database, lambda s: association(s, name="Les Amis", siret=siret(1)))
    data = sheet(HEADERS, *([f"Nouvelle {i}"] for i in range(50)), ["Les Amis 2", siret(1)])
    with database.reading() as session:
        result = plan(session, data)
    # WHEN that window saves first, then the import is applied
    run(
        database,
        lambda s: associations.update_association(
            s, stored_id, AssociationDraft(name="Les Amis", siret=siret(1), town="Lille"), 1
        ),
    )
    before = snapshot(database)
    with pytest.raises(StaleRecordError), database.transaction() as session:
        apply_import(session, result)
    # THEN the 50 new rows written before the stale merge are gone too
    assert snapshot(database) == before


def test_two_rows_merging_into_one_record_follow_each_other(database: Database) -> None:
    run(database, lambda s: association(s, name="X", siret=siret(1), rna="W595000001"))
    # the second row is not a duplicate of the first (their RNAs differ) but finds X too
    data = sheet(HEADERS, ["X", "", "W595000001", "Culture"], ["X", siret(1), "W595000002"])
    assert import_all(database, data) == ImportSummary(merged=2)
    row = stored_associations(database)["X"]
    assert (row.sector, row.rna, row.version) == ("Culture", "W595000002", 3)


def test_the_association_planner_runs_every_check_of_the_form() -> None:
    # AssociationPlanner.check runs association_checker alone: were a unique rule added to
    # ASSOCIATIONS, the import would have to run it too.
    assert associations.ASSOCIATIONS.unique is None


def test_summary_sentences() -> None:
    assert ImportSummary(created=1).describe() == "1 fiche créée"
    assert (
        ImportSummary(created=12, merged=3, skipped=1, rejected=2).describe()
        == "12 fiches créées, 3 fusionnées, 1 ignorée, 2 rejetées"
    )
    assert ImportSummary(merged=1, skipped=2).describe() == "1 fiche fusionnée, 2 ignorées"
    assert ImportSummary().describe() == "Aucune fiche importée"
    assert ImportSummary(created=10_000).describe() == "10\u00a0000 fiches créées"
    assert (
        ImportSummary(created=2, enrolled=1).describe()
        == "2 fiches créées ; 1 association inscrite au programme"
    )


def test_rejected_table_gives_the_rows_as_read_with_their_reasons(session: Session) -> None:
    data = sheet(
        HEADERS,
        ["Bonne"],
        ["Mauvaise", BAD_SIRET, "", "", 59000, "", 2.5],
        ["", "", "", "", "", "", "", "", "x@"],
    )
    table = rejected_table(data, plan(session, data))
    assert table.title == "Lignes rejetées"
    assert table.headers == ("Ligne", *HEADERS, "Motif du rejet")
    assert table.columns[0].kind == CellKind.INTEGER
    assert all(column.kind == CellKind.TEXT for column in table.columns[1:])
    assert [list(row) for row in table.rows] == [
        [
            3,
            "Mauvaise",
            BAD_SIRET,
            "",
            "",
            "59000",
            "",
            "2.5",
            "",
            "",
            "SIRET : clé de contrôle incorrecte (un chiffre est probablement mal saisi). "
            "Emplois : nombre entier attendu.",
        ],
        [
            4,
            *([""] * 8),
            "x@",
            "Nom : à renseigner. Courriel : adresse électronique invalide.",
        ],
    ]


# --- companies -------------------------------------------------------------------------------


def test_companies_match_by_siret_siren_or_name_and_take_sizes_by_label(
    database: Database,
) -> None:
    siren = siret(7)[:9]
    known = run(
        database,
        lambda s: companies.create_company(s, CompanyDraft(name="Torréfaction", siret=siret(7))),
    )
    headers = ("Raison sociale", "SIRET", "SIREN", "Taille", "Ville", "CSE")
    other_siret = siren + "00099"
    other_siret = other_siret[:-1] + luhn.calc_check_digit(other_siret[:-1])
    data = sheet(
        headers,
        ["Torréfaction des Flandres", "", siren, "PME", "Lille", "oui"],
        ["Nouvelle", "", "", "grand groupe", "", "non"],
        ["Mauvaise", "", "", "Multinationale", "", "peut-être"],
    )
    with database.transaction() as session:
        result = plan(session, data, ImportTarget.COMPANIES)
        assert fates(result) == [(2, RowFate.MATCH), (3, RowFate.NEW), (4, RowFate.REJECTED)]
        assert (result.rows[0].match_id, result.rows[0].match_reason) == (known.id, "même SIREN")
        assert result.rows[2].errors == (
            "Taille : valeur inconnue « Multinationale ».",
            "CSE : oui ou non attendu.",
        )
        summary = apply_import(session, result, skip_rejected=True)
    assert summary == ImportSummary(created=1, merged=1, rejected=1)
    with database.reading() as session:
        rows = {row.name: row for row in session.execute(select(Company.__table__))}
    assert rows["Torréfaction des Flandres"].size == CompanySize.PME.value
    assert rows["Torréfaction des Flandres"].has_cse is True
    assert rows["Torréfaction des Flandres"].siret == siret(7)  # kept: the cell was empty
    assert (rows["Nouvelle"].size, rows["Nouvelle"].sort_name) == ("ge", "nouvelle")


# --- contacts --------------------------------------------------------------------------------

CONTACT_HEADERS = ("Nom", "Prénom", "Fonction", "Courriel", "Association", "Entreprise")


@pytest.fixture
def structures(database: Database) -> dict[str, str]:
    def build(session: Session) -> dict[str, str]:
        return {
            "rail": association(session, name="Les Amis du Rail", siret=siret(1)),
            "eclat": association(session, name="Éclat", rna="W595000001"),
            "twin1": association(session, name="Jumelle", town="Lille"),
            "twin2": association(session, name="Jumelle", town="Douai"),
            "torref": companies.create_company(session, CompanyDraft(name="Torréfaction")).id,
        }

    return run(database, build)


def test_contacts_find_their_structure_by_name_siret_or_rna(
    database: Database, structures: dict[str, str]
) -> None:
    data = sheet(
        CONTACT_HEADERS,
        ["Dupont", "Marie", "Présidente", "marie@example.org", "les amis du rail"],
        ["Martin", "Paul", "", "", siret(1)[:9] + " " + siret(1)[9:]],
        ["Durand", "Léa", "", "", "w 595000001"],
        ["Petit", "Jean", "", "", "", "TORREFACTION"],
        ["Inconnu", "", "", "", "Nulle Part"],
        ["Double", "", "", "", "Jumelle"],
        ["Deux", "", "", "", "Éclat", "Torréfaction"],
        ["", "Sans nom", "", "", "Éclat"],
    )
    with database.transaction() as session:
        result = plan(session, data, ImportTarget.CONTACTS)
        assert [row.fate for row in result.rows] == [RowFate.NEW] * 4 + [RowFate.REJECTED] * 4
        assert [row.errors for row in result.rows[4:]] == [
            ("Association : « Nulle Part » introuvable.",),
            ("Association : « Jumelle » désigne plusieurs fiches ; indiquez son SIRET.",),
            (
                "Association : un contact appartient à une seule structure "
                "(association, entreprise, cabinet ou financeur).",
            ),
            ("Nom : à renseigner.",),
        ]
        assert result.rows[0].label == "DUPONT Marie"
        assert result.rows[0].values["association"] == "les amis du rail"
        apply_import(session, result, skip_rejected=True)
    with database.reading() as session:
        owners = {
            row.last_name: (row.association_id, row.company_id)
            for row in session.scalars(select(Contact))
        }
    assert owners == {
        "Dupont": (structures["rail"], None),
        "Martin": (structures["rail"], None),
        "Durand": (structures["eclat"], None),
        "Petit": (None, structures["torref"]),
    }


def test_contacts_match_by_email_or_by_name_within_their_structure(
    database: Database, structures: dict[str, str]
) -> None:
    def existing(session: Session) -> list[str]:
        return [
            contacts.create_contact(session, draft).id
            for draft in (
                ContactDraft(
                    last_name="Dupont",
                    first_name="Marie",
                    email="Marie@Example.org",
                    phone="01 99 00 00 01",
                    association_id=structures["rail"],
                ),
                ContactDraft(
                    last_name="Martin", first_name="Paul", company_id=structures["torref"]
                ),
            )
        ]

    marie, paul = run(database, existing)
    data = sheet(
        CONTACT_HEADERS,
        ["Dupont-Leroy", "Marie", "Trésorière", "marie@example.org", "", "Torréfaction"],
        ["MARTIN", "paul", "Directeur", "", "", "Torréfaction"],
        ["Martin", "Paul", "", "", "Éclat"],  # another Paul Martin, elsewhere
    )
    with database.transaction() as session:
        result = plan(session, data, ImportTarget.CONTACTS)
        assert [(row.fate, row.match_id, row.match_reason) for row in result.rows] == [
            (RowFate.MATCH, marie, "même courriel"),
            (RowFate.MATCH, paul, "même nom et même prénom, dans la même structure"),
            (RowFate.NEW, None, ""),
        ]
        assert result.rows[0].match_label == "DUPONT Marie"
        apply_import(session, result)
    merged = run(database, lambda s: contacts.get_contact(s, marie))
    # the structure named in the file replaces the stored one; the phone (no column) stays
    assert (merged.last_name, merged.role, merged.phone) == (
        "Dupont-Leroy",
        "Trésorière",
        "01 99 00 00 01",
    )
    assert (merged.association_id, merged.company_id) == (None, structures["torref"])


def test_repeated_contact_rows_complete_or_disagree(
    session: Session, structures: dict[str, str]
) -> None:
    data = sheet(
        CONTACT_HEADERS,
        ["Dupont", "Marie", "", "", "Éclat"],
        ["DUPONT", "Marie", "Présidente", "marie@example.org", "W595000001"],  # the same Éclat
        ["Dupont", "Marie", "", "", "Les Amis du Rail"],  # another structure: another person
        ["Dupond", "Marie", "", "marie@example.org", "Éclat"],
        ["Dupont", "Marie", "", "marie@example.org", "", "Torréfaction"],
    )
    result = plan(session, data, ImportTarget.CONTACTS)
    assert fates(result) == [
        (2, RowFate.NEW),
        (3, RowFate.DUPLICATE),
        (4, RowFate.NEW),
        (5, RowFate.REJECTED),
        (6, RowFate.REJECTED),
    ]
    first = result.rows[0]
    assert first.prepared is not None
    assert (first.prepared.draft.role, first.prepared.draft.email) == (
        "Présidente",
        "marie@example.org",
    )
    assert first.prepared.draft.association_id == structures["eclat"]
    assert row_at(result, 5).errors == (
        "Répète la ligne 2 mais Nom diffère : « Dupond » ici, « Dupont » ligne 2.",
    )
    assert row_at(result, 6).errors == (
        "Répète la ligne 2 ; les deux réunies sont refusées : Association : un contact "
        "appartient à une seule structure (association, entreprise, cabinet ou financeur).",
    )


def test_contacts_need_a_structure_column(session: Session) -> None:
    with pytest.raises(ValidationError, match="Associez une colonne « Association »"):
        plan(session, sheet(("Nom", "Prénom"), ["Dupont", "Marie"]), ImportTarget.CONTACTS)


# --- participants of a programme -------------------------------------------------------------

PARTICIPANT_HEADERS = ("Nom", "SIRET", "Commune", "Volets", "Date d'inscription", "Jours de suivi")


@pytest.fixture
def programme(database: Database) -> dict[str, str]:
    def build(session: Session) -> dict[str, str]:
        lille = programmes.create_programme(session, ProgrammeDraft(title="Lille 2026")).id

        def volet(kind: VoletKind, label: str = "") -> str:
            draft = VoletDraft(programme_id=lille, kind=kind, label=label)
            return programmes.create_volet(session, draft).id

        ids = {
            "programme": lille,
            "marketing": volet(VoletKind.MARKETING),
            "mecenat": volet(VoletKind.MECENAT, "Mécénat / partenariats"),
            "autre1": volet(VoletKind.AUTRE, "Gouvernance"),
            "autre2": volet(VoletKind.AUTRE, "Numérique"),
            "enrolled": association(session, name="Déjà là", siret=siret(1), town="Lille"),
            "known": association(session, name="Connue", siret=siret(2)),
        }
        enrolment.enrol_associations(session, lille, [ids["enrolled"]])
        return ids

    return run(database, build)


def memberships(database: Database, programme_id: str) -> dict[str, set[str]]:
    """Association name -> ids of the volets it is in."""
    with database.reading() as session:
        rows = session.execute(
            select(Association.name, VoletEnrolment.volet_id)
            .join(VoletEnrolment, VoletEnrolment.association_id == Association.id)
            .where(VoletEnrolment.deleted_at.is_(None))
        )
        joined: dict[str, set[str]] = {}
        for name, volet_id in rows:
            joined.setdefault(name, set()).add(volet_id)
        return joined


def test_participants_are_enrolled_with_their_volets(
    database: Database, programme: dict[str, str]
) -> None:
    data = sheet(
        PARTICIPANT_HEADERS,
        ["Nouvelle", "", "Lille", "Marketing, mécénat / partenariats", "12/03/2026", "2,5"],
        ["Connue", siret(2), "", "Gouvernance + numérique"],
        ["Déjà là", siret(1), "", "marketing"],
        ["Perdue", "", "", "Fiscalité; Cuisine"],
        ["Autre", "", "", "Autre"],  # two volets of kind « Autre »: the kind names neither
        ["Mauvaise date", "", "", "", "31/02/2026", "400"],
    )
    programme_id = programme["programme"]
    with database.transaction() as session:
        result = plan(session, data, ImportTarget.PARTICIPANTS, programme_id=programme_id)
        assert [(row.fate, row.match_reason) for row in result.rows] == [
            (RowFate.NEW, ""),
            (RowFate.MATCH, "même SIRET"),
            (RowFate.MATCH, "même SIRET, déjà inscrite au programme"),
            (RowFate.REJECTED, ""),
            (RowFate.REJECTED, ""),
            (RowFate.REJECTED, ""),
        ]
        assert [row.errors for row in result.rows[3:]] == [
            ("Volets : « Fiscalité » et « Cuisine » ne sont pas des volets de ce programme.",),
            ("Volets : « Autre » n'est pas un volet de ce programme.",),
            (
                "Date d'inscription : date invalide.",
                "Jours de suivi prévus : 365 au plus.",
            ),
        ]
        summary = apply_import(session, result, skip_rejected=True)
    assert summary == ImportSummary(created=1, merged=2, rejected=3, enrolled=2)
    joined = memberships(database, programme_id)
    assert joined == {
        "Nouvelle": {programme["marketing"], programme["mecenat"]},
        "Connue": {programme["autre1"], programme["autre2"]},
        "Déjà là": {programme["marketing"]},
    }
    with database.reading() as session:
        rows = session.execute(
            select(Association.name, Enrolment.status_date, Enrolment.followup_days_planned)
            .join(Enrolment, Enrolment.association_id == Association.id)
            .where(Enrolment.programme_id == programme_id, Enrolment.deleted_at.is_(None))
        ).all()
    assert sorted(rows) == [
        ("Connue", None, Decimal("1.50")),
        ("Déjà là", None, Decimal("1.50")),
        ("Nouvelle", date(2026, 3, 12), Decimal("2.50")),
    ]


def test_a_participant_on_several_rows_joins_every_volet_they_name(
    database: Database, programme: dict[str, str]
) -> None:
    # one row per association and volet, as many registration sheets are laid out
    data = sheet(
        PARTICIPANT_HEADERS,
        ["Nouvelle", "", "Lille", "Marketing"],
        ["Nouvelle", "", "Lille", "Gouvernance"],
        ["Nouvelle", "", "Lille", "Numérique"],
    )
    summary = import_all(
        database, data, target=ImportTarget.PARTICIPANTS, programme_id=programme["programme"]
    )
    assert summary == ImportSummary(created=1, skipped=2, enrolled=1)
    joined = memberships(database, programme["programme"])
    assert joined["Nouvelle"] == {programme[v] for v in ("marketing", "autre1", "autre2")}


def test_repeated_participant_rows_complete_the_enrolment_or_are_rejected(
    database: Database, programme: dict[str, str]
) -> None:
    data = sheet(
        PARTICIPANT_HEADERS,
        ["Nouvelle", "", "Lille", "Marketing"],
        ["Nouvelle", "", "Lille", "Gouvernance", "12/03/2026"],
        ["Nouvelle", "", "Lille", "Numérique", "13/03/2026", "2"],
    )
    programme_id = programme["programme"]
    with database.transaction() as session:
        result = plan(session, data, ImportTarget.PARTICIPANTS, programme_id=programme_id)
        assert fates(result) == [(2, RowFate.NEW), (3, RowFate.DUPLICATE), (4, RowFate.REJECTED)]
        assert result.rows[0].values["status_date"] == date(2026, 3, 12)
        assert result.rows[2].errors == (
            "Répète la ligne 2 mais Date d'inscription diffère : "
            "« 13/03/2026 » ici, « 12/03/2026 » ligne 2.",
        )
        summary = apply_import(session, result, skip_rejected=True)
    assert summary == ImportSummary(created=1, skipped=1, rejected=1, enrolled=1)
    # the volets of the repeating row still join; the rejected row's do not
    joined = memberships(database, programme_id)
    assert joined["Nouvelle"] == {programme["marketing"], programme["autre1"]}
    with database.reading() as session:
        status_date = session.scalar(
            select(Enrolment.status_date)
            .join(Association, Association.id == Enrolment.association_id)
            .where(Association.name == "Nouvelle")
        )
    assert status_date == date(2026, 3, 12)


def test_participants_need_a_live_programme(database: Database, programme: dict[str, str]) -> None:
    data = sheet(PARTICIPANT_HEADERS, ["Nouvelle"])
    with database.reading() as session:
        with pytest.raises(ValidationError, match="Programme : à choisir"):
            plan(session, data, ImportTarget.PARTICIPANTS)
        with pytest.raises(ValidationError, match="Programme : introuvable"):
            plan(session, data, ImportTarget.PARTICIPANTS, programme_id="inconnu")


def test_rejected_participants_leave_the_programme_untouched(
    database: Database, programme: dict[str, str]
) -> None:
    data = sheet(PARTICIPANT_HEADERS, ["Nouvelle", "", "", "Marketing"], ["X", "", "", "Cuisine"])
    before = snapshot(database)
    with pytest.raises(ValidationError), database.transaction() as session:
        result = plan(session, data, ImportTarget.PARTICIPANTS, programme_id=programme["programme"])
        apply_import(session, result)
    assert snapshot(database) == before


# --- real files, as people send them ---------------------------------------------------------


def read(path: Path) -> SheetData:
    from dla_desktop.documents.spreadsheets.reading import read_sheet

    return read_sheet(path)


def messy_rows() -> list[list[Any]]:
    """Accents, a bad SIRET, a repeated row, dates in three formats, an empty line."""
    return [
        ["Nom", "SIRET", "Code postal", "Commune", "ETP", "Date d'inscription"],
        ["Théâtre de l'Écluse", siret(11), "59000", "Lille", "1,5", "12/03/2026"],
        ["Cœur d'Artichaut", BAD_SIRET, "59100", "Roubaix", "", "2026-03-13"],
        ["", "", "", "", "", ""],
        ["Théâtre de l'Écluse", siret(11), "59000", "Lille", "1,5", "12/03/2026"],
        ["Zèbre à Pois", "", "02000", "Laon", "0,5", "14.03.2026"],
    ]


@pytest.mark.parametrize(
    ("encoding", "bom"), [("cp1252", False), ("utf-8", True)], ids=["windows-1252", "utf-8-bom"]
)
def test_a_french_csv_imports_with_its_report_right(
    database: Database, programme: dict[str, str], tmp_path: Path, encoding: str, bom: bool
) -> None:
    from tests.spreadsheet_files import csv_file

    data = read(csv_file(tmp_path / "liste.csv", messy_rows(), encoding=encoding, bom=bom))
    with database.transaction() as session:
        result = plan(session, data, ImportTarget.PARTICIPANTS, programme_id=programme["programme"])
        assert fates(result) == [
            (2, RowFate.NEW),
            (3, RowFate.REJECTED),
            (5, RowFate.DUPLICATE),
            (6, RowFate.NEW),
        ]
        assert result.rows[1].label == "Cœur d'Artichaut (Roubaix)"
        before = snapshot(database)
        with pytest.raises(ValidationError):
            apply_import(session, result)
    assert snapshot(database) == before  # refused: nothing written
    summary = import_all(
        database,
        data,
        target=ImportTarget.PARTICIPANTS,
        programme_id=programme["programme"],
        skip_rejected=True,
    )
    assert summary == ImportSummary(created=2, skipped=1, rejected=1, enrolled=2)
    stored = stored_associations(database)
    assert stored["Théâtre de l'Écluse"].fte == Decimal("1.50")
    assert stored["Zèbre à Pois"].postal_code == "02000"


def test_a_workbook_with_a_merged_title_formulas_and_typed_dates(
    database: Database, programme: dict[str, str], tmp_path: Path
) -> None:
    from tests.spreadsheet_files import xlsx_file, xlsx_with_cached_formulas

    rows: list[list[Any]] = [
        ["Nom", "Code postal", "Emplois", "ETP", "Date d'inscription"],
        ["Les Amis", 2000, 3, 1.5, date(2026, 3, 12)],
        ["Les Autres", "59000", ("=C3*2", 8), ("=D2+1", 2.5), "13/03/2026"],
    ]
    titled = read(xlsx_file(tmp_path / "titre.xlsx", rows[:2], title="Adhérents 2026"))
    formulas = read(xlsx_with_cached_formulas(tmp_path / "formules.xlsx", rows))
    with database.reading() as session:
        [amis] = plan(
            session, titled, ImportTarget.PARTICIPANTS, programme_id=programme["programme"]
        ).rows
        _, autres = plan(
            session, formulas, ImportTarget.PARTICIPANTS, programme_id=programme["programme"]
        ).rows
    assert amis.fate == autres.fate == RowFate.NEW
    assert amis.values == {
        "name": "Les Amis",
        "postal_code": "02000",
        "employees": 3,
        "fte": Decimal("1.50"),
        "status_date": date(2026, 3, 12),
    }
    assert (autres.values["employees"], autres.values["fte"]) == (8, Decimal("2.50"))
    assert autres.values["status_date"] == date(2026, 3, 13)


@pytest.mark.slow
def test_ten_thousand_rows_from_a_csv(database: Database, tmp_path: Path) -> None:
    from tests.spreadsheet_files import csv_file

    header = ["Nom", "SIRET", "RNA", "Secteur", "Code postal", "Commune", "Emplois", "ETP"]
    rows = [
        [f"Association n° {i}", siret(i), f"W59{i:07d}", "Culture", "59000", "Lille", i % 9, "1,5"]
        for i in range(10_000)
    ]
    rows[5000][1] = BAD_SIRET
    rows.append(list(rows[10]))  # a repeated row at the end
    data = read(csv_file(tmp_path / "grand.csv", [header, *rows]))
    before = snapshot(database)
    with pytest.raises(ValidationError), database.transaction() as session:
        apply_import(session, plan(session, data))
    assert snapshot(database) == before
    summary = import_all(database, data, skip_rejected=True)
    assert summary == ImportSummary(created=9_999, skipped=1, rejected=1)
    with database.reading() as session:
        count = session.scalar(select(func.count()).select_from(Association))
        last = session.scalar(select(Association.sort_name).where(Association.rna == "W590009999"))
    assert count == 9_999
    assert last == "association n° 9999"
