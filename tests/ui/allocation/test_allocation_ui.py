"""Allocation screens driven as a user would: the pipeline panel, the move-in checklist,
the quota board with the pipeline table, the categories dialog."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from borgo_desktop.identifiers import make_tax_code
from borgo_desktop.models.enums import (
    LeaseStatus, MoveInItem, Regime, Relation, RentModel, Sex, Stage, UnitStatus,
)
from borgo_desktop.services.allocation import allocation
from borgo_desktop.services.registry import registry
from borgo_desktop.services.registry.forms import (
    BuildingInput, HouseholdInput, MemberInput, PersonInput, UnitInput,
)
from borgo_desktop.ui.allocation import AllocationPage, MoveInPanel, PipelinePanel
from borgo_desktop.ui.allocation import pipeline_panel
from borgo_desktop.ui.widgets import forms
from borgo_desktop.ui.allocation.pipeline_model import (
    CODE, HOUSEHOLD_ID_ROLE, STAGE, UNIT, PipelineModel,
)

MILANO = "F205"


def _person(surname, given, born, sex):
    return PersonInput(surname, given, make_tax_code(surname, given, born, sex.value, MILANO),
                       born, sex, birth_place=MILANO)


def make_household(ctx, surname, category="FRAGILI", children=1):
    members = [MemberInput(_person(surname, "Mario", date(1980, 3, 15), Sex.M), Relation.REFERENCE),
               MemberInput(_person("Bianchi", surname[:3] + "lla", date(1982, 7, 2), Sex.F),
                           Relation.SPOUSE)]
    for n in range(children):
        members.append(MemberInput(_person(surname, ("Luca", "Anna")[n], date(2012 + n, 5, 20),
                                           (Sex.M, Sex.F)[n]), Relation.CHILD))
    return registry.create_household(ctx, HouseholdInput(target_category_code=category), members)


def _unit(ctx, staircase, number, surface, rooms, accessible=False):
    return registry.create_unit(ctx, UnitInput(
        "BOL", staircase, 1, number, surface, rooms, Regime.CAPPED, RentModel.PER_M2,
        rent_rate_cents=9_000, accessible=accessible))


@pytest.fixture
def world(ctx):
    allocation.save_category(ctx, "FRAGILI", "Nuclei fragili", 2)
    allocation.save_category(ctx, "GIOVANI", "Giovani coppie", 1)
    registry.create_building(ctx, BuildingInput("BOL", "Cascina Boldinasco",
                                                "Via De Lemene 55", "20151", 8))
    return SimpleNamespace(
        small=_unit(ctx, "A", "1", 30, 1),
        large=_unit(ctx, "A", "2", 70, 3),
        accessible=_unit(ctx, "B", "1", 60, 3, accessible=True),
        rossi=make_household(ctx, "Rossi"),
    )


@pytest.fixture
def warnings(monkeypatch):
    """Warning boxes would block the test: record their text instead."""
    shown = []
    fake = SimpleNamespace(warning=lambda _parent, _title, text: shown.append(text))
    monkeypatch.setattr(forms, "QMessageBox", fake)  # show_errors (ui/widgets/forms.py)
    monkeypatch.setattr(pipeline_panel, "QMessageBox", fake)
    return shown


def click(qtbot, button):
    assert button.isEnabled() and button.isVisibleTo(button.window())
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def find(parent, name):
    widget = parent.findChild(QWidget, name)
    assert widget is not None, name
    return widget


def visible_actions(panel):
    return {name for name, button in panel.buttons.items() if button.isVisibleTo(panel)}


def test_pipeline_model_passes_modeltester(qtmodeltester, ctx, world):
    model = PipelineModel()
    qtmodeltester.check(model)
    verdi = make_household(ctx, "Verdi", category="GIOVANI", children=0)
    allocation.add_candidate(ctx, world.rossi.id)
    allocation.add_candidate(ctx, verdi.id)
    allocation.propose_unit(ctx, verdi.id, world.accessible.code)
    model.set_rows(allocation.pipeline(ctx))
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    proposed = next(r for r in range(2) if model.index(r, STAGE).data() == "Alloggio proposto")
    assert model.index(proposed, UNIT).data() == world.accessible.code
    assert model.index(proposed, CODE).data(HOUSEHOLD_ID_ROLE) == verdi.id
    model.sort(CODE, Qt.SortOrder.DescendingOrder)
    assert [model.index(r, CODE).data() for r in range(2)] == sorted(
        [world.rossi.code, verdi.code], reverse=True)


def test_acceptance_flow(qtbot, ctx, world, warnings):
    household_id = world.rossi.id
    panel = PipelinePanel(ctx)
    qtbot.addWidget(panel)
    panel.set_household(household_id)
    panel.show()
    assert visible_actions(panel) == {"add_candidate"}

    click(qtbot, panel.buttons["add_candidate"])
    assert panel.indicator.current_stage == Stage.CANDIDATE
    assert "Candidato" in panel.stage_label.text()
    assert visible_actions(panel) == {"propose_unit"}

    # Propose: the small unit shows why it does not fit and cannot be chosen.
    click(qtbot, panel.buttons["propose_unit"])
    dialog = panel.dialog
    combo = dialog.unit_combo
    combo.setCurrentIndex(combo.findData(world.small.code))
    assert "troppo piccolo" in dialog.fit_label.text()
    assert not dialog.ok_button.isEnabled()
    combo.setCurrentIndex(combo.findData(world.large.code))
    assert dialog.fit_label.text() == "L'alloggio è adatto"
    assert dialog.reserved_edit.date().toString("dd/MM/yyyy") == "25/12/2026"
    qtbot.keyClicks(dialog.note_edit, "Proposto dopo il colloquio")
    click(qtbot, dialog.ok_button)
    assert panel.dialog is None
    assert "Alloggio proposto" in panel.stage_label.text()
    assert world.large.code in panel.unit_label.text() and "25/12/2026" in panel.unit_label.text()
    assert visible_actions(panel) == {"record_visit", "refuse_offer"}
    assert registry.find_unit(ctx, world.large.code).status == UnitStatus.PREALLOCATED

    for action, stage in (("record_visit", Stage.VISIT), ("accept_offer", Stage.ACCEPTED)):
        click(qtbot, panel.buttons[action])
        click(qtbot, panel.dialog.ok_button)
        assert panel.indicator.current_stage == stage
    assert visible_actions(panel) == {"sign_contract"}

    # Sign: the rent comes prefilled from the unit (70 m² at 90 €/m² a year).
    click(qtbot, panel.buttons["sign_contract"])
    dialog = panel.dialog
    rent = dialog.money_edits["monthly_rent_cents"]
    assert rent.text() == "525,00"
    dialog.money_edits["service_charges_cents"].setText("45,50")
    dialog.money_edits["deposit_cents"].setText("1.575,00")
    with qtbot.waitSignal(panel.changed):
        click(qtbot, dialog.ok_button)
    assert panel.indicator.current_stage == Stage.SIGNED
    assert visible_actions(panel) == {"move_in"}
    lease = registry.get_household(ctx, household_id).active_lease
    assert (lease.unit_code, lease.monthly_rent_cents, lease.service_charges_cents,
            lease.deposit_cents, lease.status) == (world.large.code, 52_500, 4_550, 157_500,
                                                   LeaseStatus.ACTIVE)

    click(qtbot, panel.buttons["move_in"])
    click(qtbot, panel.dialog.ok_button)
    assert "Entrato nell'alloggio" in panel.stage_label.text()
    assert visible_actions(panel) == set()
    assert [e.to_stage for e in allocation.history(ctx, household_id)] == [
        Stage.CANDIDATE, Stage.PROPOSED, Stage.VISIT, Stage.ACCEPTED, Stage.SIGNED,
        Stage.MOVED_IN]
    assert panel.history.topLevelItemCount() == 6
    assert panel.history.topLevelItem(1).text(3) == "Proposto dopo il colloquio"

    # Move-in checklist: hand over the keys.
    checklist = MoveInPanel(ctx)
    qtbot.addWidget(checklist)
    checklist.set_household(household_id)
    checklist.show()
    assert checklist.checklist.isVisible() and not checklist.empty_label.isVisible()
    click(qtbot, checklist.rows[MoveInItem.KEYS][4])
    qtbot.keyClicks(checklist.dialog.note_edit, "Due mazzi")
    click(qtbot, checklist.dialog.ok_button)
    item_label, done_label, by_label, note_label, button = checklist.rows[MoveInItem.KEYS]
    assert "Consegna chiavi" in item_label.text()
    assert (done_label.text(), by_label.text(), note_label.text()) == (
        "25/11/2026", "tester", "Due mazzi")
    assert not button.isVisibleTo(checklist)
    assert checklist.rows[MoveInItem.METERS][4].isVisibleTo(checklist)
    task = next(t for t in registry.get_household(ctx, household_id).move_in
                if t.item == MoveInItem.KEYS)
    assert task.done_on == date(2026, 11, 25)

    # The quota board counts the allocation.
    page = AllocationPage(ctx)
    qtbot.addWidget(page)
    board = page.quota_board
    assert find(board, "allocated_FRAGILI").text() == "1"
    assert find(board, "moved_in_FRAGILI").text() == "1"
    assert find(board, "remaining_FRAGILI").text() == "1"
    assert warnings == []


def test_refusal_needs_a_reason_and_is_shown(qtbot, ctx, world, warnings):
    allocation.add_candidate(ctx, world.rossi.id)
    allocation.propose_unit(ctx, world.rossi.id, world.large.code)
    panel = PipelinePanel(ctx)
    qtbot.addWidget(panel)
    panel.set_household(world.rossi.id)
    panel.show()
    click(qtbot, panel.buttons["refuse_offer"])
    dialog = panel.dialog
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.reason_edit, "   ")
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.reason_edit, "Troppo lontano dalla scuola")
    click(qtbot, dialog.ok_button)
    assert panel.indicator.current_stage == Stage.REFUSED
    assert panel.indicator.refused_chip.isVisibleTo(panel)
    assert panel.indicator.chips[Stage.PROPOSED].property("state") == "done"
    assert "Troppo lontano dalla scuola" in panel.refusal_label.text()
    assert panel.refusal_label.isVisibleTo(panel)
    assert visible_actions(panel) == {"reopen_candidate"}
    assert registry.find_unit(ctx, world.large.code).status == UnitStatus.VACANT
    click(qtbot, panel.buttons["reopen_candidate"])
    assert panel.indicator.current_stage == Stage.CANDIDATE
    assert not panel.refusal_label.isVisibleTo(panel)
    assert warnings == []


def test_contract_dialog_keeps_input_on_errors(qtbot, ctx, world, warnings):
    for step in (allocation.add_candidate, allocation.record_visit, allocation.accept_offer):
        if step is allocation.record_visit:
            allocation.propose_unit(ctx, world.rossi.id, world.large.code)
        step(ctx, world.rossi.id)
    panel = PipelinePanel(ctx)
    qtbot.addWidget(panel)
    panel.set_household(world.rossi.id)
    panel.show()
    click(qtbot, panel.buttons["sign_contract"])
    dialog = panel.dialog
    dialog.money_edits["monthly_rent_cents"].setText("cinquecento")
    dialog.money_edits["deposit_cents"].setText("-10")
    click(qtbot, dialog.ok_button)
    assert panel.dialog is dialog and dialog.isVisible()
    rent_error = dialog.errors["monthly_rent_cents"]
    assert rent_error.isVisibleTo(dialog) and "non valido" in rent_error.text()
    assert dialog.money_edits["monthly_rent_cents"].text() == "cinquecento"
    dialog.money_edits["monthly_rent_cents"].setText("500")
    click(qtbot, dialog.ok_button)  # the service refuses the negative deposit
    assert dialog.isVisible() and "negativo" in dialog.errors["deposit_cents"].text()
    assert not rent_error.isVisibleTo(dialog)
    assert registry.get_household(ctx, world.rossi.id).stage == Stage.ACCEPTED
    assert warnings == []


def test_move_in_panel_without_tasks(qtbot, ctx, world):
    checklist = MoveInPanel(ctx)
    qtbot.addWidget(checklist)
    checklist.set_household(world.rossi.id)
    checklist.show()
    assert checklist.empty_label.isVisible() and not checklist.checklist.isVisible()


def _allocate(ctx, household_id, unit_code):
    allocation.add_candidate(ctx, household_id)
    allocation.propose_unit(ctx, household_id, unit_code)
    allocation.record_visit(ctx, household_id)
    allocation.accept_offer(ctx, household_id)
    allocation.sign_contract(ctx, household_id, date(2026, 12, 1), 50_000)


def test_board_quota_filter_and_open(qtbot, ctx, world):
    verdi = make_household(ctx, "Verdi", category="GIOVANI", children=0)
    _allocate(ctx, verdi.id, world.accessible.code)
    allocation.add_candidate(ctx, world.rossi.id)
    allocation.save_category(ctx, "GIOVANI", "Giovani coppie", 0)  # plan cut after signing
    page = AllocationPage(ctx)
    qtbot.addWidget(page)
    page.show()
    board = page.quota_board
    bar = find(board, "quota_bar_GIOVANI")
    assert bar.property("over_quota") is True and "oltre quota" in bar.format()
    assert find(board, "remaining_GIOVANI").text() == "-1"
    assert find(board, "quota_bar_FRAGILI").property("over_quota") is False
    assert find(board, "in_pipeline_FRAGILI").text() == "1"

    assert page.model.rowCount() == 2 and page.count_label.text() == "2 nuclei"
    page.stage_combo.setCurrentIndex(page.stage_combo.findText("Contratto firmato"))
    assert page.model.rowCount() == 1 and page.count_label.text() == "1 nucleo"
    assert page.stage_combo.itemText(0) == "Tutte le fasi"

    index = page.model.index(0, CODE)
    position = page.table.visualRect(index).center()
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=position)
    assert page.table.currentIndex().row() == 0
    opened = []
    page.household_opened.connect(opened.append)
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=position)
    assert opened == [verdi.id]


def test_categories_dialog_validates_inline(qtbot, ctx, world):
    page = AllocationPage(ctx)
    qtbot.addWidget(page)
    page.show()
    click(qtbot, find(page, "categories_button"))
    dialog = page.category_dialog
    assert dialog.category_list.count() == 2
    save = find(dialog, "save_category_button")
    click(qtbot, save)
    assert dialog.errors["code"].isVisibleTo(dialog) and dialog.errors["label"].isVisibleTo(dialog)
    assert allocation.list_categories(ctx)[0].code == "FRAGILI"
    qtbot.keyClicks(dialog.code_edit, "ANZIANI")
    qtbot.keyClicks(dialog.label_edit, "Anziani soli")
    dialog.quota_spin.setValue(3)
    with qtbot.waitSignal(dialog.saved):
        click(qtbot, save)
    assert not dialog.errors["code"].isVisibleTo(dialog)
    assert dialog.category_list.count() == 3 and dialog.code_edit.isReadOnly()
    assert find(page.quota_board, "quota_ANZIANI").text() == "3"
