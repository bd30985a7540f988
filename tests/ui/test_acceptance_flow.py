"""The foundation's acceptance flow in one piece, in the main window as a clerk works:
create a household of three in the form, find it by typing part of a surname, open it,
propose a unit, record the visit, sign and move the household in."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from borgo_desktop.models.enums import HouseholdStatus, Stage, UnitStatus
from borgo_desktop.services.registry import registry
from borgo_desktop.ui.main_window import MainWindow
from tests.ui.registry.test_household_flow import type_person


def click(qtbot, button):
    assert button.isEnabled() and button.isVisibleTo(button.window())
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_from_the_desk_to_the_keys(qtbot, ctx, world):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()

    form = window.new_household()  # the "Nuovo nucleo" button (Ctrl+N: test_household_flow)
    type_person(qtbot, form.members[0], "Colombo", "Davide", date(1986, 2, 11), "Maschio")
    qtbot.mouseClick(form.add_button, Qt.MouseButton.LeftButton)
    type_person(qtbot, form.members[1], "Sala", "Irene", date(1988, 7, 23), "Femmina")
    qtbot.mouseClick(form.add_button, Qt.MouseButton.LeftButton)
    type_person(qtbot, form.members[2], "Colombo", "Pietro", date(2019, 4, 2), "Maschio",
                relation_label="Figlio/a")
    with qtbot.waitSignal(form.saved):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    window.close_tab(window.tabs.currentIndex())

    qtbot.keyClicks(window.search_box, "colo dav")
    qtbot.waitUntil(lambda: window.search_box.popup.isVisible())
    model = window.search_box.model
    row = next(r for r in range(model.rowCount()) if model.item(r).text().startswith("Nucleo "))
    window.search_box.popup.setCurrentIndex(model.index(row, 0))
    qtbot.keyClick(window.search_box.popup, Qt.Key.Key_Return)
    page = window.tabs.currentWidget()
    assert page.members_table.rowCount() == 3
    household_id = page.detail.id

    panel = page.pipeline_panel
    click(qtbot, panel.buttons["add_candidate"])
    click(qtbot, panel.buttons["propose_unit"])
    combo = panel.dialog.unit_combo
    combo.setCurrentIndex(combo.findData(world.units.a1.code))
    click(qtbot, panel.dialog.ok_button)
    assert registry.find_unit(ctx, world.units.a1.code).status == UnitStatus.PREALLOCATED
    for action in ("record_visit", "accept_offer", "sign_contract", "move_in"):
        click(qtbot, panel.buttons[action])
        click(qtbot, panel.dialog.ok_button)

    detail = registry.get_household(ctx, household_id)
    assert detail.stage == Stage.MOVED_IN and detail.status == HouseholdStatus.RESIDENT
    assert detail.unit.code == world.units.a1.code and detail.active_lease is not None
    assert "Entrato nell'alloggio" in panel.stage_label.text()
    assert page.move_in_panel.checklist.isVisibleTo(page)
