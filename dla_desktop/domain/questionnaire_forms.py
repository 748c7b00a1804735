"""The offline questionnaire: what a fillable PDF form carries out, and what comes back."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum
from pathlib import Path

# Name of the hidden form field that identifies the questionnaire a filled form answers.
FORM_ID_FIELD = "dla_formulaire"
FORM_VERSION = "1"


@dataclass(frozen=True)
class FormVolet:
    """A volet the association followed, to rate from 1 to 5."""

    id: str
    label: str  # "Mécénat", "Marketing associatif"


@dataclass(frozen=True)
class FormContent:
    """Everything printed on one association's form (pre-filled parts included)."""

    questionnaire_id: str
    token: str  # FORM_ID_FIELD's value: questionnaire id plus a check, see form_token
    programme_title: str
    programme_end: date | None
    association_name: str
    months_after: int
    volets: tuple[FormVolet, ...]
    categories: tuple[tuple[str, str], ...]  # (value, French label) of PartnershipCategory
    office_name: str  # who sends it and gets it back
    office_email: str
    reply_by: date | None  # answer wanted by (sent date + reminder days)


@dataclass(frozen=True)
class FormAnswer:
    """A filled form read back (pypdf): raw answers, not yet checked against the base."""

    path: Path
    sha256: str
    token: str
    partnership_obtained: bool | None
    company_name: str
    category: str  # a PartnershipCategory value, or ""
    amount: Decimal | None
    jobs_created: int
    jobs_consolidated: int
    satisfaction: Mapping[str, int] = field(default_factory=dict)  # volet id -> 1..5
    comment: str = ""


@dataclass(frozen=True)
class WaveMail:
    """One association's form and the e-mail draft that carries it."""

    content: FormContent
    recipients: tuple[str, ...]  # the association's contacts' e-mails (may be empty)
    subject: str
    body: str  # French, plain text
    file_stem: str  # "Questionnaire 6 mois - Les Jardins de Fives"


class AnswerFate(StrEnum):
    READY = "ready"  # matched to a questionnaire awaiting an answer: will be stored
    ALREADY = "already"  # this very file (same SHA-256) was imported before
    ANSWERED = "answered"  # the questionnaire has an answer already (from another file or by hand)
    REFUSED = "refused"  # not one of our forms, tampered, unknown questionnaire, bad values


@dataclass(frozen=True)
class AnswerImportRow:
    """One dropped file and what importing it would do, for confirmation."""

    path: Path
    fate: AnswerFate
    message: str  # French: why refused, or what will be stored
    answer: FormAnswer | None = None
    questionnaire_id: str | None = None
    association_name: str = ""
    programme_title: str = ""
    months_after: int | None = None
    # the answer says a partnership was obtained: offer to create or update one
    proposes_partnership: bool = False


@dataclass(frozen=True)
class AnswerImportSummary:
    stored: int
    skipped: int
    partnerships_created: int
    partnerships_updated: int


def form_token(questionnaire_id: str, programme_id: str, association_id: str, months: int) -> str:
    """The form's identifier: the questionnaire id and a check of what it belongs to.

    Not a secret (the form travels by e-mail): it makes an edited or pasted identifier,
    or a form of another questionnaire, fail loudly instead of storing answers elsewhere.
    """
    check = _check(questionnaire_id, programme_id, association_id, months)
    return f"DLA{FORM_VERSION}-{questionnaire_id}-{check}"


def token_questionnaire_id(token: str) -> str | None:
    """The questionnaire id a token names (unchecked), or None when it is not one of ours."""
    prefix = f"DLA{FORM_VERSION}-"
    if not token.startswith(prefix) or len(token) != len(prefix) + 36 + 1 + 12:
        return None
    return token[len(prefix) : len(prefix) + 36]


def token_matches(token: str, programme_id: str, association_id: str, months: int) -> bool:
    """True when the token was made for this questionnaire (same programme, association, wave)."""
    questionnaire_id = token_questionnaire_id(token)
    if questionnaire_id is None:
        return False
    return token == form_token(questionnaire_id, programme_id, association_id, months)


def _check(questionnaire_id: str, programme_id: str, association_id: str, months: int) -> str:
    import hashlib

    text = f"{questionnaire_id}|{programme_id}|{association_id}|{months}"
    return hashlib.sha256(text.encode()).hexdigest()[:12]
