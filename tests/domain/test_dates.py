"""Dates shown the French way, read from what people type, and shifted by months."""

from __future__ import annotations

import calendar
import re
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dla_desktop.domain.dates import (
    MONTHS,
    add_months,
    format_date,
    format_moment,
    parse_date,
    utc_now,
)

four_digit_years = st.dates(min_value=date(1000, 1, 1), max_value=date(9999, 12, 31))


# --- showing ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (date(2026, 3, 12), "12 mars 2026"),
        (date(2026, 3, 1), "1er mars 2026"),
        (date(2026, 2, 2), "2 février 2026"),
        (date(2006, 8, 15), "15 août 2006"),
        (date(2026, 12, 31), "31 décembre 2026"),
        (date(2026, 1, 11), "11 janvier 2026"),  # only the 1st is "1er", not the 11th
        (date(2026, 5, 21), "21 mai 2026"),
    ],
)
def test_format_date_in_french(value: date, expected: str) -> None:
    assert format_date(value) == expected


def test_format_date_of_nothing_is_empty() -> None:
    assert format_date(None) == ""


def test_format_moment_in_local_time_with_or_without_a() -> None:
    moment = datetime(2026, 11, 23, 16, 5, tzinfo=UTC)
    local = moment.astimezone()
    day = format_date(local.date())
    assert format_moment(moment) == f"{day} à {local:%H:%M}"  # the windows
    assert format_moment(moment, " ") == f"{day} {local:%H:%M}"  # the command line


def test_the_twelve_months_are_lower_case_french_names() -> None:
    assert MONTHS[0] == "janvier" and MONTHS[7] == "août" and MONTHS[11] == "décembre"
    assert len(MONTHS) == 12 and all(m == m.lower() for m in MONTHS)


@given(four_digit_years)
def test_format_date_names_day_month_and_year(value: date) -> None:
    day, month, year = format_date(value).split(" ")
    assert day == ("1er" if value.day == 1 else str(value.day))
    assert MONTHS.index(month) == value.month - 1
    assert int(year) == value.year


# --- reading ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["12/03/2026", "2026-03-12", "12-03-2026", "12.03.2026", "12/03/26", "  12/03/2026 \n"],
)
def test_parse_date_reads_usual_typings(text: str) -> None:
    assert parse_date(text) == date(2026, 3, 12)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "31/02/2026",
        "13/13/2026",
        "12 mars 2026",
        "2026/03/12",
        "12032026",
        "hier",
        "00/01/2026",
    ],
)
def test_parse_date_refuses_what_is_not_a_date(text: str) -> None:
    with pytest.raises(ValueError, match="date illisible"):
        parse_date(text)


def test_parse_date_reads_day_first_not_month_first() -> None:
    assert parse_date("01/02/2026") == date(2026, 2, 1)


@given(four_digit_years)
def test_parse_date_reads_back_what_people_type(value: date) -> None:
    assert parse_date(value.strftime("%d/%m/%Y")) == value
    assert parse_date(value.isoformat()) == value
    assert parse_date(value.strftime("%d.%m.%Y")) == value


# --- months ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2026, 3, 12), 6, date(2026, 9, 12)),  # six months after the end: questionnaire
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2024, 1, 31), 1, date(2024, 2, 29)),  # leap year
        (date(2026, 3, 31), 1, date(2026, 4, 30)),
        (date(2026, 11, 15), 3, date(2027, 2, 15)),  # across the year
        (date(2024, 2, 29), 12, date(2025, 2, 28)),
        (date(2026, 3, 31), -1, date(2026, 2, 28)),  # backwards
        (date(2026, 1, 31), -2, date(2025, 11, 30)),
        (date(2026, 5, 17), 0, date(2026, 5, 17)),
    ],
)
def test_add_months_clamps_to_the_end_of_the_month(
    start: date, months: int, expected: date
) -> None:
    assert add_months(start, months) == expected


@given(
    st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31)),
    st.integers(min_value=-600, max_value=600),
)
def test_add_months_moves_the_month_and_keeps_the_day_when_it_can(start: date, months: int) -> None:
    result = add_months(start, months)
    assert (result.year * 12 + result.month) - (start.year * 12 + start.month) == months
    last_day = calendar.monthrange(result.year, result.month)[1]
    assert result.day == min(start.day, last_day)


# --- clock -----------------------------------------------------------------------------


def test_utc_now_is_aware_utc() -> None:
    now = utc_now()
    assert now.tzinfo is not None
    assert now.utcoffset() == timedelta(0)
    assert now.tzinfo == UTC


def test_format_date_output_has_no_leading_zero() -> None:
    assert re.fullmatch(r"\d{1,2} \w+ \d{4}", format_date(date(2026, 3, 5)))
    assert format_date(date(2026, 3, 5)).startswith("5 ")
