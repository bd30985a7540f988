"""What each role sees: areas, menus, toolbar, list and household-page buttons.

The services refuse what a role may not do (tests/services); here the window must not even offer it.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu, QPushButton

from borgo_desktop.services.core.context import Actor, Context
from borgo_desktop.ui.main_window import MainWindow

ROLES = ("front_desk", "facility_manager", "social_worker", "manager", "admin")
SHARED = ["Manutenzione", "Spazi comuni", "Comunità"]  # every role reports, books, looks up
AREAS = {
    "front_desk": ["Oggi", "Nuclei", "Persone", "Alloggi", "Assegnazioni", *SHARED, "Canoni e morosità", "Violazioni",
                   "Comunicazioni"],
    "facility_manager": ["Oggi", "Nuclei", "Persone", "Alloggi", *SHARED, "Comunicazioni"],
    "social_worker": ["Oggi", "Nuclei", "Persone", "Alloggi", "Assegnazioni", *SHARED, "Canoni e morosità", "Violazioni",
                   "Comunicazioni",
                      "I miei casi"],
    "manager": ["Oggi", "Nuclei", "Persone", "Alloggi", "Assegnazioni", *SHARED, "Canoni e morosità", "Violazioni",
                   "Comunicazioni",
                "Accompagnamento", "Cruscotto"],
    "admin": ["Oggi", "Nuclei", "Persone", "Alloggi", *SHARED, "Cruscotto"],
}
WRITES_REGISTRY = {"front_desk", "manager"}
PRINTS = {"front_desk", "social_worker", "manager", "admin"}
SEES_SENSITIVE = {"social_worker", "manager"}
WRITES_ALLOCATION = {"manager"}


@pytest.fixture
def window_as(qtbot, store, world):
    def build(role: str) -> MainWindow:
        ctx = Context(store=store, actor=Actor(f"u_{role}", role))
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.show()
        return window
    return build


def visible_in(widget, parent) -> bool:
    return widget.isVisibleTo(parent)


@pytest.mark.parametrize("role", ROLES)
def test_areas_menus_and_toolbar_follow_the_role(window_as, role):
    window = window_as(role)
    assert [window.navigation.item(r).text() for r in range(window.navigation.count())] == AREAS[role]
    assert window.new_household_action.isVisible() == (role in WRITES_REGISTRY)
    assert window.import_action.isVisible() == (role == "manager")
    admin_menu = window.findChild(QMenu, "admin_menu")
    assert admin_menu.menuAction().isVisible() == (role == "admin")
    assert window.audit_action.isVisible() == (role == "admin")
    households = window.open_area("households")
    assert visible_in(households.export_button, households) == (role in PRINTS)
    assert visible_in(households.print_button, households) == (role in PRINTS)
    units = window.open_area("units")  # names no one: whoever reads it may export it
    assert visible_in(units.export_button, units) and visible_in(units.print_button, units)
    if "Assegnazioni" in AREAS[role]:
        board = window.open_area("allocation")
        categories = board.findChild(QPushButton, "categories_button")
        assert visible_in(categories, board) == (role in WRITES_ALLOCATION)


@pytest.mark.parametrize("role", ROLES)
def test_household_page_offers_only_what_the_role_may_do(window_as, world, role):
    window = window_as(role)
    page = window.open_household(world.rossi.id)
    writes = role in WRITES_REGISTRY
    for button in (page.edit_button, page.add_button, page.edit_person_button, page.leave_button):
        assert visible_in(button, page) == writes, button.objectName()
    assert visible_in(page.print_button, page) == (role in PRINTS)
    assert visible_in(page.audit_button, page) == (role == "admin")
    isee = page.info.values["isee"].text()
    assert (isee == "Riservato") == (role not in SEES_SENSITIVE), isee  # masked by the service
    assert visible_in(page.pipeline_panel, page) == (role in {"front_desk", "social_worker",
                                                                  "manager"})
    offered = [name for name, b in page.pipeline_panel.buttons.items() if visible_in(b, page)]
    assert bool(offered) == (role in WRITES_ALLOCATION)
    page.members_table.setCurrentCell(0, 0)
    assert (page.edit_person() is not None) == writes  # double click on a member too
    if page.dialog is not None:
        page.dialog.reject()


def test_the_administrator_opens_the_audit_window_from_the_menu(qtbot, window_as):
    window = window_as("admin")
    window.audit_action.trigger()
    page = window.tabs.currentWidget()
    assert page.objectName() == "audit_page"
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Registro delle operazioni"
    assert page.model.total > 0
    assert not window.navigation.selectedItems()  # not an area of the left column
    QApplication.processEvents()  # focus and paint: the audit tab stays in front
    assert window.tabs.currentWidget() is page
    window.navigation.setFocus(Qt.FocusReason.TabFocusReason)
    assert window.tabs.currentWidget() is page
    first = window.navigation.item(0)
    qtbot.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton,
                     pos=window.navigation.visualItemRect(first).center())
    assert window.tabs.currentWidget() is window.area_pages["today"]


def test_the_administrator_reads_who_did_what_on_a_household(qtbot, window_as, world):
    window = window_as("admin")
    household = window.open_household(world.rossi.id)
    qtbot.mouseClick(household.audit_button, Qt.MouseButton.LeftButton)
    page = window.tabs.currentWidget()
    assert page.objectName() == "audit_page"
    assert page.record_filter.text() == str(world.rossi.id)
    rows = [page.model.index(r, 3).data() for r in range(page.model.rowCount())]
    assert rows[0] == "Apertura scheda nucleo" and rows[-1] == "Nuovo nucleo"
