"""Work order, tenants' notice (no names, no flats) and the monthly report."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timezone

import pytest
from pypdf import PdfReader

from borgo_desktop.errors import UserError
from borgo_desktop.models.tickets import CostBearer, Priority
from borgo_desktop.models.communication import DeliveryChannel
from borgo_desktop.services.communication import deliveries
from borgo_desktop.services.core import audit
from borgo_desktop.services.tickets import printing as ticket_printing, tickets
from borgo_desktop.services.core.permissions import PermissionDenied
from helpers.support import as_admin

from helpers.ticket_world import as_role, build_world, leak


@pytest.fixture
def world(ctx):
    return build_world(ctx)


def text_of(path) -> str:
    return " ".join(page.extract_text() for page in PdfReader(str(path)).pages)


def assigned_leak(ctx, world):
    t = tickets.create_ticket(ctx, leak(world, description="Macchia che si allarga")).ticket
    tickets.triage(ctx, t.id, Priority.HIGH)
    tickets.assign(ctx, t.id, world.contractor.id)
    tickets.add_appointment(ctx, t.id, datetime(2026, 11, 27, 8, 30, tzinfo=timezone.utc))
    return t


def test_work_order_names_the_job_the_place_and_the_access(ctx, world, tmp_path):
    t = assigned_leak(ctx, world)
    path = ticket_printing.print_work_order(ctx, t.id, tmp_path / "ordine.pdf")
    text = text_of(path)
    for expected in (t.code, "Idraulica Lombarda srl", world.a1.code, "Perdita d'acqua",
                     "27/11/2026 09:30", "Rossi Mario", "Firma del tecnico"):
        assert expected in text
    assert audit.list_entries(as_admin(ctx))[0].action == "print.work_order"
    with pytest.raises(PermissionDenied):
        ticket_printing.print_work_order(as_role(ctx, "front_desk"), t.id, tmp_path / "x.pdf")


def test_work_order_needs_an_assignee(ctx, world, tmp_path):
    t = tickets.create_ticket(ctx, leak(world)).ticket
    with pytest.raises(UserError, match="assegnare"):
        ticket_printing.print_work_order(ctx, t.id, tmp_path / "o.pdf")


def test_notice_names_no_tenant_and_no_flat(ctx, world, tmp_path):
    start = datetime(2026, 12, 2, 8, 0, tzinfo=timezone.utc)
    end = datetime(2026, 12, 2, 12, 0, tzinfo=timezone.utc)
    for body in ("Per il guasto segnalato dalla famiglia Rossi.",
                 f"Lavori nell'alloggio {world.a1.code}.", "Lavori all'interno 4 della scala B."):
        with pytest.raises(UserError, match="non può nominare"):
            ticket_printing.print_notice(ctx, world.building.id, "A", "Sospensione dell'acqua",
                                         body, start, end, tmp_path / "avviso.pdf")
    assert not (tmp_path / "avviso.pdf").exists()
    path = ticket_printing.print_notice(
        ctx, world.building.id, "A", "Sospensione dell'acqua",
        "Per lavori alla colonna montante l'acqua sarà sospesa.", start, end, tmp_path / "avviso.pdf")
    text = text_of(path)
    assert "Sospensione dell'acqua" in text and "scala A" in text
    assert "02/12/2026, dalle 09:00 alle 13:00" in text
    mailing = deliveries.list_mailings(ctx)[0]  # out of the communication engine, logged
    assert mailing.template_code == "AVVISO-INTERVENTO-SCALA" and mailing.recipients >= 1
    posted = deliveries.mailing_deliveries(ctx, mailing.id)
    assert {d.channel for d in posted} == {DeliveryChannel.BOARD}
    building, _staircase, title, body = ticket_printing.notice_draft(
        ctx, tickets.create_ticket(ctx, leak(world)).ticket.id)
    ticket_printing.check_notice_text(ctx, building, title, body)  # the draft passes the check


def test_monthly_report_figures(ctx, world, tmp_path):
    def on(day):
        return dataclasses.replace(ctx, today=lambda: day)

    quick = tickets.create_ticket(on(date(2026, 10, 5)), leak(world, priority=Priority.URGENT)).ticket
    slow = tickets.create_ticket(on(date(2026, 10, 6)), leak(
        world, category_code="electrical", summary="Luce scale", unit_id=world.b1.id)).ticket
    for t in (quick, slow):
        tickets.triage(ctx, t.id, t.priority)
        tickets.assign(ctx, t.id, world.contractor.id)
        tickets.start_work(ctx, t.id)
    tickets.resolve(on(date(2026, 10, 6)), quick.id)   # due 6/10: on time
    tickets.resolve(on(date(2026, 11, 20)), slow.id)   # due 16/10: late, in November
    tickets.set_costs(ctx, quick.id, None, 15_000, CostBearer.OWNER)
    october = ticket_printing.monthly_report(ctx, 2026, 10)
    assert (october.opened, october.resolved, october.on_time) == (2, 1, 1)
    assert (october.open_at_end, october.overdue_at_end) == (1, 1)
    assert october.cost_owner_cents == 15_000
    november = ticket_printing.monthly_report(ctx, 2026, 11)
    assert (november.resolved, november.on_time, november.opened) == (1, 0, 0)
    row = november.by_contractor[0]
    assert (row.label, row.late, row.average_days) == ("Idraulica Lombarda srl", 1, 45.0)
    path = ticket_printing.print_monthly(ctx, 2026, 10, tmp_path / "mese.pdf")
    text = text_of(path)
    assert "ottobre 2026" in text and "Idraulica" in text and "150,00" in text
    with pytest.raises(PermissionDenied):
        ticket_printing.monthly_report(as_role(ctx, "front_desk"), 2026, 10)


def test_a_surname_that_is_also_a_word_is_refused_only_as_a_name(ctx, world, tmp_path):
    from borgo_desktop.identifiers import make_tax_code
    from borgo_desktop.models.enums import Relation, Sex
    from borgo_desktop.services.registry import registry
    from borgo_desktop.services.registry.forms import (
        HouseholdInput, LeaseInput, MemberInput, PersonInput,
    )

    born = date(1970, 5, 5)
    sala = registry.create_household(ctx, HouseholdInput(), [MemberInput(PersonInput(
        "Sala", "Piero", make_tax_code("Sala", "Piero", born, "M", "F205"), born, Sex.M,
        birth_place="Milano"), Relation.REFERENCE)])
    registry.create_lease(ctx, LeaseInput(sala.id, world.b1.code, date(2026, 2, 1), 30_000))
    ticket_printing.check_notice_text(ctx, world.building.id, "Chiusura della sala comune")
    with pytest.raises(UserError, match="«sala»"):
        ticket_printing.check_notice_text(ctx, world.building.id, "Guasto segnalato da Sala")
    with pytest.raises(UserError, match=sala.code.lower()):
        ticket_printing.check_notice_text(ctx, world.building.id, f"Nucleo {sala.code}")
