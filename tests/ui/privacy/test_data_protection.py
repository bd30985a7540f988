"""The «Protezione dati» window and the consent dialog, driven as a user would."""

from __future__ import annotations

import json
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from borgo_desktop.models.enums import ConsentPurpose, Relation, Sex
from borgo_desktop.services import privacy
from borgo_desktop.services.registry import registry
from borgo_desktop.services.core.context import Actor, Context
from borgo_desktop.identifiers import make_tax_code
from borgo_desktop.services.registry.forms import HouseholdInput, MemberInput, PersonInput


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def as_role(ctx, role):
    return Context(store=ctx.store, actor=Actor(f"u_{role}", role), today=ctx.today)


def test_the_menu_entry_is_only_for_the_data_protection_role(qtbot, ctx, admin_ctx, world):
    from borgo_desktop.ui.main_window import MainWindow

    manager = MainWindow(ctx)
    qtbot.addWidget(manager)
    assert not hasattr(manager, "data_protection_action")
    admin = MainWindow(admin_ctx)
    qtbot.addWidget(admin)
    assert admin.data_protection_action in admin.menuBar().actions()[0].menu().actions()
    dialog = admin.open_data_protection()
    assert dialog.isVisible()
    dialog.reject()


def test_access_report_for_a_person_found_by_search(qtbot, admin_ctx, world, tmp_path,
                                                     message_boxes):
    from borgo_desktop.ui.privacy.data_protection_dialog import DataProtectionDialog

    dialog = DataProtectionDialog(admin_ctx)
    qtbot.addWidget(dialog)
    tab = dialog.access
    assert not tab.report_button.isEnabled()
    tab.search_box.setFocus()
    qtbot.keyClicks(tab.search_box, "esposito carm")
    qtbot.waitUntil(lambda: tab.search_box.popup.isVisible())
    model = tab.search_box.model
    row = next(r for r in range(model.rowCount()) if model.item(r).text() == "Esposito Carmela")
    tab.search_box.popup.setCurrentIndex(model.index(row, 0))
    qtbot.keyClick(tab.search_box.popup, Qt.Key.Key_Return)
    assert "Esposito Carmela" in tab.chosen.text() and tab.report_button.isEnabled()
    json_path, pdf_path = tab.make_report(tmp_path)
    assert pdf_path.exists() and pdf_path.stat().st_size > 1000
    data = json.loads(json_path.read_text(encoding="utf-8"))
    assert data["persona"] == "Esposito Carmela"
    assert message_boxes[-1][0] == "information" and "non sono cifrati" in message_boxes[-1][1]


def test_retention_preview_then_anonymise_after_confirmation(qtbot, ctx, admin_ctx, world,
                                                            monkeypatch, message_boxes):
    from borgo_desktop.ui.privacy.data_protection_dialog import DataProtectionDialog

    born = date(1950, 5, 5)
    old = registry.create_household(ctx, HouseholdInput(), [MemberInput(PersonInput(
        "Galli", "Rita", make_tax_code("Galli", "Rita", born, "F", "F205"), born, Sex.F),
        Relation.REFERENCE)], joined_on=date(2015, 1, 1))
    registry.household_leaves(ctx, old.id, date(2019, 3, 31))
    dialog = DataProtectionDialog(admin_ctx)
    qtbot.addWidget(dialog)
    tab = dialog.retention
    assert tab.table.rowCount() == 1 and "5 anni" in tab.rule.text()
    assert tab.table.item(0, 1).text() == "31/03/2019"
    tab.table.selectRow(0)
    click(qtbot, tab.apply_button)  # the autouse fixture answers "No"
    assert registry.get_person(ctx, old.members[0].person.id).surname == "Galli"
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    tab.table.selectRow(0)
    click(qtbot, tab.apply_button)
    assert tab.table.rowCount() == 0 and tab.done_table.rowCount() == 1
    assert tab.done_table.item(0, 2).text() == "25/11/2026"
    assert registry.get_person(ctx, old.members[0].person.id).surname == "Anonimo"
    assert message_boxes[-1] == ("information", "Nuclei resi anonimi: 1.")


def test_the_rule_is_changed_from_the_retention_tab(qtbot, admin_ctx, world):
    from borgo_desktop.ui.privacy.data_protection_dialog import DataProtectionDialog

    dialog = DataProtectionDialog(admin_ctx)
    qtbot.addWidget(dialog)
    tab = dialog.retention
    assert tab.years.value() == 5
    tab.years.setValue(12)
    click(qtbot, tab.save_years)
    assert privacy.preview(admin_ctx)[0] == 12 and "12 anni" in tab.rule.text()


def test_front_desk_edits_a_household_without_seeing_or_losing_its_isee(qtbot, ctx, world):
    from borgo_desktop.ui.registry.household_page import HouseholdPage

    page = HouseholdPage(as_role(ctx, "front_desk"), world.rossi.id)
    qtbot.addWidget(page)
    assert page.print_button.isHidden() is False and page.shows_allocation
    form = page.edit_household()
    assert form.isee.text() == "" and form.isee.placeholderText() == "riservato"
    form.phone.setText("02 7777777")
    with qtbot.waitSignal(form.saved):
        click(qtbot, form.save_button)
    stored = registry.get_household(ctx, world.rossi.id)  # as the manager
    assert (stored.phone, stored.isee_cents) == ("02 7777777", 845_000)


def test_facility_staff_are_not_offered_what_they_may_not_do(qtbot, ctx, world):
    from borgo_desktop.ui.registry.household_page import HouseholdPage

    page = HouseholdPage(as_role(ctx, "facility_manager"), world.rossi.id)
    qtbot.addWidget(page)
    hidden = [b.objectName() for b in (page.edit_button, page.add_button, page.print_button,
                                        page.edit_person_button, page.leave_button)
              if b.isHidden()]
    assert len(hidden) == 5 and not page.shows_allocation
    page.members_table.selectRow(0)
    assert page.edit_person() is None


def test_consents_recorded_and_withdrawn_from_the_household_page(qtbot, ctx, admin_ctx, world,
                                                                  monkeypatch, message_boxes):
    from borgo_desktop.ui.registry.household_page import HouseholdPage

    page = HouseholdPage(as_role(ctx, "front_desk"), world.rossi.id)
    qtbot.addWidget(page)
    page.members_table.selectRow(1)
    dialog = page.open_consents()
    assert "Verdi Lucia" in dialog.windowTitle()
    click(qtbot, dialog.record_button)  # nothing chosen: every problem under its field
    assert dialog.errors.label("purpose").isVisible() or dialog.errors.label("purpose").text()
    assert dialog.errors.label("method").text()
    dialog.purpose.setCurrentIndex(dialog.purpose.findData(ConsentPurpose.PHOTOS))
    dialog.method.setCurrentIndex(1)
    dialog.note.setText("modulo n. 4")
    click(qtbot, dialog.record_button)
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 2).text() == "in vigore"
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    dialog.table.selectRow(0)
    click(qtbot, dialog.withdraw_button)
    assert dialog.table.item(0, 2).text() == "25/11/2026"
    register = privacy.consent_register(admin_ctx)
    assert [(c.person_name, c.withdrawn_on) for c in register] == [
        ("Verdi Lucia", date(2026, 11, 25))]
    dialog.reject()


def test_a_masked_role_sees_reserved_not_missing(qtbot, ctx, world):
    from borgo_desktop.ui.registry.household_page import HouseholdPage

    page = HouseholdPage(as_role(ctx, "facility_manager"), world.rossi.id)
    qtbot.addWidget(page)
    assert page.detail.sensitive_masked
    texts = " ".join(label.text() for label in page.info.findChildren(type(page.status_chip)))
    assert "Riservato" in texts and "8.450" not in texts
