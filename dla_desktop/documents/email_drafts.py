"""Ready-to-send e-mail drafts (.eml) carrying the questionnaire forms, for any mail client.

The application sends nothing itself: the coordinator opens each draft (double click:
Outlook and Thunderbird open a message marked ``X-Unsent: 1`` as a draft to send),
checks it and sends it from their own mailbox.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from email import policy
from email.message import EmailMessage
from pathlib import Path

from dla_desktop.documents.file_names import safe_file_name, unique_names
from dla_desktop.domain.questionnaire_forms import WaveMail

EML_POLICY = policy.default.clone(linesep="\r\n")  # RFC 5322 line ends, UTF-8 headers encoded


def write_eml(
    path: Path,
    *,
    sender: str,
    recipients: Sequence[str],
    subject: str,
    body: str,
    attachment: Path,
) -> None:
    """Write a draft with ``attachment`` as a PDF to ``path`` (replaced atomically)."""
    message = EmailMessage(policy=EML_POLICY)
    message["X-Unsent"] = "1"
    if sender.strip():
        message["From"] = _one_line(sender)
    addresses = [_one_line(address) for address in recipients if address.strip()]
    if addresses:
        message["To"] = ", ".join(addresses)
    message["Subject"] = _one_line(subject)
    message.set_content(body.replace("\r\n", "\n"), charset="utf-8", cte="quoted-printable")
    attachment = Path(attachment)
    message.add_attachment(
        attachment.read_bytes(), maintype="application", subtype="pdf", filename=attachment.name
    )
    _write_atomically(Path(path), message.as_bytes(policy=EML_POLICY))


def write_wave(mails: Sequence[WaveMail], folder: Path, *, sender: str) -> list[Path]:
    """Write each association's form and its draft into ``folder``; return the paths written.

    File names come from each mail's ``file_stem``, made safe for Windows and unique in
    the wave (two associations of the same name get "… (2)").
    """
    from dla_desktop.documents.pdf.questionnaire_form import write_questionnaire_form

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    names = unique_names([safe_file_name([mail.file_stem], ".pdf") for mail in mails])
    written: list[Path] = []
    for mail, name in zip(mails, names, strict=True):
        form = folder / name
        draft = form.with_suffix(".eml")
        write_questionnaire_form(mail.content, form)
        write_eml(
            draft,
            sender=sender,
            recipients=mail.recipients,
            subject=mail.subject,
            body=mail.body,
            attachment=form,
        )
        written += [form, draft]
    return written


def _one_line(value: str) -> str:
    """A header value on one line: a line break in a name must not forge another header."""
    return " ".join(value.split())


def _write_atomically(destination: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``destination``, then rename it over it."""
    handle, temporary = tempfile.mkstemp(
        prefix=f".{destination.stem}.", suffix=".tmp", dir=destination.parent
    )
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        os.replace(temporary, destination)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
