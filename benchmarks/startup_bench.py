"""Cold start and peak memory of the whole program, against a bare PySide6 window.

Cold start is the time from spawning the process to its first window painted: the login
window of the program, the bare window empty. The program then (BORGO_QUIT_WHEN_SHOWN=1
with BORGO_PASSWORD, borgo_desktop/app.py) types the password once its background loading
is done, as a person would, logs in and paints the main window with the rows of its start
list: "login to first list" is from that click to that paint. Each process prints these
moments on a system-wide monotonic clock and quits; the time from spawn to the process
exit (interpreter teardown included, with the background backup configured) is reported.
Each run goes through a tiny launcher process that times it and reads its peak RSS with
os.wait4: Linux carries the parent's high-water mark into a forked child across exec, so
forking straight from this (large) process would inflate every figure.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from borgo_desktop.app import LOGIN_MARK, LOGIN_SHOWN_MARK, SHOWN_MARK

from benchmarks.common import log, median, result

RUNS = 5
BARE_WINDOW = f"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

def shown():
    print("{SHOWN_MARK}", time.monotonic(), flush=True)
    QApplication.quit()

class QuitWhenPainted(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, shown)
        return False

app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1366, 800)
quitter = QuitWhenPainted()
window.installEventFilter(quitter)
window.show()
sys.exit(app.exec())
"""


LAUNCHER = f"""
import json, os, subprocess, sys, time
started = time.monotonic()
child = subprocess.Popen(sys.argv[1:], stdout=subprocess.PIPE, text=True)
output = child.stdout.read()
_pid, status, usage = os.wait4(child.pid, 0)
ended = time.monotonic()
def mark(name):
    found = [float(line.split()[1]) for line in output.splitlines() if line.startswith(name + " ")]
    return found[0] if found else None
shown, first, login = mark("{SHOWN_MARK}"), mark("{LOGIN_SHOWN_MARK}"), mark("{LOGIN_MARK}")
print(json.dumps({{"shown_ms": ((first or shown) - started) * 1000 if shown else None,
                  "login_ms": (shown - login) * 1000 if shown and login else None,
                  "exit_ms": (ended - started) * 1000, "maxrss_kb": usage.ru_maxrss,
                  "code": os.waitstatus_to_exitcode(status)}}))
"""


def _environment(bytecode_dir: Path) -> dict:
    """Both programs run as installed ones do: with compiled bytecode (pip and PyInstaller
    ship it). The warm-up run writes it to bytecode_dir even where the shell forbids
    writing __pycache__ (PYTHONDONTWRITEBYTECODE), so no run pays for compiling sources."""
    env = dict(os.environ, BORGO_QUIT_WHEN_SHOWN="1", QT_QPA_PLATFORM="offscreen",
               PYTHONPYCACHEPREFIX=str(bytecode_dir),
               BORGO_HEADLESS="0")  # offscreen, yet the login window a person sees
    for name in ("BORGO_DATABASE_URL", "PYTHONDONTWRITEBYTECODE"):
        env.pop(name, None)
    return env


def _run_once(command: list[str], cwd: Path, bytecode_dir: Path) -> dict:
    """shown_ms and exit_ms from spawn, peak_mb of one process."""
    done = subprocess.run([sys.executable, "-c", LAUNCHER, *command], cwd=cwd,
                          env=_environment(bytecode_dir), capture_output=True, text=True,
                          check=True)
    measured = json.loads(done.stdout.strip().splitlines()[-1])
    if measured["code"] != 0 or measured["shown_ms"] is None:
        raise RuntimeError(f"{command[1:3]} exited with {measured['code']} "
                           f"(shown: {measured['shown_ms']}):\n{done.stderr}")
    measured["peak_mb"] = measured["maxrss_kb"] / 1024  # Linux reports kilobytes
    return measured


def _measure(command: list[str], cwd: Path, bytecode_dir: Path) -> dict[str, list[float]]:
    # Warm the file cache and the bytecode, as a second start in the office would find them.
    _run_once(command, cwd, bytecode_dir)
    runs = [_run_once(command, cwd, bytecode_dir) for _ in range(RUNS)]
    return {key: [run[key] for run in runs]
            for key in ("shown_ms", "login_ms", "exit_ms", "peak_mb")}


USER, PASSWORD = "bench.resp", "una frase per la misura"


def _logged_in_copy(data_dir: Path) -> Path:
    """The program starts by logging in to an encrypted database: a copy of the benchmark
    database, set up once with a manager account (the raw-SQL baselines keep the plain one)."""
    import shutil

    from borgo_desktop.config import DB_FILENAME
    from borgo_desktop.services.accounts import accounts
    from borgo_desktop.services.admin.gate import Gate

    folder = data_dir.resolve() / "startup"
    if not (folder / "borgo.keys").exists():
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(data_dir / DB_FILENAME, folder / DB_FILENAME)
        gate = Gate(f"sqlite:///{folder / DB_FILENAME}", folder / "backups")
        admin, _ = gate.set_up("admin", "Amministratore", PASSWORD)
        accounts.create_account_unchecked(admin, USER, "Misura", "manager", PASSWORD)
        gate.close()
    return folder


def run(data_dir: Path) -> list[dict]:
    cwd = Path.cwd()
    bytecode_dir = data_dir.resolve() / "bytecode"
    folder = _logged_in_copy(data_dir)
    # The background backup is configured and due at every run: no automatic copy of today
    # is kept, so each start begins one and each exit finds it running.
    for old in (folder / "backups").glob("borgo-*"):
        if old.name.startswith(("borgo-daily-", "borgo-exit-", "borgo-start-")):
            old.unlink()
    os.environ["BORGO_PASSWORD"] = PASSWORD  # read by the program (cli.open_context)
    log("Avvio a freddo: programma")
    ours = _measure([sys.executable, "-m", "borgo_desktop", "--data-dir", str(folder),
                     "--user", USER], cwd, bytecode_dir)
    log("Avvio a freddo: finestra PySide6 vuota")
    bare = _measure([sys.executable, "-c", BARE_WINDOW], cwd, bytecode_dir)
    # The bare window has no login: its own paint is the baseline of the click-to-list too.
    return [result("cold_start_ms", median(ours["shown_ms"]), "ms", median(bare["shown_ms"])),
            result("login_to_first_list_ms", median(ours["login_ms"]), "ms",
                   median(bare["shown_ms"])),
            result("start_to_exit_ms", median(ours["exit_ms"]), "ms", median(bare["exit_ms"])),
            result("peak_memory_mb", max(ours["peak_mb"]), "MB", max(bare["peak_mb"]))]
