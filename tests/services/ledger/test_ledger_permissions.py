"""Every role against every ledger service call: allowed, or PermissionDenied and audited.
The desk records payments and reads balances, a manager also charges, a social worker sees
the own caseload only (checked in test_balances), facility staff and the administrator see
nothing of it. The table covers every public function of the ledger's service modules."""

from __future__ import annotations

import inspect
import uuid
from datetime import date

import pytest

from borgo_desktop.errors import UserError
from borgo_desktop.services.core import audit
from borgo_desktop.services.core.context import ROLES, Actor, Context
from borgo_desktop.services.ledger import balances, charges, payments
from borgo_desktop.services.core.permissions import Permission, PermissionDenied, allowed

P = Permission
NOBODY = uuid.UUID(int=1)

CALLS = {
    "charges.charge_run": (P.LEDGER_CHARGE,
                           lambda c, w: charges.charge_run(c, "2026-12", dry_run=True)),
    "charges.add_charge": (P.LEDGER_CHARGE, lambda c, w: charges.add_charge(
        c, w.verdi.id, 1_000, date(2026, 12, 1), "keys")),
    "charges.credit_note": (P.LEDGER_CHARGE,
                            lambda c, w: charges.credit_note(c, NOBODY, 100, "prova")),
    "charges.reconcile_services": (P.LEDGER_CHARGE, lambda c, w: charges.reconcile_services(
        c, w.verdi.id, 2025, 0)),
    "charges.service_breakdown": (P.LEDGER_READ,
                                  lambda c, w: charges.service_breakdown(c, 50, 1, 2)),
    "payments.record_payment": (P.PAYMENT_RECORD,
                                lambda c, w: payments.record_payment(c, w.verdi.id, 1_000)),
    "payments.reverse_payment": (P.PAYMENT_RECORD,
                                 lambda c, w: payments.reverse_payment(c, NOBODY, "errore")),
    "payments.payments_of": (P.PAYMENT_RECORD, lambda c, w: payments.payments_of(c, w.verdi.id)),
    "balances.household_balance": (P.LEDGER_READ,
                                   lambda c, w: balances.household_balance(c, w.verdi.id)),
    "balances.statement": (P.LEDGER_READ, lambda c, w: balances.statement(c, w.verdi.id)),
    "balances.last_months": (P.LEDGER_READ, lambda c, w: balances.last_months(c, w.verdi.id)),
    "balances.arrears": (P.LEDGER_READ, lambda c, w: balances.arrears(c)),
    "balances.count_arrears": (P.LEDGER_READ, lambda c, w: balances.count_arrears(c)),
    "balances.arrears_for": (P.LEDGER_READ, lambda c, w: balances.arrears_for(c, [w.verdi.id])),
    "balances.rebuild_accounts": (P.LEDGER_CHARGE, lambda c, w: balances.rebuild_accounts(c)),
}
# Session helpers and pure functions (the caller holds the permission).
UNGUARDED = {
    "charges.charge_view", "charges.run_key", "charges.monthly_charges",
    "payments.payment_view", "payments.next_receipt_no", "payments.check_amount",
    "payments.add_payment", "payments.reversed_so_far", "payments.add_reversal",
    "balances.bucket_of", "balances.months_owed", "balances.caseload_ids",
    "balances.may_read_all", "balances.visible", "balances.refuse",
    "balances.require_some_access", "balances.balance_in", "balances.statement_in",
    "balances.month_start", "balances.may_see",  # a yes or no for the window, no data
}
# The caseload permission reaches these too (filtered to the worker's households).
CASELOAD = {"balances.household_balance", "balances.statement", "balances.last_months",
            "balances.arrears", "balances.count_arrears", "balances.arrears_for"}


def _public(module, prefix):
    return {f"{prefix}.{name}" for name, fn in inspect.getmembers(module, inspect.isfunction)
            if not name.startswith("_") and fn.__module__ == module.__name__}


def test_the_table_covers_every_public_ledger_call():
    public = _public(charges, "charges") | _public(payments, "payments") | \
        _public(balances, "balances")
    assert public - set(CALLS) - UNGUARDED == set()


@pytest.mark.parametrize("name", list(CALLS))
def test_every_role_against_every_ledger_call(ctx, admin_ctx, world, name):
    permission, call = CALLS[name]
    for role in ROLES:
        actor = Context(store=ctx.store, actor=Actor(f"u_{role}", role), today=ctx.today)
        may = allowed(actor.actor, permission) or (
            name in CASELOAD and allowed(actor.actor, P.LEDGER_CASELOAD))
        if may:
            try:
                call(actor, world)
            except PermissionDenied as exc:
                # a social worker without the household in the caseload: refused by design
                assert name in CASELOAD and role == "social_worker", (role, name, exc.text)
            except UserError:
                pass
        else:
            with pytest.raises(PermissionDenied):
                call(actor, world)
            last = audit.list_entries(admin_ctx, limit=1)[0]
            assert (last.action, last.actor) == ("permission_denied", f"u_{role}"), (role, name)


def test_facility_staff_get_nothing_of_the_ledger():
    facility = Actor("f", "facility_manager")
    assert not any(allowed(facility, p) for p in (
        P.LEDGER_READ, P.LEDGER_CASELOAD, P.PAYMENT_RECORD, P.PAYMENT_IMPORT, P.LEDGER_CHARGE))
    desk = Actor("d", "front_desk")
    assert allowed(desk, P.PAYMENT_RECORD) and not allowed(desk, P.LEDGER_CHARGE)
