"""The main window's chrome: the File menu (import, quit), what it builds at start, its icons."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date

import openpyxl
import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QMenu

from borgo_desktop.exchange.households_sheet import HEADERS
from borgo_desktop.identifiers import make_tax_code
from borgo_desktop.ui.registry.importing import ImportDialog
from borgo_desktop.ui.main_window import MainWindow
from borgo_desktop.ui.widgets import icons
from borgo_desktop.ui.widgets.icon_build import used_icons


@pytest.fixture
def window(qtbot, ctx, world):
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.show()
    return main


def sheet(path):
    book = openpyxl.Workbook()
    book.active.append(list(HEADERS[:7]))
    born = date(1980, 3, 12)
    code = make_tax_code("Gallo", "Pietro", born, "M", "F205")
    book.active.append(["N100", "Gallo", "Pietro", code, born, "M", "Intestatario"])
    book.save(path)
    return path


def test_the_file_menu_holds_new_import_and_quit(window):
    menu = window.findChild(QMenu, "file_menu")
    texts = [action.text() for action in menu.actions()]
    assert texts == ["Nuovo nucleo", "&Importa nuclei da foglio di calcolo…",
                     "Importa &alloggi da foglio di calcolo…", "",
                     "Cambia la mia &password…", "&Blocca lo schermo", "", "&Esci"]
    assert not window.lock_action.isVisible()  # no screen lock attached: nothing to lock


def test_importing_from_the_menu_refreshes_the_lists(qtbot, window, tmp_path):
    households = window.area_pages["households"]
    assert households.count_label.text() == "3 nuclei"
    window.search_box.setText("Gallo")
    window.search_box.run_search()
    assert not window.search_box.hits  # not imported yet

    window.import_action.trigger()
    dialog = window.findChild(ImportDialog)
    assert dialog is not None and dialog.isVisible()  # opened without blocking the window
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    dialog.open_file(sheet(tmp_path / "nuclei.xlsx"))
    qtbot.waitUntil(lambda: not dialog.busy and dialog.can_import(), timeout=10_000)
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.start_import()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)

    assert households.count_label.text() == "4 nuclei"
    assert window.statusBar().currentMessage() == "Nuclei importati: 1"
    assert window.search_box.hits == []  # stale hits forgotten: Enter searches again
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert window.tabs.currentWidget().detail.code == "N100"
    dialog.close()


def test_quit_closes_the_window(qtbot, window):
    window.quit_action.trigger()
    assert not window.isVisible()


def test_the_start_view_is_the_households_rows(window):
    households = window.area_pages["households"]
    assert window.start_view() is households.table.viewport()
    window.open_area("allocation")
    assert window.start_view() is window


def test_every_icon_the_code_names_ships_as_a_file_and_draws():
    used = used_icons()
    assert ("fa5s.users", icons.ICON_COLOR) in used and len(used) > 10
    missing = [name for name, color in used if not icons.icon_file(name, color).is_file()]
    assert not missing, "run python -m borgo_desktop.ui.widgets.icon_build"
    shipped = {path.name for path in icons.ICONS_DIR.glob("*.svg")}
    assert shipped == {icons.icon_file(name, color).name for name, color in used}
    image = icons.icon("fa5s.user").pixmap(QSize(20, 20)).toImage()
    assert {image.pixelColor(x, y).alpha() for x in range(20) for y in range(20)} != {0}


def test_a_name_without_a_file_falls_back_to_the_icon_font(qapp):
    assert not icons.icon_file("fa5s.anchor").exists()
    assert not icons.icon("fa5s.anchor").isNull()


STARTER = """
import sys
from PySide6.QtWidgets import QApplication
from borgo_desktop.app import configure
from borgo_desktop.services.core.context import Actor, Context
from borgo_desktop.store import Store
from borgo_desktop.ui.main_window import MainWindow

app = QApplication(sys.argv)
configure(app)
window = MainWindow(Context(Store.open(sys.argv[1]), Actor("tester", "front_desk")))
window.show()
window.grab()
print(" ".join(sorted(m for m in sys.modules if m.startswith(("qtawesome", "borgo_desktop.ui")))))
"""


def test_the_start_loads_no_icon_font_and_no_page_it_does_not_show(ctx, world):
    # A process of its own: this test session has imported every module already.
    url = ctx.store.engine.url.render_as_string(hide_password=False)
    done = subprocess.run([sys.executable, "-c", STARTER, url], capture_output=True, text=True,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), timeout=120)
    assert done.returncode == 0, done.stderr
    loaded = set(done.stdout.split())
    assert "borgo_desktop.ui.registry.lists" in loaded  # the start list is there
    assert not {m for m in loaded if m.startswith("qtawesome")}
    assert not loaded & {"borgo_desktop.ui.registry.household_page",
                         "borgo_desktop.ui.registry.household_form",
                         "borgo_desktop.ui.allocation.board", "borgo_desktop.ui.registry.importing"}



def test_opening_a_household_page_is_in_the_audit_trail(qtbot, ctx, admin_ctx, world):
    from borgo_desktop.services.core import audit
    from borgo_desktop.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.open_household(world.rossi.id)
    window.open_household(world.rossi.id)  # back to an open tab: no second read of the record
    views = audit.list_entries(admin_ctx, action_prefix="household.view")
    assert [(v.actor, v.entity_id) for v in views] == [("tester", str(world.rossi.id))]
    assert audit.verify(ctx).ok
