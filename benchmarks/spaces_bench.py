"""Bookings at city scale: the conflict check of a new booking and the week of every space,
against the same queries in raw sqlite3.

On a city data set made before bookings existed, the bookings are added first
(seed/city_spaces.py).
"""

from __future__ import annotations

import gc
import random
import sqlite3
import time
from datetime import date, datetime, time as clock, timedelta
from pathlib import Path

from sqlalchemy.dialects.sqlite import dialect as sqlite_dialect

from borgo_desktop.models.enums import RequesterKind
from borgo_desktop.services.spaces import bookings, spaces
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.core.recurrence import Repeat, to_utc

from benchmarks.common import log, percentile, result

CHECKS = 200
PASSES = 3  # the machine is shared: more samples steady the p95
WEEKS = 20
MONDAY = date(2026, 3, 2)  # a busy school-year week; the weeks after cross the DST switch

RAW_WEEK = ("SELECT b.id, b.starts_at, b.ends_at, b.status, s.title, s.requester, c.name"
            " FROM bookings b JOIN booking_series s ON b.series_id = s.id"
            " JOIN common_spaces c ON b.space_id = c.id"
            " WHERE b.starts_at >= ? AND b.starts_at < ? AND b.status IN ('pending', 'confirmed')"
            " ORDER BY b.starts_at")


def _text(moment: datetime) -> str:
    """An instant as SQLite stores it (UtcDateTime: naive UTC text with microseconds)."""
    return moment.replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")


def ensure_bookings(ctx: Context) -> None:
    from borgo_desktop.seed.city_spaces import build_city_spaces, has_city_spaces

    with ctx.store.read() as session:
        present = has_city_spaces(session)
    if not present:
        log("Dati senza prenotazioni: aggiunta delle prenotazioni di scala cittadina")
        build_city_spaces(ctx, progress=log)


def _timed(call, timer=time.perf_counter) -> float:
    """One call's milliseconds, with the cycle collector run before it, not during it: the
    program disables automatic collection and collects on the GUI thread between user
    actions (cli.py, ui/widgets/collector.py), so a pause never falls inside an action."""
    gc.collect(0)
    started = timer()
    call()
    return (timer() - started) * 1000


def run(ctx: Context, database: Path) -> list[dict]:
    ensure_bookings(ctx)
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _run(ctx, database)
    finally:
        if enabled:
            gc.enable()


def _run(ctx: Context, database: Path) -> list[dict]:
    rooms = spaces.list_spaces(ctx)
    rng = random.Random(7)
    raw = sqlite3.connect(database)
    # The check's own statement (the space's rules and its live bookings near the slots, with
    # their series), compiled for SQLite and run bare: the same SQL, without the program.
    compiled = bookings._space_and_taken().compile(dialect=sqlite_dialect())
    raw_check_sql = str(compiled)
    fixed = {"rrule_1": "", "status_1": "pending", "status_2": "confirmed"}
    assert list(compiled.positiontup) == [*fixed, "low", "high", "after", "space_id"]

    def raw_check_rows(space_id, low, high, after) -> None:
        raw.execute(raw_check_sql, (*fixed.values(), _text(low), _text(high), _text(after),
                                    space_id.hex)).fetchall()
    requests = []
    for _ in range(CHECKS):
        space = rng.choice(rooms)
        day = MONDAY + timedelta(days=rng.randrange(7 * WEEKS))
        start = clock(rng.choice((10, 15, 17, 19)), rng.choice((0, 30)))
        requests.append(bookings.BookingInput(space.id, "Prova", "Ufficio", RequesterKind.OFFICE,
                                              day, start, clock(start.hour + 2, start.minute)))
    series = [bookings.BookingInput(r.space_id, r.title, r.requester, r.requester_kind, r.day,
                                    r.start, r.end, Repeat.WEEKLY, r.day + timedelta(weeks=39))
              for r in requests[:50]]

    def raw_check(r) -> None:
        start = to_utc(datetime.combine(r.day, r.start))
        end = to_utc(datetime.combine(r.day, r.end))
        raw_check_rows(r.space_id, start - bookings.MAX_DURATION, end, start)

    def raw_week(monday: date) -> None:
        first = to_utc(datetime.combine(monday, clock(0)))
        raw.execute(RAW_WEEK, (_text(first), _text(first + timedelta(days=7)))).fetchall()

    taken = sum(1 for r in requests if not bookings.check(ctx, r).ok)  # warm-up
    log(f"Richieste in conflitto: {taken} su {len(requests)}")
    ours, base, ours_cpu, base_cpu = [], [], [], []
    for _ in range(PASSES):
        for r in requests:  # interleaved, so both see the same cache state
            ours.append(_timed(lambda r=r: bookings.check(ctx, r)))
            base.append(_timed(lambda r=r: raw_check(r)))
            # CPU time too: on a shared machine the wall-clock tail is mostly waiting for a core.
            ours_cpu.append(_timed(lambda r=r: bookings.check(ctx, r), time.process_time))
            base_cpu.append(_timed(lambda r=r: raw_check(r), time.process_time))
    series_ours = [_timed(lambda s=s: bookings.check(ctx, s)) for s in series]
    # The raw baseline of a 40-date series: the same single query over its whole range.
    series_base = [_timed(lambda s=s: raw_check_rows(
        s.space_id, to_utc(datetime.combine(s.day, s.start)) - bookings.MAX_DURATION,
        to_utc(datetime.combine(s.until, s.end)), to_utc(datetime.combine(s.day, s.start))))
        for s in series]
    weeks = [MONDAY + timedelta(weeks=w) for w in range(WEEKS)]
    rows = len(bookings.week(ctx, MONDAY))
    log(f"Settimana di tutti gli spazi: {rows} prenotazioni")
    week_ours, week_base = [], []
    for monday in weeks:
        week_ours.append(_timed(lambda m=monday: bookings.week(ctx, m)))
        week_base.append(_timed(lambda m=monday: raw_week(m)))
    raw.close()
    return [result("booking_check_p50_ms", percentile(ours, 50), "ms", percentile(base, 50)),
            result("booking_check_p95_ms", percentile(ours, 95), "ms", percentile(base, 95)),
            result("booking_check_cpu_p95_ms", percentile(ours_cpu, 95), "ms",
                   percentile(base_cpu, 95)),
            result("booking_series_check_p95_ms", percentile(series_ours, 95), "ms",
                   percentile(series_base, 95)),
            result("week_all_spaces_p50_ms", percentile(week_ours, 50), "ms",
                   percentile(week_base, 50)),
            result("week_all_spaces_p95_ms", percentile(week_ours, 95), "ms",
                   percentile(week_base, 95))]
