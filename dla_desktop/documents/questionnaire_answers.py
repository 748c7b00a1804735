"""A filled follow-up questionnaire read back (pypdf), and the names of the form's fields.

Apart from reportlab on purpose: importing answers reads PDFs, it never lays one out.
Every refusal is a FileReadError whose French message names the file (and the field
when one holds something that is not an answer). Whether the token belongs to a
questionnaire of the base is the service's question, not this module's.
"""

from __future__ import annotations

import hashlib
import io
import logging
import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import Any

from dla_desktop.domain.enums import PartnershipCategory
from dla_desktop.domain.errors import FileReadError, FileWriteError
from dla_desktop.domain.money import parse_amount
from dla_desktop.domain.questionnaire_forms import (
    FORM_ID_FIELD,
    FormAnswer,
    token_questionnaire_id,
)

# The form's field names: the PDF writer and this reader share them.
PARTNERSHIP_FIELD = "partenariat"
COMPANY_FIELD = "entreprise"
CATEGORY_FIELD = "categorie"
AMOUNT_FIELD = "montant"
JOBS_CREATED_FIELD = "emplois_crees"
JOBS_CONSOLIDATED_FIELD = "emplois_consolides"
COMMENT_FIELD = "commentaire"
SATISFACTION_PREFIX = "satisfaction_"  # + the volet's id
YES, NO = "oui", "non"
SCALE = ("1", "2", "3", "4", "5")
# The category list opens on this line: it shows the field is a list (and reportlab,
# whose combo box needs a value, gets one). Latin-1 only: field appearances are Helvetica.
NO_CATEGORY, NO_CATEGORY_LABEL = "aucune", "Choisir dans la liste"
# What a form's number field may hold before it is refused unread (a tampered form could
# carry thousands of digits: int() then fails, and nothing real is that long).
JOBS_DIGITS = 9
AMOUNT_CHARACTERS = 30
TEXT_CHARACTERS = 20_000  # a company name or a comment; the answer's own limits apply after


def read_questionnaire_form(path: Path) -> FormAnswer:
    """Read the answers of a filled form; raise FileReadError (French) for anything else."""
    path = Path(path)
    data = _file_bytes(path)
    with _quiet_pypdf():  # pypdf warns in English on stderr about what it repairs
        return _answer(path, data)


@contextmanager
def _quiet_pypdf() -> Iterator[None]:
    """Silence pypdf's logger while a form is read: its warnings are English and technical."""
    logger = logging.getLogger("pypdf")  # its modules' loggers ("pypdf._reader"…) inherit
    level = logger.level
    logger.setLevel(logging.CRITICAL + 1)
    try:
        yield
    finally:
        logger.setLevel(level)


def _answer(path: Path, data: bytes) -> FormAnswer:
    """The form's answers, read from its fields (pypdf reads some values lazily)."""
    fields = _form_fields(path, data)
    if FORM_ID_FIELD not in fields:
        raise FileReadError(f"« {path.name} » : ce PDF n'est pas un questionnaire DLA Desktop.")
    token = _text(fields[FORM_ID_FIELD]).strip()
    if token_questionnaire_id(token) is None:
        raise FileReadError(
            f"« {path.name} » : identifiant modifié ou illisible ; ce questionnaire ne peut pas "
            "être importé."
        )
    return FormAnswer(
        path=path,
        sha256=hashlib.sha256(data).hexdigest(),
        token=token,
        partnership_obtained=_yes_no(fields.get(PARTNERSHIP_FIELD)),
        company_name=_long_text(path, fields.get(COMPANY_FIELD), "Entreprise").strip(),
        category=_category(path, fields.get(CATEGORY_FIELD)),
        amount=_amount(path, _text(fields.get(AMOUNT_FIELD))),
        jobs_created=_jobs(path, fields.get(JOBS_CREATED_FIELD), "Emplois créés"),
        jobs_consolidated=_jobs(path, fields.get(JOBS_CONSOLIDATED_FIELD), "Emplois consolidés"),
        satisfaction=_satisfaction_answers(path, fields),
        comment=_comment(path, fields.get(COMMENT_FIELD)),
    )


def _file_bytes(path: Path) -> bytes:
    """The file's bytes, refused when missing, unreadable or not a PDF at all."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise FileReadError(f"Le fichier « {path.name} » est introuvable.") from None
    except IsADirectoryError:
        raise FileReadError(f"« {path.name} » est un dossier, pas un fichier PDF.") from None
    except OSError as error:
        reason = FileWriteError.REASONS.get(error.errno or 0, f"erreur système {error.errno}")
        raise FileReadError(f"Impossible de lire « {path.name} » : {reason}.") from None
    if b"%PDF-" not in data[:1024]:
        raise FileReadError(f"« {path.name} » n'est pas un fichier PDF.")
    return data


def _form_fields(path: Path, data: bytes) -> dict[str, Mapping[str, Any]]:
    """The form's fields by name, as pypdf reads them; a damaged file is refused."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    damaged = f"« {path.name} » est endommagé ou incomplet : il ne peut pas être lu."
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not _opens_without_password(reader):
            raise FileReadError(f"« {path.name} » est protégé par un mot de passe.")
        fields = reader.get_fields() or {}
        if not reader.pages:
            raise FileReadError(damaged)
    except FileReadError:
        raise
    except (
        PyPdfError,
        ValueError,
        KeyError,
        TypeError,
        AttributeError,
        IndexError,
        RecursionError,
        AssertionError,
        OSError,
    ) as error:
        raise FileReadError(damaged) from error
    return {str(name): field for name, field in fields.items()}


def _opens_without_password(reader: Any) -> bool:
    """True when an encrypted PDF opens with the empty password (only printing restricted)."""
    from pypdf.errors import PyPdfError

    try:
        return bool(reader.decrypt(""))
    except (PyPdfError, ValueError, NotImplementedError):
        return False


def _value(field: Mapping[str, Any] | None) -> Any:
    """A field's value (/V), None when the field is absent or empty."""
    if field is None:
        return None
    value = field.get("/V")
    return value.get_object() if hasattr(value, "get_object") else value


def _text(field: Mapping[str, Any] | None) -> str:
    """A text field's value as a str ("" when empty)."""
    value = _value(field)
    if value is None:
        return ""
    if isinstance(value, list):  # a list box with several choices: keep the first
        value = value[0] if value else ""
    return str(value)


def _long_text(path: Path, field: Mapping[str, Any] | None, label: str) -> str:
    """A free text field, refused when longer than anything typed in a form."""
    text = _text(field)
    if len(text) > TEXT_CHARACTERS:
        raise FileReadError(
            f"« {path.name} » : « {label} » est trop long ({len(text)} caractères, "
            f"{TEXT_CHARACTERS} au plus)."
        )
    return text


def _comment(path: Path, field: Mapping[str, Any] | None) -> str:
    """The comment, its line ends made Unix ones."""
    text = _long_text(path, field, "Commentaire")
    return text.replace("\r\n", "\n").replace("\r", "\n").strip()


def _button(field: Mapping[str, Any] | None) -> str:
    """A radio group's chosen value without pypdf's leading slash ("" when none or Off)."""
    value = _text(field).removeprefix("/")
    return "" if value == "Off" else value


def _yes_no(field: Mapping[str, Any] | None) -> bool | None:
    """The partnership question: True, False or None when not answered."""
    return {YES: True, NO: False}.get(_button(field).casefold())


def _category(path: Path, field: Mapping[str, Any] | None) -> str:
    """The category value; a reader that stored the French label is mapped back."""
    chosen = _text(field).strip()
    known = {category.value: category.label for category in PartnershipCategory}
    known.update(_options(field))
    by_label = {label.casefold(): value for value, label in known.items()}
    value = chosen if chosen in known else by_label.get(chosen.casefold(), chosen)
    if value in ("", NO_CATEGORY):
        return ""
    if value in known:
        return value
    raise FileReadError(
        f"« {path.name} » : le type de partenariat « {chosen} » n'est pas dans la liste proposée."
    )


def _options(field: Mapping[str, Any] | None) -> dict[str, str]:
    """A choice field's options as {value: label}, read from the form itself."""
    pairs: dict[str, str] = {}
    for option in (field or {}).get("/Opt") or ():
        option = option.get_object() if hasattr(option, "get_object") else option
        if isinstance(option, list) and len(option) == 2:
            pairs[str(option[0])] = str(option[1])
        else:
            pairs[str(option)] = str(option)
    return pairs


def _amount(path: Path, typed: str) -> Decimal | None:
    """The amount typed the French way ("1 500,50 €"), None when left empty."""
    typed = typed.strip()
    if not typed:
        return None
    if len(typed) > AMOUNT_CHARACTERS:
        raise FileReadError(f"« {path.name} » : le montant est trop long pour être un montant.")
    try:
        amount = parse_amount(typed)
    except ValueError as error:
        raise FileReadError(_amount_refusal(path, typed, str(error))) from None
    if amount < 0:
        raise FileReadError(f"« {path.name} » : le montant ne peut pas être négatif.")
    return amount


def _amount_refusal(path: Path, typed: str, reason: str) -> str:
    """Why the amount is refused: parse_amount's own French reason when it says more.

    "1.500" is ambiguous (1 500 € or 1,50 €?): saying so, with what to write, helps
    more than "not a number".
    """
    detail = reason.removeprefix("montant ").strip()
    if detail and detail != "illisible":
        return f"« {path.name} » : le montant « {typed} » est {detail}."
    return f"« {path.name} » : le montant « {typed} » n'est pas un nombre (exemple : 1 500,50)."


def _jobs(path: Path, field: Mapping[str, Any] | None, label: str) -> int:
    """A count of jobs: empty means 0, anything but a whole number is refused."""
    typed = _text(field).strip()
    if not typed:
        return 0
    cleaned = re.sub(r"[\s\u00a0\u202f]", "", typed)
    if not cleaned.isdigit() or not cleaned.isascii():
        shown = typed if len(typed) <= AMOUNT_CHARACTERS else typed[:AMOUNT_CHARACTERS] + "…"
        raise FileReadError(
            f"« {path.name} » : « {label} » doit être un nombre entier (ici « {shown} »)."
        )
    if len(cleaned.lstrip("0")) > JOBS_DIGITS:
        raise FileReadError(
            f"« {path.name} » : « {label} » vaut un nombre bien trop grand "
            f"({len(cleaned)} chiffres) : ce n'est pas un nombre d'emplois."
        )
    return int(cleaned)


def _satisfaction_answers(path: Path, fields: Mapping[str, Mapping[str, Any]]) -> dict[str, int]:
    """The scores given, by volet id; volets left unrated are absent."""
    scores: dict[str, int] = {}
    for name, field in fields.items():
        if not name.startswith(SATISFACTION_PREFIX):
            continue
        chosen = _button(field)
        if not chosen:
            continue
        if chosen not in SCALE:
            raise FileReadError(
                f"« {path.name} » : une note de satisfaction vaut « {chosen} » "
                "au lieu d'un chiffre de 1 à 5."
            )
        scores[name.removeprefix(SATISFACTION_PREFIX)] = int(chosen)
    return scores
