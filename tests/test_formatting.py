"""Italian formats: amounts and dates typed by users, shown back the same way."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from hypothesis import given, strategies as st

from borgo_desktop.formatting import fmt_date, fmt_instant, fmt_money, parse_date, parse_money


@pytest.mark.parametrize("text, cents", [
    ("1.234,50", 123450), ("1234,5", 123450), ("1.234", 123400), ("90", 9000),
    ("12.5", 1250), ("€ 1.000.000", 100000000), ("0,99 €", 99), ("1.234.567,00", 123456700),
])
def test_amounts_typed_the_italian_way(text, cents):
    assert parse_money(text) == cents


@pytest.mark.parametrize("text", ["", "dodici", "1,2,3", "12.34.5", "1,234.5", "3,999", "€"])
def test_unreadable_amounts_raise_value_error(text):
    with pytest.raises(ValueError):
        parse_money(text)


@given(st.integers(min_value=0, max_value=10**11))
def test_what_is_shown_reads_back_the_same(cents):
    assert parse_money(fmt_money(cents)) == cents


def test_dates_and_instants():
    assert fmt_date(date(2026, 1, 5)) == "05/01/2026"
    assert parse_date("5/1/2026") == parse_date("2026-01-05") == date(2026, 1, 5)
    # 12:00 UTC in January is 13:00 in Rome, in July 14:00 (daylight saving time).
    assert fmt_instant(datetime(2026, 1, 15, 12, tzinfo=timezone.utc)) == "15/01/2026 13:00"
    assert fmt_instant(datetime(2026, 7, 15, 12, tzinfo=timezone.utc)) == "15/07/2026 14:00"
