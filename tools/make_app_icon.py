"""Draw the program's icon files from resources/app/borgo.svg (a developer tool):

    python tools/make_app_icon.py

borgo.png (256 px, the window icon where SVG cannot be drawn) is rendered by Qt's SVG
renderer; borgo.ico (16 to 256 px, the Windows executable's icon, named in build.spec) is
put together from it by Pillow (which ReportLab brings).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

APP_DIR = Path(__file__).resolve().parents[1] / "borgo_desktop" / "resources" / "app"
ICO_SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]


def render(svg: Path, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    return image


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv)
    png = APP_DIR / "borgo.png"
    if not render(APP_DIR / "borgo.svg", 256).save(str(png)):
        sys.exit(f"could not write {png}")
    Image.open(png).save(APP_DIR / "borgo.ico", sizes=ICO_SIZES)
    print(png, APP_DIR / "borgo.ico", sep="\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
