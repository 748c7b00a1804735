"""A filled follow-up questionnaire read back (pypdf), and the names of the form's fields.

Apart from reportlab on purpose: importing answers reads PDFs, it never lays one out.
Every refusal is a FileReadError whose French message names the file (and the field
when one holds something that is not an answer). Whether the token belongs to a
questionnaire of the base is the service's question, not this module's.
"""

from __future__ import annotations

import hashlib
import io
import re
from collections.abc import Mapping
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


def read_questionnaire_form(path: Path) -> FormAnswer:
    """Read the answers of a filled form; raise FileReadError (French) for anything else."""
    path = Path(path)
    data = _file_bytes(path)
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
        company_name=_text(fields.get(COMPANY_FIELD)).strip(),
        category=_category(path, fields.get(CATEGORY_FIELD)),
        amount=_amount(path, _text(fields.get(AMOUNT_FIELD))),
        jobs_created=_jobs(path, fields.get(JOBS_CREATED_FIELD), "Emplois créés"),
        jobs_consolidated=_jobs(path, fields.get(JOBS_CONSOLIDATED_FIELD), "Emplois consolidés"),
        satisfaction=_satisfaction_answers(path, fields),
        comment=_text(fields.get(COMMENT_FIELD)).replace("\r\n", "\n").replace("\r", "\n").strip(),
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
    if not typed.strip():
        return None
    try:
        amount = parse_amount(typed.strip())
    except ValueError:
        raise FileReadError(
            f"« {path.name} » : le montant « {typed.strip()} » n'est pas un nombre "
            "(exemple : 1 500,50)."
        ) from None
    if amount < 0:
        raise FileReadError(f"« {path.name} » : le montant ne peut pas être négatif.")
    return amount


def _jobs(path: Path, field: Mapping[str, Any] | None, label: str) -> int:
    """A count of jobs: empty means 0, anything but a whole number is refused."""
    typed = _text(field).strip()
    if not typed:
        return 0
    cleaned = re.sub(r"[\s\u00a0\u202f]", "", typed)
    if not cleaned.isdigit() or not cleaned.isascii():
        raise FileReadError(
            f"« {path.name} » : « {label} » doit être un nombre entier (ici « {typed} »)."
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
