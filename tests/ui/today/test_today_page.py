"""«Oggi» in the window: first on the left, open at start, and every line opens its record
(Enter on the current line, as a clerk at the desk would)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from borgo_desktop.ui.main_window import MainWindow
from helpers import today_world
from helpers.today_world import TODAY, as_role, on


def _window(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    return window


def _enter_on(qtbot, window, key: str, row: int = 0):
    page = window.area_pages["today"]
    window.tabs.setCurrentWidget(page)
    lines = page.lists[key]
    lines.setFocus()
    lines.setCurrentRow(row)
    qtbot.keyClick(lines, Qt.Key.Key_Return)
    return window.tabs.currentWidget()


def _texts(page, key):
    lines = page.lists[key]
    return [lines.item(r).text() for r in range(lines.count())]


def test_the_desk_opens_today_and_each_line_opens_its_record(qtbot, ctx):
    borgo = today_world.build(ctx)
    window = _window(qtbot, on(as_role(ctx, "front_desk"), TODAY))
    assert window.navigation.item(0).text() == "Oggi"
    page = window.tabs.currentWidget()
    assert page is window.area_pages["today"]  # the first thing one sees
    assert page.title.text() == "Oggi, mercoledì 25 novembre 2026"
    assert set(page.boxes) == {"bookings", "keys", "tickets", "move_in", "arrears"}
    assert _texts(page, "bookings") == [
        "17:00–19:00 · Sala feste · Festa di compleanno (Rossi Maria)"]
    assert "Ritirare le chiavi da Bianchi Anna: Sala feste, 24/11 10:00–12:00" in \
        _texts(page, "keys")
    assert page.boxes["tickets"].title() == "Segnalazioni scadute (1)"

    spaces = _enter_on(qtbot, window, "bookings")
    assert spaces is window.area_pages["spaces"]
    assert spaces.day == TODAY and spaces.selected.id == borgo.party.id

    ticket = _enter_on(qtbot, window, "tickets")
    assert ticket.objectName() == "ticket_page" and ticket.detail.ticket.id == borgo.leak.id

    household = _enter_on(qtbot, window, "move_in")
    assert household.detail.id == borgo.world.bianchi.id

    arrears = _enter_on(qtbot, window, "arrears")
    assert arrears.file.household_code == borgo.world.rossi.code


def test_the_social_worker_opens_her_case_from_today(qtbot, ctx):
    borgo = today_world.build(ctx)
    window = _window(qtbot, on(as_role(ctx, "social_worker"), TODAY))
    page = window.area_pages["today"]
    [line] = _texts(page, "cases")
    assert line.endswith("Fissare il primo colloquio, entro il 30/11/2026")
    case = _enter_on(qtbot, window, "cases")
    assert case.file.summary.household_code == borgo.world.verdi.code
    assert "tickets" in page.boxes and "move_in" in page.boxes


def test_a_part_with_nothing_says_so_and_opens_nothing(qtbot, ctx):
    window = _window(qtbot, on(as_role(ctx, "facility_manager"), TODAY))
    page = window.area_pages["today"]
    assert set(page.boxes) == {"bookings", "keys", "tickets"}
    assert _texts(page, "tickets") == ["Niente per oggi."]
    before = window.tabs.count()
    assert _enter_on(qtbot, window, "tickets") is page
    assert window.tabs.count() == before
