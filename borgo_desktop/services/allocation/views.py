"""Read side of the allocation plan: views, quota board, pipeline, history, unit fit, rent.

Kept apart from the workflow (services/allocation/allocation.py, which re-exports everything here) so
the transitions stay readable; nothing in this module writes.
"""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from borgo_desktop.models import (
    Candidacy, CandidacyEvent, Household, Membership, Person, TargetCategory, Unit,
)
from borgo_desktop.errors import NotFound, UserError
from borgo_desktop.formatting import fmt_date
from borgo_desktop.models.enums import RentModel, Stage, UnitStatus
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.core.permissions import Permission, allowed, require
from borgo_desktop.services.core.lookups import current_members, get_or_fail
from borgo_desktop.services.core.settings import read_settings

# Stages in which a candidacy holds its unit (reserved, not yet let).
HOLDING = (Stage.PROPOSED, Stage.VISIT, Stage.ACCEPTED)
IN_PIPELINE = (Stage.CANDIDATE, *HOLDING)
ALLOCATED = (Stage.SIGNED, Stage.MOVED_IN)
NO_CATEGORY_LABEL = "Senza categoria"

@dataclass(frozen=True)
class CategoryView:
    id: uuid.UUID
    code: str
    label: str
    quota: int
    description: str
    active: bool


@dataclass(frozen=True)
class QuotaRow:
    category_code: str
    label: str
    quota: int
    in_pipeline: int   # candidacies not refused and not yet signed
    allocated: int     # signed + moved in
    moved_in: int
    remaining: int     # quota - allocated; negative = over quota


@dataclass(frozen=True)
class PipelineRow:
    household_id: uuid.UUID
    household_code: str
    reference_name: str
    size: int
    category_label: str
    stage: Stage
    unit_code: str
    reserved_until: date | None
    stage_changed_on: date
    refusal_reason: str


@dataclass(frozen=True)
class EventView:
    from_stage: Stage | None
    to_stage: Stage
    unit_code: str
    happened_on: date
    note: str
    by: str


def category_view(c: TargetCategory) -> CategoryView:
    return CategoryView(c.id, c.code, c.label, c.quota, c.description, c.active)


def list_categories(ctx: Context) -> list[CategoryView]:
    # The plan's vocabulary (household form, list filter), not personal data.
    require(ctx, Permission.REGISTRY_READ)
    with ctx.store.read() as session:
        return [category_view(c) for c in
                session.scalars(select(TargetCategory).order_by(TargetCategory.code))]


def stage_counts(session: Session) -> Counter:
    """Candidacies counted by (target category id or None, stage)."""
    rows = session.execute(
        select(Household.target_category_id, Candidacy.stage, func.count(Candidacy.id))
        .join(Household, Candidacy.household_id == Household.id)
        .group_by(Household.target_category_id, Candidacy.stage))
    return Counter({(category_id, stage): n for category_id, stage, n in rows})


def allocated_in(counts: Counter, category_id: uuid.UUID | None) -> int:
    return sum(counts[(category_id, stage)] for stage in ALLOCATED)


def _quota_row(counts: Counter, category_id, code: str, label: str, quota: int) -> QuotaRow:
    allocated = allocated_in(counts, category_id)
    return QuotaRow(code, label, quota,
                    in_pipeline=sum(counts[(category_id, s)] for s in IN_PIPELINE),
                    allocated=allocated, moved_in=counts[(category_id, Stage.MOVED_IN)],
                    remaining=quota - allocated)


def quota_board(ctx: Context) -> list[QuotaRow]:
    require(ctx, Permission.ALLOCATION_READ)
    with ctx.store.read() as session:
        counts = stage_counts(session)
        categories = session.scalars(select(TargetCategory).where(TargetCategory.active)
                                     .order_by(TargetCategory.code))
        rows = [_quota_row(counts, c.id, c.code, c.label, c.quota) for c in categories]
    if any(category_id is None for category_id, _stage in counts):
        # No quota applies to households without a category: nothing "remains" or overflows.
        row = _quota_row(counts, None, "", NO_CATEGORY_LABEL, 0)
        rows.append(QuotaRow(row.category_code, row.label, 0, row.in_pipeline, row.allocated,
                             row.moved_in, remaining=0))
    return rows


def pipeline(ctx: Context, stage: Stage | None = None) -> list[PipelineRow]:
    """Every household in the pipeline, in pipeline order, oldest change first."""
    require(ctx, Permission.ALLOCATION_READ)
    sizes = (select(Membership.household_id, func.count(Membership.id).label("size"))
             .where(Membership.left_on.is_(None)).group_by(Membership.household_id).subquery())
    # Event dates never go backwards (the workflow refuses it), so the latest is the max.
    changed = (select(CandidacyEvent.candidacy_id, func.max(CandidacyEvent.happened_on)
                      .label("on")).group_by(CandidacyEvent.candidacy_id).subquery())
    reference = aliased(Person)
    query = (
        select(Candidacy, Household.code, reference.surname, reference.given_name,
               sizes.c.size, TargetCategory.label, Unit.code, changed.c.on)
        .join(Household, Candidacy.household_id == Household.id)
        .outerjoin(reference, Household.reference_person_id == reference.id)
        .outerjoin(sizes, sizes.c.household_id == Household.id)
        .outerjoin(TargetCategory, Household.target_category_id == TargetCategory.id)
        .outerjoin(Unit, Candidacy.unit_id == Unit.id)
        .outerjoin(changed, changed.c.candidacy_id == Candidacy.id))
    if stage is not None:
        query = query.where(Candidacy.stage == stage)
    with ctx.store.read() as session:
        rows = [
            PipelineRow(c.household_id, code, f"{surname} {given}" if surname else "",
                        size or 0, label or NO_CATEGORY_LABEL, c.stage, unit_code or "",
                        c.reserved_until, on or c.stage_changed_at.date(), c.refusal_reason)
            for c, code, surname, given, size, label, unit_code, on in session.execute(query)]
    order = list(Stage)
    return sorted(rows, key=lambda r: (order.index(r.stage), r.stage_changed_on, r.household_code))


def history(ctx: Context, household_id: uuid.UUID) -> list[EventView]:
    """The append-only pipeline history of a household, in the order it was written."""
    require(ctx, Permission.ALLOCATION_READ)
    with ctx.store.read() as session:
        get_or_fail(session, Household, household_id, "Nucleo")
        rows = session.execute(
            select(CandidacyEvent, Unit.code)
            .join(Candidacy, CandidacyEvent.candidacy_id == Candidacy.id)
            .outerjoin(Unit, CandidacyEvent.unit_id == Unit.id)
            .where(Candidacy.household_id == household_id)
            .order_by(CandidacyEvent.created_at, CandidacyEvent.id))
        return [EventView(e.from_stage, e.to_stage, unit_code or "", e.happened_on, e.note,
                          e.created_by) for e, unit_code in rows]


# --- fit between a household and a unit ----------------------------------------------------

@dataclass(frozen=True)
class FitPolicy:
    """The size standard and reservation length (settings, to verify with the Comune)."""

    min_surface: dict[int, float]
    extra_person_surface: float
    max_spare_rooms: int
    reservation_days: int

    @classmethod
    def load(cls, session: Session) -> "FitPolicy":
        # Read in the caller's session so a workflow sees one consistent snapshot.
        keys = ("allocation.min_surface_by_size", "allocation.extra_person_surface",
                "allocation.max_spare_rooms", "allocation.reservation_days")
        values = read_settings(session, *keys)
        return cls({int(k): float(v) for k, v in values[keys[0]].items()},
                   float(values[keys[1]]), int(values[keys[2]]), int(values[keys[3]]))

    def min_surface_for(self, size: int) -> float:
        largest = max(self.min_surface)
        if size <= largest:
            return self.min_surface.get(max(size, 1), 0.0)
        return self.min_surface[largest] + self.extra_person_surface * (size - largest)


def fit_reasons(session: Session, policy: FitPolicy, today: date, household: Household,
                unit: Unit, *, isee_detail: bool = True) -> list[UserError]:
    """Availability, size, rooms, accessibility and ISEE checks, all at once.

    ``isee_detail=False`` (a role without REGISTRY_SENSITIVE) says only that the ISEE is
    missing or no longer valid, not its expiry date.
    """
    reasons = []
    own = session.scalar(select(Candidacy).where(Candidacy.household_id == household.id))
    holder = session.execute(
        select(Candidacy, Household.code).join(Household, Candidacy.household_id == Household.id)
        .where(Candidacy.unit_id == unit.id, Candidacy.stage.in_(HOLDING),
               Candidacy.household_id != household.id)).first()
    held_by_own = own is not None and own.unit_id == unit.id and own.stage in HOLDING
    if holder is not None:
        other, other_code = holder
        reasons.append(UserError("L'alloggio {unit} è riservato al nucleo {household} fino al "
                                 "{date}.", unit=unit.code, household=other_code,
                                 date=fmt_date(other.reserved_until)))
    elif not (unit.status == UnitStatus.VACANT
              or (unit.status == UnitStatus.PREALLOCATED and held_by_own)):
        reasons.append(UserError("L'alloggio {unit} non è disponibile: è nello stato «{status}».",
                                 unit=unit.code, status=unit.status.label))
    size = len(current_members(session, household.id))
    minimum = policy.min_surface_for(size)
    if unit.surface_m2 < minimum:
        sizes = dict(unit=unit.code, size=size, surface=f"{unit.surface_m2:g}",
                     minimum=f"{minimum:g}")
        reasons.append(UserError("L'alloggio {unit} è troppo piccolo per una persona: {surface} "
                                 "m² invece di almeno {minimum} m².", **sizes) if size == 1 else
                       UserError("L'alloggio {unit} è troppo piccolo per {size} persone: "
                                 "{surface} m² invece di almeno {minimum} m².", **sizes))
    if unit.rooms - size > policy.max_spare_rooms:
        spare = dict(unit=unit.code, rooms=unit.rooms, size=size,
                     most=size + policy.max_spare_rooms)
        reasons.append(UserError("L'alloggio {unit} sarebbe sottoutilizzato: {rooms} locali per "
                                 "una persona (al massimo {most}).", **spare) if size == 1 else
                       UserError("L'alloggio {unit} sarebbe sottoutilizzato: {rooms} locali per "
                                 "{size} persone (al massimo {most}).", **spare))
    if household.needs_accessible_unit and not unit.accessible:
        reasons.append(UserError("Il nucleo ha bisogno di un alloggio accessibile e {unit} non "
                                 "lo è.", unit=unit.code))
    if household.isee_expires_on is not None and household.isee_expires_on < today:
        reasons.append(UserError("L'attestazione ISEE del nucleo è scaduta il {date}: serve una "
                                 "nuova DSU.", date=fmt_date(household.isee_expires_on))
                       if isee_detail else
                       UserError("L'attestazione ISEE del nucleo non è più valida: serve una "
                                 "nuova DSU."))
    elif household.isee_cents is None and unit.rent_model == RentModel.INCOME_BAND:
        reasons.append(UserError("Per l'alloggio {unit}, a canone per fasce di reddito, serve "
                                 "l'ISEE del nucleo.", unit=unit.code))
    return reasons


def unit_by_code(session: Session, unit_code: str) -> Unit | None:
    return session.scalar(select(Unit).where(Unit.code == (unit_code or "").strip().upper()))


def fit_problems(ctx: Context, household_id: uuid.UUID, unit_code: str) -> list[UserError]:
    """Why the unit does not suit the household (message per reason); empty when it fits."""
    require(ctx, Permission.ALLOCATION_READ)
    with ctx.store.read() as session:
        policy = FitPolicy.load(session)
        household = get_or_fail(session, Household, household_id, "Nucleo")
        unit = unit_by_code(session, unit_code)
        if unit is None:
            return [UserError("Alloggio sconosciuto: {code}.", code=unit_code)]
        return fit_reasons(session, policy, ctx.today(), household, unit,
                           isee_detail=allowed(ctx.actor, Permission.REGISTRY_SENSITIVE))


def suggest_rent_cents(ctx: Context, household_id: uuid.UUID, unit_code: str) -> int:
    require(ctx, Permission.ALLOCATION_WRITE)
    with ctx.store.read() as session:
        household = get_or_fail(session, Household, household_id, "Nucleo")
        unit = unit_by_code(session, unit_code)
        if unit is None:
            raise NotFound("Alloggio sconosciuto: {code}.", code=unit_code)
        if unit.rent_model == RentModel.PER_M2:  # rate is per m² per year
            yearly = Decimal(unit.rent_rate_cents) * Decimal(str(unit.surface_m2))
            return int((yearly / 12).quantize(Decimal(1), rounding=ROUND_HALF_UP))
        if unit.rent_model == RentModel.FLAT:
            return unit.rent_rate_cents
        if household.isee_cents is None:
            raise UserError("Per calcolare il canone serve l'ISEE del nucleo.")
        bands = read_settings(session, "allocation.income_bands")["allocation.income_bands"]
        return next(rent for ceiling, rent in bands
                    if ceiling is None or household.isee_cents <= ceiling)
