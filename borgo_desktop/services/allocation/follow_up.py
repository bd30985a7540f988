"""After the handover: residence declared, utilities on, checks at 1, 3 and 6 months.

DOMAIN.md, "Move-in": the steps are scheduled from the day the household moves in
(``allocation.move_in``), each with its due date, and completed like the handover's
(``allocation.complete_move_in_task``). :func:`due_steps` is the desk's list of what is due
soon or overdue; the household page shows the same dates.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta
from sqlalchemy import select
from sqlalchemy.orm import Session

from borgo_desktop.models import Household, Lease, MoveInTask, Person, Unit
from borgo_desktop.models.enums import FOLLOW_UP_ITEMS, LeaseStatus, MoveInItem
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.core.permissions import Permission, require

__all__ = ["DELAYS", "DueStep", "due_on", "schedule", "due_steps"]

# From the day of the move. The residence declaration is due within about 20 days
# (DOMAIN.md: "verify" with the Comune's office); utilities within the first month.
DELAYS: dict[MoveInItem, relativedelta] = {
    MoveInItem.RESIDENCE: relativedelta(days=20),
    MoveInItem.UTILITIES: relativedelta(days=30),
    MoveInItem.CHECK_1M: relativedelta(months=1),
    MoveInItem.CHECK_3M: relativedelta(months=3),
    MoveInItem.CHECK_6M: relativedelta(months=6),
}
assert set(DELAYS) == set(FOLLOW_UP_ITEMS)
SOON_DAYS = 14  # the desk's list shows what falls due within two weeks


@dataclass(frozen=True)
class DueStep:
    household_id: uuid.UUID
    household_code: str
    reference_name: str
    unit_code: str
    item: MoveInItem
    due_on: date
    overdue: bool


def due_on(item: MoveInItem, moved_in: date) -> date:
    return moved_in + DELAYS[item]


def schedule(ctx: Context, session: Session, household_id: uuid.UUID, moved_in: date) -> None:
    """Create (or move to the new date) the follow-up steps not done yet, in the caller's
    unit of work."""
    existing = {t.item: t for t in session.scalars(
        select(MoveInTask).where(MoveInTask.household_id == household_id,
                                 MoveInTask.item.in_(FOLLOW_UP_ITEMS)))}
    for item in FOLLOW_UP_ITEMS:
        task = existing.get(item)
        if task is None:
            task = MoveInTask(household_id=household_id, item=item, done_by="", note="")
            session.add(task)
        elif task.done_on is not None:
            continue
        task.due_on = due_on(item, moved_in)
        ctx.stamp(task)


def due_steps(ctx: Context, within_days: int = SOON_DAYS) -> list[DueStep]:
    """Open follow-up steps due by today + ``within_days``, overdue first, oldest first."""
    require(ctx, Permission.ALLOCATION_READ)
    today = ctx.today()
    with ctx.store.read() as session:
        rows = session.execute(
            select(MoveInTask, Household.code, Person.surname, Person.given_name, Unit.code)
            .join(Household, MoveInTask.household_id == Household.id)
            .outerjoin(Person, Person.id == Household.reference_person_id)
            .outerjoin(Lease, (Lease.household_id == Household.id)
                       & (Lease.status == LeaseStatus.ACTIVE))
            .outerjoin(Unit, Unit.id == Lease.unit_id)
            .where(MoveInTask.done_on.is_(None), MoveInTask.due_on.is_not(None),
                   MoveInTask.due_on <= today + timedelta(days=within_days))
            .order_by(MoveInTask.due_on, Household.code)).all()
        return [DueStep(task.household_id, code, f"{surname} {given}" if surname else "",
                        unit or "", task.item, task.due_on, task.due_on < today)
                for task, code, surname, given, unit in rows]
