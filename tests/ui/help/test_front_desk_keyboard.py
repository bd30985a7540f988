"""The front desk's day with the keyboard only: find a household, log a ticket from its page,
book the party room, print the tenants' notice of the ticket. Every step is a key typed
where the focus is (Tab to move, Space or Enter to press, Ctrl+F to search): no clicks and
no calls on the widgets, so a screen the keyboard cannot reach fails here."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from borgo_desktop.formatting import ROME
from borgo_desktop.services.spaces import bookings, spaces
from borgo_desktop.services.registry import registry
from borgo_desktop.services.core.context import Actor, Context
from borgo_desktop.ui.main_window import MainWindow
from borgo_desktop.ui.spaces.booking_form import BookingForm
from borgo_desktop.ui.tickets.step_dialog import StepDialog
from borgo_desktop.ui.tickets.ticket_form import TicketForm
from borgo_desktop.ui.widgets import list_page

EVERY_DAY = (("08:00", "23:00"),) * 7
MAX_TABS = 400  # a focus chain longer than this is a screen nobody could walk


@pytest.fixture
def desk(qtbot, ctx, world, monkeypatch):
    room = registry.create_common_space(ctx, "DL55", "SALA", "Sala feste", capacity=60)
    spaces.update_space(ctx, room, spaces.SpaceInput(60, "Impianto audio", EVERY_DAY))
    printed: list = []
    monkeypatch.setattr(list_page, "open_file", printed.append)  # the system PDF viewer
    clerk = Context(ctx.store, Actor("sportello", "front_desk", "Sportello"), ctx.today)
    window = MainWindow(clerk)
    qtbot.addWidget(window)
    window.resize(1366, 800)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    return window, printed


def focused() -> QWidget:
    """Where a key goes: an open popup (the search's hits) takes the keyboard, as on screen."""
    where = QApplication.activePopupWidget() or QApplication.focusWidget()
    assert where is not None, "the keyboard has nowhere to go: nothing has the focus"
    return where


def key(qtbot, which, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), which, modifier)


def type_text(qtbot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def tab_to(qtbot, wanted) -> QWidget:
    """Tab through the focus chain until ``wanted`` (a widget, or a test on one) has focus."""
    test = wanted if callable(wanted) and not isinstance(wanted, QWidget) else \
        (lambda widget: widget is wanted)
    for _ in range(MAX_TABS):
        if focused() is not None and test(focused()):
            return focused()
        key(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"the keyboard never reaches {wanted}")


def back_to(qtbot, window) -> None:
    """A dialog closed: the window manager hands the keyboard back to the main window (the
    offscreen platform has no window manager to do it)."""
    if QApplication.focusWidget() is None:
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)


def dialog_opened(qtbot, window, kind) -> QWidget:
    """The dialog a key opened, with the keyboard in it (as the window manager gives it)."""
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(kind)))
    dialog = next(d for d in window.findChildren(kind) if d.isVisible())
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None
                    and QApplication.focusWidget().window() is dialog)
    return dialog


def button(text: str):
    return lambda widget: isinstance(widget, QPushButton) and widget.text() == text


def test_the_front_desks_day_with_the_keyboard_only(qtbot, desk, world):
    window, printed = desk

    # 1. Find the household: Ctrl+F, part of the surname, Enter opens its page.
    key(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert focused() is window.search_box
    type_text(qtbot, "Bianchi")
    qtbot.waitUntil(lambda: bool(window.search_box.hits))
    key(qtbot, Qt.Key.Key_Return)
    page = window.tabs.currentWidget()
    assert getattr(page, "household_id", None) == world.bianchi.id

    # 2. Log a ticket from the household's page: «Segnala guasto», category, subject, Enter.
    tab_to(qtbot, page.report_button)
    key(qtbot, Qt.Key.Key_Space)
    form = dialog_opened(qtbot, window, TicketForm)
    tab_to(qtbot, form.category)
    key(qtbot, Qt.Key.Key_Down)  # the first category
    tab_to(qtbot, form.summary)
    type_text(qtbot, "Perdita d'acqua dal soffitto del bagno")
    key(qtbot, Qt.Key.Key_Return)  # «Salva» is the default button
    qtbot.waitUntil(lambda: not form.isVisible())
    back_to(qtbot, window)
    ticket_page = window.tabs.currentWidget()  # the new ticket opens in front
    assert ticket_page.detail.ticket.id == form.created_id
    assert ticket_page.detail.ticket.summary == "Perdita d'acqua dal soffitto del bagno"
    assert ticket_page.detail.ticket.unit_code == world.units.a2.code

    # 3. Print the tenants' notice of the ticket: «Avviso inquilini», then Enter («Stampa»).
    tab_to(qtbot, button("Avviso inquilini"))
    key(qtbot, Qt.Key.Key_Space)
    dialog_opened(qtbot, window, StepDialog)
    key(qtbot, Qt.Key.Key_Return)  # the draft of the notice as it is: «Stampa»
    qtbot.waitUntil(lambda: bool(printed))
    back_to(qtbot, window)
    assert printed[0].read_bytes().startswith(b"%PDF")
    assert ticket_page.last_pdf == printed[0]

    # 4. Book the party room: Ctrl+<n> opens the n-th area on the left, «Nuova prenotazione».
    spaces_row = [area.key for area in window.areas].index("spaces")
    key(qtbot, getattr(Qt.Key, f"Key_{spaces_row + 1}"), Qt.KeyboardModifier.ControlModifier)
    spaces_page = window.tabs.currentWidget()
    assert spaces_page is window.area_pages["spaces"]
    tab_to(qtbot, spaces_page.new_button)
    key(qtbot, Qt.Key.Key_Space)
    booking = dialog_opened(qtbot, window, BookingForm)
    tab_to(qtbot, booking.title_edit)
    type_text(qtbot, "Festa di compleanno")
    tab_to(qtbot, booking.requester)
    type_text(qtbot, "Esposito Carmela")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not booking.isVisible())
    booked = [o for o in bookings.occurrences(window.ctx, spaces_page.day, 1)
              if o.title == "Festa di compleanno"]
    assert [(o.space_name, o.requester, o.starts_at.astimezone(ROME).hour) for o in booked] == \
        [("Sala feste", "Esposito Carmela", 16)]
