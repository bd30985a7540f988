"""Printed documents of the ledger: the receipt of a desk payment and the statement of
account. The desk prints receipts (PAYMENT_RECORD); a statement prints for whoever may see
the household's ledger (every household with LEDGER_READ, the own caseload with
LEDGER_CASELOAD). Both are personal data: EXPORT_PERSONAL, and every print is audited with
the file's sha256."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from sqlalchemy import select
from stdnum import iban

from borgo_desktop.errors import UserError
from borgo_desktop.models.ledger import Allocation, Charge, ChargeKind, Payment, PaymentMethod
from borgo_desktop.reports.ledger.receipt import ReceiptData, render_receipt
from borgo_desktop.reports.ledger.statement import StatementData, render_statement
from borgo_desktop.services.core import audit
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.core.lookups import get_or_fail
from borgo_desktop.services.core.permissions import Permission, require
from borgo_desktop.services.core.settings import read_settings
from borgo_desktop.services.ledger import balances
from borgo_desktop.services.ledger.arrears_printing import _addressee, _office
from borgo_desktop.services.ledger.payments import reversed_so_far


def _operator(ctx: Context, username: str) -> str:
    return username if username != ctx.actor.username else (ctx.actor.display_name or username)


def print_receipt(ctx: Context, payment_id: uuid.UUID, path: Path) -> Path:
    """The receipt of a payment taken at the desk (it has a receipt number)."""
    require(ctx, Permission.PAYMENT_RECORD)
    require(ctx, Permission.EXPORT_PERSONAL)
    with ctx.store.unit_of_work() as session:
        payment = get_or_fail(session, Payment, payment_id, "Pagamento")
        if not payment.receipt_no:
            raise UserError("Questo movimento non ha una ricevuta: solo i pagamenti registrati "
                            "allo sportello ne hanno una.")
        name, code, address = _addressee(session, payment.household_id)
        paid_rows = tuple(
            (due_on, what or ChargeKind(kind).label, cents) for due_on, what, kind, cents in
            session.execute(select(Charge.due_on, Charge.description, Charge.kind,
                                   Allocation.amount_cents)
                            .join(Allocation, Allocation.charge_id == Charge.id)
                            .where(Allocation.payment_id == payment.id)
                            .order_by(Charge.due_on, Charge.created_at)).all())
        balance = balances.balance_in(session, payment.household_id, ctx.today())
        office, office_address = _office(session)
        data = ReceiptData(
            number=payment.receipt_no, received_on=payment.received_on,
            amount_cents=payment.amount_cents, method=PaymentMethod(payment.method).value,
            payer=payment.payer_name, household_code=code, reference_name=name,
            address=address, paid_rows=paid_rows,
            credit_cents=payment.amount_cents - sum(r[2] for r in paid_rows),
            balance_cents=balance.balance_cents, printed_on=ctx.today(),
            operator=_operator(ctx, payment.created_by),
            reversed_cents=reversed_so_far(session, payment.id), note=payment.note)
        render_receipt(Path(path), data, office_name=office, office_address=office_address)
        audit.record(ctx, session, "print.receipt", "household", payment.household_id,
                     detail=f"{payment.receipt_no}, sha256 {audit.file_digest(Path(path))}")
        session.commit()
    return Path(path)


def print_statement(ctx: Context, household_id: uuid.UUID, path: Path,
                    since: date | None = None, until: date | None = None) -> Path:
    """The statement of account from ``since`` (default: every entry) to ``until`` (today)."""
    balances.require_some_access(ctx)
    require(ctx, Permission.EXPORT_PERSONAL)
    until = until or ctx.today()
    if since is not None and since > until:
        raise UserError("L'inizio del periodo viene dopo la fine.", field="since")
    with ctx.store.unit_of_work() as session:
        if balances.visible(ctx, session, household_id):
            name, code, address = _addressee(session, household_id)
            opening, entries = balances.statement_in(session, household_id, since, until)
            state = balances.balance_in(session, household_id, until)
            office, office_address = _office(session)
            accounts = read_settings(session, "ledger.office_accounts")["ledger.office_accounts"]
            a = state.ageing
            data = StatementData(
                household_code=code, reference_name=name, address=address, since=since,
                until=until, opening_cents=opening,
                entries=tuple((e.on, e.kind, e.description, e.debit_cents, e.credit_cents,
                               e.running_cents) for e in entries),
                balance_cents=entries[-1].running_cents if entries else opening,
                ageing_cents=(a.not_due, a.d0_30, a.d31_60, a.d61_90, a.over_90),
                months_owed=state.months_owed, monthly_cents=state.monthly_cents,
                open_since=state.open_since, accounts=tuple(iban.format(a) for a in accounts or ()))
            render_statement(Path(path), data, office_name=office,
                             office_address=office_address)
            audit.record(ctx, session, "print.statement", "household", household_id,
                         detail=f"sha256 {audit.file_digest(Path(path))}")
            session.commit()
            return Path(path)
    balances.refuse(ctx, household_id)
