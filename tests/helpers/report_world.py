"""The demo borgo with four months of rent history on top, for the reporting tests: charges,
payments (some households pay in full, some half, some nothing), early warnings fired and
cleared, a repayment plan signed and paid into, a no-fault assessment recognised. All through
the ledger's own services, on the days they would happen."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from sqlalchemy import select

from borgo_desktop.models.arrears import ArrearsCause, Measure, NoFaultDocument
from borgo_desktop.models.ledger import LedgerAccount, PaymentMethod
from borgo_desktop.services.core.context import Actor
from borgo_desktop.services.ledger import charges, nofault, payments, plans, warnings

PERIODS = ("2026-08", "2026-09", "2026-10", "2026-11")


def on(ctx, day: date):
    return dataclasses.replace(ctx, today=lambda: day, actor=Actor("g.ferri", "manager"))


def add_rent_history(ctx) -> dict[str, list]:
    for period in PERIODS:
        charges.charge_run(on(ctx, date(int(period[:4]), int(period[5:]), 1)), period)
    with ctx.store.read() as session:
        accounts = session.execute(select(LedgerAccount.household_id, LedgerAccount.monthly_cents)
                                   .order_by(LedgerAccount.household_id)).all()
    payers, halves, owing = [], [], []
    for index, (hid, monthly) in enumerate(accounts):
        kind = index % 4
        if kind == 0:
            owing.append(hid)
            continue
        (halves if kind == 1 else payers).append(hid)
        for period in PERIODS:
            day = date(int(period[:4]), int(period[5:]), 7)
            cents = monthly if kind != 1 else monthly // 2
            payments.record_payment(on(ctx, day), hid, cents, PaymentMethod.TRANSFER, day)
    warnings.run_warnings(on(ctx, date(2026, 10, 20)))
    # The first owing household pays everything back: its state alert clears.
    cleared = owing[0]
    with ctx.store.read() as session:
        debt = session.get(LedgerAccount, cleared).balance_cents
    payments.record_payment(on(ctx, date(2026, 11, 3)), cleared, debt, PaymentMethod.CASH,
                            date(2026, 11, 3))
    warnings.run_warnings(on(ctx, date(2026, 11, 4)))
    # The second signs a repayment plan and pays its current rent plus a rata.
    planned = owing[1]
    plan_id = plans.propose_plan(on(ctx, date(2026, 10, 21)), planned,
                                 plans.PlanInput(6, date(2026, 11, 15)))
    plans.sign_plan(on(ctx, date(2026, 10, 23)), plan_id)
    with ctx.store.read() as session:
        monthly = session.get(LedgerAccount, planned).monthly_cents
    payments.record_payment(on(ctx, date(2026, 11, 8)), planned, monthly + 5_000,
                            PaymentMethod.CASH, date(2026, 11, 8))
    # The third lost a job: a no-fault assessment, recognised.
    lost = owing[2]
    assessment = nofault.open_assessment(on(ctx, date(2026, 10, 22)), lost, nofault.NoFaultInput(
        ArrearsCause.JOB_LOSS, date(2026, 9, 1), 180_000, 60_000,
        (NoFaultDocument.ISEE, NoFaultDocument.DISMISSAL)))
    nofault.decide(on(ctx, date(2026, 11, 10)), assessment, True, (Measure.SOLIDARITY,))
    return {"owing": owing, "halves": halves, "payers": payers, "cleared": cleared,
            "planned": planned, "nofault": lost}


_BUILT: dict = {}


def demo_with_rent(template_db, tmp_path_factory):
    """The demo borgo with its rent history as a database file, built once per test run
    (the service and the window tests share it) and copied by each test."""
    if "path" not in _BUILT:
        import shutil

        from borgo_desktop.seed.demo import build_demo
        from borgo_desktop.services.core.context import Context
        from borgo_desktop.store import Store

        path = tmp_path_factory.mktemp("report_demo") / "demo.sqlite"
        shutil.copy(template_db, path)
        store = Store.open(f"sqlite:///{path}")
        ctx = Context(store, Actor("tester", "manager"), today=lambda: date(2026, 11, 25))
        build_demo(ctx, ledger=False)  # the rent history below is this world's own
        _BUILT["world"] = add_rent_history(ctx)
        store.close()
        _BUILT["path"] = path
    return _BUILT["path"], _BUILT["world"]


@pytest.fixture
def demo(template_db, tmp_path_factory, tmp_path):
    """The demo borgo with its rent history (built once per run), copied for this test, as
    the manager Carla Capo on 25/11/2026."""
    import shutil

    from borgo_desktop.services.core.context import Context
    from borgo_desktop.store import Store

    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_with_rent(template_db, tmp_path_factory)[0], path)
    store = Store.open(f"sqlite:///{path}")
    yield Context(store, Actor("capo", "manager", "Carla Capo"), today=lambda: date(2026, 11, 25))
    store.close()
