"""F1 anywhere in the program opens the page of the screen in front (help_window.py).

Apart from the help window itself so that the program's start installs the key without
loading the window's module: the login window comes first (issue 13's cold start).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

from borgo_desktop.ui.widgets.app_filters import install_once


def _f1(watched: QObject, event: QEvent) -> bool:
    """Qt's own F1 is What's This, which the program does not use."""
    from PySide6.QtCore import Qt  # not at import: the Qt namespace costs 11 ms before the login

    if event.key() == Qt.Key.Key_F1 and event.modifiers() == Qt.KeyboardModifier.NoModifier:
        from borgo_desktop.ui.help.help_window import help_for

        # the key goes to the focused widget; seen at its window, ask who has the focus
        help_for(watched if isinstance(watched, QWidget) else QApplication.focusWidget())
        return True
    return False


def install(app: QApplication) -> None:
    install_once(app, "help_f1", QEvent.Type.KeyPress, _f1)
