"""Icons: Font Awesome glyphs shipped as small SVG files, so the window starts without
loading an icon font.

The files in resources/icons are the qtawesome glyphs written once by
``python -m borgo_desktop.ui.widgets.icon_build`` (same shape, same place in the square,
same colour). A name without a shipped file still works through qtawesome (slower,
logged), and a test keeps the shipped set equal to the names the code uses.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QIcon

log = logging.getLogger(__name__)

ICON_COLOR = "#37474f"
ICONS_DIR = Path(__file__).resolve().parents[2] / "resources" / "icons"
KIND_ICONS = {"household": "fa5s.users", "person": "fa5s.user", "unit": "fa5s.home",
              "case": "fa5s.folder-open", "ticket": "fa5s.wrench",
              "violation": "fa5s.balance-scale", "arrears": "fa5s.euro-sign"}

_cache: dict[tuple[str, str], QIcon] = {}
_svg_ok: list[bool] = []  # Qt's SVG icon engine answered (a build without it draws nothing)


def icon_file(name: str, color: str = ICON_COLOR) -> Path:
    """fa5s.user -> fa5s.user.svg; another colour than the default gets its own file."""
    suffix = "" if color.lower() == ICON_COLOR else "-" + color.lstrip("#").lower()
    return ICONS_DIR / f"{name}{suffix}.svg"


def icon(name: str, color: str = ICON_COLOR) -> QIcon:
    key = (name, color.lower())
    cached = _cache.get(key)
    if cached is None:
        path = icon_file(name, color)
        cached = QIcon(str(path)) if path.is_file() and _svg_works(path) \
            else _font_icon(name, color)
        _cache[key] = cached
    return QIcon(cached)


def _svg_works(path: Path) -> bool:
    if not _svg_ok:
        _svg_ok.append(not QIcon(str(path)).pixmap(16, 16).isNull())
        if not _svg_ok[0]:
            log.warning("Qt cannot draw SVG icons here (iconengines plugin missing?)")
    return _svg_ok[0]


def _font_icon(name: str, color: str) -> QIcon:
    log.warning("icon %s (%s) drawn from the icon font, not from %s", name, color, ICONS_DIR)
    try:
        import qtawesome  # ~150 ms with its font: only for an icon not shipped as a file

        return qtawesome.icon(name, color=color)
    except Exception:  # noqa: BLE001 - a missing glyph must not stop the window
        log.warning("icon %s not available", name, exc_info=True)
        return QIcon()
