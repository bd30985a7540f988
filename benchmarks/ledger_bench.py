"""The rent ledger at city scale (issue 11), on the five-year ledger of benchmarks/city_ledger.py:
the monthly charge run for every lease, one household's balance (an audited read), the
arrears list's first page, a 10,000-line bank statement imported.

Each figure is against raw sqlite3 sending the very statements our code sent, in the same
run. The writing figures run on a copy of the database ("ours") while sqlite3 replays their
statements, with a commit, on a second copy kept in step ("raw"), so both start from the same
state and the original stays as it was.
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import uuid
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from benchmarks.city_ledger import ensure_ledger
from benchmarks.common import (
    GOALS, captured, compare, log, median, ms, open_context, percentile, replay, result,
)
from borgo_desktop.config import DB_FILENAME
from borgo_desktop.services.core.context import Context

GOALS.update({
    "ledger_charge_run_ms": ("ms", 10_000),
    "ledger_balance_p50_ms": ("ms", 20),
    "ledger_arrears_first_page_ms": ("ms", 150),
    "ledger_import_10k_ms": ("ms", 5_000),
})
PERIODS = ("2026-12", "2027-01")  # after the ledger's last month: a normal, on-time run
BALANCES = 40
STATEMENT_LINES = 10_000
SEED = 2026_11


@contextmanager
def _copies(database: Path):
    """Two copies of the city database beside it: ours (opened by the program) and raw."""
    folder = database.parent / "ledger-bench"
    folder.mkdir(exist_ok=True)
    ours, raw = folder / "ours", folder / "raw"
    with sqlite3.connect(database) as connection:  # the copies must hold every commit
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    try:
        for target in (ours, raw):
            target.mkdir(exist_ok=True)
            shutil.copyfile(database, target / DB_FILENAME)
        ctx = open_context(ours)
        try:
            yield ctx, raw / DB_FILENAME
        finally:
            ctx.store.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _written(ctx: Context, raw: Path, call) -> tuple[float, float]:
    """Milliseconds of our call and of raw sqlite3 sending the same statements on the twin."""
    with captured(ctx) as statements:
        ours = ms(call)
    return ours, replay(raw, statements, commit=True)


@dataclass(frozen=True)
class _Payer:
    payer: object  # seed.bank_files.Payer
    household_id: str


def _payers(database: Path) -> list[_Payer]:
    from borgo_desktop.seed.bank_files import Payer, payer_iban

    rng = random.Random(SEED)
    connection = sqlite3.connect(database)
    try:
        rows = connection.execute(
            "SELECT h.id, h.code, u.code, p.surname || ' ' || p.given_name, a.monthly_cents "
            "FROM ledger_accounts a JOIN households h ON h.id = a.household_id "
            "JOIN units u ON u.id = a.unit_id JOIN memberships m ON m.household_id = h.id "
            "AND m.relation = 'reference' AND m.left_on IS NULL JOIN persons p ON p.id = m.person_id "
            "WHERE a.monthly_cents > 0").fetchall()
    finally:
        connection.close()
    return [_Payer(Payer(code, unit, name.upper(), payer_iban(rng), monthly), hid)
            for hid, code, unit, name, monthly in rows]


def _statement(folder: Path, payers, month: date, prefix: str) -> Path:
    from borgo_desktop.seed.bank_files import camt053, city_movements

    movements = city_movements([p.payer for p in payers], STATEMENT_LINES, month, seed=month.month, prefix=prefix)
    path = folder / f"estratto-{prefix}.xml"
    path.write_bytes(camt053(movements, f"STMT-{prefix}"))
    return path


def _arrears_first_page(ctx: Context):
    from borgo_desktop.services.core import listing
    from borgo_desktop.ui.widgets.table_model import ListTableModel

    model = ListTableModel(ctx, listing.SPECS["arrears"])
    return lambda: model.setFilters({})


def run(ctx: Context, database: Path) -> list[dict]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from borgo_desktop.services.ledger import balances, charges
    from borgo_desktop.services.ledger.bank import importer

    QApplication.instance() or QApplication([])
    log("Canoni e morosità")
    ensure_ledger(database)
    lines = [compare("ledger_arrears_first_page_ms", ctx, database, _arrears_first_page(ctx))]
    payers = _payers(database)
    with _copies(database) as (ours, raw):
        log(f"  emissione mensile dei canoni per tutti i contratti ({', '.join(PERIODS)})")
        runs = [_written(ours, raw, lambda p=p: charges.charge_run(ours, p)) for p in PERIODS]
        lines.append(result("ledger_charge_run_ms", median([o for o, _ in runs]), "ms",
                            median([r for _, r in runs])))
        log(f"    {lines[-1]['value']:.0f} ms, sqlite3 {lines[-1]['baseline']:.0f} ms "
            "(obiettivo ≤ 10000 ms)")
        chosen = random.Random(SEED).sample(sorted(p.household_id for p in payers), BALANCES + 1)
        samples = [_written(ours, raw, lambda h=uuid.UUID(h): balances.household_balance(ours, h))
                   for h in chosen][1:]  # the first warms the statement caches
        lines.append(result("ledger_balance_p50_ms", median([o for o, _ in samples]), "ms",
                            median([r for _, r in samples])))
        result("ledger_balance_p95_ms", percentile([o for o, _ in samples], 95), "ms",
               percentile([r for _, r in samples], 95))
        log(f"    saldo di un nucleo: {lines[-1]['value']:.1f} ms, sqlite3 "
            f"{lines[-1]['baseline']:.1f} ms (obiettivo ≤ 20 ms)")
        folder = database.parent / "ledger-bench"
        imports = []
        for month, prefix in ((date(2026, 12, 1), "BENCHA"), (date(2027, 1, 1), "BENCHB")):
            path = _statement(folder, payers, month, prefix)
            imports.append(_written(ours, raw, lambda p=path: importer.import_statement(ours, p)))
        lines.append(result("ledger_import_10k_ms", median([o for o, _ in imports]), "ms",
                            median([r for _, r in imports])))
        log(f"    estratto di {STATEMENT_LINES} righe: {lines[-1]['value']:.0f} ms, sqlite3 "
            f"{lines[-1]['baseline']:.0f} ms (obiettivo ≤ 5000 ms)")
    return lines
