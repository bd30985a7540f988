"""The casework acceptance flow in the main window: a social worker opens a case from a
household, records a home visit, scores the assessment, agrees a pact with two goals,
prints it, reviews one goal as met. Plus the work list, the draft and what other roles see."""

from __future__ import annotations

from datetime import date

from pypdf import PdfReader
from PySide6.QtCore import Qt

from borgo_desktop.models.casework import CaseStage, GoalOutcome, NoteKind
from borgo_desktop.services.core import audit
from borgo_desktop.services.casework import file as case_file
from borgo_desktop.services.casework import records as rec
from borgo_desktop.services.core.context import Actor, Context
from borgo_desktop.ui.casework import case_page as case_page_module
from borgo_desktop.ui.casework.case_model import CaseModel
from borgo_desktop.ui.main_window import MainWindow
from borgo_desktop.ui.widgets.fields import set_combo_data
from helpers.support import as_admin

WORKER = Actor("assistente", "social_worker", "Giulia Ferri")


def as_(ctx, actor):
    return Context(store=ctx.store, actor=actor, today=ctx.today)


def click(qtbot, button):
    assert button.isEnabled() and button.isVisibleTo(button.window()), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_social_worker_path_from_household_to_reviewed_pact(qtbot, ctx, world, monkeypatch):
    wctx = as_(ctx, WORKER)
    window = MainWindow(wctx)
    qtbot.addWidget(window)
    window.show()
    page = window.open_household(world.rossi.id)
    assert page.case_group.isVisible() and page.case_box.start_button.isVisible()

    dialog = page.case_box.start_case()
    dialog.reason.setText("Richiesta di aiuto per le bollette")
    dialog.date_edit.set_value(date(2026, 11, 2))
    with qtbot.waitSignal(window.tabs.currentChanged):
        click(qtbot, dialog.ok_button)
    case = window.tabs.currentWidget()
    assert case.objectName() == "case_page"
    assert audit.list_entries(as_admin(ctx), limit=1)[0].action == "case.view"

    editor = case.note_editor
    set_combo_data(editor.kind_combo, NoteKind.HOME_VISIT)
    editor.date_edit.set_value(date(2026, 11, 10))
    editor.duration.setValue(75)
    editor.participants.setText("Mario Rossi, Lucia Verdi")
    qtbot.keyClicks(editor.body, "Visita domiciliare: casa ordinata, bollette arretrate.")
    click(qtbot, editor.save_button)
    assert case.file.summary.stage == CaseStage.FIRST_MEETING
    assert any(case.timeline.item(r, 1).text() == "Visita domiciliare"
               for r in range(case.timeline.rowCount()))

    assessment = case.assess()
    assessment.scores[list(assessment.scores)[1]][0].setValue(2)  # income and debts
    assessment.scores[list(assessment.scores)[1]][1].setText("Bollette arretrate")
    assessment.scores[list(assessment.scores)[2]][0].setValue(3)
    click(qtbot, assessment.ok_button)
    assert case.file.summary.stage == CaseStage.ASSESSMENT
    assert case.scores.rowCount() == 2

    plan = case.edit_plan()
    plan.set_goal(0, "Pagare le bollette arretrate", "Nessuna bolletta scaduta", "31/03/2027")
    plan.set_goal(1, "Iscrizione al centro per l'impiego", "Iscrizione fatta", "31/01/2027")
    plan.agreed_check.setChecked(True)
    plan.agreed_edit.set_value(date(2026, 11, 20))
    click(qtbot, plan.ok_button)
    assert case.file.summary.stage == CaseStage.PLAN_AGREED
    assert case.goals.rowCount() == 2

    opened = []
    monkeypatch.setattr(case_page_module, "open_file", opened.append)
    click(qtbot, case.pact_button)
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    text = "".join(p.extract_text() for p in PdfReader(opened[0]).pages)
    assert "Pagare le bollette arretrate" in text and "Firma" in text

    review = case.review_plan()
    set_combo_data(review.outcomes[case.file.current_plan.goals[0].id][0], GoalOutcome.MET)
    click(qtbot, review.ok_button)
    assert case.goals.item(0, 3).text() == "Raggiunto"
    assert case.file.summary.stage == CaseStage.ACTIVE

    cases_page = window.open_area("cases")
    cases_page.wait_loaded()
    assert cases_page.model.rowCount() == 1
    assert cases_page.model.rows[0].household_code == world.rossi.code


def test_draft_comes_back_when_the_case_is_opened_again(qtbot, ctx, world):
    from borgo_desktop.models.casework import CaseOrigin
    from borgo_desktop.services.casework import cases

    wctx = as_(ctx, WORKER)
    case_id = cases.open_case(wctx, world.rossi.id, CaseOrigin.OFFICE)
    window = MainWindow(wctx)
    qtbot.addWidget(window)
    page = window.open_case(case_id)
    qtbot.keyClicks(page.note_editor.body, "Telefonata con la scuola")
    window.close_tab(window.tabs.indexOf(page))  # closing the tab keeps the draft
    assert rec.load_draft(wctx, case_id).body == "Telefonata con la scuola"
    again = window.open_case(case_id)
    assert again.note_editor.body.toPlainText() == "Telefonata con la scuola"


def test_autosave_timer_saves_while_typing(qtbot, ctx, world, monkeypatch):
    from borgo_desktop.models.casework import CaseOrigin
    from borgo_desktop.services.casework import cases
    from borgo_desktop.ui.casework import note_editor

    monkeypatch.setattr(note_editor, "AUTOSAVE_MS", 50)
    wctx = as_(ctx, WORKER)
    case_id = cases.open_case(wctx, world.rossi.id, CaseOrigin.OFFICE)
    editor = note_editor.NoteEditor(wctx, case_id)
    qtbot.addWidget(editor)
    qtbot.keyClicks(editor.body, "Appunti")
    qtbot.waitUntil(lambda: rec.load_draft(wctx, case_id) is not None, timeout=5_000)
    assert rec.load_draft(wctx, case_id).body == "Appunti"


def test_front_desk_sees_only_who_to_call(qtbot, ctx, world):
    from borgo_desktop.models.casework import CaseOrigin
    from borgo_desktop.services.casework import cases

    cases.open_case(as_(ctx, WORKER), world.rossi.id, CaseOrigin.OFFICE)
    window = MainWindow(as_(ctx, Actor("sportello", "front_desk")))
    qtbot.addWidget(window)
    assert "cases" not in [a.key for a in window.areas]
    page = window.open_household(world.rossi.id)
    assert page.case_box.label.text() == "Ha un'assistente sociale: Giulia Ferri"
    assert not page.case_box.open_button.isVisibleTo(page)
    manager = MainWindow(as_(ctx, Actor("capo", "manager")))
    qtbot.addWidget(manager)
    overview = manager.open_area("cases")
    overview.wait_loaded()
    assert overview.model.rowCount() == 1
    assert "Fase: Segnalazione" in manager.open_household(world.rossi.id).case_box.label.text()


def test_case_model_passes_the_model_tester(qtmodeltester, ctx, world):
    from borgo_desktop.models.casework import CaseOrigin
    from borgo_desktop.services.casework import cases

    cases.open_case(as_(ctx, WORKER), world.rossi.id, CaseOrigin.OFFICE)
    model = CaseModel()
    model.set_rows(cases.my_cases(as_(ctx, WORKER)))
    qtmodeltester.check(model)


def test_notes_search_in_the_work_list(qtbot, ctx, world):
    from borgo_desktop.models.casework import CaseOrigin
    from borgo_desktop.services.casework import cases

    wctx = as_(ctx, WORKER)
    case_id = cases.open_case(wctx, world.rossi.id, CaseOrigin.OFFICE)
    rec.add_note(wctx, case_id, rec.NoteInput(NoteKind.PHONE_CALL, date(2026, 11, 3),
                                               "Sentita la scuola di Giulia"))
    window = MainWindow(wctx)
    qtbot.addWidget(window)
    page = window.open_area("cases")
    page.wait_loaded()
    page.search_edit.setText("scuola")
    assert [h.case_id for h in page.search()] == [case_id]
    with qtbot.waitSignal(page.case_opened):
        page.hits.itemActivated.emit(page.hits.item(0))
    assert case_file.search_notes(wctx, "scuola")


def test_tour_shows_the_case_screens_of_the_demo_worker(qtbot, ctx, world, tmp_path):
    from borgo_desktop.models.casework import CaseOrigin
    from borgo_desktop.services.casework import cases
    from borgo_desktop.ui.tour import run_tour

    case_id = cases.open_case(as_(ctx, WORKER), world.rossi.id, CaseOrigin.OFFICE)
    names = [p.name for p in run_tour(ctx, tmp_path / "tour")]
    assert names[-7:] == ["30_percorsi.png", "35_accessi_equipe.png", "31_miei_casi.png",
                          "32_cartella.png", "33_valutazione.png", "34_patto.png",
                          "36_invio_servizio.png"]
    assert rec.load_draft(as_(ctx, WORKER), case_id) is None  # the sample text is not kept


def test_manager_assigns_and_worker_moves_the_case_on(qtbot, ctx, world):
    from borgo_desktop.models.casework import CaseOrigin, ReferralReason
    from borgo_desktop.services.casework import cases

    case_id = cases.open_case_from_alert(ctx, world.rossi.id, CaseOrigin.ARREARS, "Morosità")
    manager = MainWindow(as_(ctx, Actor("capo", "manager")))
    qtbot.addWidget(manager)
    box = manager.open_household(world.rossi.id).case_box
    assert "da assegnare" in box.label.text()
    dialog = box.assign_worker()
    click(qtbot, dialog.ok_button)  # empty username: refused, the dialog stays
    assert dialog.errors["username"].isVisibleTo(dialog)
    dialog.username.setText("assistente")
    dialog.display_name.setText("Giulia Ferri")
    click(qtbot, dialog.ok_button)
    assert "Giulia Ferri" in box.label.text()

    wctx = as_(ctx, WORKER)
    window = MainWindow(wctx)
    qtbot.addWidget(window)
    page = window.open_case(case_id)
    labels = [a.text() for a in page.stage_menu.actions() if a.text()]
    assert labels == ["Passa a: Primo colloquio", "Chiudi il percorso…"]
    assert page.advance(CaseStage.FIRST_MEETING)
    rec.add_referral(wctx, case_id, rec.ReferralInput(
        "CAF di via Tracia", ReferralReason.TAX, date(2026, 11, 20), "Mario Rossi"))
    page.refresh()
    row = next(r for r in range(page.timeline.rowCount())
               if page.timeline.item(r, 1).text().startswith("Invio a"))
    page._row_activated(page.timeline.item(row, 1))
    referral_dialog = page.dialog
    assert referral_dialog.status.count() == 2  # accepted, or closed
    click(qtbot, referral_dialog.ok_button)
    assert page.file.referrals[0].status == "accepted"
    closing = page.close_case()
    click(qtbot, closing.ok_button)
    assert page.file.summary.stage == CaseStage.CLOSED
    assert [a.text() for a in page.stage_menu.actions()] == ["Verifica a 6 mesi fatta"]


def test_correcting_a_note_from_the_diary_keeps_the_original(qtbot, ctx, world):
    from borgo_desktop.models.casework import CaseOrigin
    from borgo_desktop.services.casework import cases

    wctx = as_(ctx, WORKER)
    case_id = cases.open_case(wctx, world.rossi.id, CaseOrigin.OFFICE)
    original = rec.add_note(wctx, case_id, rec.NoteInput(
        NoteKind.PHONE_CALL, date(2026, 11, 3), "La figlia frequenta la terza media"))
    window = MainWindow(wctx)
    qtbot.addWidget(window)
    page = window.open_case(case_id)
    row = next(r for r in range(page.timeline.rowCount())
               if page.timeline.item(r, 0).data(Qt.ItemDataRole.UserRole) == original)
    page._row_activated(page.timeline.item(row, 2))
    editor = page.note_editor
    assert editor.amends_id == original and editor.amend_label.isVisibleTo(page)
    set_combo_data(editor.kind_combo, NoteKind.NOTE)
    qtbot.keyClicks(editor.body, "Correzione: frequenta la seconda media")
    click(qtbot, editor.save_button)
    notes = {n.id: n for n in page.file.notes}
    assert notes[original].body == "La figlia frequenta la terza media"
    (amendment,) = notes[original].amended_by
    assert notes[amendment].amends_id == original
    assert any(page.timeline.item(r, 1).text() == "Correzione: Annotazione"
               for r in range(page.timeline.rowCount()))


def test_a_long_diary_shows_its_older_notes_on_request(qtbot, ctx, world, monkeypatch):
    from borgo_desktop.models.casework import CaseOrigin
    from borgo_desktop.services.casework import cases

    monkeypatch.setattr(case_file, "NOTE_PAGE", 3)
    wctx = as_(ctx, WORKER)
    case_id = cases.open_case(wctx, world.rossi.id, CaseOrigin.OFFICE)
    for day in range(1, 6):
        rec.add_note(wctx, case_id, rec.NoteInput(NoteKind.NOTE, date(2026, 11, day),
                                                  f"Nota del giorno {day}"))
    window = MainWindow(wctx)
    qtbot.addWidget(window)
    page = window.open_case(case_id)

    def diary() -> set[str]:
        return {page.timeline.item(r, 2).text() for r in range(page.timeline.rowCount())}

    assert {"Nota del giorno 5", "Nota del giorno 3"} <= diary()
    assert "Nota del giorno 1" not in diary()
    assert page.older_notes_button.text() == "Mostra tutto il diario (2 note precedenti)"
    click(qtbot, page.older_notes_button)
    assert {f"Nota del giorno {day}" for day in range(1, 6)} <= diary()
    assert not page.older_notes_button.isVisibleTo(page)
    page.refresh()  # a save re-reads the file: the whole diary stays
    assert "Nota del giorno 1" in diary()
