"""Payments at the desk (cash, POS, transfer, postal slip, pagoPA notice) and reversals.

A payment is never edited: a mistake or a bank storno is a reversal, a negative payment
linked to the original (all of it or part). Each desk payment gets a receipt number, one
sequence per year ("2026/000012"), taken inside the payment's write transaction. The payment
is allocated to the oldest open charges first (services/ledger/allocation.py).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from borgo_desktop.errors import UserError
from borgo_desktop.formatting import fmt_money
from borgo_desktop.models import Household
from borgo_desktop.models.ledger import Payment, PaymentMethod
from borgo_desktop.services.core import audit
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.ledger import allocation
from borgo_desktop.services.core.lookups import get_or_fail
from borgo_desktop.services.core.permissions import Permission, require

MAX_PAYMENT_CENTS = 10_000_000  # €100,000: a typing slip, not a rent payment


@dataclass(frozen=True)
class PaymentView:
    id: uuid.UUID
    household_id: uuid.UUID
    household_code: str
    received_on: date
    amount_cents: int
    method: PaymentMethod
    receipt_no: str
    payer_name: str
    remittance: str
    reverses_id: uuid.UUID | None
    bank_ref: str
    balance_after_cents: int | None  # after this payment, when it was just recorded
    recorded_by: str


def payment_view(session: Session, payment: Payment, balance_after: int) -> PaymentView:
    code = session.scalar(select(Household.code).where(Household.id == payment.household_id))
    return PaymentView(payment.id, payment.household_id, code or "", payment.received_on,
                       payment.amount_cents, PaymentMethod(payment.method),
                       payment.receipt_no or "", payment.payer_name, payment.remittance,
                       payment.reverses_id, payment.bank_ref or "", balance_after,
                       payment.created_by)


def next_receipt_no(session: Session, year: int) -> str:
    prefix = f"{year:04d}/"
    last = session.scalar(select(func.max(Payment.receipt_no))
                          .where(Payment.receipt_no.like(prefix + "%")))
    return f"{prefix}{int(last[len(prefix):]) + 1 if last else 1:06d}"


def check_amount(amount_cents: int) -> None:
    if amount_cents <= 0:
        raise UserError("L'importo del pagamento deve essere maggiore di zero.", field="amount")
    if amount_cents > MAX_PAYMENT_CENTS:
        raise UserError("Importo troppo alto per un pagamento: {amount}. Controllare la cifra.",
                        amount=fmt_money(amount_cents), field="amount")


def add_payment(ctx: Context, session: Session, household_id: uuid.UUID, amount_cents: int,
                received_on: date, method: PaymentMethod, *, receipt: bool, **fields) -> Payment:
    """Write a payment inside the caller's unit of work and allocate it (no audit here)."""
    payment = Payment(household_id=household_id, received_on=received_on,
                      amount_cents=amount_cents, method=method, **fields)
    if receipt:
        payment.receipt_no = next_receipt_no(session, received_on.year)
    ctx.stamp(payment)
    session.add(payment)
    allocation.settle(session, household_id)
    return payment


def record_payment(ctx: Context, household_id: uuid.UUID, amount_cents: int,
                   method: PaymentMethod = PaymentMethod.CASH, received_on: date | None = None,
                   payer_name: str = "", note: str = "") -> PaymentView:
    """A payment taken at the desk; it gets a receipt number."""
    require(ctx, Permission.PAYMENT_RECORD)
    check_amount(amount_cents)
    received_on = received_on or ctx.today()
    if received_on > ctx.today():
        raise UserError("La data del pagamento non può essere futura.", field="received_on")
    with ctx.store.unit_of_work() as session:
        get_or_fail(session, Household, household_id, "Nucleo")
        payment = add_payment(ctx, session, household_id, amount_cents, received_on,
                              PaymentMethod(method), receipt=True,
                              payer_name=payer_name.strip()[:140], note=note.strip()[:200])
        ledger = allocation.load(session, household_id, with_allocations=False)
        audit.record(ctx, session, "payment.record", "household", household_id,
                     detail=f"{payment.receipt_no} {fmt_money(amount_cents)}")
        session.commit()
        return payment_view(session, payment, ledger.charged - ledger.paid)


def reversed_so_far(session: Session, payment_id: uuid.UUID) -> int:
    return -session.scalar(select(func.coalesce(func.sum(Payment.amount_cents), 0))
                           .where(Payment.reverses_id == payment_id))


def add_reversal(ctx: Context, session: Session, original: Payment, amount_cents: int,
                 on: date, note: str, **fields) -> Payment:
    left = original.amount_cents - reversed_so_far(session, original.id)
    if amount_cents <= 0 or amount_cents > left:
        raise UserError("Lo storno può essere al massimo di {left}.", left=fmt_money(left),
                        field="amount")
    storno = Payment(household_id=original.household_id, received_on=on,
                     amount_cents=-amount_cents, method=original.method,
                     reverses_id=original.id, note=note[:200], **fields)
    ctx.stamp(storno)
    session.add(storno)
    allocation.settle(session, original.household_id)
    return storno


def reverse_payment(ctx: Context, payment_id: uuid.UUID, reason: str,
                    amount_cents: int | None = None, on: date | None = None) -> PaymentView:
    """Take back a payment (all of it, or ``amount_cents`` of it) with a reason."""
    require(ctx, Permission.PAYMENT_RECORD)
    if not (reason or "").strip():
        raise UserError("Scrivere il motivo dello storno.", field="reason")
    with ctx.store.unit_of_work() as session:
        original = get_or_fail(session, Payment, payment_id, "Pagamento")
        if original.reverses_id is not None or original.amount_cents <= 0:
            raise UserError("Uno storno non si può stornare: registrare un nuovo pagamento.")
        amount = original.amount_cents - reversed_so_far(session, original.id) \
            if amount_cents is None else amount_cents
        storno = add_reversal(ctx, session, original, amount, on or ctx.today(),
                              f"Storno: {reason.strip()}")
        ledger = allocation.load(session, original.household_id, with_allocations=False)
        audit.record(ctx, session, "payment.reverse", "household", original.household_id,
                     detail=fmt_money(amount))
        session.commit()
        return payment_view(session, storno, ledger.charged - ledger.paid)


def payments_of(ctx: Context, household_id: uuid.UUID) -> list[PaymentView]:
    require(ctx, Permission.PAYMENT_RECORD)
    with ctx.store.read() as session:
        rows = session.scalars(select(Payment).where(Payment.household_id == household_id)
                               .order_by(Payment.received_on.desc(), Payment.id.desc())).all()
        return [payment_view(session, p, None) for p in rows]
