"""The household form: refused input is explained under its field and never lost."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from borgo_desktop.identifiers import make_tax_code
from borgo_desktop.services.registry import registry
from borgo_desktop.ui.registry.household_form import HouseholdForm

GOOD = make_tax_code("Gallo", "Pietro", date(1985, 2, 10), "M", "F205")
BAD_CHECK = GOOD[:15] + ("A" if GOOD[15] != "A" else "B")


@pytest.fixture
def form(qtbot, ctx, world):
    dialog = HouseholdForm(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


@pytest.fixture
def answers(monkeypatch):
    """Answer the unsaved-changes question with what the test puts in the list."""
    asked, replies = [], []

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return replies.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked, replies


def fill(qtbot, fields, surname="Gallo", given="Pietro", born="10/02/1985", sex="Maschio",
         code=GOOD):
    qtbot.keyClicks(fields.surname, surname)
    qtbot.keyClicks(fields.given_name, given)
    qtbot.keyClicks(fields.birth_date, born)
    fields.sex.setCurrentIndex(fields.sex.findText(sex))
    qtbot.keyClicks(fields.tax_code, code)


def test_a_refused_tax_code_shows_its_reason_and_keeps_the_input(qtbot, form):
    member = form.members[0]
    fill(qtbot, member, code=BAD_CHECK)
    reason = member.errors.label("tax_code")
    assert "carattere di controllo" in reason.text()  # checked while typing
    assert member.tax_code.property("error") is True

    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.isVisible()
    assert "carattere di controllo" in reason.text()
    assert f"atteso {GOOD[15]}" in reason.text()
    assert member.tax_code.text() == BAD_CHECK
    assert member.surname.text() == "Gallo"
    assert member.birth_date.value() == date(1985, 2, 10)
    assert form.banner.isVisibleTo(form) and "errore" in form.banner.text()


def test_a_short_code_is_not_judged_until_the_field_is_left(qtbot, form):
    member = form.members[0]
    qtbot.keyClicks(member.tax_code, "GLLPTR")
    assert member.errors.label("tax_code").text() == ""
    member.tax_code.editingFinished.emit()
    assert "16 caratteri (ne ha 6)" in member.errors.label("tax_code").text()


def test_every_problem_is_shown_at_once_in_its_members_tab(qtbot, form, ctx):
    fill(qtbot, form.members[0])
    qtbot.keyClicks(form.email, "non-una-mail")
    form.add_member()
    second = form.members[1]
    qtbot.keyClicks(second.given_name, "Marta")  # no surname, no birth date, no code
    form.member_tabs.setCurrentIndex(0)

    form.save()
    assert form.errors.label("email").text().startswith("Indirizzo e-mail non valido")
    assert "Cognome" in second.errors.label("surname").text()
    assert "Data di nascita" in second.errors.label("birth_date").text()
    assert "obbligatorio" in second.errors.label("tax_code").text()
    assert form.errors.label("isee_cents").text() == ""
    assert form.member_tabs.currentIndex() == 1
    assert not form.members[0].has_problems()
    assert registry.find_household(ctx, "N00004") is None


def test_a_mismatching_code_can_be_confirmed(qtbot, form, ctx):
    member = form.members[0]
    fill(qtbot, member, born="11/02/1985")  # the code says the 10th
    assert "data di nascita" in member.errors.label("tax_code").text()
    assert member.accept_mismatch.isVisibleTo(form)
    form.save()
    assert form.isVisible()
    assert "confermare" in member.errors.label("tax_code").text()

    member.accept_mismatch.setChecked(True)
    with qtbot.waitSignal(form.saved) as saved:
        form.save()
    detail = registry.get_household(ctx, saved.args[0])
    assert detail.members[0].person.tax_code == GOOD
    assert detail.members[0].person.birth_date == date(1985, 2, 11)


def test_closing_a_dirty_form_asks_first(qtbot, form, answers):
    asked, replies = answers
    qtbot.keyClicks(form.members[0].surname, "Gallo")
    replies.append(QMessageBox.StandardButton.No)
    form.close()
    assert asked == ["Ci sono modifiche non salvate. Uscire senza salvare?"]
    assert form.isVisible() and form.members[0].surname.text() == "Gallo"

    replies.append(QMessageBox.StandardButton.Yes)
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert len(asked) == 2
    assert not form.isVisible()


def test_an_untouched_form_closes_without_asking(qtbot, form, answers):
    asked, _replies = answers
    form.reject()
    assert asked == [] and not form.isVisible()


def test_editing_a_household_changes_only_its_data(qtbot, ctx, world, answers):
    form = HouseholdForm(ctx, registry.get_household(ctx, world.rossi.id))
    qtbot.addWidget(form)
    form.show()
    assert form.phone.text() == "02 5551234"
    assert form.isee.text() == "8.450,00"
    assert form.category.currentData() == "FRAGILI"
    assert not form.is_dirty
    form.phone.clear()
    qtbot.keyClicks(form.phone, "02 7654321")
    form.vulnerabilities[next(iter(form.vulnerabilities))].click()
    assert form.is_dirty
    with qtbot.waitSignal(form.saved):
        form.save()
    detail = registry.get_household(ctx, world.rossi.id)
    assert detail.phone == "02 7654321"
    assert detail.vulnerabilities == ("indigent",)
    assert detail.size == 4
    assert answers[0] == []  # saved: nothing to ask


def test_a_household_saved_meanwhile_at_another_seat_is_not_overwritten(qtbot, ctx, world,
                                                                       answers):
    """The form keeps what was typed and says who saved and when; nothing is overwritten."""
    from dataclasses import replace

    from borgo_desktop.services.core.context import Actor
    from borgo_desktop.services.registry.forms import HouseholdInput

    form = HouseholdForm(ctx, registry.get_household(ctx, world.rossi.id))
    qtbot.addWidget(form)
    form.show()
    other_seat = replace(ctx, actor=Actor("bruno", "manager", "Bruno Gatti"))
    read = registry.get_household(other_seat, world.rossi.id)
    registry.update_household(other_seat, world.rossi.id, HouseholdInput(
        phone=read.phone, email=read.email, notes="Chiamato dal Comune", version=read.version,
        target_category_code=read.target_category_code, isee_cents=read.isee_cents,
        isee_expires_on=read.isee_expires_on))
    form.notes.setPlainText("Nota scritta qui")
    form.save()
    assert form.isVisible()
    assert "Modificato da bruno alle" in form.banner.text()
    assert "ricarica" in form.banner.text()
    assert form.notes.toPlainText() == "Nota scritta qui"
    assert registry.get_household(ctx, world.rossi.id).notes == "Chiamato dal Comune"
    form.mark_clean()
    form.reject()
