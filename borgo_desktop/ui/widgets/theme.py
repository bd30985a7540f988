"""The look of the window: Fusion style, a light palette with one accent colour, a readable font."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

FONT_POINTS = 10
_COLORS = {
    QPalette.ColorRole.Window: "#f5f6f8", QPalette.ColorRole.WindowText: "#1f2933",
    QPalette.ColorRole.Base: "#ffffff", QPalette.ColorRole.AlternateBase: "#f2f5f9",
    QPalette.ColorRole.Text: "#1f2933", QPalette.ColorRole.Button: "#eef1f5",
    QPalette.ColorRole.ButtonText: "#1f2933", QPalette.ColorRole.Highlight: "#1565c0",
    QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.ToolTipBase: "#ffffe1",
    QPalette.ColorRole.ToolTipText: "#1f2933", QPalette.ColorRole.PlaceholderText: "#7b8794",
    QPalette.ColorRole.Link: "#1565c0",
}
_DISABLED = "#9aa5b1"


def palette() -> QPalette:
    p = QPalette()
    for role, color in _COLORS.items():
        p.setColor(role, QColor(color))
    for role in (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.WindowText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(_DISABLED))
    return p


def apply_theme(app: QApplication) -> None:
    if app.style().name().lower() != "fusion":  # often Qt's default already: not made twice
        app.setStyle("Fusion")
    app.setPalette(palette())
    font = QFont(app.font())
    font.setPointSize(FONT_POINTS)
    app.setFont(font)
