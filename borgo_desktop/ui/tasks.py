"""Long work off the GUI thread: one worker for database tasks, a progress dialog that only
appears after ~500 ms (quick work never flickers) and a Cancel button that the task honours.

A task is a plain function ``fn(progress) -> result``; it opens its own session through the
services and reports through ``progress.report(done, total, text)``. It never touches widgets.
"""

from __future__ import annotations

import logging
import threading
from typing import Callable

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)
SHOW_AFTER_MS = 500


class Cancelled(Exception):
    """Raised inside a task when the user pressed Cancel."""


class Progress:
    """Handed to the task: thread-safe reporting and a cancellation flag."""

    def __init__(self, emit: Callable[[int, int, str], None]) -> None:
        self._emit = emit
        self._cancelled = threading.Event()

    def report(self, done: int, total: int, text: str = "") -> None:
        if self._cancelled.is_set():
            raise Cancelled()
        self._emit(done, total, text)

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()


class _Bridge(QObject):
    progressed = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn, progress: Progress, bridge: _Bridge) -> None:
        super().__init__()
        self.fn, self.progress, self.bridge = fn, progress, bridge

    def run(self) -> None:
        try:
            result = self.fn(self.progress)
        except BaseException as exc:  # delivered to the GUI thread, which decides what to show
            self.bridge.failed.emit(exc)
        else:
            self.bridge.finished.emit(result)


class TaskRunner(QObject):
    """Runs tasks one at a time (SQLite has one writer) and shows their progress."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._parent = parent

    def run(self, title: str, fn: Callable[[Progress], object],
            on_done: Callable[[object], None], on_error: Callable[[BaseException], None]) -> Progress:
        bridge = _Bridge(self)
        progress = Progress(bridge.progressed.emit)
        dialog = QProgressDialog(title, self.tr("Annulla"), 0, 0, self._parent)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(SHOW_AFTER_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(progress.cancel)

        def on_progress(done: int, total: int, text: str) -> None:
            dialog.setMaximum(max(total, 0))
            dialog.setValue(done)
            if text:
                dialog.setLabelText(text)

        def finish(callback, value) -> None:
            dialog.canceled.disconnect(progress.cancel)
            dialog.close()
            dialog.deleteLater()
            bridge.deleteLater()
            callback(value)

        bridge.progressed.connect(on_progress)
        bridge.finished.connect(lambda result: finish(on_done, result))
        bridge.failed.connect(lambda exc: finish(on_error, exc))
        self._pool.start(_Job(fn, progress, bridge))
        return progress

    def wait(self, msecs: int = -1) -> bool:
        return self._pool.waitForDone(msecs)
