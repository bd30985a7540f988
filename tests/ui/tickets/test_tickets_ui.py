"""The maintenance screens driven as users would: a clerk reports a leak from a household's
page, a facility manager assigns it, prints the work order, resolves and closes it."""

from __future__ import annotations

import dataclasses

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from borgo_desktop.models.tickets import Priority, TicketStatus
from borgo_desktop.services.core import listing
from borgo_desktop.services.tickets import plans as ticket_plans, tickets
from borgo_desktop.services.core.context import Actor
from borgo_desktop.ui.main_window import MainWindow
from borgo_desktop.ui.tickets import ticket_page
from borgo_desktop.ui.widgets.fields import set_combo_data
from borgo_desktop.ui.widgets.table_model import ListTableModel


def as_user(ctx, username: str, role: str):
    return dataclasses.replace(ctx, actor=Actor(username, role, username.title()))


@pytest.fixture
def contractor(ctx):
    return ticket_plans.save_contractor(ctx, ticket_plans.ContractorInput(
        "Idraulica Lombarda srl", "Idraulico", phone="02 7654321", contract_ref="C-2026/14"))


def window_for(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    return window


def test_a_leak_from_report_to_closing(qtbot, ctx, world, contractor, monkeypatch):
    opened = []
    monkeypatch.setattr(ticket_page, "open_file", opened.append)
    # The clerk at the desk opens the household and reports the leak.
    clerk = window_for(qtbot, as_user(ctx, "anna.desk", "front_desk"))
    household = clerk.open_household(world.bianchi.id)
    form = household.report_fault()
    set_combo_data(form.category, "plumbing")
    set_combo_data(form.priority, Priority.HIGH)
    form.summary.setText("Perdita d'acqua dal soffitto del bagno")
    form.description.setPlainText("Macchia che si allarga, gocciola sul lavandino.")
    form.save_button.click()
    assert not form.isVisible()
    page = clerk.tabs.currentWidget()
    assert isinstance(page, ticket_page.TicketPage)
    t = page.detail.ticket
    assert (t.status, t.unit_code, t.priority) == (TicketStatus.NEW, world.units.a2.code, Priority.HIGH)
    assert "close" not in page.buttons and "triage" not in page.buttons  # not the desk's job
    assert not page.costs_box.isVisibleTo(page)

    # The facility manager, at another seat, triages and assigns it to the plumber.
    manager = window_for(qtbot, as_user(ctx, "marco.tecnico", "facility_manager"))
    page = manager.open_ticket(t.id)
    assert page.buttons["triage"].isEnabled() and not page.buttons["close"].isEnabled()
    dialog = page.run("triage")
    dialog.save_button.click()
    dialog = page.run("assign")
    set_combo_data(dialog.widgets["assignee"], str(contractor.id))
    dialog.save_button.click()
    assert page.detail.ticket.contractor_name == "Idraulica Lombarda srl"
    # The work order goes to the contractor as a PDF.
    page.buttons["work_order"].click()
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    text = PdfReader(str(opened[0])).pages[0].extract_text()
    assert t.code in text and "Idraulica Lombarda srl" in text and world.units.a2.code in text
    # The work is done: in progress, resolved, then closed with the tenant's word.
    page.buttons["start"].click()
    assert page.detail.ticket.status == TicketStatus.IN_PROGRESS
    dialog = page.run("resolve")
    dialog.widgets["note"].setPlainText("Sostituita la guarnizione della colonna.")
    dialog.save_button.click()
    dialog = page.run("close")
    set_combo_data(dialog.widgets["rating"], 5)
    dialog.save_button.click()
    final = page.detail.ticket
    assert (final.status, final.feedback_rating) == (TicketStatus.CLOSED, 5)
    steps = [(e.from_status, e.to_status) for e in page.detail.events if e.from_status]
    assert steps[-1] == (TicketStatus.RESOLVED, TicketStatus.CLOSED)
    assert page.timeline.rowCount() == len(page.detail.events)
    assert page.buttons["reopen"].isEnabled() and not page.buttons["resolve"].isEnabled()


def test_a_refused_step_keeps_the_dialog_and_says_why(qtbot, ctx, world):
    detail = tickets.create_ticket(ctx, tickets.TicketInput(
        category_code="electrical", summary="Presa bruciata", unit_id=world.units.a2.id,
        reporter_household_id=world.bianchi.id))
    for step in ("triage", "assign"):
        getattr(tickets, step)(ctx, detail.ticket.id, *(
            (Priority.NORMAL,) if step == "triage" else (None, "Luca")))
    tickets.start_work(ctx, detail.ticket.id)
    page = ticket_page.TicketPage(ctx, detail.ticket.id)
    qtbot.addWidget(page)
    dialog = page.run("wait")
    dialog.widgets["note"].setPlainText("Ordinato il ricambio")
    dialog.save_button.click()  # no reason chosen
    assert dialog.isVisible()
    assert "ricambi" in dialog.errors.label("reason").text()
    assert dialog.widgets["note"].toPlainText() == "Ordinato il ricambio"
    dialog.mark_clean()
    dialog.reject()


def test_the_similar_warning_asks_before_a_second_ticket(qtbot, ctx, world):
    unit = world.units.a2
    tickets.create_ticket(ctx, tickets.TicketInput(category_code="plumbing", summary="Perdita",
                                                   unit_id=unit.id, reporter_name="Portineria"))
    window = window_for(qtbot, ctx)
    page = window.open_unit(unit.id)
    form = page.report_fault()
    set_combo_data(form.category, "plumbing")
    form.summary.setText("Ancora acqua dal soffitto")
    form.save_button.click()
    assert form.isVisible() and "T2026-000001" in form.warning.text()
    assert form.save_button.text() == "Apri comunque"
    form.save_button.click()
    assert not form.isVisible()
    assert window.tabs.currentWidget().detail.ticket.code == "T2026-000002"


def test_household_and_unit_pages_list_their_tickets_and_open_them(qtbot, ctx, world):
    unit = world.units.a2
    window = window_for(qtbot, as_user(ctx, "anna.desk", "front_desk"))
    household = window.open_household(world.bianchi.id)
    box = household.ticket_box
    assert box.isVisibleTo(household) and box.empty.isVisibleTo(box)
    assert box.title() == "Segnalazioni (0)"
    form = household.report_fault()  # reported from this page: the box shows it at once
    set_combo_data(form.category, "plumbing")
    form.summary.setText("Perdita dal lavandino")
    form.save_button.click()
    code = window.tabs.currentWidget().detail.ticket.code
    assert box.title() == "Segnalazioni (1)" and not box.empty.isVisibleTo(box)
    table = box.table
    assert [table.item(0, c).text() for c in (0, 3, 4, 5)] == [
        code, "Perdita dal lavandino", "Nuova", ""]
    tickets.create_ticket(ctx, tickets.TicketInput(category_code="electrical", summary="Presa",
                                                   unit_id=unit.id, reporter_name="Portineria"))
    page = window.open_unit(unit.id)
    assert page.ticket_box.title() == "Segnalazioni (2)"
    table = page.ticket_box.table
    rect = table.visualItemRect(table.item(1, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    opened = window.tabs.currentWidget()
    assert isinstance(opened, ticket_page.TicketPage)
    assert opened.detail.ticket.code == table.item(1, 0).text()


def test_the_area_lists_filters_and_counts(qtbot, qtmodeltester, ctx, world, contractor):
    for index, unit in enumerate((world.units.a1, world.units.a2, world.units.b1)):
        tickets.create_ticket(ctx, tickets.TicketInput(
            category_code=("plumbing", "lift", "plumbing")[index], summary=f"Guasto {index}",
            unit_id=unit.id, reporter_name="Portineria",
            priority=(Priority.URGENT, Priority.LOW, Priority.NORMAL)[index]))
    qtmodeltester.check(ListTableModel(ctx, listing.SPECS["tickets"]))
    later = dataclasses.replace(ctx, today=lambda: ctx.today().replace(day=28))
    window = window_for(qtbot, later)
    area = window.open_area("tickets")
    page = area.list_page
    assert page.model.total == 3
    assert page.model.index(0, 0).data() == "T2026-000003"  # newest first
    set_combo_data(page.combos["category"], "plumbing")
    assert page.model.total == 2
    set_combo_data(page.combos["overdue"], later.today().isoformat())
    assert page.model.total == 1  # only the urgent one is past its deadline
    area.tabs.setCurrentWidget(area.board)
    assert area.board.open_counter.value.text() == "3"
    assert area.board.late_counter.value.text() == "1"
    assert area.board.columns[TicketStatus.NEW][1].count() == 3
    item = area.board.columns[TicketStatus.NEW][1].item(0)
    area.board.ticket_opened.emit(item.data(Qt.ItemDataRole.UserRole))
    assert isinstance(window.tabs.currentWidget(), ticket_page.TicketPage)


def test_contractors_and_plans_are_added_from_the_planning_tab(qtbot, ctx, world):
    from datetime import date

    window = window_for(qtbot, as_user(ctx, "marco.tecnico", "facility_manager"))
    planning = window.open_area("tickets").planning
    dialog = planning.new_contractor()
    dialog.widgets["name"].setText("Vetreria Sempione")
    dialog.widgets["phone"].setText("non è un numero")
    dialog.save_button.click()
    assert dialog.isVisible() and dialog.errors.label("phone").text()
    dialog.widgets["phone"].setText("02 3456789")
    dialog.save_button.click()
    assert not dialog.isVisible()
    assert planning.contractors.item(0, 0).text() == "Vetreria Sempione"
    dialog = planning.new_plan()
    dialog.widgets["name"].setText("Verifica estintori")
    set_combo_data(dialog.widgets["category"], "other")
    dialog.widgets["every_months"].setValue(6)
    dialog.widgets["first_due_on"].set_value(date(2026, 12, 5))
    dialog.save_button.click()
    assert not dialog.isVisible()
    assert planning.calendar.item(0, 0).text() == "05/12/2026"
    assert planning.open_due() and "T2026-000001" in planning.result.text()
    assert planning.open_due() == []  # the same period never opens twice


def test_the_board_closes_resolved_tickets_nobody_confirmed(qtbot, ctx, world):
    t = tickets.create_ticket(ctx, tickets.TicketInput(
        category_code="plumbing", summary="Perdita", unit_id=world.units.a2.id,
        reporter_name="Portineria")).ticket
    tickets.triage(ctx, t.id, Priority.NORMAL)
    tickets.assign(ctx, t.id, None, "Luca")
    tickets.start_work(ctx, t.id)
    tickets.resolve(ctx, t.id)
    board = window_for(qtbot, dataclasses.replace(
        ctx, today=lambda: ctx.today().replace(month=12, day=20))).open_area("tickets").board
    assert board.columns[TicketStatus.RESOLVED][1].count() == 1
    assert board.close_unconfirmed() == [t.code]
    assert board.columns[TicketStatus.RESOLVED][1].count() == 0
    clerk = window_for(qtbot, as_user(ctx, "anna.desk", "front_desk")).open_area("tickets").board
    assert not clerk.autoclose_button.isVisibleTo(clerk)


def test_a_photo_is_attached_and_listed_with_its_hash(qtbot, ctx, world, tmp_path):
    import hashlib

    photo = tmp_path / "soffitto.jpg"
    photo.write_bytes(b"\xff\xd8 macchia \xff\xd9")
    detail = tickets.create_ticket(ctx, tickets.TicketInput(
        category_code="plumbing", summary="Macchia", unit_id=world.units.a2.id,
        reporter_household_id=world.bianchi.id))
    page = ticket_page.TicketPage(ctx, detail.ticket.id)
    qtbot.addWidget(page)
    assert not page.files_box.isVisibleTo(page)
    page.attach(photo)
    assert page.files.rowCount() == 1 and page.files.item(0, 0).text() == "soffitto.jpg"
    digest = hashlib.sha256(photo.read_bytes()).hexdigest()
    assert page.files.item(0, 2).text() == digest[:16] + "…"
    assert page.timeline.item(0, 3).text() == "Allegato: soffitto.jpg"


def test_the_monthly_report_is_printed_from_the_board(qtbot, ctx, world, monkeypatch):
    from borgo_desktop.ui.widgets import list_page

    opened = []
    monkeypatch.setattr(list_page, "open_file", opened.append)
    tickets.create_ticket(ctx, tickets.TicketInput(
        category_code="plumbing", summary="Perdita", unit_id=world.units.a2.id,
        reporter_name="Portineria"))
    board = window_for(qtbot, ctx).open_area("tickets").board
    dialog = board.monthly_report()
    assert dialog.widgets["month"].currentText() == "ottobre 2026"
    dialog.widgets["month"].setCurrentIndex(0)
    dialog.save_button.click()
    assert opened and opened[0].name == "manutenzione-2026-11.pdf"
    text = PdfReader(str(opened[0])).pages[0].extract_text()
    assert "novembre 2026" in text and "Idraulica" in text
    clerk = window_for(qtbot, as_user(ctx, "anna.desk", "front_desk")).open_area("tickets").board
    assert not clerk.report_button.isVisibleTo(clerk)


def test_costs_changed_meanwhile_at_another_seat_keep_the_dialog_and_what_was_typed(qtbot, ctx,
                                                                                    world):
    detail = tickets.create_ticket(ctx, tickets.TicketInput(
        category_code="electrical", summary="Presa bruciata", unit_id=world.units.a2.id,
        reporter_household_id=world.bianchi.id))
    page = ticket_page.TicketPage(ctx, detail.ticket.id)
    qtbot.addWidget(page)
    dialog = page.run("costs")
    other_seat = as_user(ctx, "bruno", "manager")
    tickets.set_costs(other_seat, detail.ticket.id, 12_000, None, None,
                      version=tickets.get_ticket(other_seat, detail.ticket.id).ticket.version)
    dialog.widgets["estimated"].set_cents(30_000)
    dialog.save_button.click()
    assert dialog.isVisible()
    assert "Modificato da bruno alle" in dialog.errors.banner.text()
    assert dialog.widgets["estimated"].cents() == 30_000
    assert tickets.get_ticket(ctx, detail.ticket.id).ticket.estimated_cost_cents == 12_000
    dialog.mark_clean()
    dialog.reject()
