"""The window's arrears list (services/ledger/listing_spec.py): who is behind, sorted and
filtered in the database, what each role sees, the same rows exported."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from borgo_desktop.models.arrears import LadderStep
from borgo_desktop.models.ledger import PaymentMethod
from borgo_desktop.services.core import listing
from borgo_desktop.services.core.permissions import PermissionDenied
from borgo_desktop.services.ledger import balances, charges, ladder, payments
from borgo_desktop.services.ledger.listing_spec import ARREARS, bucket_range
from helpers.ledger_world import as_role

TODAY = date(2026, 6, 20)


def at(ctx, day=TODAY):
    return dataclasses.replace(ctx, today=lambda: day)


@pytest.fixture
def behind(ctx, world):
    """January to June charged; Rossi pays all, Bianchi January and half February, Verdi
    pays up to May."""
    for month in range(1, 7):
        charges.charge_run(ctx, f"2026-{month:02d}")
    desk = at(ctx)
    payments.record_payment(desk, world.rossi.id,
                            balances.household_balance(desk, world.rossi.id).balance_cents,
                            PaymentMethod.TRANSFER)
    payments.record_payment(desk, world.bianchi.id, 27_000)
    verdi = balances.household_balance(desk, world.verdi.id)
    payments.record_payment(desk, world.verdi.id, verdi.balance_cents - verdi.monthly_cents)
    return world


def _codes(ctx, filters=None, sort="", descending=False):
    return [r.values[0] for r in listing.fetch_page(at(ctx), ARREARS, filters or {}, sort,
                                                    descending)]


def test_only_households_behind_oldest_debt_first(ctx, behind):
    assert _codes(ctx) == [behind.bianchi.code, behind.verdi.code]
    assert listing.count(at(ctx), ARREARS) == 2
    row = listing.fetch_page(at(ctx), ARREARS)[0]
    values = dict(zip((c.key for c in ARREARS.columns), row.values))
    bianchi = balances.household_balance(at(ctx), behind.bianchi.id)
    assert values["balance"] == bianchi.balance_cents
    assert values["open_since"] == date(2026, 2, 5)
    assert values["months"] == pytest.approx(bianchi.balance_cents / bianchi.monthly_cents)
    assert values["supported"] is False and values["step"] is None
    assert _codes(ctx, sort="balance", descending=True)[0] in (behind.bianchi.code,
                                                              behind.verdi.code)


def test_filters_by_age_bucket_building_step_and_support(ctx, behind):
    assert _codes(ctx, {"bucket": bucket_range("90+", TODAY)}) == [behind.bianchi.code]
    assert _codes(ctx, {"bucket": bucket_range("0-30", TODAY)}) == [behind.verdi.code]
    assert _codes(ctx, {"bucket": bucket_range("31-60", TODAY)}) == []
    assert _codes(ctx, {"building": "DL55"}) == [behind.bianchi.code, behind.verdi.code]
    assert _codes(ctx, {"building": "DL51"}) == []
    ladder.take_step(at(ctx), behind.verdi.id, LadderStep.FRIENDLY_REMINDER,
                     ladder.StepInput(note="Promemoria consegnato a mano"))
    assert _codes(ctx, {"step": LadderStep.FRIENDLY_REMINDER.value}) == [behind.verdi.code]
    assert _codes(ctx, {"supported": "no"}) == [behind.bianchi.code, behind.verdi.code]
    assert _codes(ctx, {"supported": "yes"}) == []
    assert _codes(ctx, {"text": "bianchi"}) == [behind.bianchi.code]


def test_a_social_worker_sees_her_caseload_facility_staff_nothing(ctx, behind):
    worker = as_role(at(ctx), "social_worker", "ass_lista")
    assert listing.count(worker, ARREARS) == 0 and listing.fetch_page(worker, ARREARS) == []
    with pytest.raises(PermissionDenied):
        listing.fetch_page(as_role(at(ctx), "facility_manager"), ARREARS)
    with pytest.raises(PermissionDenied):
        listing.count(as_role(at(ctx), "facility_manager"), ARREARS)
    assert listing.count(as_role(at(ctx), "front_desk"), ARREARS) == 2


def test_the_export_holds_the_rows_shown(ctx, behind):
    rows = list(listing.iter_rows(at(ctx), ARREARS, {"bucket": bucket_range("90+", TODAY)}))
    assert [r[0] for r in rows] == [behind.bianchi.code]
