"""Checks of the identifiers of the field: SIREN/SIRET (python-stdnum), RNA, postal code, e-mail."""

from __future__ import annotations

import re

from stdnum.exceptions import ValidationError as StdnumError
from stdnum.fr import siren as stdnum_siren
from stdnum.fr import siret as stdnum_siret

_RNA = re.compile(r"W[0-9]{9}")
_POSTAL_CODE = re.compile(r"[0-9]{5}")
# [0-9], not \d: \d also matches Arabic-Indic or full-width digits.
# Deliberately loose: one @, a dot in the domain, no spaces. Mail servers decide the rest.
_EMAIL = re.compile(r"[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+")
_PHONE = re.compile(r"\+?[0-9 .()-]{6,20}")


def normalize_siret(value: str) -> str:
    """Return the 14 digits of a valid SIRET (La Poste's exception included) or raise ValueError."""
    try:
        return stdnum_siret.validate(value)
    except StdnumError as error:
        raise ValueError(_siret_reason(value, 14, error)) from None


def normalize_siren(value: str) -> str:
    """Return the 9 digits of a valid SIREN or raise ValueError with a French reason."""
    try:
        return stdnum_siren.validate(value)
    except StdnumError as error:
        raise ValueError(_siret_reason(value, 9, error)) from None


def _siret_reason(value: str, length: int, error: StdnumError) -> str:
    """Explain in French why stdnum refused a SIREN/SIRET."""
    digits = stdnum_siret.compact(value)
    if not digits.isdigit():
        return "ne doit contenir que des chiffres"
    if len(digits) != length:
        return f"doit compter {length} chiffres (et non {len(digits)})"
    return "clé de contrôle incorrecte (un chiffre est probablement mal saisi)"


def normalize_rna(value: str) -> str:
    """Upper-case and strip an RNA number; ValueError when it is not ``W`` + 9 digits."""
    compact = value.replace(" ", "").upper()
    if not _RNA.fullmatch(compact):
        raise ValueError("un numéro RNA s'écrit W suivi de 9 chiffres")
    return compact


def normalize_postal_code(value: str) -> str:
    """Return a French five-digit postal code or raise ValueError."""
    compact = value.replace(" ", "")
    if not _POSTAL_CODE.fullmatch(compact):
        raise ValueError("un code postal compte 5 chiffres")
    return compact


def normalize_email(value: str) -> str:
    """Return a trimmed e-mail address or raise ValueError."""
    compact = value.strip()
    if not _EMAIL.fullmatch(compact):
        raise ValueError("adresse électronique invalide")
    return compact


def normalize_phone(value: str) -> str:
    """Return a trimmed phone number or raise ValueError when it cannot be one."""
    compact = value.strip()
    if not _PHONE.fullmatch(compact) or sum(c in "0123456789" for c in compact) < 6:
        raise ValueError("numéro de téléphone invalide")
    return compact
