"""The managers' dashboard as a manager uses it: the area last on the left, the tiles filled
from the worker thread, a building filter, the arrears chart opening the arrears file, a
chart saved as PNG; the package built from its dialog with a progress dialog."""

from __future__ import annotations

import dataclasses

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from borgo_desktop.services.ledger.balances import ArrearsFilter, arrears
from borgo_desktop.ui.widgets.table_model import ID_ROLE
from borgo_desktop.services.reporting import keys
from borgo_desktop.services.core.context import Actor
from borgo_desktop.ui.main_window import MainWindow
from borgo_desktop.ui.reporting.dashboard_page import DashboardPage



def _window(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    return window


def _loaded(qtbot, page: DashboardPage) -> None:
    qtbot.waitUntil(lambda: page.data is not None and not page.tasks._pool.activeThreadCount(),
                    timeout=20_000)


def test_the_dashboard_is_last_and_for_managers_and_administrators_only(qtbot, demo):
    areas = [a.key for a in _window(qtbot, demo).areas]
    assert areas[-1] == "dashboard"
    assert _window(qtbot, demo).areas[-1].label == "Cruscotto"
    assert "dashboard" in [a.key for a in _window(qtbot, as_role(demo, "admin", "admin")).areas]
    for role in ("front_desk", "facility_manager", "social_worker"):
        assert "dashboard" not in [a.key for a in _window(qtbot, as_role(demo, "x", role)).areas]


def test_a_manager_filters_a_building_and_the_arrears_chart_opens_the_arrears(qtbot, demo):
    window = _window(qtbot, demo)
    page = window.open_area("dashboard")
    _loaded(qtbot, page)
    assert "nuclei in debito" in page.tiles["ledger"].headline.text()
    assert len(page.tiles["ledger"].chart.series()) == 2
    building = page.building.itemData(1)
    page.data = None
    page.set_building(building)
    _loaded(qtbot, page)
    assert page.data.building == building
    qtbot.mouseClick(page.tiles["ledger"].view.viewport(), Qt.MouseButton.LeftButton)
    opened = window.tabs.currentWidget()
    assert opened is window.area_pages["ledger"]  # the arrears list, on that building
    listed = opened.arrears
    assert listed.combos["building"].currentData() == building
    behind = {row.household_id for row in arrears(demo, ArrearsFilter(building_code=building),
                                                     limit=500)}
    qtbot.waitUntil(lambda: listed.model.rowCount() == len(behind))
    assert {listed.model.index(r, 0).data(ID_ROLE) for r in range(len(behind))} == behind


def test_every_other_tile_opens_its_existing_area(qtbot, demo):
    window = _window(qtbot, demo)
    page = window.open_area("dashboard")
    _loaded(qtbot, page)
    for key, area in (("tickets", "tickets"), ("spaces", "spaces"), ("units", "units"),
                      ("community", "community"), ("allocation", "allocation")):
        page.tiles[key].open_button.click()
        assert window.tabs.currentWidget() is window.area_pages[area], key


def test_a_chart_is_saved_as_png(qtbot, demo, tmp_path):
    page = DashboardPage(demo)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    _loaded(qtbot, page)
    target = tmp_path / "morosita.png"
    assert page.tiles["ledger"].export_png(str(target))
    image = QImage(str(target))
    assert not image.isNull() and image.width() > 100


@pytest.fixture
def comune_key(demo):
    admin = as_role(demo, "admin", "admin")
    keys.make_pseudonym_key(admin)
    public = rsa.generate_private_key(public_exponent=65537, key_size=2048).public_key()
    keys.set_comune_key(admin, public.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode())


def test_a_manager_builds_the_package_with_a_progress_dialog(qtbot, demo, comune_key, tmp_path,
                                                             monkeypatch):
    from borgo_desktop.ui import tasks

    monkeypatch.setattr(tasks, "SHOW_AFTER_MS", 0)  # the progress dialog shows at once
    window = _window(qtbot, demo)
    page = window.open_area("dashboard")
    _loaded(qtbot, page)
    page.package_button.click()
    dialog = window.dialog
    assert dialog.objectName() == "package_dialog"
    dialog.path.setText(str(tmp_path / "q4.borgo"))
    dialog.period.setCurrentIndex(dialog.period.findData("2026-Q4"))
    dialog.build_button.click()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=30_000)
    assert dialog.result.path.exists()
    assert dialog.result.content_sha256 in dialog.message.text()
    dialog.build_button.click()  # the same period again: refused, said in the dialog
    qtbot.waitUntil(lambda: "già stato inviato" in dialog.message.text(), timeout=30_000)


def test_without_keys_the_dialog_says_what_is_missing(qtbot, demo, tmp_path):
    from borgo_desktop.ui.reporting.package_dialog import PackageDialog

    dialog = PackageDialog(demo, "2026-Q4")
    qtbot.addWidget(dialog)
    assert "mancante" in dialog.keys_label.text()
    dialog.path.setText(str(tmp_path / "q4.borgo"))
    dialog.build_button.click()
    qtbot.waitUntil(lambda: "chiave dei pseudonimi" in dialog.message.text(), timeout=30_000)
    assert not (tmp_path / "q4.borgo").exists()


def as_role(ctx, username, role):
    return dataclasses.replace(ctx, actor=Actor(username, role))
