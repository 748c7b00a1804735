"""Money: Decimal euros, rounded half away from zero to the cent, shown the French way."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dla_desktop.domain.money import (
    MAX_AMOUNT,
    NBSP,
    format_decimal,
    format_money,
    from_cents,
    parse_amount,
    round_cents,
    to_cents,
)

# Amounts with exactly two places, over the whole range the store accepts.
cent_amounts = st.integers(min_value=-to_cents(MAX_AMOUNT), max_value=to_cents(MAX_AMOUNT)).map(
    from_cents
)
# Amounts with up to six places, as a division or a typing may produce.
fine_amounts = st.decimals(
    min_value=-MAX_AMOUNT, max_value=MAX_AMOUNT, places=6, allow_nan=False, allow_infinity=False
)


def half_up_oracle(value: Decimal) -> Decimal:
    """Round to the cent, half away from zero, with exact fractions (no Decimal context)."""
    scaled = abs(Fraction(value)) * 100
    whole = int(scaled)
    if scaled - whole >= Fraction(1, 2):
        whole += 1
    sign = -1 if value < 0 else 1
    return Decimal(sign * whole) / 100


# --- rounding --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("10.005", "10.01"),  # half goes up, not to even
        ("10.004", "10.00"),
        ("10.015", "10.02"),
        ("10.025", "10.03"),  # banker's rounding would give 10.02
        ("2.675", "2.68"),  # a float would give 2.67
        ("-10.005", "-10.01"),  # half away from zero on the negative side too
        ("1557.142857", "1557.14"),  # 32 700 / 21
        ("314.285714", "314.29"),  # 6 600 / 21
        ("0", "0.00"),
    ],
)
def test_round_cents_is_half_up(value: str, expected: str) -> None:
    rounded = round_cents(Decimal(value))
    assert rounded == Decimal(expected)
    assert rounded.as_tuple().exponent == -2  # always two places, ready to show


@given(fine_amounts)
def test_round_cents_agrees_with_exact_fractions(value: Decimal) -> None:
    assert round_cents(value) == half_up_oracle(value)


# --- parsing ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("32 700,50 €", "32700.50"),
        ("32\u00a0700,50\u00a0€", "32700.50"),  # as format_money writes it
        ("32\u202f700,50 €", "32700.50"),  # narrow no-break space (Windows, LibreOffice)
        ("32700.50", "32700.50"),
        ("32.700,50", "32700.50"),
        ("32700", "32700"),
        ("32 700 EUR", "32700"),
        ("  12,5  ", "12.5"),
        ("0,01", "0.01"),
        ("-15,00", "-15.00"),  # negative amounts are refused by services, not by parsing
        ("1.234.567", "1234567"),  # thousands only
        ("1,234,567", "1234567"),
        ("1 234 567,89", "1234567.89"),
        ("12€50", "12.50"),
        ("€ 12", "12"),
        ("12 eur", "12"),
    ],
)
def test_parse_amount_reads_french_and_english_typing(text: str, expected: str) -> None:
    assert parse_amount(text) == Decimal(expected)


def test_parse_amount_keeps_decimals_and_integers_exact() -> None:
    assert parse_amount(Decimal("10.005")) == Decimal("10.005")  # rounding is not its job
    assert parse_amount(32700) == Decimal(32700)
    assert isinstance(parse_amount(32700), Decimal)


@pytest.mark.parametrize("value", [1.5, 0.1, 32700.0, True, False])
def test_parse_amount_refuses_floats_and_booleans(value: object) -> None:
    with pytest.raises(ValueError, match="montant ambigu"):
        parse_amount(value)


@pytest.mark.parametrize(
    "value",
    [
        "",
        "   ",
        "€",
        "abc",
        "12,3,4",
        "NaN",
        "Infinity",
        "-Infinity",
        Decimal("NaN"),
        Decimal("Infinity"),
        None,
        [12],
        b"12",
    ],
)
def test_parse_amount_refuses_what_is_not_an_amount(value: object) -> None:
    with pytest.raises(ValueError, match="montant illisible"):
        parse_amount(value)


def test_parse_amount_never_misreads_english_thousands() -> None:
    # GIVEN an amount typed (or pasted from a spreadsheet) the English way, with a comma
    # grouping the thousands
    # WHEN it is read
    # THEN it is either the right amount or refused, never an amount 1 000 times smaller
    try:
        amount = parse_amount("1,234.56")
    except ValueError:
        return
    assert amount == Decimal("1234.56")


@pytest.mark.parametrize("text", ["12€50", "12 € 50"])
def test_parse_amount_never_misreads_euros_then_cents(text: str) -> None:
    # GIVEN an amount written with the € sign between euros and cents
    # WHEN it is read
    # THEN it is 12.50 or refused, never an amount 100 times larger
    try:
        amount = parse_amount(text)
    except ValueError:
        return
    assert amount == Decimal("12.50")


@pytest.mark.parametrize(
    "text", ["1,23,456.00", "1.234,567.89", "1..2", "1,,2", "12€50€", "1e3", ".", ",", "-", "+."]
)
def test_parse_amount_refuses_separators_it_cannot_read_for_sure(text: str) -> None:
    with pytest.raises(ValueError, match="montant illisible"):
        parse_amount(text)


@given(cent_amounts)
def test_english_spreadsheet_amounts_are_read_exactly(amount: Decimal) -> None:
    # GIVEN an amount as an English spreadsheet shows it: 1,234,567.89
    assert parse_amount(f"{amount:,.2f}") == amount


@given(cent_amounts)
def test_french_amounts_grouped_by_dots_are_read_exactly(amount: Decimal) -> None:
    # GIVEN an amount as some French software shows it: 1.234.567,89
    english = f"{amount:,.2f}"
    french = english.replace(",", " ").replace(".", ",").replace(" ", ".")
    assert parse_amount(french) == amount


@given(st.text(max_size=30))
def test_parse_amount_gives_a_finite_decimal_or_a_french_valueerror(text: str) -> None:
    try:
        amount = parse_amount(text)
    except ValueError as error:
        assert str(error) == "montant illisible"
    else:
        assert isinstance(amount, Decimal) and amount.is_finite()


# --- formatting ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "cents", "expected"),
    [
        ("32700", True, "32\u00a0700,00\u00a0€"),
        ("32700", False, "32\u00a0700\u00a0€"),
        ("1557.142857", True, "1\u00a0557,14\u00a0€"),
        ("314.285714", True, "314,29\u00a0€"),
        ("1234567.891", True, "1\u00a0234\u00a0567,89\u00a0€"),
        ("10.005", True, "10,01\u00a0€"),
        ("0.5", False, "1\u00a0€"),  # whole euros round half up too
        ("0", True, "0,00\u00a0€"),
        ("-1234.5", True, "-1\u00a0234,50\u00a0€"),
        ("999999999999.99", True, "999\u00a0999\u00a0999\u00a0999,99\u00a0€"),
    ],
)
def test_format_money_the_french_way(amount: str, cents: bool, expected: str) -> None:
    assert format_money(Decimal(amount), cents=cents) == expected


def test_format_money_of_nothing_is_empty() -> None:
    assert format_money(None) == ""


def test_format_money_uses_only_plain_no_break_spaces() -> None:
    # U+202F is missing from reportlab's base-14 fonts: only U+00A0 may appear.
    text = format_money(Decimal("1234567.89"))
    assert " " not in text and "\u202f" not in text
    assert text.count(NBSP) == 3


def test_format_decimal_groups_thousands_with_a_decimal_comma() -> None:
    assert format_decimal(Decimal("1234.5"), 1) == "1\u00a0234,5"
    assert format_decimal(Decimal("150"), 0) == "150"
    assert format_decimal(Decimal("2.25"), 2) == "2,25"


@given(cent_amounts)
def test_format_then_parse_gives_back_the_amount(amount: Decimal) -> None:
    assert parse_amount(format_money(amount)) == amount


@given(fine_amounts)
def test_format_then_parse_gives_back_the_rounded_amount(amount: Decimal) -> None:
    assert parse_amount(format_money(amount)) == round_cents(amount)


# --- storage as cents ------------------------------------------------------------------


def test_cents_round_half_up_and_come_back_with_two_places() -> None:
    assert to_cents(Decimal("10.005")) == 1001
    assert to_cents(Decimal("32700")) == 3_270_000
    assert str(from_cents(1001)) == "10.01"
    assert str(from_cents(0)) == "0.00"
    assert to_cents(MAX_AMOUNT) < 2**63  # fits SQLite's 64-bit integers


@given(st.integers(min_value=-to_cents(MAX_AMOUNT), max_value=to_cents(MAX_AMOUNT)))
def test_cents_round_trip(cents: int) -> None:
    assert to_cents(from_cents(cents)) == cents


@given(fine_amounts)
def test_to_cents_is_the_rounded_amount(amount: Decimal) -> None:
    assert from_cents(to_cents(amount)) == round_cents(amount)


@pytest.mark.parametrize("text", ["32.700", "1,234", "32.700 €"])
def test_a_lone_separator_before_three_digits_is_refused_as_ambiguous(text: str) -> None:
    # "32.700" is 32 700 € to a French reader and 32,70 € to a computer: never guess.
    with pytest.raises(ValueError, match="ambigu"):
        parse_amount(text)


def test_figures_are_rounded_half_up_when_shown() -> None:
    assert format_decimal(Decimal("6.25"), 1) == "6,3"
    assert format_decimal(Decimal("0.125"), 2) == "0,13"
