"""«Canoni e morosità» in the window: the desk records a payment and prints its receipt from
the household page; the arrears list filters in the database; a bank statement is previewed
then imported; the unmatched queue assigns and dismisses; who sees what."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pypdf import PdfReader

from borgo_desktop.models.ledger import LineStatus, Payment
from borgo_desktop.services.core import listing
from borgo_desktop.services.ledger import balances, charges
from borgo_desktop.services.ledger.bank import queue
from borgo_desktop.ui.ledger import household_ledger
from borgo_desktop.ui.main_window import MainWindow
from arrears_world import on
from helpers.ledger_world import build_world

FILES = Path(__file__).parents[2] / "services" / "ledger" / "bank_files"
DAY = date(2026, 3, 31)


@pytest.fixture
def office(ctx):
    world = build_world(ctx)
    day = on(ctx, DAY)
    for period in ("2026-01", "2026-02", "2026-03"):
        charges.charge_run(day, period)
    world.ctx = day
    return world


def click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _window(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_desk_records_a_payment_and_prints_the_receipt(qtbot, office, monkeypatch):
    desk = on(office.ctx, DAY, "front_desk", "sportello")
    window = _window(qtbot, desk)
    page = window.open_household(office.rossi.id)
    box = page.ledger_box
    owed = balances.household_balance(desk, office.rossi.id).balance_cents
    assert owed > 0 and "da pagare" in box.info.values["balance"].text()
    assert len(box.chart.points) == 12 and box.chart.points[-1].charged_cents > 0
    opened = []
    monkeypatch.setattr(household_ledger.list_page, "open_file", opened.append)
    click(qtbot, box.pay_button)
    dialog = box.dialog
    assert dialog.amount.cents() == owed  # what is owed, proposed
    dialog.amount.setText("dodici")
    click(qtbot, dialog.save_button)
    assert dialog.isVisible()  # refused, the input kept
    dialog.amount.setText("150,00")
    with qtbot.waitSignal(dialog.saved):
        click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    text = "".join(p.extract_text() for p in PdfReader(opened[0]).pages)
    assert "Ricevuta" in text and "150,00" in text and office.rossi.code in text
    assert "ricevuta n. 2026/000001" in box.message.text()
    after = balances.household_balance(desk, office.rossi.id)
    assert after.balance_cents == owed - 15_000
    with desk.store.read() as session:
        assert session.query(Payment).count() == 1


def test_the_arrears_list_filters_and_opens_the_file(qtbot, office):
    window = _window(qtbot, office.ctx)
    area = window.open_area("ledger")
    page = area.arrears
    assert page.model.rowCount() == 3  # nobody has paid
    assert page.count_label.text() == "3 nuclei in ritardo"
    page.combos["bucket"].setCurrentIndex(1)  # up to 30 days
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)  # the oldest debt is 85 days old
    page.combos["bucket"].setCurrentIndex(3)  # 61-90 days
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    page.combos["bucket"].setCurrentIndex(0)
    window.open_dashboard_target("ledger", "DL55")
    assert page.combos["building"].currentData() == "DL55"
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    page.table.selectRow(0)
    page.table.activated.emit(page.table.currentIndex())
    assert window.tabs.currentWidget().objectName() == "arrears_file_page"


def test_a_statement_is_previewed_then_imported_and_the_queue_is_worked(qtbot, office,
                                                                      tmp_path):
    queue.add_payer_iban(office.ctx, office.bianchi.id, "IT49Z0200801600000104567890",
                         "Anna Bianchi")
    window = _window(qtbot, office.ctx)
    area = window.open_area("ledger")
    imports = area.imports
    area.tabs.setCurrentWidget(imports)
    click(qtbot, imports.import_button)
    dialog = imports.dialog
    bad = tmp_path / "appunti.csv"
    bad.write_text("questo non è un estratto conto\n", encoding="utf-8")
    dialog.path_field.setText(str(bad))
    click(qtbot, dialog.next_button)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10_000)
    assert "Nulla è stato importato" in dialog.error.text()
    assert dialog.steps.currentIndex() == 0

    statement = tmp_path / "febbraio.xml"
    shutil.copy(FILES / "febbraio.camt053.xml", statement)
    dialog.path_field.setText(str(statement))
    click(qtbot, dialog.next_button)
    qtbot.waitUntil(lambda: dialog.steps.currentIndex() == 1, timeout=10_000)
    assert dialog.lines_table.rowCount() == len(dialog.preview.lines)
    assert "nulla è ancora stato scritto" in dialog.summary.text()
    assert queue.count_queued(office.ctx) == 0  # the preview writes nothing
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        click(qtbot, dialog.next_button)
    assert "Importazione completata" in dialog.summary.text()
    assert imports.table.rowCount() == 1
    waiting = queue.count_queued(office.ctx)
    assert waiting >= 1 and area.queue.table.rowCount() == waiting
    assert area.tabs.tabText(area.tabs.indexOf(area.queue)) == f"Da abbinare ({waiting})"

    panel = area.queue
    area.tabs.setCurrentWidget(panel)
    panel.table.selectRow(0)
    click(qtbot, panel.assign_button)
    assign = panel.dialog
    assign.household.setEditText("N99999")
    click(qtbot, assign.save_button)
    assert assign.isVisible() and any("N99999" in label.text() for label in
                                      assign.findChildren(type(assign.errors.banner)))
    def verdi_payments() -> int:
        with office.ctx.store.read() as session:
            return session.query(Payment).filter(Payment.household_id == office.verdi.id).count()

    before = verdi_payments()
    assign.household.setEditText(office.verdi.code)
    with qtbot.waitSignal(assign.saved):
        click(qtbot, assign.save_button)
    assert verdi_payments() == before + 1
    if panel.table.rowCount():
        panel.table.selectRow(0)
        click(qtbot, panel.dismiss_button)
        dismiss = panel.dialog
        dismiss.widgets["reason"].setText("Rimborso di un deposito, non è un canone")
        with qtbot.waitSignal(dismiss.saved):
            click(qtbot, dismiss.save_button)
    assert queue.count_queued(office.ctx) == 0 and panel.empty.isVisible()
    assert area.tabs.tabText(area.tabs.indexOf(area.queue)) == "Da abbinare"


def test_who_sees_the_ledger(qtbot, office):
    facility = on(office.ctx, DAY, "facility_manager", "tecnico")
    window = _window(qtbot, facility)
    assert "ledger" not in {a.key for a in window.areas}
    worker = on(office.ctx, DAY, "social_worker", "assistente")
    window = _window(qtbot, worker)
    assert "ledger" in {a.key for a in window.areas}
    area = window.open_area("ledger")
    assert area.arrears.model.rowCount() == 0  # no household of hers is behind
    assert area.queue is None and area.imports is None and area.tabs.count() == 1
    page = window.open_household(office.rossi.id)
    assert page.ledger_box is None  # not her caseload
    desk = _window(qtbot, on(office.ctx, DAY, "front_desk", "sportello"))
    assert desk.open_area("ledger").imports is not None
    assert listing.count(office.ctx, listing.SPECS["arrears"]) == 3
