"""Demo data for the data-protection tools: consents with their dates, and two households
that left the project long ago (one already past the retention rule, one not yet)."""

from __future__ import annotations

import dataclasses
import random
from datetime import date, timedelta

from sqlalchemy import select

from borgo_desktop.identifiers import make_tax_code
from borgo_desktop.models import Household, Person
from borgo_desktop.models.enums import ConsentMethod, ConsentPurpose, Relation, Sex
from borgo_desktop.services import privacy
from borgo_desktop.services.registry import registry
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.registry.forms import HouseholdInput, MemberInput, PersonInput

MILANO = "F205"
# (surname, given name, sex, born) per member, joined on, left on
LEFT_LONG_AGO = [
    ([("Sartori", "Elena", "F", date(1948, 3, 9))], date(2015, 5, 4), date(2019, 2, 28)),
    ([("Longo", "Davide", "M", date(1983, 10, 2)), ("Longo", "Irene", "F", date(1985, 6, 17))],
     date(2017, 9, 1), date(2023, 4, 30)),
]


def build_data_protection(ctx: Context, demo_actor, seed: int) -> None:
    """Consents for some of the demo's people, and the two old households above."""
    rng = random.Random(seed)
    on = dataclasses.replace(ctx, actor=demo_actor)
    for members, joined, left in LEFT_LONG_AGO:
        people = [MemberInput(PersonInput(surname, given, make_tax_code(surname, given, born, sex,
                                                                         MILANO),
                                          born, Sex(sex), birth_place="Milano",
                                          citizenship="italiana"),
                              Relation.REFERENCE if n == 0 else Relation.SPOUSE)
                  for n, (surname, given, sex, born) in enumerate(members)]
        then = dataclasses.replace(on, today=lambda day=joined: day)
        household = registry.create_household(then, HouseholdInput(phone="02 3456789"), people,
                                              joined_on=joined)
        registry.household_leaves(dataclasses.replace(on, today=lambda day=left: day),
                                  household.id, left)
    with ctx.store.read() as session:
        references = session.scalars(
            select(Person.id).join(Household, Household.reference_person_id == Person.id)
            .order_by(Household.code)).all()
    purposes = list(ConsentPurpose)
    for index, person_id in enumerate(references[:24]):
        given = date(2026, 1, 15) + timedelta(days=rng.randint(0, 200))
        for purpose in rng.sample(purposes, rng.randint(1, 3)):
            at = dataclasses.replace(on, today=lambda day=given: day)
            consent = privacy.record_consent(at, person_id, purpose, given,
                                             rng.choice(list(ConsentMethod)))
            if index % 7 == 3:  # a few changed their mind
                withdrawn = given + timedelta(days=30)
                privacy.withdraw_consent(dataclasses.replace(on, today=lambda d=withdrawn: d),
                                         consent.id, withdrawn)
