"""The referral dialog's directory picker, the manager's team-grants dialog and the overview
read off the GUI thread."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt

from borgo_desktop.models.casework import CaseOrigin, ReferralReason
from borgo_desktop.models.enums import ServiceKind
from borgo_desktop.services.casework import file as case_file, cases
from borgo_desktop.services.community import community
from borgo_desktop.services.core.context import Actor, Context
from borgo_desktop.ui.main_window import MainWindow
from borgo_desktop.ui.widgets.fields import set_combo_data

WORKER = Actor("assistente", "social_worker", "Giulia Ferri")
OTHER = Actor("assistente2", "social_worker", "Paolo Neri")


def as_(ctx, actor):
    return Context(store=ctx.store, actor=actor, today=ctx.today)


def click(qtbot, button):
    assert button.isEnabled() and button.isVisibleTo(button.window()), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def texts(widget) -> list[str]:
    return [widget.item(row).text() for row in range(widget.count())]


def test_referral_to_a_service_chosen_in_the_directory_or_typed(qtbot, ctx, world):
    caf = community.save_service(ctx, community.ServiceInput(
        "CAF Acli Niguarda", ServiceKind.CAF, address="Via Ornato 7", phone="02 6610 1234"))
    community.save_service(ctx, community.ServiceInput(
        "Scuola primaria Cesari", ServiceKind.SCHOOL, address="Via Cesari 38"))
    wctx = as_(ctx, WORKER)
    case_id = cases.open_case(wctx, world.rossi.id, CaseOrigin.OFFICE)
    window = MainWindow(wctx)
    qtbot.addWidget(window)
    page = window.open_case(case_id)

    dialog = page.refer()
    picker = dialog.service
    assert len(texts(picker.results)) == 2
    picker.search_edit.setText("niguarda")
    assert texts(picker.results) == ["CAF Acli Niguarda · CAF e patronati · 02 6610 1234"]
    set_combo_data(picker.kind, ServiceKind.SCHOOL)
    assert texts(picker.results)[0].startswith("Nessun servizio in elenco")
    assert picker.service_id() is None
    # Nothing chosen, nothing typed: the form says what is missing and keeps the input.
    dialog.consent_by.setText("Mario Rossi")
    click(qtbot, dialog.ok_button)
    assert dialog.isVisible() and dialog.errors["service_name"].isVisibleTo(dialog)
    assert dialog.consent_by.text() == "Mario Rossi"

    set_combo_data(picker.kind, None)
    picker.choose(caf)
    assert picker.service_id() == caf
    qtbot.keyClicks(picker.free_text, "Altro")  # typing a name drops the directory choice
    assert picker.service_id() is None
    picker.choose(caf)
    assert picker.free_text.text() == "" and picker.service_id() == caf
    set_combo_data(dialog.reason, ReferralReason.TAX)
    click(qtbot, dialog.ok_button)
    assert not dialog.isVisible()

    free = page.refer()
    qtbot.keyClicks(free.service.free_text, "Patronato di quartiere")
    set_combo_data(free.reason, ReferralReason.WORK)
    free.consent_by.setText("Mario Rossi")
    click(qtbot, free.ok_button)
    assert not free.isVisible()

    titles = [page.timeline.item(row, 1).text() for row in range(page.timeline.rowCount())]
    assert "Invio a CAF Acli Niguarda" in titles and "Invio a Patronato di quartiere" in titles
    linked = {r.service_name: r.directory_service_id
              for r in case_file.open_file(wctx, case_id).referrals}
    assert linked == {"CAF Acli Niguarda": caf, "Patronato di quartiere": None}


def test_manager_grants_and_revokes_access_from_the_overview(qtbot, ctx, world):
    case_id = cases.open_case(as_(ctx, WORKER), world.rossi.id, CaseOrigin.OFFICE)
    window = MainWindow(as_(ctx, Actor("capo", "manager", "Laura Conti")))
    qtbot.addWidget(window)
    window.show()
    page = window.open_area("cases")
    page.wait_loaded()
    assert not page.grants_button.isEnabled()
    page.table.selectRow(0)
    click(qtbot, page.grants_button)
    dialog = page.dialog
    assert dialog.objectName() == "grants_dialog" and dialog.table.item(0, 0).text() == \
        "Nessun accesso d'équipe in vigore."
    assert not dialog.revoke_button.isEnabled()

    click(qtbot, dialog.grant_button)
    assert dialog.errors["username"].isVisibleTo(dialog)
    assert dialog.errors["reason"].isVisibleTo(dialog)
    dialog.worker.setEditText("assistente2")
    dialog.reason.setText("Sostituzione per ferie")
    click(qtbot, dialog.grant_button)
    assert not dialog.errors["username"].isVisibleTo(dialog)
    assert [dialog.table.item(0, c).text() for c in range(3)] == [
        "assistente2", "Questa cartella", "Sostituzione per ferie"]
    assert case_file.open_file(as_(ctx, OTHER), case_id).summary.id == case_id

    dialog.worker.setEditText("assistente2")
    dialog.reason.setText("Di nuovo")
    click(qtbot, dialog.grant_button)
    assert "ha già questo accesso" in dialog.errors["username"].text()

    dialog.table.selectRow(0)
    click(qtbot, dialog.revoke_button)
    assert dialog.table.item(0, 0).text() == "Nessun accesso d'équipe in vigore."
    assert cases.case_grants(ctx, case_id) == []
    dialog.reject()

    box = window.open_household(world.rossi.id).case_box  # the same dialog, from the household
    assert box.grants_button.isVisibleTo(box)
    from_household = box.open_grants()
    assert from_household.windowTitle() == f"Accessi d'équipe – nucleo {world.rossi.code}"
    from_household.reject()


def test_the_overview_is_read_off_the_gui_thread_and_still_shows_the_rows(qtbot, ctx, world,
                                                                         monkeypatch):
    cases.open_case(as_(ctx, WORKER), world.rossi.id, CaseOrigin.OFFICE)
    threads = []
    real = cases.overview

    def overview(c, *args, **kw):
        threads.append(threading.current_thread())
        return real(c, *args, **kw)

    monkeypatch.setattr(cases, "overview", overview)
    window = MainWindow(as_(ctx, Actor("capo", "manager")))
    qtbot.addWidget(window)
    page = window.open_area("cases")
    # The page is on show at once, the list follows.
    assert page.counts.text() == "Caricamento dei percorsi…"
    with qtbot.waitSignal(page.loaded, timeout=30_000):
        pass
    assert threads and threads[0] is not threading.main_thread()
    assert page.model.rowCount() == 1
    assert page.model.rows[0].household_code == world.rossi.code
    assert page.counts.text().startswith("1 percorsi, 0 con scadenze superate")
    # A refresh asked twice shows only the newest answer, once.
    shown = []
    page.loaded.connect(lambda: shown.append(page.model.rowCount()))
    page.refresh()
    page.refresh()
    page.wait_loaded()
    assert shown == [1]
