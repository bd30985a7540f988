"""The main window's «Aiuto» menu: the guide (F1, the page of the screen in front) and the
about box."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMainWindow

from borgo_desktop.ui.help import f1, help_window
from borgo_desktop.ui.widgets import accessibility


def add_help_menu(window: QMainWindow) -> None:
    from borgo_desktop.ui.help.about import app_icon, show_about

    app = QApplication.instance()
    f1.install(app)  # F1 everywhere (app.configure installs them too)
    accessibility.install(app)
    menu = window.menuBar().addMenu(QCoreApplication.translate("HelpMenu", "A&iuto"))
    menu.setObjectName("help_menu")
    # F1 itself is caught by the application (help/f1.py): shown here, not bound
    guide = QAction(QCoreApplication.translate("HelpMenu", "&Guida\tF1"), window)
    guide.setObjectName("guide_action")
    guide.triggered.connect(lambda: help_window.help_for(window.tabs.currentWidget() or window))
    menu.addAction(guide)
    about = QAction(app_icon(), QCoreApplication.translate(
        "HelpMenu", "&Informazioni su Borgo Desktop…"), window)
    about.setObjectName("about_action")
    about.setMenuRole(QAction.MenuRole.AboutRole)
    about.triggered.connect(lambda: show_about(window))
    menu.addSeparator()
    menu.addAction(about)
    window.help_menu, window.guide_action, window.about_action = menu, guide, about
