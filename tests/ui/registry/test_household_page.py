"""A household's page: the whole situation on one screen, and the member actions."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from borgo_desktop.identifiers import make_tax_code
from borgo_desktop.services.registry import registry
from borgo_desktop.ui.allocation.pipeline_panel import PipelinePanel
from borgo_desktop.ui.registry.household_page import HouseholdPage
from borgo_desktop.ui.registry.person_form import PersonForm


@pytest.fixture
def page_of(qtbot, ctx):
    def make(household_id) -> HouseholdPage:
        page = HouseholdPage(ctx, household_id)
        qtbot.addWidget(page)
        page.show()
        return page
    return make


def cells(table, column):
    return [table.item(r, column).text() for r in range(table.rowCount())]


def test_the_page_shows_members_unit_lease_and_the_allocation_panels(page_of, world):
    page = page_of(world.bianchi.id)
    assert page.title.text() == f"Nucleo {world.bianchi.code} – Bianchi Anna"
    assert page.status_chip.text() == "In assegnazione"
    assert cells(page.members_table, 0) == ["Bianchi Anna", "Neri Paolo"]
    assert cells(page.members_table, 1) == ["Intestatario", "Coniuge/Convivente"]
    assert cells(page.members_table, 3) == ["14/02/1990", "05/11/1989"]
    assert cells(page.members_table, 4) == ["36", "37"]
    assert page.info.values["category"].text() == "Giovani coppie"
    isee = page.info.values["isee"]
    assert "scaduto il 31/12/2025" in isee.text() and "12.100,00" in isee.text()
    assert "b3261e" in isee.styleSheet()  # shown as a warning
    unit = page.unit_info.values
    assert unit["unit"].text() == world.units.a2.code
    assert unit["lease"].text() == "In corso, dal 01/03/2026"
    assert unit["rent"].text() == "562,50\xa0€" and unit["deposit"].text() == "1.125,00\xa0€"
    assert isinstance(page.pipeline_panel, PipelinePanel)
    assert page.pipeline_panel.household_id == world.bianchi.id
    assert page.move_in_panel.household_id == world.bianchi.id
    assert not page.past_box.isVisibleTo(page)


def test_a_household_without_unit_says_so(page_of, world):
    page = page_of(world.esposito.id)
    assert page.unit_info.values["unit"].text() == "Nessun alloggio"
    assert not page.open_unit_button.isEnabled()
    assert page.info.values["isee"].text() == "Non presentato"


def test_a_member_leaves_after_confirming(page_of, world, monkeypatch):
    page = page_of(world.rossi.id)
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _p, _t, text, *_a: asked.append(text) or QMessageBox.StandardButton.Yes)
    changed = []
    page.changed.connect(changed.append)
    page.members_table.selectRow(3)
    page.leave_button.click()
    assert "Rossi Marco esce dal nucleo con data 25/11/2026" in asked[0]
    assert page.members_table.rowCount() == 3
    assert page.past_box.isVisibleTo(page)
    assert cells(page.past_table, 0) == ["Rossi Marco"]
    assert cells(page.past_table, 3) == ["25/11/2026"]
    assert changed == [world.rossi.id]


def test_the_reference_person_cannot_leave_and_is_told_why(page_of, world, message_boxes,
                                                            monkeypatch):
    page = page_of(world.rossi.id)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    page.members_table.selectRow(0)
    page.leave_button.click()
    assert message_boxes[-1][0] == "warning"
    assert "L'intestatario non può uscire dal nucleo" in message_boxes[-1][1]
    assert page.members_table.rowCount() == 4


def test_a_member_is_added_from_the_page(qtbot, page_of, world, ctx):
    page = page_of(world.esposito.id)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    form = page.dialog
    assert isinstance(form, PersonForm) and form.isVisible()
    fields = form.fields
    born = date(1975, 3, 3)
    qtbot.keyClicks(fields.surname, "Esposito")
    qtbot.keyClicks(fields.given_name, "Ciro")
    qtbot.keyClicks(fields.birth_date, "03/03/1975")
    fields.sex.setCurrentIndex(fields.sex.findText("Maschio"))
    qtbot.keyClicks(fields.tax_code, make_tax_code("Esposito", "Ciro", born, "M", "F839"))
    qtbot.keyClicks(fields.birth_place, "Napoli")
    with qtbot.waitSignal(page.changed):
        form.save()
    assert cells(page.members_table, 0) == ["Esposito Carmela", "Esposito Ciro"]
    assert cells(page.members_table, 1)[1] == "Figlio/a"
    assert registry.get_household(ctx, world.esposito.id).size == 2


def test_a_person_is_edited_from_the_members_table(qtbot, page_of, world, ctx):
    page = page_of(world.rossi.id)
    page.members_table.selectRow(1)
    form = page.edit_person()
    assert form.fields.surname.text() == "Verdi"
    assert not form.fields.relation.isVisibleTo(form)
    form.fields.phone.clear()
    qtbot.keyClicks(form.fields.phone, "333 1234567")
    qtbot.keyClicks(form.fields.email, "lucia@")
    form.save()
    assert form.fields.errors.label("email").text().startswith("Indirizzo e-mail non valido")
    qtbot.keyClicks(form.fields.email, "esempio.it")
    with qtbot.waitSignal(page.changed):
        form.save()
    person = registry.get_household(ctx, world.rossi.id).members[1].person
    assert (person.phone, person.email) == ("333 1234567", "lucia@esempio.it")
    assert person.birth_place == "Milano"  # untouched fields keep their value


def test_the_household_sheet_is_printed_to_a_pdf(qtbot, page_of, world, monkeypatch):
    from borgo_desktop.ui.registry import household_page

    opened = []
    monkeypatch.setattr(household_page, "open_file", opened.append)
    page = page_of(world.rossi.id)
    page.print_button.click()
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    assert opened[0].name == f"nucleo-{world.rossi.code}.pdf"
    assert opened[0].read_bytes().startswith(b"%PDF")
