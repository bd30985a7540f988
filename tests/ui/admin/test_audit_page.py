"""The audit window: filters, paging model, chain check, export, and who may open it."""

from __future__ import annotations

import csv
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import text

from borgo_desktop.formatting import ROME
from borgo_desktop.services.core import audit, listing
from borgo_desktop.services.core.context import Actor, Context
from borgo_desktop.services.core.permissions import PermissionDenied
from borgo_desktop.ui.admin.audit_page import AuditPage


@pytest.fixture
def admin(ctx):
    return Context(store=ctx.store, actor=Actor("anna", "admin", "Anna Amministratrice"),
                   today=ctx.today)


@pytest.fixture
def page(qtbot, admin, world):
    audit.record_view(admin, "household", world.rossi.id)
    shown = AuditPage(admin)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def shown_rows(page) -> list[dict]:
    model = page.model
    return [{c.key: model.index(r, i).data() for i, c in enumerate(model.spec.columns)}
            for r in range(model.rowCount())]


def choose(combo, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, [combo.itemText(i) for i in range(combo.count())]
    combo.setCurrentIndex(index)


def test_newest_first_with_italian_names_and_times(qtmodeltester, page):
    qtmodeltester.check(page.model)
    rows = shown_rows(page)
    total = len(audit.list_entries(page.ctx, limit=10_000))
    assert page.count_label.text() == f"{total} voci"
    assert [int(r["seq"]) for r in rows] == sorted((int(r["seq"]) for r in rows), reverse=True)
    assert rows[0]["action"] == "Apertura scheda nucleo" and rows[0]["actor"] == "anna"
    assert rows[0]["at"].startswith(datetime.now(ROME).strftime("%d/%m/%Y "))  # Rome time
    assert "Nuovo nucleo" in {r["action"] for r in rows}
    assert page.table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder


def test_filters_by_user_operation_record_and_days(qtbot, page, world):
    choose(page.combos["actor"], "anna")
    assert {r["actor"] for r in shown_rows(page)} == {"anna"}
    assert page.count_label.text() == "1 voce"
    page.combos["actor"].setCurrentIndex(0)  # Tutti

    choose(page.combos["action"], "Nuovo nucleo")
    assert {r["action"] for r in shown_rows(page)} == {"Nuovo nucleo"}
    assert page.count_label.text() == "3 voci"  # Rossi, Bianchi, Esposito
    page.combos["action"].setCurrentIndex(0)

    qtbot.keyClicks(page.record_filter, str(world.rossi.id))
    qtbot.waitUntil(lambda: {r["entity_id"] for r in shown_rows(page)} == {str(world.rossi.id)})
    assert {r["action"] for r in shown_rows(page)} >= {"Nuovo nucleo", "Apertura scheda nucleo"}
    page.record_filter.clear()

    today = datetime.now(ROME).date()
    page.since.set_value(today + timedelta(days=1))
    qtbot.waitUntil(lambda: page.count_label.text() == "0 voci")
    page.since.set_value(today)
    page.until.set_value(today)
    qtbot.waitUntil(lambda: page.model.total == len(audit.list_entries(page.ctx, limit=10_000)))
    page.until.set_value(today - timedelta(days=1))
    page.since.set_value(None)
    qtbot.waitUntil(lambda: page.count_label.text() == "0 voci")


def test_double_click_follows_the_record(qtbot, page, world):
    first = page.model.index(0, 0)
    page.table.activated.emit(first)
    assert page.record_filter.text() == str(world.rossi.id)
    assert {r["entity_id"] for r in shown_rows(page)} == {str(world.rossi.id)}


def test_verify_says_intact_then_names_the_altered_entry(qtbot, page, admin):
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.verify_label.isVisible, timeout=10_000)
    assert page.verify_label.text().startswith("Registro integro:")
    assert "nessuna alterazione" in page.verify_label.text()

    with admin.store.engine.begin() as connection:
        connection.execute(text("UPDATE audit_log SET actor = 'mallory' WHERE seq = 2"))
    page.verify_label.hide()
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.verify_label.isVisible, timeout=10_000)
    message = page.verify_label.text()
    assert message.startswith("Attenzione: il registro è stato alterato a partire dalla voce n. 2.")
    assert "Le 1 voci precedenti sono integre" in message
    assert page.verify_button.isEnabled()


def test_export_writes_what_the_list_shows(qtbot, page, tmp_path):
    choose(page.combos["action"], "Nuovo nucleo")
    out = tmp_path / "registro.csv"
    page.export_to(out, "csv")
    qtbot.waitUntil(out.exists, timeout=10_000)
    page.tasks.wait()
    with open(out, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0][:4] == ["N.", "Data e ora", "Utente", "Operazione"]
    assert [row[3] for row in rows[1:]] == ["Nuovo nucleo"] * 3
    assert all("/" in row[1] for row in rows[1:])  # Rome time, Italian format


@pytest.mark.parametrize("role", ["front_desk", "facility_manager", "social_worker", "manager"])
def test_only_the_administrator_reads_the_log(store, role):
    ctx = Context(store=store, actor=Actor("x", role))
    with pytest.raises(PermissionDenied):
        listing.count(ctx, listing.AUDIT)
    with pytest.raises(PermissionDenied):
        listing.fetch_page(ctx, listing.AUDIT)
    with pytest.raises(PermissionDenied):
        audit.actors(ctx)
    with pytest.raises(PermissionDenied):
        audit.action_codes(ctx)
