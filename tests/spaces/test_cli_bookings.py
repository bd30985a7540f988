"""borgo-desktop export bookings --format xlsx|csv|ics --out FILE"""

from __future__ import annotations

import shutil
from datetime import date, timedelta

import pytest
from icalendar import Calendar

from borgo_desktop.cli import main
from borgo_desktop.config import DB_FILENAME
from borgo_desktop.services import bookings
from borgo_desktop.services.context import Actor, Context
from borgo_desktop.services.recurrence import Repeat
from borgo_desktop.store import Store
from spaces_support import booking, make_spaces


@pytest.fixture
def data_dir(template_db, tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy(template_db, folder / DB_FILENAME)
    store = Store.open(f"sqlite:///{folder / DB_FILENAME}")
    ctx = Context(store, Actor("t"), today=date.today)
    rooms = make_spaces(ctx)
    day = date.today() + timedelta(days=3)
    bookings.create(ctx, booking(rooms["SALA"], day, "10:00", "12:00", repeat=Repeat.WEEKLY,
                                 until=day + timedelta(weeks=3)))
    store.close()
    return folder


@pytest.mark.parametrize("fmt", ["xlsx", "csv", "ics"])
def test_export_bookings(data_dir, tmp_path, capsys, fmt):
    out = tmp_path / f"prenotazioni.{fmt}"
    assert main(["export", "bookings", "--format", fmt, "--out", str(out),
                 "--data-dir", str(data_dir)]) == 0
    printed = capsys.readouterr().out
    if fmt == "ics":
        assert "1 eventi esportati" in printed
        [event] = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
        assert "FREQ=WEEKLY" in event["rrule"].to_ical().decode()
    else:
        assert "4 righe esportate" in printed and out.stat().st_size > 0
