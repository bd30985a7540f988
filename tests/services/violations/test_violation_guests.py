"""The register of guests: the hosting limits of the rules, authorisation, one renewal,
a stay past its end shows as such."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from borgo_desktop.errors import UserError, ValidationError
from borgo_desktop.models.violations import GuestRelation, GuestState
from borgo_desktop.services.violations import guests
from borgo_desktop.services.violations.guests import GuestInput
from violation_world import make_world


@pytest.fixture
def world(ctx):
    return make_world(ctx)


def test_the_limits_of_the_rules_hold(ctx, world):
    with pytest.raises(ValidationError) as refused:
        guests.register_guest(ctx, GuestInput(world.rossi.id, "Luca Sala", GuestRelation.OTHER,
                                              date(2026, 11, 1), date(2027, 6, 1)))
    assert "6 mesi" in refused.value.problems["planned_until"].text
    # A parent may stay twelve months.
    guests.register_guest(ctx, GuestInput(world.rossi.id, "Rosa Rossi",
                                          GuestRelation.PARENT_OR_CHILD, date(2026, 11, 1),
                                          date(2027, 10, 31)))
    with pytest.raises(ValidationError) as refused:
        guests.register_guest(ctx, GuestInput(world.rossi.id, " ", GuestRelation.OTHER,
                                              date(2026, 11, 1), date(2026, 10, 1),
                                              tax_code="RSSMRA00A01F205"))
    assert set(refused.value.problems) == {"guest_name", "planned_until", "tax_code"}


def test_authorised_then_renewed_once_then_past_its_end(ctx, world):
    stay = guests.register_guest(ctx, GuestInput(world.bianchi.id, "Karim Benali",
                                                 GuestRelation.OTHER_RELATIVE, date(2026, 6, 1),
                                                 date(2026, 11, 30)))
    [view] = guests.guest_register(ctx)
    assert view.state == GuestState.TO_AUTHORISE
    with pytest.raises(UserError, match="autorizzata"):
        guests.renew_stay(ctx, stay, date(2027, 3, 1))
    guests.authorise_stay(ctx, stay)
    renewal = guests.renew_stay(ctx, stay, date(2027, 5, 31), "Contratto di lavoro prorogato")
    [view] = guests.guest_register(ctx)
    assert (view.id, view.renewal, view.state) == (renewal, True, GuestState.AUTHORISED)
    with pytest.raises(UserError, match="1 rinnovi"):
        guests.renew_stay(ctx, renewal, date(2027, 8, 31))
    later = dataclasses.replace(ctx, today=lambda: date(2027, 6, 10))
    [view] = guests.guest_register(later)
    assert view.state == GuestState.OVERDUE
    guests.end_stay(later, renewal)
    assert guests.guest_register(later) == []
    assert [v.state for v in guests.guest_register(later, include_ended=True)] == [
        GuestState.ENDED, GuestState.ENDED]
