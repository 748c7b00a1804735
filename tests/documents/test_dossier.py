"""The partnership dossier: every section the company reads, nothing internal, safe file names."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from dla_desktop.db.database import Database
from dla_desktop.documents.file_names import (
    FILE_NAME_BYTES,
    FILE_NAME_LIMIT,
    safe_file_name,
    unique_names,
)
from dla_desktop.documents.pdf.dossier import dossier_file_name, write_dossier, write_dossiers
from dla_desktop.documents.pdf.theme import money
from dla_desktop.domain.enums import PartnershipCategory
from dla_desktop.services.documents import programme_dossiers
from dla_desktop.services.programmes import list_programmes
from tests.documents.others_data import (
    HOSTILE,
    association,
    company,
    contact,
    dossier,
    flat,
    has_images,
    leftovers,
    many_dossiers,
    partnership,
    pdf_pages,
    pdf_text,
)

WINDOWS_FORBIDDEN = set('/\\:*?"<>|')


def written(tmp_path: Path, **changes: object) -> str:
    path = write_dossier(dossier(**changes), tmp_path / "dossier.pdf")
    return pdf_text(path)


def test_dossier_prints_every_section_with_its_figures(tmp_path: Path) -> None:
    # GIVEN a complete dossier WHEN it is written THEN the company finds every part of it
    text = written(tmp_path)
    for expected in (
        "Dossier de partenariat Le cirque au collège Présenté par",
        "À l'attention de Banque du Nord 59100 Roubaix",
        "Présenté par Théâtre du Prato Lille, le 12 mars 2026",
        "Qui sommes-nous ?",
        "Compagnie de théâtre et de cirque, spectacles en salle et en rue.",
        "Secteur Culture Équipe 12 salariés (8,5 ETP)",
        "Adresse 6 allée de la Filature 59000 Lille",
        "N° RNA W595012345 SIRET 44306184100047",
        "« Développer les partenariats associations-entreprises »",
        "Notre projet Des ateliers de cirque dans quatre collèges du quartier.",
        "Chaque atelier finit par un spectacle des élèves.",
        "Nos besoins Financer les intervenants et le matériel des ateliers.",
        "Ce que nous vous proposons en retour",
        "• Logo sur nos affiches • Deux représentations pour vos salariés • Visite des coulisses",
        f"Budget total du projet {flat(money(Decimal(32700)))}",
        f"Montant sollicité {flat(money(Decimal(8000)))} (24 % du budget)",
        "Nature du partenariat Mécénat financier",
        "Période du 1er septembre 2026 au 30 juin 2027",
        "Contact Interlocuteur Claire Martin Fonction Administratrice",
        "Courriel claire.martin@prato.example.org Téléphone 01 99 00 12 35",
        "Dossier préparé avec l'accompagnement de CBE de Lille.",
    ):
        assert expected in text, expected
    assert "32 700 €" in text and "8 000 €" in text


def test_dossier_never_prints_internal_fields_ids_or_english(tmp_path: Path) -> None:
    text = written(tmp_path)
    record = partnership()
    assert record.notes not in text
    assert "NOTE INTERNE" not in text
    assert record.status.label not in text  # "Dossier envoyé": the company must not see it
    assert record.id not in text and association().id not in text
    assert "None" not in text and "Sommaire" not in text  # no table of contents either


def test_dossier_is_one_to_three_pages_even_with_long_texts(tmp_path: Path) -> None:
    short = write_dossier(dossier(), tmp_path / "short.pdf")
    long_project = "\n".join(
        "Les ateliers réunissent chaque semaine trente élèves autour d'un artiste. " * 4
        for _ in range(6)
    )
    long = partnership(
        project=long_project,
        needs="Matériel, transport et rémunération des artistes intervenants. " * 8,
        counterparts="\n".join(f"Contrepartie numéro {n}" for n in range(1, 11)),
    )
    full = write_dossier(dossier(partnership=long), tmp_path / "long.pdf")
    assert len(PdfReader(short).pages) == 1  # a typical dossier is one page
    assert 2 <= len(PdfReader(full).pages) <= 3
    pages = pdf_pages(full)
    assert "page 1 / " in pages[0]
    assert "Dossier de partenariat pour Banque du Nord Théâtre du Prato" in pages[1]


def test_blank_parts_are_left_out_not_printed_empty(tmp_path: Path) -> None:
    # GIVEN a dossier with no project text, needs, counterparts, budget, period or issuer
    bare = partnership(
        title="",
        project="",
        needs="",
        counterparts="  \n \n",
        amount=None,
        project_budget=None,
        start_date=None,
        end_date=None,
    )
    text = written(
        tmp_path,
        partnership=bare,
        association=association(
            rna="", siret="", sector="", activity="", employees=0, fte=Decimal(0)
        ),
        programme_title="",
        issuer=None,
    )
    # THEN those sections are absent rather than filled with dashes
    for absent in (
        "Notre projet",
        "Nos besoins",
        "proposons en retour",
        "Montant",
        "Budget total",
        "Période",
        "RNA",
        "SIRET",
        "Secteur",
        "accompagnement collectif",
        "préparé avec",
    ):
        assert absent not in text, absent
    assert "Budget Nature du partenariat Mécénat financier" in text
    assert "Équipe Aucun salarié" in text
    assert "—" not in text


def test_needs_typed_one_per_line_become_a_list(tmp_path: Path) -> None:
    listed = partnership(needs="Un portique\n- Le contrôle annuel\n\nDes chutes de bois")
    assert "Nos besoins • Un portique • Le contrôle annuel • Des chutes de bois" in written(
        tmp_path, partnership=listed
    )


def test_sections_are_in_the_outline_for_a_reader_s_navigation(tmp_path: Path) -> None:
    reader = PdfReader(write_dossier(dossier(), tmp_path / "dossier.pdf"))
    assert [entry.title for entry in reader.outline] == [
        "Qui sommes-nous ?",
        "Notre projet",
        "Nos besoins",
        "Ce que nous vous proposons en retour",
        "Budget",
        "Contact",
    ]


def test_contact_falls_back_on_the_association(tmp_path: Path) -> None:
    text = written(tmp_path, contact=None)
    assert "Contact Association Théâtre du Prato" in text
    assert "Courriel contact@prato.example.org Téléphone 01 99 00 12 34" in text
    assert "Interlocuteur" not in text


def test_contact_without_email_or_phone_gives_the_association_s(tmp_path: Path) -> None:
    text = written(tmp_path, contact=contact(email="", phone="", role=""))
    assert "Interlocuteur Claire Martin Courriel contact@prato.example.org" in text
    assert "Fonction" not in text


def test_other_categories_ask_for_a_valued_contribution(tmp_path: Path) -> None:
    skills = partnership(
        category=PartnershipCategory.MECENAT_COMPETENCES,
        amount=Decimal("1557.14"),
        project_budget=Decimal(0),
        start_date=None,
    )
    text = written(tmp_path, partnership=skills)
    assert "Valeur sollicitée 1 557,14 €" in text
    assert "du budget" not in text  # no share of a zero budget
    assert "Nature du partenariat Mécénat de compétences" in text
    assert "Période jusqu'au 30 juin 2027" in text


def test_counterparts_typed_with_dashes_become_clean_bullets(tmp_path: Path) -> None:
    typed = partnership(counterparts="- Logo\r\n* Billets offerts\n\n• Visite\n   — Mention")
    text = written(tmp_path, partnership=typed)
    assert "• Logo • Billets offerts • Visite • Mention" in text
    assert "- Logo" not in text


def test_hostile_strings_print_literally_and_embed_nothing(tmp_path: Path) -> None:
    # GIVEN markup-like text in every field the user typed
    evil = " | ".join(HOSTILE)
    hostile = dossier(
        association=association(name=HOSTILE[0], activity=evil, address=HOSTILE[2]),
        company=company(name=HOSTILE[1], town=HOSTILE[3]),
        partnership=partnership(
            title=HOSTILE[3], project=evil, needs=evil, counterparts="\n".join(HOSTILE)
        ),
        contact=contact(first_name="<i>Jo</i>", last_name="&amp;"),
        programme_title=HOSTILE[2],
        issuer=replace(dossier().issuer, name=HOSTILE[1]),  # type: ignore[arg-type]
    )
    path = write_dossier(hostile, tmp_path / "evil.pdf")
    # THEN each prints as typed, and no local file was embedded
    text = pdf_text(path)
    for value in HOSTILE:
        assert flat(value) in text, value
    assert "<i>Jo</i> &amp;" in text
    assert not has_images(path)
    assert PdfReader(path).metadata.title == (
        f"Dossier de partenariat — {HOSTILE[0]} — {HOSTILE[1]}"
    )


def test_emoji_and_long_names_still_build(tmp_path: Path) -> None:
    long_name = "Association culturelle et sportive des quartiers nord " * 4
    path = write_dossier(
        dossier(association=association(name=f"Les Joyeux 🎭 {long_name}")),
        tmp_path / "emoji.pdf",
    )
    assert "Les Joyeux" in pdf_text(path)


def test_metadata_say_what_and_whose(tmp_path: Path) -> None:
    path = write_dossier(dossier(), tmp_path / "dossier.pdf")
    meta = PdfReader(path).metadata
    assert meta.title == "Dossier de partenariat — Théâtre du Prato — Banque du Nord"
    assert meta.author == "Théâtre du Prato"
    assert meta.subject == "Proposition de partenariat (mécénat financier) à Banque du Nord"
    assert "dossier de partenariat" in meta["/Keywords"]


def test_deterministic_mode_gives_the_same_bytes(tmp_path: Path) -> None:
    first = write_dossier(dossier(), tmp_path / "a.pdf", deterministic=True)
    second = write_dossier(dossier(), tmp_path / "b.pdf", deterministic=True)
    assert first.read_bytes() == second.read_bytes()


def test_unwritable_destination_raises_and_leaves_nothing(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        write_dossier(dossier(), tmp_path / "missing" / "dossier.pdf")
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(OSError):
        write_dossier(dossier(), blocker / "dossier.pdf")
    with pytest.raises(OSError):
        write_dossiers(many_dossiers(1), blocker / "batch")
    assert leftovers(tmp_path) == []


# --- file names ----------------------------------------------------------------------------


def test_file_name_names_both_parties() -> None:
    assert dossier_file_name(dossier()) == (
        "Dossier de partenariat - Théâtre du Prato - Banque du Nord.pdf"
    )


def test_file_name_drops_what_file_systems_refuse() -> None:
    nasty = dossier(
        association=association(name=' ..Les "Amis" / du\\Théâtre: <b>*?|\x00\x1f\tnord.. '),
        company=company(name="\n\r "),
    )
    name = dossier_file_name(nasty)
    assert not WINDOWS_FORBIDDEN & set(name)
    assert all(ord(c) >= 32 for c in name)
    assert name == "Dossier de partenariat - Les 'Amis' - du-Théâtre - b- nord - Sans nom.pdf"
    assert not name.startswith((" ", "."))


def test_file_name_stays_short_and_keeps_both_names_readable() -> None:
    long = dossier(
        association=association(name="Association " + "très longue " * 30),
        company=company(name="Entreprise " + "🎭" * 200),
    )
    name = dossier_file_name(long)
    assert len(name) <= FILE_NAME_LIMIT
    assert len(name.encode("utf-8")) <= FILE_NAME_BYTES
    assert name.endswith(".pdf")
    assert "Association très longue" in name and "Entreprise 🎭" in name


def test_reserved_windows_names_are_avoided() -> None:
    assert safe_file_name(["CON"], ".pdf") == "_CON.pdf"
    assert safe_file_name(["nul.tar"], ".pdf") == "_nul.tar.pdf"
    assert safe_file_name(["Console"], ".pdf") == "Console.pdf"
    assert safe_file_name([""], ".pdf") == "Sans nom.pdf"


def test_duplicate_names_get_a_number_case_blind() -> None:
    names = ["a.pdf", "A.pdf", "b.pdf", "a.pdf", "a (2).pdf"]
    assert unique_names(names) == ["a.pdf", "A (2).pdf", "b.pdf", "a (3).pdf", "a (2) (2).pdf"]


# --- batches ---------------------------------------------------------------------------


def test_batch_writes_one_file_each_with_unique_names_and_reports_progress(
    tmp_path: Path,
) -> None:
    # GIVEN four dossiers, two of which would have the same file name
    batch = many_dossiers(3)
    batch.append(batch[0])
    folder = tmp_path / "new" / "dossiers"  # created if missing
    calls: list[tuple[int, int, str]] = []
    # WHEN written as a batch
    paths = write_dossiers(batch, folder, on_written=lambda *call: calls.append(call))
    # THEN every file is there, the duplicate numbered, progress told after each file
    names = [path.name for path in paths]
    assert names == [
        "Dossier de partenariat - Association 001 - Banque du Nord.pdf",
        "Dossier de partenariat - Association 002 - Banque du Nord.pdf",
        "Dossier de partenariat - Association 003 - Banque du Nord.pdf",
        "Dossier de partenariat - Association 001 - Banque du Nord (2).pdf",
    ]
    assert calls == [(index, 4, name) for index, name in enumerate(names, start=1)]
    assert sorted(p.name for p in folder.iterdir()) == sorted(names)
    assert "Association 002" in pdf_text(paths[1])


def test_cancelling_a_batch_keeps_only_complete_files(tmp_path: Path) -> None:
    # GIVEN a progress callback that cancels after the second file
    class Cancelled(Exception):
        pass

    def cancel_after_two(done: int, total: int, name: str) -> None:
        if done == 2:
            raise Cancelled

    # WHEN the batch runs THEN the cancel reaches the caller
    with pytest.raises(Cancelled):
        write_dossiers(many_dossiers(5), tmp_path, on_written=cancel_after_two)
    # AND the two files written are whole PDFs, nothing half-written is left
    files = sorted(tmp_path.iterdir())
    assert [p.name for p in files] == [
        "Dossier de partenariat - Association 001 - Banque du Nord.pdf",
        "Dossier de partenariat - Association 002 - Banque du Nord.pdf",
    ]
    for path in files:
        assert path.read_bytes().rstrip().endswith(b"%%EOF")
        assert len(PdfReader(path).pages) >= 1


def test_batch_without_callback_and_deterministic(tmp_path: Path) -> None:
    first = write_dossiers(many_dossiers(2), tmp_path / "one", deterministic=True)
    second = write_dossiers(many_dossiers(2), tmp_path / "two", deterministic=True)
    assert [p.read_bytes() for p in first] == [p.read_bytes() for p in second]
    assert write_dossiers([], tmp_path / "empty") == []


# --- end to end on the demo ------------------------------------------------------------------


def test_demo_programme_dossiers_end_to_end(demo_database: Database, tmp_path: Path) -> None:
    # GIVEN the dossiers the demo's Lille programme prepared, read by the services
    with demo_database.reading() as session:
        lille = next(row for row in list_programmes(session) if "2006" in row.title)
        dossiers = programme_dossiers(session, lille.id, date(2026, 11, 23))
    assert len(dossiers) >= 10
    calls: list[tuple[int, int, str]] = []
    # WHEN the programme's batch is written
    paths = write_dossiers(dossiers, tmp_path / "lille", on_written=lambda *c: calls.append(c))
    # THEN one whole file each, named after its parties, printing the services' values
    assert len({path.name for path in paths}) == len(dossiers) == len(calls)
    assert calls[-1][:2] == (len(dossiers), len(dossiers))
    for one, path in zip(dossiers, paths, strict=True):
        text = pdf_text(path)
        association, record = one.association, one.partnership
        assert path.name == dossier_file_name(one) or path.name.endswith(").pdf")
        assert 1 <= len(PdfReader(path).pages) <= 3
        assert f"Présenté par {flat(association.name)}" in text
        assert f"À l'attention de {flat(one.company.name)}" in text
        assert f"Nature du partenariat {record.category.label}" in text
        if record.amount is not None:
            assert flat(money(record.amount)) in text
        if one.contact is not None:
            assert flat(one.contact.last_name) in text
        if record.notes.strip():
            assert flat(record.notes) not in text
        if one.issuer is not None:
            assert f"l'accompagnement de {flat(one.issuer.name)}" in text
        assert "None" not in text and record.id not in text
