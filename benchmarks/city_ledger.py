"""A five-year rent ledger for the city data set, written once with raw sqlite3 in one
transaction and reused by later runs (the city seed has leases but no ledger): monthly
charges for every lease, payments mostly on time, some partial, some missing; the
per-household ``ledger_accounts`` summary; early-warning alerts and repayment plans; then
the allocations of payments to charges, made by the program's own oldest-first rule.
"""

from __future__ import annotations

import random
import sqlite3
import time
import uuid
from datetime import date, timedelta
from pathlib import Path

from benchmarks.common import TODAY, log
from borgo_desktop.services.ledger.allocation import Credit, Debt, Ledger, fill, open_since

YEARS = 5
SEED = 2026_14
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
            if not connection.execute("SELECT 1 FROM ledger_allocations LIMIT 1").fetchone():
                _allocate(connection)
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
        _allocate(connection)
        log(f"  {len(charges)} addebiti, {len(payments)} pagamenti, {len(alerts)} allerte in "
            f"{time.perf_counter() - started:.0f} s")
        return len(charges)
    finally:
        connection.close()


def _allocate(connection: sqlite3.Connection) -> None:
    """Which payment paid which charge, by the program's own rule, and each household's
    oldest unpaid due date from it."""
    started = time.perf_counter()
    ledgers: dict[str, Ledger] = {}
    for hid, cid, due_on, amount in connection.execute(
            "SELECT household_id, id, due_on, amount_cents FROM ledger_charges "
            "WHERE amount_cents > 0 ORDER BY household_id, due_on, id"):
        ledgers.setdefault(hid, Ledger()).debts.append(
            Debt(cid, date.fromisoformat(due_on), amount, amount))
    for hid, pid, on, amount in connection.execute(
            "SELECT household_id, id, received_on, amount_cents FROM ledger_payments "
            "WHERE amount_cents > 0 AND reverses_id IS NULL ORDER BY household_id, received_on, id"):
        ledgers.setdefault(hid, Ledger()).credits.append(
            Credit(("payment", pid), date.fromisoformat(on), amount, amount))
    rows, since = [], []
    for hid, ledger in ledgers.items():
        rows += [(hid, m["charge_id"], m["payment_id"], m["credit_id"], m["amount_cents"])
                 for m in fill(ledger)]
        oldest = open_since(ledger)
        since.append((oldest.isoformat() if oldest else None, hid))
    with connection:
        connection.executemany("INSERT INTO ledger_allocations (household_id, charge_id, "
                               "payment_id, credit_id, amount_cents) VALUES (?,?,?,?,?)", rows)
        connection.executemany("UPDATE ledger_accounts SET open_since = ? WHERE household_id = ?",
                               since)
    connection.execute("ANALYZE")
    log(f"  {len(rows)} abbinamenti pagamento-addebito in {time.perf_counter() - started:.0f} s")
