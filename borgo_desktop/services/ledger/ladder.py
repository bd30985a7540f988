"""The reminder ladder of a household in arrears.

friendly reminder → meeting with the social worker (cause recorded) → formal notice (diffida,
with a deadline) → final notice (with a deadline) → handed to the Comune or counsel. Each
step is a row of ``arrears_steps`` (who, when, the balance then, the note, the next deadline,
the letter's fingerprint once printed); nothing is edited afterwards.

The desk sends friendly reminders (PAYMENT_RECORD); the meeting is recorded by the social
worker or a manager (ARREARS_FOLLOW); the three legal steps need ARREARS_LEGAL (managers)
and come in order, each after the previous one's deadline. **A legal step is refused while
the household is supported** (support.py: a pact in force, a signed repayment plan, a pending
no-fault assessment) unless the manager gives a reason to override, which is audited.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from borgo_desktop.errors import UserError, Words
from borgo_desktop.formatting import fmt_date
from borgo_desktop.models import Household
from borgo_desktop.models.arrears import LEGAL_STEPS, ArrearsCause, ArrearsStep, LadderStep
from borgo_desktop.services.core import audit
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.ledger.balances import balance_in
from borgo_desktop.services.ledger.support import support_reasons
from borgo_desktop.services.core.lookups import get_or_fail
from borgo_desktop.services.core.permissions import Permission, require
from borgo_desktop.services.core.problems import Problems
from borgo_desktop.services.core.settings import read_settings

S = LadderStep
PERMISSIONS = {S.FRIENDLY_REMINDER: Permission.PAYMENT_RECORD,
               S.SOCIAL_MEETING: Permission.ARREARS_FOLLOW,
               S.FORMAL_NOTICE: Permission.ARREARS_LEGAL, S.FINAL_NOTICE: Permission.ARREARS_LEGAL,
               S.HANDED_OVER: Permission.ARREARS_LEGAL}
# A legal step needs the one before it (and that one's deadline passed).
NEEDS = {S.FORMAL_NOTICE: S.FRIENDLY_REMINDER, S.FINAL_NOTICE: S.FORMAL_NOTICE,
         S.HANDED_OVER: S.FINAL_NOTICE}
DEADLINE_DAYS = {S.FRIENDLY_REMINDER: "arrears.reminder_days", S.FORMAL_NOTICE: "arrears.notice_days",
                 S.FINAL_NOTICE: "arrears.final_notice_days"}
LETTERS = (S.FRIENDLY_REMINDER, S.FORMAL_NOTICE, S.FINAL_NOTICE)


@dataclass(frozen=True)
class StepInput:
    note: str = ""
    on: date | None = None  # today when not given
    cause: ArrearsCause | None = None  # the meeting: the cause recorded
    deadline: date | None = None  # default: the step's setting
    recipient: str = ""  # handed over: to whom (the Comune's office, a lawyer)
    override_reason: str = ""  # a legal step while supported: the manager's reason


def done_steps(session: Session, household_id: uuid.UUID) -> list[ArrearsStep]:
    return list(session.scalars(select(ArrearsStep).where(
        ArrearsStep.household_id == household_id, ArrearsStep.happened_on.is_not(None))
        .order_by(ArrearsStep.happened_on, ArrearsStep.created_at)))


def _last(steps: list[ArrearsStep], step: LadderStep) -> ArrearsStep | None:
    return next((s for s in reversed(steps) if s.step == step), None)


def _check_order(steps: list[ArrearsStep], step: LadderStep, on: date, problems: Problems) -> None:
    needed = NEEDS.get(step)
    if needed is None:
        return
    before = _last(steps, needed)
    if before is None:
        problems.add("step", "Prima di «{step}» serve «{needed}».", step=step.label,
                     needed=needed.label)
    elif before.deadline is not None and on <= before.deadline:
        problems.add("on", "Il termine di «{needed}» scade il {day}: «{step}» è possibile solo "
                     "dopo.", needed=needed.label, day=fmt_date(before.deadline), step=step.label)


def take_step(ctx: Context, household_id: uuid.UUID, step: LadderStep,
              data: StepInput = StepInput()) -> uuid.UUID:
    """Record a step of the ladder; a legal step is refused while the household is supported
    unless ``data.override_reason`` says why (managers only; audited)."""
    step = LadderStep(step)
    require(ctx, PERMISSIONS[step])
    today = ctx.today()
    on = data.on or today
    note = (data.note or "").strip()
    override = (data.override_reason or "").strip()
    with ctx.store.unit_of_work() as session:
        get_or_fail(session, Household, household_id, "Nucleo")
        steps = done_steps(session, household_id)
        problems = Problems()
        if on > today:
            problems.add("on", "La data del passaggio non può essere futura.")
        if step == S.SOCIAL_MEETING and data.cause is None:
            problems.add("cause", "Indicare la causa della morosità emersa nel colloquio.")
        if step == S.HANDED_OVER and not data.recipient.strip():
            problems.add("recipient", "Indicare a chi è affidata la pratica (Comune o legale).")
        _check_order(steps, step, on, problems)
        balance = balance_in(session, household_id, today).balance_cents
        if step in LEGAL_STEPS and balance <= 0:
            problems.add("step", "Il nucleo non ha debiti: nessun passo legale è possibile.")
        problems.raise_if_any()
        reasons = support_reasons(session, household_id, today) if step in LEGAL_STEPS else []
        if reasons and not override:
            raise UserError("Passo legale rifiutato: il nucleo è sostenuto ({reasons}). Un "
                            "responsabile può procedere solo indicando il motivo.",
                            field="override_reason", reasons=Words(reasons))
        deadline = data.deadline
        if deadline is None and step in DEADLINE_DAYS:
            key = DEADLINE_DAYS[step]
            deadline = on + timedelta(days=int(read_settings(session, key)[key]))
        if deadline is not None and deadline <= on:
            raise UserError("Il termine deve seguire il giorno del passaggio.", field="deadline")
        row = None
        if step == S.FRIENDLY_REMINDER:  # the one an alert proposed, if any, is now sent
            from borgo_desktop.services.ledger.warnings import pending_reminder

            row = pending_reminder(session, household_id)
        if row is None:
            row = ArrearsStep(household_id=household_id, step=step)
            session.add(row)
        row.created_by = ctx.actor.username  # who took the step (not who proposed it)
        row.happened_on, row.balance_cents = on, balance
        row.cause = ArrearsCause(data.cause) if data.cause else None
        row.note = "\n".join(p for p in (row.note or "", note) if p)
        row.deadline, row.recipient = deadline, data.recipient.strip()[:160]
        row.override_reason = override if reasons else ""
        ctx.stamp(row)
        session.flush()
        audit.record(ctx, session, "arrears.step", "household", household_id,
                     detail=f"{step.value}")
        if reasons:
            audit.record(ctx, session, "arrears.override", "household", household_id,
                         detail=f"{step.value}: {override}"[:300])
        session.commit()
        return row.id


def next_steps(steps: list[ArrearsStep]) -> tuple[LadderStep, ...]:
    """The steps that make sense now (pure: which buttons to offer)."""
    done = {s.step for s in steps}
    offered = [S.FRIENDLY_REMINDER, S.SOCIAL_MEETING]
    for step, needed in NEEDS.items():
        if needed in done and step not in done:
            offered.append(step)
    return tuple(offered)
