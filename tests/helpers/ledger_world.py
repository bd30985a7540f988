"""A small place for the ledger tests: one building, three units (capped rent per m², income
band, flat temporary fee) and three households living in them, built through the services."""

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


def as_role(ctx, role: str, username: str | None = None):
    return dataclasses.replace(ctx, actor=Actor(username or f"user_{role}", role))


def person(surname: str, given: str, born: date, sex: str = "F") -> PersonInput:
    return PersonInput(surname, given, make_tax_code(surname, given, born, sex, "F205"), born,
                       Sex(sex), birth_place="Milano", citizenship="italiana")


def build_world(ctx, *, starts_on: date = date(2026, 1, 1)) -> SimpleNamespace:
    registry.create_building(ctx, BuildingInput("DL55", "Casa padronale", "Via De Lemene 55",
                                                "20151", 8))
    capped = registry.create_unit(ctx, UnitInput("DL55", "A", 1, "1", 60, 3, Regime.CAPPED,
                                                 RentModel.PER_M2, 9_000))
    public = registry.create_unit(ctx, UnitInput("DL55", "B", 0, "2", 45, 2, Regime.PUBLIC,
                                                 RentModel.INCOME_BAND))
    temporary = registry.create_unit(ctx, UnitInput("DL55", "C", 2, "3", 30, 1,
                                                    Regime.TEMPORARY, RentModel.FLAT, 20_000))
    rossi = registry.create_household(
        ctx, HouseholdInput(phone="02 5551234"),
        [MemberInput(person("Rossi", "Maria", date(1978, 4, 12)), Relation.REFERENCE),
         MemberInput(person("Rossi", "Luca", date(2008, 3, 1), "M"), Relation.CHILD)])
    bianchi = registry.create_household(
        ctx, HouseholdInput(isee_cents=800_000, isee_expires_on=date(2027, 12, 31)),
        [MemberInput(person("Bianchi", "Anna", date(1950, 6, 2)), Relation.REFERENCE)])
    verdi = registry.create_household(
        ctx, HouseholdInput(),
        [MemberInput(person("Verdi", "Paolo", date(1990, 9, 9), "M"), Relation.REFERENCE)])
    registry.create_lease(ctx, LeaseInput(rossi.id, capped.code, starts_on, 45_000))
    registry.create_lease(ctx, LeaseInput(bianchi.id, public.code, starts_on, 12_000))
    registry.create_lease(ctx, LeaseInput(verdi.id, temporary.code, starts_on, 20_000))
    return SimpleNamespace(capped=capped, public=public, temporary=temporary, rossi=rossi,
                           bianchi=bianchi, verdi=verdi)
