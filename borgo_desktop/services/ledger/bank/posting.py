"""Payments of a statement written in bulk and allocated per household in memory.

The ledger keeps two invariants (services/ledger/allocation.py): charges are paid oldest
first, and a household never has free credit while a charge is open. So a new payment only
needs the household's open charges, which all fall on or after ``ledger_accounts.open_since``:
one query for every household of the file, the filling in memory, one bulk insert of the
allocations and one bulk update of the summaries. A household whose figures do not add up to
that picture (no summary yet, credit beside open charges) is settled the ordinary way.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import date

from sqlalchemy import and_, func, select, update
from sqlalchemy.orm import Session

from borgo_desktop.models.ledger import Allocation, Charge, LedgerAccount, Payment
from borgo_desktop.services.core.bulk import chunks as _chunks, insert_rows
from borgo_desktop.services.ledger import allocation

CHUNK = 500  # ids per IN (...) list


def chunks(items: list, size: int = CHUNK):
    return _chunks(items, size)


def _accounts(session: Session, ids: list) -> dict:
    found = {}
    for part in chunks(ids):
        for hid, balance, since, last in session.execute(
                select(LedgerAccount.household_id, LedgerAccount.balance_cents,
                       LedgerAccount.open_since, LedgerAccount.last_payment_on)
                .where(LedgerAccount.household_id.in_(part))):
            found[hid] = (balance, since, last)
    return found


def _open_debts(session: Session, ids: list) -> dict[uuid.UUID, list[list]]:
    """[charge id, due date, open cents] of each household, oldest first."""
    paid = (select(func.coalesce(func.sum(Allocation.amount_cents), 0))
            .where(Allocation.charge_id == Charge.id).scalar_subquery())
    debts: dict[uuid.UUID, list[list]] = defaultdict(list)
    for part in chunks(ids):
        for cid, hid, due_on, amount, allocated in session.execute(
                select(Charge.id, Charge.household_id, Charge.due_on, Charge.amount_cents, paid)
                .join(LedgerAccount, and_(LedgerAccount.household_id == Charge.household_id,
                                          LedgerAccount.open_since.is_not(None),
                                          Charge.due_on >= LedgerAccount.open_since))
                .where(Charge.household_id.in_(part), Charge.amount_cents > 0)):
            if amount > allocated:
                debts[hid].append([cid, due_on, amount - allocated])
    for rows in debts.values():
        rows.sort(key=lambda r: (r[1], r[0]))
    return debts


def post_payments(session: Session, rows: list[dict]) -> None:
    """Insert the payments (dicts of ``ledger_payments`` columns) and allocate them."""
    insert_rows(session, Payment, rows)
    by_household: dict[uuid.UUID, list[dict]] = defaultdict(list)
    for row in rows:
        by_household[row["household_id"]].append(row)
    ids = list(by_household)
    accounts = _accounts(session, ids)
    debts = _open_debts(session, ids)
    made, updates, slow = [], [], []
    for hid, paid in by_household.items():
        account = accounts.get(hid)
        open_rows = debts.get(hid, [])
        owed = sum(r[2] for r in open_rows)
        if account is None or (owed != account[0] if open_rows else account[0] > 0):
            slow.append(hid)  # not the simple picture: let the allocation settle it
            continue
        balance, _since, last = account
        for payment in sorted(paid, key=lambda p: (p["received_on"], p["id"])):
            free = payment["amount_cents"]
            for debt in open_rows:
                if free == 0:
                    break
                give = min(free, debt[2])
                if give:
                    made.append(dict(household_id=hid, charge_id=debt[0], amount_cents=give,
                                     payment_id=payment["id"], credit_id=None))
                    debt[2] -= give
                    free -= give
        still = next((r[1] for r in open_rows if r[2] > 0), None)
        newest: date = max(p["received_on"] for p in paid)
        updates.append(dict(household_id=hid,
                            balance_cents=balance - sum(p["amount_cents"] for p in paid),
                            open_since=still, last_payment_on=max(last or newest, newest)))
    insert_rows(session, Allocation, made)
    for part in chunks(updates, 5_000):
        session.execute(update(LedgerAccount), part)
    for hid in slow:
        allocation.settle(session, hid)
