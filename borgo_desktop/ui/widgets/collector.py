"""Python's garbage collection kept on the GUI thread.

The cycle collector runs in whichever thread happens to allocate; if a background task
(ui.tasks) triggers it, Qt objects caught in cycles are destroyed from the worker thread
and the program crashes. So automatic collection is off and this timer collects on the
GUI thread instead, generation by generation as the thresholds say (the pattern used by
Anki and pyqtgraph).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000


class MainThreadCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(INTERVAL_MS)

    def check(self) -> None:
        first, second, third = gc.get_count()
        if first > self.thresholds[0]:
            gc.collect(0)
            if second > self.thresholds[1]:
                gc.collect(1)
                if third > self.thresholds[2]:
                    gc.collect(2)
