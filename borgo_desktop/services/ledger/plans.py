"""Repayment plans (piani di rientro).

proposed → signed (the household acknowledges the debt; current rent is paid on top) →
active (from the first instalment's due date) → completed | defaulted (``missed_to_default``
instalments missed, setting ``arrears.plan_missed_to_default``, 1 by default) → revised
(a new proposal for what is still owed). A proposal may also be withdrawn.

What was recovered is read from the ledger, never typed: the payments received since the
signature minus the charges that fell due since (the current rent comes first), capped at the
debt. Instalment k is paid when the recovery reaches the sum of instalments 1..k; it is
missed when that has not happened ``arrears.plan_grace_days`` after its due date.
:func:`review_plans` moves plans on (signed → active → completed | defaulted) and is called
by the daily checks; every change is audited.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from borgo_desktop.errors import UserError
from borgo_desktop.formatting import fmt_money
from borgo_desktop.models import Household
from borgo_desktop.models.arrears import LIVE_PLANS, PlanInstalment, PlanStatus, RepaymentPlan
from borgo_desktop.models.ledger import Charge, Payment
from borgo_desktop.services.core import audit
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.ledger.balances import balance_in
from borgo_desktop.services.core.lookups import get_or_fail
from borgo_desktop.services.core.permissions import Permission, require
from borgo_desktop.services.core.problems import Problems
from borgo_desktop.services.core.settings import read_settings

P = PlanStatus


@dataclass(frozen=True)
class PlanInput:
    instalments: int
    first_due_on: date
    debt_cents: int | None = None  # default: the household's balance today
    note: str = ""


@dataclass(frozen=True)
class InstalmentView:
    number: int
    due_on: date
    amount_cents: int
    covered_cents: int  # of this instalment, what the recovery covers so far
    missed: bool


@dataclass(frozen=True)
class PlanView:
    id: uuid.UUID
    household_id: uuid.UUID
    status: PlanStatus
    debt_cents: int
    recovered_cents: int
    instalments: tuple[InstalmentView, ...]
    proposed_on: date
    signed_on: date | None
    ended_on: date | None
    missed: int
    missed_to_default: int
    revises_id: uuid.UUID | None
    note: str

    @property
    def left_cents(self) -> int:
        return self.debt_cents - self.recovered_cents


def schedule(debt_cents: int, count: int, first_due_on: date) -> list[tuple[int, date, int]]:
    """(number, due date, amount): equal monthly instalments, the cents left over on the last."""
    base = debt_cents // count
    return [(n, first_due_on + relativedelta(months=n - 1),
             base + (debt_cents - base * count if n == count else 0)) for n in range(1, count + 1)]


def recovered_in(session: Session, plan: RepaymentPlan, today: date) -> int:
    """Payments since the signature minus charges due since, between 0 and the debt."""
    if plan.signed_on is None:
        return 0
    paid = session.scalar(select(func.coalesce(func.sum(Payment.amount_cents), 0)).where(
        Payment.household_id == plan.household_id, Payment.received_on >= plan.signed_on,
        Payment.received_on <= today))
    charged = session.scalar(select(func.coalesce(func.sum(Charge.amount_cents), 0)).where(
        Charge.household_id == plan.household_id, Charge.due_on >= plan.signed_on,
        Charge.due_on <= today))
    return max(0, min(plan.debt_cents, paid - charged))


def _grace(session: Session) -> int:
    return int(read_settings(session, "arrears.plan_grace_days")["arrears.plan_grace_days"])


def view_in(session: Session, plan: RepaymentPlan, today: date) -> PlanView:
    recovered = recovered_in(session, plan, today)
    grace = _grace(session)
    rows, due_so_far, missed = [], 0, 0
    counted = plan.status in (*LIVE_PLANS, P.DEFAULTED)  # a defaulted plan keeps its misses
    as_of = plan.ended_on if plan.status == P.DEFAULTED and plan.ended_on else today
    for i in session.scalars(select(PlanInstalment).where(PlanInstalment.plan_id == plan.id)
                             .order_by(PlanInstalment.number)):
        covered = max(0, min(i.amount_cents, recovered - due_so_far))
        due_so_far += i.amount_cents
        late = counted and covered < i.amount_cents and as_of > i.due_on + timedelta(days=grace)
        missed += late
        rows.append(InstalmentView(i.number, i.due_on, i.amount_cents, covered, late))
    return PlanView(plan.id, plan.household_id, plan.status, plan.debt_cents, recovered,
                    tuple(rows), plan.proposed_on, plan.signed_on, plan.ended_on, missed,
                    plan.missed_to_default, plan.revises_id, plan.note)


def _check(session: Session, data: PlanInput, balance: int, today: date) -> int:
    problems = Problems()
    debt = balance if data.debt_cents is None else data.debt_cents
    limit = int(read_settings(session, "arrears.plan_max_instalments")
                ["arrears.plan_max_instalments"])
    if debt <= 0:
        problems.add("debt_cents", "Non c'è un debito da rateizzare.")
    elif debt > balance:
        problems.add("debt_cents", "Il debito del piano ({debt}) supera quello del nucleo "
                     "({balance}).", debt=fmt_money(debt), balance=fmt_money(balance))
    if not 1 <= data.instalments <= limit:
        problems.add("instalments", "Le rate vanno da 1 a {limit}.", limit=limit)
    if data.first_due_on is None or data.first_due_on < today:
        problems.add("first_due_on", "La prima rata non può scadere nel passato.")
    problems.raise_if_any()
    return debt


def _write(ctx: Context, session: Session, household_id: uuid.UUID, data: PlanInput, debt: int,
           revises: RepaymentPlan | None = None) -> RepaymentPlan:
    missed = int(read_settings(session, "arrears.plan_missed_to_default")
                 ["arrears.plan_missed_to_default"])
    plan = RepaymentPlan(household_id=household_id, status=P.PROPOSED, debt_cents=debt,
                         instalments=data.instalments, first_due_on=data.first_due_on,
                         proposed_on=ctx.today(), missed_to_default=missed,
                         revises_id=revises.id if revises else None,
                         note=(data.note or "").strip())
    ctx.stamp(plan)
    session.add(plan)
    session.flush()
    for number, due_on, amount in schedule(debt, data.instalments, data.first_due_on):
        row = PlanInstalment(plan_id=plan.id, number=number, due_on=due_on, amount_cents=amount)
        ctx.stamp(row)
        session.add(row)
    return plan


def propose_plan(ctx: Context, household_id: uuid.UUID, data: PlanInput) -> uuid.UUID:
    require(ctx, Permission.ARREARS_FOLLOW)
    with ctx.store.unit_of_work() as session:
        get_or_fail(session, Household, household_id, "Nucleo")
        if session.scalar(select(RepaymentPlan.id).where(
                RepaymentPlan.household_id == household_id,
                RepaymentPlan.status.in_((P.PROPOSED, *LIVE_PLANS))).limit(1)) is not None:
            raise UserError("Il nucleo ha già un piano di rientro proposto o in corso.")
        debt = _check(session, data, balance_in(session, household_id, ctx.today()).balance_cents,
                      ctx.today())
        plan = _write(ctx, session, household_id, data, debt)
        audit.record(ctx, session, "plan.propose", "household", household_id,
                     detail=f"{fmt_money(debt)} in {data.instalments} rate")
        session.commit()
        return plan.id


def _plan(session: Session, plan_id: uuid.UUID) -> RepaymentPlan:
    return get_or_fail(session, RepaymentPlan, plan_id, "Piano di rientro")


def sign_plan(ctx: Context, plan_id: uuid.UUID, on: date | None = None) -> None:
    """The household signed: it acknowledges the debt; the plan runs from its first rata."""
    require(ctx, Permission.ARREARS_FOLLOW)
    day = on or ctx.today()
    with ctx.store.unit_of_work() as session:
        plan = _plan(session, plan_id)
        if plan.status != P.PROPOSED:
            raise UserError("Si firma solo un piano proposto (questo è «{status}»).",
                            status=plan.status.label)
        if day > ctx.today() or day < plan.proposed_on:
            raise UserError("La data della firma va dalla proposta a oggi.", field="on")
        plan.status, plan.signed_on = P.SIGNED, day
        ctx.stamp(plan)
        audit.record(ctx, session, "plan.sign", "household", plan.household_id)
        _review(ctx, session, plan, ctx.today())
        session.commit()


def withdraw_plan(ctx: Context, plan_id: uuid.UUID, reason: str) -> None:
    require(ctx, Permission.ARREARS_FOLLOW)
    with ctx.store.unit_of_work() as session:
        plan = _plan(session, plan_id)
        if plan.status != P.PROPOSED:
            raise UserError("Si ritira solo un piano non ancora firmato.")
        if not (reason or "").strip():
            raise UserError("Indicare perché il piano viene ritirato.", field="reason")
        plan.status, plan.ended_on = P.WITHDRAWN, ctx.today()
        plan.note = "\n".join(p for p in (plan.note, f"Ritirato: {reason.strip()}") if p)
        ctx.stamp(plan)
        audit.record(ctx, session, "plan.withdraw", "household", plan.household_id)
        session.commit()


def revise_plan(ctx: Context, plan_id: uuid.UUID, data: PlanInput) -> uuid.UUID:
    """A defaulted (or running) plan is replaced by a new proposal for what is still owed."""
    require(ctx, Permission.ARREARS_FOLLOW)
    with ctx.store.unit_of_work() as session:
        old = _plan(session, plan_id)
        if old.status not in (P.DEFAULTED, *LIVE_PLANS):
            raise UserError("Si rivede un piano in corso o decaduto (questo è «{status}»).",
                            status=old.status.label)
        debt = _check(session, data, balance_in(session, old.household_id,
                                                ctx.today()).balance_cents, ctx.today())
        old.status, old.ended_on = P.REVISED, ctx.today()
        ctx.stamp(old)
        plan = _write(ctx, session, old.household_id, data, debt, revises=old)
        audit.record(ctx, session, "plan.revise", "household", old.household_id,
                     detail=f"{fmt_money(debt)} in {data.instalments} rate")
        session.commit()
        return plan.id


def _review(ctx: Context, session: Session, plan: RepaymentPlan, today: date) -> str | None:
    """Move one live plan on; returns the audit verb of the change, if any."""
    if plan.status == P.SIGNED and today >= plan.first_due_on:
        plan.status = P.ACTIVE
        ctx.stamp(plan)
    view = view_in(session, plan, today)
    change = None
    if plan.status in LIVE_PLANS and view.recovered_cents >= plan.debt_cents:
        plan.status, plan.ended_on, change = P.COMPLETED, today, "complete"
    elif plan.status == P.ACTIVE and view.missed >= plan.missed_to_default:
        plan.status, plan.ended_on, change = P.DEFAULTED, today, "default"
    if change:
        ctx.stamp(plan)
        audit.record(ctx, session, "plan." + change, "household", plan.household_id,
                     detail=f"recuperati {fmt_money(view.recovered_cents)} di "
                            f"{fmt_money(plan.debt_cents)}")
    return change


def review_plans(ctx: Context) -> dict[str, int]:
    """Every signed or running plan against today's ledger: how many completed, defaulted."""
    require(ctx, Permission.LEDGER_READ)
    counts = {"complete": 0, "default": 0}
    with ctx.store.unit_of_work() as session:
        for plan in session.scalars(select(RepaymentPlan).where(
                RepaymentPlan.status.in_(LIVE_PLANS))).all():
            change = _review(ctx, session, plan, ctx.today())
            if change:
                counts[change] += 1
        session.commit()
    return counts


def household_plans(session: Session, household_id: uuid.UUID, today: date) -> list[PlanView]:
    plans = session.scalars(select(RepaymentPlan).where(
        RepaymentPlan.household_id == household_id)
        .order_by(RepaymentPlan.proposed_on.desc(), RepaymentPlan.created_at.desc())).all()
    return [view_in(session, p, today) for p in plans]
