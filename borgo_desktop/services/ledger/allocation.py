"""Which payment paid which charge: the oldest open charge first, never twice.

``settle`` is called inside the unit of work of every change to a household's ledger. It
fills open charges with free credit (payments net of their reversals, credit notes, credit
conguagli) oldest due date first; a credit note goes first to the charge it corrects. When
the change cannot be settled forward (a reversal took back money already allocated, a charge
dated before one already paid), the household's allocations are rebuilt from scratch
(``reallocate``), which gives the same set of paid charges. Either way it refreshes the
household's ``ledger_accounts`` row (balance, oldest unpaid due date).
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from borgo_desktop.models.ledger import Allocation, Charge, LedgerAccount, Payment


@dataclass
class Debt:
    id: uuid.UUID
    due_on: date
    amount: int
    open: int
    paid_by_payment: int = 0  # allocated from payments (not credit notes)


@dataclass
class Credit:
    key: tuple  # ("payment" | "credit", id)
    on: date
    amount: int  # effective: a payment net of its reversals; a credit as a positive amount
    free: int
    corrects: uuid.UUID | None = None


@dataclass
class Ledger:
    """One household's entries as the allocation sees them."""

    debts: list[Debt] = field(default_factory=list)
    credits: list[Credit] = field(default_factory=list)
    charged: int = 0
    paid: int = 0
    last_payment_on: date | None = None


def load(session: Session, household_id: uuid.UUID, with_allocations: bool = True) -> Ledger:
    ledger = Ledger()
    reversed_by: dict[uuid.UUID, int] = defaultdict(int)
    payments = session.execute(
        select(Payment.id, Payment.received_on, Payment.amount_cents, Payment.reverses_id)
        .where(Payment.household_id == household_id)).all()
    for pid, on, amount, reverses in payments:
        ledger.paid += amount
        if reverses is not None:
            reversed_by[reverses] += amount
    for pid, on, amount, reverses in payments:
        if reverses is None and amount > 0:
            ledger.last_payment_on = max(ledger.last_payment_on or on, on)
            effective = max(0, amount + reversed_by.get(pid, 0))
            ledger.credits.append(Credit(("payment", pid), on, effective, effective))
    for cid, due_on, amount, corrects in session.execute(
            select(Charge.id, Charge.due_on, Charge.amount_cents, Charge.corrects_id)
            .where(Charge.household_id == household_id)).all():
        ledger.charged += amount
        if amount > 0:
            ledger.debts.append(Debt(cid, due_on, amount, amount))
        elif amount < 0:
            ledger.credits.append(Credit(("credit", cid), due_on, -amount, -amount, corrects))
    ledger.debts.sort(key=lambda d: (d.due_on, d.id))
    ledger.credits.sort(key=lambda c: (c.on, c.key[1]))
    if with_allocations:
        debts = {d.id: d for d in ledger.debts}
        credits = {c.key: c for c in ledger.credits}
        for charge_id, payment_id, credit_id, amount in session.execute(
                select(Allocation.charge_id, Allocation.payment_id, Allocation.credit_id,
                       Allocation.amount_cents).where(Allocation.household_id == household_id)):
            debt = debts[charge_id]
            debt.open -= amount
            if payment_id is not None:
                debt.paid_by_payment += amount
                credits[("payment", payment_id)].free -= amount
            else:
                credits[("credit", credit_id)].free -= amount
    return ledger


def fill(ledger: Ledger) -> list[dict]:
    """Allocate free credit to open debts (credit notes first to what they correct)."""
    made: list[dict] = []

    def give(credit: Credit, debt: Debt) -> None:
        amount = min(credit.free, debt.open)
        if amount <= 0:
            return
        credit.free -= amount
        debt.open -= amount
        kind, ref = credit.key
        if kind == "payment":
            debt.paid_by_payment += amount
        made.append(dict(charge_id=debt.id, amount_cents=amount,
                         payment_id=ref if kind == "payment" else None,
                         credit_id=ref if kind == "credit" else None))

    by_id = {d.id: d for d in ledger.debts}
    for credit in ledger.credits:
        if credit.corrects is not None and credit.corrects in by_id and credit.free > 0:
            give(credit, by_id[credit.corrects])
    open_debts = [d for d in ledger.debts if d.open > 0]
    position = 0
    for credit in ledger.credits:
        while credit.free > 0 and position < len(open_debts):
            give(credit, open_debts[position])
            if open_debts[position].open == 0:
                position += 1
    return made


def consistent(ledger: Ledger) -> bool:
    """Nothing over-allocated, and no open charge older than one a payment has paid."""
    if any(c.free < 0 for c in ledger.credits) or any(d.open < 0 for d in ledger.debts):
        return False
    oldest_open = next((d for d in ledger.debts if d.open > 0), None)
    if oldest_open is None:
        return True
    key = (oldest_open.due_on, oldest_open.id)
    return not any(d.paid_by_payment and (d.due_on, d.id) > key for d in ledger.debts)


def settle(session: Session, household_id: uuid.UUID) -> Ledger:
    """Bring the household's allocations and summary in step with its entries."""
    session.flush()
    ledger = load(session, household_id)
    made = fill(ledger) if consistent(ledger) else None
    if made is None or not consistent(ledger):
        return reallocate(session, household_id)
    if made:
        session.execute(insert(Allocation), [dict(m, household_id=household_id) for m in made])
    refresh_account(session, household_id, ledger)
    return ledger


def reallocate(session: Session, household_id: uuid.UUID) -> Ledger:
    """Rebuild the household's allocations from its entries, oldest charge first."""
    session.flush()
    session.execute(delete(Allocation).where(Allocation.household_id == household_id))
    ledger = load(session, household_id, with_allocations=False)
    made = fill(ledger)
    if made:
        session.execute(insert(Allocation), [dict(m, household_id=household_id) for m in made])
    refresh_account(session, household_id, ledger)
    return ledger


def open_since(ledger: Ledger) -> date | None:
    return next((d.due_on for d in ledger.debts if d.open > 0), None)


def refresh_account(session: Session, household_id: uuid.UUID, ledger: Ledger) -> None:
    account = session.get(LedgerAccount, household_id)
    if account is None:
        account = LedgerAccount(household_id=household_id, monthly_cents=0)
        session.add(account)
    account.balance_cents = ledger.charged - ledger.paid
    account.open_since = open_since(ledger)
    account.last_payment_on = ledger.last_payment_on


def allocated_total(session: Session, household_id: uuid.UUID) -> int:
    return session.scalar(select(func.coalesce(func.sum(Allocation.amount_cents), 0))
                          .where(Allocation.household_id == household_id))
