"""The rent models, the service charges on account and the pro rata of a month."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

import pytest
from hypothesis import given, strategies as st

from borgo_desktop.errors import UserError
from borgo_desktop.models.enums import RentModel
from borgo_desktop.services.ledger.rents import (
    RentTables, days_covered, monthly_rent, parse_period, pro_rata, service_items,
)
from borgo_desktop.services.core.settings import DEFAULTS

TABLES = RentTables.from_settings(DEFAULTS)


def test_capped_rent_is_the_rate_per_m2_per_year_over_twelve_months_and_capped():
    assert monthly_rent(TABLES, RentModel.PER_M2, 9_000, 60, None, False) == 45_000
    # 62.5 m² at €90/m²/year = €468.75 a month
    assert monthly_rent(TABLES, RentModel.PER_M2, 9_000, 62.5, None, False) == 46_875
    # a rate above the cap (€95) is charged at the cap
    assert monthly_rent(TABLES, RentModel.PER_M2, 12_000, 60, None, False) == 47_500


def test_public_rent_comes_from_the_isee_band_and_without_a_valid_isee_the_top_band():
    assert monthly_rent(TABLES, RentModel.INCOME_BAND, 0, 45, 250_000, True) == 4_000
    assert monthly_rent(TABLES, RentModel.INCOME_BAND, 0, 45, 800_000, True) == 12_000
    assert monthly_rent(TABLES, RentModel.INCOME_BAND, 0, 45, 5_000_000, True) == 40_000
    assert monthly_rent(TABLES, RentModel.INCOME_BAND, 0, 45, 800_000, False) == 40_000
    assert monthly_rent(TABLES, RentModel.INCOME_BAND, 0, 45, None, True) == 40_000


def test_the_flat_fee_is_the_units_or_the_settings_default():
    assert monthly_rent(TABLES, RentModel.FLAT, 20_000, 30, None, False) == 20_000
    assert monthly_rent(TABLES, RentModel.FLAT, 0, 30, None, False) == 15_000


def test_service_charges_by_basis():
    items = service_items(TABLES, 60, 1, 2)
    assert items == {"heating": 6_000, "cleaning": 1_500, "lift": 800, "water": 1_400}
    assert "lift" not in service_items(TABLES, 60, 0, 2)


@pytest.mark.parametrize("text", ["2026-13", "26-12", "dicembre", "", "2026-00", "2026/12"])
def test_a_bad_period_is_refused_in_italian(text):
    with pytest.raises(UserError, match="Periodo non valido"):
        parse_period(text)


def test_pro_rata_on_month_ends_and_leap_years():
    assert days_covered(date(2028, 2, 15), None, 2028, 2) == 15  # 15..29 February 2028
    assert pro_rata(29_000, 15, 2028, 2) == 15_000
    assert days_covered(date(2027, 2, 15), None, 2027, 2) == 14
    assert pro_rata(28_000, 14, 2027, 2) == 14_000
    assert days_covered(date(2026, 1, 1), date(2026, 1, 31), 2026, 1) == 31
    assert days_covered(date(2026, 1, 31), date(2026, 1, 31), 2026, 1) == 1
    assert days_covered(date(2026, 3, 1), None, 2026, 2) == 0
    assert pro_rata(31_000, 1, 2026, 1) == 1_000


@given(st.dates(date(2000, 1, 1), date(2099, 12, 31)), st.integers(0, 5_000_000))
def test_the_days_of_a_lease_split_at_any_day_add_up_to_the_whole_month(day, monthly):
    year, month = day.year, day.month
    month_days = calendar.monthrange(year, month)[1]
    before = days_covered(date(year, month, 1), day - timedelta(days=1), year, month)
    after = days_covered(day, None, year, month)
    assert before + after == month_days
    # each part is the exact share, rounded half up; the two parts differ from the month
    # by at most one cent of rounding
    assert abs(pro_rata(monthly, before, year, month) + pro_rata(monthly, after, year, month)
               - monthly) <= 1
    assert pro_rata(monthly, month_days, year, month) == monthly
