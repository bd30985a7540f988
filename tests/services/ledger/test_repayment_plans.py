"""Repayment plans: proposed → signed → active → completed | defaulted → revised. The schedule
adds up to the debt; what was recovered comes from the ledger (current rent first); the plan
defaults on a missed instalment (the setting says how many), and a revision starts again."""

from __future__ import annotations

from datetime import date

import pytest

from borgo_desktop.errors import UserError, ValidationError
from borgo_desktop.models.arrears import PlanStatus as P
from borgo_desktop.services.core import settings
from borgo_desktop.services.ledger import arrears_file, balances, plans
from borgo_desktop.services.ledger.plans import PlanInput
from arrears_world import charge_months, on, pay

SIGNED = date(2026, 11, 25)


@pytest.fixture
def debt(ctx, world):
    charge_months(ctx, "2026-09", "2026-10", "2026-11")
    return balances.household_balance(ctx, world.rossi.id)



def _monthly(ctx, world) -> int:
    """The last month's charges (they move a little: the service charges on account)."""
    return balances.household_balance(ctx, world.rossi.id).monthly_cents


def test_the_schedule_adds_up_to_the_debt():
    rows = plans.schedule(100_001, 3, date(2026, 12, 10))
    assert [r[2] for r in rows] == [33_333, 33_333, 33_335]
    assert [r[1] for r in rows] == [date(2026, 12, 10), date(2027, 1, 10), date(2027, 2, 10)]


def test_a_proposal_is_checked(ctx, world, debt):
    with pytest.raises(ValidationError) as refused:
        plans.propose_plan(ctx, world.rossi.id, PlanInput(0, date(2026, 1, 1),
                                                          debt.balance_cents + 1))
    assert set(refused.value.problems) == {"instalments", "first_due_on", "debt_cents"}
    with pytest.raises(ValidationError):
        plans.propose_plan(ctx, world.verdi.id, PlanInput(3, date(2026, 12, 10), 0))


def test_plan_defaults_on_a_missed_instalment(ctx, admin_ctx, world, debt):
    plan_id = plans.propose_plan(ctx, world.rossi.id, PlanInput(3, date(2026, 12, 10)))
    with pytest.raises(UserError):
        plans.revise_plan(ctx, plan_id, PlanInput(3, date(2026, 12, 10)))  # not signed yet
    plans.sign_plan(ctx, plan_id, SIGNED)
    [view] = arrears_file.arrears_file(ctx, world.rossi.id).plans
    assert view.status == P.SIGNED and view.debt_cents == debt.balance_cents
    first = view.instalments[0].amount_cents
    # December: rent and the first instalment paid on time.
    charge_months(ctx, "2026-12")
    pay(ctx, world.rossi, _monthly(ctx, world) + first, date(2026, 12, 9))
    dec = on(ctx, date(2026, 12, 21))
    assert plans.review_plans(dec) == {"complete": 0, "default": 0}
    [view] = arrears_file.arrears_file(dec, world.rossi.id).plans
    assert view.status == P.ACTIVE and view.recovered_cents == first
    assert view.instalments[0].covered_cents == first and not view.instalments[0].missed
    # January: only the rent; the second instalment is missed.
    charge_months(ctx, "2027-01")
    pay(ctx, world.rossi, _monthly(ctx, world), date(2027, 1, 8))
    assert plans.review_plans(on(ctx, date(2027, 1, 20))) == {"complete": 0, "default": 0}
    jan = on(ctx, date(2027, 1, 21))  # ten days of grace after the 10th
    assert plans.review_plans(jan) == {"complete": 0, "default": 1}
    [view] = arrears_file.arrears_file(jan, world.rossi.id).plans
    assert view.status == P.DEFAULTED and view.missed == 1 and view.ended_on == jan.today()
    assert not arrears_file.arrears_file(jan, world.rossi.id).supported  # legal steps may resume
    # Revised: a new proposal for what is still owed.
    new_id = plans.revise_plan(jan, view.id, PlanInput(6, date(2027, 2, 10)))
    old, new = sorted(arrears_file.arrears_file(jan, world.rossi.id).plans,
                      key=lambda p: p.status != P.REVISED)
    assert (old.status, new.status, new.id, new.revises_id) == (
        P.REVISED, P.PROPOSED, new_id, old.id)
    assert new.debt_cents == balances.household_balance(jan, world.rossi.id).balance_cents


def test_two_missed_instalments_when_the_setting_says_so(ctx, world, debt):
    settings.set_setting(ctx, "arrears.plan_missed_to_default", 2)
    plan_id = plans.propose_plan(ctx, world.rossi.id, PlanInput(3, date(2026, 12, 10)))
    plans.sign_plan(ctx, plan_id, SIGNED)
    charge_months(ctx, "2026-12", "2027-01")
    assert plans.review_plans(on(ctx, date(2026, 12, 21)))["default"] == 0
    assert plans.review_plans(on(ctx, date(2027, 1, 21)))["default"] == 1


def test_a_plan_paid_in_full_completes(ctx, world, debt):
    plan_id = plans.propose_plan(ctx, world.rossi.id, PlanInput(2, date(2026, 12, 10)))
    plans.sign_plan(ctx, plan_id, SIGNED)
    charge_months(ctx, "2026-12")
    pay(ctx, world.rossi, debt.balance_cents + _monthly(ctx, world), date(2026, 12, 5))
    assert plans.review_plans(on(ctx, date(2026, 12, 10))) == {"complete": 1, "default": 0}
    [view] = arrears_file.arrears_file(on(ctx, date(2026, 12, 10)), world.rossi.id).plans
    assert view.status == P.COMPLETED and view.left_cents == 0
