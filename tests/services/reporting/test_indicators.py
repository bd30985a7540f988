"""Each indicator of DOMAIN.md's set against a count made another way: the rows loaded and
counted in Python (or summed from the ledger's own entries), on the demo borgo with its rent
history."""

from __future__ import annotations

import statistics
from collections import Counter
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from borgo_desktop.errors import UserError, ValidationError
from borgo_desktop.models import (
    ArrearsAlert, Booking, Case, CommonSpace, CommunityEvent, EventParticipant, GoalReview,
    Household, Lease, MoveInTask, NoFaultAssessment, PlanReview, RepaymentPlan, SupportPlan,
    TargetCategory, Ticket, Unit, Violation,
)
from borgo_desktop.models.arrears import AssessmentStatus, PlanStatus
from borgo_desktop.models.enums import BookingStatus, GoalOutcome, LeaseStatus, MoveInItem, UnitStatus
from borgo_desktop.models.ledger import Charge, Payment
from borgo_desktop.models.tickets import Priority
from borgo_desktop.services.core.context import Actor
from borgo_desktop.services.core.permissions import PermissionDenied
from borgo_desktop.services.reporting import indicators
from borgo_desktop.services.reporting.functions import FUNCTIONS
from borgo_desktop.services.reporting.indicators import DEFAULTS, IndicatorDef, compute
from borgo_desktop.services.reporting.periods import parse_period
from borgo_desktop.services.reporting.registry import ROME

Q4 = parse_period("2026-Q4")
FIRST, LAST = Q4.first, Q4.last


def inside(day) -> bool:
    return day is not None and FIRST <= day <= LAST


@pytest.fixture
def table(demo):
    return compute(demo, "2026-Q4", suppress=False)


def rows(demo, model):
    with demo.store.read() as session:
        found = list(session.scalars(select(model)))
        session.expunge_all()  # loaded as they are: the read's rollback would expire them
        return found


def test_every_default_names_a_function_of_the_registry():
    assert {d.function for d in DEFAULTS} <= set(FUNCTIONS)
    assert len({d.code for d in DEFAULTS}) == len(DEFAULTS)


def test_the_default_set_gives_a_figure_for_each_indicator(table):
    assert [r.code for r in table.rows if not r.detail] == [d.code for d in DEFAULTS]


def _categories(demo) -> dict:
    with demo.store.read() as session:
        labels = dict(session.execute(select(TargetCategory.id, TargetCategory.label)).all())
        return {hid: labels.get(cat, "non indicato") for hid, cat in
                session.execute(select(Household.id, Household.target_category_id))}


def test_households_accompanied_new_active_closed(demo, table):
    cases, category = rows(demo, Case), _categories(demo)
    new = [c for c in cases if inside(c.opened_on)]
    active = [c for c in cases if c.opened_on <= LAST and (c.closed_on is None or c.closed_on >= FIRST)]
    closed = [c for c in cases if inside(c.closed_on)]
    assert table.total("ACC_NEW") == len(new) > 0
    assert table.detail("ACC_NEW") == dict(Counter(category[c.household_id] for c in new))
    assert table.total("ACC_ACTIVE") == len(active) > len(new)
    assert table.detail("ACC_ACTIVE") == dict(Counter(category[c.household_id] for c in active))
    assert table.total("ACC_CLOSED") == len(closed)


def test_pacts_signed_and_goals_met(demo, table):
    assert table.total("PACT_SIGNED") == sum(inside(p.agreed_on) for p in rows(demo, SupportPlan))
    reviews = {r.id: r.reviewed_on for r in rows(demo, PlanReview)}
    met = {g.goal_id for g in rows(demo, GoalReview)
           if g.outcome == GoalOutcome.MET and inside(reviews[g.review_id])}
    assert table.total("GOALS_MET") == len(met)


def test_arrears_opened_resolved_no_fault(demo, table, world):
    alerts = rows(demo, ArrearsAlert)
    assert table.total("ARR_OPENED") == len({a.household_id for a in alerts if inside(a.fired_on)}) > 0
    assert table.total("ARR_RESOLVED") == len({a.household_id for a in alerts if inside(a.cleared_on)}) == 1
    assert table.total("ARR_NOFAULT") == sum(
        a.status == AssessmentStatus.RECOGNISED and inside(a.decided_on)
        for a in rows(demo, NoFaultAssessment)) == 1


def _balances(demo) -> dict:
    """Each household's balance from its entries: charges minus payments."""
    owed = Counter()
    for c in rows(demo, Charge):
        owed[c.household_id] += c.amount_cents
    for p in rows(demo, Payment):
        owed[p.household_id] -= p.amount_cents
    return owed


def test_households_owing_and_the_amount_from_the_entries(demo, table, world):
    owed = {hid: cents for hid, cents in _balances(demo).items() if cents > 0}
    assert table.total("ARR_OWING") == len(owed) == len(world["owing"]) - 1 + len(world["halves"])
    assert table.total("ARR_AMOUNT") == sum(owed.values()) / 100
    assert sum(table.detail("ARR_AMOUNT").values()) == pytest.approx(sum(owed.values()) / 100)


def test_repayment_plans_and_what_they_recovered(demo, table, world):
    plans = rows(demo, RepaymentPlan)
    live = [p for p in plans if p.signed_on and p.signed_on <= LAST and p.status in
            (PlanStatus.SIGNED, PlanStatus.ACTIVE, PlanStatus.COMPLETED, PlanStatus.DEFAULTED)
            and (p.ended_on is None or p.ended_on >= FIRST)]
    assert table.total("PLAN_ACTIVE") == len(live) == 1
    assert table.total("PLAN_DONE") == sum(p.status == PlanStatus.COMPLETED and inside(p.ended_on) for p in plans)
    assert table.total("PLAN_DEFAULT") == sum(p.status == PlanStatus.DEFAULTED and inside(p.ended_on) for p in plans)
    plan = live[0]
    paid = sum(p.amount_cents for p in rows(demo, Payment)
               if p.household_id == plan.household_id and plan.signed_on <= p.received_on <= LAST)
    charged = sum(c.amount_cents for c in rows(demo, Charge)
                  if c.household_id == plan.household_id and plan.signed_on <= c.due_on <= LAST)
    assert table.total("PLAN_RECOVERED") == max(0, min(plan.debt_cents, paid - charged)) / 100 == 50


def test_tickets_by_priority_median_and_on_time(demo, table):
    tickets = rows(demo, Ticket)
    opened = Counter(Priority(t.priority).label for t in tickets if inside(t.opened_on))
    resolved = [t for t in tickets if inside(t.resolved_on)]
    assert table.total("TKT_OPENED") == sum(opened.values()) > 0
    assert table.detail("TKT_OPENED") == dict(opened)
    assert table.total("TKT_RESOLVED") == len(resolved) > 0
    assert table.total("TKT_MEDIAN") == round(float(statistics.median(
        t.resolution_days for t in resolved)), 1)
    on_time = sum(t.resolved_on <= t.due_on for t in resolved)
    assert table.total("TKT_ONTIME") == round(100 * on_time / len(resolved), 1)


def test_bookings_and_hours_of_each_room(demo, table):
    names = {s.id: s.name for s in rows(demo, CommonSpace)}
    chosen = [b for b in rows(demo, Booking) if b.status == BookingStatus.CONFIRMED
              and inside(b.starts_at.astimezone(ROME).date())]
    assert table.total("ROOM_BOOKINGS") == len(chosen) > 0
    hours = Counter()
    for b in chosen:
        hours[names[b.space_id]] += (b.ends_at - b.starts_at).total_seconds() / 3600
    assert table.detail("ROOM_HOURS") == {k: round(v, 1) for k, v in hours.items()}


def test_community_activities_and_attendance(demo, table):
    events = [e for e in rows(demo, CommunityEvent) if inside(e.held_on)]
    ids = {e.id for e in events}
    residents = sum(p.event_id in ids for p in rows(demo, EventParticipant))
    assert table.total("COM_EVENTS") == len(events) > 0
    assert table.total("COM_ATTEND") == residents + sum(e.other_participants for e in events)


def test_violations_by_type_and_outcome(demo, table):
    violations = rows(demo, Violation)
    assert table.total("VIO_REPORTED") == sum(inside(v.reported_on) for v in violations) > 0
    assert table.total("VIO_CLOSED") == sum(inside(v.closed_on) for v in violations)


def test_units_let_and_vacant_on_the_last_day(demo, table):
    leases = [lease for lease in rows(demo, Lease) if lease.status != LeaseStatus.DRAFT
              and lease.starts_on <= LAST and (lease.ends_on is None or lease.ends_on >= LAST)]
    let = {lease.unit_id for lease in leases}
    units = rows(demo, Unit)
    vacant = [u for u in units if u.id not in let and u.retired_on is None
              and u.status in (UnitStatus.VACANT, UnitStatus.PREALLOCATED, UnitStatus.LET)]
    assert table.total("UNIT_LET") == len(let) > 0
    assert table.total("UNIT_VACANT") == len(vacant)
    assert table.total("UNIT_LET") + table.total("UNIT_VACANT") <= len(units)


def test_move_in_checks_done(demo, table):
    checks = (MoveInItem.CHECK_1M, MoveInItem.CHECK_3M, MoveInItem.CHECK_6M)
    assert table.total("MOVEIN_CHECKS") == sum(
        t.item in checks and inside(t.done_on) for t in rows(demo, MoveInTask)) > 0


def test_small_counts_of_people_are_suppressed_in_the_published_table(demo):
    published = compute(demo, "2026-Q4")
    full = compute(demo, "2026-Q4", suppress=False)
    assert full.total("ARR_RESOLVED") == 1 and published.total("ARR_RESOLVED") is None
    assert next(r for r in published.rows if r.code == "ARR_RESOLVED").shown == "<3"
    # Counts of things (tickets, hours) are never suppressed.
    small = [r for r in full.rows if r.code == "TKT_OPENED" and r.value and r.value < 3]
    assert all(published.total(r.code) == full.total(r.code) for r in small)


def test_the_office_renames_switches_off_and_adds_indicators(demo):
    indicators.save_indicator(demo, IndicatorDef("ACC_NEW", "Nuclei presi in carico (codice "
                                                 "Comune 1.1)", "nuclei", "cases_new",
                                                 comune_code="1.1", position=10))
    indicators.save_indicator(demo, IndicatorDef("VIO_CLOSED", "Violazioni chiuse", "violazioni",
                                                 "violations_closed", active=False, position=81))
    indicators.save_indicator(demo, IndicatorDef("TKT_OPEN_2", "Guasti aperti", "segnalazioni",
                                                 "tickets_opened", position=55))
    table = compute(demo, "2026-Q4", suppress=False)
    codes = [r.code for r in table.rows if not r.detail]
    assert "VIO_CLOSED" not in codes and codes.index("TKT_OPEN_2") == codes.index("TKT_ONTIME") + 1
    assert next(r.label for r in table.rows if r.code == "ACC_NEW").startswith("Nuclei presi")
    assert table.total("TKT_OPEN_2") == table.total("TKT_OPENED")


def test_an_indicator_must_name_a_function_of_the_registry(demo):
    with pytest.raises(ValidationError) as error:
        indicators.save_indicator(demo, IndicatorDef("X 1", "", "", "__import__('os')"))
    assert set(error.value.problems) == {"code", "label", "unit", "function"}


def test_only_managers_configure_and_read_the_table(demo):
    import dataclasses

    desk = dataclasses.replace(demo, actor=Actor("sportello", "front_desk"))
    with pytest.raises(PermissionDenied):
        compute(desk, "2026-Q4")
    with pytest.raises(PermissionDenied):
        indicators.save_indicator(desk, DEFAULTS[0])


@pytest.mark.parametrize("text", ["2026-Q5", "2026-13", "Q4", ""])
def test_a_wrong_period_is_refused_in_italian(text):
    with pytest.raises(UserError, match="Periodo non valido"):
        parse_period(text)


def test_periods():
    assert parse_period("2026-q1").last == date(2026, 3, 31)
    assert parse_period("2024-02").last == date(2024, 2, 29)
    assert parse_period("2026").first == date(2026, 1, 1)
    assert Q4.after - timedelta(days=1) == LAST
