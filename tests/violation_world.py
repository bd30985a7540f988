"""A small borgo for the violations tests: two resident households with a unit each, the
house rules in two versions (one household acknowledged both, the other only the first)."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

from borgo_desktop.identifiers import make_tax_code
from borgo_desktop.models import Household
from borgo_desktop.models.enums import HouseholdStatus, Regime, Relation, RentModel, Sex
from borgo_desktop.services.community import community
from borgo_desktop.services.registry import registry
from borgo_desktop.services.registry.forms import (
    BuildingInput, HouseholdInput, LeaseInput, MemberInput, PersonInput, UnitInput,
)

TODAY = date(2026, 11, 25)  # as the tests' ctx (tests/conftest.py)
RULES_V1 = "1. Silenzio dalle 22 alle 7.\n2. Gli spazi comuni si prenotano all'ufficio."
RULES_V2 = RULES_V1 + "\n3. Le biciclette si lasciano nel deposito,\n   non sulle scale."


def _person(surname, given, born, sex="F"):
    return PersonInput(surname, given, make_tax_code(surname, given, born, sex, "F205"), born,
                       Sex(sex))


def make_world(ctx) -> SimpleNamespace:
    registry.create_building(ctx, BuildingInput("DL55", "Cascina, civico 55", "Via De Lemene 55",
                                                "20151", 8))
    households = []
    for number, (surname, given, born) in enumerate(
            (("Rossi", "Mario", date(1978, 4, 12)), ("Bianchi", "Anna", date(1990, 2, 14))), 1):
        unit = registry.create_unit(ctx, UnitInput("DL55", "A", 1, str(number), 60, 3,
                                                   Regime.CAPPED, RentModel.PER_M2, 9000))
        household = registry.create_household(ctx, HouseholdInput(), [
            MemberInput(_person(surname, given, born, "M" if given == "Mario" else "F"),
                        Relation.REFERENCE)])
        registry.create_lease(ctx, LeaseInput(household.id, unit.code, date(2026, 1, 1), 45_000))
        households.append(household)
    with ctx.store.unit_of_work() as session:
        for household in households:
            session.get(Household, household.id).status = HouseholdStatus.RESIDENT
        session.commit()
    v1 = community.publish_rules(ctx, "Regolamento per la convivenza", RULES_V1, date(2026, 1, 1))
    v2 = community.publish_rules(ctx, "Regolamento per la convivenza", RULES_V2, date(2026, 9, 1))
    rossi, bianchi = households
    community.acknowledge(ctx, v1, rossi.id, date(2026, 1, 10))
    community.acknowledge(ctx, v2, rossi.id, date(2026, 9, 10))
    community.acknowledge(ctx, v1, bianchi.id, date(2026, 1, 15))
    return SimpleNamespace(rossi=rossi, bianchi=bianchi, v1=v1, v2=v2)
