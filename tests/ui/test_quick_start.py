"""The README's first command: the program opens on the demo data (whole process)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys


def test_demo_opens_the_window_on_the_borgo(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BORGO_QUIT_WHEN_SHOWN="1")
    env.pop("BORGO_DATABASE_URL", None)
    done = subprocess.run([sys.executable, "-m", "borgo_desktop", "--demo", "--data-dir", str(tmp_path)],
                          env=env, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    with sqlite3.connect(tmp_path / "demo" / "borgo.sqlite") as conn:
        units = conn.execute("SELECT regime, count(*) FROM units GROUP BY regime").fetchall()
        buildings = conn.execute("SELECT count(*) FROM buildings").fetchone()[0]
    assert dict(units) == {"capped": 36, "temporary": 9} and buildings == 3
    assert (tmp_path / "demo" / "logs" / "borgo.log").exists()
