"""Property tests: random sequences of charges, payments, reversals and credit notes.

After any sequence: the balance is charges minus payments, payments are allocated to the
oldest open charges first, nothing is allocated twice (no charge receives more than its
amount, no payment or credit gives more than it has), and rebuilding the allocations from
scratch leaves the same charges open. The charge run is idempotent and its pro rata exact.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings, strategies as st
from sqlalchemy import select

from borgo_desktop.errors import UserError
from borgo_desktop.models import Lease
from borgo_desktop.models.ledger import Allocation, Charge, LedgerAccount, Payment
from borgo_desktop.services.registry import registry
from borgo_desktop.services.ledger import allocation, balances, charges, payments
from borgo_desktop.services.ledger.rents import days_covered, pro_rata
from borgo_desktop.services.registry.forms import HouseholdInput, LeaseInput, MemberInput
from borgo_desktop.models.enums import Relation
from helpers.ledger_world import person

PROPERTY = settings(max_examples=35, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow])
_names = itertools.count()
DAY0 = date(2026, 1, 1)

operation = st.one_of(
    st.tuples(st.just("charge"), st.integers(1, 90_000), st.integers(0, 300)),
    st.tuples(st.just("pay"), st.integers(1, 120_000), st.integers(0, 300)),
    st.tuples(st.just("reverse"), st.integers(0, 20), st.floats(0.05, 1.0)),
    st.tuples(st.just("credit"), st.integers(0, 20), st.floats(0.05, 1.0)),
)


def _new_household(ctx):
    born = date(1950, 1, 1) + timedelta(days=next(_names))  # a new codice fiscale each time
    household = registry.create_household(ctx, HouseholdInput(), [MemberInput(
        person("Prova", "Anna", born), Relation.REFERENCE)])
    return household.id


def check_invariants(ctx, hid):
    with ctx.store.read() as session:
        charge_rows = session.execute(select(Charge.id, Charge.due_on, Charge.amount_cents,
                                             Charge.corrects_id)
                                      .where(Charge.household_id == hid)).all()
        payment_rows = session.execute(select(Payment.id, Payment.amount_cents,
                                              Payment.reverses_id)
                                       .where(Payment.household_id == hid)).all()
        allocs = session.execute(select(Allocation.charge_id, Allocation.payment_id,
                                        Allocation.credit_id, Allocation.amount_cents)
                                 .where(Allocation.household_id == hid)).all()
        account = session.get(LedgerAccount, hid)
        summary = (account.balance_cents, account.open_since) if account else (0, None)
    charged = sum(r.amount_cents for r in charge_rows)
    paid = sum(r.amount_cents for r in payment_rows)
    balance = balances.household_balance(ctx, hid)
    assert balance.balance_cents == charged - paid == balance.charged_cents - balance.paid_cents
    if account:
        assert summary[0] == charged - paid

    to_charge, from_payment, from_credit = defaultdict(int), defaultdict(int), defaultdict(int)
    by_payment_to_charge = defaultdict(int)
    for charge_id, payment_id, credit_id, amount in allocs:
        assert amount > 0
        to_charge[charge_id] += amount
        if payment_id:
            from_payment[payment_id] += amount
            by_payment_to_charge[charge_id] += amount
        else:
            from_credit[credit_id] += amount
    reversed_ = defaultdict(int)
    for pid, amount, reverses in payment_rows:
        if reverses:
            reversed_[reverses] += -amount
            assert from_payment[pid] == 0  # a reversal pays nothing
    for pid, amount, reverses in payment_rows:
        if not reverses:
            assert from_payment[pid] <= amount - reversed_[pid]  # never allocated twice
    debts = sorted((r for r in charge_rows if r.amount_cents > 0),
                   key=lambda r: (r.due_on, r.id))
    for cid, _due, amount, _c in charge_rows:
        if amount > 0:
            assert to_charge[cid] <= amount
        else:
            assert from_credit[cid] <= -amount
    # oldest first: after the first charge left open, no charge is paid by a payment
    open_seen = False
    for debt in debts:
        if open_seen:
            assert by_payment_to_charge[debt.id] == 0
        if to_charge[debt.id] < debt.amount_cents:
            open_seen = True
    open_total = sum(d.amount_cents - to_charge[d.id] for d in debts)
    free = sum(amount - reversed_[pid] - from_payment[pid]
               for pid, amount, reverses in payment_rows if not reverses) + \
        sum(-amount - from_credit[cid] for cid, _d, amount, _c in charge_rows if amount < 0)
    assert open_total - free == charged - paid
    assert open_total == 0 or free == 0  # open charges and unused credit never coexist
    oldest_open = next((d.due_on for d in debts if to_charge[d.id] < d.amount_cents), None)
    assert summary[1] == oldest_open
    # a rebuild from scratch leaves the same charges open
    before = {d.id: d.amount_cents - to_charge[d.id] for d in debts}
    with ctx.store.unit_of_work() as session:
        rebuilt = allocation.reallocate(session, hid)
        session.rollback()
    assert {d.id: d.open for d in rebuilt.debts} == before


@PROPERTY
@given(st.lists(operation, min_size=1, max_size=12))
def test_any_sequence_keeps_the_ledger_balanced_and_allocated_oldest_first(ctx, ops):
    hid = _new_household(ctx)
    charge_ids, payment_ids = [], []
    for op in ops:
        try:
            if op[0] == "charge":
                charge_ids.append(charges.add_charge(
                    ctx, hid, op[1], DAY0 + timedelta(days=op[2]), "other").id)
            elif op[0] == "pay":
                payment_ids.append(payments.record_payment(
                    ctx, hid, op[1], received_on=DAY0 + timedelta(days=op[2])).id)
            elif op[0] == "reverse" and payment_ids:
                target = payment_ids[op[1] % len(payment_ids)]
                with ctx.store.read() as session:
                    amount = session.get(Payment, target).amount_cents
                    left = amount - payments.reversed_so_far(session, target)
                if left > 0:
                    payments.reverse_payment(ctx, target, "storno bancario",
                                             max(1, int(left * op[2])))
            elif op[0] == "credit" and charge_ids:
                target = charge_ids[op[1] % len(charge_ids)]
                with ctx.store.read() as session:
                    amount = session.get(Charge, target).amount_cents
                charges.credit_note(ctx, target, max(1, int(amount * op[2] / 2)), "rettifica")
        except UserError as exc:  # a credit note over what is left of the charge
            assert "supera" in exc.text
        check_invariants(ctx, hid)


@PROPERTY
@given(st.dates(date(2027, 1, 1), date(2028, 12, 31)), st.integers(1, 700))
def test_the_charge_run_is_idempotent_and_pro_rata_exact(ctx, starts_on, length):
    hid = _new_household(ctx)
    ends_on = starts_on + timedelta(days=length)
    unit = _unit(ctx)
    registry.create_lease(ctx, LeaseInput(hid, unit, starts_on, 45_000, ends_on=ends_on))
    months = sorted({f"{d.year}-{d.month:02d}" for d in (starts_on, ends_on)} |
                    {"2027-02", "2028-02", "2029-01"})
    for period in months:
        charges.charge_run(ctx, period)
    with ctx.store.read() as session:
        first = sorted((c.period, c.amount_cents - c.services_cents) for c in session.scalars(
            select(Charge).where(Charge.household_id == hid)))
        lease_end = session.scalar(select(Lease.ends_on).where(Lease.household_id == hid))
    expected = []
    for period in months:
        year, month = map(int, period.split("-"))
        days = days_covered(starts_on, lease_end, year, month)
        if days:
            expected.append((period, pro_rata(45_000, days, year, month)))
    assert first == expected
    for period in months:
        assert charges.charge_run(ctx, period).charged == 0
    _end_leases(ctx, hid)


def _unit(ctx):
    from borgo_desktop.models.enums import Regime, RentModel
    from borgo_desktop.services.registry.forms import BuildingInput, UnitInput

    if registry.find_unit(ctx, "PR-A-1") is None:
        registry.create_building(ctx, BuildingInput("PR", "Prova", "Via Prova 1", "20151"))
        registry.create_unit(ctx, UnitInput("PR", "A", 0, "1", 60, 3, Regime.CAPPED,
                                            RentModel.PER_M2, 9_000, code="PR-A-1"))
    return "PR-A-1"


def _end_leases(ctx, hid):
    """Free the unit for the next example (one active lease per unit)."""
    from borgo_desktop.models.enums import LeaseStatus

    with ctx.store.unit_of_work() as session:
        for lease in session.scalars(select(Lease).where(Lease.household_id == hid)):
            lease.status = LeaseStatus.ENDED
        session.commit()
