"""Two seats of the office editing the same household: the second save is refused, never a
silent overwrite (optimistic ``row_version``), on SQLite and on PostgreSQL."""

from __future__ import annotations

from dataclasses import replace

import pytest

from borgo_desktop.errors import StaleEdit
from borgo_desktop.models.registry import Household
from borgo_desktop.services.core.context import Actor, Context
from borgo_desktop.services.registry import registry
from borgo_desktop.services.registry.forms import HouseholdInput, PersonInput
from borgo_desktop.store import Store
from tests.helpers.case_world import TODAY, household

pytestmark = pytest.mark.postgres


@pytest.fixture
def seats(dialect_store):
    """Two seats: the same database opened twice (two engines, two connection pools)."""
    url = dialect_store.engine.url.render_as_string(hide_password=False)
    second = Store.open(url, migrate=False)
    first = Context(dialect_store, Actor("anna", "manager", "Anna Bassi"), today=lambda: TODAY)
    other = Context(second, Actor("bruno", "manager", "Bruno Gatti"), today=lambda: TODAY)
    yield first, other
    second.close()


def as_input(detail, **changes) -> HouseholdInput:
    return replace(HouseholdInput(phone=detail.phone, email=detail.email, notes=detail.notes,
                                  version=detail.version), **changes)


def test_the_second_seat_saving_what_it_read_before_the_first_saved_is_refused(seats):
    anna, bruno = seats
    household_id = household(anna, "Rossi", "Maria")
    read_by_anna = registry.get_household(anna, household_id)
    read_by_bruno = registry.get_household(bruno, household_id)

    registry.update_household(bruno, household_id, as_input(read_by_bruno, phone="02 1234 5678"))
    with pytest.raises(StaleEdit) as refused:
        registry.update_household(anna, household_id, as_input(read_by_anna, notes="di Anna"))

    assert refused.value.params["user"] == "bruno"
    assert refused.value.text.startswith("Modificato da bruno alle ")
    assert refused.value.text.endswith("; ricarica per vedere le modifiche.")
    now = registry.get_household(anna, household_id)
    assert (now.phone, now.notes) == ("02 1234 5678", "")  # Bruno's change stands, nothing merged
    # reloading gives the new version: the same edit then goes through
    registry.update_household(anna, household_id, as_input(now, notes="di Anna"))
    assert registry.get_household(bruno, household_id).notes == "di Anna"


def test_two_units_of_work_racing_on_the_same_row_the_database_refuses_the_second(seats):
    """Both seats read inside their transactions before either writes: the UPDATE's
    ``WHERE row_version = …`` catches what no check in Python could."""
    anna, bruno = seats
    if anna.store.dialect == "sqlite":
        pytest.skip("SQLite serialises the writers (BEGIN IMMEDIATE): this race cannot happen")
    household_id = household(anna, "Verdi", "Lia")
    with pytest.raises(StaleEdit, match="Modificato da bruno alle"):
        with anna.store.unit_of_work() as session_a:
            mine = session_a.get(Household, household_id)
            mine.notes = "Anna"
            with bruno.store.unit_of_work() as session_b:
                theirs = session_b.get(Household, household_id)
                theirs.notes, theirs.updated_by = "Bruno", "bruno"
                session_b.commit()
            session_a.commit()
    assert registry.get_household(anna, household_id).notes == "Bruno"


def test_the_version_moves_at_every_save_and_members_carry_theirs(seats):
    anna, bruno = seats
    household_id = household(anna, "Bianchi", "Ida")
    before = registry.get_household(anna, household_id)
    after = registry.update_household(anna, household_id, as_input(before, phone="02 5555 1234"))
    assert after.version == before.version + 1

    person = registry.get_person(anna, before.members[0].person.id)
    stale = registry.get_person(bruno, person.id)
    fields = dict(surname=person.surname, given_name=person.given_name, tax_code=person.tax_code,
                  birth_date=person.birth_date, sex=person.sex)
    registry.update_person(anna, person.id, PersonInput(**fields, phone="02 1111 2222", version=person.version))
    with pytest.raises(StaleEdit, match="Modificato da anna"):
        registry.update_person(bruno, person.id, PersonInput(**fields, phone="02 3333 4444", version=stale.version))
    assert registry.get_person(bruno, person.id).phone == "02 1111 2222"
