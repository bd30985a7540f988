"""What a lease owes for a month: rent from the unit's rent model and service charges on
account, both from settings tables (placeholders, to be checked with the Comune), and the
pro rata of a month the lease only partly covers. Pure functions: no session, no Qt.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from borgo_desktop.errors import UserError
from borgo_desktop.models.enums import RentModel

# The settings this area reads, with their defaults (services/core/settings.py DEFAULTS); the
# values marked in TO_VERIFY are placeholders to be checked with the Comune.
SETTINGS = (
    "ledger.capped_rate_max_cents", "allocation.income_bands", "ledger.flat_fee_cents",
    "ledger.service_charges", "ledger.due_day", "ledger.office_accounts",
)
TO_VERIFY = ("ledger.capped_rate_max_cents", "allocation.income_bands", "ledger.flat_fee_cents",
             "ledger.service_charges", "ledger.due_day")
VERIFY_NOTE = "da verificare con il Comune"
SERVICE_LABELS = {"heating": "Riscaldamento", "cleaning": "Pulizia parti comuni",
                  "lift": "Ascensore", "water": "Acqua"}


def half_up(value: Decimal) -> int:
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def parse_period(text: str) -> tuple[int, int]:
    """"2026-12" -> (2026, 12); anything else is a UserError in Italian."""
    try:
        year_text, month_text = (text or "").strip().split("-")
        year, month = int(year_text), int(month_text)
        if len(year_text) != 4 or not 1 <= month <= 12 or not 2000 <= year <= 2100:
            raise ValueError
    except ValueError:
        raise UserError("Periodo non valido: «{text}». Scrivere anno e mese come 2026-12.",
                        text=text) from None
    return year, month


def period_of(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def month_bounds(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def next_period(period: str) -> str:
    year, month = parse_period(period)
    return f"{year + month // 12:04d}-{month % 12 + 1:02d}"


def days_covered(starts_on: date, ends_on: date | None, year: int, month: int) -> int:
    """Days of the month the lease runs (both ends included)."""
    first, last = month_bounds(year, month)
    start = max(first, starts_on)
    end = last if ends_on is None else min(last, ends_on)
    return max(0, (end - start).days + 1)


def pro_rata(monthly_cents: int, days: int, year: int, month: int) -> int:
    """The share of a monthly amount for ``days`` of the month, rounded half up to the cent."""
    month_days = calendar.monthrange(year, month)[1]
    if days >= month_days:
        return monthly_cents
    return half_up(Decimal(monthly_cents) * days / month_days)


@dataclass(frozen=True)
class RentTables:
    """The settings values the computation needs (read once per run)."""

    capped_rate_max_cents: int  # €/m² per year, cents: a unit's rate above it is capped
    income_bands: list  # [[ISEE up to (cents) or None, monthly rent (cents)], ...]
    flat_fee_cents: int  # monthly fee of temporary housing when the unit has no rate
    service_charges: dict  # item -> [basis, cents]
    due_day: int

    @classmethod
    def from_settings(cls, values: dict) -> "RentTables":
        return cls(int(values["ledger.capped_rate_max_cents"]),
                   list(values["allocation.income_bands"]), int(values["ledger.flat_fee_cents"]),
                   dict(values["ledger.service_charges"]), int(values["ledger.due_day"]))

    def due_on(self, year: int, month: int) -> date:
        first, last = month_bounds(year, month)
        return min(last, first + timedelta(days=max(1, self.due_day) - 1))


def monthly_rent(tables: RentTables, rent_model: RentModel | str, rate_cents: int,
                 surface_m2: float, isee_cents: int | None, isee_valid: bool) -> int:
    """The full monthly rent of the unit for this household, in cents."""
    model = RentModel(rent_model)
    if model == RentModel.PER_M2:
        rate = min(rate_cents, tables.capped_rate_max_cents) if tables.capped_rate_max_cents \
            else rate_cents
        return half_up(Decimal(rate) * Decimal(str(surface_m2)) / 12)
    if model == RentModel.FLAT:
        return rate_cents or tables.flat_fee_cents
    # Income bands: without a valid ISEE the household pays the top band.
    bands = tables.income_bands
    if isee_cents is None or not isee_valid:
        return int(bands[-1][1])
    return int(next(rent for ceiling, rent in bands if ceiling is None or isee_cents <= ceiling))


def service_items(tables: RentTables, surface_m2: float, floor: int,
                  persons: int) -> dict[str, int]:
    """Monthly service charges on account by item (cents), from the settings table.

    Bases: ``m2_year`` (cents per m² per year), ``flat`` (per month), ``upper_floors`` (per
    month, units above the ground floor), ``person`` (per member per month).
    """
    items: dict[str, int] = {}
    for item, (basis, cents) in tables.service_charges.items():
        if basis == "m2_year":
            amount = half_up(Decimal(cents) * Decimal(str(surface_m2)) / 12)
        elif basis == "flat":
            amount = int(cents)
        elif basis == "upper_floors":
            amount = int(cents) if floor > 0 else 0
        elif basis == "person":
            amount = int(cents) * max(1, persons)
        else:
            raise ValueError(f"unknown service-charge basis {basis!r} for {item}")
        if amount:
            items[item] = amount
    return items
