"""The acceptance flow of the bookings calendar, in the main window as the office works:
book the party room for a Saturday by dragging on the week, see a conflicting request refused
with its reason before and on saving, make a weekly after-school series, cancel one date,
print the weekly programme."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import QPoint, Qt, QTime
from PySide6.QtWidgets import QMessageBox

from borgo_desktop.formatting import ROME
from borgo_desktop.models.enums import BookingStatus, RequesterKind
from borgo_desktop.services.spaces import bookings
from borgo_desktop.services.core.context import Actor, Context
from borgo_desktop.services.core.recurrence import Repeat
from borgo_desktop.ui.main_window import MainWindow
from borgo_desktop.ui.spaces import spaces_page as page_module
from borgo_desktop.ui.spaces.calendar_grid import CalendarGrid
from borgo_desktop.ui.widgets.fields import set_combo_data
from helpers.spaces_support import make_spaces

SATURDAY = date(2026, 12, 12)
MONDAY = date(2026, 12, 7)


@pytest.fixture
def rooms(ctx):
    return make_spaces(ctx)


def _point(grid: CalendarGrid, column: int, minute: int) -> QPoint:
    rect = grid.rect_of(column, minute, minute + 1)
    return QPoint(int(rect.center().x()), int(rect.top()) + 1)


def _drag(qtbot, grid: CalendarGrid, column: int, start: int, end: int) -> None:
    qtbot.mousePress(grid, Qt.MouseButton.LeftButton, pos=_point(grid, column, start))
    qtbot.mouseMove(grid, _point(grid, column, end - 15))
    qtbot.mouseRelease(grid, Qt.MouseButton.LeftButton, pos=_point(grid, column, end - 15))


def _open_page(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 800)
    window.show()
    page = window.open_area("spaces")
    qtbot.waitExposed(page)
    return window, page


def test_book_refuse_series_cancel_print(qtbot, ctx, rooms, monkeypatch):
    window, page = _open_page(qtbot, ctx)
    set_combo_data(page.space_combo, str(rooms["SALA"]))
    page.go_to(SATURDAY)

    # 1. The party room on Saturday 15:00-19:00, by dragging over the Saturday column.
    _drag(qtbot, page.grid, 5, 15 * 60, 19 * 60)
    form = page.dialog
    assert form.day.value() == SATURDAY and form.start.time() == QTime(15, 0)
    assert form.end.time() == QTime(19, 0)
    form.title_edit.setText("Compleanno di Luca")
    form.requester.setText("Rossi Anna")
    form.refresh_availability()
    assert form.availability.text().startswith("Libero: sabato 12/12/2026 15:00–19:00")
    with qtbot.waitSignal(form.saved):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert [b.title for b in page.grid.blocks] == ["Compleanno di Luca"]

    # 2. A conflicting request: the reason is shown before saving, and saving is refused.
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    form = page.dialog
    form.day.set_value(SATURDAY)
    form.start.setTime(QTime(18, 0))
    form.end.setTime(QTime(21, 0))
    form.title_edit.setText("Cena di condominio")
    form.requester.setText("Bianchi Paolo")
    qtbot.waitUntil(lambda: form.availability.text().startswith("Non disponibile"))
    assert "«Compleanno di Luca» (Rossi Anna)" in form.availability.text()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.isVisible() and "già prenotato sabato 12/12/2026 15:00–19:00" in form.banner.text()
    assert form.title_edit.text() == "Cena di condominio"  # the input is kept
    form.mark_clean()
    form.reject()

    # 3. The weekly after-school series, with the form.
    page.go_to(MONDAY)
    form = page.new_booking()
    set_combo_data(form.space, str(rooms["DOPO"]))
    form.day.set_value(MONDAY)
    form.start.setTime(QTime(16, 30))
    form.end.setTime(QTime(18, 30))
    form.repeat.setCurrentIndex(form.repeat.findData(Repeat.WEEKLY.value))
    form.until.set_value(date(2027, 5, 31))
    form.title_edit.setText("Doposcuola")
    form.requester.setText("Gruppo genitori")
    form.refresh_availability()
    assert "Libere tutte le 26 date" in form.availability.text()
    with qtbot.waitSignal(form.saved):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    # 4. Cancel one date: the week of 14 December, click the block, «Annulla questa data».
    set_combo_data(page.space_combo, str(rooms["DOPO"]))
    page.go_to(date(2026, 12, 16))
    block = page.grid.blocks[0]
    qtbot.mouseClick(page.grid, Qt.MouseButton.LeftButton,
                     pos=page.grid.rect_of(block.column, block.start, block.end).center().toPoint())
    assert "Doposcuola" in page.detail_label.text()
    assert "ogni settimana fino al 31/05/2027" in page.detail_label.text()
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    series_id = page.selected.series_id
    qtbot.mouseClick(page.buttons["cancel_one"], Qt.MouseButton.LeftButton)
    assert page.grid.blocks == []
    series = bookings.series_of(ctx, series_id)
    cancelled = [o for o in series if o.status == BookingStatus.CANCELLED]
    assert [o.starts_at.astimezone(ROME).date() for o in cancelled] == [date(2026, 12, 14)]

    # 5. Print the weekly programme (A3) and hand it to the viewer.
    opened = []
    monkeypatch.setattr(page_module, "open_file", opened.append)
    page.go_to(MONDAY)
    page.paper.setCurrentText("A3")
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    assert opened[0].read_bytes().startswith(b"%PDF") and opened[0].name.endswith("A3.pdf")


def test_day_view_of_all_spaces(qtbot, ctx, rooms):
    bookings.create(ctx, bookings.BookingInput(rooms["LAB"], "Riparazioni", "Ciclofficina",
                                               RequesterKind.ASSOCIATION, SATURDAY, time(10), time(12)))
    window, page = _open_page(qtbot, ctx)
    page.mode.setCurrentIndex(page.mode.findData(page_module.DAY))
    page.go_to(SATURDAY)
    assert page.grid.columns == ["Aula doposcuola", "Laboratorio", "Sala feste"]
    assert [(b.column, b.title) for b in page.grid.blocks] == [(1, "Riparazioni")]
    assert "sabato 12/12/2026" in page.period_label.text()
    assert not page.space_combo.isEnabled()


def test_a_request_waiting_for_approval_is_approved_by_the_manager(qtbot, ctx, store, rooms):
    desk = Context(store, Actor("desk", "front_desk"), ctx.today)
    bookings.create(desk, bookings.BookingInput(rooms["LAB"], "Corso", "Ass. Amici",
                                                RequesterKind.ASSOCIATION, SATURDAY, time(10), time(12)))
    _window, desk_page = _open_page(qtbot, desk)
    assert not desk_page.buttons["approve"].isVisibleTo(desk_page)
    window, page = _open_page(qtbot, ctx)
    set_combo_data(page.space_combo, str(rooms["LAB"]))
    page.go_to(SATURDAY)
    assert page.grid.blocks[0].kind == "pending"
    page.select_booking(page.grid.blocks[0].payload)
    qtbot.mouseClick(page.buttons["approve"], Qt.MouseButton.LeftButton)
    assert page.grid.blocks[0].kind == "confirmed"


def test_space_settings_form(qtbot, ctx, store, rooms):
    window, page = _open_page(qtbot, ctx)
    set_combo_data(page.space_combo, str(rooms["DOPO"]))
    form = page.edit_space()
    assert form.fields["hours"].days[6].text() == ""  # closed on Sunday
    form.fields["hours"].days[5].setText("9-13")
    form.fields["hours"].days[0].setText("20:00-8:00")
    form.fields["capacity"].setValue(25)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.isVisible() and "lunedì" in form.banner.text()  # closing before opening
    form.fields["hours"].days[0].setText("8:00-20:00")
    with qtbot.waitSignal(form.saved):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    space = next(s for s in page.spaces if s.id == rooms["DOPO"])
    assert space.capacity == 25 and space.opening_hours[5] == ("09:00", "13:00")
    _window, desk_page = _open_page(qtbot, Context(store, Actor("d", "front_desk"), ctx.today))
    assert desk_page.settings_button.isHidden()


def test_export_the_space_calendar_as_ics(qtbot, ctx, rooms, tmp_path):
    bookings.create(ctx, bookings.BookingInput(rooms["SALA"], "Festa", "Rossi Anna",
                                               RequesterKind.RESIDENT, SATURDAY, time(15),
                                               time(19)))
    window, page = _open_page(qtbot, ctx)
    set_combo_data(page.space_combo, str(rooms["SALA"]))
    assert page.ics_button.isVisibleTo(page)
    with qtbot.waitSignal(page.status_message, timeout=10_000) as message:
        page.export_ics_to(tmp_path / "sala.ics")
    assert message.args[0].startswith("1 prenotazioni esportate")
    assert b"SUMMARY:Festa" in (tmp_path / "sala.ics").read_bytes()
