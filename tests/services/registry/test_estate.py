"""The estate: buildings, units and common spaces edited and retired (never deleted)."""

from __future__ import annotations

from datetime import date, time

import pytest

from borgo_desktop.errors import UserError, ValidationError
from borgo_desktop.identifiers import make_tax_code
from borgo_desktop.models.enums import Regime, Relation, RentModel, RequesterKind, Sex, UnitStatus
from borgo_desktop.services.core import audit, search
from borgo_desktop.services.core.context import Actor, Context
from borgo_desktop.services.core.permissions import PermissionDenied
from borgo_desktop.services.registry import estate, registry
from borgo_desktop.services.registry.forms import (
    BuildingInput, HouseholdInput, LeaseInput, MemberInput, PersonInput, UnitInput,
)
from borgo_desktop.services.spaces import bookings
from borgo_desktop.services.spaces.bookings import BookingInput


def _unit_input(**fields) -> UnitInput:
    values = dict(building_code="DL59", staircase="B", floor=2, number="7", surface_m2=48.0,
                  rooms=2, regime=Regime.CAPPED, rent_model=RentModel.PER_M2,
                  rent_rate_cents=9_000, cadastral_sheet="112", cadastral_parcel="247",
                  cadastral_sub="703")
    return UnitInput(**(values | fields))


@pytest.fixture
def building(ctx):
    return registry.create_building(ctx, BuildingInput("DL59", "Ex fienile", "Via De Lemene 59",
                                                       "20151", 8))


def test_unit_rules_name_every_field(ctx, building):
    with pytest.raises(ValidationError) as refused:
        registry.create_unit(ctx, _unit_input(floor=70, surface_m2=4_000, rooms=40,
                                              cadastral_sheet="", cadastral_parcel="24/7",
                                              cadastral_sub="x"))
    problems = {k: v.text for k, v in refused.value.problems.items()}
    assert set(problems) == {"floor", "surface_m2", "rooms", "cadastral_sheet",
                             "cadastral_parcel", "cadastral_sub"}
    assert "da -3 a 40" in problems["floor"]
    assert "«Foglio»" in problems["cadastral_sheet"]
    assert "24/7" in problems["cadastral_parcel"]


def test_the_unit_form_changes_only_the_statuses_it_owns(ctx, building):
    unit = registry.create_unit(ctx, _unit_input())
    edited = registry.update_unit(ctx, unit.id, _unit_input(surface_m2=50.5,
                                                            status=UnitStatus.RENOVATION))
    assert (edited.surface_m2, edited.status, edited.cadastral_parcel) == (
        50.5, UnitStatus.RENOVATION, "247")
    with pytest.raises(ValidationError) as refused:
        registry.update_unit(ctx, unit.id, _unit_input(status=UnitStatus.LET))
    assert "«Locato»" in refused.value.problems["status"].text
    with pytest.raises(ValidationError):
        registry.update_unit(ctx, unit.id, _unit_input(status=UnitStatus.RETIRED))


def test_a_let_unit_is_retired_only_after_the_lease_ends(ctx, building):
    unit = registry.create_unit(ctx, _unit_input())
    born = date(1975, 5, 17)
    detail = registry.create_household(ctx, HouseholdInput(), [MemberInput(PersonInput(
        "Ferrari", "Paolo", make_tax_code("Ferrari", "Paolo", born, "M", "F205"), born, Sex.M,
        "Milano"), Relation.REFERENCE)], joined_on=date(2025, 12, 1))
    registry.create_lease(ctx, LeaseInput(detail.id, unit.code, date(2026, 1, 1), 36_000))
    with pytest.raises(UserError, match="contratto in corso"):
        estate.retire_unit(ctx, unit.id)
    registry.household_leaves(ctx, detail.id, date(2026, 10, 31))
    with pytest.raises(UserError, match="fine dell'ultimo contratto"):
        estate.retire_unit(ctx, unit.id, date(2026, 10, 1))
    retired = estate.retire_unit(ctx, unit.id, date(2026, 11, 2))
    assert (retired.status, retired.retired_on) == (UnitStatus.RETIRED, date(2026, 11, 2))
    assert registry.get_household(ctx, detail.id).leases[0].unit_code == unit.code  # kept
    with pytest.raises(UserError, match="già dismesso"):
        estate.retire_unit(ctx, unit.id)


def test_building_edited_then_retired_with_its_spaces(ctx, admin_ctx, building):
    unit = registry.create_unit(ctx, _unit_input())
    edited = estate.update_building(ctx, building.id, BuildingInput(
        "DL59", "Cascina Boldinasco - Ex fienile", "Via De Lemene 59", "20151", 8))
    assert edited.name == "Cascina Boldinasco - Ex fienile"
    assert search.search(ctx, "fienile")  # the units' index carries the new name
    with pytest.raises(ValidationError) as refused:
        estate.update_building(ctx, building.id, BuildingInput("DL60", "X", "Via Y 1", "20151"))
    assert "non si cambia" in refused.value.problems["code"].text

    space = estate.save_common_space(ctx, estate.CommonSpaceInput(
        "DL59", "dl59-sala", "Sala del fienile", "Feste", 40, 30))
    assert space.code == "DL59-SALA" and space.bookable
    bookings.create(ctx, BookingInput(space.id, "Festa", "Comitato", RequesterKind.RESIDENT,
                                      date(2026, 12, 5), time(18), time(20)))
    with pytest.raises(UserError, match="ancora 1 alloggi"):
        estate.retire_building(ctx, building.id)
    estate.retire_unit(ctx, unit.id)
    with pytest.raises(UserError, match="1 prenotazioni"):
        estate.retire_building(ctx, building.id)
    booked = bookings.week(ctx, date(2026, 11, 30), space.id)
    bookings.cancel(ctx, booked[0].id)
    retired = estate.retire_building(ctx, building.id, date(2026, 11, 20))
    assert retired.retired_on == date(2026, 11, 20)
    (space_after,) = estate.list_common_spaces(ctx, "DL59")
    assert (space_after.bookable, space_after.retired_on) == (False, date(2026, 11, 20))
    (row,) = estate.list_estate_buildings(ctx)
    assert row[1:] == (0, 1)  # no unit in use, one in all
    actions = [e.action for e in audit.list_entries(admin_ctx, limit=3)]
    assert actions[0] == "building.retire" and "unit.retire" in actions


def test_a_retirement_day_cannot_be_in_the_future(ctx, building):
    unit = registry.create_unit(ctx, _unit_input())
    with pytest.raises(UserError, match="nel futuro"):
        estate.retire_unit(ctx, unit.id, date(2027, 1, 1))


@pytest.mark.parametrize("role", ["front_desk", "facility_manager", "social_worker"])
def test_only_manager_and_administrator_change_the_estate(ctx, building, role):
    other = Context(store=ctx.store, actor=Actor("x", role), today=ctx.today)
    with pytest.raises(PermissionDenied):
        registry.create_unit(other, _unit_input())
    admin = Context(store=ctx.store, actor=Actor("boss", "admin"), today=ctx.today)
    assert registry.create_unit(admin, _unit_input(number=role)).code == f"DL59-B-{role.upper()}"
