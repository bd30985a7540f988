"""The city-scale bookings: the requested number, never overlapping, added once."""

from __future__ import annotations

import random
import shutil

import pytest
from sqlalchemy import func, select

from borgo_desktop.errors import UserError
from borgo_desktop.models import Booking, Building
from borgo_desktop.models.enums import BookingStatus
from borgo_desktop.seed.city_gen import Stamp, make_buildings
from borgo_desktop.seed.city_spaces import build_city_spaces
from borgo_desktop.services.core.context import Actor, Context
from borgo_desktop.store import Store


def test_city_bookings_are_many_and_never_overlap(template_db, tmp_path):
    shutil.copy(template_db, tmp_path / "c.sqlite")
    ctx = Context(Store.open(f"sqlite:///{tmp_path / 'c.sqlite'}"), Actor("seed"))
    try:
        with ctx.store.unit_of_work() as session:
            session.execute(Building.__table__.insert(),
                            make_buildings(random.Random(1), Stamp("seed"), 40))
            session.commit()
        assert build_city_spaces(ctx, factor=0.02) == 2_000
        with pytest.raises(UserError):
            build_city_spaces(ctx, factor=0.02)
        with ctx.store.read() as session:
            rows = session.execute(select(Booking.space_id, Booking.starts_at, Booking.ends_at)
                                   .where(Booking.status != BookingStatus.CANCELLED)
                                   .order_by(Booking.space_id, Booking.starts_at)).all()
            spaces = session.scalar(select(func.count(func.distinct(Booking.space_id))))
        assert spaces == 8
        for before, after in zip(rows, rows[1:], strict=False):
            if before.space_id == after.space_id:
                assert before.ends_at <= after.starts_at
    finally:
        ctx.store.close()
