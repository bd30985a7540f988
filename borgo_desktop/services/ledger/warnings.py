"""Early warning: configurable rules over the ledger that fire exactly once per occurrence.

The rules (setting ``arrears.warning_rules``, a list of dicts) are of three kinds:

- ``unpaid_after_days`` (``days``): a monthly rent still open that many days after its due
  date. The occurrence is the charge: it fires once for it, however often the rules run.
- ``balance_months`` (``months``): the balance is over that many months of rent.
- ``late_payments`` (``count``, ``months``, ``grace_days``): that many rents paid late (or
  still open) among those due in the last months.

The last two are states: an occurrence lasts while the state holds, and a new one fires only
after a run found it cleared. An alert opens a follow-up for the household's social worker —
a task in "I miei casi" when the household has an open case, otherwise a proposal to open one
for the coordinators — and proposes a friendly reminder to the desk. A rule never takes a
legal step: only people do (ladder.py).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta
from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from borgo_desktop.errors import UserError
from borgo_desktop.formatting import fmt_date, fmt_money
from borgo_desktop.models import Case, Household, Person
from borgo_desktop.models.arrears import (
    AlertRule, ArrearsAlert, ArrearsStep, FollowUp, LadderStep,
)
from borgo_desktop.models.casework import CaseOrigin
from borgo_desktop.models.ledger import Allocation, Charge, ChargeKind, LedgerAccount, Payment
from borgo_desktop.services.core import audit
from borgo_desktop.services.casework.access import assigned_ids, open_case_of
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.core.lookups import get_or_fail
from borgo_desktop.services.core.permissions import Permission, require
from borgo_desktop.services.core.settings import read_settings

LOOKBACK_DAYS = 45  # an unpaid rent is an early warning, not an archaeology of old debts


@dataclass(frozen=True)
class Found:
    household_id: uuid.UUID
    occurrence: str
    detail: str


@dataclass(frozen=True)
class RunOutcome:
    fired: int
    cleared: int
    reminders: int


def rules_in(session: Session) -> list[dict]:
    return list(read_settings(session, "arrears.warning_rules")["arrears.warning_rules"])


def _open_rents(session: Session, due_from: date, due_to: date):
    """(charge id, household, due date, period, open cents) of rents still (partly) open."""
    paid = func.coalesce(func.sum(Allocation.amount_cents), 0)
    return session.execute(
        select(Charge.id, Charge.household_id, Charge.due_on, Charge.period,
               Charge.amount_cents - paid)
        .outerjoin(Allocation, Allocation.charge_id == Charge.id)
        .where(Charge.kind == ChargeKind.RENT, Charge.amount_cents > 0,
               Charge.due_on >= due_from, Charge.due_on <= due_to)
        .group_by(Charge.id, Charge.household_id, Charge.due_on, Charge.period,
                  Charge.amount_cents)
        .having(Charge.amount_cents - paid > 0)).all()


def _unpaid_after_days(session: Session, rule: dict, today: date) -> list[Found]:
    days = int(rule.get("days", 10))
    last_due = today - timedelta(days=days + 1)
    return [Found(hid, f"unpaid_after_days:{cid}",
                  f"canone {period or fmt_date(due)} non pagato ({fmt_money(left)}), scaduto il "
                  f"{fmt_date(due)}")
            for cid, hid, due, period, left in _open_rents(
                session, last_due - timedelta(days=LOOKBACK_DAYS), last_due)]


def _balance_months(session: Session, rule: dict, today: date) -> list[Found]:
    months = float(rule.get("months", 2))
    rows = session.execute(select(LedgerAccount.household_id, LedgerAccount.balance_cents,
                                  LedgerAccount.monthly_cents).where(
        LedgerAccount.monthly_cents > 0,
        LedgerAccount.balance_cents > LedgerAccount.monthly_cents * months)).all()
    return [Found(hid, f"balance_months:{hid}:{today.isoformat()}",
                  f"debito di {fmt_money(balance)}, oltre {months:g} mensilità")
            for hid, balance, _monthly in rows]


def _late_payments(session: Session, rule: dict, today: date) -> list[Found]:
    count, months = int(rule.get("count", 3)), int(rule.get("months", 6))
    grace = int(rule.get("grace_days", 10))
    since = today - relativedelta(months=months)
    paid = func.coalesce(func.sum(Allocation.amount_cents), 0)
    rows = session.execute(
        select(Charge.household_id, Charge.due_on, Charge.amount_cents, paid,
               func.max(Payment.received_on))
        .outerjoin(Allocation, Allocation.charge_id == Charge.id)
        .outerjoin(Payment, Payment.id == Allocation.payment_id)
        .where(Charge.kind == ChargeKind.RENT, Charge.amount_cents > 0,
               Charge.due_on >= since, Charge.due_on <= today - timedelta(days=grace + 1))
        .group_by(Charge.id, Charge.household_id, Charge.due_on, Charge.amount_cents)).all()
    late: dict[uuid.UUID, int] = {}
    for hid, due, amount, settled, last_paid in rows:
        limit = due + timedelta(days=grace)
        if settled < amount or (last_paid is not None and last_paid > limit):
            late[hid] = late.get(hid, 0) + 1
    return [Found(hid, f"late_payments:{hid}:{today.isoformat()}",
                  f"{n} canoni pagati in ritardo negli ultimi {months} mesi")
            for hid, n in late.items() if n >= count]


FINDERS = {AlertRule.UNPAID_AFTER_DAYS: _unpaid_after_days,
           AlertRule.BALANCE_MONTHS: _balance_months, AlertRule.LATE_PAYMENTS: _late_payments}
STATES = (AlertRule.BALANCE_MONTHS, AlertRule.LATE_PAYMENTS)  # fire once while they last


def pending_reminder(session: Session, household_id: uuid.UUID) -> ArrearsStep | None:
    return session.scalar(select(ArrearsStep).where(
        ArrearsStep.household_id == household_id,
        ArrearsStep.step == LadderStep.FRIENDLY_REMINDER, ArrearsStep.happened_on.is_(None)))


def _fire(ctx: Context, session: Session, rule: AlertRule, found: Found, today: date) -> bool:
    """One alert, its follow-up and its proposed reminder, in the caller's unit of work."""
    if session.scalar(select(ArrearsAlert.id).where(
            ArrearsAlert.occurrence == found.occurrence)) is not None:
        return False
    case = open_case_of(session, found.household_id)
    reminder = pending_reminder(session, found.household_id)
    if reminder is None:
        reminder = ArrearsStep(household_id=found.household_id,
                               step=LadderStep.FRIENDLY_REMINDER, happened_on=None,
                               note=f"Proposto dall'allerta: {found.detail}")
        ctx.stamp(reminder)
        session.add(reminder)
        session.flush()
    alert = ArrearsAlert(household_id=found.household_id, rule=rule, occurrence=found.occurrence,
                         fired_on=today, detail=found.detail[:300],
                         follow_up=FollowUp.CASE_TASK if case else FollowUp.PROPOSAL,
                         case_id=case.id if case else None, reminder_id=reminder.id)
    ctx.stamp(alert)
    session.add(alert)
    session.flush()
    audit.record(ctx, session, "arrears.alert", "household", found.household_id,
                 detail=f"{rule.value}: {found.detail}"[:300])
    return True


def run_warnings(ctx: Context) -> RunOutcome:
    """Apply every rule to today's ledger; returns how many alerts fired (0 the second time)."""
    require(ctx, Permission.LEDGER_READ)
    today = ctx.today()
    fired = cleared = 0
    with ctx.store.unit_of_work() as session:
        before = session.scalar(select(func.count()).select_from(ArrearsStep).where(
            ArrearsStep.happened_on.is_(None)))
        for rule_config in rules_in(session):
            rule = AlertRule(rule_config["rule"])
            found = FINDERS[rule](session, rule_config, today)
            if rule in STATES:
                holding = {f.household_id for f in found}
                for alert in session.scalars(select(ArrearsAlert).where(
                        ArrearsAlert.rule == rule, ArrearsAlert.cleared_on.is_(None))):
                    if alert.household_id in holding:
                        holding.discard(alert.household_id)  # the same occurrence goes on
                    else:
                        alert.cleared_on = today
                        ctx.stamp(alert)
                        cleared += 1
                found = [f for f in found if f.household_id in holding]
            for item in found:
                fired += _fire(ctx, session, rule, item, today)
        after = session.scalar(select(func.count()).select_from(ArrearsStep).where(
            ArrearsStep.happened_on.is_(None)))
        session.commit()
    return RunOutcome(fired, cleared, after - before)


# --- who sees the alerts -----------------------------------------------------------------

@dataclass(frozen=True)
class AlertView:
    id: uuid.UUID
    household_id: uuid.UUID
    household_code: str
    reference_name: str
    rule: AlertRule
    detail: str
    fired_on: date
    follow_up: FollowUp
    case_id: uuid.UUID | None
    seen_on: date | None


def _views(session: Session, condition, limit: int | None = None) -> list[AlertView]:
    rows = session.execute(
        select(ArrearsAlert, Household.code, Person.surname, Person.given_name)
        .join(Household, Household.id == ArrearsAlert.household_id)
        .outerjoin(Person, Person.id == Household.reference_person_id)
        .where(condition).order_by(ArrearsAlert.fired_on.desc(), Household.code)
        .limit(limit)).all()
    return [AlertView(a.id, a.household_id, code, f"{surname or ''} {given or ''}".strip(),
                      a.rule, a.detail, a.fired_on, a.follow_up, a.case_id, a.seen_on)
            for a, code, surname, given in rows]


def my_alerts(ctx: Context, include_seen: bool = False) -> list[AlertView]:
    """The social worker's tasks: alerts about the households of the cases assigned to them."""
    require(ctx, Permission.CASE_READ)
    with ctx.store.read() as session:
        condition = ArrearsAlert.case_id.in_(assigned_ids(ctx.actor.username))
        if not include_seen:
            condition = and_(condition, ArrearsAlert.seen_on.is_(None))
        return _views(session, condition)


_PROPOSAL = and_(ArrearsAlert.follow_up == FollowUp.PROPOSAL, ArrearsAlert.case_id.is_(None))


def proposals(ctx: Context) -> list[AlertView]:
    """Alerts about households without a case: proposals to open one (coordinators)."""
    require(ctx, Permission.CASE_OVERVIEW)
    with ctx.store.read() as session:
        return _views(session, _PROPOSAL)


def first_proposals(ctx: Context, limit: int) -> tuple[list[AlertView], int]:
    """The newest ``limit`` proposals and how many there are (the home page's part)."""
    require(ctx, Permission.CASE_OVERVIEW)
    with ctx.store.read() as session:
        return (_views(session, _PROPOSAL, limit),
                session.scalar(select(func.count()).select_from(ArrearsAlert).where(_PROPOSAL)))


def household_alerts(session: Session, household_id: uuid.UUID) -> list[AlertView]:
    return _views(session, ArrearsAlert.household_id == household_id)


def mark_seen(ctx: Context, alert_id: uuid.UUID) -> None:
    require(ctx, Permission.CASE_READ)
    with ctx.store.unit_of_work() as session:
        alert = get_or_fail(session, ArrearsAlert, alert_id, "Allerta")
        if alert.case_id is None or alert.case_id not in set(session.scalars(
                assigned_ids(ctx.actor.username))):
            raise UserError("L'allerta riguarda un nucleo che non segue.")
        if alert.seen_on is None:
            alert.seen_on, alert.seen_by = ctx.today(), ctx.actor.username
            ctx.stamp(alert)
            audit.record(ctx, session, "arrears.alert_seen", "household", alert.household_id)
        session.commit()


def open_case_for(ctx: Context, alert_id: uuid.UUID) -> uuid.UUID:
    """Accept a proposal: the household's case opens (or is found) and the alert joins it."""
    require(ctx, Permission.CASE_ASSIGN)
    from borgo_desktop.services.casework.access import ensure_open_case

    with ctx.store.unit_of_work() as session:
        alert = get_or_fail(session, ArrearsAlert, alert_id, "Allerta")
        case_id = ensure_open_case(ctx, session, alert.household_id, CaseOrigin.ARREARS,
                                   "Allerta morosità")
        for other in session.scalars(select(ArrearsAlert).where(
                ArrearsAlert.household_id == alert.household_id,
                ArrearsAlert.case_id.is_(None))):
            other.case_id, other.follow_up = case_id, FollowUp.CASE_TASK
            ctx.stamp(other)
        session.commit()
        return case_id


def open_cases_of(session: Session, household_ids) -> dict[uuid.UUID, uuid.UUID]:
    return dict(session.execute(select(Case.household_id, Case.id).where(
        Case.household_id.in_(list(household_ids)), Case.closed_on.is_(None))).all())
