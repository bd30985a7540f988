"""Bookings out of the program: .xlsx/.csv lists of dates and .ics calendars of the series."""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import select

from borgo_desktop.errors import UserError
from borgo_desktop.exchange.ical import SeriesOut, write_ics
from borgo_desktop.exchange.tabular import SheetOut, write_csv, write_xlsx
from borgo_desktop.formatting import ROME
from borgo_desktop.models import Booking, BookingSeries, CommonSpace
from borgo_desktop.models.enums import BookingStatus
from borgo_desktop.services.core import audit
from borgo_desktop.services.spaces.bookings import OccurrenceView, occurrences
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.core.permissions import Permission, require

FORMATS = ("xlsx", "csv", "ics")
HEADER = ("Spazio", "Data", "Dalle", "Alle", "Motivo", "Richiedente", "Stato", "Ricorrente",
          "Previsti", "Presenti", "Chiave consegnata a")
# Without a period, the export covers this many days around today.
DEFAULT_PAST_DAYS, DEFAULT_FUTURE_DAYS = 365, 2 * 366


def _row(o: OccurrenceView, typed: bool) -> list:
    start, end = o.starts_at.astimezone(ROME), o.ends_at.astimezone(ROME)
    return [o.space_name, start.date() if typed else f"{start:%d/%m/%Y}", f"{start:%H:%M}",
            f"{end:%H:%M}", o.title, o.requester, o.status.label, "sì" if o.recurring else "no",
            o.expected_attendance if typed else str(o.expected_attendance or ""),
            o.actual_attendance if typed else str(o.actual_attendance or ""), o.key_given_to]


def export_bookings(ctx: Context, path: Path, fmt: str | None = None, *,
                    space_id: uuid.UUID | None = None, first_day: date | None = None,
                    last_day: date | None = None) -> int:
    """Write the bookings (live and cancelled dates; .ics: the series) and return the count."""
    require(ctx, Permission.EXPORT_PERSONAL)
    path = Path(path)
    fmt = fmt or path.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise UserError("Formato di esportazione non riconosciuto: {name} (usare .xlsx, .csv "
                        "o .ics).", name=path.name)
    today = ctx.today()
    first = first_day or date.fromordinal(today.toordinal() - DEFAULT_PAST_DAYS)
    last = last_day or date.fromordinal(today.toordinal() + DEFAULT_FUTURE_DAYS)
    if fmt == "ics":
        written = _write_ics(ctx, path, space_id, first, last)
    else:
        rows = occurrences(ctx, first, (last - first).days + 1, space_id, include_cancelled=True)
        if fmt == "csv":
            written = write_csv(path, HEADER, (_row(o, False) for o in rows))
        else:
            written = write_xlsx(path, [SheetOut(
                "Prenotazioni", HEADER, (_row(o, True) for o in rows),
                number_formats=[None, "DD/MM/YYYY"] + [None] * 6 + ["0", "0", None],
                widths=[24, 12, 8, 8, 30, 24, 22, 10, 10, 10, 22])])
    audit.record_event(ctx, "export.bookings", "list", "bookings",
                       detail=f"{written} righe, {fmt}, sha256 {audit.file_digest(path)}")
    return written


def _write_ics(ctx: Context, path: Path, space_id, first: date, last: date) -> int:
    """Every series with a date in the period, whole (its rule), with cancelled dates excluded."""
    start = datetime.combine(first, datetime.min.time()).replace(tzinfo=ROME)
    end = datetime.combine(last, datetime.max.time()).replace(tzinfo=ROME)
    with ctx.store.read() as session:
        touching = (select(Booking.series_id).where(Booking.starts_at >= start,
                                                    Booking.starts_at <= end))
        query = (select(BookingSeries, CommonSpace.name)
                 .join(CommonSpace, BookingSeries.space_id == CommonSpace.id)
                 .where(BookingSeries.id.in_(touching),
                        BookingSeries.status != BookingStatus.CANCELLED)
                 .order_by(BookingSeries.local_start))
        if space_id is not None:
            query = query.where(BookingSeries.space_id == space_id)
        cancelled = defaultdict(list)  # one query for every series' cancelled dates
        for series_id, starts_at in session.execute(select(
                Booking.series_id, Booking.starts_at).where(
                Booking.series_id.in_(touching), Booking.status == BookingStatus.CANCELLED)):
            cancelled[series_id].append(starts_at)
        items = []
        for series, space_name in session.execute(query):
            local_start = datetime.fromisoformat(series.local_start)
            items.append(SeriesOut(
                uid=f"{series.id}@borgo-desktop", summary=series.title, location=space_name,
                description=f"Prenotato da {series.requester}", local_start=local_start,
                local_end=local_start + timedelta(minutes=series.duration_minutes),
                rrule=series.rrule,
                exdates=tuple(c.astimezone(ROME).replace(tzinfo=None)
                              for c in cancelled[series.id]),
                tentative=series.status == BookingStatus.PENDING))
        name = "Prenotazioni degli spazi comuni"
        if space_id is not None:
            name += " - " + (session.get(CommonSpace, space_id).name)
    return write_ics(path, name, items, datetime.now(timezone.utc))
