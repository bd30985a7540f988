"""«Indicatori…» from the dashboard: a manager edits a label, sees it in the list and in the
computed table; a refused field shows its message beside it; a default is restored."""

from __future__ import annotations

from borgo_desktop.services.reporting.indicators import DEFAULTS, compute
from borgo_desktop.ui.main_window import MainWindow


def _dialog(qtbot, demo):
    window = MainWindow(demo)
    qtbot.addWidget(window)
    page = window.open_area("dashboard")
    page.tasks.wait()
    page.indicators_button.click()
    return page.dialog


def test_a_manager_edits_a_label_and_sees_it_everywhere(qtbot, demo):
    dialog = _dialog(qtbot, demo)
    assert dialog.table.rowCount() == len(DEFAULTS)
    assert dialog.table.item(0, 1).text() == DEFAULTS[0].code
    assert not dialog.restore_button.isEnabled()
    dialog.label.setText("Nuclei presi in carico")
    dialog.save_button.click()
    assert dialog.table.item(0, 3).text() == "Nuclei presi in carico"
    table = compute(demo, "2026-Q4", suppress=False)
    assert next(r.label for r in table.rows if r.code == DEFAULTS[0].code) == "Nuclei presi in carico"
    assert dialog.restore_button.isEnabled()
    dialog.restore_button.click()
    assert dialog.table.item(0, 3).text() == DEFAULTS[0].label


def test_a_refused_field_shows_its_message_and_keeps_the_text(qtbot, demo):
    dialog = _dialog(qtbot, demo)
    dialog.new()
    dialog.code.setText("NUOVO 1")
    dialog.save_button.click()
    assert dialog.errors.label("code").text() == (
        "Il codice può contenere solo lettere, cifre e trattini bassi.")
    assert dialog.errors.label("label").text() == "Il campo «Descrizione» è obbligatorio."
    assert dialog.code.text() == "NUOVO 1" and dialog.table.rowCount() == len(DEFAULTS)


def test_the_comune_s_list_is_imported_from_the_dialog(qtbot, demo, tmp_path):
    dialog = _dialog(qtbot, demo)
    path = tmp_path / "elenco.csv"
    path.write_text("code;label;unit;function\nNUOVO;Guasti;segnalazioni;tickets_opened\n",
                    encoding="utf-8")
    dialog.import_file(path)
    assert dialog.message.text() == "Importato 1 indicatore."
    assert dialog.table.item(dialog.table.rowCount() - 1, 1).text() == "NUOVO"
