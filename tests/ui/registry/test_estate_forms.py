"""The manager enters the estate in the window: a building, a unit, then edits and retires it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from borgo_desktop.models.enums import Regime, RentModel, UnitStatus
from borgo_desktop.services.core.context import Actor, Context
from borgo_desktop.services.registry import registry
from borgo_desktop.ui.main_window import MainWindow
from borgo_desktop.ui.registry.lists import UnitListPage
from borgo_desktop.ui.registry.unit_page import UnitPage
from borgo_desktop.ui.widgets.fields import set_combo_data


def _window(qtbot, ctx) -> MainWindow:
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.show()
    return main


def _type(qtbot, widget, text) -> None:
    qtbot.keyClicks(widget, text)


def test_a_building_and_a_unit_created_then_the_unit_edited_and_retired(qtbot, ctx):
    main = _window(qtbot, ctx)
    page = main.open_area("units")
    assert isinstance(page, UnitListPage) and page.new_unit_button.isVisibleTo(page)

    form = page.new_building()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)  # empty: every problem shown
    assert form.isVisible()
    assert form.errors.label("name").text() == "Il campo «Nome» è obbligatorio."
    assert form.errors.label("cap").isVisibleTo(form)
    for widget, text in ((form.code, "dl61"), (form.name, "Cascina nuova"),
                         (form.address, "Via De Lemene 61"), (form.cap, "20151")):
        _type(qtbot, widget, text)
    set_combo_data(form.municipio, 8)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert not form.isVisible()
    assert page.combos["building"].findData("DL61") > 0  # the filter knows the new building

    form = page.new_unit()
    set_combo_data(form.building, "DL61")
    _type(qtbot, form.staircase, "A")
    form.floor.setValue(1)
    _type(qtbot, form.number, "3")
    form.surface.setValue(61.5)
    form.rooms.setValue(3)
    set_combo_data(form.regime, Regime.CAPPED)
    set_combo_data(form.rent_model, RentModel.PER_M2)
    _type(qtbot, form.rate, "90,00")
    _type(qtbot, form.sheet, "112")
    _type(qtbot, form.parcel, "24/8")  # a typing mistake, refused under its field
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.isVisible()
    assert "24/8" in form.errors.label("cadastral_parcel").text()
    assert form.banner.text().startswith("Il modulo contiene un errore")
    form.parcel.clear()
    _type(qtbot, form.parcel, "248")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert not form.isVisible()
    unit = registry.find_unit(ctx, "DL61-A-3")
    assert (unit.surface_m2, unit.rent_rate_cents, unit.cadastral) == (
        61.5, 9_000, "fg. 112 part. 248")
    assert page.model.rowCount() == 1

    unit_page = main.open_unit(unit.id)
    assert isinstance(unit_page, UnitPage)
    form = unit_page.edit_unit()
    assert form.number.isReadOnly() and not form.building.isEnabled()
    form.surface.setValue(63)
    set_combo_data(form.status, UnitStatus.RENOVATION)
    form.accessible.setChecked(True)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert not form.isVisible()
    edited = registry.get_unit(ctx, unit.id)
    assert (edited.surface_m2, edited.status, edited.accessible) == (
        63, UnitStatus.RENOVATION, True)

    dialog = unit_page.retire_unit()
    qtbot.mouseClick(dialog.retire_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert registry.get_unit(ctx, unit.id).status == UnitStatus.RETIRED
    assert not unit_page.retire_button.isEnabled()


def test_the_front_desk_sees_no_estate_buttons(qtbot, ctx, world):
    desk = Context(store=ctx.store, actor=Actor("desk", "front_desk"), today=ctx.today)
    main = _window(qtbot, desk)
    page = main.open_area("units")
    assert not page.new_unit_button.isVisibleTo(page)
    unit_page = main.open_unit(world.units.a1.id)
    assert not unit_page.edit_button.isVisibleTo(unit_page)
    assert not unit_page.retire_button.isVisibleTo(unit_page)
