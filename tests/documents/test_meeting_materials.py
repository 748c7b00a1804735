"""The printed material of a speed-dating meeting, read back from the PDFs it writes.

The agendas and the grid are checked against the schedule itself: each participant's
pages (found through the PDF's bookmarks) must give, round by round, the table and the
partner the scheduler chose. Plans are built by hand (``meeting_data``) around the real
scheduler, so no database is needed.
"""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from dla_desktop.documents.pdf.meeting import cards as module
from dla_desktop.documents.pdf.meeting.seats import clock, seats, span
from dla_desktop.documents.pdf.meeting_materials import (
    MaterialKind,
    material_file_name,
    write_meeting_material,
    write_meeting_materials,
)
from dla_desktop.domain.errors import ValidationError
from dla_desktop.domain.meeting_views import MeetingPlan, Party
from dla_desktop.domain.scheduling import AvoidedPair, MissingReason
from dla_desktop.domain.text import folded
from tests.documents.meeting_data import constrained_plan, meeting_plan, party, vacant_plan
from tests.documents.others_data import HOSTILE, flat, has_images, leftovers, pdf_pages, pdf_text

# --- reading the documents back ---------------------------------------------------------------


def write(kind: MaterialKind, plan: MeetingPlan, folder: Path) -> Path:
    return write_meeting_material(kind, plan, folder / f"{kind}.pdf")


def bookmarked_pages(path: Path, only: set[str] | None = None) -> dict[str, list[str]]:
    """Each top-level bookmark's title -> the text of its pages (up to the next bookmark).

    ``only`` limits the pages read to those titles' (pypdf reads ~25 pages a second).
    """
    reader = PdfReader(path)
    starts = [
        (flat(item.title), reader.get_destination_page_number(item))
        for item in reader.outline
        if not isinstance(item, list)
    ]
    ends = [start for _, start in starts[1:]] + [len(reader.pages)]
    return {
        title: [flat(reader.pages[n].extract_text()) for n in range(start, end)]
        if only is None or title in only
        else []
        for (title, start), end in zip(starts, ends, strict=True)
    }


def expected_agenda_rows(plan: MeetingPlan, who: Party) -> list[str]:
    """What each round's row must read: number, times, table (companies), partner or pause."""
    rows = []
    for index, seat in enumerate(seats(plan)[who.party_id]):
        row = [str(index + 1)]
        if plan.times:
            row.append(flat(span(plan.times[index])))
        if not who.is_association:
            row.append("—" if seat.table is None else f"Table {seat.table}")
        if seat.pause:
            row.append("Pause — personne à rencontrer")
        elif seat.partner is None:
            row.append("Absence prévue")
        else:
            row.append(plan.name_of(seat.partner))
        rows.append(" ".join(row))
    return rows


def in_order(text: str, parts: list[str]) -> None:
    """Every part found in ``text``, each after the one before."""
    position = 0
    for part in parts:
        found = text.find(part, position)
        assert found >= 0, f"{part!r} missing after position {position}: {text[position:][:300]}"
        position = found + len(part)


def check_agendas(
    plan: MeetingPlan, path: Path, sample: tuple[Party, ...] | None = None
) -> dict[str, list[str]]:
    """THE AGENDAS READ BACK MATCH THE SCHEDULE, for every participant (or a sample)."""
    everyone = (*plan.associations, *plan.companies)
    checked = everyone if sample is None else sample
    agendas = bookmarked_pages(path, {flat(p.name) for p in checked})
    assert list(agendas) == [flat(p.name) for p in everyone]
    for who in checked:
        text = " ".join(agendas[flat(who.name)])
        if who.is_association:
            table = plan.schedule.table_of(who.party_id)
            assert f"Vous restez à la table {table} pendant toute la rencontre" in text
        in_order(text, expected_agenda_rows(plan, who))
    return agendas


def expected_grid_rows(plan: MeetingPlan, tables: list[int], pauses: bool) -> list[str]:
    """Each round's row of a block of the grid: number, start, then each table's company."""
    names = {p.party_id: p.name for p in plan.companies}
    rows = []
    for number, round_ in enumerate(plan.schedule.rounds, start=1):
        seated = {slot.table: names[slot.company] for slot in round_.slots}
        cells = [str(number)] + ([flat(clock(plan.times[number - 1].start))] if plan.times else [])
        for table in tables:
            seat = plan.associations[table - 1]
            pausing = seat.party_id in round_.pauses
            empty = "—" if seat.is_vacant else "Pause" if pausing else "Absence prévue"
            cells.append(seated.get(table, empty))
        if pauses:
            cells += [names[pid] for pid in round_.pauses if pid in names]
        rows.append(" ".join(cells))
    return rows


# --- agendas -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "plan",
    [
        pytest.param(meeting_plan(), id="10x10"),
        pytest.param(constrained_plan(), id="12x9-pauses-missing"),
        pytest.param(meeting_plan(1, 1, start=None), id="1x1-no-clock"),
        pytest.param(
            meeting_plan(4, 6, present=frozenset({"a0", "a1", "a2", "c0", "c1", "c2", "c3", "c4"})),
            id="absent",
        ),
    ],
)
def test_the_agendas_read_back_match_the_schedule(plan: MeetingPlan, tmp_path: Path) -> None:
    path = write(MaterialKind.AGENDAS, plan, tmp_path)
    agendas = check_agendas(plan, path)
    # GIVEN the usual sizes, THEN each agenda holds on one page
    assert all(len(pages) == 1 for pages in agendas.values())


def test_an_agenda_says_where_to_sit_whom_one_meets_and_what_will_not_happen(
    tmp_path: Path,
) -> None:
    plan = constrained_plan()
    agendas = bookmarked_pages(write(MaterialKind.AGENDAS, plan, tmp_path))
    first = " ".join(agendas["Entraide alimentaire berruyère"])
    assert "Association — table 1. Vous restez à la table 1" in first
    assert "Énergies Centre Val Installation solaire et chauffage" in first  # presentation
    assert "Pause de 10 minutes (14 h 35 – 14 h 45)" in first  # the room's breaks
    assert "Pause de 10 minutes (15 h 20 – 15 h 30)" in first
    assert "Pas de rencontre prévue avec : • Boulangerie du Moulin de l'Yèvre : " in first
    assert "déjà rencontrés lors d'une session précédente" in first
    assert "7 minutes par rencontre" in first and "l'entreprise ne vend rien" in first
    company = " ".join(agendas["Transports Berrichons"])
    assert "Entreprise. Au signal, vous changez de table" in company
    assert "Représenté(e) par : Représentant C2" in company
    assert "Rotation Horaire Table Association rencontrée" in company
    assert "Rotation Horaire Entreprise rencontrée" in first  # an association has no Table column
    assert "page 1 / 1" in first  # counted per agenda, not over the document


def test_a_participant_who_is_not_there_sees_it_in_every_round(tmp_path: Path) -> None:
    plan = meeting_plan(3, 3, present=frozenset({"a0", "a1", "a2", "c0", "c1"}))
    agendas = bookmarked_pages(write(MaterialKind.AGENDAS, plan, tmp_path))
    absent = " ".join(agendas[plan.companies[2].name])
    assert absent.count("Absence prévue") == len(plan.schedule.rounds)
    assert "absent(e) à ce moment" in absent


# --- the grid ------------------------------------------------------------------------------------


def test_the_grid_cells_equal_the_schedule_on_one_landscape_page(tmp_path: Path) -> None:
    plan = meeting_plan()
    path = write(MaterialKind.GRID, plan, tmp_path)
    reader = PdfReader(path)
    assert len(reader.pages) == 1  # the usual 10 x 10 meeting: one sheet for the wall
    assert reader.pages[0].mediabox.width > reader.pages[0].mediabox.height
    text = pdf_text(path)
    header = " ".join(f"Table {n} {p.name}" for n, p in enumerate(plan.associations, 1))
    assert f"Rotation {header}" in text
    in_order(text, expected_grid_rows(plan, list(range(1, 11)), pauses=False))
    assert "Pause de 10 minutes (14 h 35 – 14 h 45)" in text
    assert text.count("Pause de 10 minutes") == 1  # every 5 rounds: none after the last
    assert "Rencontres qui n'auront pas lieu" not in text


def test_the_grid_shows_pauses_then_lists_the_missing_pairs_with_their_reason(
    tmp_path: Path,
) -> None:
    plan = constrained_plan()
    pages = pdf_pages(write(MaterialKind.GRID, plan, tmp_path))
    assert len(pages) == 2 and "Tables 1 à 6" in pages[0] and "Tables 7 à 12" in pages[1]
    in_order(pages[0], expected_grid_rows(plan, list(range(1, 7)), pauses=False))
    assert any(round_.pauses for round_ in plan.schedule.rounds)
    assert "Entreprises en pause" in pages[1] and "Entreprises en pause" not in pages[0]
    in_order(pages[1], expected_grid_rows(plan, list(range(7, 13)), pauses=True))
    missing = [
        f"{plan.name_of(m.association)} {plan.name_of(m.company)} {m.label}"
        for m in plan.schedule.missing
    ]
    assert len(missing) == 3
    in_order(pages[1], [f"Rencontres qui n'auront pas lieu ({len(missing)})", *missing])


def test_a_grid_with_few_tables_stays_portrait(tmp_path: Path) -> None:
    path = write(MaterialKind.GRID, meeting_plan(1, 1, start=None), tmp_path)
    page = PdfReader(path).pages[0]
    assert page.mediabox.width < page.mediabox.height
    assert "Rotation Table 1 Entraide alimentaire berruyère 1 Boulangerie" in pdf_text(path)


def test_missing_pairs_give_the_rounds_when_time_runs_out(tmp_path: Path) -> None:
    plan = meeting_plan(4, 4, max_rounds=2)
    text = pdf_text(write(MaterialKind.GRID, plan, tmp_path))
    assert plan.schedule.missing and plan.schedule.missing[0].reason is MissingReason.TIME
    assert "faute de temps (2 rotations)" in text


def test_nothing_to_seat_says_so(tmp_path: Path) -> None:
    plan = meeting_plan(1, 1, avoid=(AvoidedPair("a0", "c0"),))
    assert not plan.schedule.rounds
    grid = pdf_text(write(MaterialKind.GRID, plan, tmp_path))
    agendas = pdf_text(write(MaterialKind.AGENDAS, plan, tmp_path))
    assert "Aucune rotation à prévoir" in grid and "à éviter (demande d'un participant)" in grid
    assert agendas.count("Aucune rotation à prévoir") == 2


# --- cards, participants, rules -----------------------------------------------------------


def test_one_folding_card_per_table(tmp_path: Path) -> None:
    plan = constrained_plan()
    path = write(MaterialKind.CARDS, plan, tmp_path)
    pages = pdf_pages(path)
    assert len(pages) == len(plan.associations)
    for number, (association, page) in enumerate(zip(plan.associations, pages, strict=True), 1):
        # both halves: one upright, one upside down to read from the other side once folded
        assert page.count(f"Table {number} {association.name}") == 2
        assert "Plier ici" in page and "page" not in page
    first = PdfReader(path).pages[0]
    assert first.mediabox.width > first.mediabox.height  # A4 landscape


def test_a_long_name_on_a_card_shrinks_to_fit_three_lines() -> None:
    size, lines = module._fit("Association " + "des amis du patrimoine rural " * 6, 250 * 2.83)
    assert size < 32 and len(lines) == 3


def test_the_list_of_participants_is_complete(tmp_path: Path) -> None:
    plan = constrained_plan()
    text = pdf_text(write(MaterialKind.PARTICIPANTS, plan, tmp_path))
    in_order(text, ["Associations (12)", "Table Association Représentants Présentation"])
    associations = [f"{n} {p.name}" for n, p in enumerate(plan.associations, start=1)]
    in_order(text, associations + ["Entreprises (9)"])
    for who in (*plan.associations, *plan.companies):
        assert who.name in text and who.presentation in text
        assert not who.representatives or who.representatives in text
    companies = sorted((p.name for p in plan.companies), key=folded)  # « Bâtir » before « Bou »
    in_order(text.split("Entreprises (9)")[1], companies)
    assert "Organisé par DLA du Cher, Fondation Agir en Berry." in text


def test_the_list_s_bookmarks_open_the_page_of_their_heading(tmp_path: Path) -> None:
    # GIVEN 30 associations: the companies' list starts on the second page
    reader = PdfReader(write(MaterialKind.PARTICIPANTS, meeting_plan(30, 25), tmp_path))
    # THEN its bookmark opens that page, not the first one
    opened = {flat(item.title): reader.get_destination_page_number(item) for item in reader.outline}
    assert opened == {"Associations (30)": 0, "Entreprises (25)": 1}
    assert "Entreprises (25)" in flat(reader.pages[1].extract_text())


def test_the_rules_use_the_meeting_s_own_figures(tmp_path: Path) -> None:
    text = pdf_text(write(MaterialKind.RULES, meeting_plan(), tmp_path))
    for expected in (
        "10 associations à leur table 10 entreprises qui se déplacent 10 rotations 7 min",
        "10 associations et 10 entreprises se rencontrent en tête-à-tête, en 10 rotations de "
        "7 minutes, de 14 h 00 à 15 h 20.",
        "Une rencontre de 7 minutes",
        "1 minute : l'association se présente",
        "1 minute : l'entreprise se présente",
        "5 minutes d'échange libre",
        "Les entreprises se lèvent et rejoignent la table indiquée sur leur agenda",
        "Une pause de 10 minutes pour tout le monde après la rotation 5, à 14 h 35.",
        "L'association ne demande pas d'argent.",
        "L'entreprise ne vend rien.",
        "À la fin, chaque association aura rencontré chaque entreprise.",
    ):
        assert expected in text, expected
    assert "« Pause »" not in text  # nobody pauses in a 10 x 10 meeting
    assert len(PdfReader(tmp_path / "regles.pdf").pages) == 1


def test_the_rules_follow_other_figures(tmp_path: Path) -> None:
    plan = meeting_plan(12, 9, slot_minutes=10, break_every=0, start=None)
    plan = replace(plan, schedule=constrained_plan().schedule)
    text = pdf_text(write(MaterialKind.RULES, plan, tmp_path))
    assert "Une rencontre de 10 minutes" in text and "8 minutes d'échange libre" in text
    assert "Quand votre agenda indique « Pause »" in text
    assert "pour tout le monde" not in text  # no break
    assert "sauf 3 binômes (à la demande d'un participant ; déjà rencontrés" in text


# --- a table left empty -------------------------------------------------------------------


def test_a_table_left_empty_keeps_its_number_and_prints_for_nobody(tmp_path: Path) -> None:
    # GIVEN table 2 of 3 left empty by an association that unregistered
    plan = vacant_plan()
    first, vacant, third = plan.associations
    assert vacant.is_vacant and not first.is_vacant and not third.is_vacant
    assert all(
        vacant.party_id not in {s.association for s in r.slots} for r in plan.schedule.rounds
    )
    folder = tmp_path / "vacant"
    write_meeting_materials(plan, folder)
    path = {kind: folder / material_file_name(kind, plan) for kind in MaterialKind}
    # THEN cards for tables 1 and 3 only
    cards = pdf_pages(path[MaterialKind.CARDS])
    assert len(cards) == 2
    assert cards[0].count(f"Table 1 {first.name}") == 2
    assert cards[1].count(f"Table 3 {third.name}") == 2
    assert "Table 2" not in " ".join(cards)
    # THEN the list names 2 associations, each at its own table
    listed = pdf_text(path[MaterialKind.PARTICIPANTS])
    in_order(listed, ["Associations (2)", f"1 {first.name}", f"3 {third.name}", "Entreprises (3)"])
    assert f"2 {third.name}" not in listed
    # THEN no agenda for the empty table, the others as scheduled
    agendas = check_agendas(replace(plan, associations=(first, third)), path[MaterialKind.AGENDAS])
    assert list(agendas) == [flat(p.name) for p in (first, third, *plan.companies)]
    assert "Vous restez à la table 3 pendant" in " ".join(agendas[third.name])
    # THEN the grid keeps table 2's column, empty, and table 3's companies at table 3
    grid = pdf_text(path[MaterialKind.GRID])
    assert f"Rotation Table 1 {first.name} Table 2 — libre Table 3 {third.name}" in grid
    assert "2 associations, 3 entreprises" in grid
    in_order(grid, expected_grid_rows(plan, [1, 2, 3], pauses=True))
    at_3 = {plan.name_of(s.company) for r in plan.schedule.rounds for s in r.slots if s.table == 3}
    assert at_3 == {c.name for c in plan.companies}  # each company met table 3 (rows above)
    assert "Absence prévue" not in grid
    assert "Rencontres qui n'auront pas lieu" not in grid
    # THEN the rules count the real associations
    rules = pdf_text(path[MaterialKind.RULES])
    assert "2 associations à leur table 3 entreprises qui se déplacent" in rules
    assert "2 associations et 3 entreprises se rencontrent" in rules


def test_a_meeting_of_empty_tables_only_is_refused(tmp_path: Path) -> None:
    plan = vacant_plan()
    plan = replace(plan, associations=(plan.associations[1],))
    with pytest.raises(ValidationError):
        write_meeting_materials(plan, tmp_path / "out")


# --- files, determinism, escaping -----------------------------------------------------------


def test_the_five_files_are_written_into_a_new_folder(tmp_path: Path) -> None:
    plan = meeting_plan(3, 3)
    folder = tmp_path / "imprimés" / "session 1"
    calls: list[tuple[int, int, str]] = []
    paths = write_meeting_materials(plan, folder, on_written=lambda *call: calls.append(call))
    assert [p.name for p in paths] == [
        "1 - Grille générale - Speed dating associations–entreprises n° 1 - 14 mars 2017.pdf",
        "2 - Agendas - Speed dating associations–entreprises n° 1 - 14 mars 2017.pdf",
        "3 - Chevalets - Speed dating associations–entreprises n° 1 - 14 mars 2017.pdf",
        "4 - Liste des participants - Speed dating associations–entreprises n° 1 - 14 mars "
        "2017.pdf",
        "5 - Règles de la rencontre - Speed dating associations–entreprises n° 1 - 14 mars "
        "2017.pdf",
    ]
    assert all(p.parent == folder and p.read_bytes().startswith(b"%PDF") for p in paths)
    assert calls == [(n, 5, p.name) for n, p in enumerate(paths, start=1)]
    assert leftovers(folder) == []
    title = PdfReader(paths[1]).metadata.title
    assert title == "Agendas — Speed dating associations–entreprises n° 1"


def test_file_names_are_safe_on_every_system() -> None:
    plan = replace(meeting_plan(1, 1), title='Réunion "CON" : 1/2 <bis>?')
    name = material_file_name(MaterialKind.CARDS, plan)
    assert name == "3 - Chevalets - Réunion 'CON' - 1-2 bis - 14 mars 2017.pdf"


def test_a_cancel_keeps_the_files_already_written(tmp_path: Path) -> None:
    def cancel(done: int, total: int, name: str) -> None:
        if done == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_meeting_materials(meeting_plan(2, 2), tmp_path, on_written=cancel)
    assert len(list(tmp_path.glob("*.pdf"))) == 2 and leftovers(tmp_path) == []


def test_deterministic_mode_gives_the_same_bytes(tmp_path: Path) -> None:
    plan = constrained_plan()
    first = write_meeting_materials(plan, tmp_path / "a", deterministic=True)
    second = write_meeting_materials(plan, tmp_path / "b", deterministic=True)
    for one, other in zip(first, second, strict=True):
        assert one.read_bytes() == other.read_bytes(), one.name


def test_a_meeting_without_companies_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    plan = replace(meeting_plan(2, 2), companies=())
    with pytest.raises(ValidationError) as refused:
        write_meeting_materials(plan, tmp_path / "out")
    assert "au moins une association et une entreprise" in refused.value.message
    assert not (tmp_path / "out").exists()


def test_user_text_prints_literally(tmp_path: Path) -> None:
    hostile = [
        replace(
            party(0, True), name=HOSTILE[0], presentation=HOSTILE[1], representatives=HOSTILE[3]
        ),
        replace(party(1, True), name="Café ☕ & thé"),
    ]
    companies = [replace(party(0, False), name=HOSTILE[2], presentation="Vente & <i>conseil</i>")]
    plan = meeting_plan(parties=(tuple(hostile), tuple(companies)))
    plan = replace(plan, title="Rencontre <b>R&D</b>", place="Salle <1>", organisers="A & B <x>")
    folder = tmp_path / "hostile"
    for path in write_meeting_materials(plan, folder):
        text = pdf_text(path)
        assert not has_images(path), path.name
        if "Règles" not in path.name:  # the rules name nobody
            assert HOSTILE[0] in text, path.name  # an association: R&D <b>gras</b>
        if "Chevalets" not in path.name:  # cards name the associations alone
            assert HOSTILE[2] in text or "Règles" in path.name, path.name  # <img src=...>
            assert "Rencontre <b>R&D</b>" in text, path.name
    agendas = pdf_text(folder / material_file_name(MaterialKind.AGENDAS, plan))
    for expected in (HOSTILE[1], HOSTILE[3], "Café ☕ & thé", "Vente & <i>conseil</i>"):
        assert expected in agendas, expected
    assert "Rencontre <b>R&D</b> — 14 mars 2017 — Salle <1>" in agendas


# --- 60 x 60 -----------------------------------------------------------------------------------


@pytest.mark.slow
def test_sixty_by_sixty_stays_legible_and_the_agendas_still_match(tmp_path: Path) -> None:
    plan = meeting_plan(60, 60)
    started = time.perf_counter()
    paths = write_meeting_materials(plan, tmp_path)
    elapsed = time.perf_counter() - started
    print(f"\n60 x 60 material written in {elapsed:.1f} s")
    grid, agendas_path, cards = paths[0], paths[1], paths[2]
    grid_pages = pdf_pages(grid)
    # ten tables per landscape page, each block on its own pages under a repeated header
    assert len(grid_pages) <= 30
    assert all(page.count("Rotation Table ") == 1 for page in grid_pages)
    for block in range(6):
        tables = list(range(block * 10 + 1, block * 10 + 11))
        text = " ".join(p for p in grid_pages if f"Table {tables[0]} " in p)
        assert f"Tables {tables[0]} à {tables[-1]}" in text
        in_order(text, expected_grid_rows(plan, tables, pauses=False))
    # every agenda is bookmarked and two pages long; a sample is read back in full
    assert len(PdfReader(agendas_path).pages) == 2 * 120
    sample = (
        *plan.associations[:2],
        plan.associations[-1],
        plan.companies[0],
        *plan.companies[-2:],
    )
    agendas = check_agendas(plan, agendas_path, sample)
    for who in sample:
        assert agendas[who.name][1].endswith("page 2 / 2")  # compact: two pages each
    assert len(PdfReader(cards).pages) == 60
    print(f"written and read back in {time.perf_counter() - started:.1f} s")
