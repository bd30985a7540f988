"""The README's first command: the program opens on the demo data (whole process)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

import pytest
from sqlalchemy import text

from borgo_desktop.seed.demo_accounts import DEMO_ACCOUNTS, DEMO_PASSWORD
from borgo_desktop.services.core import audit
from borgo_desktop.services.admin.gate import Gate


def test_demo_opens_the_window_on_the_borgo(tmp_path):
    # README command 1 with no screen: no login to type, the window painted once, then the
    # program ends by itself (ui/accounts/start.py, app.py).
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for name in ("BORGO_DATABASE_URL", "BORGO_HEADLESS", "BORGO_USER", "BORGO_PASSWORD",
                 "BORGO_QUIT_WHEN_SHOWN"):
        env.pop(name, None)
    done = subprocess.run([sys.executable, "-m", "borgo_desktop", "--demo", "--data-dir",
                           str(tmp_path)], env=env, capture_output=True, text=True,
                          timeout=300)  # a guard against a hang, not a measure
    assert done.returncode == 0, done.stderr
    assert "Finestra aperta senza schermo (QT_QPA_PLATFORM=offscreen)" in done.stdout
    assert "il programma si chiude da solo" in done.stdout
    database = tmp_path / "demo" / "borgo.sqlite"
    with pytest.raises(sqlite3.DatabaseError):  # the demo is encrypted like real data
        with sqlite3.connect(database) as conn:
            conn.execute("SELECT count(*) FROM units").fetchone()
    for username in ["admin", *(row[0] for row in DEMO_ACCOUNTS)]:  # one account per role
        gate = Gate(f"sqlite:///{database}")
        ctx = gate.log_in(username, DEMO_PASSWORD)
        assert ctx.actor.username == username
        gate.close()
    gate = Gate(f"sqlite:///{database}")
    admin = gate.log_in("admin", DEMO_PASSWORD)
    logins = {e.actor for e in audit.list_entries(admin, action_prefix="login")}
    assert "responsabile" in logins  # the demo's own account, with its public password
    logouts = {e.actor for e in audit.list_entries(admin, action_prefix="logout")}
    assert logouts == {"responsabile"}  # and closed: the session's end is in the trail
    gate.close()
    gate = Gate(f"sqlite:///{database}")
    with gate.log_in("responsabile", DEMO_PASSWORD).store.engine.connect() as conn:
        units = conn.execute(text("SELECT regime, count(*) FROM units GROUP BY regime")).all()
        buildings = conn.execute(text("SELECT count(*) FROM buildings")).scalar()
    gate.close()
    assert dict(units) == {"capped": 36, "temporary": 9} and buildings == 3
    assert (tmp_path / "demo" / "logs" / "borgo.log").exists()


def test_without_a_screen_a_real_archive_says_how_to_log_in_and_ends(tmp_path, cli_data):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for name in ("BORGO_DATABASE_URL", "BORGO_HEADLESS", "BORGO_USER", "BORGO_PASSWORD"):
        env.pop(name, None)
    done = subprocess.run([sys.executable, "-m", "borgo_desktop", *cli_data.args()[:2]],
                          env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "Impostare BORGO_USER e BORGO_PASSWORD" in done.stderr
