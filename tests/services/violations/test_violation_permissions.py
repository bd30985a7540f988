"""Every role against every violations and guests call: allowed, or PermissionDenied and
audited. The desk reports and registers guests; only a manager verifies, warns, issues a
formal notice or escalates; social workers read; facility staff and the administrator see
nothing of it. The table covers every public function of the area's modules."""

from __future__ import annotations

import inspect
import uuid
from datetime import date

import pytest

from borgo_desktop.models.violations import GuestRelation, ViolationOutcome
from borgo_desktop.services.core import audit
from borgo_desktop.services.core.context import ROLES, Actor, Context
from borgo_desktop.services.core.permissions import Permission, PermissionDenied, allowed
from borgo_desktop.services.violations import guests, printing, rules, views, workflow
from borgo_desktop.services.violations.workflow import StepInput, ViolationInput
from helpers.permission_matrix import refused_roles
from violation_world import make_world

P = Permission
NOBODY = uuid.UUID(int=1)


@pytest.fixture
def world(ctx, tmp_path):
    w = make_world(ctx)
    w.tmp = tmp_path
    return w


def _report(c, w):
    return workflow.report(c, ViolationInput(w.rossi.id, "noise", date(2026, 11, 2), "Vicini",
                                             "Musica alta", 1))


CALLS = {
    "workflow.report": (P.VIOLATION_REPORT, _report),
    "workflow.advance.verify": (P.VIOLATION_MANAGE, lambda c, w: workflow.advance(
        c, NOBODY, "verify")),
    "workflow.advance.resolve": (P.VIOLATION_MANAGE, lambda c, w: workflow.advance(
        c, NOBODY, "resolve", StepInput(outcome=ViolationOutcome.COMPLIED))),
    "workflow.advance.formal_notice": (P.VIOLATION_NOTICE, lambda c, w: workflow.advance(
        c, NOBODY, "formal_notice")),
    "workflow.advance.escalate": (P.VIOLATION_NOTICE, lambda c, w: workflow.advance(
        c, NOBODY, "escalate", StepInput("x"))),
    "views.get_violation": (P.VIOLATION_READ, lambda c, w: views.get_violation(c, NOBODY)),
    "views.household_violations": (P.VIOLATION_READ,
                                   lambda c, w: views.household_violations(c, w.rossi.id)),
    "views.list_categories": (P.VIOLATION_READ, lambda c, w: views.list_categories(c)),
    "rules.acknowledged_rules": (P.VIOLATION_READ, lambda c, w: rules.acknowledged_rules(
        c, w.rossi.id, date(2026, 11, 2))),
    "printing.print_letter": (P.VIOLATION_READ, lambda c, w: printing.print_letter(
        c, NOBODY, w.tmp / "x.pdf")),
    "guests.register_guest": (P.VIOLATION_REPORT, lambda c, w: guests.register_guest(
        c, guests.GuestInput(w.rossi.id, "Luca Sala", GuestRelation.OTHER, date(2026, 11, 1),
                             date(2026, 12, 1)))),
    "guests.authorise_stay": (P.VIOLATION_MANAGE, lambda c, w: guests.authorise_stay(c, NOBODY)),
    "guests.renew_stay": (P.VIOLATION_MANAGE,
                          lambda c, w: guests.renew_stay(c, NOBODY, date(2027, 1, 1))),
    "guests.end_stay": (P.VIOLATION_REPORT, lambda c, w: guests.end_stay(c, NOBODY)),
    "guests.guest_register": (P.VIOLATION_READ, lambda c, w: guests.guest_register(c)),
    "guests.current_limits": (P.VIOLATION_READ, lambda c, w: guests.current_limits(c)),
}

UNGUARDED = {
    "workflow.available_steps",  # pure: which buttons a status offers
    "workflow.categories_in", "workflow.next_code", "rules.acknowledged_in", "rules.articles",
    "guests.limits_in",  # session helpers
    "views.category_label", "printing.letter_kind",  # formatting
}

MODULES = {"workflow": workflow, "views": views, "rules": rules, "guests": guests,
           "printing": printing}


def test_the_table_covers_every_public_service_call():
    public = {f"{prefix}.{name}" for prefix, module in MODULES.items()
              for name, fn in inspect.getmembers(module, inspect.isfunction)
              if not name.startswith("_") and fn.__module__ == module.__name__}
    covered = {".".join(name.split(".")[:2]) for name in CALLS}
    assert public - covered - UNGUARDED == set()


def test_only_managers_issue_formal_notices():
    assert [r for r in ROLES if allowed(Actor("x", r), P.VIOLATION_NOTICE)] == ["manager"]
    assert allowed(Actor("x", "front_desk"), P.VIOLATION_REPORT)
    assert not any(allowed(Actor("x", r), P.VIOLATION_READ) for r in ("facility_manager", "admin"))


@pytest.mark.parametrize("name", list(CALLS))
def test_every_role_against_every_call(ctx, admin_ctx, world, name):
    permission, call = CALLS[name]
    for role in refused_roles(ctx, name, lambda actor: allowed(actor, permission), call, world):
        last = audit.list_entries(admin_ctx, limit=1)[0]
        assert (last.action, last.actor, last.detail) == (
            "permission_denied", f"u_{role}", permission.value), (role, name)


def test_the_desk_reports_but_the_manager_takes_the_steps(ctx, world, tmp_path):
    desk = Context(store=ctx.store, actor=Actor("sportello", "front_desk"), today=ctx.today)
    vid = _report(desk, world)
    with pytest.raises(PermissionDenied):
        workflow.advance(desk, vid, "verify")
    workflow.advance(ctx, vid, "verify")
    workflow.advance(ctx, vid, "formal_notice")
    with pytest.raises(PermissionDenied):  # reading is not enough to print a formal notice
        printing.print_letter(desk, vid, tmp_path / "diffida.pdf")
    assert printing.print_letter(ctx, vid, tmp_path / "diffida.pdf").exists()
