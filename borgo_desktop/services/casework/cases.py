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

from sqlalchemy import func, or_, select, true

from borgo_desktop.errors import UserError
from borgo_desktop.formatting import fmt_date
from borgo_desktop.models import Account, Case, CaseEvent, CaseGrant, CaseWorker
from borgo_desktop.models.casework import CaseOrigin, CaseStage, CloseReason
from borgo_desktop.services.core import audit
from borgo_desktop.services.casework.access import (
    OPEN_STAGES, add_months, assigned_ids, can_read, check_case, create_case, ensure_open_case,
    open_case_of,
)
from borgo_desktop.services.casework.views import CaseSummary, summaries, summaries_where
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.core.lookups import get_or_fail
from borgo_desktop.services.core.permissions import Permission as P
from borgo_desktop.services.core.permissions import allowed, require
from borgo_desktop.services.core.problems import Problems
from borgo_desktop.services.core.settings import read_settings

# Manual steps a worker may take; the others follow from records (a meeting note ends the
# referral stage, an assessment starts the assessment stage, a signed pact, a review).
MANUAL_STEPS: dict[CaseStage, tuple[CaseStage, ...]] = {
    CaseStage.REFERRAL: (CaseStage.FIRST_MEETING,),
    CaseStage.FIRST_MEETING: (CaseStage.ANALYSIS,),
    CaseStage.ANALYSIS: (CaseStage.ASSESSMENT,),
    CaseStage.PLAN_AGREED: (CaseStage.ACTIVE,),
    CaseStage.ACTIVE: (CaseStage.REVIEW,),
}


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


def grant_access(ctx: Context, username: str, case_id: uuid.UUID | None,
                 reason: str) -> uuid.UUID:
    """Team policy: ``username`` may read ``case_id`` (every case when None)."""
    require(ctx, P.CASE_ASSIGN)
    username = (username or "").strip()
    problems = Problems()
    if not username:
        problems.add("username", "Indicare il nome utente dell'assistente sociale.")
    if not (reason or "").strip():
        problems.add("reason", "Indicare il motivo dell'accesso (per esempio la sostituzione "
                               "per ferie).")
    problems.raise_if_any()
    with ctx.store.unit_of_work() as session:
        if case_id is not None:
            get_or_fail(session, Case, case_id, "Cartella")
        same = session.scalar(select(CaseGrant.id).where(
            CaseGrant.username == username, CaseGrant.revoked_on.is_(None),
            CaseGrant.case_id.is_(None) if case_id is None else CaseGrant.case_id == case_id))
        if same is not None:
            raise UserError("{username} ha già questo accesso.", field="username",
                            username=username)
        grant = CaseGrant(username=username[:64], case_id=case_id, reason=reason.strip()[:200],
                          granted_on=ctx.today())
        ctx.stamp(grant)
        session.add(grant)
        session.flush()
        grant_id = grant.id
        audit.record(ctx, session, "case.grant", "case", case_id or "", detail=username)
        session.commit()
        return grant_id


def revoke_access(ctx: Context, grant_id: uuid.UUID) -> None:
    """End a team grant (kept, with the day it ended)."""
    require(ctx, P.CASE_ASSIGN)
    with ctx.store.unit_of_work() as session:
        grant = session.get(CaseGrant, grant_id)
        if grant is None or grant.revoked_on is not None:
            raise UserError("Questo accesso è già stato revocato.")
        grant.revoked_on = ctx.today()
        ctx.stamp(grant)
        audit.record(ctx, session, "case.revoke", "case", grant.case_id or "", ["revoked_on"],
                     grant.username)
        session.commit()


@dataclass(frozen=True)
class GrantView:
    id: uuid.UUID
    username: str
    display_name: str
    all_cases: bool  # a team-wide grant, not only this case
    reason: str
    granted_on: date
    granted_by: str


def case_grants(ctx: Context, case_id: uuid.UUID) -> list[GrantView]:
    """The grants in force that open ``case_id``: its own and the team-wide ones."""
    require(ctx, P.CASE_ASSIGN)
    with ctx.store.read() as session:
        rows = session.execute(
            select(CaseGrant, Account.display_name)
            .outerjoin(Account, Account.username == CaseGrant.username)
            .where(CaseGrant.revoked_on.is_(None),
                   or_(CaseGrant.case_id == case_id, CaseGrant.case_id.is_(None)))
            .order_by(CaseGrant.case_id.is_(None), CaseGrant.username)).all()
        return [GrantView(g.id, g.username, name or "", g.case_id is None, g.reason,
                          g.granted_on, g.created_by) for g, name in rows]


def social_workers(ctx: Context) -> list[tuple[str, str]]:
    """(username, display name) of the active social-worker accounts, to choose from."""
    require(ctx, P.CASE_ASSIGN)
    with ctx.store.read() as session:
        return [tuple(row) for row in session.execute(
            select(Account.username, Account.display_name)
            .where(Account.role == "social_worker", Account.active.is_(True))
            .order_by(Account.display_name))]


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
                               ctx.today())
    return sorted(rows, key=lambda r: (r.next_action.due or date.max, r.household_code))


def overview(ctx: Context, include_closed: bool = False) -> list[CaseSummary]:
    """Every case with stage, deadlines and workers, no content (managers, coordinators)."""
    require(ctx, P.CASE_OVERVIEW)
    with ctx.store.read() as session:
        condition = true() if include_closed else Case.stage != CaseStage.FOLLOWED_UP
        rows = summaries_where(session, condition, ctx.today())
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
        summary = summaries(session, [case], ctx.today())[0]
        readable = allowed(actor, P.CASE_READ) and can_read(session, actor.username, case.id)
    if level == "contact":
        return HouseholdCaseInfo("contact", True, summary.workers, None, False, False)
    return HouseholdCaseInfo("overview", True, summary.workers, summary, readable, False)


__all__ = [
    "MANUAL_STEPS",
    "GrantView",
    "HouseholdCaseInfo",
    "advance_stage",
    "assign_worker",
    "case_grants",
    "close_case",
    "grant_access",
    "household_case",
    "my_cases",
    "open_case",
    "open_case_from_alert",
    "overview",
    "record_follow_up",
    "remove_worker",
    "revoke_access",
    "set_stage",
    "social_workers",
    "stage_counts",
]
