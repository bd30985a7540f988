"""Reporting at city scale with a five-year rent ledger: every quarterly indicator, the
package for the Comune, the dashboard's first paint and its figures.

The city seed has leases but no ledger: the first run writes one (five years of monthly
charges for every lease, payments mostly on time, some partial, some missing; the
per-household ``ledger_accounts`` summary; early-warning alerts and repayment plans), with
raw sqlite3 in one transaction, and later runs reuse it. Baselines: the very statements our
code sent, replayed with raw sqlite3 in the same run (captured from the engine).
"""

from __future__ import annotations

import dataclasses
import os
import random
import sqlite3
import tempfile
import time
import uuid
from datetime import date, datetime, timedelta
from pathlib import Path

from benchmarks.common import GOALS, TODAY, log, median, result
from benchmarks.tickets_bench import _raw, captured
from borgo_desktop.services.core.context import Actor, Context

GOALS.update({
    "reporting_indicators_quarter_ms": ("ms", 5000),
    "reporting_package_ms": ("ms", 30000),
    "dashboard_first_paint_ms": ("ms", 500),
})
YEARS = 5
RUNS = 3
SEED = 2026_14
QUARTER = "2026-Q3"  # the last whole quarter before the seed's reference day
STAMP = "2026-11-20 09:00:00.000000"


def _id() -> str:
    return uuid.uuid4().hex


def _months(first: date, last: date) -> list[date]:
    months, day = [], date(first.year, first.month, 1)
    while day <= last:
        months.append(day)
        day = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return months


def ensure_ledger(database: Path) -> int:
    """Five years of rent for every lease of the city data set (once)."""
    connection = sqlite3.connect(database)
    try:
        have = connection.execute("SELECT count(*) FROM ledger_charges").fetchone()[0]
        if have:
            return have
        log("Scrittura di un libro dei canoni di cinque anni (una volta sola)…")
        started = time.perf_counter()
        rng = random.Random(SEED)
        first = date(TODAY.year - YEARS, TODAY.month, 1)
        leases = connection.execute(
            "SELECT id, household_id, unit_id, starts_on, monthly_rent_cents, "
            "service_charges_cents FROM leases WHERE status = 'active'").fetchall()
        charges, payments, accounts, alerts = [], [], [], []
        for lease_id, household_id, unit_id, starts_on, rent, services in leases:
            monthly = rent + services
            habit = rng.random()  # 0.85 pay on time, 0.1 pay part, 0.05 stop paying
            balance, oldest = 0, None
            for month in _months(max(first, date.fromisoformat(starts_on)), TODAY):
                due = month.replace(day=5)
                period = f"{month:%Y-%m}"
                charges.append((_id(), STAMP, STAMP, "seed", "seed", household_id, lease_id,
                                "rent", "", period, due.isoformat(), monthly, services, "", None,
                                f"rent:{lease_id}:{period}"))
                paid = monthly if habit < 0.85 else monthly // 2 if habit < 0.95 else (
                    monthly if month < date(2026, 6, 1) else 0)
                if paid:
                    day = due + timedelta(days=rng.randint(-3, 12))
                    payments.append((_id(), STAMP, STAMP, "seed", "seed", household_id,
                                     day.isoformat(), paid, "transfer", None, "", "", "", None,
                                     None, None, ""))
                balance += monthly - paid
                if monthly - paid and oldest is None:
                    oldest = due
            accounts.append((household_id, balance, oldest.isoformat() if balance > 0 and oldest
                             else None, monthly, unit_id, None, STAMP))
            if balance > 2 * monthly:
                fired = TODAY - timedelta(days=rng.randint(1, 400))
                cleared = fired + timedelta(days=rng.randint(20, 90)) if rng.random() < 0.3 else None
                alerts.append((_id(), STAMP, STAMP, "seed", "seed", household_id,
                               "balance_months", f"balance_months:{household_id}:{fired}",
                               fired.isoformat(), "", "proposal", None, None, None, "",
                               cleared.isoformat() if cleared and cleared <= TODAY else None))
        with connection:
            connection.executemany("INSERT INTO ledger_charges (id, created_at, updated_at, "
                                   "created_by, updated_by, household_id, lease_id, kind, item, "
                                   "period, due_on, amount_cents, services_cents, description, "
                                   "corrects_id, run_key) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                                   charges)
            connection.executemany("INSERT INTO ledger_payments (id, created_at, updated_at, "
                                   "created_by, updated_by, household_id, received_on, "
                                   "amount_cents, method, bank_ref, payer_name, payer_iban, "
                                   "remittance, receipt_no, reverses_id, import_id, note) VALUES "
                                   "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", payments)
            connection.executemany("INSERT OR REPLACE INTO ledger_accounts (household_id, "
                                   "balance_cents, open_since, monthly_cents, unit_id, "
                                   "last_payment_on, updated_at) VALUES (?,?,?,?,?,?,?)", accounts)
            connection.executemany("INSERT INTO arrears_alerts (id, created_at, updated_at, "
                                   "created_by, updated_by, household_id, rule, occurrence, "
                                   "fired_on, detail, follow_up, case_id, reminder_id, seen_on, "
                                   "seen_by, cleared_on) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                                   alerts)
            plans = [(_id(), STAMP, STAMP, "seed", "seed", a[5], "active", 150_000, 24,
                      "2026-03-15", "2026-02-20", "2026-02-25", None, 1, None, "")
                     for a in alerts[:300]]
            connection.executemany("INSERT INTO repayment_plans (id, created_at, updated_at, "
                                   "created_by, updated_by, household_id, status, debt_cents, "
                                   "instalments, first_due_on, proposed_on, signed_on, ended_on, "
                                   "missed_to_default, revises_id, note) VALUES "
                                   "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", plans)
        connection.execute("ANALYZE")
        log(f"  {len(charges)} addebiti, {len(payments)} pagamenti, {len(alerts)} allerte in "
            f"{time.perf_counter() - started:.0f} s")
        return len(charges)
    finally:
        connection.close()


def _ms(call) -> float:
    started = time.perf_counter()
    call()
    return (time.perf_counter() - started) * 1000


def _measure(name: str, ctx: Context, database: Path, call, goal: str) -> dict:
    with captured(ctx) as statements:
        call()  # warm-up, and the statements to replay
    ours, raw = [], []
    for _ in range(RUNS):
        ours.append(_ms(call))
        raw.append(_raw(database, statements))
    line = result(name, median(ours), "ms", median(raw))
    log(f"  {name}: {line['value']:.0f} ms, sqlite3 {line['baseline']:.0f} ms ({goal})")
    return line


def _with_keys(ctx: Context) -> None:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    from borgo_desktop.services.reporting import keys

    admin = dataclasses.replace(ctx, actor=Actor("benchmark-admin", "admin"))
    pseudo, comune = keys.key_status(ctx)
    if not pseudo:
        keys.make_pseudonym_key(admin)
    if not comune:
        public = rsa.generate_private_key(public_exponent=65537, key_size=2048).public_key()
        keys.set_comune_key(admin, public.public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode())


def _first_paint(ctx: Context) -> tuple[float, float]:
    """Milliseconds to the dashboard's first paint (tiles waiting) and to its figures."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from borgo_desktop.ui.reporting.dashboard_page import DashboardPage

    app = QApplication.instance() or QApplication([])
    started = time.perf_counter()
    page = DashboardPage(ctx)
    page.resize(1280, 800)
    page.show()
    page.repaint()  # paints now: what the user sees first
    painted = (time.perf_counter() - started) * 1000
    loop = QEventLoop()
    page.loaded.connect(loop.quit)
    QTimer.singleShot(120_000, loop.quit)
    loop.exec()
    filled = (time.perf_counter() - started) * 1000
    page.tasks.wait()
    page.close()
    page.deleteLater()
    app.processEvents()
    return painted, filled


def run(ctx: Context, database: Path) -> None:
    from borgo_desktop.services.reporting import dashboard
    from borgo_desktop.services.reporting.indicators import compute
    from borgo_desktop.services.reporting.package import approver_of, build_content
    from borgo_desktop.services.reporting.periods import parse_period

    log("Rendicontazione (indicatori, pacchetto, cruscotto)")
    ensure_ledger(database)
    _with_keys(ctx)
    _measure("reporting_indicators_quarter_ms", ctx, database,
             lambda: compute(ctx, QUARTER), "obiettivo ≤ 5000 ms")
    period = parse_period(QUARTER)

    def package():
        from borgo_desktop.services.reporting import envelope, keys

        with ctx.store.read() as session:
            content = build_content(session, period, approver_of(ctx))
            envelope.seal(content.zip_bytes, keys.comune_key(session), period.code)

    _measure("reporting_package_ms", ctx, database, package, "obiettivo ≤ 30000 ms")
    _measure("dashboard_figures_ms", ctx, database,
             lambda: dashboard.dashboard(ctx, QUARTER), "riempimento delle tessere")
    with captured(ctx) as statements:
        painted, filled = _first_paint(ctx)
    raw = _raw(database, statements)
    result("dashboard_first_paint_ms", painted, "ms", raw)
    log(f"  dashboard_first_paint_ms: {painted:.0f} ms (tessere piene dopo {filled:.0f} ms; "
        f"sqlite3 delle stesse query {raw:.0f} ms; obiettivo ≤ 500 ms)")
