"""The main window's «Aiuto» menu."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow


def add_help_menu(window: QMainWindow) -> None:
    from borgo_desktop.ui.help.about import app_icon, show_about

    menu = window.menuBar().addMenu(QCoreApplication.translate("HelpMenu", "A&iuto"))
    menu.setObjectName("help_menu")
    about = QAction(app_icon(), QCoreApplication.translate(
        "HelpMenu", "&Informazioni su Borgo Desktop…"), window)
    about.setObjectName("about_action")
    about.setMenuRole(QAction.MenuRole.AboutRole)
    about.triggered.connect(lambda: show_about(window))
    menu.addAction(about)
    window.help_menu, window.about_action = menu, about
