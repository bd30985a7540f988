"""Who a batch goes to, and the registry values of each household's merge fields.

A target is written as text (the CLI's ``--to``, the mailing's record):
``household:CODE``, ``households:CODE,CODE,...`` (the selection of a list), ``building:DL51``,
``staircase:DL51-A``, ``all`` (every resident household), ``group:NAME`` (the households of a
group's members), ``event:ID`` (the households of an event's participants).

Rows are streamed in pages from one query, so a city-wide batch never holds every household.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Iterator

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session

from borgo_desktop.errors import NotFound, UserError
from borgo_desktop.models import (
    Building, CommunityEvent, CommunityGroup, EventParticipant, GroupMember, Household, Lease,
    Membership, Person, Unit,
)
from borgo_desktop.models.enums import HouseholdStatus, LeaseStatus

PAGE = 2000
KINDS = ("household", "households", "building", "staircase", "all", "group", "event")


@dataclass(frozen=True)
class Target:
    kind: str
    value: str = ""

    @classmethod
    def from_text(cls, text: str) -> "Target":
        kind, _, value = (text or "").strip().partition(":")
        kind = kind.strip().lower()
        if kind not in KINDS or (kind != "all" and not value.strip()):
            raise UserError("Destinatari non validi: «{text}». Scrivere household:CODICE, "
                            "households:CODICE,CODICE, building:EDIFICIO, staircase:EDIFICIO-SCALA, "
                            "all, group:NOME o event:ID.", field="target", text=text)
        return cls(kind, value.strip())

    def __str__(self) -> str:
        return self.kind if self.kind == "all" else f"{self.kind}:{self.value}"


@dataclass(frozen=True)
class Recipient:
    """One household and what the registry says for its fields (None: not known)."""
    household_id: uuid.UUID
    code: str
    preferred_language: str
    given_name: str | None
    surname: str | None
    unit_code: str | None
    unit_number: str | None
    floor: int | None
    staircase: str | None
    building_id: uuid.UUID | None
    building_code: str | None
    building_name: str | None
    building_address: str | None
    cap: str | None
    city: str | None

    @property
    def address_lines(self) -> tuple[str, ...]:
        """The envelope's address block."""
        name = " ".join(p for p in (self.given_name, self.surname) if p)
        lines = [name or f"Nucleo {self.code}"]
        if self.building_address:
            where = self.building_address
            if self.staircase:
                where += f", scala {self.staircase}"
            if self.unit_number:
                where += f", int. {self.unit_number}"
            lines += [where, f"{self.cap or ''} {self.city or ''}".strip()]
        return tuple(lines)


def _unit_of_household():
    return (select(Lease.unit_id).where(Lease.household_id == Household.id,
                                        Lease.status == LeaseStatus.ACTIVE)
            .order_by(Lease.starts_on.desc()).limit(1).correlate(Household).scalar_subquery())


def _base() -> Select:
    return (select(Household.id.label("household_id"), Household.code.label("code"),
                   Household.preferred_language, Person.given_name, Person.surname,
                   Unit.code.label("unit_code"), Unit.number, Unit.floor, Unit.staircase,
                   Building.id.label("building_id"), Building.code.label("building_code"),
                   Building.name.label("building_name"), Building.address, Building.cap,
                   Building.city)
            .select_from(Household)
            .outerjoin(Person, Person.id == Household.reference_person_id)
            .outerjoin(Unit, Unit.id == _unit_of_household())
            .outerjoin(Building, Building.id == Unit.building_id))


def _households_of_persons(person_ids) -> Select:
    return select(Membership.household_id).where(Membership.person_id.in_(person_ids),
                                                 Membership.left_on.is_(None))


def _query(session: Session, target: Target) -> tuple[Select, str]:
    """The filtered query and a label of the target for people ("scala A di Cascina 51")."""
    query = _base()
    # Living here: an active lease (so a unit), or marked resident by the allocation pipeline.
    resident = and_(Household.status != HouseholdStatus.LEFT,
                    or_(Household.status == HouseholdStatus.RESIDENT, Unit.id.is_not(None)))
    if target.kind == "household":
        if session.scalar(select(Household.id).where(Household.code == target.value)) is None:
            raise NotFound("Nucleo «{code}» non trovato.", code=target.value)
        return query.where(Household.code == target.value), f"nucleo {target.value}"
    if target.kind == "households":
        codes = [c.strip() for c in target.value.split(",") if c.strip()]
        found = set(session.scalars(select(Household.code).where(Household.code.in_(codes))))
        missing = [c for c in codes if c not in found]
        if missing:
            raise NotFound("Nuclei non trovati: {codes}.", codes=", ".join(missing[:20]))
        return query.where(Household.code.in_(codes)), f"{len(codes)} nuclei selezionati"
    if target.kind == "building":
        building = session.scalar(select(Building).where(Building.code == target.value))
        if building is None:
            raise NotFound("Edificio «{code}» non trovato.", code=target.value)
        return (query.where(Building.id == building.id),
                f"edificio {building.name}")
    if target.kind == "staircase":
        code, _, stair = target.value.rpartition("-")
        building = session.scalar(select(Building).where(Building.code == code)) if code else None
        if building is None or not stair:
            raise NotFound("Scala «{code}» non trovata: scrivere EDIFICIO-SCALA, es. DL51-A.",
                           code=target.value)
        return (query.where(Building.id == building.id, Unit.staircase == stair),
                f"scala {stair} di {building.name}")
    if target.kind == "all":
        return query.where(resident), "tutti i nuclei residenti"
    if target.kind == "group":
        group = session.scalar(select(CommunityGroup).where(CommunityGroup.name == target.value))
        if group is None:
            raise NotFound("Gruppo «{name}» non trovato.", name=target.value)
        members = select(GroupMember.person_id).where(GroupMember.group_id == group.id)
        return (query.where(Household.id.in_(_households_of_persons(members))),
                f"componenti del gruppo {group.name}")
    try:
        event_id = uuid.UUID(target.value)
    except ValueError:
        event_id = None
    event = session.get(CommunityEvent, event_id) if event_id else None
    if event is None:
        raise NotFound("Evento «{id}» non trovato.", id=target.value)
    people = select(EventParticipant.person_id).where(EventParticipant.event_id == event.id)
    return (query.where(Household.id.in_(_households_of_persons(people))),
            f"partecipanti all'evento {event.title}")


def describe(session: Session, target: Target) -> str:
    return _query(session, target)[1]


def iter_recipients(session: Session, target: Target) -> Iterator[Recipient]:
    """The target's households in code order, page by page (keyset on the code)."""
    query, _label = _query(session, target)
    ordered = query.order_by(Household.code)
    last = None
    while True:
        page = ordered if last is None else ordered.where(Household.code > last)
        rows = session.execute(page.limit(PAGE)).all()
        for row in rows:
            yield Recipient(*row)
        if len(rows) < PAGE:
            return
        last = rows[-1][1]


def count(session: Session, target: Target) -> int:
    query, _label = _query(session, target)
    return session.scalar(select(func.count()).select_from(query.subquery())) or 0


def building_ids(session: Session, target: Target) -> set[uuid.UUID]:
    """The buildings a public notice for this target hangs in."""
    query, _label = _query(session, target)
    sub = query.subquery()
    return {b for b in session.scalars(select(sub.c.building_id).distinct()) if b is not None}



def staircases(ctx) -> list[str]:
    """Every staircase of the borgo as a target value ("DL51-A"), for the window's choice."""
    from borgo_desktop.services.core.permissions import Permission, require

    require(ctx, Permission.REGISTRY_READ)
    with ctx.store.read() as session:
        rows = session.execute(select(Building.code, Unit.staircase).join(
            Unit, Unit.building_id == Building.id).where(Unit.staircase != "")
            .distinct().order_by(Building.code, Unit.staircase)).all()
    return [f"{code}-{stair}" for code, stair in rows if stair]
