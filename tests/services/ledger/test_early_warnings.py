"""Early-warning rules fire exactly once per occurrence, open a follow-up for the social worker
(a task when the household has a case, a proposal when not) and propose a friendly reminder
to the desk — never a legal step."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

from sqlalchemy import func, select

from borgo_desktop.models import ArrearsAlert, ArrearsStep
from borgo_desktop.models.arrears import AlertRule, FollowUp, LadderStep
from borgo_desktop.models.casework import CaseOrigin
from borgo_desktop.services.casework import cases
from borgo_desktop.services.core import settings
from borgo_desktop.services.ledger import arrears_file, balances, warnings
from arrears_world import charge_months, on, pay

ONLY_UNPAID = [{"rule": "unpaid_after_days", "days": 10}]


def _alerts(ctx, rule=None):
    with ctx.store.read() as session:
        query = select(ArrearsAlert)
        if rule is not None:
            query = query.where(ArrearsAlert.rule == rule)
        return [SimpleNamespace(household_id=a.household_id, rule=a.rule, detail=a.detail,
                                follow_up=a.follow_up)
                for a in session.scalars(query.order_by(ArrearsAlert.fired_on))]


def _monthly(ctx, household) -> int:
    return balances.household_balance(ctx, household.id).monthly_cents


def test_an_unpaid_rent_fires_once_ten_days_after_its_due_date(ctx, world):
    settings.set_setting(ctx, "arrears.warning_rules", ONLY_UNPAID)
    charge_months(ctx, "2026-11")  # due on the 5th
    for household in (world.bianchi, world.verdi):
        pay(ctx, household, _monthly(ctx, household), date(2026, 11, 4))
    assert warnings.run_warnings(on(ctx, date(2026, 11, 15))).fired == 0  # 10 days: not yet
    outcome = warnings.run_warnings(on(ctx, date(2026, 11, 16)))
    assert (outcome.fired, outcome.reminders) == (1, 1)
    for day in (date(2026, 11, 16), date(2026, 11, 20), date(2026, 11, 25)):
        assert warnings.run_warnings(on(ctx, day)).fired == 0  # exactly once
    [alert] = _alerts(ctx)
    assert alert.household_id == world.rossi.id and alert.rule == AlertRule.UNPAID_AFTER_DAYS
    assert alert.follow_up == FollowUp.PROPOSAL  # no case yet: a proposal to open one
    # The next month's unpaid rent is a new occurrence.
    charge_months(ctx, "2026-12")
    assert warnings.run_warnings(on(ctx, date(2026, 12, 16))).fired == 3  # nobody paid December
    assert warnings.run_warnings(on(ctx, date(2026, 12, 17))).fired == 0


def test_a_state_fires_once_while_it_lasts_and_again_after_it_cleared(ctx, world):
    settings.set_setting(ctx, "arrears.warning_rules", [{"rule": "balance_months", "months": 2}])
    charge_months(ctx, "2026-08", "2026-09", "2026-10")
    day = date(2026, 10, 20)
    for household in (world.bianchi, world.verdi):
        pay(ctx, household, 3 * _monthly(ctx, household), day)
    assert warnings.run_warnings(on(ctx, day)).fired == 1  # Rossi owes three months
    assert warnings.run_warnings(on(ctx, date(2026, 10, 21))).fired == 0
    assert warnings.run_warnings(on(ctx, date(2026, 10, 28))).fired == 0
    pay(ctx, world.rossi, 3 * _monthly(ctx, world.rossi), date(2026, 11, 2))
    outcome = warnings.run_warnings(on(ctx, date(2026, 11, 3)))
    assert (outcome.fired, outcome.cleared) == (0, 1)
    charge_months(ctx, "2026-11", "2026-12", "2027-01")
    assert warnings.run_warnings(on(ctx, date(2027, 1, 10))).fired == 3  # everyone, this time
    assert len(_alerts(ctx, AlertRule.BALANCE_MONTHS)) == 4


def test_three_late_payments_in_six_months(ctx, world):
    settings.set_setting(ctx, "arrears.warning_rules", [
        {"rule": "late_payments", "count": 3, "months": 6, "grace_days": 10}])
    charge_months(ctx, "2026-06", "2026-07", "2026-08", "2026-09")
    monthly = _monthly(ctx, world.rossi)
    for day in (date(2026, 6, 25), date(2026, 7, 28), date(2026, 8, 4), date(2026, 9, 27)):
        pay(ctx, world.rossi, monthly, day)  # June, July and September late, August on time
    for household in (world.bianchi, world.verdi):
        pay(ctx, household, 4 * _monthly(ctx, household), date(2026, 6, 1))
    assert warnings.run_warnings(on(ctx, date(2026, 8, 20))).fired == 0  # two so far
    assert warnings.run_warnings(on(ctx, date(2026, 10, 1))).fired == 1
    assert warnings.run_warnings(on(ctx, date(2026, 10, 2))).fired == 0
    [alert] = _alerts(ctx)
    assert "3 canoni pagati in ritardo" in alert.detail


def test_an_alert_is_a_task_for_the_social_worker_and_a_reminder_for_the_desk(ctx, world):
    settings.set_setting(ctx, "arrears.warning_rules", ONLY_UNPAID)
    worker = on(ctx, ctx.today(), "social_worker", "assistente")
    case_id = cases.open_case(worker, world.rossi.id, CaseOrigin.OFFICE, "Accompagnamento")
    charge_months(ctx, "2026-11")
    for household in (world.bianchi, world.verdi):
        pay(ctx, household, _monthly(ctx, household), date(2026, 11, 4))
    warnings.run_warnings(ctx)
    [task] = warnings.my_alerts(worker)
    assert (task.household_id, task.case_id, task.follow_up) == (
        world.rossi.id, case_id, FollowUp.CASE_TASK)
    assert warnings.my_alerts(on(ctx, ctx.today(), "social_worker", "altra")) == []
    warnings.mark_seen(worker, task.id)
    assert warnings.my_alerts(worker) == []
    desk = on(ctx, ctx.today(), "front_desk", "sportello")
    [reminder] = arrears_file.reminders_to_send(desk)
    assert reminder.household_id == world.rossi.id
    with ctx.store.read() as session:  # no step was taken, let alone a legal one
        assert session.scalar(select(func.count()).select_from(ArrearsStep).where(
            ArrearsStep.happened_on.is_not(None))) == 0
        assert {s.step for s in session.scalars(select(ArrearsStep))} == {
            LadderStep.FRIENDLY_REMINDER}


def test_a_proposal_becomes_a_case_when_a_coordinator_accepts_it(ctx, world):
    settings.set_setting(ctx, "arrears.warning_rules", ONLY_UNPAID)
    charge_months(ctx, "2026-11")
    warnings.run_warnings(ctx)
    proposals = warnings.proposals(ctx)
    assert {p.household_id for p in proposals} == {world.rossi.id, world.bianchi.id,
                                                    world.verdi.id}
    case_id = warnings.open_case_for(ctx, proposals[0].id)
    assert cases.household_case(ctx, proposals[0].household_id).has_case
    assert proposals[0].household_id not in {p.household_id for p in warnings.proposals(ctx)}
    assert case_id
