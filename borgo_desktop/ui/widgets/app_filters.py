"""Application-wide event filters (F1 help, accessible names): installed once per QApplication."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

F = TypeVar("F", bound=QObject)


def install_once(app: QApplication, kind: type[F]) -> F:
    """The application's ``kind`` filter, made and installed on first call."""
    existing = app.findChild(kind)
    if existing is not None:
        return existing
    made = kind(app)
    app.installEventFilter(made)
    return made


def uninstall(app: QApplication, kind: type[QObject]) -> None:
    existing = app.findChild(kind)
    if existing is not None:
        app.removeEventFilter(existing)
        existing.setParent(None)
        existing.deleteLater()
