"""The booking dialog on the fall-back night offers the choice of the repeated hour, and for a
day already gone asks why."""

from __future__ import annotations

from datetime import date, timedelta, timezone

import pytest
from PySide6.QtCore import Qt, QTime

from borgo_desktop.services.spaces import bookings, spaces
from borgo_desktop.ui.spaces.booking_form import BookingForm
from borgo_desktop.ui.widgets.fields import set_combo_data
from helpers.spaces_support import make_spaces

AUTUMN = date(2027, 10, 31)


@pytest.fixture
def room(ctx):
    rooms = make_spaces(ctx)
    spaces.update_space(ctx, rooms["SALA"], spaces.SpaceInput(60, "", (("00:00", "24:00"),) * 7))
    return rooms["SALA"]


def _form(qtbot, ctx, room, day, start, end):
    form = BookingForm(ctx, spaces.list_spaces(ctx), space_id=room, day=day)
    qtbot.addWidget(form)
    form.show()
    form.title_edit.setText("Veglia")
    form.requester.setText("Rossi Anna")
    form.start.setTime(QTime(*start))
    form.end.setTime(QTime(*end))
    form.refresh_availability()
    return form


def test_the_repeated_hour_is_chosen_in_the_dialog(qtbot, ctx, room):
    form = _form(qtbot, ctx, room, AUTUMN, (2, 15), (2, 45))
    assert form._form.isRowVisible(form._fields["fold"])
    assert "capitano due volte" in form.availability.text()
    set_combo_data(form.fold, 1)
    form.refresh_availability()
    assert form.availability.text() == "Libero: domenica 31/10/2027 02:15–02:45 (ora solare)."
    with qtbot.waitSignal(form.saved) as saved:
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    [made] = saved.args[0]
    assert made.starts_at.astimezone(timezone.utc).hour == 1  # 02:15 CET


def test_an_ordinary_day_shows_neither_question(qtbot, ctx, room):
    form = _form(qtbot, ctx, room, AUTUMN + timedelta(days=7), (15, 0), (17, 0))
    assert not form._form.isRowVisible(form._fields["fold"])
    assert not form._form.isRowVisible(form._fields["past_reason"])


def test_a_day_already_gone_asks_why(qtbot, ctx, room):
    past = ctx.today() - timedelta(days=30)
    form = _form(qtbot, ctx, room, past, (15, 0), (17, 0))
    assert form._form.isRowVisible(form._fields["past_reason"])
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert bookings.occurrences(ctx, past, 1) == []
    form.past_reason.setText("Registrata a posteriori")
    with qtbot.waitSignal(form.saved):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert len(bookings.occurrences(ctx, past, 1)) == 1
