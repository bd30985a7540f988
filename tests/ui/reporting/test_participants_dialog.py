"""«Dati FSE+» opened from the case page: a social worker completes a participant's entry
data, the list says what is missing until it is complete; a refused date stays typed."""

from __future__ import annotations

import dataclasses

from datetime import date

from sqlalchemy import select

from borgo_desktop.models import Case, CaseWorker
from borgo_desktop.ui.casework.case_page import CasePage
from borgo_desktop.services.core.context import Actor
from borgo_desktop.ui.main_window import MainWindow
from borgo_desktop.ui.reporting.participants_dialog import ParticipantsDialog



def _case(demo):
    with demo.store.read() as session:
        return session.scalar(select(Case.id).join(CaseWorker, CaseWorker.case_id == Case.id)
                              .where(CaseWorker.username == "assistente",
                                     Case.closed_on.is_(None)).order_by(Case.opened_on).limit(1))


def test_the_case_page_opens_the_participant_data(qtbot, demo):
    worker = as_role(demo, "assistente", "social_worker")
    window = MainWindow(worker)
    qtbot.addWidget(window)
    page = window.open_case(_case(demo))
    assert isinstance(page, CasePage)
    page.participants_button.click()
    assert isinstance(window.dialog, ParticipantsDialog)
    window.dialog.reject()


def test_a_worker_completes_the_entry_data(qtbot, demo):
    worker = as_role(demo, "assistente", "social_worker")
    dialog = ParticipantsDialog(worker, _case(demo))
    qtbot.addWidget(dialog)
    assert "da registrare" in dialog.people.item(0).text()
    dialog.entered_on.set_value(date(2030, 1, 1))
    assert not dialog.save_entry()
    assert dialog.errors.label("entered_on").text().startswith("La data di ingresso non può")
    assert dialog.entered_on.value() == date(2030, 1, 1)  # what was typed is kept
    dialog.entered_on.set_value(date(2026, 11, 2))
    dialog.education.setCurrentIndex(0)  # left to complete
    assert dialog.save_entry()
    assert "incompleto" in dialog.people.item(dialog.people.currentRow()).text()
    assert "titolo di studio" in dialog.missing.text()
    dialog.education.setCurrentIndex(2)
    dialog.employment.setCurrentIndex(2)
    dialog.gender.setCurrentIndex(1)
    for combo in dialog.flags.values():
        if combo.currentData() is None:
            combo.setCurrentIndex(2)
    assert dialog.save_entry()
    assert "completo" in dialog.people.item(dialog.people.currentRow()).text()
    assert "Mancano" not in dialog.missing.text()


def test_the_completeness_list_names_what_is_missing(qtbot, demo):
    worker = as_role(demo, "assistente", "social_worker")
    dialog = ParticipantsDialog(worker, _case(demo))
    qtbot.addWidget(dialog)
    assert dialog.gaps.count() > 0
    assert any("nessun partecipante registrato" in dialog.gaps.item(i).text()
               for i in range(dialog.gaps.count()))


def as_role(ctx, username, role):
    return dataclasses.replace(ctx, actor=Actor(username, role))
