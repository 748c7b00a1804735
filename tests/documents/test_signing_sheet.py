"""The feuille d'émargement: the session named in full, rows to sign, funders, long lists."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from dla_desktop.db.database import Database
from dla_desktop.documents.pdf import signing_sheet as module
from dla_desktop.documents.pdf.signing_sheet import hours, is_fse, write_signing_sheet
from dla_desktop.domain.documents import SigningLine
from dla_desktop.domain.enums import SessionKind
from dla_desktop.services.attendance import list_sessions
from dla_desktop.services.documents import signing_sheet
from dla_desktop.services.programmes import list_programmes
from tests.documents.others_data import (
    HOSTILE,
    flat,
    has_images,
    leftovers,
    office,
    pdf_pages,
    pdf_text,
    session,
    sheet,
    signing_lines,
)


def test_sheet_names_the_session_and_lists_who_signs(tmp_path: Path) -> None:
    path = write_signing_sheet(sheet(), tmp_path / "sheet.pdf")
    text = pdf_text(path)
    for expected in (
        "Feuille d'émargement Construire son argumentaire",
        "Programme Développer les partenariats associations-entreprises",
        "Volet Marketing Sous-groupe Sous-groupe 2",
        "Séance Demi-journée collective Date 14 avril 2026",
        "Lieu Maison des associations, Lille Durée 3 h 30",
        "Cabinet Horizon Conseil",
        "Financeurs DREETS Hauts-de-France Fonds social européen (FSE) MEL",
        "Cette action est cofinancée par le Fonds social européen (FSE).",
        "Association Commune Nom et prénom du ou des représentants Signature",
        "Théâtre du Prato Lille Claire Martin",
        "Les Saprophytes Lille Cirque du Bout du Monde Lille Paul Durand",
        "Signature de l'intervenant Horizon Conseil",
        "Organisé par CBE de Lille et CBE de Roubaix-Tourcoing.",
        "Feuille éditée le 12 mars 2026.",
        "page 1 / 1",
    ):
        assert expected in text, expected
    assert "matin" not in text.lower()
    assert "None" not in text and "—" not in text.replace("Feuille d'émargement —", "")
    assert len(PdfReader(path).pages) == 1


def test_rows_expected_then_blank_lines_then_the_consultant_s_box() -> None:
    table = module._signing_table(sheet())
    rows = table._cellvalues
    # header, 3 expected, a few blank lines for unexpected attendees, the closing row
    assert len(rows) == 1 + 3 + module.EXTRA_BLANK_LINES + 1
    assert module.EXTRA_BLANK_LINES >= 2
    assert rows[4][:3] == ["", "", ""]
    assert module.SIGNING_ROOM >= 10 * 72 / 25.4  # at least 1 cm to sign


def test_a_full_day_has_a_morning_and_an_afternoon_column(tmp_path: Path) -> None:
    day_sheet = sheet(session=session(SessionKind.JOURNEE, duration_hours=Decimal(7)))
    text = pdf_text(write_signing_sheet(day_sheet, tmp_path / "day.pdf"))
    assert "Signature matin Signature après-midi" in text
    assert "Séance Journée collective" in text and "Durée 7 h" in text


def test_long_towns_break_after_a_hyphen_not_mid_word(tmp_path: Path) -> None:
    line = SigningLine(association="Compagnie Fil d'Ariane", town="Marcq-en-Barœul", attendees="")
    day_sheet = sheet(session=session(SessionKind.JOURNEE), expected=(line,))
    text = pdf_text(write_signing_sheet(day_sheet, tmp_path / "town.pdf"))
    assert "Marcq-en-Barœul" in text.replace("- ", "-")


def test_a_steering_committee_gets_blank_lines_to_fill_by_hand(tmp_path: Path) -> None:
    # GIVEN a steering committee: no volet, no cabinet, nobody listed in advance
    committee = sheet(
        session=session(SessionKind.COMITE, volet_id=None, title="", place=""),
        volet_name="",
        subgroup_name="",
        cabinet_name="",
        expected=(),
        funders=("DREETS Hauts-de-France",),
    )
    path = write_signing_sheet(committee, tmp_path / "committee.pdf")
    text = pdf_text(path)
    # THEN about twelve blank lines and no line that does not apply
    rows = module._signing_table(committee)._cellvalues
    assert len(rows) == 1 + module.BLANK_LINES_WHEN_NONE_EXPECTED + 1
    assert module.BLANK_LINES_WHEN_NONE_EXPECTED >= 10
    assert "Feuille d'émargement Comité de pilotage" in text
    assert "Volet" not in text and "Sous-groupe" not in text and "Cabinet" not in text
    assert "Lieu — Durée 3 h 30" in text
    assert "Fonds social européen" not in text  # no FSE, no mention
    assert "Signature de l'intervenant" in text


def test_sixty_associations_continue_on_pages_with_the_header_repeated(tmp_path: Path) -> None:
    big = sheet(expected=signing_lines(60), session=session(SessionKind.JOURNEE))
    path = write_signing_sheet(big, tmp_path / "big.pdf")
    pages = pdf_pages(path)
    assert 3 <= len(pages) <= 6
    text = " ".join(pages)
    for index in range(1, 61):
        assert f"Association {index:02d}" in text
    assert "Représentant 59" in text
    for number, page in enumerate(pages, start=1):
        assert "Association Commune Nom et prénom du ou des représentants" in page
        assert f"page {number} / {len(pages)}" in page
    for page in pages[1:]:  # the running header says which session the page belongs to
        assert "Feuille d'émargement — Journée collective du 14 avril 2026" in page
    # the consultant's box never stands alone: the last page still has rows to sign
    assert "Signature de l'intervenant" in pages[-1]
    assert "Signature matin Signature après-midi" in pages[-1]


def test_durations_read_the_french_way() -> None:
    assert hours(Decimal("3.5")) == "3 h 30"
    assert hours(Decimal(7)) == "7 h"
    assert hours(Decimal("0.75")) == "45 min"
    assert hours(Decimal("2.25")) == "2 h 15"
    assert hours(Decimal(0)) == "—"


@pytest.mark.parametrize(
    ("name", "fse"),
    [
        ("Fonds social européen", True),
        ("Fonds Social Europeen (FSE)", True),
        ("FSE+ Hauts-de-France", True),
        ("Union européenne – FSE", True),
        ("Région Hauts-de-France", False),
        ("Fondation SEB", False),
        ("Fonds de dotation social", False),
    ],
)
def test_the_fse_is_recognised_by_its_name(name: str, fse: bool) -> None:
    assert is_fse(name) is fse


def test_many_funders_wrap_onto_several_lines_of_logos(tmp_path: Path) -> None:
    funders = tuple(f"Financeur {n}" for n in range(1, 8))
    text = pdf_text(write_signing_sheet(sheet(funders=funders), tmp_path / "f.pdf"))
    assert all(name in text for name in funders)
    no_funder = pdf_text(write_signing_sheet(sheet(funders=()), tmp_path / "none.pdf"))
    assert "Financeurs" not in no_funder


def test_hostile_strings_print_literally(tmp_path: Path) -> None:
    lines = tuple(SigningLine(association=value, town=value, attendees=value) for value in HOSTILE)
    hostile = sheet(
        session=session(title=HOSTILE[0], place=HOSTILE[1]),
        programme_title=HOSTILE[2],
        volet_name=HOSTILE[3],
        subgroup_name=HOSTILE[0],
        cabinet_name=HOSTILE[1],
        expected=lines,
        funders=HOSTILE,
        offices=(replace(office(), name=HOSTILE[3]),),
    )
    path = write_signing_sheet(hostile, tmp_path / "evil.pdf")
    text = pdf_text(path)
    for value in HOSTILE:
        assert flat(value) in text, value
    assert not has_images(path)


def test_emoji_in_names_still_builds(tmp_path: Path) -> None:
    emoji = sheet(expected=(SigningLine(association="Les Joyeux 🎭", town="Lille", attendees=""),))
    assert "Les Joyeux" in pdf_text(write_signing_sheet(emoji, tmp_path / "e.pdf"))


def test_metadata(tmp_path: Path) -> None:
    meta = PdfReader(write_signing_sheet(sheet(), tmp_path / "s.pdf")).metadata
    assert meta.title == "Feuille d'émargement — Construire son argumentaire — 14 avril 2026"
    assert meta.author == "CBE de Lille, CBE de Roubaix-Tourcoing"
    assert meta.subject == (
        "Feuille d'émargement : Développer les partenariats associations-entreprises"
    )
    assert "Demi-journée collective" in meta["/Keywords"]


def test_deterministic_mode_gives_the_same_bytes(tmp_path: Path) -> None:
    first = write_signing_sheet(sheet(), tmp_path / "a.pdf", deterministic=True)
    second = write_signing_sheet(sheet(), tmp_path / "b.pdf", deterministic=True)
    assert first.read_bytes() == second.read_bytes()


def test_unwritable_destination_raises_and_leaves_nothing(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        write_signing_sheet(sheet(), tmp_path / "missing" / "sheet.pdf")
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(OSError):
        write_signing_sheet(sheet(), blocker / "sheet.pdf")
    assert leftovers(tmp_path) == []


# --- end to end on the demo ------------------------------------------------------------------


def test_demo_sessions_end_to_end(demo_database: Database, tmp_path: Path) -> None:
    # GIVEN one session of each kind in the demo's Lille programme, read by the services
    with demo_database.reading() as session:
        lille = next(row for row in list_programmes(session) if "2006" in row.title)
        firsts = {}
        for seance in list_sessions(session, lille.id):
            firsts.setdefault(seance.kind, seance)
        sheets = [signing_sheet(session, s.id, date(2026, 11, 23)) for s in firsts.values()]
    assert {s.session.kind for s in sheets} == set(SessionKind)
    for sheet_ in sheets:
        # WHEN its attendance sheet is written
        path = write_signing_sheet(sheet_, tmp_path / f"{sheet_.session.kind.value}.pdf")
        text = pdf_text(path)
        # THEN it names the session and lists every expected association
        assert f"Séance {sheet_.session.kind.label}" in text
        assert flat(sheet_.programme_title) in text
        for line in sheet_.expected:
            assert flat(line.association) in text
            if line.attendees:
                assert flat(line.attendees) in text
        for funder in sheet_.funders:
            assert flat(funder) in text
        if sheet_.cabinet_name:
            assert f"Cabinet {flat(sheet_.cabinet_name)}" in text
        full_day = sheet_.session.kind is SessionKind.JOURNEE
        assert ("Signature après-midi" in text) is full_day
        assert "Signature de l'intervenant" in text
        assert "None" not in text and sheet_.session.id not in text
