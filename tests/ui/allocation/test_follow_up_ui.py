"""After the move: the follow-up steps on the household's checklist and in the desk's list."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from borgo_desktop.models.enums import MoveInItem
from borgo_desktop.services.allocation import allocation
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.registry import registry
from borgo_desktop.ui.allocation import AllocationPage, MoveInPanel
from borgo_desktop.ui.allocation.follow_up_box import FollowUpModel

MOVED_IN = date(2026, 10, 20)  # five weeks before the tests' today (25/11/2026)


def _moved_in(ctx, world):
    """Esposito moved into A-1 on 20/10, through the allocation plan."""
    earlier = Context(store=ctx.store, actor=ctx.actor, today=lambda: MOVED_IN)
    hid = world.esposito.id
    allocation.add_candidate(earlier, hid, on=date(2026, 10, 1))
    allocation.propose_unit(earlier, hid, world.units.a1.code)
    allocation.record_visit(earlier, hid)
    allocation.accept_offer(earlier, hid)
    allocation.sign_contract(earlier, hid, MOVED_IN, 30_000)
    allocation.move_in(earlier, hid, on=MOVED_IN)
    return hid


def test_the_checklist_shows_due_dates_and_the_late_steps(qtbot, ctx, world):
    hid = _moved_in(ctx, world)
    panel = MoveInPanel(ctx)
    qtbot.addWidget(panel)
    panel.set_household(hid)
    panel.show()
    item, due, done, _by, _note, button = panel.rows[MoveInItem.RESIDENCE]
    assert item.isVisible() and "Dichiarazione di residenza" in item.text()
    assert (due.text(), done.text()) == ("09/11/2026", "da fare")
    assert due.toolTip() == "In ritardo" and "#b3261e" in due.styleSheet()
    assert panel.rows[MoveInItem.CHECK_6M][1].text() == "20/04/2027"
    assert panel.rows[MoveInItem.CHECK_6M][1].toolTip() == ""  # not late
    assert panel.rows[MoveInItem.KEYS][1].text() == ""  # the handover has no due date

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(panel.dialog.note_edit, "Ricevuta del Comune")
    qtbot.mouseClick(panel.dialog.ok_button, Qt.MouseButton.LeftButton)
    assert done.text() == "25/11/2026" and not button.isVisibleTo(panel)
    assert due.toolTip() == ""


def test_the_desk_lists_what_is_due_and_opens_the_household(qtbot, qtmodeltester, ctx, world):
    hid = _moved_in(ctx, world)
    page = AllocationPage(ctx)
    qtbot.addWidget(page)
    page.show()
    box = page.follow_up_box
    model = box.model
    assert isinstance(model, FollowUpModel)
    qtmodeltester.check(model)
    texts = [[model.index(r, c).data() for c in range(model.columnCount())]
             for r in range(model.rowCount())]
    code = registry.get_household(ctx, hid).code
    assert texts == [
        [code, "Esposito Carmela", world.units.a1.code, "Dichiarazione di residenza",
         "09/11/2026"],
        [code, "Esposito Carmela", world.units.a1.code, "Attivazione utenze", "19/11/2026"],
        [code, "Esposito Carmela", world.units.a1.code, "Verifica a 1 mese", "20/11/2026"]]
    assert box.count_label.text() == "3 passi entro due settimane, 3 in ritardo"
    opened = []
    page.household_opened.connect(opened.append)
    box.table.setCurrentIndex(model.index(0, 0))
    box.table.activated.emit(model.index(0, 0))
    assert opened == [hid]

    allocation.complete_move_in_task(ctx, hid, MoveInItem.RESIDENCE, date(2026, 11, 24))
    page.refresh()
    assert model.rowCount() == 2
