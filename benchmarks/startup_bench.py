"""Cold start and peak memory of the whole program, against a bare PySide6 window.

Both processes quit right after their main window is first painted: the program through
BORGO_QUIT_WHEN_SHOWN=1 (borgo_desktop/app.py), the bare window through the same event
filter below. Each run goes through a tiny launcher process that times it and reads its
peak RSS with os.wait4: Linux carries the parent's high-water mark into a forked child
across exec, so forking straight from this (large) process would inflate every figure.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from benchmarks.common import log, median, result

RUNS = 5
BARE_WINDOW = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class QuitWhenPainted(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, QApplication.quit)
        return False

app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1366, 800)
quitter = QuitWhenPainted()
window.installEventFilter(quitter)
window.show()
sys.exit(app.exec())
"""


LAUNCHER = """
import json, os, subprocess, sys, time
started = time.perf_counter()
child = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL)
_pid, status, usage = os.wait4(child.pid, 0)
print(json.dumps({"ms": (time.perf_counter() - started) * 1000, "maxrss_kb": usage.ru_maxrss,
                  "code": os.waitstatus_to_exitcode(status)}))
"""


def _environment() -> dict:
    env = dict(os.environ, BORGO_QUIT_WHEN_SHOWN="1", QT_QPA_PLATFORM="offscreen")
    env.pop("BORGO_DATABASE_URL", None)
    return env


def _run_once(command: list[str], cwd: Path) -> tuple[float, float]:
    """(wall milliseconds, peak RSS in MB) of one process from spawn to exit."""
    done = subprocess.run([sys.executable, "-c", LAUNCHER, *command], cwd=cwd,
                          env=_environment(), capture_output=True, text=True, check=True)
    measured = json.loads(done.stdout.strip().splitlines()[-1])
    if measured["code"] != 0:
        raise RuntimeError(f"{command[1:3]} exited with {measured['code']}:\n{done.stderr}")
    return measured["ms"], measured["maxrss_kb"] / 1024  # Linux reports kilobytes


def _measure(command: list[str], cwd: Path) -> tuple[list[float], list[float]]:
    _run_once(command, cwd)  # warm the file cache, as a second start in the office would
    times, peaks = [], []
    for _ in range(RUNS):
        elapsed, peak = _run_once(command, cwd)
        times.append(elapsed)
        peaks.append(peak)
    return times, peaks


def run(data_dir: Path) -> list[dict]:
    cwd = Path.cwd()
    log("Avvio a freddo: programma")
    app_times, app_peaks = _measure(
        [sys.executable, "-m", "borgo_desktop", "--data-dir", str(data_dir.resolve())], cwd)
    log("Avvio a freddo: finestra PySide6 vuota")
    bare_times, bare_peaks = _measure([sys.executable, "-c", BARE_WINDOW], cwd)
    return [result("cold_start_ms", median(app_times), "ms", median(bare_times)),
            result("peak_memory_mb", max(app_peaks), "MB", max(bare_peaks))]
