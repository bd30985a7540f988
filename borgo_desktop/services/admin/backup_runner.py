"""The automatic copy, made in the background: closing the program never waits for it.

After the login, if no automatic copy exists from today (the first start of the day, or a
start after a day whose copy was interrupted), :class:`BackgroundBackup` makes one on a
thread of its own with SQLite's online backup API in small steps, pausing between steps so
the user's work keeps the disk. The copy is written under a temporary name and renamed
only when complete and checked (services/admin/backups.py), so stopping it at any moment (the
window closing, the power going) leaves the earlier copies untouched. Closing the program
just asks the thread to stop; the next start makes the copy that is missing.

Plain Python (no Qt): the window polls :meth:`state` for its status bar.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from borgo_desktop.errors import UserError
from borgo_desktop.services.admin import backups
from borgo_desktop.store import sqlite_path

log = logging.getLogger(__name__)

PAGES_PER_STEP = 1024  # 4 MiB of a 4 KiB-page file per step
PAUSE_S = 0.005  # between steps: the user's reads and writes go first


class Stopped(Exception):
    """The copy was asked to stop (the program is closing)."""


@dataclass(frozen=True)
class BackupState:
    running: bool
    done_fraction: float  # of the copy in progress (0 when none)
    last_good: datetime | None  # UTC instant of the newest complete copy
    last_path: Path | None
    error: str  # the last failure, in Italian ("" when none)


class BackgroundBackup:
    def __init__(self, store, backup_dir: Path, *, pages: int = PAGES_PER_STEP,
                 pause: float = PAUSE_S) -> None:
        self.store, self.backup_dir = store, Path(backup_dir)
        self.pages, self.pause = pages, pause
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._fraction = 0.0
        self._error = ""
        self._last = None

    @property
    def applies(self) -> bool:
        """Only a SQLite file is copied here (PostgreSQL is backed up on its server)."""
        return sqlite_path(self.store) is not None

    def start_if_due(self) -> bool:
        """Start the day's copy if none exists yet; True if one was started."""
        if not self.applies:
            return False
        self.backup_dir.mkdir(parents=True, exist_ok=True)
        backups.remove_partials(self.backup_dir)
        self._last = backups.last_good(self.backup_dir)
        if not backups.backup_due(self.backup_dir):
            return False
        return self.start()

    def start(self, kind: str = "daily") -> bool:
        if self.running:
            return False
        self._stop.clear()
        self._fraction, self._error = 0.0, ""
        self._thread = threading.Thread(target=self._run, args=(kind,), name="borgo-backup",
                                        daemon=True)
        self._thread.start()
        return True

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def stop(self, wait: float = 2.0) -> None:
        """Ask the copy to stop and wait a moment for its partial file to be removed."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(wait)

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the copy in progress ends (tests, the command line)."""
        if self._thread is not None:
            self._thread.join(timeout)
        return not self.running

    def state(self) -> BackupState:
        last = self._last
        return BackupState(self.running, self._fraction if self.running else 0.0,
                           last.created_at if last else None, last.path if last else None,
                           self._error)

    def _progress(self, remaining: int, total: int) -> None:
        if self._stop.is_set():
            raise Stopped()
        self._fraction = (total - remaining) / total if total else 1.0
        if self.pause:
            time.sleep(self.pause)

    def _run(self, kind: str) -> None:
        try:
            info = backups.create_backup(self.store, self.backup_dir, kind, pages=self.pages,
                                         progress=self._progress,
                                         should_stop=self._stop.is_set)
            backups.rotate(self.backup_dir)
            self._last = info
        except Exception as exc:
            if not self._stop.is_set():
                self._failed(exc)
                return
            log.info("background backup stopped before the end; the next start makes it")

    def _failed(self, exc: Exception) -> None:
        """A disk full, a file locked, a damaged copy: said in the window, never a crash."""
        self._error = exc.text if isinstance(exc, UserError) else str(exc)
        log.warning("background backup failed: %s", self._error)
