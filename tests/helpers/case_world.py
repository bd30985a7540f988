"""A small world for the case tests: two households, a case assigned to ``assistente``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from borgo_desktop.identifiers import make_tax_code
from borgo_desktop.models.casework import CaseOrigin
from borgo_desktop.models.enums import Relation, Sex
from borgo_desktop.services.casework import cases
from borgo_desktop.services.registry import registry
from borgo_desktop.services.core.context import Actor, Context
from borgo_desktop.services.registry.forms import HouseholdInput, MemberInput, PersonInput

TODAY = date(2026, 11, 25)
WORKER = Actor("assistente", "social_worker", "Giulia Ferri")
OTHER_WORKER = Actor("assistente2", "social_worker", "Paolo Neri")
MANAGER = Actor("responsabile", "manager", "Laura Conti")
FRONT_DESK = Actor("sportello", "front_desk", "Marco Riva")


def as_(ctx: Context, actor: Actor) -> Context:
    return Context(store=ctx.store, actor=actor, today=ctx.today)


def household(ctx: Context, surname: str, given: str, **data):
    born = date(1980, 1, 2)
    code = make_tax_code(surname, given, born, "F", "F205")
    return registry.create_household(ctx, HouseholdInput(**data), [MemberInput(
        PersonInput(surname, given, code, born, Sex.F), Relation.REFERENCE)]).id


@dataclass
class World:
    household_id: object
    spare_household_id: object
    case_id: object
    ctx: Context

    def fresh_household(self):
        self.count = getattr(self, "count", 0) + 1
        return household(self.ctx, "Neri", ("Ada", "Bice", "Cleo", "Dora", "Elsa", "Fede", "Gaia", "Ines")[self.count])


def make_world(ctx: Context) -> World:
    first = household(ctx, "Bianchi", "Anna")
    spare = household(ctx, "Verdi", "Carla")
    case_id = cases.open_case(as_(ctx, WORKER), first, CaseOrigin.COMUNE, "Segnalazione",
                              on=date(2026, 10, 1))
    return World(first, spare, case_id, ctx)
