"""The "Violazioni" area as people use it: the desk reports a violation citing the article
of the rules the household acknowledged; the manager verifies it, sends a written warning,
prints the letter, issues a formal notice; the register of guests records and authorises a
stay; the desk sees no step it may not take."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from pypdf import PdfReader

from borgo_desktop.models.violations import GuestState, ViolationStatus
from borgo_desktop.services.core.context import Actor, Context
from borgo_desktop.ui.main_window import MainWindow
from borgo_desktop.ui.violations import violation_page as page_module
from borgo_desktop.ui.widgets.fields import set_combo_data
from violation_world import make_world


@pytest.fixture
def borgo(ctx):
    return make_world(ctx)


def click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _window(qtbot, ctx, role: str, username: str) -> MainWindow:
    window = MainWindow(Context(store=ctx.store, actor=Actor(username, role, username.title()),
                                today=ctx.today))
    qtbot.addWidget(window)
    window.show()
    return window


def test_report_warn_print_and_formal_notice(qtbot, ctx, borgo, monkeypatch):
    desk = _window(qtbot, ctx, "front_desk", "sportello")
    area = desk.open_area("violations")
    assert area.list_page.model.rowCount() == 0
    click(qtbot, area.list_page.report_button)
    form = area.dialog
    set_combo_data(form.household, str(borgo.rossi.id))
    form.occurred_on.set_value(date(2026, 11, 2))
    assert "versione 2" in form.rules_info.text()
    assert form.rule.count() == 4  # "no article" and the three of version 2
    click(qtbot, form.save_button)
    assert "obbligatorio" in form.errors.label("reported_by").text()  # refused, input kept
    form.reported_by.setText("Custode del civico 55")
    form.description.setPlainText("Biciclette sul pianerottolo del primo piano.")
    set_combo_data(form.category, "common_areas")
    set_combo_data(form.rule, 3)
    with qtbot.waitSignal(form.saved):
        click(qtbot, form.save_button)
    assert area.list_page.model.rowCount() == 1
    page = desk.tabs.currentWidget()
    assert page.objectName() == "violation_page"
    assert "versione 2" in page.info.values["rules"].text()
    assert page.info.values["rule_text"].text().startswith("3. Le biciclette")
    assert not page.buttons  # the desk takes no step of the ladder
    assert not page.print_button.isEnabled()
    violation_id = page.violation_id

    manager = _window(qtbot, ctx, "manager", "responsabile")
    page = manager.open_violation(violation_id)
    assert page.buttons["verify"].isEnabled() and not page.buttons["formal_notice"].isEnabled()
    click(qtbot, page.buttons["verify"])
    page.dialog.widgets["note"].setPlainText("Sopralluogo con foto.")
    with qtbot.waitSignal(page.dialog.saved):
        click(qtbot, page.dialog.save_button)
    click(qtbot, page.buttons["written_warning"])
    page.dialog.widgets["note"].setPlainText("Richiesto di usare il deposito.")
    with qtbot.waitSignal(page.dialog.saved):
        click(qtbot, page.dialog.save_button)
    assert page.detail.status == ViolationStatus.WRITTEN_WARNING
    assert page.steps.rowCount() == 3 and page.steps.item(2, 2).text() == "responsabile"

    opened = []
    monkeypatch.setattr(page_module, "open_file", opened.append)
    click(qtbot, page.print_button)
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    text = "".join(p.extract_text() for p in PdfReader(opened[0]).pages)
    assert "Richiamo scritto" in text and "art. 3" in text
    assert page.steps.item(2, 5).text() == "stampata"

    click(qtbot, page.buttons["formal_notice"])
    assert page.dialog.widgets["deadline"].value() == date(2026, 12, 25)
    with qtbot.waitSignal(page.dialog.saved):
        click(qtbot, page.dialog.save_button)
    assert page.status_chip.text() == "Diffida"
    assert page.info.values["deadline"].text() == "25/12/2026"
    assert page.buttons["escalate"].isEnabled()
    click(qtbot, page.buttons["escalate"])  # before the deadline: refused in the form
    page.dialog.widgets["note"].setPlainText("Nessuna risposta")
    click(qtbot, page.dialog.save_button)
    assert "25/12/2026" in page.dialog.errors.label("on").text()


def test_the_register_of_guests(qtbot, ctx, borgo):
    window = _window(qtbot, ctx, "manager", "responsabile")
    area = window.open_area("violations")
    panel = area.guests
    area.tabs.setCurrentWidget(panel)
    assert "6 mesi" in panel.limits.text()
    click(qtbot, panel.buttons["register"])
    form = panel.dialog
    set_combo_data(form.widgets["household"], str(borgo.bianchi.id))
    form.widgets["guest_name"].setText("Karim Benali")
    form.widgets["starts_on"].set_value(date(2026, 11, 1))
    form.widgets["planned_until"].set_value(date(2027, 8, 1))
    click(qtbot, form.save_button)
    assert "6 mesi" in form.errors.label("planned_until").text()
    form.widgets["planned_until"].set_value(date(2027, 1, 31))
    with qtbot.waitSignal(form.saved):
        click(qtbot, form.save_button)
    assert panel.table.rowCount() == 1 and "1 da autorizzare" in panel.alert.text()
    panel.table.selectRow(0)
    click(qtbot, panel.buttons["authorise"])
    assert panel.stays[0].state == GuestState.AUTHORISED and panel.alert.isHidden()
