"""The communication screens of the screenshot tour: the templates, the editor with its live
preview, the letter-writing dialog on a staircase, the delivery log, the communication plan
(its timeline and list, and the dialog of an action). Nothing is saved or
printed (the tour leaves the data as it found them)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QElapsedTimer

from borgo_desktop.ui.widgets.fields import set_combo_data


def _wait(condition, msecs: int = 10_000) -> None:
    timer = QElapsedTimer()
    timer.start()
    while not condition() and timer.elapsed() < msecs:
        QCoreApplication.processEvents()


def communication_screens(window, shot: Callable[..., None]) -> None:
    if "communication" not in {a.key for a in window.areas}:
        return
    area = window.open_area("communication")
    panel = area.templates
    shot("70_modelli.png")
    if panel.rows and panel.buttons["edit"].isVisibleTo(panel):
        notices = [r for r, t in enumerate(panel.rows) if t.kind.public] or [0]
        panel.table.selectRow(notices[0])
        editor = panel.edit()
        _wait(lambda: editor.previews > 0)
        shot("71_modello_anteprima.png", editor)
        editor.mark_clean()
        editor.reject()
        dialog = panel.write()
        set_combo_data(dialog.kind, "staircase")
        shot("72_scrivi_ai_nuclei.png", dialog)
        dialog.reject()
    area.tabs.setCurrentWidget(area.deliveries)
    shot("73_registro_consegne.png")
    page = area.plan
    area.tabs.setCurrentWidget(page)
    shot("74_piano_comunicazione.png")
    if page.rows and page.buttons["edit"].isVisibleTo(page):
        page.table.selectRow(0)
        dialog = page.edit()
        shot("75_azione_piano.png", dialog)
        dialog.mark_clean()
        dialog.reject()
    area.tabs.setCurrentWidget(panel)
