"""A small place for the ticket tests: one building, two units, a common space, a household
living in one of the units, and a contractor (built through the services)."""

from __future__ import annotations

import dataclasses
from datetime import date
from types import SimpleNamespace

from borgo_desktop.identifiers import make_tax_code
from borgo_desktop.models.enums import Regime, Relation, RentModel, Sex
from borgo_desktop.services.registry import registry
from borgo_desktop.services.core.context import Actor
from borgo_desktop.services.registry.forms import (
    BuildingInput, HouseholdInput, LeaseInput, MemberInput, PersonInput, UnitInput,
)
from borgo_desktop.services.tickets.plans import ContractorInput, save_contractor
from borgo_desktop.services.tickets.tickets import TicketInput


def as_role(ctx, role: str):
    return dataclasses.replace(ctx, actor=Actor(f"user_{role}", role))


def build_world(ctx) -> SimpleNamespace:
    building = registry.create_building(ctx, BuildingInput("DL55", "Casa padronale",
                                                           "Via De Lemene 55", "20151", 8))
    a1 = registry.create_unit(ctx, UnitInput("DL55", "A", 1, "1", 48, 2, Regime.CAPPED,
                                             RentModel.PER_M2, 9_000))
    b1 = registry.create_unit(ctx, UnitInput("DL55", "B", 2, "4", 60, 3, Regime.CAPPED,
                                             RentModel.PER_M2, 9_000))
    space = registry.create_common_space(ctx, "DL55", "DL55-SALA", "Sala comune", "Feste", 40, 30)
    born = date(1978, 4, 12)
    person = PersonInput("Rossi", "Mario", make_tax_code("Rossi", "Mario", born, "M", "F205"),
                         born, Sex.M, birth_place="Milano", citizenship="italiana")
    household = registry.create_household(ctx, HouseholdInput(phone="02 5551234"),
                                          [MemberInput(person, Relation.REFERENCE)])
    registry.create_lease(ctx, LeaseInput(household.id, a1.code, date(2026, 1, 1), 40_000))
    contractor = save_contractor(ctx, ContractorInput("Idraulica Lombarda srl", "Idraulico",
                                                      phone="02 7654321"))
    return SimpleNamespace(building=building, a1=a1, b1=b1, space=space, household=household,
                           contractor=contractor)


def leak(world, **fields) -> TicketInput:
    values = dict(category_code="plumbing", summary="Perdita d'acqua dal soffitto del bagno",
                  reporter_household_id=world.household.id, unit_id=world.a1.id)
    values.update(fields)
    return TicketInput(**values)
