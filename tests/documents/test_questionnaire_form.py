"""The fillable questionnaire: written, filled like a PDF reader would (pypdf), read back.

Refusals carry the French words the coordinator sees when dropping a file that is not a
filled form of ours: missing, not a PDF, damaged, foreign, or with its identifier edited.
"""

from __future__ import annotations

import hashlib
import subprocess
import uuid
from collections.abc import Mapping
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject
from reportlab.pdfgen.canvas import Canvas

from dla_desktop.documents.pdf.questionnaire_form import (
    SCALE_LEGEND,
    read_questionnaire_form,
    write_questionnaire_form,
)
from dla_desktop.documents.questionnaire_answers import (
    AMOUNT_FIELD,
    CATEGORY_FIELD,
    COMMENT_FIELD,
    COMPANY_FIELD,
    JOBS_CONSOLIDATED_FIELD,
    JOBS_CREATED_FIELD,
    PARTNERSHIP_FIELD,
    SATISFACTION_PREFIX,
)
from dla_desktop.domain.enums import PartnershipCategory
from dla_desktop.domain.errors import FileReadError
from dla_desktop.domain.questionnaire_forms import (
    FORM_ID_FIELD,
    FormContent,
    FormVolet,
    form_token,
)

HIDDEN, READ_ONLY, MULTILINE = 1 << 1, 1 << 0, 1 << 12
# Names a treasurer's association may really have: markup, ampersands, emoji, accents.
ASSOCIATION = "Les Jardins de Fives & Cie <Lille> 🌻"
PROGRAMME = "Mécénat & partenariats <b>entreprises</b> 2026"


def form_content(*, volets: int = 3, **changes: object) -> FormContent:
    """One association's form content, with hostile text where users type it."""
    questionnaire_id, programme_id, association_id = (str(uuid.uuid4()) for _ in range(3))
    labels = ["Mécénat 🌱", "Marketing associatif & <communication>", "Gouvernance"]
    content = FormContent(
        questionnaire_id=questionnaire_id,
        token=form_token(questionnaire_id, programme_id, association_id, 6),
        programme_title=PROGRAMME,
        programme_end=date(2026, 6, 27),
        association_name=ASSOCIATION,
        months_after=6,
        volets=tuple(
            FormVolet(str(uuid.uuid4()), labels[index % 3] + (f" {index}" if index > 2 else ""))
            for index in range(volets)
        ),
        categories=tuple((category.value, category.label) for category in PartnershipCategory),
        office_name="DLA du Nord — Lille Métropole",
        office_email="suivi.dla@example.org",
        reply_by=date(2027, 1, 26),
    )
    return replace(content, **changes)  # type: ignore[arg-type]


def fill_form(source: Path, target: Path, values: Mapping[str, str]) -> Path:
    """Fill fields as a PDF reader does, NeedAppearances set so readers redraw the values."""
    writer = PdfWriter(clone_from=PdfReader(source))
    writer.update_page_form_field_values(None, dict(values), auto_regenerate=True)
    writer.write(target)
    return target


@pytest.fixture
def content() -> FormContent:
    return form_content()


@pytest.fixture
def form(tmp_path: Path, content: FormContent) -> Path:
    path = tmp_path / "questionnaire.pdf"
    write_questionnaire_form(content, path)
    return path


def full_answers(content: FormContent) -> dict[str, str]:
    """Every question answered, French-style amount, accents and markup in the text."""
    first, second, third = (SATISFACTION_PREFIX + volet.id for volet in content.volets)
    return {
        PARTNERSHIP_FIELD: "/oui",
        COMPANY_FIELD: "Éclat d'été & Fils <SARL>",
        CATEGORY_FIELD: "mecenat_competences",
        AMOUNT_FIELD: "1 500,50 €",
        JOBS_CREATED_FIELD: "2",
        JOBS_CONSOLIDATED_FIELD: " 1 ",
        first: "/5",
        second: "/1",
        third: "/3",
        COMMENT_FIELD: "Très utile.\rMerci à l'équipe ! « Œuvre » & <b>",
    }


# --- writing -----------------------------------------------------------------------------


def test_form_has_the_named_fields_and_a_hidden_read_only_identifier(
    form: Path, content: FormContent
) -> None:
    reader = PdfReader(form)
    fields = reader.get_fields() or {}
    expected = {
        FORM_ID_FIELD,
        PARTNERSHIP_FIELD,
        COMPANY_FIELD,
        CATEGORY_FIELD,
        AMOUNT_FIELD,
        JOBS_CREATED_FIELD,
        JOBS_CONSOLIDATED_FIELD,
        COMMENT_FIELD,
    } | {SATISFACTION_PREFIX + volet.id for volet in content.volets}
    assert set(fields) == expected
    assert fields[FORM_ID_FIELD]["/V"] == content.token
    assert int(fields[FORM_ID_FIELD]["/Ff"]) & READ_ONLY
    assert int(fields[COMMENT_FIELD]["/Ff"]) & MULTILINE
    widgets = {
        str(annotation.get_object().get("/T")): annotation.get_object()
        for page in reader.pages
        for annotation in page.get("/Annots", [])
    }
    assert int(widgets[FORM_ID_FIELD]["/F"]) & HIDDEN
    assert not int(widgets[COMPANY_FIELD]["/F"]) & HIDDEN
    states = set(fields[PARTNERSHIP_FIELD]["/_States_"])
    assert states == {"/oui", "/non"}
    scores = fields[SATISFACTION_PREFIX + content.volets[0].id]["/_States_"]
    assert set(scores) == {"/1", "/2", "/3", "/4", "/5"}


def test_category_list_shows_french_labels_and_stores_values(form: Path) -> None:
    options = PdfReader(form).get_fields()[CATEGORY_FIELD]["/Opt"]
    pairs = {str(value): str(label) for value, label in options}
    assert pairs["mecenat_competences"] == "Mécénat de compétences"
    assert set(pairs) >= {category.value for category in PartnershipCategory}


def test_form_prints_who_what_how_and_the_token(form: Path, content: FormContent) -> None:
    reader = PdfReader(form)
    text = " ".join(page.extract_text() for page in reader.pages)
    for expected in (
        "Questionnaire de suivi",
        "6 mois après l'accompagnement",
        "Les Jardins de Fives & Cie <Lille>",
        "Mécénat & partenariats <b>entreprises</b> 2026",
        "27 juin 2026",
        "26 janvier 2027",
        "suivi.dla@example.org",
        "enregistrez le fichier",
        SCALE_LEGEND,
        "Marketing associatif & <communication>",
        f"Identifiant du questionnaire : {content.token}",
    ):
        assert expected in " ".join(text.split()), expected
    assert len(reader.pages) <= 2
    assert reader.metadata.title == "Questionnaire de suivi — 6 mois après l'accompagnement"


def test_many_volets_continue_on_another_page_and_all_read_back(tmp_path: Path) -> None:
    content = form_content(volets=30)
    path = tmp_path / "long.pdf"
    write_questionnaire_form(content, path)
    values = {SATISFACTION_PREFIX + volet.id: "/4" for volet in content.volets}
    answer = read_questionnaire_form(fill_form(path, tmp_path / "filled.pdf", values))
    assert len(PdfReader(path).pages) > 2
    assert answer.satisfaction == {volet.id: 4 for volet in content.volets}


def test_form_without_email_reply_date_or_end_still_explains_how_to_answer(
    tmp_path: Path,
) -> None:
    content = form_content(office_email="", reply_by=None, programme_end=None, volets=0)
    path = tmp_path / "bare.pdf"
    write_questionnaire_form(content, path)
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    assert "renvoyez-le en pièce jointe à l'expéditeur de ce message" in " ".join(text.split())
    assert "None" not in text and "avant le" not in text
    assert read_questionnaire_form(path).satisfaction == {}


def test_writing_replaces_the_file_and_leaves_no_temporary(
    tmp_path: Path, content: FormContent
) -> None:
    path = tmp_path / "questionnaire.pdf"
    path.write_bytes(b"old")
    write_questionnaire_form(content, path)
    assert path.read_bytes().startswith(b"%PDF-")
    assert [entry.name for entry in tmp_path.iterdir()] == ["questionnaire.pdf"]


def test_accented_field_values_display(tmp_path: Path, form: Path) -> None:
    # GIVEN a reader that types accents (drawn in Helvetica, not in the embedded font)
    writer = PdfWriter(clone_from=PdfReader(form))
    values = {COMPANY_FIELD: "Éclat d'été", AMOUNT_FIELD: "1 500 €"}
    # WHEN the appearance is flattened onto the page, as printing does
    writer.update_page_form_field_values(None, values, auto_regenerate=False, flatten=True)
    writer.write(tmp_path / "flat.pdf")
    # THEN the text drawn is the text typed
    shown = subprocess.run(
        ["pdftotext", str(tmp_path / "flat.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Éclat d'été" in shown and "1 500 €" in shown


# --- reading back ------------------------------------------------------------------------


def test_filled_form_reads_back_every_answer(
    tmp_path: Path, form: Path, content: FormContent
) -> None:
    filled = fill_form(form, tmp_path / "filled.pdf", full_answers(content))
    answer = read_questionnaire_form(filled)
    first, second, third = (volet.id for volet in content.volets)
    assert answer.path == filled
    assert answer.sha256 == hashlib.sha256(filled.read_bytes()).hexdigest()
    assert answer.token == content.token
    assert answer.partnership_obtained is True
    assert answer.company_name == "Éclat d'été & Fils <SARL>"
    assert answer.category == "mecenat_competences"
    assert answer.amount == Decimal("1500.50")
    assert (answer.jobs_created, answer.jobs_consolidated) == (2, 1)
    assert answer.satisfaction == {first: 5, second: 1, third: 3}
    assert answer.comment == "Très utile.\nMerci à l'équipe ! « Œuvre » & <b>"


def test_unfilled_form_reads_as_empty_answers(form: Path, content: FormContent) -> None:
    answer = read_questionnaire_form(form)
    assert answer.token == content.token
    assert answer.partnership_obtained is None
    assert (answer.company_name, answer.category, answer.comment) == ("", "", "")
    assert answer.amount is None
    assert (answer.jobs_created, answer.jobs_consolidated) == (0, 0)
    assert answer.satisfaction == {}


def test_no_partnership_answer_reads_false(tmp_path: Path, form: Path) -> None:
    filled = fill_form(form, tmp_path / "non.pdf", {PARTNERSHIP_FIELD: "/non"})
    assert read_questionnaire_form(filled).partnership_obtained is False


@pytest.mark.parametrize(
    ("stored", "expected"),
    [
        ("Mécénat de compétences", "mecenat_competences"),  # a reader that stores the label
        ("mecenat_nature", "mecenat_nature"),
        ("Choisir dans la liste", ""),  # the list's opening line: nothing chosen
    ],
)
def test_category_label_maps_back_to_its_value(
    tmp_path: Path, form: Path, stored: str, expected: str
) -> None:
    filled = fill_form(form, tmp_path / "filled.pdf", {CATEGORY_FIELD: stored})
    assert read_questionnaire_form(filled).category == expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("32 700", "32700"), ("1500.5", "1500.5"), ("12 000,00 €", "12000.00"), ("", None)],
)
def test_amount_typed_the_french_or_english_way(
    tmp_path: Path, form: Path, typed: str, expected: str | None
) -> None:
    filled = fill_form(form, tmp_path / "filled.pdf", {AMOUNT_FIELD: typed})
    amount = read_questionnaire_form(filled).amount
    assert amount == (Decimal(expected) if expected else None)


@pytest.mark.parametrize(
    ("values", "words"),
    [
        ({JOBS_CREATED_FIELD: "deux"}, "« Emplois créés » doit être un nombre entier"),
        ({JOBS_CONSOLIDATED_FIELD: "1,5"}, "« Emplois consolidés » doit être un nombre entier"),
        ({JOBS_CREATED_FIELD: "-1"}, "« Emplois créés »"),
        ({AMOUNT_FIELD: "mille euros"}, "le montant « mille euros » n'est pas un nombre"),
        ({AMOUNT_FIELD: "-200"}, "le montant ne peut pas être négatif"),
        ({CATEGORY_FIELD: "Subvention"}, "le type de partenariat « Subvention »"),
        # a tampered form: far too many digits for int() (which would raise ValueError)
        ({JOBS_CREATED_FIELD: "9" * 5000}, "« Emplois créés » vaut un nombre bien trop grand"),
        ({JOBS_CONSOLIDATED_FIELD: "1" * 10}, "« Emplois consolidés » vaut un nombre bien trop"),
        ({AMOUNT_FIELD: "1" * 5000}, "le montant est trop long pour être un montant"),
        ({COMMENT_FIELD: "x" * 20_001}, "« Commentaire » est trop long"),
        # parse_amount's own reason, not "not a number": 1 500 € or 1,50 €?
        ({AMOUNT_FIELD: "1.500"}, r"le montant « 1\.500 » est ambigu : écrivez les centimes"),
    ],
)
def test_values_that_are_not_answers_are_refused_naming_the_field(
    tmp_path: Path, form: Path, values: dict[str, str], words: str
) -> None:
    filled = fill_form(form, tmp_path / "filled.pdf", values)
    with pytest.raises(FileReadError, match=words):
        read_questionnaire_form(filled)


def test_a_number_of_jobs_up_to_nine_digits_is_read(tmp_path: Path, form: Path) -> None:
    filled = fill_form(form, tmp_path / "filled.pdf", {JOBS_CREATED_FIELD: "000000000012"})
    assert read_questionnaire_form(filled).jobs_created == 12  # leading zeros are no size


def test_a_repaired_file_reads_without_pypdf_warnings_on_stderr(
    tmp_path: Path, form: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    filled = fill_form(form, tmp_path / "filled.pdf", {COMPANY_FIELD: "Boulangerie Éclat"})
    data = filled.read_bytes()
    start = data.rindex(b"startxref") + len(b"startxref")
    end = data.index(b"%%EOF", start)
    broken = tmp_path / "xref faux.pdf"
    broken.write_bytes(data[:start] + b"\n1\n" + data[end:])  # pypdf repairs it, warning
    capfd.readouterr()
    assert read_questionnaire_form(broken).company_name == "Boulangerie Éclat"
    assert capfd.readouterr().err == ""


def test_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(FileReadError, match="« absent.pdf » est introuvable"):
        read_questionnaire_form(tmp_path / "absent.pdf")


def test_text_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "réponses.pdf"
    path.write_text("Oui, partenariat avec Éclat d'été", encoding="utf-8")
    with pytest.raises(FileReadError, match="« réponses.pdf » n'est pas un fichier PDF"):
        read_questionnaire_form(path)


@pytest.mark.parametrize("kept", [0.3, 0.9, 0.999])
def test_truncated_pdf_is_refused(tmp_path: Path, form: Path, kept: float) -> None:
    data = form.read_bytes()
    path = tmp_path / "coupé.pdf"
    path.write_bytes(data[: int(len(data) * kept)])
    with pytest.raises(FileReadError, match="« coupé.pdf » est endommagé ou incomplet"):
        read_questionnaire_form(path)


def test_foreign_pdf_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "facture.pdf"
    canvas = Canvas(str(path))
    canvas.drawString(100, 700, "Facture n° 42")
    canvas.save()
    with pytest.raises(FileReadError, match="ce PDF n'est pas un questionnaire DLA Desktop"):
        read_questionnaire_form(path)


@pytest.mark.parametrize("token", ["DLA1-modifié", "", "DLA2-" + "0" * 49])
def test_edited_identifier_is_refused(tmp_path: Path, form: Path, token: str) -> None:
    filled = fill_form(form, tmp_path / "modifié.pdf", {FORM_ID_FIELD: token})
    with pytest.raises(FileReadError, match="identifiant modifié ou illisible"):
        read_questionnaire_form(filled)


def test_score_outside_the_scale_is_refused(
    tmp_path: Path, form: Path, content: FormContent
) -> None:
    # GIVEN a form whose radio value was rewritten by some tool
    writer = PdfWriter(clone_from=PdfReader(form))
    name = SATISFACTION_PREFIX + content.volets[0].id
    for field in writer.root_object["/AcroForm"]["/Fields"]:
        if field.get_object().get("/T") == name:
            field.get_object()[NameObject("/V")] = NameObject("/9")
    writer.write(tmp_path / "neuf.pdf")
    with pytest.raises(FileReadError, match="une note de satisfaction vaut « 9 »"):
        read_questionnaire_form(tmp_path / "neuf.pdf")


def test_password_protected_pdf_is_refused(tmp_path: Path, form: Path) -> None:
    writer = PdfWriter(clone_from=PdfReader(form))
    writer.encrypt("secret", algorithm="RC4-128")
    writer.write(tmp_path / "protégé.pdf")
    with pytest.raises(FileReadError, match="« protégé.pdf » est protégé par un mot de passe"):
        read_questionnaire_form(tmp_path / "protégé.pdf")


def test_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "réponses.pdf").mkdir()
    with pytest.raises(FileReadError, match="« réponses.pdf » est un dossier"):
        read_questionnaire_form(tmp_path / "réponses.pdf")
