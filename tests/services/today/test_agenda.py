"""«Oggi» per role: each part only for who may see it, each line naming the record it opens."""

from __future__ import annotations

from datetime import date

import pytest

from borgo_desktop.models.enums import Duty, MoveInItem
from borgo_desktop.services.spaces import bookings
from borgo_desktop.services.today import agenda
from helpers import today_world
from helpers.today_world import TODAY, as_role, on


@pytest.fixture
def borgo(ctx):
    return today_world.build(ctx)


def test_the_desk_sees_bookings_keys_tickets_move_in_and_reminders(ctx, borgo):
    found = agenda.agenda(on(as_role(ctx, "front_desk"), TODAY))
    assert found.day == TODAY
    assert [(b.id, b.title, b.key) for b in found.bookings.lines] == [
        (borgo.party.id, "Festa di compleanno", "give")]
    assert {(b.id, b.key, b.key_holder) for b in found.keys.lines} == {
        (borgo.party.id, "give", ""), (borgo.yesterday.id, "collect", "Bianchi Anna")}
    assert [(t.id, t.code) for t in found.tickets.lines] == [(borgo.leak.id, borgo.leak.code)]
    assert found.cases is None  # the desk follows no case
    steps = {(m.household_id, m.item, m.overdue) for m in found.move_in.lines}
    assert steps == {(borgo.world.bianchi.id, MoveInItem.RESIDENCE, True),
                     (borgo.world.bianchi.id, MoveInItem.UTILITIES, False),
                     (borgo.world.bianchi.id, MoveInItem.CHECK_1M, False)}  # 1/12: near
    assert [(a.household_id, a.kind) for a in found.arrears.lines] == [
        (borgo.world.rossi.id, "reminder")]


def test_the_social_worker_sees_only_her_cases_and_the_alerts(ctx, borgo):
    found = agenda.agenda(on(as_role(ctx, "social_worker"), TODAY))
    [case] = found.cases.lines
    assert (case.id, case.duty, case.due, case.overdue) == (
        borgo.case_id, Duty.FIRST_MEETING, date(2026, 11, 30), False)
    assert case.household_code == borgo.world.verdi.code
    kinds = {(a.household_id, a.kind) for a in found.arrears.lines}
    assert kinds == {(borgo.world.rossi.id, "proposal")}  # Rossi has no case: a proposal
    late = agenda.agenda(on(as_role(ctx, "social_worker"), date(2026, 12, 2)))
    assert late.cases.lines[0].overdue


def test_the_facility_manager_sees_the_building_side_only(ctx, borgo):
    found = agenda.agenda(on(as_role(ctx, "facility_manager"), TODAY))
    assert found.tickets.total == 1 and found.bookings.total == 1
    assert found.cases is None and found.move_in is None and found.arrears is None


def test_a_returned_key_and_a_given_one_leave_the_keys_part(ctx, borgo):
    desk = on(as_role(ctx, "front_desk"), TODAY)
    bookings.record_use(desk, borgo.yesterday.id, key_returned=True)
    bookings.record_use(desk, borgo.party.id, key_given_to="Rossi Maria")
    keys = agenda.agenda(desk).keys.lines
    assert [(k.id, k.key) for k in keys] == [(borgo.party.id, "collect")]  # out until back
    assert agenda.agenda(on(desk, TODAY)).bookings.lines[0].key == "collect"


def test_parts_are_cut_but_counted(ctx, borgo, monkeypatch):
    monkeypatch.setattr(agenda, "LIMIT", 1)
    keys = agenda.agenda(on(as_role(ctx, "front_desk"), TODAY)).keys
    assert keys.total == 2 and len(keys.lines) == 1


def test_tickets_and_proposals_are_counted_beyond_the_lines_read(ctx, borgo, monkeypatch):
    monkeypatch.setattr(agenda, "LIMIT", 0)  # the city's thousands: counted in SQL, not read
    desk = agenda.agenda(on(as_role(ctx, "front_desk"), TODAY))
    assert desk.tickets.total == 1 and desk.tickets.lines == []
    worker = agenda.agenda(on(as_role(ctx, "social_worker"), TODAY))
    assert worker.arrears.total == 1 and worker.arrears.lines == []
