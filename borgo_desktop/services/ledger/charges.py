"""Charges: the monthly run, one-off charges, credit notes and the yearly conguaglio.

The monthly run charges every lease that covers part of the month, once: each charge has a
run key ("rent:<lease>:<period>") that the database keeps unique, so running the same period
again adds nothing. A lease that starts or ends during the month pays the days it covers.
Amounts come from the unit's rent model and the service-charge table (services/ledger/rents.py).
Nothing is ever edited: a correction is a credit note, a negative charge linked to the one it
reduces. Integer cents throughout.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session

from borgo_desktop.errors import UserError
from borgo_desktop.formatting import fmt_money
from borgo_desktop.models import Household, Lease, Membership, Unit
from borgo_desktop.models.base import new_id, utcnow
from borgo_desktop.models.enums import LeaseStatus
from borgo_desktop.models.ledger import Charge, ChargeKind, LedgerAccount
from borgo_desktop.services.core import audit
from borgo_desktop.services.core.bulk import insert_rows
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.ledger import allocation
from borgo_desktop.services.ledger.rents import (
    SERVICE_LABELS, SETTINGS, RentTables, days_covered, month_bounds, monthly_rent,
    parse_period, pro_rata, service_items,
)
from borgo_desktop.services.core.lookups import get_or_fail
from borgo_desktop.services.core.permissions import Permission, require
from borgo_desktop.services.core.settings import read_settings

MONTHS = ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
          "settembre", "ottobre", "novembre", "dicembre")
ONE_OFF_ITEMS = {"damage": "Danni", "keys": "Chiavi", "other": "Altro"}


@dataclass(frozen=True)
class RunResult:
    period: str
    charged: int  # new charges written
    already: int  # leases of the period charged by an earlier run
    total_cents: int
    dry_run: bool


@dataclass(frozen=True)
class ChargeView:
    id: uuid.UUID
    household_id: uuid.UUID
    kind: ChargeKind
    item: str
    period: str
    due_on: date
    amount_cents: int
    services_cents: int
    description: str
    corrects_id: uuid.UUID | None


def charge_view(c: Charge) -> ChargeView:
    return ChargeView(c.id, c.household_id, c.kind, c.item, c.period, c.due_on, c.amount_cents,
                      c.services_cents, c.description, c.corrects_id)


def run_key(lease_id: uuid.UUID, period: str) -> str:
    return f"rent:{lease_id}:{period}"


def _leases_of_month(session: Session, first: date, last: date):
    return session.execute(
        select(Lease.id, Lease.household_id, Lease.unit_id, Lease.starts_on, Lease.ends_on,
               Unit.rent_model, Unit.rent_rate_cents, Unit.surface_m2, Unit.floor,
               Household.isee_cents, Household.isee_expires_on)
        .join(Unit, Unit.id == Lease.unit_id).join(Household, Household.id == Lease.household_id)
        .where(Lease.status != LeaseStatus.DRAFT, Lease.starts_on <= last,
               or_(Lease.ends_on.is_(None), Lease.ends_on >= first))
        .order_by(Lease.household_id, Lease.starts_on)).all()


def _members(session: Session, on: date) -> dict[uuid.UUID, int]:
    return dict(session.execute(
        select(Membership.household_id, func.count())
        .where(Membership.joined_on <= on,
               or_(Membership.left_on.is_(None), Membership.left_on > on))
        .group_by(Membership.household_id)).all())


def monthly_charges(session: Session, period: str) -> tuple[list[dict], int]:
    """The charges the period's run would write (new ones only) and how many exist already."""
    year, month = parse_period(period)
    first, last = month_bounds(year, month)
    tables = RentTables.from_settings(read_settings(session, *SETTINGS))
    due_on = tables.due_on(year, month)
    done = set(session.scalars(select(Charge.run_key).where(
        Charge.period == period, Charge.kind == ChargeKind.RENT)))
    persons = _members(session, first)
    rows, already, now = [], 0, utcnow()
    for (lease_id, household_id, unit_id, starts_on, ends_on, model, rate, surface, floor,
         isee, isee_expires) in _leases_of_month(session, first, last):
        key = run_key(lease_id, period)
        if key in done:
            already += 1
            continue
        days = days_covered(starts_on, ends_on, year, month)
        if days == 0:
            continue
        isee_valid = isee_expires is None or isee_expires >= first
        rent = monthly_rent(tables, model, rate, surface, isee, isee_valid)
        items = service_items(tables, surface, floor, persons.get(household_id, 1))
        full = rent + sum(items.values())
        amount = pro_rata(rent, days, year, month)
        services = sum(pro_rata(cents, days, year, month) for cents in items.values())
        what = f"Canone e spese {MONTHS[month - 1]} {year}"
        if days < last.day:
            what += f" ({days} giorni su {last.day})"
        rows.append(dict(
            id=new_id(), created_at=now, updated_at=now, household_id=household_id,
            lease_id=lease_id, kind=ChargeKind.RENT, item="", period=period, due_on=due_on,
            amount_cents=amount + services, services_cents=services, description=what,
            corrects_id=None, run_key=key, _unit_id=unit_id, _monthly=full))
    return rows, already


def charge_run(ctx: Context, period: str, *, dry_run: bool = False) -> RunResult:
    """Charge every lease for the month ``period`` ("2026-12"); idempotent."""
    require(ctx, Permission.LEDGER_CHARGE)
    with ctx.store.unit_of_work() as session:
        rows, already = monthly_charges(session, period)
        total = sum(r["amount_cents"] for r in rows)
        result = RunResult(period, len(rows), already, total, dry_run)
        if dry_run or not rows:
            return result
        user = ctx.actor.username
        for row in rows:
            row["created_by"] = row["updated_by"] = user
        insert_rows(session, Charge, [{k: v for k, v in r.items() if not k.startswith("_")}
                                      for r in rows])
        _post_to_accounts(session, rows)
        audit.record(ctx, session, "ledger.charge_run", "period", period,
                     detail=f"{len(rows)} addebiti, {fmt_money(total)}")
        session.commit()
        return result


def _post_to_accounts(session: Session, rows: list[dict]) -> None:
    """Move the per-household summaries by the new charges, in bulk: a household in credit
    (or without a summary yet) is settled on its own, the others just owe more."""
    by_household: dict[uuid.UUID, list[dict]] = defaultdict(list)
    for row in rows:
        by_household[row["household_id"]].append(row)
    accounts = {hid: (balance, since) for hid, balance, since in session.execute(
        select(LedgerAccount.household_id, LedgerAccount.balance_cents,
               LedgerAccount.open_since))}
    # A period run late, after later months were charged: paid months may now come after an
    # open one, so every household is settled on its own (oldest first stays true).
    late = session.scalar(select(func.max(Charge.due_on)).where(
        Charge.kind == ChargeKind.RENT, Charge.period != rows[0]["period"])) or date.min
    late = late > rows[0]["due_on"]
    updates, to_settle = [], []
    for hid, charges in by_household.items():
        last = charges[-1]
        if late or hid not in accounts or accounts[hid][0] < 0:
            to_settle.append(hid)
            continue
        balance, since = accounts[hid]
        due = min(c["due_on"] for c in charges)
        updates.append(dict(household_id=hid,
                            balance_cents=balance + sum(c["amount_cents"] for c in charges),
                            open_since=min(since, due) if since else due,
                            monthly_cents=last["_monthly"], unit_id=last["_unit_id"]))
    if updates:
        session.execute(update(LedgerAccount), updates)
    for hid in to_settle:
        allocation.settle(session, hid)
        last = by_household[hid][-1]
        session.execute(update(LedgerAccount).where(LedgerAccount.household_id == hid)
                        .values(monthly_cents=last["_monthly"], unit_id=last["_unit_id"]))


def _owner(session: Session, household_id: uuid.UUID) -> Household:
    return get_or_fail(session, Household, household_id, "Nucleo")


def add_charge(ctx: Context, household_id: uuid.UUID, amount_cents: int, due_on: date,
               item: str = "other", description: str = "") -> ChargeView:
    """A one-off charge (damage, keys, ...)."""
    require(ctx, Permission.LEDGER_CHARGE)
    if item not in ONE_OFF_ITEMS:
        raise UserError("Voce di addebito sconosciuta: «{item}».", item=item, field="item")
    if amount_cents <= 0:
        raise UserError("L'importo di un addebito deve essere maggiore di zero; per ridurre un "
                        "addebito si emette una nota di credito.", field="amount")
    with ctx.store.unit_of_work() as session:
        _owner(session, household_id)
        charge = Charge(household_id=household_id, kind=ChargeKind.ONE_OFF, item=item,
                        due_on=due_on, amount_cents=amount_cents,
                        description=(description or ONE_OFF_ITEMS[item]).strip()[:200])
        ctx.stamp(charge)
        session.add(charge)
        allocation.settle(session, household_id)
        audit.record(ctx, session, "ledger.charge", "household", household_id,
                     detail=f"{item} {fmt_money(amount_cents)}")
        session.commit()
        return charge_view(charge)


def credit_note(ctx: Context, charge_id: uuid.UUID, amount_cents: int, reason: str,
                on: date | None = None) -> ChargeView:
    """Reduce a charge by ``amount_cents`` (at most what is left of it) with a credit note."""
    require(ctx, Permission.LEDGER_CHARGE)
    if not (reason or "").strip():
        raise UserError("Scrivere il motivo della nota di credito.", field="reason")
    if amount_cents <= 0:
        raise UserError("L'importo della nota di credito deve essere maggiore di zero.",
                        field="amount")
    with ctx.store.unit_of_work() as session:
        charge = get_or_fail(session, Charge, charge_id, "Addebito")
        if charge.amount_cents <= 0:
            raise UserError("Una nota di credito corregge un addebito, non un'altra nota.")
        credited = -session.scalar(select(func.coalesce(func.sum(Charge.amount_cents), 0))
                                   .where(Charge.corrects_id == charge_id))
        left = charge.amount_cents - credited
        if amount_cents > left:
            raise UserError("La nota di credito supera quanto resta dell'addebito ({left}).",
                            left=fmt_money(left), field="amount")
        note = Charge(household_id=charge.household_id, lease_id=charge.lease_id,
                      kind=ChargeKind.CREDIT_NOTE, item=charge.item, period=charge.period,
                      due_on=on or ctx.today(), amount_cents=-amount_cents,
                      services_cents=0, description=f"Nota di credito: {reason.strip()}"[:200],
                      corrects_id=charge.id)
        ctx.stamp(note)
        session.add(note)
        allocation.settle(session, charge.household_id)
        audit.record(ctx, session, "ledger.credit_note", "household", charge.household_id,
                     detail=fmt_money(amount_cents))
        session.commit()
        return charge_view(note)


def reconcile_services(ctx: Context, household_id: uuid.UUID, year: int, actual_cents: int,
                       on: date | None = None) -> ChargeView | None:
    """The yearly conguaglio: the service charges' actual cost for the household against what
    it was charged on account that year. A positive difference is charged, a negative one is
    credited; nothing when they agree. Once per household and year."""
    require(ctx, Permission.LEDGER_CHARGE)
    if actual_cents < 0:
        raise UserError("Il costo effettivo delle spese non può essere negativo.",
                        field="actual")
    key = f"conguaglio:{household_id}:{year}"
    with ctx.store.unit_of_work() as session:
        _owner(session, household_id)
        if session.scalar(select(Charge.id).where(Charge.run_key == key)) is not None:
            raise UserError("Il conguaglio delle spese {year} per questo nucleo è già stato "
                            "fatto: per correggerlo si emette una nota di credito o un "
                            "addebito.", year=year)
        on_account = session.scalar(
            select(func.coalesce(func.sum(Charge.services_cents), 0))
            .where(Charge.household_id == household_id, Charge.period.like(f"{year:04d}-%")))
        difference = actual_cents - on_account
        if difference == 0:
            return None
        words = "a debito" if difference > 0 else "a credito"
        charge = Charge(household_id=household_id, kind=ChargeKind.RECONCILIATION,
                        item="services", period=f"{year:04d}-12", due_on=on or ctx.today(),
                        amount_cents=difference, run_key=key,
                        description=(f"Conguaglio spese {year} {words}: costo "
                                     f"{fmt_money(actual_cents)}, acconti "
                                     f"{fmt_money(on_account)}"))
        ctx.stamp(charge)
        session.add(charge)
        allocation.settle(session, household_id)
        audit.record(ctx, session, "ledger.reconcile", "household", household_id,
                     detail=f"{year}: {fmt_money(difference)}")
        session.commit()
        return charge_view(charge)


def service_breakdown(ctx: Context, surface_m2: float, floor: int, persons: int) -> dict:
    """The monthly service charges on account by item label (for forms and the statement)."""
    require(ctx, Permission.LEDGER_READ)
    with ctx.store.read() as session:
        tables = RentTables.from_settings(read_settings(session, *SETTINGS))
    return {SERVICE_LABELS.get(k, k): v for k, v in
            service_items(tables, surface_m2, floor, persons).items()}
