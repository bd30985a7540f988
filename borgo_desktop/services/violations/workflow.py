"""A house-rule violation from its report to its end.

reported → verified | dismissed; verified → verbal warning → written warning → formal
notice (with a deadline) → resolved | escalated to the Comune. A step may skip rungs (a
serious damage goes straight to a formal notice) but never goes back; resolving records
how (restorative outcomes — mediation, repair, community work agreed with the household —
or plain compliance). Each step is a row of ``violation_steps``: who, when, the note, the
deadline it set; the letter printed for it adds its fingerprint (printing.py).

The front desk reports (VIOLATION_REPORT); verifying, warning and settling need
VIOLATION_MANAGE; a formal notice and the escalation need VIOLATION_NOTICE (managers).
Escalating before the notice's deadline has passed is refused. A formal notice also puts
the household in front of its social worker: the open case is found, or opened in the
referral stage (origin "rule alert"), so support comes before sanctions.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from borgo_desktop.errors import UserError
from borgo_desktop.models import Household, Violation, ViolationStep
from borgo_desktop.models.casework import CaseOrigin
from borgo_desktop.models.violations import (
    CLOSED_STATUSES, ViolationOutcome, ViolationStatus as S,
)
from borgo_desktop.services.core import audit
from borgo_desktop.services.casework.access import ensure_open_case
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.core.lookups import get_or_fail
from borgo_desktop.services.core.permissions import Permission, require
from borgo_desktop.services.core.problems import Problems, required
from borgo_desktop.services.core.settings import read_settings
from borgo_desktop.services.violations.rules import acknowledged_in

P = Permission
LADDER = (S.VERIFIED, S.VERBAL_WARNING, S.WRITTEN_WARNING, S.FORMAL_NOTICE)


@dataclass(frozen=True)
class Step:
    sources: tuple[S, ...]
    target: S
    permission: Permission
    letter: bool = False  # a letter goes to the household


STEPS: dict[str, Step] = {
    "verify": Step((S.REPORTED,), S.VERIFIED, P.VIOLATION_MANAGE),
    "dismiss": Step((S.REPORTED, S.VERIFIED), S.DISMISSED, P.VIOLATION_MANAGE),
    "verbal_warning": Step((S.VERIFIED,), S.VERBAL_WARNING, P.VIOLATION_MANAGE),
    "written_warning": Step((S.VERIFIED, S.VERBAL_WARNING), S.WRITTEN_WARNING,
                            P.VIOLATION_MANAGE, letter=True),
    "formal_notice": Step((S.VERIFIED, S.VERBAL_WARNING, S.WRITTEN_WARNING), S.FORMAL_NOTICE,
                          P.VIOLATION_NOTICE, letter=True),
    "resolve": Step(LADDER, S.RESOLVED, P.VIOLATION_MANAGE),
    "escalate": Step((S.FORMAL_NOTICE,), S.ESCALATED, P.VIOLATION_NOTICE),
}


def available_steps(status: S) -> tuple[str, ...]:
    """The steps a violation in ``status`` can take (pure: which buttons to offer)."""
    return tuple(name for name, step in STEPS.items() if S(status) in step.sources)


@dataclass(frozen=True)
class ViolationInput:
    household_id: uuid.UUID
    category: str
    occurred_on: date
    reported_by: str
    description: str
    rule_number: int | None = None
    reported_on: date | None = None  # today when not given


@dataclass(frozen=True)
class StepInput:
    note: str = ""
    on: date | None = None  # today when not given
    deadline: date | None = None  # formal notice: the day to comply by (default: a setting)
    outcome: ViolationOutcome | None = None  # resolve: how it was settled


def categories_in(session: Session) -> dict[str, str]:
    return dict(read_settings(session, "violations.categories")["violations.categories"])


def next_code(session: Session, day: date) -> str:
    prefix = f"V{day.year}-"
    last = session.scalar(select(func.max(Violation.code)).where(Violation.code.like(prefix + "%")))
    return f"{prefix}{int(last[len(prefix):]) + 1 if last else 1:04d}"


def report(ctx: Context, data: ViolationInput) -> uuid.UUID:
    """Record a reported violation, citing the article of the rules version the household
    had acknowledged when it happened."""
    require(ctx, P.VIOLATION_REPORT)
    today = ctx.today()
    reported_on = data.reported_on or today
    problems = Problems()
    reported_by = required(problems, "reported_by", data.reported_by, "Segnalata da")
    description = required(problems, "description", data.description, "Che cosa è successo")
    if data.occurred_on is None:
        problems.add("occurred_on", "Indicare il giorno del fatto.")
    elif data.occurred_on > today:
        problems.add("occurred_on", "Il giorno del fatto non può essere futuro.")
    elif data.occurred_on > reported_on:
        problems.add("occurred_on", "Il fatto non può essere successivo alla segnalazione.")
    if reported_on > today:
        problems.add("reported_on", "La data della segnalazione non può essere futura.")
    if data.household_id is None:
        problems.add("household", "Scegliere il nucleo.")
        problems.raise_if_any()
    with ctx.store.unit_of_work() as session:
        get_or_fail(session, Household, data.household_id, "Nucleo")
        if data.category not in categories_in(session):
            problems.add("category", "Scegliere la categoria della violazione.")
        rules = acknowledged_in(session, data.household_id, data.occurred_on) \
            if data.occurred_on else None
        article = None
        if data.rule_number is not None:
            if rules is None:
                problems.add("rule_number", "Il nucleo non aveva preso visione di alcuna "
                             "versione del regolamento: non si può citare un articolo.")
            else:
                article = next((a for a in rules.articles if a.number == data.rule_number), None)
                if article is None:
                    problems.add("rule_number", "La versione {version} del regolamento non ha "
                                 "un articolo {number}.", version=rules.version,
                                 number=data.rule_number)
        problems.raise_if_any()
        violation = Violation(
            code=next_code(session, reported_on), household_id=data.household_id,
            category=data.category, occurred_on=data.occurred_on, reported_on=reported_on,
            reported_by=reported_by, description=description,
            rules_id=rules.rules_id if rules else None,
            rule_number=article.number if article else None,
            rule_text=article.text[:500] if article else "", status=S.REPORTED)
        ctx.stamp(violation)
        session.add(violation)
        session.flush()
        _add_step(ctx, session, violation, S.REPORTED, reported_on, f"Segnalata da {reported_by}")
        audit.record(ctx, session, "violation.report", "violation", violation.id,
                     detail=violation.code)
        session.commit()
        return violation.id


def advance(ctx: Context, violation_id: uuid.UUID, step_name: str,
            data: StepInput = StepInput()) -> None:
    """Take one step of the ladder (see STEPS), with its note, deadline or outcome."""
    if step_name not in STEPS:
        raise UserError("Passaggio sconosciuto: {name}.", name=step_name)
    step = STEPS[step_name]
    require(ctx, step.permission)
    today = ctx.today()
    on = data.on or today
    note = (data.note or "").strip()
    with ctx.store.unit_of_work() as session:
        violation = get_or_fail(session, Violation, violation_id, "Violazione")
        if violation.status not in step.sources:
            raise UserError("Non è possibile passare a «{target}»: la violazione {code} è "
                            "nello stato «{status}».", target=step.target.label,
                            code=violation.code, status=violation.status.label)
        problems = Problems()
        if on > today:
            problems.add("on", "La data del passaggio non può essere futura.")
        if on < violation.reported_on:
            problems.add("on", "La data del passaggio precede la segnalazione ({day}).",
                         day=f"{violation.reported_on:%d/%m/%Y}")
        deadline = None
        if step.target == S.FORMAL_NOTICE:
            days = int(read_settings(session, "violations.notice_days")["violations.notice_days"])
            deadline = data.deadline or on + timedelta(days=days)
            if deadline <= on:
                problems.add("deadline", "Il termine della diffida deve seguire il giorno della "
                             "diffida.")
        if step.target == S.ESCALATED and violation.deadline and on <= violation.deadline:
            problems.add("on", "Il termine della diffida scade il {day}: la segnalazione al "
                         "Comune è possibile solo dopo.", day=f"{violation.deadline:%d/%m/%Y}")
        if step.target == S.RESOLVED and data.outcome is None:
            problems.add("outcome", "Indicare come si è risolta la violazione.")
        if step.target in (S.DISMISSED, S.ESCALATED, S.VERBAL_WARNING) and not note:
            problems.add("note", "Scrivere una nota: che cosa è stato verificato o detto.")
        problems.raise_if_any()
        violation.status = step.target
        if deadline is not None:
            violation.deadline = deadline
        if step.target == S.RESOLVED:
            violation.outcome = ViolationOutcome(data.outcome)
        if step.target in CLOSED_STATUSES:
            violation.closed_on = on
        ctx.stamp(violation)
        _add_step(ctx, session, violation, step.target, on, note, deadline,
                  violation.outcome if step.target == S.RESOLVED else None)
        if step.target == S.FORMAL_NOTICE:
            ensure_open_case(ctx, session, violation.household_id, CaseOrigin.RULE,
                             "Diffida per violazione del regolamento")
        audit.record(ctx, session, "violation." + step_name, "violation", violation.id,
                     detail=violation.code)
        session.commit()


def _add_step(ctx: Context, session: Session, violation: Violation, status: S, on: date,
              note: str, deadline: date | None = None,
              outcome: ViolationOutcome | None = None) -> ViolationStep:
    row = ViolationStep(violation_id=violation.id, to_status=status, happened_on=on, note=note,
                        deadline=deadline, outcome=outcome)
    ctx.stamp(row)
    session.add(row)
    return row
