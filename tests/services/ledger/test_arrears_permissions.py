"""Every role against every arrears call (alerts, ladder, plans, no-fault, letters): allowed
or PermissionDenied and audited; the table covers every public function of those modules."""

from __future__ import annotations

import inspect
import uuid
from datetime import date

import pytest

from borgo_desktop.models.arrears import ArrearsCause, LadderStep
from borgo_desktop.services.core import audit
from borgo_desktop.services.core.context import ROLES, Actor
from borgo_desktop.services.ledger import (
    arrears_file, arrears_printing, ladder, nofault, plans, support, warnings,
)
from borgo_desktop.services.core.permissions import Permission, allowed
from helpers.permission_matrix import refused_roles

P = Permission
NOBODY = uuid.UUID(int=1)

CALLS = {
    "warnings.run_warnings": (P.LEDGER_READ, lambda c, w: warnings.run_warnings(c)),
    "warnings.my_alerts": (P.CASE_READ, lambda c, w: warnings.my_alerts(c)),
    "warnings.proposals": (P.CASE_OVERVIEW, lambda c, w: warnings.proposals(c)),
    "warnings.first_proposals": (P.CASE_OVERVIEW, lambda c, w: warnings.first_proposals(c, 5)),
    "warnings.mark_seen": (P.CASE_READ, lambda c, w: warnings.mark_seen(c, NOBODY)),
    "warnings.open_case_for": (P.CASE_ASSIGN, lambda c, w: warnings.open_case_for(c, NOBODY)),
    "ladder.take_step.reminder": (P.PAYMENT_RECORD, lambda c, w: ladder.take_step(
        c, NOBODY, LadderStep.FRIENDLY_REMINDER)),
    "ladder.take_step.meeting": (P.ARREARS_FOLLOW, lambda c, w: ladder.take_step(
        c, NOBODY, LadderStep.SOCIAL_MEETING)),
    "ladder.take_step.notice": (P.ARREARS_LEGAL, lambda c, w: ladder.take_step(
        c, NOBODY, LadderStep.FORMAL_NOTICE)),
    "plans.propose_plan": (P.ARREARS_FOLLOW, lambda c, w: plans.propose_plan(
        c, NOBODY, plans.PlanInput(3, date(2026, 12, 10)))),
    "plans.sign_plan": (P.ARREARS_FOLLOW, lambda c, w: plans.sign_plan(c, NOBODY)),
    "plans.withdraw_plan": (P.ARREARS_FOLLOW, lambda c, w: plans.withdraw_plan(c, NOBODY, "x")),
    "plans.revise_plan": (P.ARREARS_FOLLOW, lambda c, w: plans.revise_plan(
        c, NOBODY, plans.PlanInput(3, date(2026, 12, 10)))),
    "plans.review_plans": (P.LEDGER_READ, lambda c, w: plans.review_plans(c)),
    "nofault.open_assessment": (P.ARREARS_FOLLOW, lambda c, w: nofault.open_assessment(
        c, NOBODY, nofault.NoFaultInput(ArrearsCause.JOB_LOSS))),
    "nofault.update_assessment": (P.ARREARS_FOLLOW, lambda c, w: nofault.update_assessment(
        c, NOBODY, nofault.NoFaultInput(ArrearsCause.JOB_LOSS))),
    "nofault.decide": (P.ARREARS_FOLLOW, lambda c, w: nofault.decide(c, NOBODY, False)),
    "arrears_file.reminders_to_send": (P.PAYMENT_RECORD,
                                       lambda c, w: arrears_file.reminders_to_send(c)),
    "arrears_printing.print_step_letter": (P.EXPORT_PERSONAL, lambda c, w:
                                           arrears_printing.print_step_letter(c, NOBODY, "x.pdf")),
    "arrears_printing.print_plan": (P.ARREARS_FOLLOW, lambda c, w: arrears_printing.print_plan(
        c, NOBODY, "x.pdf")),
}
UNGUARDED = {
    "warnings.rules_in", "warnings.pending_reminder", "warnings.household_alerts",
    "warnings.open_cases_of", "ladder.done_steps", "ladder.next_steps", "plans.schedule",
    "plans.recovered_in", "plans.view_in", "plans.household_plans", "nofault.required_documents",
    "nofault.drop_percent", "nofault.household_assessments", "arrears_file.file_in",
    "arrears_file.ladder_status", "support.support_reasons", "support.supported_households",
    # arrears_file: as the ledger's balances (all with LEDGER_READ, own caseload otherwise)
    "arrears_file.arrears_file",
}
MODULES = {"warnings": warnings, "ladder": ladder, "plans": plans, "nofault": nofault,
           "arrears_file": arrears_file, "arrears_printing": arrears_printing, "support": support}


def test_the_table_covers_every_public_arrears_call():
    public = {f"{prefix}.{name}" for prefix, module in MODULES.items()
              for name, fn in inspect.getmembers(module, inspect.isfunction)
              if not name.startswith("_") and fn.__module__ == module.__name__}
    covered = {".".join(name.split(".")[:2]) for name in CALLS}
    assert public - covered - UNGUARDED == set()


def test_only_managers_take_legal_steps_and_facility_staff_nothing():
    assert [r for r in ROLES if allowed(Actor("x", r), P.ARREARS_LEGAL)] == ["manager"]
    assert {r for r in ROLES if allowed(Actor("x", r), P.ARREARS_FOLLOW)} == {
        "social_worker", "manager"}
    assert not any(allowed(Actor("x", "facility_manager"), p) for p in (
        P.ARREARS_FOLLOW, P.ARREARS_LEGAL, P.LEDGER_READ, P.LEDGER_CASELOAD))


@pytest.mark.parametrize("name", list(CALLS))
def test_every_role_against_every_arrears_call(ctx, admin_ctx, world, name, tmp_path,
                                              monkeypatch):
    monkeypatch.chdir(tmp_path)
    permission, call = CALLS[name]
    for role in refused_roles(ctx, name, lambda actor: allowed(actor, permission), call, world):
        last = audit.list_entries(admin_ctx, limit=1)[0]
        assert (last.action, last.actor) == ("permission_denied", f"u_{role}"), (role, name)
