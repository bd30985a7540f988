"""What a worker writes in a case: notes (append-only, with amendments) and their drafts,
assessments, support plans with goals, actions and reviews, referrals.

Every writer checks the permission and that the case is the worker's (case_access), keeps
every problem of the form at once (ValidationError), and writes one transaction that also
appends the audit entry (record names only, never content).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import delete, select

from borgo_desktop.errors import UserError
from borgo_desktop.models import (
    Assessment,
    AssessmentScore,
    Case,
    CaseNote,
    GoalReview,
    NeighbourhoodService,
    NoteDraft,
    PlanAction,
    PlanGoal,
    PlanReview,
    Referral,
    SupportPlan,
)
from borgo_desktop.models.base import utcnow
from borgo_desktop.models.casework import (
    ActionOwner,
    CaseStage,
    Dimension,
    GoalOutcome,
    NoteKind,
    ReferralReason,
    ReferralStatus,
)
from borgo_desktop.services.core import audit
from borgo_desktop.services.casework.access import add_months, check_case
from borgo_desktop.services.casework.cases import set_stage
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.core.permissions import Permission as P
from borgo_desktop.services.core.problems import Problems, required
from borgo_desktop.services.core.settings import read_settings

MEETING_KINDS = (NoteKind.OFFICE_MEETING, NoteKind.HOME_VISIT, NoteKind.PHONE_CALL)
BODY_MAX = 20_000


def _day(problems: Problems, name: str, value: date | None, today: date, label: str) -> None:
    if value is None:
        problems.add(name, "Il campo «{label}» è obbligatorio.", label=label)
    elif value > today:
        problems.add(name, "La data non può essere nel futuro.")


# --- notes and drafts -------------------------------------------------------------------

@dataclass(frozen=True)
class NoteInput:
    kind: NoteKind | None
    happened_on: date | None
    body: str
    duration_minutes: int | None = None
    participants: str = ""
    amends_id: uuid.UUID | None = None


def _check_note(data: NoteInput, today: date) -> Problems:
    problems = Problems()
    if data.kind is None:
        problems.add("kind", "Scegliere il tipo di nota.")
    _day(problems, "happened_on", data.happened_on, today, "Data")
    required(problems, "body", data.body, "Testo")
    if len(data.body or "") > BODY_MAX:
        problems.add("body", "Il testo può avere al massimo {max} caratteri.", max=BODY_MAX)
    if data.duration_minutes is not None and not 0 < data.duration_minutes <= 720:
        problems.add("duration_minutes", "La durata va da 1 a 720 minuti.")
    if len(data.participants or "") > 300:
        problems.add("participants", "I partecipanti possono avere al massimo {max} caratteri.",
                     max=300)
    return problems


def add_note(ctx: Context, case_id: uuid.UUID, data: NoteInput) -> uuid.UUID:
    """Append a note (or an amendment of ``amends_id``); the author's draft goes with it."""
    check_case(ctx, case_id, P.CASE_WRITE)
    problems = _check_note(data, ctx.today())
    with ctx.store.unit_of_work() as session:
        if data.amends_id is not None:
            original = session.get(CaseNote, data.amends_id)
            if original is None or original.case_id != case_id:
                problems.add("amends_id", "La nota da correggere non è di questa cartella.")
        problems.raise_if_any()
        note = CaseNote(case_id=case_id, kind=NoteKind(data.kind), happened_on=data.happened_on,
                        duration_minutes=data.duration_minutes,
                        participants=data.participants.strip(), body=data.body.strip(),
                        amends_id=data.amends_id)
        ctx.stamp(note)
        session.add(note)
        session.execute(delete(NoteDraft).where(NoteDraft.author == ctx.actor.username,
                                                NoteDraft.case_id == case_id))
        case = session.get(Case, case_id)
        if case.stage == CaseStage.REFERRAL and note.kind in MEETING_KINDS \
                and data.amends_id is None:
            set_stage(ctx, session, case, CaseStage.FIRST_MEETING, data.happened_on,
                      NoteKind(data.kind).label)
        session.flush()
        audit.record(ctx, session, "case.amend" if data.amends_id else "case.note", "case",
                     case_id, detail=f"{note.kind}, nota {note.id}")
        session.commit()
        return note.id


@dataclass(frozen=True)
class DraftView:
    kind: str
    happened_on: date | None
    duration_minutes: int | None
    participants: str
    body: str
    amends_id: uuid.UUID | None
    saved_at: object


def save_draft(ctx: Context, case_id: uuid.UUID, kind: str = "", happened_on: date | None = None,
               body: str = "", duration_minutes: int | None = None, participants: str = "",
               amends_id: uuid.UUID | None = None) -> None:
    """Keep what is being typed (called by the window every few seconds and on close)."""
    check_case(ctx, case_id, P.CASE_WRITE)
    with ctx.store.unit_of_work() as session:
        draft = session.scalar(select(NoteDraft).where(NoteDraft.author == ctx.actor.username,
                                                       NoteDraft.case_id == case_id))
        if draft is None:
            draft = NoteDraft(author=ctx.actor.username, case_id=case_id)
            session.add(draft)
        draft.kind, draft.happened_on, draft.body = str(kind or ""), happened_on, body or ""
        draft.duration_minutes, draft.participants = duration_minutes, (participants or "")[:300]
        draft.amends_id, draft.saved_at = amends_id, utcnow()
        ctx.stamp(draft)
        session.commit()


def load_draft(ctx: Context, case_id: uuid.UUID) -> DraftView | None:
    check_case(ctx, case_id, P.CASE_WRITE)
    with ctx.store.read() as session:
        d = session.scalar(select(NoteDraft).where(NoteDraft.author == ctx.actor.username,
                                                   NoteDraft.case_id == case_id))
        if d is None:
            return None
        return DraftView(d.kind, d.happened_on, d.duration_minutes, d.participants, d.body,
                         d.amends_id, d.saved_at)


def discard_draft(ctx: Context, case_id: uuid.UUID) -> None:
    check_case(ctx, case_id, P.CASE_WRITE)
    with ctx.store.unit_of_work() as session:
        session.execute(delete(NoteDraft).where(NoteDraft.author == ctx.actor.username,
                                                NoteDraft.case_id == case_id))
        session.commit()


# --- assessments ------------------------------------------------------------------------

def add_assessment(ctx: Context, case_id: uuid.UUID, assessed_on: date | None,
                   scores: dict[Dimension, tuple[int | None, str]], summary: str = "") -> uuid.UUID:
    """Score the dimensions (1 = serious difficulty … 5 = autonomous), each with a short note.
    A new assessment is added each time, so the change between them stays visible."""
    check_case(ctx, case_id, P.CASE_WRITE)
    problems = Problems()
    _day(problems, "assessed_on", assessed_on, ctx.today(), "Data della valutazione")
    given = {Dimension(d): (s, (n or "").strip()) for d, (s, n) in scores.items() if s is not None}
    if not given:
        problems.add("scores", "Dare un punteggio ad almeno una dimensione.")
    for dimension, (score, note) in given.items():
        if not 1 <= int(score) <= 5:
            problems.add(f"scores.{dimension.value}", "Il punteggio va da 1 a 5.")
        if len(note) > 300:
            problems.add(f"notes.{dimension.value}", "La nota può avere al massimo 300 caratteri.")
    problems.raise_if_any()
    with ctx.store.unit_of_work() as session:
        assessment = Assessment(case_id=case_id, assessed_on=assessed_on, summary=summary.strip())
        ctx.stamp(assessment)
        session.add(assessment)
        session.flush()
        for dimension, (score, note) in given.items():
            row = AssessmentScore(assessment_id=assessment.id, dimension=dimension,
                                  score=int(score), note=note)
            ctx.stamp(row)
            session.add(row)
        case = session.get(Case, case_id)
        if case.stage in (CaseStage.FIRST_MEETING, CaseStage.ANALYSIS):
            set_stage(ctx, session, case, CaseStage.ASSESSMENT, assessed_on)
        audit.record(ctx, session, "case.assessment", "case", case_id,
                     detail=f"{len(given)} dimensioni")
        session.commit()
        return assessment.id


# --- support plan -----------------------------------------------------------------------

@dataclass(frozen=True)
class GoalInput:
    text: str
    indicator: str = ""
    due_on: date | None = None


@dataclass(frozen=True)
class ActionInput:
    text: str
    owner: ActionOwner = ActionOwner.HOUSEHOLD
    owner_name: str = ""
    due_on: date | None = None
    goal_index: int | None = None  # position in the goals list


@dataclass(frozen=True)
class PlanInput:
    goals: list[GoalInput]
    actions: list[ActionInput] = field(default_factory=list)
    review_months: int | None = None


def _check_plan(data: PlanInput) -> Problems:
    problems = Problems()
    goals = [g for g in data.goals if (g.text or "").strip()]
    if not goals:
        problems.add("goals", "Il patto deve avere almeno un obiettivo.")
    for i, goal in enumerate(data.goals):
        if (goal.text or "").strip() and len(goal.text) > 300:
            problems.add(f"goals.{i}.text", "L'obiettivo può avere al massimo 300 caratteri.")
        if (goal.text or "").strip() and not (goal.indicator or "").strip():
            problems.add(f"goals.{i}.indicator",
                         "Indicare come si vedrà che l'obiettivo è raggiunto (indicatore).")
    for i, action in enumerate(data.actions):
        if not (action.text or "").strip():
            problems.add(f"actions.{i}.text", "Descrivere l'azione.")
        if action.owner == ActionOwner.SERVICE and not (action.owner_name or "").strip():
            problems.add(f"actions.{i}.owner_name", "Indicare quale servizio esterno.")
        if action.goal_index is not None and not 0 <= action.goal_index < len(data.goals):
            problems.add(f"actions.{i}.goal_index", "Obiettivo inesistente.")
    if data.review_months is not None and not 1 <= data.review_months <= 24:
        problems.add("review_months", "La verifica va fissata tra 1 e 24 mesi.")
    return problems


def save_plan(ctx: Context, case_id: uuid.UUID, data: PlanInput) -> uuid.UUID:
    """Write the pact in preparation (replacing the previous draft; agreed pacts never change:
    a new one is prepared and, once signed, supersedes them)."""
    check_case(ctx, case_id, P.CASE_WRITE)
    _check_plan(data).raise_if_any()
    with ctx.store.unit_of_work() as session:
        plan = session.scalar(select(SupportPlan).where(SupportPlan.case_id == case_id,
                                                        SupportPlan.agreed_on.is_(None)))
        months = data.review_months or int(
            read_settings(session, "cases.review_months")["cases.review_months"])
        if plan is None:
            plan = SupportPlan(case_id=case_id)
            session.add(plan)
        else:
            session.execute(delete(PlanAction).where(PlanAction.plan_id == plan.id))
            session.execute(delete(PlanGoal).where(PlanGoal.plan_id == plan.id))
        plan.review_months = months
        ctx.stamp(plan)
        session.flush()
        goal_ids = []
        for position, goal in enumerate(data.goals, start=1):
            row = PlanGoal(plan_id=plan.id, position=position, text=goal.text.strip(),
                           indicator=goal.indicator.strip(), due_on=goal.due_on,
                           outcome=GoalOutcome.OPEN)
            ctx.stamp(row)
            session.add(row)
            session.flush()
            goal_ids.append(row.id)
        for action in data.actions:
            row = PlanAction(plan_id=plan.id, text=action.text.strip(), owner=action.owner,
                             owner_name=action.owner_name.strip(), due_on=action.due_on,
                             goal_id=goal_ids[action.goal_index]
                             if action.goal_index is not None else None)
            ctx.stamp(row)
            session.add(row)
        audit.record(ctx, session, "case.plan", "case", case_id,
                     detail=f"{len(data.goals)} obiettivi, {len(data.actions)} azioni")
        session.commit()
        return plan.id


def agree_plan(ctx: Context, case_id: uuid.UUID, agreed_on: date | None) -> None:
    """The household signed the pact on ``agreed_on``: it becomes the case's pact."""
    check_case(ctx, case_id, P.CASE_WRITE)
    problems = Problems()
    _day(problems, "agreed_on", agreed_on, ctx.today(), "Data della firma")
    problems.raise_if_any()
    with ctx.store.unit_of_work() as session:
        plan = session.scalar(select(SupportPlan).where(SupportPlan.case_id == case_id,
                                                        SupportPlan.agreed_on.is_(None)))
        if plan is None:
            raise UserError("Non c'è un patto in preparazione da sottoscrivere.")
        case = session.get(Case, case_id)
        if case.stage == CaseStage.REFERRAL:
            raise UserError("Il patto si sottoscrive dopo il primo colloquio.")
        for older in session.scalars(select(SupportPlan).where(
                SupportPlan.case_id == case_id, SupportPlan.agreed_on.is_not(None),
                SupportPlan.superseded_on.is_(None))):
            older.superseded_on = agreed_on
            ctx.stamp(older)
        valid = int(read_settings(session, "cases.plan_valid_months")["cases.plan_valid_months"])
        plan.agreed_on, plan.valid_until = agreed_on, add_months(agreed_on, valid)
        ctx.stamp(plan)
        case.pact_agreed_on = case.pact_agreed_on or agreed_on
        case.next_review_due = add_months(agreed_on, plan.review_months)
        case.plan_valid_until = plan.valid_until
        set_stage(ctx, session, case, CaseStage.PLAN_AGREED, agreed_on)
        audit.record(ctx, session, "case.plan_agreed", "case", case_id, ["agreed_on"])
        session.commit()


def record_review(ctx: Context, case_id: uuid.UUID, reviewed_on: date | None,
                  outcomes: dict[uuid.UUID, tuple[GoalOutcome, str]], summary: str = "",
                  replan: bool = False) -> uuid.UUID:
    """Review the pact: an outcome per goal; the next review is due N months on. ``replan``
    leaves the case in review until a new pact is signed."""
    check_case(ctx, case_id, P.CASE_WRITE)
    problems = Problems()
    _day(problems, "reviewed_on", reviewed_on, ctx.today(), "Data della verifica")
    if not outcomes:
        problems.add("outcomes", "Indicare l'esito di almeno un obiettivo.")
    problems.raise_if_any()
    with ctx.store.unit_of_work() as session:
        plan = session.scalar(select(SupportPlan).where(
            SupportPlan.case_id == case_id, SupportPlan.agreed_on.is_not(None),
            SupportPlan.superseded_on.is_(None)))
        if plan is None:
            raise UserError("Non c'è un patto sottoscritto da verificare.")
        goals = {g.id: g for g in session.scalars(select(PlanGoal).where(
            PlanGoal.plan_id == plan.id))}
        review = PlanReview(plan_id=plan.id, reviewed_on=reviewed_on, summary=summary.strip())
        ctx.stamp(review)
        session.add(review)
        session.flush()
        for goal_id, (outcome, note) in outcomes.items():
            if goal_id not in goals:
                raise UserError("Obiettivo non presente nel patto in corso.", field="outcomes")
            goals[goal_id].outcome = GoalOutcome(outcome)
            ctx.stamp(goals[goal_id])
            row = GoalReview(review_id=review.id, goal_id=goal_id, outcome=GoalOutcome(outcome),
                             note=(note or "").strip()[:300])
            ctx.stamp(row)
            session.add(row)
        case = session.get(Case, case_id)
        case.next_review_due = add_months(reviewed_on, plan.review_months)
        set_stage(ctx, session, case, CaseStage.REVIEW if replan else CaseStage.ACTIVE,
                  reviewed_on, "verifica del patto")
        audit.record(ctx, session, "case.review", "case", case_id,
                     detail=f"{len(outcomes)} obiettivi verificati")
        session.commit()
        return review.id


# --- referrals --------------------------------------------------------------------------

@dataclass(frozen=True)
class ReferralInput:
    service_name: str
    reason: ReferralReason | None
    consent_on: date | None
    consent_by: str
    sent_on: date | None = None
    directory_service_id: uuid.UUID | None = None


_REFERRAL_NEXT = {
    ReferralStatus.SENT: (ReferralStatus.ACCEPTED, ReferralStatus.CLOSED),
    ReferralStatus.ACCEPTED: (ReferralStatus.IN_PROGRESS, ReferralStatus.CLOSED),
    ReferralStatus.IN_PROGRESS: (ReferralStatus.CLOSED,),
    ReferralStatus.CLOSED: (),
}


def referral_next(status: ReferralStatus) -> tuple[ReferralStatus, ...]:
    """The statuses a referral may move to from ``status``."""
    return _REFERRAL_NEXT[ReferralStatus(status)]


def add_referral(ctx: Context, case_id: uuid.UUID, data: ReferralInput) -> uuid.UUID:
    """Send the household to a service, with the person's consent recorded first. A service
    of the neighbourhood directory (``directory_service_id``) gives its own name; otherwise
    ``service_name`` is the free text of an outside service."""
    check_case(ctx, case_id, P.CASE_WRITE)
    problems = Problems()
    service_name = data.service_name
    if data.directory_service_id is not None:
        with ctx.store.read() as session:
            listed = session.scalar(select(NeighbourhoodService.name).where(
                NeighbourhoodService.id == data.directory_service_id))
        if listed is None:
            problems.add("service_name", "Il servizio scelto non è più nell'elenco dei servizi "
                                         "del quartiere: sceglierne un altro.")
        else:
            service_name = listed
    else:
        required(problems, "service_name", data.service_name, "Servizio")
    if data.reason is None:
        problems.add("reason", "Scegliere il motivo dell'invio (una categoria, mai dettagli "
                               "clinici).")
    _day(problems, "consent_on", data.consent_on, ctx.today(), "Data del consenso")
    required(problems, "consent_by", data.consent_by, "Consenso dato da")
    sent_on = data.sent_on or ctx.today()
    if sent_on > ctx.today():
        problems.add("sent_on", "La data non può essere nel futuro.")
    elif data.consent_on and sent_on < data.consent_on:
        problems.add("sent_on", "L'invio non può precedere il consenso.")
    problems.raise_if_any()
    with ctx.store.unit_of_work() as session:
        referral = Referral(case_id=case_id, service_name=service_name.strip()[:160],
                            directory_service_id=data.directory_service_id,
                            reason=ReferralReason(data.reason), consent_on=data.consent_on,
                            consent_by=data.consent_by.strip()[:120], sent_on=sent_on,
                            status=ReferralStatus.SENT, status_on=sent_on, outcome="")
        ctx.stamp(referral)
        session.add(referral)
        session.flush()
        audit.record(ctx, session, "case.referral", "case", case_id, detail=str(data.reason))
        session.commit()
        return referral.id


def update_referral(ctx: Context, referral_id: uuid.UUID, status: ReferralStatus,
                    on: date | None = None, outcome: str = "") -> None:
    with ctx.store.read() as session:
        referral = session.get(Referral, referral_id)
        if referral is None:
            raise UserError("Invio non trovato.")
        case_id, current = referral.case_id, referral.status
    check_case(ctx, case_id, P.CASE_WRITE)
    status, on = ReferralStatus(status), on or ctx.today()
    if status not in _REFERRAL_NEXT[current]:
        raise UserError("Un invio «{current}» non può passare a «{status}».",
                        current=current.label, status=status.label)
    if status == ReferralStatus.CLOSED and not (outcome or "").strip():
        raise UserError("Indicare l'esito dell'invio.", field="outcome")
    with ctx.store.unit_of_work() as session:
        referral = session.get(Referral, referral_id)
        referral.status, referral.status_on = status, on
        if outcome.strip():
            referral.outcome = outcome.strip()[:300]
        ctx.stamp(referral)
        fields = audit.changed_fields(referral)
        audit.record(ctx, session, "case.referral_status", "case", case_id, fields, str(status))
        session.commit()
