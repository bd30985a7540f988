"""The reporting's screens for the tour: the managers' dashboard, the package dialog and
the indicator editor."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication


def reporting_screens(window, shot) -> None:
    if not any(area.key == "dashboard" for area in window.areas):
        return
    page = window.open_area("dashboard")
    page.tasks.wait()
    QApplication.processEvents()  # the figures arrive through the event loop
    shot("50_cruscotto.png")
    if getattr(page, "package_button", None) is None:
        return
    page.package_button.click()
    dialog = window.dialog
    shot("51_pacchetto.png", dialog)
    dialog.reject()
    editor = page.open_indicators()
    shot("52_indicatori.png", editor)
    editor.reject()
