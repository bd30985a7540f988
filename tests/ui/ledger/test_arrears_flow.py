"""The acceptance flow in the window: a household falls behind, the social worker sees the
alert in «I miei casi», opens the arrears file, proposes a repayment plan in the editor and
records the signature; an instalment is missed and the plan defaults."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from pypdf import PdfReader

from borgo_desktop.models.arrears import PlanStatus
from borgo_desktop.models.casework import CaseOrigin
from borgo_desktop.services.casework import cases
from borgo_desktop.services.core import settings
from borgo_desktop.services.ledger import balances, warnings
from borgo_desktop.ui.ledger import arrears_file_page as page_module
from borgo_desktop.ui.main_window import MainWindow
from arrears_world import charge_months, on, pay
from helpers.ledger_world import build_world


@pytest.fixture
def borgo(ctx):
    return build_world(ctx)


def click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _window(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    return window


def test_behind_alert_plan_signed_instalment_missed_plan_defaults(qtbot, ctx, borgo,
                                                                   monkeypatch):
    settings.set_setting(ctx, "arrears.warning_rules", [{"rule": "unpaid_after_days", "days": 10}])
    worker = on(ctx, ctx.today(), "social_worker", "assistente")
    cases.open_case(worker, borgo.rossi.id, CaseOrigin.OFFICE, "Accompagnamento")
    charge_months(ctx, "2026-11")
    for household in (borgo.bianchi, borgo.verdi):
        monthly = balances.household_balance(ctx, household.id).monthly_cents
        pay(ctx, household, monthly, date(2026, 11, 5))
    assert warnings.run_warnings(ctx).fired == 1  # Rossi's November rent, 20 days late

    window = _window(qtbot, worker)
    page = window.open_area("cases")
    panel = page.alerts
    assert panel.isVisible() and panel.table.rowCount() == 1
    assert panel.table.item(0, 1).text() == borgo.rossi.code
    panel.table.selectRow(0)
    click(qtbot, panel.file_button)
    arrears = window.tabs.currentWidget()
    assert arrears.objectName() == "arrears_file_page"
    assert arrears.alerts.rowCount() == 1 and arrears.steps.item(0, 0).text() == "da inviare"
    assert not arrears.step_buttons["formal_notice"].isVisible()  # legal steps: managers only

    click(qtbot, arrears.plan_buttons["new"])
    editor = arrears.dialog
    editor.count.setValue(3)
    editor.first.set_value(date(2026, 12, 10))
    assert editor.schedule.rowCount() == 3
    with qtbot.waitSignal(editor.saved):
        click(qtbot, editor.save_button)
    assert arrears.plans.item(0, 1).text() == "Proposto"
    opened = []
    monkeypatch.setattr(page_module, "open_file", opened.append)
    click(qtbot, arrears.plan_buttons["print"])
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    text = "".join(p.extract_text() for p in PdfReader(opened[0]).pages)
    assert "Piano di rientro" in text and "riconosce di dovere" in text
    click(qtbot, arrears.plan_buttons["sign"])
    assert arrears.plans.item(0, 1).text() == "Firmato"
    assert "piano di rientro firmato" in arrears.support_chip.text()

    # December: the rent is charged, nothing is paid; ten days after the 10th the first
    # instalment counts as missed and the plan defaults.
    charge_months(ctx, "2026-12")
    later = _window(qtbot, on(ctx, date(2026, 12, 21)))
    file_page = later.open_arrears(borgo.rossi.id)
    assert file_page.file.plans[0].status == PlanStatus.DEFAULTED
    assert file_page.plans.item(0, 1).text() == "Decaduto"
    assert file_page.instalments.item(0, 4).text() == "non pagata"
    assert file_page.support_chip.isHidden()  # legal steps may resume
    assert file_page.plan_buttons["revise"].isEnabled()
