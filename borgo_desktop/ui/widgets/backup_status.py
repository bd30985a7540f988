"""The state of the last good backup in the status bar, and of the copy in progress.

Reads services.backup_runner.BackgroundBackup.state() on a timer: often while a copy runs
(its percentage), rarely otherwise. Times in Rome.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

from borgo_desktop.formatting import fmt_instant

RUNNING_MS, IDLE_MS = 1_000, 30_000


class BackupStatus(QLabel):
    def __init__(self, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backup_status")
        self.runner = runner
        self._timer = QTimer(self, interval=RUNNING_MS)
        self._timer.timeout.connect(self.update_state)
        self._timer.start()
        self.update_state()

    def update_state(self) -> None:
        state = self.runner.state()
        self._timer.setInterval(RUNNING_MS if state.running else IDLE_MS)
        if state.last_good is None:
            last = self.tr("nessuna copia di sicurezza")
        else:
            last = self.tr("ultima copia di sicurezza {when}").format(
                when=fmt_instant(state.last_good))
        if state.running:
            text = self.tr("Copia di sicurezza in corso ({percent}%) · {last}").format(
                percent=int(state.done_fraction * 100), last=last)
        elif state.error:
            text = self.tr("Copia di sicurezza non riuscita ({error}) · {last}").format(
                error=state.error, last=last)
        else:
            text = last[:1].upper() + last[1:]
        self.setText(text)
        self.setAccessibleName(text)
        self.setToolTip(str(state.last_path) if state.last_path else "")
