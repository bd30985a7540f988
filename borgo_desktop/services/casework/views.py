"""What the case screens show, as frozen views, and what the worker must do next.

Two levels: :class:`CaseSummary` carries stages, deadlines and who follows the case (what a
manager may see: no note bodies, no assessment notes, no goal texts); :class:`CaseFile` adds
the content for the workers who may read it.
"""

from __future__ import annotations

import uuid
from collections import namedtuple
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import Uuid, bindparam, select
from sqlalchemy.orm import Session

from borgo_desktop.models import Case, CaseWorker, Household, Person
from borgo_desktop.models.casework import CaseOrigin, CaseStage, CloseReason, Duty
from borgo_desktop.services.core.prepared import Prepared
from borgo_desktop.services.core.settings import read_setting, read_settings

WARN_DAYS = "cases.expiry_warning_days"


@dataclass(frozen=True)
class NextAction:
    duty: Duty
    due: date | None
    overdue: bool
    soon: bool

    @property
    def label(self) -> str:
        return self.duty.label


@dataclass(frozen=True)
class CaseSummary:
    id: uuid.UUID
    household_id: uuid.UUID
    household_code: str
    household_name: str
    stage: CaseStage
    origin: CaseOrigin
    opened_on: date
    workers: tuple[str, ...]  # display names (usernames when unknown)
    worker_usernames: tuple[str, ...]
    first_meeting_due: date
    first_meeting_on: date | None
    pact_due: date
    pact_agreed_on: date | None
    next_review_due: date | None
    plan_valid_until: date | None
    closed_on: date | None
    close_reason: CloseReason | None
    follow_up_due: date | None
    next_action: NextAction


def next_action(case, today: date, warn_days: int = 30) -> NextAction:
    """The worker's next duty on a case, and whether it is late or near."""
    def make(duty: Duty, due: date | None) -> NextAction:
        overdue = due is not None and due < today
        soon = due is not None and not overdue and due <= today + timedelta(days=warn_days)
        return NextAction(duty, due, overdue, soon)

    if case.stage == CaseStage.FOLLOWED_UP:
        return NextAction(Duty.NONE, None, False, False)
    if case.stage == CaseStage.CLOSED:
        return make(Duty.FOLLOW_UP, case.follow_up_due)
    if case.first_meeting_on is None:
        return make(Duty.FIRST_MEETING, case.first_meeting_due)
    if case.pact_agreed_on is None:
        return make(Duty.SIGN_PACT, case.pact_due)
    if case.stage == CaseStage.REVIEW:
        return make(Duty.RENEW_PACT, case.next_review_due)
    expiring = case.plan_valid_until is not None and \
        case.plan_valid_until <= today + timedelta(days=warn_days)
    if expiring and (case.next_review_due is None or case.plan_valid_until <= case.next_review_due):
        return make(Duty.PACT_EXPIRING, case.plan_valid_until)
    return make(Duty.REVIEW, case.next_review_due)


_COLUMNS = (Case.id, Case.household_id, Case.stage, Case.origin, Case.opened_on,
            Case.first_meeting_due, Case.first_meeting_on, Case.pact_due, Case.pact_agreed_on,
            Case.next_review_due, Case.plan_valid_until, Case.closed_on, Case.close_reason,
            Case.follow_up_due, Household.code, Person.surname, Person.given_name)


def summaries_where(session: Session, condition, today: date) -> list[CaseSummary]:
    """Views of the cases matching ``condition``: two queries however many cases (the
    manager's overview reads thousands), columns only, no ORM objects. How early a deadline
    counts as near is the office's setting, read here so every screen and print agrees."""
    warn_days = int(read_settings(session, WARN_DAYS)[WARN_DAYS])
    rows = session.execute(
        select(*_COLUMNS).join(Household, Household.id == Case.household_id)
        .outerjoin(Person, Person.id == Household.reference_person_id).where(condition)).all()
    workers: dict[uuid.UUID, list[tuple[str, str]]] = {}
    for case_id, username, name in session.execute(
            select(CaseWorker.case_id, CaseWorker.username, CaseWorker.display_name)
            .join(Case, Case.id == CaseWorker.case_id)
            .where(condition, CaseWorker.removed_on.is_(None))
            .order_by(CaseWorker.assigned_on)):
        workers.setdefault(case_id, []).append((username, name or username))
    return [_summary(c, workers.get(c.id, []), today, warn_days) for c in rows]


def _summary(c, assigned: list[tuple[str, str]], today: date, warn_days: int) -> CaseSummary:
    """``c``: a row of ``_COLUMNS`` (by attribute); ``assigned``: (username, name) pairs."""
    return CaseSummary(
        id=c.id, household_id=c.household_id, household_code=c.code,
        household_name=f"{c.surname or ''} {c.given_name or ''}".strip(),
        stage=c.stage, origin=c.origin, opened_on=c.opened_on,
        workers=tuple(n for _u, n in assigned), worker_usernames=tuple(u for u, _n in assigned),
        first_meeting_due=c.first_meeting_due, first_meeting_on=c.first_meeting_on,
        pact_due=c.pact_due, pact_agreed_on=c.pact_agreed_on,
        next_review_due=c.next_review_due, plan_valid_until=c.plan_valid_until,
        closed_on=c.closed_on, close_reason=c.close_reason, follow_up_due=c.follow_up_due,
        next_action=next_action(c, today, warn_days))


_CASE_ID = bindparam("case_id", type_=Uuid())
_ONE_CASE = Prepared(select(*_COLUMNS, Case.origin_reason)
                     .join(Household, Household.id == Case.household_id)
                     .outerjoin(Person, Person.id == Household.reference_person_id)
                     .where(Case.id == _CASE_ID))
_ONE_CASE_WORKERS = Prepared(select(CaseWorker.username, CaseWorker.display_name)
                             .where(CaseWorker.case_id == _CASE_ID,
                                    CaseWorker.removed_on.is_(None))
                             .order_by(CaseWorker.assigned_on))
_OneCase = namedtuple("_OneCase", [c.key for c in _COLUMNS] + ["origin_reason"])


def summary_of(session: Session, case_id: uuid.UUID, today: date) -> tuple[CaseSummary, str]:
    """The view of one case and its origin reason, inside ``session`` (the opening of a file:
    prepared statements, as the page asks for it at every opening)."""
    warn_days = int(read_setting(session, WARN_DAYS))
    row = _OneCase(*_ONE_CASE.rows_in(session, {"case_id": case_id})[0])
    assigned = [(username, name or username) for username, name
                in _ONE_CASE_WORKERS.rows_in(session, {"case_id": case_id})]
    return _summary(row, assigned, today, warn_days), row.origin_reason


def summaries(session: Session, cases: list[Case], today: date) -> list[CaseSummary]:
    """Views of these (few) cases, in the same order."""
    if not cases:
        return []
    found = {s.id: s for s in summaries_where(session, Case.id.in_([c.id for c in cases]),
                                               today)}
    return [found[c.id] for c in cases]


# --- content views (readers of the case only) ---------------------------------------------

@dataclass(frozen=True)
class NoteView:
    id: uuid.UUID
    kind: str
    happened_on: date
    duration_minutes: int | None
    participants: str
    body: str
    author: str
    amends_id: uuid.UUID | None
    amended_by: tuple[uuid.UUID, ...]


@dataclass(frozen=True)
class ScoreView:
    dimension: str
    score: int
    note: str
    change: int | None  # against the previous assessment's score of the same dimension


@dataclass(frozen=True)
class AssessmentView:
    id: uuid.UUID
    assessed_on: date
    summary: str
    scores: tuple[ScoreView, ...]
    author: str


@dataclass(frozen=True)
class GoalView:
    id: uuid.UUID
    position: int
    text: str
    indicator: str
    due_on: date | None
    outcome: str


@dataclass(frozen=True)
class ActionView:
    text: str
    owner: str
    owner_name: str
    due_on: date | None
    goal_position: int | None


@dataclass(frozen=True)
class ReviewView:
    id: uuid.UUID
    reviewed_on: date
    summary: str
    outcomes: tuple[tuple[int, str, str], ...]  # goal position, outcome, note


@dataclass(frozen=True)
class PlanView:
    id: uuid.UUID
    agreed_on: date | None
    valid_until: date | None
    review_months: int
    superseded_on: date | None
    goals: tuple[GoalView, ...]
    actions: tuple[ActionView, ...]
    reviews: tuple[ReviewView, ...]


@dataclass(frozen=True)
class ReferralView:
    id: uuid.UUID
    service_name: str
    directory_service_id: uuid.UUID | None
    reason: str
    consent_on: date
    consent_by: str
    sent_on: date
    status: str
    status_on: date
    outcome: str


@dataclass(frozen=True)
class TimelineEntry:
    """One line of the case diary. ``title``/``text`` are the Italian reading (reports, CLI);
    the window rebuilds them from the record ``ref_id`` (or ``stage``) to translate them."""

    on: date
    kind: str  # note, assessment, plan, review, referral, stage
    title: str
    text: str
    ref_id: uuid.UUID | None
    stage: CaseStage | None = None


@dataclass(frozen=True)
class CaseFile:
    summary: CaseSummary
    origin_reason: str
    notes: tuple[NoteView, ...]
    assessments: tuple[AssessmentView, ...]
    plans: tuple[PlanView, ...]
    referrals: tuple[ReferralView, ...]
    timeline: tuple[TimelineEntry, ...]
    older_notes: int = 0  # diary notes before the first shown (the opening shows a page)

    @property
    def current_plan(self) -> PlanView | None:
        live = [p for p in self.plans if p.superseded_on is None]
        return live[-1] if live else None
