"""Demo borgo and city-scale data: built through the real store, checked like a user would."""

from __future__ import annotations

import shutil
from collections import Counter
from datetime import date

import pytest
from sqlalchemy import func, select

from borgo_desktop.errors import UserError
from borgo_desktop.identifiers import check_tax_code
from borgo_desktop.models import (
    Building, Candidacy, CommonSpace, Household, Lease, Membership, MoveInTask, Person,
    TargetCategory, Unit,
)
from borgo_desktop.models.enums import (
    HouseholdStatus, LeaseStatus, Regime, RentModel, Stage, UnitStatus,
)
from borgo_desktop.seed.city import build_city
from borgo_desktop.seed.demo import build_demo, is_seeded
from borgo_desktop.services import privacy
from borgo_desktop.services.core import listing, search
from borgo_desktop.services.core.context import Actor, Context
from borgo_desktop.store import Store


TODAY = date(2026, 11, 25)


def _fresh_ctx(template_db, folder) -> Context:
    path = folder / "borgo.sqlite"
    shutil.copy(template_db, path)
    return Context(Store.open(f"sqlite:///{path}"), Actor("tester", "manager"), lambda: TODAY)


@pytest.fixture(scope="module")
def demo(template_db, tmp_path_factory):
    ctx = _fresh_ctx(template_db, tmp_path_factory.mktemp("demo"))
    assert build_demo(ctx) is True
    yield ctx
    ctx.store.close()


def _count(ctx, model, *where) -> int:
    with ctx.store.read() as session:
        return session.scalar(select(func.count()).select_from(model).where(*where))


def _fingerprint(ctx) -> list[tuple]:
    with ctx.store.read() as session:
        return session.execute(
            select(Household.code, Person.surname, Person.given_name, Person.tax_code,
                   Candidacy.stage, Unit.code)
            .join(Person, Person.id == Household.reference_person_id)
            .join(Candidacy, Candidacy.household_id == Household.id)
            .outerjoin(Unit, Unit.id == Candidacy.unit_id)
            .order_by(Household.code)).all()


def test_demo_has_the_borgo_and_its_flats(demo):
    assert is_seeded(demo)
    with demo.store.read() as session:
        assert set(session.scalars(select(Building.code))) == {"DL51", "DL55", "DL59"}
        units = [(u.regime, u.rent_model, u.rent_rate_cents, u.surface_m2, u.rooms, u.floor,
                  u.accessible, u.cadastral_sub) for u in session.scalars(select(Unit))]
        names = set(session.scalars(select(CommonSpace.name)))
        quotas = session.scalars(select(TargetCategory.quota)).all()
    assert len(units) == 45
    capped = [u for u in units if u[0] == Regime.CAPPED]
    temporary = [u for u in units if u[0] == Regime.TEMPORARY]
    assert len(capped) == 36 and len(temporary) == 9
    assert all(model == RentModel.PER_M2 and rate == 9_000 for _r, model, rate, *_ in capped)
    assert all(model == RentModel.FLAT and rate > 0 for _r, model, rate, *_ in temporary)
    assert all(30 <= surface <= 95 and 1 <= rooms <= 4 for *_x, surface, rooms, _f, _a, _s in units)
    assert any(accessible and floor == 0 for *_x, floor, accessible, _s in units)
    assert all(sub for *_x, sub in units)
    assert {"Aula doposcuola", "Sala incontri e feste", "Laboratorio",
            "Punto informativo"} <= names
    assert len(quotas) == 6 and sum(quotas) == 45


def test_demo_people_and_pipeline(demo):
    households = _count(demo, Household)
    persons = _count(demo, Person)
    assert 38 <= households <= 45 and 95 <= persons <= 125
    with demo.store.read() as session:
        stages = Counter(session.scalars(select(Candidacy.stage)))
        people = session.execute(select(Person.surname, Person.tax_code, Person.birth_date,
                                        Person.sex, Person.birth_place)).all()
        done = Counter(d is not None for d in session.scalars(select(MoveInTask.done_on)))
        let = session.scalar(select(func.count()).select_from(Unit)
                             .where(Unit.status == UnitStatus.LET))
        leases = session.scalar(select(func.count()).select_from(Lease)
                                .where(Lease.status == LeaseStatus.ACTIVE))
        residents = session.scalar(select(func.count()).select_from(Household)
                                   .where(Household.status == HouseholdStatus.RESIDENT))
        relations = set(session.scalars(select(Membership.relation)))
        citizenships = set(session.scalars(select(Person.citizenship)))
    assert set(stages) == set(Stage)  # every stage of the pipeline has someone in it
    assert leases == let == stages[Stage.SIGNED] + stages[Stage.MOVED_IN]
    assert residents == stages[Stage.MOVED_IN]
    assert done[True] and done[False]  # checklists partly done
    assert {"reference", "spouse", "child", "parent"} <= {r.value for r in relations}
    assert len(citizenships) >= 8
    for surname, code, born, sex, place in people:  # birthplace checked too
        checked = check_tax_code(code, birth_date=born, sex=sex.value, birth_place=place)
        assert checked.ok, (surname, code, [m.text for m in checked.mismatches])


def test_demo_has_consents_and_households_for_the_retention_rule(demo):
    admin = Context(demo.store, Actor("admin", "admin"), lambda: TODAY)
    _years, proposed = privacy.preview(admin)
    assert [c.persons for c in proposed] == [1]  # left in 2019; the 2023 one is not due yet
    register = privacy.consent_register(admin)
    assert len({c.person_id for c in register}) == 24
    assert any(not c.active for c in register) and any(c.active for c in register)


def test_demo_is_searchable_and_idempotent(demo):
    before = _count(demo, Person)
    assert build_demo(demo) is False
    assert _count(demo, Person) == before
    first = _fingerprint(demo)[0]
    hits = search.search(demo, first.tax_code[:9])
    assert any(h.kind == "person" and first.surname in h.title for h in hits)
    assert any(h.kind == "unit" for h in search.search(demo, "DL55"))


def test_demo_is_deterministic(demo, template_db, tmp_path):
    other = _fresh_ctx(template_db, tmp_path)
    try:
        build_demo(other)
        assert _fingerprint(other) == _fingerprint(demo)
        with other.store.read() as a, demo.store.read() as b:
            codes = select(Person.tax_code).order_by(Person.tax_code)
            assert a.scalars(codes).all() == b.scalars(codes).all()
    finally:
        other.store.close()


def test_small_city_is_consistent_and_searchable(ctx):
    phases: list[str] = []
    summary = build_city(ctx, progress=phases.append, factor=0.01)
    assert (summary.buildings, summary.units, summary.households) == (4, 300, 270)
    assert summary.persons == _count(ctx, Person) == _count(ctx, Membership)
    assert 2.0 <= summary.persons / summary.households <= 2.9
    assert summary.leases == _count(ctx, Lease) == _count(ctx, Unit, Unit.status == UnitStatus.LET)
    assert _count(ctx, Household, Household.reference_person_id.is_(None)) == 0
    assert listing.count(ctx, listing.SPECS["persons"]) == summary.persons
    assert any("Completato" in text for text in phases)
    with ctx.store.read() as session:
        stages = Counter(session.scalars(select(Candidacy.stage)))
        people = session.execute(select(Person.id, Person.tax_code, Person.birth_date,
                                        Person.sex, Person.birth_place)).all()
        unit_code = session.scalar(select(Unit.code).join(Lease, Lease.unit_id == Unit.id))
    assert set(stages) == set(Stage)
    assert all(check_tax_code(code, birth_date=born, sex=sex.value, birth_place=place).ok
               for _id, code, born, sex, place in people)
    person_id, tax_code = people[17][:2]
    assert any(h.ref_id == person_id for h in search.search(ctx, tax_code, limit=5))
    assert any(h.kind == "unit" for h in search.search(ctx, unit_code))
    assert any(h.kind == "household" and h.title.startswith("Nucleo N00001")
               for h in search.search(ctx, "N00001"))
    with pytest.raises(UserError):
        build_city(ctx, factor=0.01)


def test_city_on_top_of_the_demo_keeps_the_demo_searchable(demo, template_db, tmp_path):
    ctx = _fresh_ctx(template_db, tmp_path)
    try:
        build_demo(ctx)
        reference = _fingerprint(ctx)[0]
        build_city(ctx, factor=0.005)
        assert any(h.kind == "household" and reference.code in h.title
                   for h in search.search(ctx, reference.code))
        assert _count(ctx, Household) == _count(demo, Household) + 135
    finally:
        ctx.store.close()


def test_demo_has_bookings_and_community_life(demo):
    from datetime import date

    from borgo_desktop.models import (
        Booking, CommunityEvent, CommunityGroup, NeighbourhoodService, RotaTurn,
        RulesAcknowledgement,
    )
    from borgo_desktop.services.spaces import bookings

    assert _count(demo, Booking) > 300
    assert all(_count(demo, model) for model in (CommunityEvent, CommunityGroup, RotaTurn,
                                                 RulesAcknowledgement, NeighbourhoodService))
    week = bookings.week(demo, date(2026, 11, 16))
    assert {o.space_name for o in week} >= {"Aula doposcuola", "Sala incontri e feste"}
    last_week = bookings.week(demo, date(2026, 11, 9))  # the week before the reference day
    assert any(o.key_returned_at and o.actual_attendance for o in last_week)


def test_the_demo_history_is_signed_by_demo_accounts(demo):
    """Who made each record and each audit entry is someone one can log in as."""
    from borgo_desktop.models import AuditEntry
    from borgo_desktop.models.base import Base, Tracked
    from borgo_desktop.seed.demo_accounts import DEMO_ACCOUNTS

    accounts = {"admin", *(row[0] for row in DEMO_ACCOUNTS)}
    signed: set[str] = set()
    with demo.store.read() as session:
        for mapper in Base.registry.mappers:
            model = mapper.class_
            if issubclass(model, Tracked) and hasattr(model, "__table__"):
                for column in (model.created_by, model.updated_by):
                    signed.update(session.scalars(select(column).distinct()))
        signed.update(session.scalars(select(AuditEntry.actor).distinct()))
    # "setup": the rows the migrations ship (ticket categories), made by no one's hand.
    assert signed - {"", "setup"} <= accounts, signed - {"", "setup"} - accounts


def test_the_demo_keeps_up_with_move_in_checks(demo):
    """A few checks are late, as in an office that keeps up, not one in three."""
    from borgo_desktop.services.allocation import follow_up

    steps = follow_up.due_steps(demo)
    late = [s for s in steps if s.overdue]
    assert 1 <= len(late) <= 8, [(s.household_code, s.item.value, s.due_on) for s in late]


def test_demo_ledger_reads_like_a_year_of_an_office(demo):
    """Charges every month, most households paid up, the four stories of arrears."""
    from borgo_desktop.models.arrears import (
        ArrearsAlert, AssessmentStatus, NoFaultAssessment, PlanStatus, RepaymentPlan,
    )
    from borgo_desktop.models.ledger import BankLine, Charge, LineStatus, Payment
    from borgo_desktop.seed import demo_ledger as story
    from borgo_desktop.services.ledger import balances

    ctx = Context(demo.store, Actor("responsabile", "manager"), lambda: date(2026, 11, 20))
    with demo.store.read() as session:
        codes = dict(session.execute(select(Household.code, Household.id)).all())
        leased = session.execute(select(Household.code, Lease.starts_on)
                                 .join(Lease, Lease.household_id == Household.id)
                                 .where(Lease.starts_on <= date(2026, 11, 20))).all()
        periods = {code: set(session.scalars(select(Charge.period).where(
            Charge.household_id == codes[code], Charge.kind == "rent"))) for code, _s in leased}
        plans = {p.household_id: p.status for p in session.scalars(select(RepaymentPlan))}
        assessments = [a.status for a in session.scalars(select(NoFaultAssessment))]
        queued = session.scalar(select(func.count()).select_from(BankLine)
                                .where(BankLine.status == LineStatus.QUEUED))
        methods = set(session.scalars(select(Payment.method).distinct()))
        reversals = session.scalar(select(func.count()).select_from(Payment)
                                   .where(Payment.reverses_id.is_not(None)))
        alerts = session.scalar(select(func.count()).select_from(ArrearsAlert))
    for code, starts in leased:  # one charge a month from the lease's first month
        months = (2026 - starts.year) * 12 + 11 - starts.month + 1
        assert len(periods[code]) == months, code
    behind = {row.code for row in balances.arrears(ctx, limit=50)}
    assert behind == set(story.STORIES)
    assert len(leased) - len(behind) >= 20  # most are paid up
    assert plans[codes[story.PLAN_RUNNING]] == PlanStatus.ACTIVE
    assert plans[codes[story.PLAN_DEFAULTED]] == PlanStatus.DEFAULTED
    assert assessments == [AssessmentStatus.PENDING]
    assert queued == 1 and reversals == 1 and alerts > 0
    assert {"transfer", "cash", "pos"} <= {m.value for m in methods}
    for code in (story.PLAN_RUNNING, story.NO_FAULT, "N00001"):
        balance = balances.household_balance(ctx, codes[code])
        assert balance.balance_cents == balance.charged_cents - balance.paid_cents
        assert (balance.balance_cents > 0) == (code in story.STORIES)


def test_demo_has_a_communication_plan_for_every_phase(demo):
    from borgo_desktop.models.communication import PlanAudience, PlanPhase, PlanStatus
    from borgo_desktop.services.communication import plan as comm_plan

    actions = comm_plan.list_actions(demo)
    assert 15 <= len(actions) <= 25
    assert {a.phase for a in actions} == set(PlanPhase)
    assert {a.audience for a in actions} == set(PlanAudience)
    by_status = Counter(a.status for a in actions)
    assert by_status[PlanStatus.DONE] >= 10 and by_status[PlanStatus.CANCELLED] == 1
    assert by_status[PlanStatus.PLANNED] >= 5
    reference = date(2026, 11, 20)
    assert all(a.planned_on <= reference for a in actions if a.status == PlanStatus.DONE)
    assert all(a.attended <= a.delivered for a in actions)
    assert {a.template_code for a in actions} >= {"BENVENUTO", "ASSEMBLEA", "FESTA-A3"}
    assert sum(a.attended for a in actions) > 400
