"""Background tasks: results come back to the GUI thread; errors and cancellation too."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QWidget

from borgo_desktop.ui.tasks import Cancelled, TaskRunner


def _runner(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    return TaskRunner(parent)


def test_result_arrives_on_the_gui_thread(qtbot):
    runner = _runner(qtbot)
    seen = {}

    def work(progress):
        seen["worker"] = threading.get_ident()
        for step in range(3):
            progress.report(step + 1, 3, f"passo {step + 1}")
        return 42

    done = []
    runner.run("Prova", work, lambda result: done.append((result, threading.get_ident())),
               lambda exc: done.append(exc))
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    assert done[0] == (42, threading.get_ident())
    assert seen["worker"] != threading.get_ident()


def test_errors_are_delivered_not_raised_in_the_worker(qtbot):
    runner = _runner(qtbot)
    errors = []
    runner.run("Prova", lambda progress: 1 / 0, lambda result: None, errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], ZeroDivisionError)


def test_cancel_stops_the_task_at_its_next_report(qtbot):
    runner = _runner(qtbot)
    started, outcome = threading.Event(), []

    def work(progress):
        started.set()
        while True:
            progress.report(0, 0, "")

    handle = runner.run("Prova", work, outcome.append, outcome.append)
    started.wait(5)
    handle.cancel()
    qtbot.waitUntil(lambda: bool(outcome), timeout=5000)
    assert isinstance(outcome[0], Cancelled)
