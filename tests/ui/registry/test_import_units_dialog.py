"""Units imported in the window: «Importa alloggi…» on the units page, the messy sheet checked,
its bad cells red, nothing written until a clean import, the list refreshed after it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from borgo_desktop.services.core.context import Actor, Context
from borgo_desktop.services.registry import registry
from borgo_desktop.services.registry.forms import BuildingInput
from borgo_desktop.ui.main_window import MainWindow
from borgo_desktop.ui.registry.importing.preview_model import BAD_BACKGROUND

MESSY = Path(__file__).parents[2] / "services" / "registry" / "data" / "alloggi_disordinati.csv"


def _window(qtbot, ctx) -> MainWindow:
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.show()
    return main


def _choose(qtbot, dialog, monkeypatch, path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *args, **kwargs: (str(path), "Fogli di calcolo"))
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10000)


def test_the_messy_sheet_is_previewed_red_then_its_good_rows_imported(qtbot, ctx, monkeypatch):
    for code in ("DL51", "DL59"):
        registry.create_building(ctx, BuildingInput(code, "Corte", "via De Lemene 51", "20151", 8))
    main = _window(qtbot, ctx)
    page = main.open_area("units")
    assert page.import_button.isVisibleTo(page)
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog.windowTitle() == "Importa alloggi da foglio di calcolo"
    assert "una riga per alloggio" in dialog.findChild(type(dialog.status_label),
                                                        "columns_help").text()
    _choose(qtbot, dialog, monkeypatch, MESSY)

    assert "il file sarebbe rifiutato" in dialog.summary_label.text()
    assert not dialog.import_button.isEnabled()
    assert dialog.model.headerData(0, Qt.Orientation.Vertical) == "4"  # below the title lines
    bad = dialog.model.index(7, 7)  # sheet row 12 (row 8 is blank), column «Regime»
    assert bad.data() == "villa"
    assert bad.data(Qt.ItemDataRole.BackgroundRole).color() == BAD_BACKGROUND
    assert "Regime non valido" in bad.data(Qt.ItemDataRole.ToolTipRole)
    assert dialog.problems_table.rowCount() == 12
    assert registry.find_unit(ctx, "DL51-A-1") is None

    dialog.skip_check.setChecked(True)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.import_button.isEnabled(), timeout=10000)
    assert "si importerebbero 3 alloggi" in dialog.summary_label.text()
    with qtbot.waitSignal(dialog.imported, timeout=10000) as signal:
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # «Importa» is the default button
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10000)
    assert signal.args == [3]
    assert "Importati 3 alloggi" in dialog.summary_label.text()
    assert registry.find_unit(ctx, "DL51-A-1").accessible
    dialog.close()
    assert page.model.rowCount() == 3  # the list shows them at once


def test_the_template_is_saved_from_the_units_dialog(qtbot, ctx, tmp_path, monkeypatch):
    main = _window(qtbot, ctx)
    dialog = main.import_units()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(tmp_path / "alloggi"), "Foglio Excel"))
    dialog.template_button.click()
    assert (tmp_path / "alloggi.xlsx").exists()
    assert "alloggi.xlsx" in dialog.status_label.text()
    dialog.close()


def test_the_front_desk_has_no_units_import(qtbot, ctx):
    desk = Context(store=ctx.store, actor=Actor("desk", "front_desk"), today=ctx.today)
    main = _window(qtbot, desk)
    page = main.open_area("units")
    assert not page.import_button.isVisibleTo(page)
    assert not main.import_units_action.isVisible()
