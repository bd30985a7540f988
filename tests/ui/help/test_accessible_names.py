"""Every visible control of every screen of the tour has an accessible name, given by the
application-wide namer (ui/widgets/accessibility.py) where the screen did not give one."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QToolButton, QVBoxLayout, QWidget

from borgo_desktop.ui.tour import run_tour
from borgo_desktop.ui.widgets import accessibility


@pytest.fixture
def namer_off(qapp):
    """The program without its namer (MainWindow installs it: it is taken out again)."""
    import borgo_desktop.ui.help.menu as menu

    accessibility.uninstall(qapp)
    original = accessibility.install
    menu.accessibility.install = lambda app: None
    yield
    menu.accessibility.install = original


def tour_unnamed(ctx, world, tmp_path) -> dict[str, list[str]]:
    from borgo_desktop.services.tickets import tickets

    tickets.create_ticket(ctx, tickets.TicketInput(
        category_code="plumbing", summary="Perdita d'acqua", reporter_name="Portineria",
        unit_id=world.units.a1.id))
    unnamed: dict[str, list[str]] = {}

    def inspect(name, widget):
        missing = accessibility.unnamed_controls(widget)
        if missing:
            unnamed[name] = missing

    run_tour(ctx, tmp_path / "tour", inspect=inspect)
    return unnamed


def test_no_visible_control_of_the_tour_is_unnamed(qtbot, ctx, world, tmp_path):
    accessibility.install(QApplication.instance())
    assert tour_unnamed(ctx, world, tmp_path) == {}


def test_without_the_namer_the_tour_has_unnamed_controls(qtbot, ctx, world, tmp_path, namer_off):
    # What the test above guards: the screens alone leave controls unnamed.
    unnamed = tour_unnamed(ctx, world, tmp_path)
    assert unnamed
    accessibility.install(QApplication.instance())


def test_the_namer_takes_the_label_the_tooltip_and_the_placeholder(qtbot):
    accessibility.install(QApplication.instance())
    box = QWidget()
    qtbot.addWidget(box)
    layout = QVBoxLayout(box)
    label, labelled = QLabel("&Cognome:"), QLineEdit()
    label.setBuddy(labelled)
    tipped, placeholder = QToolButton(), QLineEdit()
    tipped.setToolTip("Aggiorna l'elenco")
    placeholder.setPlaceholderText("Cerca per testo")
    for widget in (label, labelled, tipped, placeholder):
        layout.addWidget(widget)
    box.setWindowTitle("Prova")
    box.show()
    assert labelled.accessibleName() == "Cognome"
    assert tipped.accessibleName() == "Aggiorna l'elenco"
    assert placeholder.accessibleName() == "Cerca per testo"
    assert accessibility.unnamed_controls(box) == []
