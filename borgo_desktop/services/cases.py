"""Accompaniment cases: open, assign, move through the stages, close; the work lists.

referral -> first meeting -> preliminary analysis -> (complex needs) assessment -> plan
agreed -> active -> review ⇄ replanned -> closed -> follow-up at ~6 months. Notes,
assessments, plans and referrals are in :mod:`case_records`; the full file and the timeline
in :mod:`case_file`. Every function starts with its permission; content is read only by the
workers of the case (:mod:`case_access`).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select, true

from borgo_desktop.errors import UserError
from borgo_desktop.formatting import fmt_date
from borgo_desktop.models import Case, CaseEvent, CaseGrant, CaseWorker
from borgo_desktop.models.casework import CaseOrigin, CaseStage, CloseReason
from borgo_desktop.services import audit
from borgo_desktop.services.case_access import (
    OPEN_STAGES,
    add_months,
    assigned_ids,
    can_read,
    check_case,
    create_case,
    ensure_open_case,
    open_case_of,
)
from borgo_desktop.services.case_views import CaseSummary, summaries, summaries_where
from borgo_desktop.services.context import Context
from borgo_desktop.services.lookups import get_or_fail
from borgo_desktop.services.permissions import Permission as P
from borgo_desktop.services.permissions import allowed, require
from borgo_desktop.services.settings import read_settings

# Manual steps a worker may take; the others follow from records (a meeting note ends the
# referral stage, an assessment starts the assessment stage, a signed pact, a review).
MANUAL_STEPS: dict[CaseStage, tuple[CaseStage, ...]] = {
    CaseStage.REFERRAL: (CaseStage.FIRST_MEETING,),
    CaseStage.FIRST_MEETING: (CaseStage.ANALYSIS,),
    CaseStage.ANALYSIS: (CaseStage.ASSESSMENT,),
    CaseStage.PLAN_AGREED: (CaseStage.ACTIVE,),
    CaseStage.ACTIVE: (CaseStage.REVIEW,),
}


def _warn_days(session) -> int:
    return int(read_settings(session, "cases.expiry_warning_days")["cases.expiry_warning_days"])


def set_stage(ctx: Context, session, case: Case, target: CaseStage, on: date, note: str = "") -> None:
    """The one place a stage changes: append the event, audit it."""
    if case.stage == target:
        return
    event = CaseEvent(case_id=case.id, from_stage=case.stage, to_stage=target, happened_on=on,
                      note=note.strip()[:200])
    ctx.stamp(event)
    session.add(event)
    audit.record(ctx, session, "case.stage", "case", case.id, ["stage"], f"{case.stage} → {target}")
    case.stage = target
    if target == CaseStage.FIRST_MEETING and case.first_meeting_on is None:
        case.first_meeting_on = on
    ctx.stamp(case)


def _past_day(ctx: Context, on: date | None, field: str = "on") -> date:
    on = on or ctx.today()
    if on > ctx.today():
        raise UserError("La data {date} è nel futuro.", field=field, date=fmt_date(on))
    return on


# --- opening ----------------------------------------------------------------------------

def open_case(ctx: Context, household_id: uuid.UUID, origin: CaseOrigin, reason: str = "",
              on: date | None = None) -> uuid.UUID:
    """A worker opens the household's case and is assigned to it."""
    require(ctx, P.CASE_WRITE)
    on = _past_day(ctx, on)
    with ctx.store.unit_of_work() as session:
        existing = open_case_of(session, household_id)
        if existing is not None:
            raise UserError("Il nucleo ha già una cartella aperta (fase «{stage}»).",
                            stage=existing.stage.label)
        case = create_case(ctx, session, household_id, CaseOrigin(origin), reason, on)
        _assign(ctx, session, case.id, ctx.actor.username, ctx.actor.display_name, on)
        audit.record(ctx, session, "case.open", "case", case.id, detail=str(origin))
        session.commit()
        return case.id


def open_case_from_alert(ctx: Context, household_id: uuid.UUID, origin: CaseOrigin,
                         reason: str) -> uuid.UUID:
    """Entry point for other areas (arrears, rule alerts): the household's open case, opened
    now in the referral stage if there is none. ``reason`` is a short non-clinical phrase."""
    with ctx.store.unit_of_work() as session:
        case_id = ensure_open_case(ctx, session, household_id, CaseOrigin(origin), reason)
        session.commit()
        return case_id


# --- workers and team policy ----------------------------------------------------------------

def _assign(ctx: Context, session, case_id, username: str, display_name: str, on: date) -> None:
    current = session.scalar(select(CaseWorker).where(
        CaseWorker.case_id == case_id, CaseWorker.username == username,
        CaseWorker.removed_on.is_(None)))
    if current is None:
        worker = CaseWorker(case_id=case_id, username=username, display_name=display_name or "",
                            assigned_on=on)
        ctx.stamp(worker)
        session.add(worker)


def assign_worker(ctx: Context, case_id: uuid.UUID, username: str, display_name: str = "") -> None:
    require(ctx, P.CASE_ASSIGN)
    username = (username or "").strip()
    if not username:
        raise UserError("Indicare il nome utente dell'assistente sociale.", field="username")
    with ctx.store.unit_of_work() as session:
        get_or_fail(session, Case, case_id, "Cartella")
        _assign(ctx, session, case_id, username, display_name.strip(), ctx.today())
        audit.record(ctx, session, "case.assign", "case", case_id, detail=username)
        session.commit()


def remove_worker(ctx: Context, case_id: uuid.UUID, username: str) -> None:
    require(ctx, P.CASE_ASSIGN)
    with ctx.store.unit_of_work() as session:
        worker = session.scalar(select(CaseWorker).where(
            CaseWorker.case_id == case_id, CaseWorker.username == username,
            CaseWorker.removed_on.is_(None)))
        if worker is None:
            raise UserError("{username} non segue questa cartella.", username=username)
        worker.removed_on = ctx.today()
        ctx.stamp(worker)
        audit.record(ctx, session, "case.unassign", "case", case_id, detail=username)
        session.commit()


def grant_access(ctx: Context, username: str, case_id: uuid.UUID | None, reason: str) -> None:
    """Team policy: ``username`` may read ``case_id`` (every case when None)."""
    require(ctx, P.CASE_ASSIGN)
    if not (reason or "").strip():
        raise UserError("Indicare il motivo dell'accesso (per esempio la sostituzione per ferie).",
                        field="reason")
    with ctx.store.unit_of_work() as session:
        grant = CaseGrant(username=username, case_id=case_id, reason=reason.strip()[:200],
                          granted_on=ctx.today())
        ctx.stamp(grant)
        session.add(grant)
        audit.record(ctx, session, "case.grant", "case", case_id or "", detail=username)
        session.commit()


# --- stages -----------------------------------------------------------------------------

def advance_stage(ctx: Context, case_id: uuid.UUID, target: CaseStage, on: date | None = None,
                  note: str = "") -> None:
    check_case(ctx, case_id, P.CASE_WRITE)
    on = _past_day(ctx, on)
    with ctx.store.unit_of_work() as session:
        case = session.get(Case, case_id)
        if target not in MANUAL_STEPS.get(case.stage, ()):
            raise UserError("Dalla fase «{stage}» non si passa a «{target}».",
                            stage=case.stage.label, target=CaseStage(target).label)
        set_stage(ctx, session, case, CaseStage(target), on, note)
        session.commit()


def close_case(ctx: Context, case_id: uuid.UUID, reason: CloseReason, on: date | None = None,
               note: str = "") -> None:
    check_case(ctx, case_id, P.CASE_WRITE)
    on = _past_day(ctx, on)
    with ctx.store.unit_of_work() as session:
        case = session.get(Case, case_id)
        if case.stage not in OPEN_STAGES:
            raise UserError("La cartella è già chiusa.")
        months = int(read_settings(session, "cases.follow_up_months")["cases.follow_up_months"])
        case.closed_on, case.close_reason = on, CloseReason(reason)
        case.follow_up_due = add_months(on, months)
        set_stage(ctx, session, case, CaseStage.CLOSED, on, CloseReason(reason).label)
        session.commit()


def record_follow_up(ctx: Context, case_id: uuid.UUID, on: date | None = None,
                     note: str = "") -> None:
    check_case(ctx, case_id, P.CASE_WRITE)
    on = _past_day(ctx, on)
    with ctx.store.unit_of_work() as session:
        case = session.get(Case, case_id)
        if case.stage != CaseStage.CLOSED:
            raise UserError("La verifica a 6 mesi si registra su una cartella chiusa.")
        set_stage(ctx, session, case, CaseStage.FOLLOWED_UP, on, note)
        session.commit()


# --- lists ------------------------------------------------------------------------------

def my_cases(ctx: Context) -> list[CaseSummary]:
    """The worker's open cases (and closed ones awaiting follow-up), most urgent first."""
    require(ctx, P.CASE_READ)
    with ctx.store.read() as session:
        rows = summaries_where(session, Case.id.in_(assigned_ids(ctx.actor.username))
                               & (Case.stage != CaseStage.FOLLOWED_UP),
                               ctx.today(), _warn_days(session))
    return sorted(rows, key=lambda r: (r.next_action.due or date.max, r.household_code))


def overview(ctx: Context, include_closed: bool = False) -> list[CaseSummary]:
    """Every case with stage, deadlines and workers, no content (managers, coordinators)."""
    require(ctx, P.CASE_OVERVIEW)
    with ctx.store.read() as session:
        condition = true() if include_closed else Case.stage != CaseStage.FOLLOWED_UP
        rows = summaries_where(session, condition, ctx.today(), _warn_days(session))
    return sorted(rows, key=lambda r: (r.next_action.due or date.max, r.household_code))


def stage_counts(ctx: Context) -> dict[CaseStage, int]:
    require(ctx, P.CASE_OVERVIEW)
    with ctx.store.read() as session:
        found = dict(session.execute(select(Case.stage, func.count()).group_by(Case.stage)).all())
    return {stage: found.get(stage, 0) for stage in CaseStage}


@dataclass(frozen=True)
class HouseholdCaseInfo:
    """What the household page shows about accompaniment, by role."""

    level: str  # "none" (role sees nothing), "contact", "overview"
    has_case: bool
    workers: tuple[str, ...]
    summary: CaseSummary | None
    can_open_file: bool  # the actor may read this case's content
    can_start: bool  # no open case and the actor may open one


def household_case(ctx: Context, household_id: uuid.UUID) -> HouseholdCaseInfo:
    """Front desk: only "has a social worker: NAME"; overview roles: stage and deadlines."""
    actor = ctx.actor
    level = "overview" if allowed(actor, P.CASE_OVERVIEW) else \
        "contact" if allowed(actor, P.CASE_CONTACT) else "none"
    if level == "none":
        return HouseholdCaseInfo("none", False, (), None, False, False)
    with ctx.store.read() as session:
        case = open_case_of(session, household_id)
        if case is None:
            return HouseholdCaseInfo(level, False, (), None, False,
                                     allowed(actor, P.CASE_WRITE))
        summary = summaries(session, [case], ctx.today(), _warn_days(session))[0]
        readable = allowed(actor, P.CASE_READ) and can_read(session, actor.username, case.id)
    if level == "contact":
        return HouseholdCaseInfo("contact", True, summary.workers, None, False, False)
    return HouseholdCaseInfo("overview", True, summary.workers, summary, readable, False)


__all__ = [
    "MANUAL_STEPS",
    "HouseholdCaseInfo",
    "advance_stage",
    "assign_worker",
    "close_case",
    "grant_access",
    "household_case",
    "my_cases",
    "open_case",
    "open_case_from_alert",
    "overview",
    "record_follow_up",
    "remove_worker",
    "set_stage",
    "stage_counts",
]
