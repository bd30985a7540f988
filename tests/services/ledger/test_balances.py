"""Balances, ageing, months owed, the statement and the arrears view (and who sees them)."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from borgo_desktop.models.ledger import PaymentMethod
from borgo_desktop.services.core import audit
from borgo_desktop.services.ledger import balances, charges, payments
from borgo_desktop.services.ledger.balances import ArrearsFilter
from borgo_desktop.services.core.permissions import PermissionDenied
from helpers.ledger_world import as_role
from helpers.support import as_admin


def at(ctx, day):
    return dataclasses.replace(ctx, today=lambda: day)


@pytest.fixture
def year(ctx, world):
    """Charges for January to June 2026; Rossi pays everything, Bianchi pays January and
    half of February, Verdi pays nothing."""
    for month in range(1, 7):
        charges.charge_run(ctx, f"2026-{month:02d}")
    desk = at(ctx, date(2026, 6, 20))
    owed = balances.household_balance(desk, world.rossi.id).balance_cents
    payments.record_payment(desk, world.rossi.id, owed, PaymentMethod.TRANSFER)
    payments.record_payment(desk, world.bianchi.id, 18_000 + 9_000)
    return world


def test_balance_is_charges_minus_payments_with_ageing_and_months_owed(ctx, year):
    today = date(2026, 6, 20)
    rossi = balances.household_balance(at(ctx, today), year.rossi.id)
    assert rossi.balance_cents == 0 and rossi.bucket is None and rossi.open_since is None
    bianchi = balances.household_balance(at(ctx, today), year.bianchi.id)
    monthly = bianchi.monthly_cents
    assert bianchi.charged_cents == 6 * monthly
    assert bianchi.balance_cents == 6 * monthly - 27_000
    assert bianchi.open_since == date(2026, 2, 5)  # February partly paid
    assert bianchi.bucket == "90+" and bianchi.days_overdue == 135
    ageing = bianchi.ageing.by_bucket()
    assert ageing["0-30"] == monthly  # June (due 5 June)
    assert ageing["31-60"] == monthly and ageing["61-90"] == monthly  # May, April
    # March, and what 27,000 left of February after paying January
    assert ageing["90+"] == monthly + (2 * monthly - 27_000)
    assert sum(ageing.values()) == bianchi.balance_cents
    assert bianchi.months_owed == round(bianchi.balance_cents / monthly - 0.05, 1)


def test_reading_a_balance_is_audited(ctx, year):
    balances.household_balance(ctx, year.verdi.id)
    last = audit.list_entries(as_admin(ctx), limit=1)[0]
    assert (last.action, last.entity_id) == ("ledger.balance_view", str(year.verdi.id))


def test_the_statement_runs_the_balance_from_an_opening_one(ctx, year):
    opening, entries = balances.statement(ctx, year.bianchi.id, since=date(2026, 3, 1))
    assert opening == 2 * entries[0].debit_cents and len(entries) == 5
    everything = balances.statement(ctx, year.bianchi.id)[1]
    assert everything[-1].running_cents == balances.household_balance(
        ctx, year.bianchi.id).balance_cents
    receipts = [e for e in everything if e.is_payment]
    assert receipts and "ricevuta n. 2026/" in receipts[0].description


def test_the_last_twelve_months(ctx, year):
    points = balances.last_months(at(ctx, date(2026, 6, 20)), year.verdi.id)
    assert len(points) == 12 and points[-1].period == "2026-06"
    assert points[-1].balance_cents == 6 * points[-1].charged_cents
    assert all(p.charged_cents == 0 for p in points[:6])


def test_the_arrears_list_sorts_filters_and_pages_in_the_database(ctx, year):
    today = at(ctx, date(2026, 6, 20))
    rows = balances.arrears(today)
    assert [r.code for r in rows] == [year.verdi.code, year.bianchi.code]  # oldest debt first
    assert rows[0].bucket == "90+" and rows[0].months_owed == 6.0
    assert rows[0].building_code == "DL55" and rows[0].unit_code == year.temporary.code
    assert rows[0].name == "Verdi Paolo"
    assert [r.code for r in balances.arrears(today, sort="balance", descending=True)][0] == \
        max(rows, key=lambda r: r.balance_cents).code
    assert len(balances.arrears(today, limit=1, offset=1)) == 1
    assert balances.count_arrears(today) == 2
    assert balances.count_arrears(today, ArrearsFilter(bucket="0-30")) == 0
    assert balances.count_arrears(today, ArrearsFilter(building_code="XX")) == 0
    # in early February only January is overdue: both in the first bucket
    early = at(ctx, date(2026, 1, 20))
    assert {r.bucket for r in balances.arrears(early)} == {"0-30"}


def test_a_social_worker_sees_only_the_arrears_of_their_caseload(ctx, year):
    from borgo_desktop.models.casework import CaseOrigin
    from borgo_desktop.services.casework import cases

    worker = as_role(at(ctx, date(2026, 6, 20)), "social_worker", "assistente")
    cases.open_case(worker, year.verdi.id, CaseOrigin.OFFICE, "Segnalato dallo sportello")
    assert [r.code for r in balances.arrears(worker)] == [year.verdi.code]
    assert balances.household_balance(worker, year.verdi.id).balance_cents > 0
    with pytest.raises(PermissionDenied, match="nuclei che si seguono"):
        balances.household_balance(worker, year.bianchi.id)
    other = as_role(ctx, "social_worker", "altra")
    assert balances.arrears(other) == []


@pytest.mark.parametrize("role", ["facility_manager", "admin"])
def test_facility_staff_and_the_administrator_see_nothing_of_it(ctx, year, role):
    someone = as_role(ctx, role)
    with pytest.raises(PermissionDenied):
        balances.household_balance(someone, year.verdi.id)
    with pytest.raises(PermissionDenied):
        balances.arrears(someone)
