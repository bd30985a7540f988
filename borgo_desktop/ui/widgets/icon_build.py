"""Write the icons the code uses as SVG files (a developer tool, not run by the program):

    python -m borgo_desktop.ui.widgets.icon_build

Each file is the qtawesome glyph as a vector path, laid out as qtawesome paints it (glyph
7/8 of the square, centred on its advance and line height), so the look does not change
while the program no longer loads the icon font at start.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from PySide6.QtGui import QPainterPath

from borgo_desktop.ui.widgets.icons import ICON_COLOR, ICONS_DIR, icon_file

PACKAGE_DIR = Path(__file__).resolve().parents[2]
VIEW = 512  # the SVG square; coordinates are kept to 0.1 of it
_NAME = re.compile(r"""["'](fa5[srb]\.[a-z0-9-]+)["']""")
_COLORED = re.compile(
    r"""icon\(\s*["'](fa5[srb]\.[a-z0-9-]+)["']\s*,\s*["'](#[0-9a-fA-F]{6})["']""")


def used_icons(package_dir: Path = PACKAGE_DIR) -> set[tuple[str, str]]:
    """(name, colour) of every icon named in the package source."""
    used: set[tuple[str, str]] = set()
    for source in package_dir.rglob("*.py"):
        text = source.read_text(encoding="utf-8")
        colored = list(_COLORED.finditer(text))
        used.update((m[1], m[2].lower()) for m in colored)
        used.update((m[1], ICON_COLOR) for m in _NAME.finditer(text)
                    if not any(c.start() < m.start() < c.end() for c in colored))
    return used


def _number(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def path_data(path: QPainterPath) -> str:
    """SVG path data of a QPainterPath (glyphs hold only moves, lines and cubic curves)."""
    parts, i = [], 0
    while i < path.elementCount():
        e = path.elementAt(i)
        if e.type == QPainterPath.ElementType.MoveToElement:
            parts.append(f"M{_number(e.x)} {_number(e.y)}")
        elif e.type == QPainterPath.ElementType.LineToElement:
            parts.append(f"L{_number(e.x)} {_number(e.y)}")
        else:  # a curve: this control point, then two data elements
            c2, end = path.elementAt(i + 1), path.elementAt(i + 2)
            parts.append("C" + " ".join(_number(v) for v in (e.x, e.y, c2.x, c2.y, end.x, end.y)))
            i += 2
        i += 1
    return "".join(parts) + "Z"


def glyph_svg(name: str, color: str) -> str:
    import qtawesome

    prefix, _ = name.split(".", 1)
    rawfont = qtawesome._instance().rawfont(prefix, round(0.875 * VIEW))  # noqa: SLF001
    glyph = rawfont.glyphIndexesForString(qtawesome.charmap(name))[0]
    advance = rawfont.advancesForGlyphIndexes((glyph,))[0].x()
    path = rawfont.pathForGlyph(glyph)
    # As qtawesome paints it: the advance box (advance x line height) centred in the square.
    path.translate((VIEW - abs(advance)) / 2, (VIEW - rawfont.ascent() - rawfont.descent()) / 2
                   + rawfont.ascent())
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{VIEW}" height="{VIEW}" '
            f'viewBox="0 0 {VIEW} {VIEW}"><path fill="{color}" d="{path_data(path)}"/></svg>\n')


def build(out_dir: Path = ICONS_DIR) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, color in sorted(used_icons()):
        target = out_dir / icon_file(name, color).name
        target.write_text(glyph_svg(name, color), encoding="utf-8")
        written.append(target)
    wanted = {p.name for p in written}
    for stale in out_dir.glob("*.svg"):
        if stale.name not in wanted:
            stale.unlink()
    return written


def main() -> int:
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for path in build():
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
