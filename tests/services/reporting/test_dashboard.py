"""The dashboard's figures against counts made another way, and its building filter."""

from __future__ import annotations

import dataclasses
from collections import Counter

import pytest
from sqlalchemy import select

from borgo_desktop.models import Building, Case, Unit
from borgo_desktop.models.ledger import Charge, LedgerAccount, Payment
from borgo_desktop.services.core.context import Actor
from borgo_desktop.services.core.permissions import PermissionDenied
from borgo_desktop.services.reporting import dashboard


def _tile(data, key):
    return next(t for t in data.tiles if t.key == key)


def test_the_arrears_tile_reads_the_ledger(demo):
    data = dashboard.dashboard(demo, "2026-Q4")
    tile = _tile(data, "ledger")
    with demo.store.read() as session:
        owing = [b for (b,) in session.execute(select(LedgerAccount.balance_cents)
                                               .where(LedgerAccount.balance_cents > 0))]
        charged = sum(c for (c,) in session.execute(select(Charge.amount_cents)
                                                    .where(Charge.period == "2026-10")))
        paid = sum(p for (p,) in session.execute(
            select(Payment.amount_cents).where(Payment.received_on.between("2026-10-01",
                                                                         "2026-10-31"))))
    assert tile.headline.startswith(f"{len(owing)} nuclei in debito")
    october = dict(tile.series[0].points)["ott"]
    assert october == round((charged - paid) / 100, 2)
    assert len(tile.series[0].points) == dashboard.MONTHS


def test_cases_by_stage_and_the_building_filter(demo):
    everything = dashboard.dashboard(demo, "2026-Q4")
    with demo.store.read() as session:
        stages = Counter(s for (s,) in session.execute(select(Case.stage)
                                                       .where(Case.closed_on.is_(None))))
        code = session.scalar(select(Building.code).order_by(Building.code).limit(1))
        units_there = session.scalar(select(Unit.id).join(Building).where(
            Building.code == code).limit(1))
    assert sum(v for _l, v in _tile(everything, "cases").series[0].points) == sum(stages.values())
    one = dashboard.dashboard(demo, "2026-Q4", code)
    assert one.building == code and units_there is not None
    total = lambda data: sum(v for _l, v in _tile(data, "units").series[0].points)  # noqa: E731
    assert 0 < total(one) < total(everything)


def test_only_managers_and_administrators_see_it(demo):
    with pytest.raises(PermissionDenied):
        dashboard.dashboard(dataclasses.replace(demo, actor=Actor("d", "front_desk")), "2026-Q4")
    dashboard.dashboard(dataclasses.replace(demo, actor=Actor("a", "admin")), "2026-Q4")


def test_the_occupancy_headline_and_its_bars_count_the_same_day(demo):
    tile = _tile(dashboard.dashboard(demo, "2026-Q4"), "units")
    let, total = (int(word) for word in tile.headline.split()[0:4:3])  # «28 locati su 45 …»
    bars = dict(tile.series[0].points)
    assert bars.get("Locato", 0) == let and sum(bars.values()) == total


def test_months_with_nothing_due_show_no_collected_share(demo):
    tile = _tile(dashboard.dashboard(demo, "2026-Q4"), "ledger")
    unpaid, collected = tile.series
    assert 0 < len(collected.points) <= len(unpaid.points)
    assert all(share > 0 for _month, share in collected.points)
