"""Icons from qtawesome's bundled fonts (no image files to ship), with a blank fallback."""

from __future__ import annotations

import logging

from PySide6.QtGui import QIcon

log = logging.getLogger(__name__)

ICON_COLOR = "#37474f"
KIND_ICONS = {"household": "fa5s.users", "person": "fa5s.user", "unit": "fa5s.home"}


def icon(name: str, color: str = ICON_COLOR) -> QIcon:
    try:
        import qtawesome

        return qtawesome.icon(name, color=color)
    except Exception:  # noqa: BLE001 - a missing glyph must not stop the window
        log.warning("icon %s not available", name, exc_info=True)
        return QIcon()
