"""Demo case files: about thirty households accompanied, in every stage of the path, with
notes, assessments, pacts, reviews and referrals written through the services on the day
they happened (so deadlines, overdue meetings and reviews read true on the demo's day).

Cases opened by themselves when the demo registered indigent or emergency households are
taken over and carried forward; the others are opened by the workers."""

from __future__ import annotations

import dataclasses
import random
from datetime import date, timedelta

from sqlalchemy import select

from borgo_desktop.models import Case, Household, Person
from borgo_desktop.models.casework import (
    CaseOrigin,
    CaseStage,
    CloseReason,
    Dimension,
    GoalOutcome,
    NoteKind,
    ReferralStatus,
)
from borgo_desktop.seed import case_texts as texts
from borgo_desktop.seed.demo_plan import REFERENCE_DAY
from borgo_desktop.services.casework import records as rec
from borgo_desktop.services.casework import cases
from borgo_desktop.services.core.context import Actor, Context

WORKERS = (Actor("assistente", "social_worker", "Chiara Moretti"),
           Actor("assistente2", "social_worker", "Luca Bassi"))
MANAGER = Actor("responsabile", "manager", "Giulia Ferri")  # demo accounts, every one
TARGET_CASES = 30
STAGES = list(CaseStage)
# Days from the opening needed to reach each stage (each step's date is before the demo day).
NEEDS = {CaseStage.REFERRAL: 0, CaseStage.FIRST_MEETING: 25, CaseStage.ANALYSIS: 35,
         CaseStage.ASSESSMENT: 45, CaseStage.PLAN_AGREED: 75, CaseStage.ACTIVE: 80,
         CaseStage.REVIEW: 270, CaseStage.CLOSED: 300, CaseStage.FOLLOWED_UP: 490}


def _as(ctx: Context, actor: Actor, day: date) -> Context:
    return dataclasses.replace(ctx, actor=actor, today=lambda: day)


def build_demo_cases(ctx: Context) -> int:
    """Carry about thirty households through the accompaniment path; returns the count."""
    rng = random.Random(20_151_6)
    with ctx.store.read() as session:
        households = session.execute(
            select(Household.id, Person.given_name, Person.surname, Case.id, Case.opened_on)
            .join(Person, Person.id == Household.reference_person_id)
            .outerjoin(Case, (Case.household_id == Household.id) & Case.closed_on.is_(None))
            .order_by(Case.id.is_(None), Household.code)).all()
    count = 0
    for index, (household_id, given, surname, case_id, opened) in enumerate(
            households[:TARGET_CASES]):
        worker = WORKERS[0] if index % 3 else WORKERS[1]
        target = STAGES[index % len(STAGES)]
        if case_id is None:
            opened = REFERENCE_DAY - timedelta(days=NEEDS[target] + rng.randint(5, 60))
            case_id = cases.open_case(_as(ctx, worker, opened), household_id,
                                      rng.choice(list(CaseOrigin)[:2] + [CaseOrigin.OWN_REQUEST]),
                                      "Richiesta di sostegno nel percorso abitativo", opened)
        else:
            cases.assign_worker(_as(ctx, MANAGER, REFERENCE_DAY), case_id, worker.username,
                                worker.display_name)
            while NEEDS[target] > (REFERENCE_DAY - opened).days:
                target = STAGES[STAGES.index(target) - 1]
        _walk(ctx, worker, case_id, opened, target, f"{given} {surname}", rng)
        count += 1
    return count


def _walk(ctx: Context, worker: Actor, case_id, opened: date, target: CaseStage, who: str,
          rng: random.Random) -> None:
    def on(days: int) -> Context:
        return _as(ctx, worker, min(opened + timedelta(days=days), REFERENCE_DAY))

    def note(days: int, kind: NoteKind) -> None:
        day = on(days)
        rec.add_note(day, case_id, rec.NoteInput(kind, day.today(), texts.note_body(rng, kind, who),
                                                 rng.choice((20, 30, 45, 60, 90)), who))

    reached = STAGES.index(target)
    if reached == 0:
        return
    note(rng.randint(10, 24), rng.choice((NoteKind.OFFICE_MEETING, NoteKind.HOME_VISIT)))
    if reached >= STAGES.index(CaseStage.ANALYSIS):
        cases.advance_stage(on(30), case_id, CaseStage.ANALYSIS)
        note(32, NoteKind.PHONE_CALL)
    if reached >= STAGES.index(CaseStage.ASSESSMENT):
        _assess(on(40), case_id, rng, base=2)
    if reached >= STAGES.index(CaseStage.PLAN_AGREED):
        _plan(on(70), case_id, rng)
        rec.agree_plan(on(72), case_id, on(72).today())
    if reached >= STAGES.index(CaseStage.ACTIVE):
        cases.advance_stage(on(78), case_id, CaseStage.ACTIVE)
        service, reason = rng.choice(texts.SERVICES)
        referral = rec.add_referral(on(79), case_id, rec.ReferralInput(
            service, reason, on(79).today(), who))
        rec.update_referral(on(95), referral, ReferralStatus.ACCEPTED)
        for days in range(90, min(260, (REFERENCE_DAY - opened).days), 35):
            note(days, rng.choice((NoteKind.HOME_VISIT, NoteKind.PHONE_CALL, NoteKind.NOTE)))
    if reached >= STAGES.index(CaseStage.REVIEW):
        _assess(on(250), case_id, rng, base=3)
        _review(on(255), case_id, rng, replan=target == CaseStage.REVIEW)
        note(258, NoteKind.TEAM_MEETING)
    if reached >= STAGES.index(CaseStage.CLOSED):
        cases.close_case(on(290), case_id, rng.choice(list(CloseReason)[:2]))
    if reached >= STAGES.index(CaseStage.FOLLOWED_UP):
        cases.record_follow_up(on(480), case_id, note="Situazione stabile.")


def _assess(ctx: Context, case_id, rng: random.Random, base: int) -> None:
    rec.add_assessment(ctx, case_id, ctx.today(),
                       {d: (max(1, min(5, base + rng.randint(-1, 1))), "") for d in Dimension},
                       "Valutazione con il nucleo")


def _plan(ctx: Context, case_id, rng: random.Random) -> None:
    goals = rng.sample(texts.GOALS, rng.randint(2, 3))
    actions = rng.sample(texts.ACTIONS, 2)
    due = ctx.today() + timedelta(days=180)
    rec.save_plan(ctx, case_id, rec.PlanInput(
        [rec.GoalInput(text, indicator, due) for text, indicator in goals],
        [rec.ActionInput(text, owner, name, due - timedelta(days=90), 0)
         for text, owner, name in actions]))


def _review(ctx: Context, case_id, rng: random.Random, replan: bool) -> None:
    from borgo_desktop.services.casework.file import open_file

    plan = open_file(ctx, case_id, opening=False).current_plan
    outcomes = {g.id: (rng.choice((GoalOutcome.MET, GoalOutcome.PARTLY, GoalOutcome.OPEN)), "")
                for g in plan.goals}
    rec.record_review(ctx, case_id, ctx.today(), outcomes, "Verifica con il nucleo", replan)
