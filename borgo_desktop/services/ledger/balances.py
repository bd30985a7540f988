"""Balances, ageing, the statement of account and the arrears view.

A balance is charges minus payments (cents; positive: the household owes). Ageing splits the
unpaid part of the charges already due by days past their due date: 0–30, 31–60, 61–90 and
over 90. Months owed is the balance over the household's monthly charges, to one decimal.
Balances are personal data: every read of a household's ledger is in the audit trail; a
social worker sees only the households of their own caseload, facility staff see nothing.
The arrears view sorts, filters and pages in the database over ``ledger_accounts``.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from borgo_desktop.errors import UserError
from borgo_desktop.models import (
    Building, Case, CaseWorker, Household, Person, Unit,
)
from borgo_desktop.models.ledger import (
    Allocation, Charge, ChargeKind, LedgerAccount, Payment, PaymentMethod,
)
from borgo_desktop.services.core import audit
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.core.lookups import get_or_fail
from borgo_desktop.services.core.permissions import Permission, PermissionDenied, allowed, require

BUCKETS = ("0-30", "31-60", "61-90", "90+")
BUCKET_LABELS = {"0-30": "0–30 giorni", "31-60": "31–60 giorni", "61-90": "61–90 giorni",
                 "90+": "oltre 90 giorni"}
SORTS = ("age", "balance", "months", "code", "name")


def bucket_of(days: int) -> str:
    return "0-30" if days <= 30 else "31-60" if days <= 60 else "61-90" if days <= 90 else "90+"


def months_owed(balance_cents: int, monthly_cents: int) -> float:
    if balance_cents <= 0 or monthly_cents <= 0:
        return 0.0
    return (balance_cents * 10 // monthly_cents) / 10


@dataclass(frozen=True)
class Ageing:
    not_due: int = 0
    d0_30: int = 0
    d31_60: int = 0
    d61_90: int = 0
    over_90: int = 0

    def by_bucket(self) -> dict[str, int]:
        return dict(zip(BUCKETS, (self.d0_30, self.d31_60, self.d61_90, self.over_90)))


@dataclass(frozen=True)
class Balance:
    household_id: uuid.UUID
    code: str
    balance_cents: int
    charged_cents: int
    paid_cents: int
    open_since: date | None  # due date of the oldest unpaid charge
    days_overdue: int
    bucket: str | None  # None: nothing overdue
    months_owed: float
    monthly_cents: int
    last_payment_on: date | None
    ageing: Ageing


@dataclass(frozen=True)
class Entry:
    """One line of the statement of account."""

    on: date
    kind: str  # Italian label
    description: str
    debit_cents: int
    credit_cents: int
    running_cents: int
    ref_id: uuid.UUID
    is_payment: bool
    open_cents: int  # what is left to pay of a charge (0 for payments)


@dataclass(frozen=True)
class MonthPoint:
    period: str
    charged_cents: int
    paid_cents: int
    balance_cents: int  # at the end of the month


@dataclass(frozen=True)
class ArrearsRow:
    household_id: uuid.UUID
    code: str
    name: str
    unit_code: str
    building_code: str
    balance_cents: int
    open_since: date
    days_overdue: int
    bucket: str
    months_owed: float
    last_payment_on: date | None


# --- who may see which household ---------------------------------------------------------

def caseload_ids(username: str):
    """Households with an open case the worker is currently assigned to (a subquery)."""
    return (select(Case.household_id).join(CaseWorker, CaseWorker.case_id == Case.id)
            .where(CaseWorker.username == username, CaseWorker.removed_on.is_(None),
                   Case.closed_on.is_(None)))


def may_read_all(ctx: Context) -> bool:
    return allowed(ctx.actor, Permission.LEDGER_READ)


def visible(ctx: Context, session: Session, household_id: uuid.UUID) -> bool:
    """The actor may see this household's ledger: every household with LEDGER_READ, those of
    the own caseload with LEDGER_CASELOAD (call ``require_some_access`` first)."""
    if may_read_all(ctx):
        return True
    return bool(session.scalar(select(func.count()).select_from(
        caseload_ids(ctx.actor.username).where(Case.household_id == household_id)
        .subquery())))


def refuse(ctx: Context, household_id: uuid.UUID) -> None:
    """Log and raise the refusal (outside any unit of work: it writes its own entry)."""
    audit.record_event(ctx, "permission_denied", "household", household_id,
                       detail=Permission.LEDGER_CASELOAD.value)
    raise PermissionDenied("Si può vedere la situazione dei pagamenti solo dei nuclei che "
                           "si seguono.")


def may_see(ctx: Context, household_id: uuid.UUID) -> bool:
    """Whether the window should offer this household's ledger at all (no refusal logged:
    pages ask before showing a box the reader may not open)."""
    if may_read_all(ctx):
        return True
    if not allowed(ctx.actor, Permission.LEDGER_CASELOAD):
        return False
    with ctx.store.read() as session:
        return visible(ctx, session, household_id)


def require_some_access(ctx: Context) -> None:
    if not allowed(ctx.actor, Permission.LEDGER_CASELOAD):
        require(ctx, Permission.LEDGER_READ)


# --- one household -----------------------------------------------------------------------

def _open_by_charge(session: Session, household_id: uuid.UUID) -> dict[uuid.UUID, int]:
    return dict(session.execute(
        select(Allocation.charge_id, func.sum(Allocation.amount_cents))
        .where(Allocation.household_id == household_id).group_by(Allocation.charge_id)).all())


def balance_in(session: Session, household_id: uuid.UUID, today: date) -> Balance:
    """The household's balance and ageing inside the caller's session (no permission check)."""
    code = session.scalar(select(Household.code).where(Household.id == household_id))
    account = session.get(LedgerAccount, household_id)
    allocated = _open_by_charge(session, household_id)
    charged = 0
    buckets = dict.fromkeys(BUCKETS, 0)
    not_due = 0
    for cid, due_on, amount in session.execute(
            select(Charge.id, Charge.due_on, Charge.amount_cents)
            .where(Charge.household_id == household_id)).all():
        charged += amount
        left = amount - allocated.get(cid, 0)
        if amount <= 0 or left <= 0:
            continue
        if due_on > today:
            not_due += left
        else:
            buckets[bucket_of((today - due_on).days)] += left
    paid = session.scalar(select(func.coalesce(func.sum(Payment.amount_cents), 0))
                          .where(Payment.household_id == household_id))
    since = account.open_since if account else None
    monthly = account.monthly_cents if account else 0
    days = (today - since).days if since and since <= today else 0
    overdue = since is not None and since <= today and charged - paid > 0
    return Balance(household_id, code or "", charged - paid, charged, paid, since, days,
                   bucket_of(days) if overdue else None, months_owed(charged - paid, monthly),
                   monthly, account.last_payment_on if account else None,
                   Ageing(not_due, *buckets.values()))


def household_balance(ctx: Context, household_id: uuid.UUID) -> Balance:
    """Balance, ageing and months owed of one household (the read is audited)."""
    require_some_access(ctx)
    with ctx.store.unit_of_work() as session:
        get_or_fail(session, Household, household_id, "Nucleo")
        if visible(ctx, session, household_id):
            result = balance_in(session, household_id, ctx.today())
            audit.record(ctx, session, "ledger.balance_view", "household", household_id)
            session.commit()
            return result
    refuse(ctx, household_id)


def statement_in(session: Session, household_id: uuid.UUID, since: date | None = None,
                 until: date | None = None) -> tuple[int, list[Entry]]:
    """The opening balance before ``since`` and the entries from it, oldest first."""
    allocated = _open_by_charge(session, household_id)
    rows = []
    for cid, on, kind, what, amount in session.execute(
            select(Charge.id, Charge.due_on, Charge.kind, Charge.description,
                   Charge.amount_cents).where(Charge.household_id == household_id)).all():
        rows.append((on, 0, cid, ChargeKind(kind).label, what, amount, False,
                     max(0, amount - allocated.get(cid, 0)) if amount > 0 else 0))
    for pid, on, method, amount, reverses, remittance, receipt in session.execute(
            select(Payment.id, Payment.received_on, Payment.method, Payment.amount_cents,
                   Payment.reverses_id, Payment.remittance, Payment.receipt_no)
            .where(Payment.household_id == household_id)).all():
        label = "Storno" if reverses else "Pagamento"
        what = PaymentMethod(method).label
        if receipt:
            what += f", ricevuta n. {receipt}"
        elif remittance:
            what += f": {remittance}"
        rows.append((on, 1, pid, label, what[:200], -amount, True, 0))
    rows.sort(key=lambda r: (r[0], r[1], r[2]))
    opening, entries, running = 0, [], 0
    for on, _order, ref, label, what, signed, is_payment, left in rows:
        if until is not None and on > until:
            continue
        if since is not None and on < since:
            opening += signed
            running = opening
            continue
        running += signed
        entries.append(Entry(on, label, what, max(signed, 0), max(-signed, 0), running, ref,
                             is_payment, left))
    return opening, entries


def statement(ctx: Context, household_id: uuid.UUID, since: date | None = None,
              until: date | None = None) -> tuple[int, list[Entry]]:
    require_some_access(ctx)
    with ctx.store.unit_of_work() as session:
        get_or_fail(session, Household, household_id, "Nucleo")
        if visible(ctx, session, household_id):
            result = statement_in(session, household_id, since, until)
            audit.record(ctx, session, "ledger.statement_view", "household", household_id)
            session.commit()
            return result
    refuse(ctx, household_id)


def month_start(day: date, back: int) -> date:
    month = day.year * 12 + day.month - 1 - back
    return date(month // 12, month % 12 + 1, 1)


def last_months(ctx: Context, household_id: uuid.UUID, months: int = 12) -> list[MonthPoint]:
    """Charged, paid and the closing balance of each of the last ``months`` months."""
    require_some_access(ctx)
    today = ctx.today()
    first = month_start(today, months - 1)
    with ctx.store.read() as session:
        shown = visible(ctx, session, household_id)
        if shown:
            opening, entries = statement_in(session, household_id, first, today)
    if not shown:
        refuse(ctx, household_id)
    points, balance = [], opening
    for back in range(months - 1, -1, -1):
        start = month_start(today, back)
        end = month_start(today, back - 1) - timedelta(days=1)
        inside = [e for e in entries if start <= e.on <= end]
        charged = sum(e.debit_cents for e in inside)
        paid = sum(e.credit_cents for e in inside)
        balance += charged - paid
        points.append(MonthPoint(f"{start.year:04d}-{start.month:02d}", charged, paid, balance))
    return points


# --- the arrears view --------------------------------------------------------------------

@dataclass(frozen=True)
class ArrearsFilter:
    building_code: str | None = None
    bucket: str | None = None  # one of BUCKETS
    min_balance_cents: int = 1


def _reference_name():
    return (select(Person.surname + " " + Person.given_name)
            .join(Household, Household.reference_person_id == Person.id)
            .where(Household.id == LedgerAccount.household_id).scalar_subquery())


def _arrears_query(ctx: Context, columns, flt: ArrearsFilter):
    today = ctx.today()
    query = (select(*columns).select_from(LedgerAccount)
             .join(Household, Household.id == LedgerAccount.household_id)
             .outerjoin(Unit, Unit.id == LedgerAccount.unit_id)
             .outerjoin(Building, Building.id == Unit.building_id)
             .where(LedgerAccount.balance_cents >= max(1, flt.min_balance_cents),
                    LedgerAccount.open_since <= today))
    if not may_read_all(ctx):
        query = query.where(LedgerAccount.household_id.in_(caseload_ids(ctx.actor.username)))
    if flt.building_code:
        query = query.where(Building.code == flt.building_code)
    if flt.bucket:
        if flt.bucket not in BUCKETS:
            raise UserError("Fascia di anzianità sconosciuta: «{bucket}».", bucket=flt.bucket)
        low, high = {"0-30": (0, 30), "31-60": (31, 60), "61-90": (61, 90),
                     "90+": (91, None)}[flt.bucket]
        query = query.where(LedgerAccount.open_since <= today - timedelta(days=low))
        if high is not None:
            query = query.where(LedgerAccount.open_since >= today - timedelta(days=high))
    return query


def count_arrears(ctx: Context, flt: ArrearsFilter = ArrearsFilter()) -> int:
    require_some_access(ctx)
    with ctx.store.read() as session:
        return session.scalar(_arrears_query(ctx, [func.count()], flt))


def arrears(ctx: Context, flt: ArrearsFilter = ArrearsFilter(), *, sort: str = "age",
            descending: bool = False, offset: int = 0, limit: int = 100) -> list[ArrearsRow]:
    """A page of households behind with payments, sorted and paged in the database.

    ``age`` sorts oldest debt first (``descending`` for the newest), ``balance`` and
    ``months`` smallest first unless ``descending``. The first page's read is audited.
    """
    require_some_access(ctx)
    if sort not in SORTS:
        raise ValueError(f"unknown sort {sort!r}")
    name = _reference_name().label("name")
    months = case((LedgerAccount.monthly_cents > 0,
                   LedgerAccount.balance_cents * 10 / LedgerAccount.monthly_cents), else_=0)
    keys = {"age": LedgerAccount.open_since, "balance": LedgerAccount.balance_cents,
            "months": months, "code": Household.code, "name": name}
    # Oldest debt first reads as "most urgent first": age ascending = open_since ascending.
    key = keys[sort]
    order = [key.desc() if descending else key.asc(), Household.code]
    query = _arrears_query(ctx, [LedgerAccount.household_id, Household.code, name,
                                 Unit.code, Building.code, LedgerAccount.balance_cents,
                                 LedgerAccount.open_since, LedgerAccount.monthly_cents,
                                 LedgerAccount.last_payment_on], ArrearsFilter(
        flt.building_code, flt.bucket, flt.min_balance_cents))
    query = query.order_by(*order).offset(offset).limit(limit)
    today = ctx.today()
    with ctx.store.read() as session:
        rows = session.execute(query).all()
    if offset == 0:
        audit.record_event(ctx, "ledger.arrears_view", detail=f"{len(rows)} righe")
    return [ArrearsRow(hid, code, name or "", unit or "", building or "", balance, since,
                       (today - since).days, bucket_of((today - since).days),
                       months_owed(balance, monthly), last_paid)
            for hid, code, name, unit, building, balance, since, monthly, last_paid in rows]


def arrears_for(ctx: Context, household_ids: list[uuid.UUID]) -> dict[uuid.UUID, Balance]:
    """Balances of several households (the other ledger services: ladder, plans, alerts)."""
    require_some_access(ctx)
    with ctx.store.read() as session:
        hidden = [hid for hid in household_ids if not visible(ctx, session, hid)]
        if not hidden:
            return {hid: balance_in(session, hid, ctx.today()) for hid in household_ids}
    refuse(ctx, hidden[0])


def rebuild_accounts(ctx: Context) -> int:
    """Recompute every household's allocations and summary from its entries (repair tool)."""
    require(ctx, Permission.LEDGER_CHARGE)
    from borgo_desktop.services.ledger import allocation

    with ctx.store.unit_of_work() as session:
        ids = set(session.scalars(select(Charge.household_id).distinct())) | set(
            session.scalars(select(Payment.household_id).distinct()))
        for hid in ids:
            allocation.reallocate(session, hid)
        audit.record(ctx, session, "ledger.rebuild", detail=f"{len(ids)} nuclei")
        session.commit()
        return len(ids)

