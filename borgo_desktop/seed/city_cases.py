"""City-scale case files: 15,000 cases in every stage, 500,000 notes, assessments, pacts
and referrals, for the benchmarks. Bulk Core inserts in one transaction (the note trigger
fills the full-text index as the rows go in).

Workers ``as001``, ``as002`` … follow 80 cases each (open ones and closed ones awaiting the
follow-up), so "my cases" is measured on the load of a real worker; the first case of
``as001`` holds 500 notes, the long timeline of the benchmark. ``factor`` scales it all.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select

from borgo_desktop.errors import UserError
from borgo_desktop.models import (
    Assessment,
    AssessmentScore,
    Case,
    CaseEvent,
    CaseNote,
    CaseWorker,
    Household,
    PlanAction,
    PlanGoal,
    Referral,
    SupportPlan,
)
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
from borgo_desktop.seed.city_gen import Stamp
from borgo_desktop.seed.demo_plan import REFERENCE_DAY
from borgo_desktop.services.casework.access import add_months
from borgo_desktop.services.core.context import Context

SEED = 2026_6
CASES, NOTES, LONG_TIMELINE, CASES_PER_WORKER = 15_000, 500_000, 500, 80
CHUNK = 10_000
# Share of the cases in each stage, how long ago such a case opened (days), notes weight.
STAGES = {
    CaseStage.REFERRAL: (0.07, (5, 90), 1), CaseStage.FIRST_MEETING: (0.07, (30, 120), 3),
    CaseStage.ANALYSIS: (0.05, (40, 150), 4), CaseStage.ASSESSMENT: (0.08, (50, 170), 5),
    CaseStage.PLAN_AGREED: (0.07, (80, 200), 6), CaseStage.ACTIVE: (0.27, (90, 700), 10),
    CaseStage.REVIEW: (0.07, (200, 700), 12), CaseStage.CLOSED: (0.20, (300, 900), 12),
    CaseStage.FOLLOWED_UP: (0.12, (500, 1200), 12),
}
_ORDER = list(CaseStage)


@dataclass(frozen=True)
class CityCasesSummary:
    cases: int
    notes: int
    workers: int
    seconds: float


def worker_name(index: int) -> str:
    return f"as{index + 1:03d}"


def build_city_cases(ctx: Context, factor: float = 1.0,
                     progress: Callable[[str], None] | None = None) -> CityCasesSummary:
    """Add the case files to a city data set (refused if they are there already)."""
    say, started = progress or (lambda _text: None), time.perf_counter()
    rng, stamp = random.Random(SEED), Stamp(ctx.actor.username)
    with ctx.store.unit_of_work() as session:
        if session.scalar(select(CaseWorker.id).where(CaseWorker.username == worker_name(0))):
            raise UserError("Le cartelle di scala cittadina sono già presenti in questo database.")
        taken = set(session.scalars(select(Case.household_id).where(Case.closed_on.is_(None))))
        households = [h for h in session.scalars(select(Household.id).order_by(Household.code))
                      if h not in taken][:max(1, round(CASES * factor))]
        build = _Build(rng, stamp)
        stages = build.stages(len(households))
        for index, (household_id, stage) in enumerate(zip(households, stages)):
            build.case(index, household_id, stage)
        build.notes(max(LONG_TIMELINE, round(NOTES * factor)))
        say(f"Cartelle: {len(build.cases)} cartelle, {len(build.rows[CaseNote])} note")
        for model, rows in build.rows.items():
            for start in range(0, len(rows), CHUNK):
                session.execute(model.__table__.insert(), rows[start:start + CHUNK])
            say(f"  {model.__tablename__}: {len(rows)} righe")
        session.commit()
    return CityCasesSummary(len(build.cases), len(build.rows[CaseNote]), build.workers,
                            time.perf_counter() - started)


class _Build:
    def __init__(self, rng: random.Random, stamp: Stamp) -> None:
        self.rng, self.stamp = rng, stamp
        self.cases: list[dict] = []
        self.followed = 0  # cases given to a worker so far (all but the followed-up ones)
        self.workers = 0
        self.rows: dict[type, list[dict]] = {model: [] for model in (
            Case, CaseWorker, CaseEvent, Assessment, AssessmentScore, SupportPlan, PlanGoal,
            PlanAction, Referral, CaseNote)}

    def stages(self, count: int) -> list[CaseStage]:
        """Stages in proportion; the first case is active (the long timeline)."""
        chosen = [CaseStage.ACTIVE]
        for stage, (share, _days, _weight) in STAGES.items():
            chosen += [stage] * round(share * count)
        chosen = chosen[:count] + [CaseStage.ACTIVE] * max(0, count - len(chosen))
        rest = chosen[1:]
        self.rng.shuffle(rest)
        return [chosen[0], *rest]

    def _add(self, model, **values) -> dict:
        row = self.stamp(**values)
        self.rows[model].append(row)
        return row

    def _worker(self) -> str:
        """Followed cases go 80 to a worker, in order; finished ones to anyone."""
        index = self.followed // CASES_PER_WORKER
        self.followed += 1
        self.workers = max(self.workers, index + 1)
        return worker_name(index)

    def case(self, index: int, household_id, stage: CaseStage) -> None:
        rng, today = self.rng, REFERENCE_DAY
        low, high = STAGES[stage][1]
        opened = today - timedelta(days=rng.randint(low, high))
        first_due = opened + timedelta(days=60)
        reached = _ORDER.index(stage)
        meeting = opened + timedelta(days=rng.randint(5, 40)) if reached >= 1 else None
        agreed = meeting + timedelta(days=rng.randint(30, 70)) if reached >= 4 else None
        closed = agreed + timedelta(days=rng.randint(150, 300)) if reached >= 7 else None
        last = min(filter(None, (closed, today)))
        worker = self._worker() if stage != CaseStage.FOLLOWED_UP \
            else worker_name(rng.randrange(max(1, self.workers)))
        row = self._add(
            Case, household_id=household_id, stage=stage,
            origin=rng.choice(list(CaseOrigin)), origin_reason="", opened_on=opened,
            first_meeting_due=first_due, first_meeting_on=meeting,
            pact_due=first_due + timedelta(days=120), pact_agreed_on=agreed,
            next_review_due=add_months(agreed, 6) if agreed else None,
            plan_valid_until=add_months(agreed, 12) if agreed else None,
            closed_on=closed, close_reason=rng.choice(list(CloseReason)) if closed else None,
            follow_up_due=add_months(closed, 6) if closed else None)
        row.update(_index=index, _from=opened, _to=last, _weight=STAGES[stage][2])
        self.cases.append(row)
        self._add(CaseWorker, case_id=row["id"], username=worker, display_name="",
                  assigned_on=opened, removed_on=None)
        for step, day in ((CaseStage.REFERRAL, opened), (stage, agreed or meeting or opened)):
            self._add(CaseEvent, case_id=row["id"], from_stage=None, to_stage=step,
                      happened_on=day, note="")
        if reached >= 3:
            self._assessment(row["id"], meeting + timedelta(days=14))
        if agreed:
            self._plan(row["id"], agreed, closed)

    def _assessment(self, case_id, day: date) -> None:
        head = self._add(Assessment, case_id=case_id, assessed_on=day, summary="")
        for dimension in Dimension:
            self._add(AssessmentScore, assessment_id=head["id"], dimension=dimension,
                      score=self.rng.randint(1, 5), note="")

    def _plan(self, case_id, agreed: date, closed: date | None) -> None:
        rng = self.rng
        plan = self._add(SupportPlan, case_id=case_id, agreed_on=agreed,
                         valid_until=add_months(agreed, 12), review_months=6, superseded_on=None)
        for position, (text, indicator) in enumerate(rng.sample(texts.GOALS, 2), start=1):
            goal = self._add(PlanGoal, plan_id=plan["id"], position=position, text=text,
                             indicator=indicator, due_on=agreed + timedelta(days=180),
                             outcome=rng.choice(list(GoalOutcome)) if closed else GoalOutcome.OPEN)
        text, owner, name = rng.choice(texts.ACTIONS)
        self._add(PlanAction, plan_id=plan["id"], goal_id=goal["id"], text=text, owner=owner,
                  owner_name=name, due_on=agreed + timedelta(days=60))
        service, reason = rng.choice(texts.SERVICES)
        self._add(Referral, case_id=case_id, service_name=service, directory_service_id=None,
                  reason=reason, consent_on=agreed, consent_by="intestatario", sent_on=agreed,
                  status=ReferralStatus.CLOSED if closed else ReferralStatus.IN_PROGRESS,
                  status_on=closed or agreed, outcome="Concluso" if closed else "")

    def notes(self, total: int) -> None:
        """``LONG_TIMELINE`` notes on the first case, the rest spread by stage weight."""
        rng, cases = self.rng, self.cases
        counts = [0] * len(cases)
        counts[0] = LONG_TIMELINE
        weights = [c["_weight"] for c in cases[1:]]
        if len(cases) > 1:
            for index in rng.choices(range(1, len(cases)), weights, k=total - LONG_TIMELINE):
                counts[index] += 1
        kinds = list(NoteKind)
        for case, count in zip(cases, counts):
            span = max(0, (case["_to"] - case["_from"]).days)
            for _ in range(count):
                kind = rng.choice(kinds)
                self._add(CaseNote, case_id=case["id"], kind=kind,
                          happened_on=case["_from"] + timedelta(days=rng.randint(0, span)),
                          duration_minutes=rng.choice((15, 30, 45, 60, 90)), participants="",
                          body=texts.note_body(rng, kind, "l'intestatario"), amends_id=None)
        for case in cases:
            for key in ("_index", "_from", "_to", "_weight"):
                del case[key]
