"""Session-level queries shared by several services (no transaction handling here)."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from borgo_desktop.errors import NotFound
from borgo_desktop.models import Candidacy, Household, Lease, Membership, Person, Unit
from borgo_desktop.models.enums import LeaseStatus, Stage


def get_or_fail(session: Session, model, record_id: uuid.UUID, what: str):
    record = session.get(model, record_id)
    if record is None:
        raise NotFound("{what} non trovato: forse è stato ritirato da un altro utente.", what=what)
    return record


def current_unit(session: Session, household_id: uuid.UUID) -> Unit | None:
    """The unit the household lives in (active lease) or is being offered (pipeline)."""
    unit_id = session.scalar(
        select(Lease.unit_id).where(Lease.household_id == household_id,
                                    Lease.status == LeaseStatus.ACTIVE)
        .order_by(Lease.starts_on.desc()).limit(1))
    if unit_id is None:
        unit_id = session.scalar(
            select(Candidacy.unit_id).where(Candidacy.household_id == household_id,
                                            Candidacy.stage != Stage.REFUSED))
    return session.get(Unit, unit_id) if unit_id else None


def current_members(session: Session, household_id: uuid.UUID) -> list[tuple[Membership, Person]]:
    return list(session.execute(
        select(Membership, Person).join(Person, Membership.person_id == Person.id)
        .where(Membership.household_id == household_id, Membership.left_on.is_(None))
        .order_by(Membership.relation != "reference", Person.birth_date)).all())


def current_membership(session: Session, person_id: uuid.UUID) -> Membership | None:
    return session.scalar(select(Membership).where(
        Membership.person_id == person_id, Membership.left_on.is_(None)))


def household_of(session: Session, person_id: uuid.UUID) -> Household | None:
    membership = current_membership(session, person_id)
    return session.get(Household, membership.household_id) if membership else None
