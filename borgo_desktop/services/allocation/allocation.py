"""Allocation plan: target categories with quotas and the pre-allocation pipeline.

candidate -> proposed (unit reserved) -> visit -> accepted | refused -> signed -> moved_in;
proposed -> refused too; refused -> candidate (reopen). Every transition is one unit of work
that appends a CandidacyEvent and refreshes the household's search entry. The read side
(views, quota board, pipeline, history) lives in allocation_views and is re-exported here.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from borgo_desktop.errors import NotFound, UserError
from borgo_desktop.formatting import fmt_date
from borgo_desktop.models import (
    Candidacy, CandidacyEvent, Household, MoveInTask, TargetCategory, Unit,
)
from borgo_desktop.models.base import utcnow
from borgo_desktop.models.enums import HouseholdStatus, MoveInItem, Stage, UnitStatus
from borgo_desktop.services.core import audit, search
from borgo_desktop.services.casework import triggers as case_triggers
from borgo_desktop.services.allocation.views import (
    CategoryView, EventView, FitPolicy, PipelineRow, QuotaRow, allocated_in, category_view,
    fit_problems, fit_reasons, history, list_categories, pipeline, quota_board, stage_counts,
    suggest_rent_cents, unit_by_code,
)
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.core.permissions import Permission, require
from borgo_desktop.services.core.lookups import get_or_fail
from borgo_desktop.services.registry.registry import open_lease, release_unit
from borgo_desktop.services.registry.forms import LeaseInput
from borgo_desktop.services.core.problems import Problems, required


@dataclass(frozen=True)
class _Step:
    sources: tuple[Stage | None, ...]
    target: Stage
    verb: str


STEPS: dict[str, _Step] = {
    "add_candidate": _Step((None,), Stage.CANDIDATE, "inserire il nucleo tra i candidati"),
    "propose_unit": _Step((Stage.CANDIDATE,), Stage.PROPOSED, "proporre un alloggio"),
    "record_visit": _Step((Stage.PROPOSED,), Stage.VISIT, "registrare la visita"),
    "accept_offer": _Step((Stage.VISIT,), Stage.ACCEPTED, "registrare l'accettazione"),
    "refuse_offer": _Step((Stage.PROPOSED, Stage.VISIT), Stage.REFUSED, "registrare il rifiuto"),
    "reopen_candidate": _Step((Stage.REFUSED,), Stage.CANDIDATE, "riaprire la candidatura"),
    "sign_contract": _Step((Stage.ACCEPTED,), Stage.SIGNED, "firmare il contratto"),
    "move_in": _Step((Stage.SIGNED,), Stage.MOVED_IN, "registrare l'ingresso nell'alloggio"),
}
# What the user can do next, said in words, for the message of a refused transition.
NEXT_HINT: dict[Stage | None, str] = {
    None: "prima va inserito tra i candidati",
    Stage.CANDIDATE: "prima va proposto un alloggio",
    Stage.PROPOSED: "ora si può registrare la visita oppure il rifiuto",
    Stage.VISIT: "ora si può registrare l'accettazione oppure il rifiuto",
    Stage.ACCEPTED: "ora si può firmare il contratto",
    Stage.REFUSED: "ora si può solo riaprire la candidatura",
    Stage.SIGNED: "ora si può registrare l'ingresso nell'alloggio",
    Stage.MOVED_IN: "il percorso di assegnazione è concluso",
}


def available_actions(stage: Stage | None) -> tuple[str, ...]:
    return tuple(name for name, step in STEPS.items() if stage in step.sources)


# --- categories ---------------------------------------------------------------------------

def save_category(ctx: Context, code: str, label: str, quota: int, description: str = "",
                  active: bool = True) -> CategoryView:
    """Create the category with this code, or update it."""
    require(ctx, Permission.ALLOCATION_WRITE)
    problems = Problems()
    code = required(problems, "code", code, "Codice")
    label = required(problems, "label", label, "Descrizione breve")
    if len(code) > 24:
        problems.add("code", "Il codice può avere al massimo {max} caratteri.", max=24)
    if len(label) > 120:
        problems.add("label", "La descrizione breve può avere al massimo {max} caratteri.", max=120)
    if quota is None or quota < 0:
        problems.add("quota", "La quota non può essere negativa.")
    problems.raise_if_any()
    with ctx.store.unit_of_work() as session:
        category = session.scalar(select(TargetCategory).where(TargetCategory.code == code))
        if category is None:
            category = TargetCategory(code=code)
            session.add(category)
        category.label, category.quota = label, quota
        category.description, category.active = description.strip(), active
        ctx.stamp(category)
        audit.record(ctx, session, "category.save", "category", code,
                     audit.changed_fields(category))
        session.commit()
        return category_view(category)


# --- pipeline transitions -----------------------------------------------------------------

def _open(session: Session, household_id: uuid.UUID,
          action: str) -> tuple[Household, Candidacy | None]:
    """Load the household and its candidacy; refuse the action if the stage does not allow it."""
    household = get_or_fail(session, Household, household_id, "Nucleo")
    candidacy = session.scalar(select(Candidacy).where(Candidacy.household_id == household_id))
    stage = candidacy.stage if candidacy else None
    step = STEPS[action]
    if stage in step.sources:
        return household, candidacy
    if action == "add_candidate":
        raise UserError("Il nucleo è già nel percorso di assegnazione, nella fase «{stage}».",
                        stage=stage.label)
    if stage is None:
        raise UserError("Non è possibile {verb}: il nucleo non è nel percorso di assegnazione; "
                        "{hint}.", verb=step.verb, hint=NEXT_HINT[None])
    raise UserError("Non è possibile {verb}: il nucleo è nella fase «{stage}»; {hint}.",
                    verb=step.verb, stage=stage.label, hint=NEXT_HINT[stage])


def _day(ctx: Context, session: Session, candidacy: Candidacy | None, on: date | None,
         field: str = "on") -> date:
    """The date of a step: today by default, never in the future nor before the last step."""
    on = on or ctx.today()
    if on > ctx.today():
        raise UserError("La data {date} è nel futuro.", field=field, date=fmt_date(on))
    last = candidacy and session.scalar(select(func.max(CandidacyEvent.happened_on))
                                        .where(CandidacyEvent.candidacy_id == candidacy.id))
    if last and on < last:
        raise UserError("La data {date} precede quella del passaggio precedente ({last}).",
                        field=field, date=fmt_date(on), last=fmt_date(last))
    return on


def _advance(ctx: Context, session: Session, candidacy: Candidacy, target: Stage,
             on: date, note: str = "") -> None:
    """Move to ``target`` and append the event: the one place a stage changes."""
    event = CandidacyEvent(from_stage=candidacy.stage, to_stage=target, unit_id=candidacy.unit_id,
                           happened_on=on, note=note.strip())
    candidacy.stage, candidacy.stage_changed_at = target, utcnow()
    ctx.stamp(candidacy)
    session.add(candidacy)
    session.flush()
    event.candidacy_id = candidacy.id
    ctx.stamp(event)
    session.add(event)
    search.reindex_household(session, candidacy.household_id)
    audit.record(ctx, session, f"allocation.{_step_of(event.from_stage, target)}", "household",
                 candidacy.household_id, ["stage"], f"{event.from_stage or '-'} → {target}")


def _step_of(source: Stage | None, target: Stage) -> str:
    return next(name for name, step in STEPS.items()
                if step.target == target and source in step.sources)


def add_candidate(ctx: Context, household_id: uuid.UUID, on: date | None = None,
                  note: str = "") -> None:
    require(ctx, Permission.ALLOCATION_WRITE)
    with ctx.store.unit_of_work() as session:
        _open(session, household_id, "add_candidate")
        candidacy = Candidacy(household_id=household_id, refusal_reason="")
        _advance(ctx, session, candidacy, Stage.CANDIDATE, _day(ctx, session, None, on), note)
        session.commit()


def propose_unit(ctx: Context, household_id: uuid.UUID, unit_code: str,
                 reserved_until: date | None = None, note: str = "") -> None:
    require(ctx, Permission.ALLOCATION_WRITE)
    if reserved_until is not None and reserved_until < ctx.today():
        raise UserError("La prenotazione non può scadere nel passato ({date}).",
                        field="reserved_until", date=fmt_date(reserved_until))
    with ctx.store.unit_of_work() as session:
        household, candidacy = _open(session, household_id, "propose_unit")
        policy = FitPolicy.load(session)
        reserved_until = reserved_until or ctx.today() + timedelta(days=policy.reservation_days)
        unit = unit_by_code(session, unit_code)
        if unit is None:
            raise NotFound("Alloggio sconosciuto: {code}.", field="unit_code", code=unit_code)
        reasons = fit_reasons(session, policy, ctx.today(), household, unit)
        if reasons:
            raise UserError("L'alloggio {unit} non può essere proposto:\n{reasons}",
                            field="unit_code", unit=unit.code,
                            reasons="\n".join(f"- {r.text}" for r in reasons))
        on = _day(ctx, session, candidacy, None)
        unit.status = UnitStatus.PREALLOCATED
        ctx.stamp(unit)
        candidacy.unit_id, candidacy.reserved_until = unit.id, reserved_until
        _advance(ctx, session, candidacy, Stage.PROPOSED, on, note)
        session.commit()


def _simple_step(ctx: Context, household_id: uuid.UUID, action: str, on: date | None,
                 note: str) -> None:
    with ctx.store.unit_of_work() as session:
        _household, candidacy = _open(session, household_id, action)
        on = _day(ctx, session, candidacy, on)
        _advance(ctx, session, candidacy, STEPS[action].target, on, note)
        session.commit()


def record_visit(ctx: Context, household_id: uuid.UUID, on: date | None = None,
                 note: str = "") -> None:
    require(ctx, Permission.ALLOCATION_WRITE)
    _simple_step(ctx, household_id, "record_visit", on, note)


def accept_offer(ctx: Context, household_id: uuid.UUID, on: date | None = None,
                 note: str = "") -> None:
    require(ctx, Permission.ALLOCATION_WRITE)
    _simple_step(ctx, household_id, "accept_offer", on, note)


def refuse_offer(ctx: Context, household_id: uuid.UUID, reason: str,
                 on: date | None = None) -> None:
    """The household declines (or the office withdraws) the offer; the unit is freed."""
    require(ctx, Permission.ALLOCATION_WRITE)
    reason = (reason or "").strip()
    if not reason:
        raise UserError("Indicare il motivo del rifiuto.", field="reason")
    with ctx.store.unit_of_work() as session:
        _household, candidacy = _open(session, household_id, "refuse_offer")
        on = _day(ctx, session, candidacy, on)
        release_unit(ctx, session, candidacy)
        candidacy.refusal_reason = reason
        _advance(ctx, session, candidacy, Stage.REFUSED, on, reason)
        session.commit()


def reopen_candidate(ctx: Context, household_id: uuid.UUID, note: str = "") -> None:
    """Back to candidate. The refused unit was freed at refusal and may be offered to someone
    else by now, so only the link is dropped here."""
    require(ctx, Permission.ALLOCATION_WRITE)
    with ctx.store.unit_of_work() as session:
        _household, candidacy = _open(session, household_id, "reopen_candidate")
        on = _day(ctx, session, candidacy, None)
        candidacy.unit_id, candidacy.reserved_until, candidacy.refusal_reason = None, None, ""
        _advance(ctx, session, candidacy, Stage.CANDIDATE, on, note)
        session.commit()


def _check_quota(session: Session, household: Household) -> None:
    if household.target_category_id is None:
        return
    category = session.get(TargetCategory, household.target_category_id)
    allocated = allocated_in(stage_counts(session), category.id)
    if allocated >= category.quota:
        raise UserError("La quota della categoria «{label}» è esaurita: {allocated} alloggi "
                        "assegnati su {quota} previsti dal piano.",
                        label=category.label, allocated=allocated, quota=category.quota)


def _ensure_move_in_tasks(ctx: Context, session: Session, household_id: uuid.UUID) -> None:
    existing = set(session.scalars(select(MoveInTask.item)
                                   .where(MoveInTask.household_id == household_id)))
    for item in MoveInItem:
        if item not in existing:
            task = MoveInTask(household_id=household_id, item=item, done_by="", note="")
            ctx.stamp(task)
            session.add(task)


def sign_contract(ctx: Context, household_id: uuid.UUID, starts_on: date,
                  monthly_rent_cents: int, service_charges_cents: int = 0,
                  deposit_cents: int = 0, ends_on: date | None = None) -> uuid.UUID:
    """Sign the lease of the accepted unit (same transaction) and open the move-in checklist."""
    require(ctx, Permission.ALLOCATION_WRITE)
    problems = Problems()
    for name, cents in (("monthly_rent_cents", monthly_rent_cents),
                        ("service_charges_cents", service_charges_cents),
                        ("deposit_cents", deposit_cents)):
        if cents is None or cents < 0:
            problems.add(name, "L'importo non può essere negativo.")
    if ends_on and ends_on <= starts_on:
        problems.add("ends_on", "La fine del contratto deve seguire l'inizio.")
    with ctx.store.unit_of_work() as session:
        household, candidacy = _open(session, household_id, "sign_contract")
        _check_quota(session, household)
        on = _day(ctx, session, candidacy, None)
        unit = session.get(Unit, candidacy.unit_id)
        lease_id = open_lease(ctx, session, LeaseInput(
            household_id=household_id, unit_code=unit.code, starts_on=starts_on,
            monthly_rent_cents=monthly_rent_cents, service_charges_cents=service_charges_cents,
            deposit_cents=deposit_cents, ends_on=ends_on), problems)
        candidacy.reserved_until = None
        _ensure_move_in_tasks(ctx, session, household_id)
        _advance(ctx, session, candidacy, Stage.SIGNED, on)
        session.commit()
        return lease_id


def move_in(ctx: Context, household_id: uuid.UUID, on: date | None = None) -> None:
    require(ctx, Permission.ALLOCATION_WRITE)
    with ctx.store.unit_of_work() as session:
        household, candidacy = _open(session, household_id, "move_in")
        on = _day(ctx, session, candidacy, on)
        household.status = HouseholdStatus.RESIDENT
        ctx.stamp(household)
        _ensure_move_in_tasks(ctx, session, household_id)
        _advance(ctx, session, candidacy, Stage.MOVED_IN, on)
        unit = session.get(Unit, candidacy.unit_id) if candidacy.unit_id else None
        case_triggers.on_move_in(ctx, session, household_id, unit.regime if unit else None)
        session.commit()


def complete_move_in_task(ctx: Context, household_id: uuid.UUID, item: MoveInItem,
                          done_on: date, note: str = "") -> None:
    require(ctx, Permission.ALLOCATION_WRITE)
    item = MoveInItem(item)
    if done_on is None or done_on > ctx.today():
        raise UserError("Indicare una data di completamento non futura.", field="done_on")
    with ctx.store.unit_of_work() as session:
        get_or_fail(session, Household, household_id, "Nucleo")
        stage = session.scalar(select(Candidacy.stage)
                               .where(Candidacy.household_id == household_id))
        if stage not in (Stage.SIGNED, Stage.MOVED_IN):
            raise UserError("La lista per l'ingresso si apre con la firma del contratto.")
        _ensure_move_in_tasks(ctx, session, household_id)
        session.flush()
        task = session.scalar(select(MoveInTask).where(MoveInTask.household_id == household_id,
                                                       MoveInTask.item == item))
        task.done_on, task.done_by, task.note = done_on, ctx.actor.username, note.strip()
        ctx.stamp(task)
        audit.record(ctx, session, "movein.complete", "household", household_id,
                     audit.changed_fields(task), item.value)
        session.commit()


__all__ = [
    "CategoryView", "QuotaRow", "PipelineRow", "EventView", "STEPS",
    "list_categories", "save_category", "quota_board", "pipeline", "fit_problems",
    "add_candidate", "propose_unit", "record_visit", "accept_offer", "refuse_offer",
    "reopen_candidate", "sign_contract", "move_in", "complete_move_in_task", "history",
    "suggest_rent_cents", "available_actions",
]
