"""Identifiers of the field: SIREN/SIRET (Luhn, La Poste's exception), RNA, postal code,
e-mail and phone. The SIRET rule is checked against an oracle written here, not against
python-stdnum, which the code under test wraps."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from dla_desktop.domain.identifiers import (
    normalize_email,
    normalize_phone,
    normalize_postal_code,
    normalize_rna,
    normalize_siren,
    normalize_siret,
)

LA_POSTE_PREFIX = "356000000"
LA_POSTE_HEAD_OFFICE = "35600000000048"
digits = st.text(alphabet="0123456789", min_size=1, max_size=1)


def luhn_ok(number: str) -> bool:
    total = 0
    for position, char in enumerate(reversed(number)):
        value = int(char) * (2 if position % 2 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def luhn_completed(body: str) -> str:
    """``body`` followed by the digit that makes it pass the Luhn check."""
    return next(body + d for d in "0123456789" if luhn_ok(body + d))


def siret_oracle(number: str) -> bool:
    """INSEE's rule: Luhn on the 14 digits and on the SIREN, except La Poste's
    establishments, whose digit sum is a multiple of 5 (its head office follows Luhn)."""
    if len(number) != 14 or not number.isascii() or not number.isdigit():
        return False
    if number.startswith(LA_POSTE_PREFIX) and number != LA_POSTE_HEAD_OFFICE:
        return sum(map(int, number)) % 5 == 0
    return luhn_ok(number) and luhn_ok(number[:9])


valid_sirens = st.text(alphabet="0123456789", min_size=8, max_size=8).map(luhn_completed)
valid_sirets = st.builds(
    lambda siren, nic: luhn_completed(siren + nic),
    valid_sirens,
    st.text(alphabet="0123456789", min_size=4, max_size=4),
).filter(lambda s: not s.startswith(LA_POSTE_PREFIX))


# --- SIRET -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("73282932000074", "73282932000074"),
        ("732 829 320 00074", "73282932000074"),
        ("732.829.320.00074", "73282932000074"),
        ("  73282932000074 ", "73282932000074"),
        (LA_POSTE_HEAD_OFFICE, LA_POSTE_HEAD_OFFICE),  # La Poste's head office: Luhn
        ("35600000000001", "35600000000001"),  # digit sum 15: a La Poste establishment
        ("35600000049837", "35600000049837"),  # digit sum 45
    ],
)
def test_valid_sirets_are_compacted(typed: str, expected: str) -> None:
    assert normalize_siret(typed) == expected


def test_la_poste_establishments_are_not_luhn_checked() -> None:
    # 35600000000001 fails the Luhn check yet is valid; 35600000000002 is not (sum 16)
    assert not luhn_ok("35600000000001")
    assert normalize_siret("35600000000001") == "35600000000001"
    with pytest.raises(ValueError, match="clé de contrôle incorrecte"):
        normalize_siret("35600000000002")


@given(st.text(alphabet="0123456789", min_size=5, max_size=5))
def test_la_poste_rule_is_the_digit_sum(suffix: str) -> None:
    number = LA_POSTE_PREFIX + suffix
    valid = number == LA_POSTE_HEAD_OFFICE or sum(map(int, number)) % 5 == 0
    if valid:
        assert normalize_siret(number) == number
    else:
        with pytest.raises(ValueError):
            normalize_siret(number)


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("7328293200007", "doit compter 14 chiffres (et non 13)"),
        ("732829320000745", "doit compter 14 chiffres (et non 15)"),
        ("7328293200007A", "ne doit contenir que des chiffres"),
        ("ABCDEFGHIJKLMN", "ne doit contenir que des chiffres"),
        ("73282932000079", "clé de contrôle incorrecte"),  # last digit wrong
        ("73282392000074", "clé de contrôle incorrecte"),  # two digits swapped
        ("", "ne doit contenir que des chiffres"),
    ],
)
def test_invalid_sirets_are_refused_with_a_french_reason(typed: str, reason: str) -> None:
    with pytest.raises(ValueError) as caught:
        normalize_siret(typed)
    assert str(caught.value).startswith(reason)


def test_a_siret_whose_siren_fails_luhn_is_refused() -> None:
    # GIVEN 14 digits passing Luhn as a whole but whose first nine do not
    number = luhn_completed("1234567800000")
    assert luhn_ok(number) and not luhn_ok(number[:9])
    # THEN it is no SIRET
    with pytest.raises(ValueError, match="clé de contrôle"):
        normalize_siret(number)


def test_non_ascii_digits_are_no_siret() -> None:
    with pytest.raises(ValueError):
        normalize_siret("７３２８２９３２０００７４")  # full-width digits


@given(valid_sirets)
def test_every_luhn_valid_siret_is_accepted(number: str) -> None:
    assert siret_oracle(number)
    assert normalize_siret(number) == number


@given(valid_sirets, st.integers(min_value=0, max_value=13), st.integers(min_value=1, max_value=9))
def test_one_mistyped_digit_is_always_caught(number: str, position: int, shift: int) -> None:
    wrong = str((int(number[position]) + shift) % 10)
    typo = number[:position] + wrong + number[position + 1 :]
    assume(not typo.startswith(LA_POSTE_PREFIX))
    with pytest.raises(ValueError, match="clé de contrôle incorrecte"):
        normalize_siret(typo)


@given(st.text(alphabet="0123456789", min_size=14, max_size=14))
def test_siret_validity_follows_the_insee_rule(number: str) -> None:
    try:
        accepted = normalize_siret(number) == number
    except ValueError:
        accepted = False
    assert accepted == siret_oracle(number)


@given(st.text(max_size=20))
def test_anything_typed_is_refused_with_valueerror_or_gives_14_digits(text: str) -> None:
    try:
        result = normalize_siret(text)
    except ValueError as error:
        assert str(error)  # a French reason, never empty
    else:
        assert len(result) == 14 and result.isascii() and result.isdigit()


# --- SIREN -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("732829320", "732829320"), ("732 829 320", "732829320"), ("356000000", "356000000")],
)
def test_valid_sirens(typed: str, expected: str) -> None:
    assert normalize_siren(typed) == expected


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("732829321", "clé de contrôle incorrecte"),
        ("73282932", "doit compter 9 chiffres (et non 8)"),
        ("73282932000074", "doit compter 9 chiffres (et non 14)"),
        ("73282932A", "ne doit contenir que des chiffres"),
    ],
)
def test_invalid_sirens(typed: str, reason: str) -> None:
    with pytest.raises(ValueError) as caught:
        normalize_siren(typed)
    assert str(caught.value).startswith(reason)


@given(valid_sirens)
def test_every_luhn_valid_siren_is_accepted(number: str) -> None:
    assert normalize_siren(number) == number


# --- RNA -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("W595012345", "W595012345"),
        ("w595012345", "W595012345"),
        ("W 595 012 345", "W595012345"),
        (" W595012345 ", "W595012345"),
    ],
)
def test_valid_rna(typed: str, expected: str) -> None:
    assert normalize_rna(typed) == expected


@pytest.mark.parametrize(
    "typed", ["", "595012345", "W59501234", "W5950123456", "X595012345", "W59501234A", "WW59501234"]
)
def test_invalid_rna(typed: str) -> None:
    with pytest.raises(ValueError, match="W suivi de 9 chiffres"):
        normalize_rna(typed)


@given(st.text(alphabet="0123456789", min_size=9, max_size=9))
def test_any_w_and_nine_digits_is_an_rna(number: str) -> None:
    assert normalize_rna("w" + number) == "W" + number


# --- postal code -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "expected"), [("59000", "59000"), ("59 000", "59000"), ("20000", "20000")]
)
def test_valid_postal_codes(typed: str, expected: str) -> None:
    assert normalize_postal_code(typed) == expected


@pytest.mark.parametrize("typed", ["", "5900", "590000", "59A00", "2A004", "F-59000", "59-000"])
def test_invalid_postal_codes(typed: str) -> None:
    with pytest.raises(ValueError, match="5 chiffres"):
        normalize_postal_code(typed)


# --- non-ASCII digits ------------------------------------------------------------------


@pytest.mark.parametrize(
    "check",
    [
        lambda: normalize_postal_code("٥٩٠٠٠"),  # Arabic-Indic 59000
        lambda: normalize_postal_code("５９０００"),  # full-width 59000
        lambda: normalize_rna("W٥٩٥٠١٢٣٤٥"),
        lambda: normalize_phone("٠٣٢٠١٢٣٤٥٦"),
    ],
    ids=["postal-arabic", "postal-fullwidth", "rna-arabic", "phone-arabic"],
)
def test_only_ascii_digits_make_an_identifier(check) -> None:
    with pytest.raises(ValueError):
        check()


# --- e-mail ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("contact@cbe-lille.fr", "contact@cbe-lille.fr"),
        ("  contact@cbe-lille.fr\t", "contact@cbe-lille.fr"),
        ("prénom.nom@théâtre.org", "prénom.nom@théâtre.org"),  # loose on purpose
        ("a+dla@b.co.uk", "a+dla@b.co.uk"),
    ],
)
def test_valid_emails(typed: str, expected: str) -> None:
    assert normalize_email(typed) == expected


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "contact",
        "contact@cbe",
        "contact @cbe.fr",
        "contact@cbe .fr",
        "<contact@cbe.fr>",
        "contact@@cbe.fr",
        "a@b@cbe.fr",
        "@cbe.fr",
        "contact@.",
    ],
)
def test_invalid_emails(typed: str) -> None:
    with pytest.raises(ValueError, match="adresse électronique invalide"):
        normalize_email(typed)


# --- phone -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("03 20 12 34 56", "03 20 12 34 56"),
        ("+33 3 20 12 34 56", "+33 3 20 12 34 56"),
        ("03.20.12.34.56", "03.20.12.34.56"),
        ("(0)3-20-12-34-56", "(0)3-20-12-34-56"),
        (" 0320123456 ", "0320123456"),
    ],
)
def test_valid_phones(typed: str, expected: str) -> None:
    assert normalize_phone(typed) == expected


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "12345",  # five digits
        "abcdef",
        "------",
        "03 20 12 34 56 poste 2",
        "+33 (0)3 20 12 34 56 78 90",  # 26 characters
        "0320123456+",
    ],
)
def test_invalid_phones(typed: str) -> None:
    with pytest.raises(ValueError, match="numéro de téléphone invalide"):
        normalize_phone(typed)
