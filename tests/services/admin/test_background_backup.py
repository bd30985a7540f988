"""The day's copy in the background: made in steps while the program works, dropped when
the program closes, and never offered for restore unless complete and checked — however
the program is stopped (SIGKILL at random moments during a copy)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from borgo_desktop.services.core import audit
from borgo_desktop.services.admin import backups
from borgo_desktop.services.admin.backup_runner import BackgroundBackup
from borgo_desktop.store import Store


def _fill(ctx, entries: int = 400) -> None:
    with ctx.store.unit_of_work() as session:
        for i in range(entries):
            audit.record(ctx, session, "household.update", "household", f"r{i}",
                         ["phone"], detail="x" * 300)
        session.commit()


def test_the_days_copy_is_made_in_steps_and_listed_once_complete(admin_ctx, tmp_path):
    _fill(admin_ctx)
    folder = tmp_path / "copies"
    seen = []
    runner = BackgroundBackup(admin_ctx.store, folder, pages=8, pause=0)
    original = runner._progress
    runner._progress = lambda remaining, total: (seen.append(list(folder.glob("*.sqlite"))),
                                                 original(remaining, total))
    assert runner.state().last_good is None
    assert runner.start_if_due()
    assert runner.wait(30)
    assert len(seen) > 3 and all(listed == [] for listed in seen)  # nothing named mid-copy
    state = runner.state()
    assert state.last_good is not None and not state.running and state.error == ""
    assert backups.verify_backup(state.last_path)[0]
    assert not runner.start_if_due()  # today's copy exists


def test_a_stopped_copy_leaves_nothing_behind(admin_ctx, tmp_path):
    _fill(admin_ctx)
    folder = tmp_path / "copies"
    runner = BackgroundBackup(admin_ctx.store, folder, pages=1, pause=0.01)
    runner.start()
    time.sleep(0.05)
    runner.stop()
    assert not runner.running
    assert backups.list_backups(folder) == []
    assert list(folder.iterdir()) == []
    runner.pages, runner.pause = 64, 0
    assert runner.start_if_due()  # the next start makes the missing copy
    assert runner.wait(30) and runner.state().last_good is not None


def test_writes_during_the_copy_do_not_restart_it(admin_ctx, tmp_path):
    _fill(admin_ctx)
    steps = []
    runner = BackgroundBackup(admin_ctx.store, tmp_path / "copies", pages=4, pause=0)
    original = runner._progress

    def write_meanwhile(remaining, total):
        steps.append(remaining)
        if len(steps) % 5 == 0:
            audit.record_event(admin_ctx, "login", "account", "admin")
        original(remaining, total)

    runner._progress = write_meanwhile
    runner.start()
    assert runner.wait(60)
    assert steps == sorted(steps, reverse=True)  # always forward, never from the start again
    assert backups.verify_backup(runner.state().last_path)[0]


CHILD = """
import sys
from borgo_desktop.services.admin.backup_runner import BackgroundBackup
from borgo_desktop.store import Store
store = Store.open(sys.argv[1], migrate=False)
runner = BackgroundBackup(store, sys.argv[2], pages=2, pause=0.002)
runner.start()
print("started", flush=True)
runner.wait()
print("done", flush=True)
"""


@pytest.mark.slow
def test_killed_at_random_moments_the_last_good_copy_stays_intact(template_db, tmp_path):
    db = tmp_path / "borgo.sqlite"
    db.write_bytes(template_db.read_bytes())
    store = Store.open(f"sqlite:///{db}")
    from borgo_desktop.services.core.context import Actor, Context

    _fill(Context(store, Actor("admin", "admin")), 1500)
    store.close()
    folder = tmp_path / "copies"
    rng = random.Random(13)
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[3]))
    killed_mid_copy = 0
    for run in range(30):
        child = subprocess.Popen([sys.executable, "-c", CHILD, f"sqlite:///{db}", str(folder)],
                                 stdout=subprocess.PIPE, text=True, env=env)
        assert child.stdout.readline().strip() == "started"
        time.sleep(rng.uniform(0, 0.4))
        child.send_signal(signal.SIGKILL)
        out = child.communicate()[0]
        killed_mid_copy += "done" not in out
        listed = backups.list_backups(folder)
        for info in listed:  # every copy offered is whole and checked
            ok, message = backups.verify_backup(info.path)
            assert ok, message
        partials = [p for p in folder.iterdir() if p.name.startswith(".borgo-partial-")]
        assert all(p not in {i.path for i in listed} for p in partials)
        backups.remove_partials(folder, older_than=backups.timedelta(0))
    assert killed_mid_copy >= 20  # the kills did land during copies
