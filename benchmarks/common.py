"""Shared pieces: results as JSON lines, percentiles, the data set the benchmarks run on."""

from __future__ import annotations

import json
import math
import sqlite3
import statistics
import sys
import time
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from sqlalchemy import event, func, select

from borgo_desktop.config import DB_FILENAME
from borgo_desktop.models import Person
from borgo_desktop.services.core.context import Actor, Context
from borgo_desktop.store import Store

DEFAULT_DATA_DIR = Path(".bench-data")
TODAY = date(2026, 11, 20)  # the seed's reference day: fixed, so runs compare


# The goals of the figures that have one (issue 13 and the earlier ones): ("ratio", n) is
# at most n times the raw baseline of the same run, ("ms", n) at most n milliseconds,
# ("min", n) at least n in the figure's own unit (a rate).
GOALS: dict[str, tuple[str, float]] = {
    "cold_start_ms": ("ratio", 1.5),
    "login_to_first_list_ms": ("ms", 400),
    "start_to_exit_ms": ("ms", 1500),
    "audit_first_page_ms": ("ms", 10),
    "audit_verify_50k_ms": ("ratio", 2),
    "booking_check_p50_ms": ("ratio", 3),
    "booking_check_p95_ms": ("ratio", 3),
    "case_open_audited_p50_ms": ("ratio", 3),
    "tickets_overdue_count_ms": ("ms", 100),
    "tickets_monthly_pdf_ms": ("ms", 3000),
}
TICKET_LIST_GOAL_MS = 60  # every ticket list's first page (tickets_list_*)
RESULTS: list[dict] = []  # every figure of this run, for the summary


def goal_of(name: str) -> tuple[str, float] | None:
    if name.startswith("tickets_list_"):
        return "ms", TICKET_LIST_GOAL_MS
    return GOALS.get(name)


def result(name: str, value: float, unit: str, baseline: float) -> dict:
    ratio = value / baseline if baseline else None
    line = {"name": name, "value": round(value, 3), "unit": unit,
            "baseline": round(baseline, 3), "ratio": round(ratio, 3) if ratio else None}
    print(json.dumps(line), flush=True)
    RESULTS.append(line)
    return line


def passed(line: dict) -> bool | None:
    goal = goal_of(line["name"])
    if goal is None:
        return None
    kind, limit = goal
    measured = line["ratio"] if kind == "ratio" else line["value"]
    if kind == "min":
        return measured >= limit
    return measured is not None and measured <= limit


def summary(lines: list[dict]) -> str:
    """One screen: figure, value, raw, ratio, goal, pass or fail."""
    rows = [("misura", "valore", "grezzo", "rapporto", "obiettivo", "esito")]
    for line in lines:
        goal = goal_of(line["name"])
        verdict = passed(line)
        rows.append((line["name"], f"{line['value']:g} {line['unit']}",
                     f"{line['baseline']:g}", f"{line['ratio']:g}×" if line["ratio"] else "—",
                     _goal_text(goal, line["unit"]),
                     "" if verdict is None else ("ok" if verdict else "NO")))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    text = ["  ".join(cell.ljust(w) if i == 0 else cell.rjust(w)
                      for i, (cell, w) in enumerate(zip(row, widths))) for row in rows]
    text.insert(1, "-" * len(text[0]))
    failing = sum(1 for line in lines if passed(line) is False)
    text.append(f"{len(lines)} misure, {failing} sotto l'obiettivo")
    return "\n".join(text)


def _goal_text(goal: tuple[str, float] | None, unit: str) -> str:
    if goal is None:
        return "—"
    kind, limit = goal
    return {"ratio": f"≤ {limit:g}×", "ms": f"≤ {limit:g} ms",
            "min": f"≥ {limit:g} {unit}"}[kind]


def percentile(samples: list[float], pct: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(samples)
    return ordered[max(0, math.ceil(pct / 100 * len(ordered)) - 1)]


def median(samples: list[float]) -> float:
    return statistics.median(samples)


def ms(call) -> float:
    started = time.perf_counter()
    call()
    return (time.perf_counter() - started) * 1000


@contextmanager
def captured(ctx: Context):
    """The statements (with their parameters) the engine sends while inside the block;
    ``many`` marks an executemany."""
    statements: list[tuple[str, object, bool]] = []

    def listen(_conn, _cursor, statement, parameters, _context, many):
        if not statement.lstrip().upper().startswith(("BEGIN", "PRAGMA")):
            statements.append((statement, list(parameters) if many else tuple(parameters or ()),
                               many))

    event.listen(ctx.store.engine, "before_cursor_execute", listen)
    try:
        yield statements
    finally:
        event.remove(ctx.store.engine, "before_cursor_execute", listen)


def replay(database: Path, statements, commit: bool = False) -> float:
    """Milliseconds for raw sqlite3 to send the same statements (and commit, for writes)."""
    connection = sqlite3.connect(database)
    try:
        def send() -> None:
            for sql, params, many in statements:
                if many:
                    connection.executemany(sql, params)
                else:
                    connection.execute(sql, params).fetchall()
            if commit:
                connection.commit()
        return ms(send)
    finally:
        connection.close()


def compare(name: str, ctx: Context, database: Path, call, runs: int = 3) -> dict:
    """A read-only figure: the median of ``runs`` calls against the median replay of the
    statements the first (warm-up) call sent."""
    with captured(ctx) as statements:
        call()
    ours, raw = [], []
    for _ in range(runs):
        ours.append(ms(call))
        raw.append(replay(database, statements))
    line = result(name, median(ours), "ms", median(raw))
    goal = goal_of(name)
    target = "" if goal is None else f" (obiettivo ≤ {goal[1]:g}{'×' if goal[0] == 'ratio' else ' ms'})"
    log(f"  {name}: {line['value']:.1f} ms, sqlite3 {line['baseline']:.1f} ms{target}")
    return line


def log(text: str) -> None:
    """Progress goes to stderr: stdout carries only the JSON lines."""
    print(text, file=sys.stderr, flush=True)


def open_context(data_dir: Path) -> Context:
    store = Store.open(f"sqlite:///{(data_dir / DB_FILENAME).resolve()}")
    return Context(store, Actor("benchmark", "manager"), today=lambda: TODAY)


def ensure_data(data_dir: Path, scale: str) -> Path:
    """Build the data set once; later runs reuse the folder. The city build is one
    transaction, so an interrupted one leaves an empty database, which is built again."""
    database = data_dir / DB_FILENAME
    data_dir.mkdir(parents=True, exist_ok=True)
    ctx = open_context(data_dir)
    try:
        with ctx.store.read() as session:
            people = session.scalar(select(func.count()).select_from(Person))
        if people:
            log(f"Dati esistenti: {database} ({people} persone)")
        elif scale == "city":
            from borgo_desktop.seed.city import build_city

            log(f"Creazione dei dati di scala cittadina in {data_dir}")
            build_city(ctx, progress=log)
        else:
            from borgo_desktop.seed.demo import build_demo

            build_demo(ctx)
    finally:
        ctx.store.close()
    return database
