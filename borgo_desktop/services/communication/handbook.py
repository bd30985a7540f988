"""The residents' handbook, gathered from the database: never retyped.

What goes in: the office's hours and contacts (the letterhead's settings), the people to call
(the setting ``communication.contacts``; the key holders are given with their spaces), the
emergency numbers (``communication.emergency_numbers``), the figures the procedures quote
(tickets' deadlines, the rent's due day and account, the arrears ladder), the current house
rules, the shared spaces and the neighbourhood services directory. The booklet itself is
drawn by reports/communication/handbook.py in the resident's language.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select

from borgo_desktop.errors import UserError
from borgo_desktop.models import Building, CommonSpace, HouseRules, NeighbourhoodService
from borgo_desktop.models.enums import ServiceKind
from borgo_desktop.reports.communication.handbook import write_handbook
from borgo_desktop.services.communication.languages import LANGUAGES
from borgo_desktop.services.communication.merge import letterhead
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.core.permissions import Permission, require
from borgo_desktop.services.core.settings import read_settings


@dataclass(frozen=True)
class Office:
    name: str
    address: str
    hours: str
    phone: str
    email: str


@dataclass(frozen=True)
class Contact:
    role: str
    name: str
    how: str


@dataclass(frozen=True)
class EmergencyNumber:
    number: str
    label: str


@dataclass(frozen=True)
class Procedures:
    """The figures the fixed procedure texts quote, from the settings."""
    urgent_days: int
    normal_days: int
    autoclose_days: int
    due_day: int
    account: str
    reminder_days: int
    notice_days: int
    max_instalments: int


@dataclass(frozen=True)
class Rules:
    version: int
    title: str
    body: str
    effective_on: date


@dataclass(frozen=True)
class Space:
    name: str
    building: str
    purpose: str
    capacity: int | None
    equipment: str
    opening_hours: tuple[tuple[str, str] | None, ...] | None  # Monday first; None: always
    rules: str
    key_holder: str
    needs_approval: bool


@dataclass(frozen=True)
class Service:
    name: str
    kind: ServiceKind
    address: str
    phone: str
    email: str
    website: str
    hours: str


@dataclass(frozen=True)
class Handbook:
    edition: date
    office: Office
    contacts: tuple[Contact, ...]
    emergency: tuple[EmergencyNumber, ...]
    procedures: Procedures
    rules: Rules | None
    spaces: tuple[Space, ...]
    services: tuple[Service, ...]


def _spaces(session) -> tuple[Space, ...]:
    query = (select(CommonSpace, Building.name)
             .join(Building, CommonSpace.building_id == Building.id)
             .where(CommonSpace.bookable.is_(True)).order_by(CommonSpace.name))
    return tuple(Space(s.name, building, s.purpose, s.capacity, s.equipment,
                       tuple(tuple(h) if h else None for h in s.opening_hours)
                       if s.opening_hours else None, s.rules,
                       s.key_holder if s.keys_needed else "", s.needs_approval)
                 for s, building in session.execute(query))


def gather(ctx: Context) -> Handbook:
    """Everything the booklet says, as of today."""
    require(ctx, Permission.REGISTRY_READ)
    with ctx.store.read() as session:
        head = letterhead(session)
        settings = read_settings(session, "communication.emergency_numbers",
                                 "communication.contacts", "tickets.deadline_days",
                                 "tickets.autoclose_days", "ledger.due_day",
                                 "ledger.office_accounts", "arrears.reminder_days",
                                 "arrears.notice_days", "arrears.plan_max_instalments")
        rules = session.scalar(select(HouseRules).order_by(HouseRules.version.desc()).limit(1))
        services = session.scalars(select(NeighbourhoodService).order_by(
            NeighbourhoodService.kind, NeighbourhoodService.name))
        service_rows = tuple(Service(s.name, s.kind, s.address, s.phone, s.email, s.website,
                                     s.hours) for s in services)
        spaces = _spaces(session)
        rules_row = (Rules(rules.version, rules.title, rules.body, rules.effective_on)
                     if rules else None)
    deadlines = settings["tickets.deadline_days"]["*"]
    accounts = settings["ledger.office_accounts"]
    procedures = Procedures(
        urgent_days=int(deadlines["urgent"]), normal_days=int(deadlines["normal"]),
        autoclose_days=int(settings["tickets.autoclose_days"]),
        due_day=int(settings["ledger.due_day"]), account=accounts[0] if accounts else "",
        reminder_days=int(settings["arrears.reminder_days"]),
        notice_days=int(settings["arrears.notice_days"]),
        max_instalments=int(settings["arrears.plan_max_instalments"]))
    return Handbook(
        edition=ctx.today(),
        office=Office(head.name, head.address, head.hours, head.phone, head.email),
        contacts=tuple(Contact(*(str(part) for part in row))
                       for row in settings["communication.contacts"]),
        emergency=tuple(EmergencyNumber(str(n), str(label))
                        for n, label in settings["communication.emergency_numbers"]),
        procedures=procedures, rules=rules_row, spaces=spaces, services=service_rows)


def write(ctx: Context, lang: str, out, *, large_print: bool = False):
    """The booklet in ``lang`` (it, en, fr, es, ar) written to ``out``: the path."""
    if lang not in LANGUAGES:
        raise UserError("Lingua non disponibile per il manuale: «{lang}». Scegliere tra "
                        "{choices}.", lang=lang, choices=", ".join(LANGUAGES))
    return write_handbook(gather(ctx), lang, Path(out), large_print=large_print)
