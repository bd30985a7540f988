"""The user manual: F1 on a screen opens that screen's page, every page is shipped and linked
from the index, and the same pages print as the PDF manual."""

from __future__ import annotations

import importlib

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from borgo_desktop.reports.manual import pages
from borgo_desktop.ui.help import help_window, topics
from borgo_desktop.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, ctx, world):
    main = MainWindow(ctx)  # installs F1 on the application
    qtbot.addWidget(main)
    main.show()
    yield main
    shown = help_window.help_window()
    if shown is not None:
        shown.close()
        shown.deleteLater()


def press_f1(qtbot, widget):
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_F1)
    return help_window.help_window()


def test_every_topic_names_a_real_screen_and_a_shipped_page():
    for key, page in topics.TOPICS.items():
        module, name = key.rsplit(".", 1)
        assert hasattr(importlib.import_module(f"borgo_desktop.ui.{module}"), name), key
        assert topics.page_path(page).is_file(), page


def test_every_page_is_in_the_index_and_every_link_leads_to_a_page():
    shipped = {path.stem for path in topics.HELP_DIR.glob("*.md")}
    assert set(pages()) == shipped
    for name in shipped:
        text = topics.page_path(name).read_text(encoding="utf-8")
        for link in [part.split(")")[0] for part in text.split("](")[1:]]:
            assert link.removesuffix(".md") in shipped, (name, link)


@pytest.mark.parametrize("area, page", [("households", "nuclei"), ("persons", "persone"),
                                        ("units", "alloggi"), ("allocation", "assegnazioni"),
                                        ("tickets", "manutenzione"), ("spaces", "spazi"),
                                        ("community", "comunita")])
def test_f1_on_an_area_opens_its_page(qtbot, window, area, page):
    shown = window.open_area(area)
    help_ = press_f1(qtbot, shown)
    assert help_.isVisible() and help_.topic == page
    assert help_.browser.toPlainText().strip()  # the page is read, not an empty window


def test_f1_on_a_record_and_in_a_modal_form_opens_their_pages(qtbot, window, world):
    page = window.open_household(world.rossi.id)
    assert press_f1(qtbot, page.report_button).topic == "nucleo"
    form = window.new_household()  # the form is window-modal: help opens as its window
    help_ = press_f1(qtbot, form.members[0].surname)
    assert help_.topic == "nuovo-nucleo" and help_.isVisible()
    form.mark_clean()
    form.reject()


def test_f1_in_the_search_box_opens_the_page_of_the_tab_in_front(qtbot, window):
    window.open_area("units")
    assert press_f1(qtbot, window.search_box).topic == "alloggi"


def test_the_help_menu_and_the_index_link(qtbot, window):
    window.open_area("households")
    window.guide_action.trigger()
    help_ = help_window.help_window()
    assert help_.topic == "nuclei"
    help_.index_button.click()
    assert help_.topic == "indice" and "Guida di Borgo Desktop" in help_.windowTitle()
    help_.browser.setSource(help_.browser.source().resolved("spazi.md"))
    assert help_.topic == "spazi"
    help_.back_button.click()
    assert help_.topic == "indice"


def test_the_manual_prints_as_a_pdf_from_the_command_line(tmp_path):
    from pypdf import PdfReader

    from borgo_desktop.cli import main

    out = tmp_path / "manuale.pdf"
    assert main(["manual", "--out", str(out)]) == 0
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    for title in ("Manuale d'uso", "Elenco dei nuclei", "Spazi comuni e prenotazioni",
                  "Lavorare con la sola tastiera", "Registro delle operazioni"):
        assert title in text
    assert len(PdfReader(out).pages) >= len(pages())
