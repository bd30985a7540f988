"""The households import dialog driven as a clerk would: choose, read the preview, import."""

from __future__ import annotations

import csv
from datetime import date

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from borgo_desktop.exchange.households_sheet import HEADERS
from borgo_desktop.identifiers import make_tax_code
from borgo_desktop.services.registry import registry
from borgo_desktop.ui.registry.importing import ImportDialog, import_dialog
from borgo_desktop.ui.registry.importing.preview_model import BAD_BACKGROUND
from borgo_desktop.ui.widgets.dialogs import CrashDialog

RED = Qt.ItemDataRole.BackgroundRole


def person(code, surname, name, born, sex, relation):
    return [code, surname, name, make_tax_code(surname, name, born, sex, "F205"), born, sex,
            relation]


def good_rows():
    """Rows 2-3: household N100; row 4: household N101."""
    return [person("N100", "Rossi", "Mario", date(1980, 3, 12), "M", "Intestatario"),
            person("N100", "Bianchi", "Anna", date(1982, 7, 1), "F", "Coniuge/Convivente"),
            person("N101", "Esposito", "Fatima", date(1975, 1, 30), "F", "Intestatario")]


def bad_rows():
    """N100 as above; N101 (rows 4-5) has a bad sex on row 5 and a reference on row 4."""
    rows = good_rows()
    child = person("N101", "Esposito", "Omar", date(2005, 9, 9), "M", "Figlio/a")
    child[5] = "X"
    return rows + [child]


def write_xlsx(path, rows, headers=HEADERS[:7]):
    book = openpyxl.Workbook()
    book.active.append(list(headers))
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


@pytest.fixture
def open_dialog(qtbot, ctx, monkeypatch):
    """Open the dialog and choose ``path`` through «Scegli il file…»; wait for the check."""
    def opener(path):
        dialog = ImportDialog(ctx)
        # Deleted on the GUI thread when qtbot closes it: a closed top-level dialog left to the
        # garbage collector may be collected in a task's worker thread, which crashes PySide.
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        qtbot.addWidget(dialog)
        dialog.show()
        monkeypatch.setattr(QFileDialog, "getOpenFileName",
                            lambda *args, **kwargs: (str(path), "Fogli di calcolo"))
        qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.busy, timeout=10000)
        return dialog
    return opener


def click_import(qtbot, dialog):
    with qtbot.waitSignal(dialog.imported, timeout=10000) as signal:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10000)
    return signal.args[0]


def test_valid_file_is_previewed_then_imported(qtbot, ctx, tmp_path, open_dialog):
    dialog = open_dialog(write_xlsx(tmp_path / "nuclei.xlsx", good_rows()))
    assert "si importerebbero 2 nuclei (3 persone)" in dialog.summary_label.text()
    assert dialog.import_button.isEnabled() and dialog.import_button.isDefault()
    assert dialog.model.rowCount() == 3 and dialog.problems_table.rowCount() == 0
    assert dialog.model.headerData(0, Qt.Orientation.Vertical) == "2"  # header is row 1
    assert dialog.model.index(0, 4).data() == "12/03/1980"
    assert registry.find_household(ctx, "N100") is None  # the check writes nothing

    assert click_import(qtbot, dialog) == 2
    assert "Importati 2 nuclei (3 persone)" in dialog.summary_label.text()
    assert len(registry.find_household(ctx, "N100").members) == 2
    assert registry.find_household(ctx, "N101") is not None
    assert not dialog.import_button.isEnabled()  # the same file cannot be imported twice


def test_bad_rows_are_red_with_their_reason_and_nothing_is_imported(ctx, tmp_path, open_dialog):
    dialog = open_dialog(write_xlsx(tmp_path / "nuclei.xlsx", bad_rows()))
    assert "sarebbe rifiutato" in dialog.summary_label.text()
    assert not dialog.import_button.isEnabled()
    bad = dialog.model.index(3, 5)  # row 5 of the sheet, column «Sesso»
    assert bad.data(RED).color() == BAD_BACKGROUND
    assert "Sesso non valido" in bad.data(Qt.ItemDataRole.ToolTipRole)
    assert dialog.model.index(0, 5).data(RED) is None
    table = dialog.problems_table
    assert [table.item(0, c).text() for c in range(2)] == ["5", "Sesso"]

    table.setCurrentCell(0, 2)  # choosing a problem takes the grid to its cell
    assert dialog.grid.currentIndex() == bad
    dialog.import_button.click()  # disabled: does nothing
    assert registry.find_household(ctx, "N100") is None


def test_skipping_invalid_households_imports_the_valid_ones(qtbot, ctx, tmp_path, open_dialog):
    dialog = open_dialog(write_xlsx(tmp_path / "nuclei.xlsx", bad_rows()))
    dialog.skip_check.setChecked(True)  # re-runs the check
    qtbot.waitUntil(lambda: not dialog.busy and dialog.import_button.isEnabled(), timeout=10000)
    assert "saltato 1 nucleo" in dialog.summary_label.text()
    assert "Nucleo N101 saltato" in dialog.model.index(2, 0).data(Qt.ItemDataRole.ToolTipRole)

    with qtbot.waitSignal(dialog.imported, timeout=10000) as signal:
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # «Importa» is the default button
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10000)
    assert signal.args == [1]
    assert registry.find_household(ctx, "N100") is not None
    assert registry.find_household(ctx, "N101") is None


def test_a_file_that_is_not_a_spreadsheet_is_explained(tmp_path, open_dialog):
    path = tmp_path / "foto.csv"
    path.write_bytes(b"%PDF-1.4\x00\x01binary")
    dialog = open_dialog(path)
    assert "non è un foglio di calcolo" in dialog.summary_label.text()
    assert not dialog.import_button.isEnabled()
    assert dialog.model.rowCount() == 0 and dialog.problems_table.rowCount() == 1


def test_missing_columns_are_named_on_the_header(tmp_path, open_dialog):
    rows = [row[:5] for row in good_rows()]
    dialog = open_dialog(write_xlsx(tmp_path / "nuclei.xlsx", rows, HEADERS[:5]))
    assert "mancano le colonne obbligatorie: «Sesso», «Relazione»" in dialog.summary_label.text()
    assert dialog.model.rowCount() == 3  # the rows are still shown, as read
    table = dialog.problems_table
    assert [table.item(r, 1).text() for r in range(table.rowCount())] == ["Sesso", "Relazione"]
    assert not dialog.import_button.isEnabled()


def test_template_and_problem_list_are_saved(tmp_path, open_dialog, monkeypatch):
    dialog = open_dialog(write_xlsx(tmp_path / "nuclei.xlsx", bad_rows()))
    targets = iter([tmp_path / "modello", tmp_path / "problemi.csv"])
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(next(targets)), ""))
    dialog.template_button.click()
    book = openpyxl.load_workbook(tmp_path / "modello.xlsx")  # the suffix is added
    assert [c.value for c in book.worksheets[0][1]] == list(HEADERS)
    dialog.save_problems_button.click()
    with open(tmp_path / "problemi.csv", encoding="utf-8") as stream:
        lines = list(csv.reader(stream))
    assert lines[0] == ["row", "column", "reason"] and lines[1][:2] == ["5", "Sesso"]
    assert "problemi.csv" in dialog.status_label.text()


def test_an_unexpected_error_is_shown_and_the_dialog_stays(qtbot, tmp_path, open_dialog,
                                                           monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(import_dialog, "build_preview", broken)
    dialog = open_dialog(write_xlsx(tmp_path / "nuclei.xlsx", good_rows()))
    box = dialog.findChild(CrashDialog, "crash_dialog")
    assert box is not None and box.isVisible()
    assert "RuntimeError: boom" in box.details.toPlainText()
    assert "nessun dato è stato scritto" in dialog.summary_label.text()
    assert dialog.isVisible()  # not closed by the error
    assert not dialog.import_button.isEnabled()
    assert dialog.choose_button.isEnabled()  # the user can try again
    box.close()


def test_preview_model_passes_the_model_tester(qtmodeltester, tmp_path, open_dialog):
    dialog = open_dialog(write_xlsx(tmp_path / "nuclei.xlsx", bad_rows()))
    qtmodeltester.check(dialog.model)
