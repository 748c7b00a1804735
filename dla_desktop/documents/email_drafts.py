"""Ready-to-send e-mail drafts (.eml) carrying the questionnaire forms, for any mail client.

The application sends nothing itself: the coordinator opens each draft (double click:
Outlook and Thunderbird open a message marked ``X-Unsent: 1`` as a draft to send),
checks it and sends it from their own mailbox.

A wave is written into its own folder ("<programme> - <n> mois") and never replaces a
file already there. Its files are first written into a hidden sibling folder
(``stage_wave``) and moved into place only once the wave's marks are committed
(``StagedWave.publish``); a failed wave leaves nothing behind (``StagedWave.discard``).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from pathlib import Path

from dla_desktop.documents.file_names import safe_file_name
from dla_desktop.domain.questionnaire_forms import WaveMail

# RFC 5322 line ends; UTF-8 allowed in headers (RFC 6532): an accented address stays readable.
EML_POLICY = policy.SMTPUTF8.clone(linesep="\r\n", max_line_length=998)  # RFC 5322 limit
DOMAIN_FORBIDDEN = str.maketrans("", "", '<>()[],;:"\\ \t')


def mail_address(display_name: str, address: str) -> Address:
    """An Address built from its parts, so no character of a typed address can break the header.

    The local part is quoted when it needs to be and may carry accents, as may the domain.
    """
    username, at, domain = address.strip().rpartition("@")
    if not at:
        username, domain = address.strip(), ""
    return Address(
        display_name=_one_line(display_name),
        username=_one_line(username),
        domain=_one_line(domain).translate(DOMAIN_FORBIDDEN),
    )


def write_eml(
    path: Path,
    *,
    sender: Address | str,
    recipients: Sequence[Address | str],
    subject: str,
    body: str,
    attachment: Path,
) -> None:
    """Write a draft with ``attachment`` as a PDF to ``path`` (replaced atomically).

    A string sender or recipient is an e-mail address, or "Name <address>"; a sender
    string without "@" is a bare name.
    """
    message = EmailMessage(policy=EML_POLICY)
    message["X-Unsent"] = "1"
    if isinstance(sender, Address) or sender.strip():
        message["From"] = _address(sender, bare_name=True)
    addresses = [_address(a) for a in recipients if isinstance(a, Address) or a.strip()]
    if addresses:
        message["To"] = addresses
    message["Subject"] = _one_line(subject)
    message.set_content(body.replace("\r\n", "\n"), charset="utf-8", cte="quoted-printable")
    attachment = Path(attachment)
    message.add_attachment(
        attachment.read_bytes(), maintype="application", subtype="pdf", filename=attachment.name
    )
    _write_atomically(Path(path), message.as_bytes(policy=EML_POLICY))


@dataclass
class StagedWave:
    """A wave's files written in a hidden folder, waiting for the wave's marks to be committed."""

    folder: Path  # the wave's own folder, where ``publish`` moves the files
    staging: Path  # the hidden sibling folder holding them meanwhile
    names: list[str]  # the files' names, forms and drafts in turn

    @property
    def paths(self) -> list[Path]:
        """Where the files will be once published."""
        return [self.folder / name for name in self.names]

    def publish(self) -> list[Path]:
        """Move the files into the wave's folder, never over an existing file; return them."""
        self.folder.mkdir(parents=True, exist_ok=True)
        published = []
        for name in self.names:
            destination = _free_path(self.folder / name)
            try:
                os.replace(self.staging / name, destination)
            except OSError as error:
                raise _at(error, destination) from error
            published.append(destination)
        self.discard()
        return published

    def discard(self) -> None:
        """Remove what is still staged (all of it when the wave failed)."""
        shutil.rmtree(self.staging, ignore_errors=True)


def wave_folder(mails: Sequence[WaveMail], folder: Path) -> Path:
    """The wave's own folder: "<programme title> - <n> mois", inside ``folder``."""
    content = mails[0].content
    return Path(folder) / safe_file_name(
        [content.programme_title, f"{content.months_after} mois"], ""
    )


def stage_wave(mails: Sequence[WaveMail], folder: Path, *, sender: Address | str) -> StagedWave:
    """Write each association's form and draft into a hidden folder beside the wave's folder.

    File names come from each mail's ``file_stem``, made safe for Windows and unique in the
    wave and in the wave's folder (an existing file, or a second association of the same
    name, gets "… (2)"). An OSError names the file's real destination, not the hidden copy.
    """
    from dla_desktop.documents.pdf.questionnaire_form import write_questionnaire_form

    destination = wave_folder(mails, folder)
    try:
        destination.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{destination.name}.", dir=destination.parent))
    except OSError as error:
        raise _at(error, destination) from error
    staged = StagedWave(destination, staging, [])
    taken = _names_in(destination)
    try:
        for mail in mails:
            stem = _free_stem(safe_file_name([mail.file_stem], ""), taken)
            form, draft = staging / f"{stem}.pdf", staging / f"{stem}.eml"
            _staged_write(destination / form.name, write_questionnaire_form, mail.content, form)
            _staged_write(
                destination / draft.name,
                write_eml,
                draft,
                sender=sender,
                recipients=mail.recipients,
                subject=mail.subject,
                body=mail.body,
                attachment=form,
            )
            staged.names += [form.name, draft.name]
    except BaseException:
        staged.discard()
        raise
    return staged


def write_wave(mails: Sequence[WaveMail], folder: Path, *, sender: Address | str) -> list[Path]:
    """Write the wave's forms and drafts into its own folder at once; return the paths.

    For callers with no transaction to wait for; ``stage_wave`` is the two-step way.
    """
    return stage_wave(mails, folder, sender=sender).publish()


def _staged_write(destination: Path, write: object, *args: object, **kwargs: object) -> None:
    """Call ``write``; an OSError on the hidden copy is reported at its real destination."""
    try:
        write(*args, **kwargs)  # type: ignore[operator]
    except OSError as error:
        raise _at(error, destination) from error


def _at(error: OSError, destination: Path) -> OSError:
    """The same system error, naming the file the user will look for."""
    return OSError(error.errno, error.strerror, str(destination))


def _names_in(folder: Path) -> set[str]:
    """The names already in ``folder`` (case-blind, as Windows is)."""
    if not folder.is_dir():
        return set()
    return {path.name.casefold() for path in folder.iterdir()}


def _free_stem(stem: str, taken: set[str]) -> str:
    """``stem``, or "stem (2)"…, whose form and draft names are both free; marks them taken."""
    candidate, copy = stem, 1
    while {f"{candidate}.pdf".casefold(), f"{candidate}.eml".casefold()} & taken:
        copy += 1
        candidate = f"{stem} ({copy})"
    taken.update({f"{candidate}.pdf".casefold(), f"{candidate}.eml".casefold()})
    return candidate


def _free_path(path: Path) -> Path:
    """``path``, or "name (2).ext"… when a file appeared there meanwhile."""
    candidate, copy = path, 1
    while candidate.exists():
        copy += 1
        candidate = path.with_name(f"{path.stem} ({copy}){path.suffix}")
    return candidate


def _address(value: Address | str, *, bare_name: bool = False) -> Address | str:
    """A typed address ("a@b.fr" or "Name <a@b.fr>") as an Address; a bare sender name quoted."""
    if isinstance(value, Address):
        return value
    value = _one_line(value)
    if value.endswith(">") and "<" in value:
        name, _, address = value[:-1].rpartition("<")
        return mail_address(name.strip().strip('"'), address)
    if bare_name and "@" not in value:
        return '"{}"'.format(value.replace("\\", "").replace('"', "'"))
    return mail_address("", value)


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
