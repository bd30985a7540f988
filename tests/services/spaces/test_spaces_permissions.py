"""Every role × every protected call of the spaces and community area (table-driven)."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from borgo_desktop.errors import UserError
from borgo_desktop.models.enums import Audience, ServiceKind
from borgo_desktop.services.spaces import bookings, spaces
from borgo_desktop.services.community import community
from borgo_desktop.services.spaces.exports import export_bookings
from borgo_desktop.services.core.context import ROLES, Actor, Context
from borgo_desktop.services.core.permissions import Permission, PermissionDenied, allowed
from helpers.spaces_support import booking, make_spaces

P = Permission
NOBODY = uuid.UUID(int=1)  # no such record: an allowed call fails later, never on permission
CALLS = {
    "prenotare": (P.BOOKING_CREATE, lambda c, w, tmp: bookings.create(
        c, booking(w["SALA"], date(2026, 12, 19), "10:00", "11:00"))),
    "annullare": (P.BOOKING_CREATE, lambda c, w, tmp: bookings.cancel(c, NOBODY)),
    "presenze e chiavi": (P.BOOKING_CREATE,
                          lambda c, w, tmp: bookings.record_use(c, NOBODY, actual_attendance=1)),
    "approvare": (P.BOOKING_APPROVE, lambda c, w, tmp: bookings.approve(c, NOBODY)),
    "spazio": (P.SPACE_MANAGE, lambda c, w, tmp: spaces.update_space(
        c, w["SALA"], spaces.SpaceInput(50))),
    "esportare": (P.EXPORT_PERSONAL, lambda c, w, tmp: export_bookings(c, tmp / "x.csv")),
    "gruppo": (P.COMMUNITY_MANAGE, lambda c, w, tmp: community.save_group(c, "Gruppo")),
    "membro": (P.COMMUNITY_MANAGE, lambda c, w, tmp: community.add_member(c, NOBODY, NOBODY)),
    "evento": (P.COMMUNITY_MANAGE, lambda c, w, tmp: community.create_event(
        c, community.EventInput("Festa", date(2026, 6, 1), "Cortile", Audience.BORGO))),
    "regolamento": (P.COMMUNITY_MANAGE, lambda c, w, tmp: community.publish_rules(
        c, "Regole", "Testo", date(2026, 1, 1))),
    "presa visione": (P.COMMUNITY_RECORD,
                      lambda c, w, tmp: community.acknowledge(c, NOBODY, NOBODY)),
    "servizio autogestito": (P.COMMUNITY_MANAGE,
                             lambda c, w, tmp: community.save_self_service(c, "Orto")),
    "turni": (P.COMMUNITY_MANAGE, lambda c, w, tmp: community.plan_rota(
        c, NOBODY, [NOBODY], date(2026, 1, 1), 1)),
    "turno fatto": (P.COMMUNITY_RECORD, lambda c, w, tmp: community.record_turn(c, NOBODY, True)),
    "servizio del quartiere": (P.COMMUNITY_MANAGE, lambda c, w, tmp: community.save_service(
        c, community.ServiceInput("CAF", ServiceKind.CAF, "Via X 1"))),
    "modifica evento": (P.COMMUNITY_MANAGE, lambda c, w, tmp: community.update_event(
        c, NOBODY, community.EventInput("Festa", date(2026, 6, 1), "Cortile", Audience.BORGO))),
    "elimina evento": (P.COMMUNITY_MANAGE, lambda c, w, tmp: community.delete_event(c, NOBODY)),
    "elimina servizio": (P.COMMUNITY_MANAGE,
                         lambda c, w, tmp: community.delete_service(c, NOBODY)),
    "togli membro": (P.COMMUNITY_MANAGE,
                     lambda c, w, tmp: community.remove_member(c, NOBODY, NOBODY)),
    "evento (lettura)": (P.REGISTRY_READ, lambda c, w, tmp: community.get_event(c, NOBODY)),
    "gruppi (lettura)": (P.REGISTRY_READ, lambda c, w, tmp: community.list_groups(c)),
    "cifre (lettura)": (P.REGISTRY_READ,
                        lambda c, w, tmp: community.participation_figures(c, 2026)),
}


@pytest.fixture
def rooms(ctx):
    return make_spaces(ctx)


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name", list(CALLS))
def test_role_by_operation(store, rooms, tmp_path, role, name):
    permission, call = CALLS[name]
    ctx = Context(store, Actor("x", role), today=lambda: date(2026, 11, 25))
    if allowed(ctx.actor, permission):
        try:
            call(ctx, rooms, tmp_path)
        except PermissionDenied:  # pragma: no cover - the failure message says it all
            pytest.fail(f"{role} should be allowed to {name}")
        except UserError:
            pass  # refused for another reason (no such record): permission granted
    else:
        with pytest.raises(PermissionDenied):
            call(ctx, rooms, tmp_path)


def test_the_table_gives_bookings_to_everyone_and_approval_to_the_manager():
    assert all(allowed(Actor("x", r), P.BOOKING_CREATE) for r in ROLES)
    assert [r for r in ROLES if allowed(Actor("x", r), P.BOOKING_APPROVE)] == ["manager"]
    assert [r for r in ROLES if allowed(Actor("x", r), P.SPACE_MANAGE)] == [
        "facility_manager", "manager"]
    assert [r for r in ROLES if allowed(Actor("x", r), P.COMMUNITY_MANAGE)] == ["manager"]
    # The front desk records what households did (rules acknowledged, turns done or missed).
    assert [r for r in ROLES if allowed(Actor("x", r), P.COMMUNITY_RECORD)] == [
        "front_desk", "manager"]
