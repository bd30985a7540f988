"""«Piano di comunicazione» in the window: a manager adds an action in the dialog (a missing
date and a title are asked for in the dialog itself), sees it in the list and as a dot on the
timeline, marks it done with its reach, and prints the plan."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPointF, Qt
from pypdf import PdfReader

from borgo_desktop.models.communication import PlanAudience, PlanPhase, PlanStatus
from borgo_desktop.services.communication import plan
from borgo_desktop.ui.main_window import MainWindow
from borgo_desktop.ui.widgets.fields import set_combo_data
from helpers.ledger_world import as_role


def click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_an_action_added_in_the_dialog_is_in_the_list_and_on_the_timeline(qtbot, ctx, tmp_path):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    area = window.open_area("communication")
    page = area.plan
    area.tabs.setCurrentWidget(page)
    assert page.empty.isVisible() and page.table.rowCount() == 0
    click(qtbot, page.buttons["new"])
    dialog = page.dialog
    dialog.planned_on.set_value(None)
    click(qtbot, dialog.findChild(type(page.buttons["new"]), "save_button"))
    assert dialog.isVisible()  # refused: the problems are shown under their fields
    assert dialog.errors.label("planned_on").text() == "Indicare la data dell'azione."
    assert dialog.errors.label("title").isVisible() and dialog.errors.label("phase").isVisible()
    set_combo_data(dialog.phase, PlanPhase.MOVE_IN)
    set_combo_data(dialog.audience, PlanAudience.RESIDENTS)
    dialog.title.setText("Assemblea di benvenuto")
    dialog.planned_on.set_value(date(2026, 11, 20))
    dialog.channel.setCurrentText("Assemblea")
    dialog.owner.setText("Ufficio di borgo")
    click(qtbot, dialog.findChild(type(page.buttons["new"]), "save_button"))
    assert not dialog.isVisible()
    assert page.table.rowCount() == 1 and page.table.item(0, 3).text() == "Assemblea di benvenuto"
    assert page.table.item(0, 7).text() == "Programmata"
    assert not page.empty.isVisible()
    ((rect, shown),) = page.timeline.spots
    assert shown.title == "Assemblea di benvenuto"
    # The dot sits in the band of its phase (the second of four) and picks its row.
    band = page.timeline.band_height()
    assert 26 + band <= rect.center().y() <= 26 + 2 * band
    page.table.clearSelection()
    qtbot.mouseClick(page.timeline, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert page.selected().title == "Assemblea di benvenuto"

    click(qtbot, page.buttons["done"])
    done = page.dialog
    done.delivered.setValue(40)
    done.attended.setValue(41)
    click(qtbot, done.findChild(type(page.buttons["new"]), "save_button"))
    assert "non possono essere più dei raggiunti" in done.errors.label("attended").text()
    done.attended.setValue(28)
    click(qtbot, done.findChild(type(page.buttons["new"]), "save_button"))
    assert page.table.item(0, 7).text() == "Svolta"
    assert (page.table.item(0, 8).text(), page.table.item(0, 9).text()) == ("40", "28")
    (action,) = plan.list_actions(ctx)
    assert (action.status, action.delivered, action.attended) == (PlanStatus.DONE, 40, 28)

    printed = page.print(tmp_path / "piano.pdf")
    assert "Assemblea di benvenuto" in PdfReader(printed).pages[0].extract_text()


def test_the_facility_manager_reads_the_plan_without_changing_it(qtbot, ctx):
    plan.create_action(ctx, plan.ActionInput(PlanPhase.STEADY, PlanAudience.CITY, "Open day",
                                             date(2026, 12, 12)))
    facility = as_role(ctx, "facility_manager", "tecnico")
    window = MainWindow(facility)
    qtbot.addWidget(window)
    window.show()
    page = window.open_area("communication").plan
    assert page.table.rowCount() == 1
    assert not page.buttons["new"].isVisibleTo(page) and page.buttons["print"].isVisibleTo(page)
