"""One application-wide event filter (F1 help, accessible names) for every handler.

Qt hands an application's event filter every event of every object: each Python filter is
a call from C++ per event. The handlers share one filter, which looks them up by the event's
type, so a paint or a mouse move costs one call and a dictionary look-up.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

Handler = Callable[[QObject, QEvent], bool]  # True: the event is handled, stop it


class AppEvents(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.by_type: dict[QEvent.Type, list[Handler]] = {}
        self.named: dict[str, tuple[QEvent.Type, Handler]] = {}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        handlers = self.by_type.get(event.type())
        if handlers:
            for handler in handlers:
                if handler(watched, event):
                    return True
        return False


def app_events(app: QApplication) -> AppEvents:
    # kept on the application's wrapper: findChild with a Python type costs milliseconds
    # before the first window (it builds Qt's enums for the signature check)
    events = getattr(app, "_borgo_app_events", None)
    if events is None:
        events = app._borgo_app_events = AppEvents(app)
        app.installEventFilter(events)
    return events


def install_once(app: QApplication, name: str, event_type: QEvent.Type,
                 handler: Handler) -> None:
    """``handler`` sees every ``event_type`` event of the application, once however often
    it is installed under ``name``."""
    events = app_events(app)
    if name not in events.named:
        events.named[name] = (event_type, handler)
        events.by_type.setdefault(event_type, []).append(handler)


def uninstall(app: QApplication, name: str) -> None:
    events = app_events(app)
    found = events.named.pop(name, None)
    if found is not None:
        event_type, handler = found
        events.by_type[event_type].remove(handler)
        if not events.by_type[event_type]:
            del events.by_type[event_type]
