"""The release's face: the program's icon and version on the application, the about box."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMenu, QMessageBox

from borgo_desktop import __version__, app
from borgo_desktop.ui.help.about import APP_ICON_DIR, app_icon
from borgo_desktop.ui.main_window import MainWindow


def test_the_application_carries_the_icon_and_the_version(qapp):
    app.configure(qapp, "it")
    assert QApplication.applicationVersion() == __version__
    assert not QApplication.windowIcon().isNull()
    for name in ("borgo.svg", "borgo.png", "borgo.ico"):  # the .ico is the executable's
        assert (APP_ICON_DIR / name).stat().st_size > 0
    assert not app_icon().pixmap(32, 32).isNull()


def test_aiuto_informazioni_shows_the_version(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    menu = window.findChild(QMenu, "help_menu")
    assert menu.title() == "A&iuto" and window.about_action in menu.actions()
    window.about_action.trigger()
    box = window.findChild(QMessageBox, "about_box")
    assert box.windowTitle() == "Informazioni su Borgo Desktop"
    assert f"Borgo Desktop {__version__}" in box.text()
    assert "De Lemene" in box.text()
    box.close()
