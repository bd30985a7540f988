"""Run something once a widget has been painted for the first time.

The first window must reach the screen before anything that can wait: a call queued with
``QTimer.singleShot(0, …)`` may run before the first paint (the paint comes later in the same
turn of the event loop), so what is deferred here waits for the paint event itself.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _AfterPaint(QObject):
    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._then = then

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._then)  # once this paint is done
        return False


def after_first_paint(widget: QWidget, then: Callable[[], None]) -> None:
    widget.installEventFilter(_AfterPaint(widget, then))
