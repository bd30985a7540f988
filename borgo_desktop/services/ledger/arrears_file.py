"""A household's arrears file: balance, the ladder so far and what comes next, alerts, plans
and no-fault assessments, and whether legal steps wait. Read with the ledger's rules (all
households with LEDGER_READ, the own caseload with LEDGER_CASELOAD); the read is audited."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from borgo_desktop.models import Household, Person
from borgo_desktop.models.arrears import ArrearsCause, ArrearsStep, LadderStep
from borgo_desktop.services.core import audit
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.ledger import balances
from borgo_desktop.services.ledger.ladder import done_steps, next_steps
from borgo_desktop.services.ledger.nofault import AssessmentView, household_assessments
from borgo_desktop.services.ledger.plans import PlanView, household_plans
from borgo_desktop.services.ledger.support import support_reasons, supported_households
from borgo_desktop.services.ledger.warnings import AlertView, household_alerts, pending_reminder
from borgo_desktop.services.core.lookups import get_or_fail
from borgo_desktop.services.core.permissions import Permission, require


@dataclass(frozen=True)
class StepView:
    id: uuid.UUID
    step: LadderStep
    happened_on: date | None  # None: a friendly reminder proposed, still to send
    by: str
    balance_cents: int
    cause: ArrearsCause | None
    note: str
    deadline: date | None
    recipient: str
    override_reason: str
    letter_sha256: str


@dataclass(frozen=True)
class ArrearsFile:
    household_id: uuid.UUID
    household_code: str
    reference_name: str
    balance: balances.Balance
    steps: tuple[StepView, ...]
    pending_reminder: StepView | None
    next_steps: tuple[LadderStep, ...]
    supported: tuple[str, ...]  # why legal steps wait (empty: they do not)
    alerts: tuple[AlertView, ...]
    plans: tuple[PlanView, ...]
    assessments: tuple[AssessmentView, ...]


def _step_view(s: ArrearsStep) -> StepView:
    return StepView(s.id, s.step, s.happened_on, s.created_by, s.balance_cents, s.cause, s.note,
                    s.deadline, s.recipient, s.override_reason, s.letter_sha256)


def file_in(session: Session, household_id: uuid.UUID, today: date) -> ArrearsFile:
    household = get_or_fail(session, Household, household_id, "Nucleo")
    reference = session.get(Person, household.reference_person_id) \
        if household.reference_person_id else None
    steps = done_steps(session, household_id)
    pending = pending_reminder(session, household_id)
    return ArrearsFile(
        household_id, household.code,
        f"{reference.given_name} {reference.surname}" if reference else "",
        balances.balance_in(session, household_id, today), tuple(_step_view(s) for s in steps),
        _step_view(pending) if pending else None, next_steps(steps),
        tuple(support_reasons(session, household_id, today)),
        tuple(household_alerts(session, household_id)),
        tuple(household_plans(session, household_id, today)),
        tuple(household_assessments(session, household_id)))


def arrears_file(ctx: Context, household_id: uuid.UUID) -> ArrearsFile:
    balances.require_some_access(ctx)
    with ctx.store.unit_of_work() as session:
        get_or_fail(session, Household, household_id, "Nucleo")
        if balances.visible(ctx, session, household_id):
            found = file_in(session, household_id, ctx.today())
            audit.record(ctx, session, "arrears.view", "household", household_id)
            session.commit()
            return found
    balances.refuse(ctx, household_id)


@dataclass(frozen=True)
class ReminderToSend:
    id: uuid.UUID
    household_id: uuid.UUID
    household_code: str
    note: str
    proposed_on: date


def reminders_to_send(ctx: Context) -> list[ReminderToSend]:
    """Friendly reminders the alerts proposed and the desk has not sent yet."""
    require(ctx, Permission.PAYMENT_RECORD)
    with ctx.store.read() as session:
        rows = session.execute(select(ArrearsStep, Household.code).join(
            Household, Household.id == ArrearsStep.household_id).where(
            ArrearsStep.step == LadderStep.FRIENDLY_REMINDER, ArrearsStep.happened_on.is_(None))
            .order_by(Household.code)).all()
        return [ReminderToSend(s.id, s.household_id, code, s.note, s.created_at.date())
                for s, code in rows]


@dataclass(frozen=True)
class LadderStatus:
    step: LadderStep | None  # the last step taken
    on: date | None
    supported: bool


def ladder_status(session: Session, household_ids, today: date) -> dict[uuid.UUID, LadderStatus]:
    """The last step and whether legal steps wait, for the arrears list's columns."""
    ids = list(household_ids)
    last = select(ArrearsStep.household_id, func.max(ArrearsStep.happened_on).label("on")).where(
        ArrearsStep.household_id.in_(ids), ArrearsStep.happened_on.is_not(None)).group_by(
        ArrearsStep.household_id).subquery()
    steps = {hid: (step, on) for hid, step, on in session.execute(
        select(ArrearsStep.household_id, ArrearsStep.step, ArrearsStep.happened_on).join(
            last, (last.c.household_id == ArrearsStep.household_id)
            & (last.c.on == ArrearsStep.happened_on))
        .order_by(ArrearsStep.created_at))}
    supported = supported_households(session, ids, today)
    return {hid: LadderStatus(*steps.get(hid, (None, None)), hid in supported) for hid in ids}
