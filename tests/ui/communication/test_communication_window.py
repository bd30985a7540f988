"""«Comunicazioni» in the window: a clerk writes a staircase notice in the editor, sees its
preview, prints it for the staircase (to PDF, through the print dialog), and the delivery
log lists it for every household of that staircase; a missing field stops the batch and
names the households; a public notice refuses personal fields."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog
from pypdf import PdfReader

from borgo_desktop.models.communication import TemplateKind
from borgo_desktop.services.communication import deliveries
from borgo_desktop.services.core import listing
from borgo_desktop.ui.main_window import MainWindow
from borgo_desktop.ui.widgets.fields import set_combo_data
from helpers.comm_world import build, invitation, LETTER_IT
from helpers.ledger_world import as_role


def click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _area(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    return window, window.open_area("communication")


class AcceptingPrintDialog:
    """Stands in for QPrintDialog: prints to a PDF file at once."""

    def __init__(self, target):
        self.target = target

    def __call__(self, printer, _parent):
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(self.target))
        dialog = type("Accepting", (), {"exec": lambda _self: QDialog.DialogCode.Accepted})
        return dialog()


def test_a_staircase_notice_written_previewed_printed_and_logged(qtbot, ctx, tmp_path):
    world = build(ctx)
    desk = as_role(ctx, "front_desk", "sportello")
    window, area = _area(qtbot, desk)
    panel = area.templates
    click(qtbot, panel.buttons["new"])
    editor = panel.dialog
    editor.code.setText("ACQUA-A")
    editor.name.setText("Acqua sospesa")
    set_combo_data(editor.kind, TemplateKind.NOTICE_STAIRCASE)
    editor.title.setText("Acqua sospesa martedì {data.evento}")
    editor.body.setPlainText("Martedì manca l'acqua nella scala {scala} di {edificio.nome}: "
                             "ci scusiamo per il disagio. Saluti a {intestatario.nome}.")
    previews = editor.previews
    editor.render_preview()
    qtbot.waitUntil(lambda: editor.previews > previews, timeout=10_000)
    assert editor.preview_error.isVisible()  # a notice on a door names nobody
    assert "intestatario" in editor.preview_error.text().lower() or \
        "person" in editor.preview_error.text().lower()
    editor.body.setPlainText("Martedì manca l'acqua nella scala {scala} di {edificio.nome}: "
                             "ci scusiamo per il disagio.")
    previews = editor.previews
    editor.render_preview()
    qtbot.waitUntil(lambda: editor.previews > previews, timeout=10_000)
    assert not editor.preview_error.isVisible() and editor.preview.pages == 1
    with qtbot.waitSignal(editor.saved):
        click(qtbot, editor.save_button)
    assert [t.code for t in panel.rows] == ["ACQUA-A"]

    panel.table.selectRow(0)
    click(qtbot, panel.buttons["write"])
    merge = panel.dialog
    set_combo_data(merge.kind, "staircase")
    assert merge.value.findData("DL51-A") >= 0
    set_combo_data(merge.value, "DL51-A")
    merge.extras["data.evento"].setText("9 dicembre")
    with qtbot.waitSignal(merge.printed, timeout=20_000):
        click(qtbot, merge.make_button)
    assert merge.preview.pages >= 1 and "ACQUA-A" in merge.mailing.template_code
    printed = tmp_path / "stampa.pdf"
    assert merge.preview.ask_print(AcceptingPrintDialog(printed)) == merge.preview.pages
    assert printed.stat().st_size > 1000
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(merge.mailing.path).pages)
    assert "Acqua sospesa martedì 9 dicembre" in text and "Cascina 51" in text

    logged = {d.household_code for d in deliveries.mailing_deliveries(desk, merge.mailing.id)}
    assert logged == {world.colombo.code, world.haddad.code}  # staircase A, nobody else
    log = area.deliveries
    log.refresh()
    qtbot.waitUntil(lambda: log.model.rowCount() == 2)
    codes = {r.values[4] for r in listing.fetch_page(desk, listing.SPECS["deliveries"])}
    assert codes == logged


def test_a_missing_field_stops_the_batch_and_names_the_households(qtbot, ctx):
    world = build(ctx)
    invitation(ctx, "INVITO", it=LETTER_IT)
    window, area = _area(qtbot, as_role(ctx, "front_desk", "sportello"))
    panel = area.templates
    panel.table.selectRow(0)
    merge = panel.write("household:" + world.nobody.code)  # no unit: no unit code
    with qtbot.waitSignal(merge.make_button.clicked):
        click(qtbot, merge.make_button)
    qtbot.waitUntil(lambda: merge.make_button.isEnabled() and bool(merge.message.text()),
                    timeout=20_000)
    assert world.nobody.code in merge.message.text() and merge.mailing is None
    assert deliveries.household_deliveries(ctx, world.nobody.id, 10)[0] == 0


def test_facility_staff_do_not_write_letters(qtbot, ctx):
    window = MainWindow(as_role(ctx, "facility_manager", "tecnico"))
    qtbot.addWidget(window)
    assert "communication" in {a.key for a in window.areas}  # the outage notices
