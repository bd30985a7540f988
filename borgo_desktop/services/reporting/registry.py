"""The documented set of functions an indicator row may name (``Indicator.function``).

An indicator is configuration: its code, label, unit and period are data the Comune's list
can fill in, but what it counts is always one of these functions, written and tested in
code. Nothing is evaluated from text: a row naming an unknown function is refused when
saved and reported when computed.

A function reads the database through the session it is given and returns a
:class:`Figure`: the total and, when the indicator has one, its breakdown (priority,
category, outcome…), each an aggregate made in SQL.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, time, timezone
from typing import Callable
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from borgo_desktop.services.reporting.periods import Period

ROME = ZoneInfo("Europe/Rome")


@dataclass(frozen=True)
class Figure:
    total: int | float
    breakdown: tuple[tuple[str, int | float], ...] = ()  # (label, value), in a fixed order

    @classmethod
    def of(cls, total, parts: dict | None = None) -> "Figure":
        return cls(total, tuple(sorted((parts or {}).items())))


@dataclass(frozen=True)
class Function:
    key: str
    doc: str  # what it counts, in Italian: shown where indicators are configured
    compute: Callable[[Session, Period, dict], Figure]
    counts_people: bool = True  # a count of people or households: small cells suppressed
    snapshot: bool = False  # the situation when the table is built, not a flow of the period
    params: tuple[str, ...] = field(default=())


def utc_bounds(period: Period) -> tuple[datetime, datetime]:
    """The period's first and next day at midnight in Rome, as UTC instants."""
    start = datetime.combine(period.first, time(), ROME).astimezone(timezone.utc)
    end = datetime.combine(period.after, time(), ROME).astimezone(timezone.utc)
    return start, end


def in_period(column, period: Period):
    return column.between(period.first, period.last)


def grouped(session: Session, query) -> dict[str, int]:
    """``(label, count)`` rows into a dict; a missing label reads «non indicato»."""
    return {(label or "non indicato"): int(value) for label, value in session.execute(query)}
