"""E-mail drafts: each parses back with the e-mail module, the form attached byte for byte."""

from __future__ import annotations

from dataclasses import replace
from email import policy
from email.message import EmailMessage
from email.parser import Parser
from pathlib import Path

import pytest

from dla_desktop.documents.email_drafts import (
    mail_address,
    stage_wave,
    wave_folder,
    write_eml,
    write_wave,
)
from dla_desktop.documents.pdf.questionnaire_form import read_questionnaire_form
from dla_desktop.domain.questionnaire_forms import WaveMail
from tests.documents.test_questionnaire_form import form_content

SUBJECT = "Questionnaire 6 mois — Éclat d'été & <Cie> 🌻"
BODY = "Bonjour,\n\nVoici le questionnaire « 6 mois » à remplir avant le 26 janvier.\n€ & <b>\n"


def parsed(path: Path) -> EmailMessage:
    """The draft as a mail client reads it."""
    text = path.read_bytes().decode("utf-8")  # RFC 6532: headers in UTF-8, the rest ASCII
    return Parser(policy=policy.default).parsestr(text)  # type: ignore[return-value]


def attachment(tmp_path: Path, name: str = "Questionnaire été.pdf") -> Path:
    path = tmp_path / name
    path.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 40 + b"\n%%EOF\n")
    return path


def test_draft_parses_back_with_subject_recipients_body_and_attachment(tmp_path: Path) -> None:
    pdf = attachment(tmp_path)
    draft = tmp_path / "brouillon.eml"
    write_eml(
        draft,
        sender="DLA du Nord <suivi.dla@example.org>",
        recipients=["Zoé Lefèvre <tresoriere@jardins.example.org>", "contact@jardins.example.org"],
        subject=SUBJECT,
        body=BODY,
        attachment=pdf,
    )
    message = parsed(draft)
    assert message["X-Unsent"] == "1"
    assert message["Subject"] == SUBJECT
    assert message["From"].addresses[0].addr_spec == "suivi.dla@example.org"
    to = message["To"].addresses
    assert [address.addr_spec for address in to] == [
        "tresoriere@jardins.example.org",
        "contact@jardins.example.org",
    ]
    assert to[0].display_name == "Zoé Lefèvre"
    assert message.get_body(("plain",)).get_content().replace("\r\n", "\n") == BODY
    (part,) = message.iter_attachments()
    assert part.get_content_type() == "application/pdf"
    assert part.get_filename() == "Questionnaire été.pdf"
    assert part.get_content() == pdf.read_bytes()


def test_draft_has_utf8_headers_and_crlf_lines(tmp_path: Path) -> None:
    draft = tmp_path / "brouillon.eml"
    write_eml(
        draft, sender="a@example.org", recipients=["b@example.org"], subject=SUBJECT,
        body=BODY, attachment=attachment(tmp_path),
    )  # fmt: skip
    data = draft.read_bytes()
    assert f"Subject: {SUBJECT}\r\n".encode() in data  # RFC 6532: UTF-8 headers
    assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b"")


@pytest.mark.parametrize(
    ("typed", "header"),
    [
        ("élodie@asso.fr", "élodie@asso.fr"),
        ("contact@écoles-fives.fr", "contact@écoles-fives.fr"),
        ("dupont,jean@x.fr", '"dupont,jean"@x.fr'),
        ("a(b)@x.fr", '"a(b)"@x.fr'),
        ("a:b@x.fr", '"a:b"@x.fr'),
    ],
)
def test_an_accented_or_odd_address_neither_crashes_nor_breaks_the_header(
    tmp_path: Path, typed: str, header: str
) -> None:
    draft = tmp_path / "brouillon.eml"
    sender = mail_address("CBE de Lille, Suivi", "suivi@écoles-lille.fr")
    write_eml(
        draft, sender=sender, recipients=[typed, "b@x.fr"], subject="s", body="b",
        attachment=attachment(tmp_path),
    )  # fmt: skip
    lines = draft.read_bytes().decode().split("\r\n")
    assert f"To: {header}, b@x.fr" in lines
    assert 'From: "CBE de Lille, Suivi" <suivi@écoles-lille.fr>' in lines


def test_draft_without_recipients_has_no_to_header(tmp_path: Path) -> None:
    draft = tmp_path / "brouillon.eml"
    write_eml(
        draft, sender="a@example.org", recipients=["", "  "], subject="Questionnaire",
        body="Bonjour", attachment=attachment(tmp_path),
    )  # fmt: skip
    message = parsed(draft)
    assert message["To"] is None and message["Subject"] == "Questionnaire"


def test_line_breaks_in_a_subject_cannot_add_headers(tmp_path: Path) -> None:
    draft = tmp_path / "brouillon.eml"
    write_eml(
        draft, sender="a@example.org", recipients=["b@example.org"],
        subject="Questionnaire\r\nBcc: espion@example.org", body="Bonjour",
        attachment=attachment(tmp_path),
    )  # fmt: skip
    message = parsed(draft)
    assert message["Bcc"] is None
    assert message["Subject"] == "Questionnaire Bcc: espion@example.org"


def test_missing_attachment_writes_nothing(tmp_path: Path) -> None:
    draft = tmp_path / "brouillon.eml"
    with pytest.raises(FileNotFoundError):
        write_eml(
            draft, sender="a@example.org", recipients=[], subject="x", body="y",
            attachment=tmp_path / "absent.pdf",
        )  # fmt: skip
    assert list(tmp_path.iterdir()) == []


def wave_mail(stem: str, recipients: tuple[str, ...] = ("tresorier@example.org",)) -> WaveMail:
    return WaveMail(
        content=form_content(),
        recipients=recipients,
        subject=f"Questionnaire de suivi — {stem}",
        body=BODY,
        file_stem=stem,
    )


def test_wave_writes_a_form_and_a_draft_per_association(tmp_path: Path) -> None:
    mails = [
        wave_mail("Questionnaire 6 mois - Les Jardins de Fives & Cie 🌻"),
        wave_mail('Questionnaire 6 mois - A/B: "C*D?" <E|F> \\ ', recipients=()),
        wave_mail("Questionnaire 6 mois - Les Jardins de Fives & Cie 🌻"),  # same name
        wave_mail("Questionnaire 6 mois - Assoc. du Nord"),
    ]
    written = write_wave(mails, tmp_path, sender="DLA du Nord <suivi.dla@example.org>")
    folder = wave_folder(mails, tmp_path)
    assert folder.name == "Mécénat & partenariats bentreprises-b 2026 - 6 mois"
    assert [path.suffix for path in written] == [".pdf", ".eml"] * 4
    assert sorted(written) == sorted(folder.iterdir())  # nothing else, no temporary file
    assert list(tmp_path.iterdir()) == [folder]
    names = [path.name for path in written]
    assert names[0] == "Questionnaire 6 mois - Les Jardins de Fives & Cie 🌻.pdf"
    assert names[4] == "Questionnaire 6 mois - Les Jardins de Fives & Cie 🌻 (2).pdf"
    assert names[6] == "Questionnaire 6 mois - Assoc. du Nord.pdf"
    assert names[7] == "Questionnaire 6 mois - Assoc. du Nord.eml"
    for name in names:
        assert not set(name) & set('/\\:*?"<>|'), name
        assert name == name.strip()
    for mail, form, draft in zip(mails, written[::2], written[1::2], strict=True):
        assert form.stem == draft.stem
        assert read_questionnaire_form(form).token == mail.content.token
        message = parsed(draft)
        assert message["Subject"] == " ".join(mail.subject.split())
        (part,) = message.iter_attachments()
        assert part.get_filename() == form.name
        assert part.get_content() == form.read_bytes()
    assert parsed(written[3])["To"] is None


def test_wave_sent_again_never_replaces_the_first_files(tmp_path: Path) -> None:
    mail = wave_mail("Questionnaire 6 mois - Théâtre du Prato")
    first = write_wave([mail], tmp_path, sender="a@example.org")
    again = replace(mail, content=form_content())
    second = write_wave([again], tmp_path, sender="a@example.org")
    assert [path.name for path in second] == [
        "Questionnaire 6 mois - Théâtre du Prato (2).pdf",
        "Questionnaire 6 mois - Théâtre du Prato (2).eml",
    ]
    assert read_questionnaire_form(first[0]).token == mail.content.token
    assert read_questionnaire_form(second[0]).token == again.content.token


def test_two_programmes_waves_go_to_their_own_folders(tmp_path: Path) -> None:
    mail = wave_mail("Questionnaire 6 mois - Théâtre du Prato")
    other = replace(mail, content=replace(form_content(), programme_title="Emploi: 2026/2027"))
    (first,) = write_wave([mail], tmp_path, sender="a@example.org")[:1]
    (second,) = write_wave([other], tmp_path, sender="a@example.org")[:1]
    assert first.parent != second.parent and first.name == second.name
    assert second.parent.name == "Emploi - 2026-2027 - 6 mois"
    assert read_questionnaire_form(first).token == mail.content.token


def test_staged_wave_appears_only_when_published_and_discard_leaves_nothing(
    tmp_path: Path,
) -> None:
    mails = [wave_mail("Questionnaire 6 mois - Théâtre du Prato")]
    staged = stage_wave(mails, tmp_path, sender="a@example.org")
    assert not staged.folder.exists()
    published = staged.publish()
    assert published == staged.paths and all(path.is_file() for path in published)
    assert list(tmp_path.iterdir()) == [staged.folder]  # the hidden folder is gone
    failed = stage_wave(mails, tmp_path, sender="a@example.org")
    failed.discard()
    assert list(tmp_path.iterdir()) == [staged.folder]
    assert sorted(staged.folder.iterdir()) == sorted(published)


def test_a_failed_staging_names_the_real_destination(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dla_desktop.documents.pdf import questionnaire_form

    def refused(content: object, path: Path) -> Path:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(questionnaire_form, "write_questionnaire_form", refused)
    mails = [wave_mail("Questionnaire 6 mois - Théâtre du Prato")]
    with pytest.raises(PermissionError) as raised:
        stage_wave(mails, tmp_path, sender="a@example.org")
    folder = wave_folder(mails, tmp_path)
    assert raised.value.filename == str(folder / "Questionnaire 6 mois - Théâtre du Prato.pdf")
    assert list(tmp_path.iterdir()) == []
