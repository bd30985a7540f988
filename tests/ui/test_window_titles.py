"""Window titles name the program once: Qt appends the display name («… — Borgo Desktop»)."""

from __future__ import annotations

import re
from pathlib import Path

from borgo_desktop.app import APP_NAME

UI = Path(__file__).resolve().parents[2] / "borgo_desktop" / "ui"
TITLE = re.compile(r"setWindowTitle\((?:self\.tr|QCoreApplication\.translate)\(([^)]*)\)")
# The help window and the about box name the program as the thing they are about.
ABOUT_THE_PROGRAM = {"Guida di Borgo Desktop", "Informazioni su Borgo Desktop"}


def test_no_title_repeats_the_name_qt_appends():
    found = []
    for source in UI.rglob("*.py"):
        for call in TITLE.findall(source.read_text(encoding="utf-8")):
            texts = re.findall(r'"([^"]*)"', call)
            title = texts[-1] if texts else ""
            if APP_NAME in title and title not in ABOUT_THE_PROGRAM:
                found.append(f"{source.name}: {title}")
    assert found == []


def test_the_main_window_title(qtbot, ctx):
    from borgo_desktop.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.windowTitle() == "Ufficio di borgo"
