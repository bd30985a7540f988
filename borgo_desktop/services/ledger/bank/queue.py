"""The unmatched queue: credit lines of a statement a person assigns or dismisses; the
payers' IBANs that let later statements match by themselves.

Assigning a queued line makes it a payment of the chosen household (allocated oldest charge
first, as every payment); a queued storno takes back the payment it is assigned to.
Dismissing keeps the line with the reason (a refund to the payer, another matter).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from borgo_desktop.errors import UserError
from borgo_desktop.identifiers import validate_iban
from borgo_desktop.models import Household
from borgo_desktop.models.ledger import BankImport, BankLine, LineStatus, PayerIban, Payment, PaymentMethod
from borgo_desktop.services.core import audit
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.core.lookups import get_or_fail
from borgo_desktop.services.core.permissions import Permission, require
from borgo_desktop.services.ledger import allocation, payments
from borgo_desktop.services.ledger.bank.matching import Maps
from borgo_desktop.services.ledger.bank.statement import StatementLine


@dataclass(frozen=True)
class BankLineView:
    id: uuid.UUID
    import_id: uuid.UUID
    bank_ref: str
    booked_on: date
    amount_cents: int  # negative: a storno
    payer_name: str
    payer_iban: str
    remittance: str
    status: LineStatus
    reason: str
    household_id: uuid.UUID | None
    household_code: str
    payment_id: uuid.UUID | None


@dataclass(frozen=True)
class Suggestion:
    household_id: uuid.UUID
    code: str
    why: str


@dataclass(frozen=True)
class PayerIbanView:
    id: uuid.UUID
    household_id: uuid.UUID
    iban: str
    holder: str


@dataclass(frozen=True)
class ImportView:
    id: uuid.UUID
    at: object
    by: str
    file_name: str
    format: str
    account_iban: str
    lines: int
    matched: int
    queued: int
    ignored: int
    duplicates: int


def _view(session: Session, line: BankLine) -> BankLineView:
    code = session.scalar(select(Household.code).where(Household.id == line.household_id)) \
        if line.household_id else ""
    return BankLineView(line.id, line.import_id, line.bank_ref, line.booked_on,
                        line.amount_cents, line.payer_name, line.payer_iban, line.remittance,
                        LineStatus(line.status), line.reason, line.household_id, code or "",
                        line.payment_id)


def count_queued(ctx: Context) -> int:
    require(ctx, Permission.PAYMENT_RECORD)
    with ctx.store.read() as session:
        return session.scalar(select(func.count()).select_from(BankLine)
                              .where(BankLine.status == LineStatus.QUEUED))


def queued_lines(ctx: Context, offset: int = 0, limit: int = 100) -> list[BankLineView]:
    """The queue, oldest booking first (paged in the database)."""
    require(ctx, Permission.PAYMENT_RECORD)
    with ctx.store.read() as session:
        rows = session.scalars(select(BankLine).where(BankLine.status == LineStatus.QUEUED)
                               .order_by(BankLine.booked_on, BankLine.id)
                               .offset(offset).limit(limit)).all()
        return [_view(session, line) for line in rows]


def lines_of_import(ctx: Context, import_id: uuid.UUID) -> list[BankLineView]:
    require(ctx, Permission.PAYMENT_RECORD)
    with ctx.store.read() as session:
        rows = session.scalars(select(BankLine).where(BankLine.import_id == import_id)
                               .order_by(BankLine.booked_on, BankLine.id)).all()
        return [_view(session, line) for line in rows]


def imports(ctx: Context, limit: int = 50) -> list[ImportView]:
    """The statements read, newest first."""
    require(ctx, Permission.PAYMENT_IMPORT)
    with ctx.store.read() as session:
        return [ImportView(i.id, i.created_at, i.created_by, i.file_name, i.format,
                           i.account_iban, i.lines, i.matched, i.queued, i.ignored,
                           i.duplicates)
                for i in session.scalars(select(BankImport).order_by(
                    BankImport.created_at.desc()).limit(limit))]


def suggestions(ctx: Context, line_id: uuid.UUID) -> list[Suggestion]:
    """Households the line's text, IBAN or payer name point at (for the assign dialog)."""
    require(ctx, Permission.PAYMENT_RECORD)
    with ctx.store.read() as session:
        line = get_or_fail(session, BankLine, line_id, "Movimento")
        maps = Maps.load(session)
        probe = StatementLine(0, line.bank_ref, line.booked_on, abs(line.amount_cents),
                              line.payer_name, line.payer_iban, line.remittance)
        found = {hid: "; ".join(why) for hid, why in maps.evidence(probe).items()}
        from borgo_desktop.services.ledger.bank.matching import name_key

        for hid in maps.names.get(name_key(line.payer_name), ()):
            found.setdefault(hid, "nome dell'ordinante")
        return sorted((Suggestion(hid, maps.code_of.get(hid, ""), why)
                       for hid, why in found.items()), key=lambda s: s.code)


def _queued(session: Session, line_id: uuid.UUID) -> BankLine:
    line = get_or_fail(session, BankLine, line_id, "Movimento")
    if line.status != LineStatus.QUEUED:
        raise UserError("Il movimento non è più da abbinare ({status}).",
                        status=LineStatus(line.status).label)
    return line


def assign_line(ctx: Context, line_id: uuid.UUID, household_id: uuid.UUID, *,
                payment_id: uuid.UUID | None = None, remember_iban: bool = False
                ) -> payments.PaymentView:
    """Make a queued line a payment of ``household_id``; a storno takes back ``payment_id``
    (default: the household's latest payment of at least that amount). ``remember_iban``
    registers the payer's IBAN for the household, so the next statements match by it."""
    require(ctx, Permission.PAYMENT_RECORD)
    with ctx.store.unit_of_work() as session:
        line = _queued(session, line_id)
        get_or_fail(session, Household, household_id, "Nucleo")
        if line.amount_cents > 0:
            payments.check_amount(line.amount_cents)
            payment = payments.add_payment(
                ctx, session, household_id, line.amount_cents, line.booked_on,
                PaymentMethod.TRANSFER, receipt=False, bank_ref=line.bank_ref,
                payer_name=line.payer_name, payer_iban=line.payer_iban,
                remittance=line.remittance[:280], import_id=line.import_id,
                note="Abbinato a mano dalla coda")
        else:
            original = _original(session, household_id, -line.amount_cents, line.booked_on,
                                 payment_id)
            payment = payments.add_reversal(
                ctx, session, original, -line.amount_cents, line.booked_on,
                f"Storno bancario: {line.remittance}", bank_ref=line.bank_ref,
                payer_name=line.payer_name, payer_iban=line.payer_iban,
                remittance=line.remittance[:280], import_id=line.import_id)
        session.flush()
        line.status, line.household_id, line.payment_id = (LineStatus.ASSIGNED, household_id,
                                                          payment.id)
        ctx.stamp(line)
        if remember_iban and line.payer_iban:
            _remember(ctx, session, household_id, line.payer_iban, line.payer_name)
        audit.record(ctx, session, "payment.assign", "household", household_id,
                     detail=f"{line.bank_ref[:60]}")
        ledger = allocation.load(session, household_id, with_allocations=False)
        session.commit()
        return payments.payment_view(session, payment, ledger.charged - ledger.paid)


def _original(session: Session, household_id, cents: int, on: date, payment_id) -> Payment:
    if payment_id is not None:
        original = get_or_fail(session, Payment, payment_id, "Pagamento")
        if original.household_id != household_id:
            raise UserError("Il pagamento da stornare non è di questo nucleo.")
        return original
    for original in session.scalars(select(Payment).where(
            Payment.household_id == household_id, Payment.reverses_id.is_(None),
            Payment.amount_cents >= cents, Payment.received_on <= on)
            .order_by(Payment.received_on.desc(), Payment.id.desc()).limit(20)):
        if original.amount_cents - payments.reversed_so_far(session, original.id) >= cents:
            return original
    raise UserError("Il nucleo non ha un pagamento da cui togliere questo storno: scegliere "
                    "un altro nucleo o scartare il movimento.")


def dismiss_line(ctx: Context, line_id: uuid.UUID, reason: str) -> BankLineView:
    """Take a queued line out of the queue with a reason: it is not a rent payment."""
    require(ctx, Permission.PAYMENT_RECORD)
    reason = (reason or "").strip()
    if not reason:
        raise UserError("Scrivere perché il movimento viene scartato.", field="reason")
    with ctx.store.unit_of_work() as session:
        line = _queued(session, line_id)
        line.status, line.reason = LineStatus.DISMISSED, reason[:200]
        ctx.stamp(line)
        audit.record(ctx, session, "payment.dismiss", "bank_line", line.id,
                     detail=line.bank_ref[:60])
        session.commit()
        return _view(session, line)


def _remember(ctx: Context, session: Session, household_id, iban: str, holder: str) -> PayerIban:
    iban = validate_iban(iban)
    row = session.scalar(select(PayerIban).where(PayerIban.iban == iban))
    if row is not None:
        if row.household_id != household_id:
            code = session.scalar(select(Household.code).where(Household.id == row.household_id))
            raise UserError("L'IBAN {iban} è già registrato per il nucleo {code}.", iban=iban,
                            code=code, field="iban")
        return row
    row = PayerIban(household_id=household_id, iban=iban, holder=(holder or "").strip()[:140])
    ctx.stamp(row)
    session.add(row)
    session.flush()
    audit.record(ctx, session, "payment.iban", "household", household_id)
    return row


def add_payer_iban(ctx: Context, household_id: uuid.UUID, iban: str,
                   holder: str = "") -> PayerIbanView:
    """Register an IBAN the household pays from (checked with python-stdnum and the CIN)."""
    require(ctx, Permission.PAYMENT_RECORD)
    with ctx.store.unit_of_work() as session:
        get_or_fail(session, Household, household_id, "Nucleo")
        row = _remember(ctx, session, household_id, iban, holder)
        session.commit()
        return PayerIbanView(row.id, row.household_id, row.iban, row.holder)


def payer_ibans(ctx: Context, household_id: uuid.UUID) -> list[PayerIbanView]:
    require(ctx, Permission.PAYMENT_RECORD)
    with ctx.store.read() as session:
        return [PayerIbanView(r.id, r.household_id, r.iban, r.holder) for r in session.scalars(
            select(PayerIban).where(PayerIban.household_id == household_id)
            .order_by(PayerIban.created_at))]
