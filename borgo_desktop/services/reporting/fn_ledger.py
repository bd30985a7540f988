"""Indicators of the arrears: cases opened and resolved, no-fault recognitions, repayment
plans and what they recovered, and the households behind with payments.

They read the ledger as the ledger keeps it: ``ledger_accounts`` holds each household's
balance (so the snapshot indicators never sum the charges), the arrears alerts say when a
household fell behind and when it cleared, the plans say what was signed; only the euros
recovered sum the payments and charges of the households with a plan, through their index.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from borgo_desktop.models import ArrearsAlert, NoFaultAssessment, RepaymentPlan
from borgo_desktop.models.arrears import AssessmentStatus, PlanStatus
from borgo_desktop.models.ledger import Charge, LedgerAccount, Payment
from borgo_desktop.services.reporting.periods import Period
from borgo_desktop.services.reporting.registry import Figure, Function, in_period

SIGNED_STATES = (PlanStatus.SIGNED, PlanStatus.ACTIVE, PlanStatus.COMPLETED,
                 PlanStatus.DEFAULTED, PlanStatus.REVISED)


def arrears_opened(session: Session, period: Period, _params: dict) -> Figure:
    """Households an early-warning rule found behind during the period."""
    return Figure.of(session.scalar(select(func.count(func.distinct(ArrearsAlert.household_id)))
                                    .where(in_period(ArrearsAlert.fired_on, period))))


def arrears_resolved(session: Session, period: Period, _params: dict) -> Figure:
    """Households whose arrears cleared (balance back within the rule) during the period."""
    return Figure.of(session.scalar(select(func.count(func.distinct(ArrearsAlert.household_id)))
                                    .where(in_period(ArrearsAlert.cleared_on, period))))


def arrears_nofault(session: Session, period: Period, _params: dict) -> Figure:
    return Figure.of(session.scalar(
        select(func.count(NoFaultAssessment.id))
        .where(NoFaultAssessment.status == AssessmentStatus.RECOGNISED,
               in_period(NoFaultAssessment.decided_on, period))))


def _owing():
    return LedgerAccount.balance_cents > 0


def arrears_households(session: Session, period: Period, _params: dict) -> Figure:
    """Households owing rent at the time of the table (``ledger_accounts``)."""
    return Figure.of(session.scalar(select(func.count()).select_from(LedgerAccount)
                                    .where(_owing(), LedgerAccount.open_since <= period.last)))


def arrears_amount(session: Session, period: Period, _params: dict) -> Figure:
    """Euros owed at the time of the table, by age of the oldest unpaid charge."""
    day = period.last
    parts: dict[str, int] = {}
    for label, low, high in (("0-30 giorni", 0, 30), ("31-90 giorni", 31, 90),
                             ("oltre 90 giorni", 91, None)):
        condition = [_owing(), LedgerAccount.open_since <= day - timedelta(days=low)]
        if high is not None:
            condition.append(LedgerAccount.open_since >= day - timedelta(days=high))
        cents = session.scalar(select(func.coalesce(func.sum(LedgerAccount.balance_cents), 0))
                               .where(*condition))
        parts[label] = cents
    return Figure.of(sum(parts.values()) / 100, {k: v / 100 for k, v in parts.items()})


def _plans_between(first: date, last: date):
    return (RepaymentPlan.signed_on.is_not(None), RepaymentPlan.signed_on <= last,
            RepaymentPlan.status.in_(SIGNED_STATES),
            or_(RepaymentPlan.ended_on.is_(None), RepaymentPlan.ended_on >= first))


def plans_active(session: Session, period: Period, _params: dict) -> Figure:
    return Figure.of(session.scalar(select(func.count(RepaymentPlan.id))
                                    .where(*_plans_between(period.first, period.last))))


def _plans_ended(status: PlanStatus):
    def count(session: Session, period: Period, _params: dict) -> Figure:
        return Figure.of(session.scalar(select(func.count(RepaymentPlan.id)).where(
            RepaymentPlan.status == status, in_period(RepaymentPlan.ended_on, period))))
    return count


def _net_paid(since, until):
    """Payments minus charges due of the plan's household from ``since`` to ``until``."""
    paid = (select(func.coalesce(func.sum(Payment.amount_cents), 0))
            .where(Payment.household_id == RepaymentPlan.household_id,
                   Payment.received_on >= since, Payment.received_on <= until)
            .scalar_subquery())
    charged = (select(func.coalesce(func.sum(Charge.amount_cents), 0))
               .where(Charge.household_id == RepaymentPlan.household_id,
                      Charge.due_on >= since, Charge.due_on <= until)
               .scalar_subquery())
    return paid - charged


def recovered(session: Session, period: Period, _params: dict) -> Figure:
    """Euros recovered by repayment plans in the period: what each plan had recovered at
    the end of the period minus what it had at its start, as services/ledger/plans.py
    counts it (payments since the signature minus charges due since, within the debt)."""
    before = period.first - timedelta(days=1)
    rows = session.execute(select(
        RepaymentPlan.debt_cents, RepaymentPlan.signed_on,
        _net_paid(RepaymentPlan.signed_on, period.last),
        _net_paid(RepaymentPlan.signed_on, before),
    ).where(*_plans_between(period.first, period.last))).all()
    cents = 0
    for debt, signed_on, net_end, net_start in rows:
        at_end = max(0, min(debt, net_end))
        at_start = max(0, min(debt, net_start)) if signed_on <= before else 0
        cents += max(0, at_end - at_start)
    return Figure.of(cents / 100)


FUNCTIONS = (
    Function("arrears_opened", "Nuclei entrati in morosità nel periodo (prima allerta)",
             arrears_opened),
    Function("arrears_resolved", "Nuclei usciti dalla morosità nel periodo", arrears_resolved),
    Function("arrears_nofault", "Morosità incolpevoli riconosciute nel periodo",
             arrears_nofault),
    Function("arrears_households", "Nuclei con un debito di canone (situazione al calcolo)",
             arrears_households, snapshot=True),
    Function("arrears_amount", "Euro dovuti dai nuclei in morosità, per anzianità del debito "
             "(situazione al calcolo)", arrears_amount, counts_people=False, snapshot=True),
    Function("repayment_active", "Piani di rientro in corso nel periodo", plans_active),
    Function("repayment_completed", "Piani di rientro completati nel periodo",
             _plans_ended(PlanStatus.COMPLETED)),
    Function("repayment_defaulted", "Piani di rientro decaduti nel periodo",
             _plans_ended(PlanStatus.DEFAULTED)),
    Function("repayment_recovered", "Euro recuperati dai piani di rientro nel periodo",
             recovered, counts_people=False),
)
