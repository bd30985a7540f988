"""Community life: groups and their referents, events and participation figures, house rules
and who acknowledged them, self-managed services with their rota, the services directory.

Writes need COMMUNITY_MANAGE, except recording an acknowledgement or a rota turn
(COMMUNITY_RECORD, the front desk too); reading follows the registry (names of residents).
"""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import delete, func, or_, select

from borgo_desktop.errors import UserError
from borgo_desktop.models import (
    CommunityEvent, CommunityGroup, EventParticipant, GroupMember, Household, HouseRules,
    NeighbourhoodService, Person, RotaTurn, RulesAcknowledgement, SelfService,
)
from borgo_desktop.models.base import new_id
from borgo_desktop.models.enums import Audience, HouseholdStatus, ServiceKind, TurnStatus
from borgo_desktop.services.core import audit
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.core.lookups import get_or_fail
from borgo_desktop.services.core.permissions import Permission, require
from borgo_desktop.services.core.problems import Problems, optional_contacts, required


def _write(ctx: Context, record, action: str, entity: str, detail: str = ""):
    """Add (or update) one record in its own unit of work, audited; returns its id."""
    with ctx.store.unit_of_work() as session:
        record = session.merge(record)
        ctx.stamp(record)
        session.flush()
        audit.record(ctx, session, action, entity, record.id, detail=detail)
        session.commit()
        return record.id


# --- groups --------------------------------------------------------------------------------

@dataclass(frozen=True)
class GroupView:
    id: uuid.UUID
    name: str
    purpose: str
    members: int
    referents: tuple[str, ...]


@dataclass(frozen=True)
class GroupMemberView:
    person_id: uuid.UUID
    name: str
    referent: bool
    joined_on: date


def save_group(ctx: Context, name: str, purpose: str = "",
               group_id: uuid.UUID | None = None) -> uuid.UUID:
    require(ctx, Permission.COMMUNITY_MANAGE)
    problems = Problems()
    name = required(problems, "name", name, "Nome del gruppo")
    with ctx.store.read() as session:
        clash = session.scalar(select(CommunityGroup.id).where(
            func.lower(CommunityGroup.name) == name.lower()))
    if clash is not None and clash != group_id:
        problems.add("name", "Esiste già un gruppo «{group}».", group=name)
    problems.raise_if_any()
    group = CommunityGroup(id=group_id or new_id(), name=name, purpose=purpose.strip(),
                           active=True)
    return _write(ctx, group, "group.save", "group")


def add_member(ctx: Context, group_id: uuid.UUID, person_id: uuid.UUID, *,
               referent: bool = False) -> None:
    require(ctx, Permission.COMMUNITY_MANAGE)
    with ctx.store.unit_of_work() as session:
        get_or_fail(session, CommunityGroup, group_id, "Gruppo")
        get_or_fail(session, Person, person_id, "Persona")
        member = session.scalar(select(GroupMember).where(GroupMember.group_id == group_id,
                                                          GroupMember.person_id == person_id))
        if member is None:
            member = GroupMember(group_id=group_id, person_id=person_id, joined_on=ctx.today())
            session.add(member)
        member.referent = referent
        ctx.stamp(member)
        session.flush()
        audit.record(ctx, session, "group.member", "group", group_id, ["referent"])
        session.commit()


def remove_member(ctx: Context, group_id: uuid.UUID, person_id: uuid.UUID) -> None:
    require(ctx, Permission.COMMUNITY_MANAGE)
    with ctx.store.unit_of_work() as session:
        member = session.scalar(select(GroupMember).where(GroupMember.group_id == group_id,
                                                          GroupMember.person_id == person_id))
        if member is None:
            raise UserError("La persona non fa parte del gruppo.")
        session.delete(member)
        audit.record(ctx, session, "group.leave", "group", group_id)
        session.commit()


def list_groups(ctx: Context) -> list[GroupView]:
    require(ctx, Permission.REGISTRY_READ)
    with ctx.store.read() as session:
        groups = session.execute(select(CommunityGroup.id, CommunityGroup.name,
                                        CommunityGroup.purpose)
                                 .where(CommunityGroup.active.is_(True))
                                 .order_by(CommunityGroup.name)).all()
        rows = session.execute(select(GroupMember.group_id, GroupMember.referent, Person.surname,
                                      Person.given_name)
                               .join(Person, GroupMember.person_id == Person.id)
                               .order_by(Person.surname, Person.given_name)).all()
    counts, referents = Counter(), defaultdict(list)
    for group_id, referent, surname, given in rows:
        counts[group_id] += 1
        if referent:
            referents[group_id].append(f"{surname} {given}")
    return [GroupView(g.id, g.name, g.purpose, counts[g.id], tuple(referents[g.id]))
            for g in groups]


def group_members(ctx: Context, group_id: uuid.UUID) -> list[GroupMemberView]:
    require(ctx, Permission.REGISTRY_READ)
    with ctx.store.read() as session:
        rows = session.execute(select(GroupMember, Person.surname, Person.given_name)
                               .join(Person, GroupMember.person_id == Person.id)
                               .where(GroupMember.group_id == group_id)
                               .order_by(GroupMember.referent.desc(), Person.surname)).all()
        return [GroupMemberView(m.person_id, f"{s} {g}", m.referent, m.joined_on)
                for m, s, g in rows]


# --- events and figures ------------------------------------------------------------------

@dataclass(frozen=True)
class EventInput:
    title: str
    held_on: date | None
    place: str
    audience: Audience
    partners: str = ""
    group_id: uuid.UUID | None = None
    other_participants: int = 0  # people from outside the borgo, counted by number
    participant_ids: tuple[uuid.UUID, ...] = ()  # residents, counted by person


@dataclass(frozen=True)
class EventView:
    id: uuid.UUID
    title: str
    held_on: date
    place: str
    audience: Audience
    partners: str
    residents: int
    others: int

    @property
    def total(self) -> int:
        return self.residents + self.others


@dataclass(frozen=True)
class FigureRow:
    month: int
    audience: Audience
    events: int
    residents: int  # distinct residents in the month and audience
    others: int
    attendances: int  # residents' presences (a person at two events counts twice) + others


@dataclass(frozen=True)
class EventRecord(EventInput):
    """An event as its form shows it: the input plus the residents' names, in id order."""
    id: uuid.UUID | None = None
    participant_names: tuple[str, ...] = ()


def _checked_event(data: EventInput) -> tuple[str, str]:
    """(title, place) stripped; every problem of the form at once."""
    problems = Problems()
    title = required(problems, "title", data.title, "Titolo")
    place = required(problems, "place", data.place, "Luogo")
    if data.held_on is None:
        problems.add("held_on", "Il campo «{label}» è obbligatorio.", label="Data")
    if data.other_participants < 0:
        problems.add("other_participants", "Il numero di partecipanti non può essere negativo.")
    problems.raise_if_any()
    return title, place


def create_event(ctx: Context, data: EventInput) -> uuid.UUID:
    require(ctx, Permission.COMMUNITY_MANAGE)
    title, place = _checked_event(data)
    with ctx.store.unit_of_work() as session:
        event = CommunityEvent(title=title, held_on=data.held_on, place=place,
                               audience=data.audience, partners=data.partners.strip(),
                               group_id=data.group_id,
                               other_participants=data.other_participants)
        ctx.stamp(event)
        session.add(event)
        session.flush()
        for person_id in dict.fromkeys(data.participant_ids):
            participant = EventParticipant(event_id=event.id, person_id=person_id)
            ctx.stamp(participant)
            session.add(participant)
        session.flush()
        audit.record(ctx, session, "event.create", "event", event.id,
                     detail=f"{len(set(data.participant_ids))} abitanti")
        session.commit()
        return event.id


def get_event(ctx: Context, event_id: uuid.UUID) -> EventRecord:
    require(ctx, Permission.REGISTRY_READ)
    with ctx.store.read() as session:
        event = get_or_fail(session, CommunityEvent, event_id, "Evento")
        people = session.execute(select(Person.id, Person.surname, Person.given_name)
                                 .join(EventParticipant, EventParticipant.person_id == Person.id)
                                 .where(EventParticipant.event_id == event_id)
                                 .order_by(Person.surname, Person.given_name)).all()
        return EventRecord(event.title, event.held_on, event.place, event.audience,
                           event.partners, event.group_id, event.other_participants,
                           tuple(p[0] for p in people), event.id,
                           tuple(f"{p[1]} {p[2]}" for p in people))


def update_event(ctx: Context, event_id: uuid.UUID, data: EventInput) -> None:
    """Correct an event: its data and the residents present (added and removed)."""
    require(ctx, Permission.COMMUNITY_MANAGE)
    title, place = _checked_event(data)
    with ctx.store.unit_of_work() as session:
        event = get_or_fail(session, CommunityEvent, event_id, "Evento")
        event.title, event.held_on, event.place = title, data.held_on, place
        event.audience, event.partners = data.audience, data.partners.strip()
        event.group_id, event.other_participants = data.group_id, data.other_participants
        fields = audit.changed_fields(event)
        ctx.stamp(event)
        present = {p.person_id: p for p in session.scalars(
            select(EventParticipant).where(EventParticipant.event_id == event_id))}
        wanted = dict.fromkeys(data.participant_ids)
        for person_id in present.keys() - wanted.keys():
            session.delete(present[person_id])
        for person_id in wanted.keys() - present.keys():
            participant = EventParticipant(event_id=event_id, person_id=person_id)
            ctx.stamp(participant)
            session.add(participant)
        if present.keys() != wanted.keys():
            fields.append("participants")
        session.flush()
        audit.record(ctx, session, "event.update", "event", event_id, fields,
                     detail=f"{len(wanted)} abitanti")
        session.commit()


def delete_event(ctx: Context, event_id: uuid.UUID) -> None:
    """Remove an event entered by mistake, with its participants (the figures follow)."""
    require(ctx, Permission.COMMUNITY_MANAGE)
    with ctx.store.unit_of_work() as session:
        event = get_or_fail(session, CommunityEvent, event_id, "Evento")
        session.execute(delete(EventParticipant).where(EventParticipant.event_id == event_id))
        session.delete(event)
        audit.record(ctx, session, "event.delete", "event", event_id)
        session.commit()


def list_events(ctx: Context, year: int) -> list[EventView]:
    require(ctx, Permission.REGISTRY_READ)
    counted = (select(EventParticipant.event_id, func.count().label("n"))
               .group_by(EventParticipant.event_id).subquery())
    with ctx.store.read() as session:
        rows = session.execute(
            select(CommunityEvent, func.coalesce(counted.c.n, 0))
            .outerjoin(counted, counted.c.event_id == CommunityEvent.id)
            .where(CommunityEvent.held_on >= date(year, 1, 1),
                   CommunityEvent.held_on <= date(year, 12, 31))
            .order_by(CommunityEvent.held_on)).all()
        return [EventView(e.id, e.title, e.held_on, e.place, e.audience, e.partners, n,
                          e.other_participants) for e, n in rows]


def participation_figures(ctx: Context, year: int) -> list[FigureRow]:
    """By month and audience: events, distinct residents, others, total presences."""
    require(ctx, Permission.REGISTRY_READ)
    with ctx.store.read() as session:
        events = session.execute(select(CommunityEvent.id, CommunityEvent.held_on,
                                        CommunityEvent.audience,
                                        CommunityEvent.other_participants)
                                 .where(CommunityEvent.held_on >= date(year, 1, 1),
                                        CommunityEvent.held_on <= date(year, 12, 31))).all()
        people = session.execute(select(EventParticipant.event_id, EventParticipant.person_id)
                                 .join(CommunityEvent)
                                 .where(CommunityEvent.held_on >= date(year, 1, 1),
                                        CommunityEvent.held_on <= date(year, 12, 31))).all()
    by_event = defaultdict(list)
    for event_id, person_id in people:
        by_event[event_id].append(person_id)
    cells: dict[tuple[int, Audience], list] = defaultdict(lambda: [0, set(), 0, 0])
    for event_id, held_on, audience, others in events:
        cell = cells[(held_on.month, audience)]
        cell[0] += 1
        cell[1].update(by_event[event_id])
        cell[2] += others
        cell[3] += len(by_event[event_id]) + others
    order = list(Audience)
    return [FigureRow(month, audience, c[0], len(c[1]), c[2], c[3])
            for (month, audience), c in sorted(cells.items(),
                                               key=lambda kv: (kv[0][0], order.index(kv[0][1])))]


# --- house rules -------------------------------------------------------------------------

@dataclass(frozen=True)
class Acknowledgement:
    household_id: uuid.UUID
    household_code: str
    acknowledged_on: date | None


def publish_rules(ctx: Context, title: str, body: str, effective_on: date) -> uuid.UUID:
    """A new version of the house rules (versions are numbered 1, 2, 3 ...)."""
    require(ctx, Permission.COMMUNITY_MANAGE)
    problems = Problems()
    title = required(problems, "title", title, "Titolo")
    body = required(problems, "body", body, "Testo del regolamento")
    problems.raise_if_any()
    with ctx.store.unit_of_work() as session:
        version = (session.scalar(select(func.max(HouseRules.version))) or 0) + 1
        rules = HouseRules(version=version, title=title, body=body, effective_on=effective_on)
        ctx.stamp(rules)
        session.add(rules)
        session.flush()
        audit.record(ctx, session, "rules.publish", "rules", rules.id, detail=f"v{version}")
        session.commit()
        return rules.id


def acknowledge(ctx: Context, rules_id: uuid.UUID, household_id: uuid.UUID,
                on: date | None = None) -> None:
    require(ctx, Permission.COMMUNITY_RECORD)
    day = on or ctx.today()
    with ctx.store.unit_of_work() as session:
        rules = get_or_fail(session, HouseRules, rules_id, "Regolamento")
        get_or_fail(session, Household, household_id, "Nucleo")
        if day > ctx.today():
            raise UserError("La data della presa visione non può essere futura.", field="on")
        if session.scalar(select(RulesAcknowledgement.id).where(
                RulesAcknowledgement.rules_id == rules_id,
                RulesAcknowledgement.household_id == household_id)):
            raise UserError("Il nucleo ha già preso visione della versione {version}.",
                            version=rules.version)
        record = RulesAcknowledgement(rules_id=rules_id, household_id=household_id,
                                      acknowledged_on=day)
        ctx.stamp(record)
        session.add(record)
        session.flush()
        audit.record(ctx, session, "rules.acknowledge", "household", household_id,
                     detail=f"v{rules.version}")
        session.commit()


def acknowledgements(ctx: Context, rules_id: uuid.UUID) -> list[Acknowledgement]:
    """Every resident household, with the day it acknowledged this version (or None)."""
    require(ctx, Permission.REGISTRY_READ)
    with ctx.store.read() as session:
        done = dict(session.execute(select(RulesAcknowledgement.household_id,
                                           RulesAcknowledgement.acknowledged_on)
                                    .where(RulesAcknowledgement.rules_id == rules_id)).all())
        households = session.execute(select(Household.id, Household.code)
                                     .where(or_(Household.status == HouseholdStatus.RESIDENT,
                                                Household.id.in_(list(done))))
                                     .order_by(Household.code)).all()
    return [Acknowledgement(h, code, done.get(h)) for h, code in households]


def current_rules(ctx: Context) -> tuple[uuid.UUID, int, str, date] | None:
    with ctx.store.read() as session:
        rules = session.scalar(select(HouseRules).order_by(HouseRules.version.desc()).limit(1))
        return (rules.id, rules.version, rules.title, rules.effective_on) if rules else None


# --- self-managed services and their rota ------------------------------------------------

@dataclass(frozen=True)
class TurnView:
    id: uuid.UUID
    service: str
    due_on: date
    household_id: uuid.UUID
    household_code: str
    reference: str  # the household's reference person, for the printed rota
    status: TurnStatus
    note: str


def save_self_service(ctx: Context, name: str, description: str = "",
                      every_days: int = 7) -> uuid.UUID:
    require(ctx, Permission.COMMUNITY_MANAGE)
    problems = Problems()
    name = required(problems, "name", name, "Nome del servizio")
    if not 1 <= every_days <= 90:
        problems.add("every_days", "Il turno si ripete ogni 1-90 giorni.")
    problems.raise_if_any()
    return _write(ctx, SelfService(id=new_id(), name=name, description=description.strip(),
                                   every_days=every_days), "selfservice.save", "selfservice")


def plan_rota(ctx: Context, service_id: uuid.UUID, household_ids: list[uuid.UUID],
              first_day: date, turns: int) -> int:
    """Turns from ``first_day``, one every ``every_days``, households taking it in order.
    Planned turns already there from that day on are replaced; done/missed ones are kept."""
    require(ctx, Permission.COMMUNITY_MANAGE)
    if not household_ids:
        raise UserError("Scegliere almeno un nucleo per i turni.", field="households")
    if not 1 <= turns <= 366:
        raise UserError("Si possono pianificare da 1 a 366 turni alla volta.", field="turns")
    with ctx.store.unit_of_work() as session:
        service = get_or_fail(session, SelfService, service_id, "Servizio")
        existing = {t.due_on: t for t in session.scalars(select(RotaTurn).where(
            RotaTurn.service_id == service_id, RotaTurn.due_on >= first_day))}
        planned = 0
        for index in range(turns):
            day = first_day + timedelta(days=index * service.every_days)
            turn = existing.get(day)
            if turn is not None and turn.status != TurnStatus.PLANNED:
                continue
            if turn is None:
                turn = RotaTurn(service_id=service_id, due_on=day, status=TurnStatus.PLANNED)
                session.add(turn)
            turn.household_id = household_ids[index % len(household_ids)]
            ctx.stamp(turn)
            planned += 1
        session.flush()
        audit.record(ctx, session, "rota.plan", "selfservice", service_id,
                     detail=f"{planned} turni")
        session.commit()
        return planned


def record_turn(ctx: Context, turn_id: uuid.UUID, done: bool, note: str = "") -> None:
    require(ctx, Permission.COMMUNITY_RECORD)
    with ctx.store.unit_of_work() as session:
        turn = get_or_fail(session, RotaTurn, turn_id, "Turno")
        if turn.due_on > ctx.today():
            raise UserError("Il turno del {day} non è ancora arrivato.",
                            day=f"{turn.due_on:%d/%m/%Y}")
        turn.status = TurnStatus.DONE if done else TurnStatus.MISSED
        turn.note = note.strip()[:200]
        ctx.stamp(turn)
        audit.record(ctx, session, "rota.turn", "selfservice", turn.service_id, ["status"])
        session.commit()


def rota(ctx: Context, service_id: uuid.UUID, first_day: date, last_day: date) -> list[TurnView]:
    require(ctx, Permission.REGISTRY_READ)
    with ctx.store.read() as session:
        rows = session.execute(
            select(RotaTurn, SelfService.name, Household.code, Person.surname, Person.given_name)
            .join(SelfService, RotaTurn.service_id == SelfService.id)
            .join(Household, RotaTurn.household_id == Household.id)
            .outerjoin(Person, Household.reference_person_id == Person.id)
            .where(RotaTurn.service_id == service_id, RotaTurn.due_on >= first_day,
                   RotaTurn.due_on <= last_day).order_by(RotaTurn.due_on)).all()
        return [TurnView(t.id, name, t.due_on, t.household_id, code,
                         f"{surname} {given}" if surname else "", t.status, t.note)
                for t, name, code, surname, given in rows]


def list_self_services(ctx: Context) -> list[tuple[uuid.UUID, str, str, int]]:
    with ctx.store.read() as session:
        return [(s.id, s.name, s.description, s.every_days)
                for s in session.scalars(select(SelfService).order_by(SelfService.name))]


# --- neighbourhood services directory -------------------------------------------------------

@dataclass(frozen=True)
class ServiceInput:
    name: str
    kind: ServiceKind
    address: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    hours: str = ""
    notes: str = ""


@dataclass(frozen=True)
class ServiceView(ServiceInput):
    id: uuid.UUID | None = None


def save_service(ctx: Context, data: ServiceInput,
                 service_id: uuid.UUID | None = None) -> uuid.UUID:
    require(ctx, Permission.COMMUNITY_MANAGE)
    problems = Problems()
    name = required(problems, "name", data.name, "Nome")
    optional_contacts(problems, data.phone, data.email)
    if not (data.phone.strip() or data.email.strip() or data.address.strip()):
        problems.add("address", "Indicare almeno un indirizzo, un telefono o un'email.")
    problems.raise_if_any()
    if service_id is not None:  # a correction: of a service that still exists
        with ctx.store.read() as session:
            get_or_fail(session, NeighbourhoodService, service_id, "Servizio")
    record = NeighbourhoodService(
        id=service_id or new_id(), name=name, kind=data.kind, address=data.address.strip(),
        phone=data.phone.strip(), email=data.email.strip(), website=data.website.strip(),
        hours=data.hours.strip(), notes=data.notes.strip())
    return _write(ctx, record, "directory.save", "nservice")


def delete_service(ctx: Context, service_id: uuid.UUID) -> None:
    require(ctx, Permission.COMMUNITY_MANAGE)
    with ctx.store.unit_of_work() as session:
        session.delete(get_or_fail(session, NeighbourhoodService, service_id, "Servizio"))
        audit.record(ctx, session, "directory.delete", "nservice", service_id)
        session.commit()


def search_services(ctx: Context, text: str = "",
                    kind: ServiceKind | None = None) -> list[ServiceView]:
    """Every word must appear in the name, address, notes or hours (accents as typed)."""
    query = select(NeighbourhoodService).order_by(NeighbourhoodService.kind,
                                                  NeighbourhoodService.name)
    if kind is not None:
        query = query.where(NeighbourhoodService.kind == kind)
    for word in text.split():
        pattern = f"%{word.lower()}%"
        query = query.where(or_(*(func.lower(c).like(pattern) for c in (
            NeighbourhoodService.name, NeighbourhoodService.address, NeighbourhoodService.notes,
            NeighbourhoodService.hours))))
    with ctx.store.read() as session:
        return [ServiceView(s.name, s.kind, s.address, s.phone, s.email, s.website, s.hours,
                            s.notes, s.id) for s in session.scalars(query)]


def resident_households(ctx: Context) -> list[tuple[uuid.UUID, str, str]]:
    """(id, code, reference person) of the resident households, for rotas."""
    require(ctx, Permission.REGISTRY_READ)
    with ctx.store.read() as session:
        rows = session.execute(select(Household.id, Household.code, Person.surname,
                                      Person.given_name)
                               .outerjoin(Person, Household.reference_person_id == Person.id)
                               .where(Household.status == HouseholdStatus.RESIDENT)
                               .order_by(Household.code)).all()
    return [(h, code, f"{s} {g}" if s else "") for h, code, s, g in rows]
