"""No-fault arrears (morosità incolpevole): an assessment tied to the household's case file.

Opened with its cause (job loss, reduced hours, redundancy pay, fixed-term contract not
renewed, business closed, serious illness or death in the family), the documents handed in
(a checklist), the household's monthly income before and after; decided as recognised (with
the measures: solidarity contribution, provisional rent, suspension of the debt, a
sustainable repayment plan) or not. While it is pending the household counts as supported:
legal steps wait (ladder.py). Recognising it needs the ISEE and an income drop of at least
``arrears.nofault_min_drop_percent`` (a setting, 25 % by default: TO VERIFY with the Comune's
call for the fund). Opening one opens (or finds) the household's case file.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from borgo_desktop.errors import UserError
from borgo_desktop.models import Household
from borgo_desktop.models.arrears import (
    NO_FAULT_CAUSES, ArrearsCause, AssessmentStatus, Measure, NoFaultAssessment, NoFaultDocument,
)
from borgo_desktop.models.casework import CaseOrigin
from borgo_desktop.services.core import audit
from borgo_desktop.services.casework.access import ensure_open_case
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.core.lookups import get_or_fail
from borgo_desktop.services.core.permissions import Permission, require
from borgo_desktop.services.core.problems import Problems
from borgo_desktop.services.core.settings import read_settings

A = AssessmentStatus


@dataclass(frozen=True)
class NoFaultInput:
    cause: ArrearsCause
    event_on: date | None = None
    income_before_cents: int | None = None
    income_after_cents: int | None = None
    documents: tuple[NoFaultDocument, ...] = ()
    note: str = ""


@dataclass(frozen=True)
class AssessmentView:
    id: uuid.UUID
    household_id: uuid.UUID
    case_id: uuid.UUID | None
    opened_on: date
    cause: ArrearsCause
    event_on: date | None
    documents: tuple[NoFaultDocument, ...]
    missing: tuple[NoFaultDocument, ...]  # of the ones the cause asks for
    income_before_cents: int | None
    income_after_cents: int | None
    drop_percent: int | None
    status: AssessmentStatus
    decided_on: date | None
    measures: tuple[Measure, ...]
    outcome_note: str
    opened_by: str


# The documents each cause asks for, besides the ISEE.
DOCUMENTS = {
    ArrearsCause.JOB_LOSS: (NoFaultDocument.DISMISSAL, NoFaultDocument.PAYSLIPS),
    ArrearsCause.REDUCED_HOURS: (NoFaultDocument.PAYSLIPS,),
    ArrearsCause.REDUNDANCY_PAY: (NoFaultDocument.REDUNDANCY, NoFaultDocument.PAYSLIPS),
    ArrearsCause.CONTRACT_ENDED: (NoFaultDocument.CONTRACT, NoFaultDocument.PAYSLIPS),
    ArrearsCause.BUSINESS_CLOSED: (NoFaultDocument.BUSINESS, NoFaultDocument.INCOME),
    ArrearsCause.ILLNESS_OR_DEATH: (NoFaultDocument.MEDICAL, NoFaultDocument.INCOME),
}


def required_documents(cause: ArrearsCause) -> tuple[NoFaultDocument, ...]:
    return (NoFaultDocument.ISEE, *DOCUMENTS.get(ArrearsCause(cause), ()))


def drop_percent(before: int | None, after: int | None) -> int | None:
    if not before or after is None:
        return None
    return round(100 * (before - after) / before)


def _view(a: NoFaultAssessment) -> AssessmentView:
    documents = tuple(NoFaultDocument(d) for d in a.documents or ())
    return AssessmentView(
        a.id, a.household_id, a.case_id, a.opened_on, a.cause, a.event_on, documents,
        tuple(d for d in required_documents(a.cause) if d not in documents),
        a.income_before_cents, a.income_after_cents,
        drop_percent(a.income_before_cents, a.income_after_cents), a.status, a.decided_on,
        tuple(Measure(m) for m in a.measures or ()), a.outcome_note, a.created_by)


def _check(data: NoFaultInput, today: date) -> None:
    problems = Problems()
    if data.cause is None or ArrearsCause(data.cause) not in NO_FAULT_CAUSES:
        problems.add("cause", "Scegliere una delle cause della morosità incolpevole.")
    if data.event_on is not None and data.event_on > today:
        problems.add("event_on", "Il giorno dell'evento non può essere futuro.")
    for name, value in (("income_before_cents", data.income_before_cents),
                        ("income_after_cents", data.income_after_cents)):
        if value is not None and value < 0:
            problems.add(name, "Il reddito non può essere negativo.")
    problems.raise_if_any()


def _apply(a: NoFaultAssessment, data: NoFaultInput) -> None:
    a.cause, a.event_on = ArrearsCause(data.cause), data.event_on
    a.income_before_cents, a.income_after_cents = data.income_before_cents, data.income_after_cents
    a.documents = sorted({NoFaultDocument(d).value for d in data.documents})


def open_assessment(ctx: Context, household_id: uuid.UUID, data: NoFaultInput) -> uuid.UUID:
    require(ctx, Permission.ARREARS_FOLLOW)
    _check(data, ctx.today())
    with ctx.store.unit_of_work() as session:
        get_or_fail(session, Household, household_id, "Nucleo")
        if session.scalar(select(NoFaultAssessment.id).where(
                NoFaultAssessment.household_id == household_id,
                NoFaultAssessment.status == A.PENDING).limit(1)) is not None:
            raise UserError("Il nucleo ha già una valutazione di morosità incolpevole in corso.")
        case_id = ensure_open_case(ctx, session, household_id, CaseOrigin.ARREARS,
                                   "Valutazione di morosità incolpevole")
        a = NoFaultAssessment(household_id=household_id, case_id=case_id, opened_on=ctx.today(),
                              status=A.PENDING, outcome_note=(data.note or "").strip())
        _apply(a, data)
        ctx.stamp(a)
        session.add(a)
        session.flush()
        audit.record(ctx, session, "nofault.open", "household", household_id,
                     detail=ArrearsCause(data.cause).value)
        session.commit()
        return a.id


def update_assessment(ctx: Context, assessment_id: uuid.UUID, data: NoFaultInput) -> None:
    """Documents handed in, income figures: while the assessment is pending."""
    require(ctx, Permission.ARREARS_FOLLOW)
    _check(data, ctx.today())
    with ctx.store.unit_of_work() as session:
        a = get_or_fail(session, NoFaultAssessment, assessment_id, "Valutazione")
        if a.status != A.PENDING:
            raise UserError("La valutazione è già decisa: non si modifica più.")
        _apply(a, data)
        ctx.stamp(a)
        audit.record(ctx, session, "nofault.update", "household", a.household_id)
        session.commit()


def decide(ctx: Context, assessment_id: uuid.UUID, recognised: bool,
           measures: tuple[Measure, ...] = (), note: str = "", on: date | None = None) -> None:
    require(ctx, Permission.ARREARS_FOLLOW)
    day = on or ctx.today()
    with ctx.store.unit_of_work() as session:
        a = get_or_fail(session, NoFaultAssessment, assessment_id, "Valutazione")
        if a.status != A.PENDING:
            raise UserError("La valutazione è già decisa.")
        problems = Problems()
        if day > ctx.today() or day < a.opened_on:
            problems.add("on", "La data della decisione va dall'apertura a oggi.")
        if recognised:
            view = _view(a)
            minimum = int(read_settings(session, "arrears.nofault_min_drop_percent")
                          ["arrears.nofault_min_drop_percent"])
            if NoFaultDocument.ISEE in view.missing:
                problems.add("documents", "Per riconoscerla serve l'attestazione ISEE.")
            if view.drop_percent is None or view.drop_percent < minimum:
                problems.add("income_after_cents", "Per riconoscerla il reddito deve essere "
                             "calato almeno del {minimum}% (registrato: {drop}).",
                             minimum=minimum, drop="—" if view.drop_percent is None
                             else f"{view.drop_percent}%")
            if not measures:
                problems.add("measures", "Indicare le misure concordate.")
        elif not (note or "").strip():
            problems.add("note", "Scrivere perché non è riconosciuta.")
        problems.raise_if_any()
        a.status = A.RECOGNISED if recognised else A.NOT_RECOGNISED
        a.decided_on = day
        a.measures = [Measure(m).value for m in measures] if recognised else []
        a.outcome_note = "\n".join(p for p in (a.outcome_note, (note or "").strip()) if p)
        ctx.stamp(a)
        audit.record(ctx, session, "nofault.decide", "household", a.household_id,
                     detail=a.status.value)
        session.commit()


def household_assessments(session: Session, household_id: uuid.UUID) -> list[AssessmentView]:
    rows = session.scalars(select(NoFaultAssessment).where(
        NoFaultAssessment.household_id == household_id)
        .order_by(NoFaultAssessment.opened_on.desc(), NoFaultAssessment.created_at.desc()))
    return [_view(a) for a in rows]


