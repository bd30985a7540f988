"""Reporting periods: «2026-Q4», «2026-11», «2026», with their first and last day."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from borgo_desktop.errors import UserError
from borgo_desktop.models.reporting import PeriodKind

_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")
_YEAR = re.compile(r"^(\d{4})$")


@dataclass(frozen=True)
class Period:
    code: str
    kind: PeriodKind
    first: date
    last: date

    @property
    def after(self) -> date:
        """The day after the period: ranges are ``first <= day < after``."""
        return self.last + timedelta(days=1)

    def label(self) -> str:
        if self.kind == PeriodKind.QUARTER:
            return f"{self.code[-1]}° trimestre {self.first.year}"
        if self.kind == PeriodKind.MONTH:
            return f"{self.first:%m/%Y}"
        return str(self.first.year)


def _month_end(year: int, month: int) -> date:
    return (date(year + month // 12, month % 12 + 1, 1)) - timedelta(days=1)


def parse_period(text: str) -> Period:
    """A period from its code; an Italian message when the code is not one."""
    code = (text or "").strip().upper()
    if match := _QUARTER.match(code):
        year, quarter = int(match[1]), int(match[2])
        first = date(year, 3 * quarter - 2, 1)
        return Period(code, PeriodKind.QUARTER, first, _month_end(year, 3 * quarter))
    if match := _MONTH.match(code):
        year, month = int(match[1]), int(match[2])
        return Period(code, PeriodKind.MONTH, date(year, month, 1), _month_end(year, month))
    if match := _YEAR.match(code):
        year = int(match[1])
        return Period(code, PeriodKind.YEAR, date(year, 1, 1), date(year, 12, 31))
    raise UserError("Periodo non valido: «{text}». Scrivere un trimestre (2026-Q4), un mese "
                    "(2026-11) o un anno (2026).", text=text)


def quarter_of(day: date) -> Period:
    return parse_period(f"{day.year}-Q{(day.month - 1) // 3 + 1}")


def previous(period: Period) -> Period:
    """The period of the same kind just before (the dashboard's trends)."""
    day = period.first - timedelta(days=1)
    if period.kind == PeriodKind.QUARTER:
        return quarter_of(day)
    if period.kind == PeriodKind.MONTH:
        return parse_period(f"{day:%Y-%m}")
    return parse_period(str(day.year))
