"""Recurrence rules (RFC 5545 RRULE, expanded by python-dateutil) in Rome wall-clock time.

A rule repeats *local* times: the series' first start is a naive Europe/Rome datetime, the
rule expands naive datetimes, and only then is each one placed in Rome time and turned into
UTC. So a weekly 16:30 stays 16:30 on the clock after the switch to and from summer time,
while its UTC instant moves by an hour.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from enum import StrEnum

from dateutil.rrule import rrulestr

from borgo_desktop.errors import Words
from borgo_desktop.formatting import ROME, fmt_date

MAX_OCCURRENCES = 500
MAX_SPAN_DAYS = 2 * 366  # a series is planned at most two years ahead
WEEKDAYS = ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica")
SUMMER_TIME = "(ora legale)"
WINTER_TIME = "(ora solare)"
_BYDAY = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


class Repeat(StrEnum):
    NONE = "none"
    WEEKLY = "weekly"
    BIWEEKLY = "biweekly"
    MONTHLY_WEEKDAY = "monthly_weekday"  # e.g. every second Saturday of the month


@dataclass(frozen=True)
class Slot:
    """One occurrence: UTC instants, start inclusive, end exclusive."""

    starts_at: datetime
    ends_at: datetime

    @property
    def local_start(self) -> datetime:
        return self.starts_at.astimezone(ROME)

    @property
    def local_end(self) -> datetime:
        return self.ends_at.astimezone(ROME)


def rule_for(repeat: Repeat, first_day: date, until: date | None) -> str:
    """The RRULE text of a preset; UNTIL is the end of the last day (local, inclusive)."""
    if repeat == Repeat.NONE:
        return ""
    if repeat == Repeat.WEEKLY:
        rule = "FREQ=WEEKLY"
    elif repeat == Repeat.BIWEEKLY:
        rule = "FREQ=WEEKLY;INTERVAL=2"
    else:
        nth = (first_day.day - 1) // 7 + 1
        # The fifth weekday of a month does not exist every month: use "the last" instead.
        if (first_day + timedelta(days=7)).month != first_day.month:
            nth = -1
        rule = f"FREQ=MONTHLY;BYDAY={nth:+d}{_BYDAY[first_day.weekday()]}"
    if until is not None:
        rule += f";UNTIL={until:%Y%m%d}T235959"
    return rule


def to_utc(local: datetime, fold: int = 0) -> datetime:
    """A naive Rome wall-clock time as a UTC instant; when the hour repeats (the fall-back
    night) ``fold`` 0 is the first time (summer time), 1 the second (winter time)."""
    return local.replace(tzinfo=ROME, fold=fold).astimezone(timezone.utc)


def missing(local: datetime) -> bool:
    """A naive Rome wall-clock time the clocks skip (spring-forward night, 02:00–02:59)."""
    return to_utc(local).astimezone(ROME).replace(tzinfo=None) != local


def ambiguous(local: datetime) -> bool:
    """A naive Rome wall-clock time that happens twice (fall-back night, 02:00–02:59)."""
    return not missing(local) and to_utc(local, 0) != to_utc(local, 1)


def local_starts(local_start: datetime, rule: str) -> list[datetime]:
    """The naive wall-clock starts of the series; ValueError for a rule that is not RFC 5545
    or unbounded."""
    if not rule:
        return [local_start]
    upper = rule.upper()
    if "UNTIL=" not in upper and "COUNT=" not in upper:
        raise ValueError("unbounded rule")
    recurrence = rrulestr(rule, dtstart=local_start)
    limit = local_start + timedelta(days=MAX_SPAN_DAYS)
    starts = []
    for start in recurrence:
        if start > limit or len(starts) >= MAX_OCCURRENCES:
            raise ValueError("too long")
        starts.append(start)
    return starts


def expand(local_start: datetime, minutes: int, rule: str, fold: int = 0) -> list[Slot]:
    """Every occurrence of the series; ValueError for a rule that is not RFC 5545 or unbounded.
    ``fold``: which of a repeated hour is meant (see :func:`to_utc`)."""
    duration = timedelta(minutes=minutes)
    return [Slot(to_utc(s, fold), to_utc(s + duration, fold))
            for s in local_starts(local_start, rule)]


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def slot_words(slot: Slot) -> Words:
    """'sabato 14/03/2026 15:00–19:00' in Rome time, as a message parameter: the window
    translates the weekday."""
    start, end = slot.local_start, slot.local_end
    parts = [WEEKDAYS[start.weekday()], f"{fmt_date(start.date())} {start:%H:%M}–{end:%H:%M}"]
    # On the fall-back night 02:00–02:59 happens twice: say which one.
    repeated = next((t for t in (start, end) if ambiguous(t.replace(tzinfo=None))), None)
    if repeated is not None:
        parts.append(SUMMER_TIME if repeated.dst() else WINTER_TIME)
    return Words(parts, sep=" ")


def describe_rule(rule: str) -> str:
    """A short Italian reading of the presets ('ogni settimana fino al 30/06/2026')."""
    if not rule:
        return "una volta"
    parts = dict(part.split("=", 1) for part in rule.upper().split(";") if "=" in part)
    freq, interval = parts.get("FREQ"), int(parts.get("INTERVAL", "1"))
    if freq == "WEEKLY":
        text = "ogni settimana" if interval == 1 else f"ogni {interval} settimane"
    elif freq == "MONTHLY":
        text = "ogni mese"
    elif freq == "DAILY":
        text = "ogni giorno"
    else:
        text = "ripetuta"
    if "UNTIL" in parts:
        until = datetime.strptime(parts["UNTIL"][:8], "%Y%m%d")
        text += f" fino al {until:%d/%m/%Y}"
    elif "COUNT" in parts:
        text += f", {parts['COUNT']} volte"
    return text


def with_until(rule: str, last_day: date) -> str:
    """The rule cut so it ends on ``last_day`` (the rest of a series cancelled)."""
    kept = [p for p in rule.split(";") if not p.upper().startswith(("UNTIL=", "COUNT="))]
    return ";".join(kept + [f"UNTIL={last_day:%Y%m%d}T235959"])
