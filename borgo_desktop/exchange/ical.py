"""Calendars as iCalendar (.ics, RFC 5545) through the icalendar library.

One VEVENT per booking series: DTSTART/DTEND in Europe/Rome with its VTIMEZONE, the RRULE
of the series, an EXDATE for every cancelled date. A calendar program (or icalendar plus
dateutil) expands them into exactly the dates stored in the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable

from icalendar import Calendar, Event, vRecur

from borgo_desktop.exchange.tabular import replacing
from borgo_desktop.formatting import ROME

PRODID = "-//Abitare in borgo//Borgo Desktop//IT"


@dataclass(frozen=True)
class SeriesOut:
    uid: str
    summary: str
    location: str
    description: str
    local_start: datetime  # naive, Rome wall clock
    local_end: datetime
    rrule: str  # '' for a one-off event; UNTIL naive (Rome wall clock)
    exdates: tuple[datetime, ...]  # naive, Rome wall clock
    tentative: bool = False


def utc_until(rule: str) -> str:
    """RFC 5545 wants UNTIL in UTC when DTSTART has a time zone."""
    parts = []
    for part in rule.split(";"):
        key, _, value = part.partition("=")
        if key.upper() == "UNTIL" and not value.endswith("Z"):
            local = datetime.strptime(value, "%Y%m%dT%H%M%S").replace(tzinfo=ROME)
            value = local.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
        parts.append(f"{key}={value}")
    return ";".join(parts)


def write_ics(path: Path, name: str, series: Iterable[SeriesOut], stamp: datetime) -> int:
    calendar = Calendar()
    # Item assignment, not add(): plain text properties need no conversion.
    calendar["prodid"] = PRODID
    calendar["version"] = "2.0"
    calendar["x-wr-calname"] = name
    calendar["x-wr-timezone"] = "Europe/Rome"
    count = 0
    for item in series:
        event = Event()
        event.add("uid", item.uid)
        event.add("dtstamp", stamp)
        event.add("summary", item.summary)
        event.add("location", item.location)
        if item.description:
            event.add("description", item.description)
        event.add("dtstart", item.local_start.replace(tzinfo=ROME))
        event.add("dtend", item.local_end.replace(tzinfo=ROME))
        event.add("status", "TENTATIVE" if item.tentative else "CONFIRMED")
        if item.rrule:
            event.add("rrule", vRecur.from_ical(utc_until(item.rrule)))
            for excluded in item.exdates:
                event.add("exdate", excluded.replace(tzinfo=ROME))
        calendar.add_component(event)
        count += 1
    calendar.add_missing_timezones()
    with replacing(path) as temp:
        temp.write_bytes(calendar.to_ical())
    return count
