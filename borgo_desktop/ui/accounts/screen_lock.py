"""The screen lock: after some idle minutes (or on request) every window of the program is
covered and the logged-in user's password is asked again.

Nothing is closed, hidden or reset: each open window (the main window with its tabs, any
form still being filled in) gets a curtain child drawn over it, and an application-modal
dialog asks the password. Unlocking removes the curtains and gives the focus back where it
was, so typed input and open tabs are exactly as they were.

Idle time is measured by an application-wide event filter that restarts a single-shot timer
on every key, click, wheel or mouse movement. The timer is injectable for tests.
"""

from __future__ import annotations

from datetime import datetime
from typing import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from borgo_desktop.formatting import ROME
from borgo_desktop.ui.accounts.form_parts import FieldGrid, call_service
from borgo_desktop.ui.accounts.login_dialog import wait_seconds
from borgo_desktop.ui.accounts.password_field import PasswordEdit
from borgo_desktop.ui.widgets.display import title_label
from borgo_desktop.ui.widgets.forms import FormErrors, banner_label

ACTIVITY = frozenset((QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
                      QEvent.Type.Wheel, QEvent.Type.TouchBegin))
CURTAIN_STYLE = "background: #37474f;"


class ScreenLock(QObject):
    locked_changed = Signal(bool)

    def __init__(self, window: QWidget, ctx, check_password: Callable[[object, str], None],
                 minutes: float, timer: QTimer | None = None) -> None:
        super().__init__(window)
        self.window, self.ctx, self.check_password = window, ctx, check_password
        self.timer = timer or QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        self.set_minutes(minutes)
        self.dialog: LockDialog | None = None
        self.curtains: dict[QWidget, QWidget] = {}
        self._focus: QWidget | None = None
        QApplication.instance().installEventFilter(self)

    @property
    def locked(self) -> bool:
        return self.dialog is not None

    def set_minutes(self, minutes: float) -> None:
        """0 turns the automatic lock off (the menu entry still locks)."""
        self.minutes = minutes
        if minutes > 0:
            self.timer.setInterval(int(minutes * 60_000))
            self.timer.start()
        else:
            self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind in ACTIVITY and not self.locked and self.minutes > 0:
            self.timer.start()  # someone is at the keyboard: the idle time starts again
        elif kind == QEvent.Type.Resize and watched in self.curtains:
            self.curtains[watched].setGeometry(watched.rect())
        return False

    # --- locking ------------------------------------------------------------------------

    def lock(self) -> None:
        if self.locked:
            return
        self.timer.stop()
        self._focus = QApplication.focusWidget()
        for window in self._windows():
            self.curtains[window] = _curtain(window)
        self.dialog = LockDialog(self.ctx, self.check_password, self.window)
        self.dialog.unlocked.connect(self._unlocked)
        self.dialog.show()  # open() would make it window-modal: every window must wait
        self.locked_changed.emit(True)

    def _windows(self) -> list[QWidget]:
        """The program's visible windows (popups, tooltips and menus close by themselves)."""
        transient = (Qt.WindowType.Popup, Qt.WindowType.ToolTip)
        return [w for w in QApplication.topLevelWidgets()
                if w.isVisible() and w.isWindow() and w.windowType() not in transient]

    def _unlocked(self) -> None:
        for curtain in self.curtains.values():
            if shiboken6.isValid(curtain):
                curtain.deleteLater()
        self.curtains.clear()
        self.dialog.deleteLater()
        self.dialog = None
        if self._focus is not None and shiboken6.isValid(self._focus) and self._focus.isVisible():
            self._focus.activateWindow()
            self._focus.setFocus()
        self._focus = None
        if self.minutes > 0:
            self.timer.start()
        self.locked_changed.emit(False)


def _curtain(window: QWidget) -> QWidget:
    curtain = QWidget(window)
    curtain.setObjectName("lock_curtain")
    curtain.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
    curtain.setStyleSheet(CURTAIN_STYLE)
    curtain.setGeometry(window.rect())
    curtain.show()
    curtain.raise_()
    return curtain


class LockDialog(QDialog):
    """Asks the password of whoever is logged in; only that unlocks."""

    unlocked = Signal()

    def __init__(self, ctx, check_password, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Dialog | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("lock_dialog")
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setMinimumWidth(420)
        self.setStyleSheet("QDialog#lock_dialog { border: 1px solid #90a4ae; }")
        self.ctx, self.check_password = ctx, check_password
        actor = ctx.actor
        self.banner = banner_label()
        self.errors = FormErrors(self.banner)
        explain = QLabel(self.tr(
            "Schermo bloccato alle {time}. Per riprendere, {name} scriva la sua password: "
            "le schede e i moduli aperti sono rimasti come erano.").format(
            time=datetime.now(ROME).strftime("%H:%M"), name=actor.display_name or actor.username))
        explain.setWordWrap(True)
        grid = FieldGrid(self.errors)
        self.password = grid.add("password", self.tr("Password"), PasswordEdit("lock_password"))
        buttons = QDialogButtonBox()
        self.unlock_button = buttons.addButton(self.tr("Sblocca"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.unlock_button.setObjectName("unlock_button")
        self.unlock_button.setDefault(True)
        buttons.accepted.connect(self.try_unlock)
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.tr("Schermo bloccato"), "lock_title"))
        layout.addWidget(explain)
        layout.addWidget(self.banner)
        layout.addWidget(grid)
        layout.addWidget(buttons)
        self.password.setFocus()

    def try_unlock(self) -> None:
        self.errors.clear()
        ok, result = call_service(self.errors,
                                  lambda: self.check_password(self.ctx, self.password.text()))
        self.password.clear()
        if not ok:
            seconds = wait_seconds(result)
            if seconds:
                self.unlock_button.setEnabled(False)
                QTimer.singleShot(seconds * 1000, lambda: self.unlock_button.setEnabled(True))
            return
        self.unlocked.emit()
        super().accept()

    def reject(self) -> None:
        """Esc does not unlock."""

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        parent = self.parentWidget()
        if parent is not None:  # centred over the main window
            center = parent.mapToGlobal(parent.rect().center())
            self.move(center.x() - self.width() // 2, center.y() - self.height() // 2)
        self.password.setFocus()
