"""The first window comes first: the login is painted before SQLAlchemy, the models and
ReportLab are imported; they load behind it, and the login then opens the main window."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from borgo_desktop.ui.accounts.preload import LazyGate, Preloader

ROOT = Path(__file__).resolve().parents[3]
HEAVY = ("sqlalchemy", "borgo_desktop.models", "reportlab", "borgo_desktop.services.admin.gate")
PROBE = """
import os, sys
from borgo_desktop import app
original = app._login_painted
def painted(preloader, dialog):
    print("loaded-at-paint", [m for m in {heavy!r} if m in sys.modules], flush=True)
    original(preloader, dialog)
app._login_painted = painted
from borgo_desktop.cli import main
raise SystemExit(main(sys.argv[1:]))
"""


def _run(folder: Path, *extra: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BORGO_QUIT_WHEN_SHOWN="1",
               PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-c", PROBE.format(heavy=HEAVY), "--data-dir",
                           str(folder), "--user", "admin", *extra], env=env,
                          capture_output=True, text=True, timeout=120)


def test_the_login_is_painted_before_the_heavy_imports_then_the_list(cli_data):
    done = _run(cli_data.folder)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert "loaded-at-paint []" in lines
    order = [line.split()[0] for line in lines if line.startswith("borgo-")]
    assert order == ["borgo-login-shown-at", "borgo-login-at", "borgo-shown-at"]


def test_the_gate_waits_for_the_thread_and_its_errors_reach_the_caller():
    made = []
    gate = LazyGate(Preloader(lambda: made.append(1) or type("G", (), {"url": "x"})(),
                              modules=("json",)))
    assert gate.url == "x" and made == [1]  # started on first use if not yet
    broken = LazyGate(Preloader(lambda: 1 / 0, modules=()).start())
    with pytest.raises(ZeroDivisionError):
        broken.url
