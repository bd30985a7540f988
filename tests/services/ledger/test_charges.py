"""The monthly charge run, one-off charges, credit notes and the conguaglio."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from borgo_desktop.errors import UserError
from borgo_desktop.models import Lease
from borgo_desktop.models.ledger import Charge, ChargeKind
from borgo_desktop.services.core import audit
from borgo_desktop.services.ledger import balances, charges, payments
from borgo_desktop.services.ledger.rents import pro_rata
from helpers.support import as_admin


def _charges(ctx, household_id):
    with ctx.store.read() as session:
        return [charges.charge_view(c) for c in session.scalars(
            select(Charge).where(Charge.household_id == household_id)
            .order_by(Charge.due_on, Charge.id))]


def test_the_run_charges_every_lease_from_its_rent_model_and_is_idempotent(ctx, world):
    first = charges.charge_run(ctx, "2026-12")
    assert (first.charged, first.already) == (3, 0)
    again = charges.charge_run(ctx, "2026-12")
    assert (again.charged, again.already, again.total_cents) == (0, 3, 0)
    rossi = _charges(ctx, world.rossi.id)
    assert len(rossi) == 1
    # €90/m² × 60 m² / 12 = €450, plus heating €60, cleaning €15, lift €8, water 2 × €7
    assert rossi[0].amount_cents == 45_000 + 6_000 + 1_500 + 800 + 1_400
    assert rossi[0].services_cents == 9_700
    assert rossi[0].due_on == date(2026, 12, 5)
    assert rossi[0].description == "Canone e spese dicembre 2026"
    bianchi = _charges(ctx, world.bianchi.id)[0]
    assert bianchi.amount_cents - bianchi.services_cents == 12_000  # ISEE €8,000: second band
    verdi = _charges(ctx, world.verdi.id)[0]
    assert verdi.amount_cents - verdi.services_cents == 20_000
    entries = [e for e in audit.list_entries(as_admin(ctx), limit=5)
               if e.action == "ledger.charge_run"]
    assert len(entries) == 1 and entries[0].entity_id == "2026-12"


def test_a_dry_run_writes_nothing(ctx, world):
    result = charges.charge_run(ctx, "2026-12", dry_run=True)
    assert result.charged == 3 and result.total_cents > 0
    assert _charges(ctx, world.rossi.id) == []


def test_a_lease_that_starts_or_ends_mid_month_pays_its_days(ctx, world):
    with ctx.store.unit_of_work() as session:
        lease = session.scalar(select(Lease).where(Lease.household_id == world.rossi.id))
        lease.starts_on, lease.ends_on = date(2028, 2, 10), date(2028, 3, 20)
        session.commit()
    charges.charge_run(ctx, "2028-02")
    charges.charge_run(ctx, "2028-03")
    feb, mar = _charges(ctx, world.rossi.id)
    assert feb.amount_cents - feb.services_cents == pro_rata(45_000, 20, 2028, 2) == 31_034
    assert feb.description == "Canone e spese febbraio 2028 (20 giorni su 29)"
    assert mar.amount_cents - mar.services_cents == pro_rata(45_000, 20, 2028, 3)
    charges.charge_run(ctx, "2028-04")
    assert len(_charges(ctx, world.rossi.id)) == 2


def test_a_bad_period_is_refused(ctx, world):
    with pytest.raises(UserError, match="Periodo non valido"):
        charges.charge_run(ctx, "12/2026")


def test_corrections_are_credit_notes_never_edits(ctx, world):
    charges.charge_run(ctx, "2026-12")
    rent = _charges(ctx, world.rossi.id)[0]
    note = charges.credit_note(ctx, rent.id, 5_000, "Riscaldamento guasto per 10 giorni")
    assert note.amount_cents == -5_000 and note.corrects_id == rent.id
    assert note.kind == ChargeKind.CREDIT_NOTE
    assert {c.id: c.amount_cents for c in _charges(ctx, world.rossi.id)}[rent.id] == \
        rent.amount_cents  # unchanged
    assert balances.household_balance(ctx, world.rossi.id).balance_cents == \
        rent.amount_cents - 5_000
    with pytest.raises(UserError, match="supera"):
        charges.credit_note(ctx, rent.id, rent.amount_cents, "Tutto")
    with pytest.raises(UserError, match="motivo"):
        charges.credit_note(ctx, rent.id, 100, " ")


def test_one_off_charges_and_their_checks(ctx, world):
    key = charges.add_charge(ctx, world.verdi.id, 2_500, date(2026, 12, 10), "keys",
                             "Copia delle chiavi del portone")
    assert key.kind == ChargeKind.ONE_OFF and key.amount_cents == 2_500
    with pytest.raises(UserError, match="maggiore di zero"):
        charges.add_charge(ctx, world.verdi.id, 0, date(2026, 12, 10), "keys")
    with pytest.raises(UserError, match="sconosciuta"):
        charges.add_charge(ctx, world.verdi.id, 100, date(2026, 12, 10), "pizza")


def test_the_conguaglio_charges_or_credits_the_difference_once_a_year(ctx, world):
    for month in range(1, 13):
        charges.charge_run(ctx, f"2026-{month:02d}")
    on_account = sum(c.services_cents for c in _charges(ctx, world.rossi.id))
    # water is per member: Luca joined the household (in the registry) on 25 November
    assert on_account == 12 * 9_000 + 1 * 700
    credit = charges.reconcile_services(ctx, world.rossi.id, 2026, on_account - 8_000,
                                        date(2027, 3, 1))
    assert credit.amount_cents == -8_000 and credit.kind == ChargeKind.RECONCILIATION
    assert "a credito" in credit.description
    with pytest.raises(UserError, match="già stato fatto"):
        charges.reconcile_services(ctx, world.rossi.id, 2026, on_account)
    debit = charges.reconcile_services(ctx, world.bianchi.id, 2026, 200_000, date(2027, 3, 1))
    assert debit.amount_cents > 0 and "a debito" in debit.description


def test_money_in_the_ledger_is_integer_cents(ctx, world):
    charges.charge_run(ctx, "2026-12")
    payments.record_payment(ctx, world.rossi.id, 12_345)
    with ctx.store.read() as session:
        values = session.scalars(select(Charge.amount_cents)).all()
        assert all(type(v) is int for v in values)
        assert session.scalar(select(func.count()).select_from(Charge)) == 3
