"""The register of guests (ospitalità) with the hosting limits of the rules.

A household may host a person for a limited time with the office's authorisation: at most
``guests.max_months`` (``guests.family_max_months`` for a parent or child), renewable
``guests.renewals`` times (settings; DOMAIN.md's public-housing rule, to verify with the
borgo's own). A stay longer than the limit is refused at registration; a renewal is a new
row pointing at the stay it extends. The register says of each current stay whether it is
still to be authorised or past its end: a guest still there after it is an occupant without
authorisation, which the office can report as a violation ("occupants").
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta
from sqlalchemy import select
from sqlalchemy.orm import Session

from borgo_desktop.errors import UserError
from borgo_desktop.identifiers import check_tax_code
from borgo_desktop.models import GuestStay, Household
from borgo_desktop.models.enums import HouseholdStatus
from borgo_desktop.models.violations import GuestRelation, GuestState
from borgo_desktop.services.core import audit
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.core.lookups import get_or_fail
from borgo_desktop.services.core.permissions import Permission, require
from borgo_desktop.services.core.problems import Problems, required
from borgo_desktop.services.core.settings import read_settings

LIMIT_KEYS = ("guests.max_months", "guests.family_max_months", "guests.renewals")


@dataclass(frozen=True)
class GuestInput:
    household_id: uuid.UUID
    guest_name: str
    relation: GuestRelation
    starts_on: date
    planned_until: date
    tax_code: str = ""
    note: str = ""


@dataclass(frozen=True)
class Limits:
    max_months: int
    family_max_months: int
    renewals: int

    def months_for(self, relation: GuestRelation) -> int:
        return self.family_max_months if relation == GuestRelation.PARENT_OR_CHILD \
            else self.max_months


def limits_in(session: Session) -> Limits:
    values = read_settings(session, *LIMIT_KEYS)
    return Limits(*(int(values[key]) for key in LIMIT_KEYS))


def _check_period(problems: Problems, limits: Limits, relation: GuestRelation, starts_on: date,
                  until: date) -> None:
    if until is None or starts_on is None:
        problems.add("planned_until", "Indicare fino a quando è prevista l'ospitalità.")
        return
    if until < starts_on:
        problems.add("planned_until", "La fine dell'ospitalità precede il suo inizio.")
        return
    months = limits.months_for(relation)
    if until > starts_on + relativedelta(months=months):
        problems.add("planned_until", "Le regole consentono al massimo {months} mesi di "
                     "ospitalità per volta (fino al {day}): per un periodo più lungo serve un "
                     "rinnovo autorizzato.", months=months,
                     day=f"{starts_on + relativedelta(months=months):%d/%m/%Y}")


def register_guest(ctx: Context, data: GuestInput) -> uuid.UUID:
    """Record a guest hosted by a household (the front desk may; authorising is separate)."""
    require(ctx, Permission.VIOLATION_REPORT)
    problems = Problems()
    name = required(problems, "guest_name", data.guest_name, "Nome dell'ospite")
    tax_code = "".join((data.tax_code or "").split()).upper()
    if tax_code:
        checked = check_tax_code(tax_code)
        if checked.error is not None:
            problems.add("tax_code", checked.error.template, **checked.error.params)
    relation = GuestRelation(data.relation)
    if data.household_id is None:
        problems.add("household", "Scegliere il nucleo.")
        problems.raise_if_any()
    with ctx.store.unit_of_work() as session:
        household = get_or_fail(session, Household, data.household_id, "Nucleo")
        if household.status != HouseholdStatus.RESIDENT:
            problems.add("household", "Solo un nucleo residente può ospitare.")
        _check_period(problems, limits_in(session), relation, data.starts_on, data.planned_until)
        problems.raise_if_any()
        stay = GuestStay(household_id=household.id, guest_name=name, tax_code=tax_code,
                         relation=relation, starts_on=data.starts_on,
                         planned_until=data.planned_until, note=(data.note or "").strip())
        ctx.stamp(stay)
        session.add(stay)
        session.flush()
        audit.record(ctx, session, "guest.register", "household", household.id,
                     detail=f"fino al {data.planned_until:%d/%m/%Y}")
        session.commit()
        return stay.id


def authorise_stay(ctx: Context, stay_id: uuid.UUID, on: date | None = None) -> None:
    require(ctx, Permission.VIOLATION_MANAGE)
    day = on or ctx.today()
    with ctx.store.unit_of_work() as session:
        stay = get_or_fail(session, GuestStay, stay_id, "Ospitalità")
        if stay.authorised_on is not None:
            raise UserError("L'ospitalità è già autorizzata dal {day}.",
                            day=f"{stay.authorised_on:%d/%m/%Y}")
        if stay.ended_on is not None:
            raise UserError("L'ospitalità è già terminata.")
        if day > ctx.today():
            raise UserError("La data dell'autorizzazione non può essere futura.", field="on")
        stay.authorised_on, stay.authorised_by = day, ctx.actor.username
        ctx.stamp(stay)
        audit.record(ctx, session, "guest.authorise", "household", stay.household_id)
        session.commit()


def renew_stay(ctx: Context, stay_id: uuid.UUID, until: date, note: str = "") -> uuid.UUID:
    """Extend an authorised stay by a new period (a new row), within the renewals allowed."""
    require(ctx, Permission.VIOLATION_MANAGE)
    with ctx.store.unit_of_work() as session:
        stay = get_or_fail(session, GuestStay, stay_id, "Ospitalità")
        limits = limits_in(session)
        if stay.authorised_on is None:
            raise UserError("Si rinnova solo un'ospitalità autorizzata.")
        if stay.ended_on is not None:
            raise UserError("L'ospitalità è già terminata: registrarne una nuova.")
        if _renewals_before(session, stay) + 1 > limits.renewals:
            raise UserError("Le regole consentono {n} rinnovi: questa ospitalità li ha già "
                            "avuti.", n=limits.renewals)
        problems = Problems()
        start = stay.planned_until + timedelta(days=1)
        _check_period(problems, limits, stay.relation, start, until)
        problems.raise_if_any()
        stay.ended_on = stay.planned_until
        renewal = GuestStay(household_id=stay.household_id, guest_name=stay.guest_name,
                            tax_code=stay.tax_code, relation=stay.relation, starts_on=start,
                            planned_until=until, authorised_on=ctx.today(),
                            authorised_by=ctx.actor.username, renewal_of_id=stay.id,
                            note=(note or "").strip())
        ctx.stamp(stay)
        ctx.stamp(renewal)
        session.add(renewal)
        session.flush()
        audit.record(ctx, session, "guest.renew", "household", stay.household_id,
                     detail=f"fino al {until:%d/%m/%Y}")
        session.commit()
        return renewal.id


def _renewals_before(session: Session, stay: GuestStay) -> int:
    count, current = 0, stay
    while current.renewal_of_id is not None:
        count += 1
        current = session.get(GuestStay, current.renewal_of_id)
    return count


def end_stay(ctx: Context, stay_id: uuid.UUID, on: date | None = None) -> None:
    require(ctx, Permission.VIOLATION_REPORT)
    day = on or ctx.today()
    with ctx.store.unit_of_work() as session:
        stay = get_or_fail(session, GuestStay, stay_id, "Ospitalità")
        if stay.ended_on is not None:
            raise UserError("L'ospitalità è già terminata.")
        if day < stay.starts_on or day > ctx.today():
            raise UserError("La fine dell'ospitalità deve cadere tra il suo inizio e oggi.",
                            field="on")
        stay.ended_on = day
        ctx.stamp(stay)
        audit.record(ctx, session, "guest.end", "household", stay.household_id)
        session.commit()


@dataclass(frozen=True)
class GuestView:
    id: uuid.UUID
    household_id: uuid.UUID
    household_code: str
    guest_name: str
    relation: GuestRelation
    starts_on: date
    planned_until: date
    ended_on: date | None
    authorised_on: date | None
    renewal: bool
    state: GuestState


def _state(stay: GuestStay, today: date) -> GuestState:
    if stay.ended_on is not None:
        return GuestState.ENDED
    if today > stay.planned_until:
        return GuestState.OVERDUE
    return GuestState.AUTHORISED if stay.authorised_on else GuestState.TO_AUTHORISE


def guest_register(ctx: Context, *, household_id: uuid.UUID | None = None,
                   include_ended: bool = False) -> list[GuestView]:
    """The register, current stays first by end date (the ones past it on top)."""
    require(ctx, Permission.VIOLATION_READ)
    today = ctx.today()
    with ctx.store.read() as session:
        query = select(GuestStay, Household.code).join(
            Household, GuestStay.household_id == Household.id)
        if household_id is not None:
            query = query.where(GuestStay.household_id == household_id)
        if not include_ended:
            query = query.where(GuestStay.ended_on.is_(None))
        rows = session.execute(query.order_by(GuestStay.planned_until, Household.code)).all()
        return [GuestView(s.id, s.household_id, code, s.guest_name, s.relation, s.starts_on,
                          s.planned_until, s.ended_on, s.authorised_on,
                          s.renewal_of_id is not None, _state(s, today)) for s, code in rows]


def current_limits(ctx: Context) -> Limits:
    """The hosting limits in force (settings), for the register's heading."""
    require(ctx, Permission.VIOLATION_READ)
    with ctx.store.read() as session:
        return limits_in(session)
