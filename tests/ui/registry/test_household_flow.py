"""The clerk's path through the registry, driven with keyboard and mouse as a user would.

A new household with three members is typed into the form, found again by typing part of
a surname in the global search box, and opened on its page.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from borgo_desktop.identifiers import make_tax_code
from borgo_desktop.ui.main_window import MainWindow
from borgo_desktop.ui.registry.household_page import HouseholdPage

MILANO = "F205"


@pytest.fixture
def window(qtbot, ctx, world):
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.show()
    return main


def type_person(qtbot, fields, surname, given, born, sex, relation_label=None):
    qtbot.keyClicks(fields.surname, surname)
    qtbot.keyClicks(fields.given_name, given)
    qtbot.keyClicks(fields.birth_date, born.strftime("%d/%m/%Y"))
    fields.sex.setCurrentIndex(fields.sex.findText(sex))
    qtbot.keyClicks(fields.birth_place, "Milano")
    code = make_tax_code(surname, given, born, "M" if sex == "Maschio" else "F", MILANO)
    qtbot.keyClicks(fields.tax_code, code)
    if relation_label:
        fields.relation.setCurrentIndex(fields.relation.findText(relation_label))
    return code


def test_new_household_is_found_by_surname_and_opens_with_its_members(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = window.dialog
    assert form is not None and form.isVisible()
    qtbot.keyClicks(form.phone, "02 4567890")
    first = form.members[0]
    type_person(qtbot, first, "Lombardi", "Giovanni", date(1975, 5, 9), "Maschio")
    qtbot.mouseClick(form.add_button, Qt.MouseButton.LeftButton)
    type_person(qtbot, form.members[1], "Fontana", "Elena", date(1977, 12, 1), "Femmina")
    qtbot.mouseClick(form.add_button, Qt.MouseButton.LeftButton)
    type_person(qtbot, form.members[2], "Lombardi", "Sara", date(2008, 3, 17), "Femmina",
                relation_label="Figlio/a")
    assert first.birth_date.text() == "09/05/1975"
    assert form.member_tabs.tabText(2) == "3. Lombardi Sara"
    assert not first.errors.label("tax_code").text()

    with qtbot.waitSignal(form.saved):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert not form.isVisible()
    # The new household opened on its own page straight away; now look it up by surname.
    window.close_tab(window.tabs.currentIndex())
    # The form was a window of its own: give the keyboard back to the main window, as the
    # window manager would (offscreen there is none), before typing in its search box.
    window.activateWindow()
    window.search_box.setFocus()
    qtbot.waitUntil(window.search_box.hasFocus)
    qtbot.keyClicks(window.search_box, "lomb")
    # A loaded machine (the whole suite, other work beside it) can take seconds here.
    qtbot.waitUntil(lambda: window.search_box.popup.isVisible(), timeout=30_000)
    titles = [window.search_box.model.item(r).text() for r in range(window.search_box.model.rowCount())]
    assert any(t.startswith("Nucleo ") and "Lombardi Giovanni" in t for t in titles)
    household_row = next(r for r, t in enumerate(titles) if t.startswith("Nucleo "))
    window.search_box.popup.setCurrentIndex(window.search_box.model.index(household_row, 0))
    qtbot.keyClick(window.search_box.popup, Qt.Key.Key_Return)

    page = window.tabs.currentWidget()
    assert isinstance(page, HouseholdPage)
    assert "Lombardi Giovanni" in page.title.text()
    table = page.members_table
    assert table.rowCount() == 3
    names = {table.item(r, 0).text() for r in range(3)}
    assert names == {"Lombardi Giovanni", "Fontana Elena", "Lombardi Sara"}
    assert table.item(0, 1).text() == "Intestatario"
    assert not window.search_box.popup.isVisible()


def test_enter_before_the_popup_opens_the_best_hit(qtbot, window, world):
    qtbot.keyClicks(window.search_box, "Esposito")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)  # faster than the 150 ms pause
    page = window.tabs.currentWidget()
    assert isinstance(page, HouseholdPage)
    assert page.household_id == world.esposito.id


def test_a_unit_hit_opens_the_unit_page_with_its_household(qtbot, window, world):
    qtbot.keyClicks(window.search_box, world.units.a2.code)
    window.search_box.run_search()
    hits = window.search_box.hits
    unit_hit = next(h for h in hits if h.kind == "unit")
    page = window.open_hit(unit_hit)
    assert page.title.text() == f"Alloggio {world.units.a2.code}"
    assert "Bianchi Anna" in page.household.values["household"].text()
    assert page.household.values["rent"].text() == "562,50\xa0€"
    household = page.open_button
    qtbot.mouseClick(household, Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget().household_id == world.bianchi.id


def test_escape_closes_the_popup_and_keeps_the_text(qtbot, window):
    qtbot.keyClicks(window.search_box, "ros")
    window.search_box.run_search()
    assert window.search_box.popup.isVisible()
    qtbot.keyClick(window.search_box.popup, Qt.Key.Key_Escape)
    assert not window.search_box.popup.isVisible()
    assert window.search_box.text() == "ros"


def test_a_person_opens_on_their_household(qtbot, window, world):
    window.search_box.setText("Verdi Lucia")
    window.search_box.run_search()
    person_hit = next(h for h in window.search_box.hits if h.kind == "person")
    page = window.open_hit(person_hit)
    assert page.household_id == world.rossi.id


def test_a_person_who_left_gets_an_explanation(qtbot, window, world, monkeypatch):
    from borgo_desktop.services.registry import registry

    child = world.rossi.members[3].person
    registry.leave_household(window.ctx, child.id)
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args[2]))
    assert window.open_person(child.id) is None
    assert "non fa parte" in told[0]


def test_closing_the_program_over_a_dirty_form_asks_first(qtbot, window, message_boxes):
    form = window.new_household()
    qtbot.keyClicks(form.members[0].surname, "Gallo")
    window.close()  # the autouse fixture answers "No"
    assert window.isVisible() and form.isVisible()
    assert message_boxes == [("question", "Ci sono modifiche non salvate. Uscire senza salvare?")]
    form.mark_clean()
    window.close()
    assert not window.isVisible()


def test_ctrl_f_puts_the_cursor_in_the_search_box(qtbot, window):
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.search_box.hasFocus)


def test_enter_on_a_highlighted_hit_opens_that_one_only(qtbot, window, world):
    qtbot.keyClicks(window.search_box, "DL55")
    window.search_box.run_search()
    hits = window.search_box.hits
    chosen = next(r for r, h in enumerate(hits) if h.kind == "unit" and r > 0)
    window.search_box.popup.setCurrentIndex(window.search_box.model.index(chosen, 0))
    tabs_before = window.tabs.count()
    qtbot.keyClick(window.search_box.popup, Qt.Key.Key_Return)
    assert window.tabs.count() == tabs_before + 1
    assert window.tabs.currentWidget().unit_id == hits[chosen].ref_id
