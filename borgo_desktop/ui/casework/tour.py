"""The casework screens of the screenshot tour, as the demo's social worker sees them."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from borgo_desktop.models.casework import CaseStage, Dimension, NoteKind
from borgo_desktop.services.casework import cases
from borgo_desktop.services.core.context import Actor, Context
from borgo_desktop.ui.widgets.fields import set_combo_data

WORKER = Actor("assistente", "social_worker", "Chiara Moretti")


def case_screens(ctx: Context, make_window: Callable[[Context], QWidget],
                 shot: Callable[..., None]) -> None:
    """The manager's overview (what ``ctx`` sees) and its team grants, then the worker's
    list, a full case page, the assessment form, the pact editor and a referral."""
    window = make_window(ctx)
    if "cases" in [area.key for area in window.areas]:
        overview = window.open_area("cases")
        overview.wait_loaded()
        shot("30_percorsi.png", window)
        if overview.grants_button.isVisibleTo(overview) and overview.model.rowCount():
            overview.table.selectRow(0)
            grants = overview.open_grants()
            shot("35_accessi_equipe.png", grants)
            grants.reject()
    window.close()
    worker = dataclasses.replace(ctx, actor=WORKER)
    mine = cases.my_cases(worker)
    if not mine:
        return
    window = make_window(worker)
    window.open_area("cases").wait_loaded()
    shot("31_miei_casi.png", window)
    chosen = next((row for row in mine if row.stage == CaseStage.ACTIVE), mine[0])
    page = window.open_case(chosen.id)
    page.note_editor.timer.stop()  # the tour's sample text is never kept as a draft
    set_combo_data(page.note_editor.kind_combo, NoteKind.HOME_VISIT)
    page.note_editor.duration.setValue(45)
    page.note_editor.participants.setText("Intestataria e figlio maggiore")
    page.note_editor.body.setPlainText("Visita domiciliare: la famiglia ha pagato la bolletta "
                                       "del gas; il figlio ha iniziato il tirocinio.")
    shot("32_cartella.png", window)
    dialog = page.assess()
    for dimension, (spin, note) in list(dialog.scores.items())[:3]:
        spin.setValue(3 if dimension != Dimension.INCOME else 2)
    shot("33_valutazione.png", dialog)
    dialog.reject()
    plan = page.edit_plan()
    shot("34_patto.png", plan)
    plan.reject()
    referral = page.refer()
    referral.service.search_edit.setText("via")
    if referral.service.results.count():
        referral.service.results.setCurrentRow(0)
    shot("36_invio_servizio.png", referral)
    referral.reject()
    page.note_editor.body.clear()
    page.note_editor.participants.clear()
    page.note_editor.mark_saved()
    window.close()
