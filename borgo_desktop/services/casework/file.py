"""Reading a case: the whole file with its timeline (audited), and full-text search in the
notes a worker may read (FTS5 on SQLite, tsvector on PostgreSQL, see casework_ddl)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from textwrap import shorten

from sqlalchemy import Integer, Uuid, bindparam, func, select, text
from sqlalchemy.orm import Session

from borgo_desktop.models import (
    Assessment,
    AssessmentScore,
    CaseEvent,
    CaseNote,
    GoalReview,
    NeighbourhoodService,
    PlanAction,
    PlanGoal,
    PlanReview,
    Referral,
    SupportPlan,
)
from borgo_desktop.models.casework import (
    Dimension,
    GoalOutcome,
    NoteKind,
    ReferralReason,
    ReferralStatus,
)
from borgo_desktop.services.core import audit
from borgo_desktop.services.core.audit_refs import case_reference
from borgo_desktop.services.casework.access import check_case, grants_all, readable_ids
from borgo_desktop.services.casework.views import (
    ActionView, AssessmentView, CaseFile, GoalView, NoteView, PlanView, ReferralView, ReviewView,
    ScoreView, TimelineEntry, summary_of,
)
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.core.permissions import Permission as P
from borgo_desktop.services.core.permissions import require
from borgo_desktop.services.core.prepared import Prepared
from borgo_desktop.services.core.search import query_words


NOTE_PAGE = 100  # diary notes shown at an opening; the page asks for the rest on request


def open_file(ctx: Context, case_id: uuid.UUID, *, opening: bool = True,
              notes: int | None = NOTE_PAGE) -> CaseFile:
    """The case file of a worker who may read it, with its newest ``notes`` diary notes
    (None: all). An opening is in the audit trail; a page re-reading what it just saved
    passes ``opening=False``.

    The opening is one transaction: the check, the reads and the audit entry together, so
    the file shown and the entry saying it was seen are never apart."""
    if not opening:
        check_case(ctx, case_id, P.CASE_READ)
        with ctx.store.read() as session:
            return load_file(session, case_id, ctx.today(), notes)
    with ctx.store.unit_of_work() as session:
        check_case(ctx, case_id, P.CASE_READ, session)
        case_file = load_file(session, case_id, ctx.today(), notes)
        audit.record(ctx, session, "case.view", "case", case_id,
                     detail=case_reference(case_file.summary.household_code))
        session.commit()
    return case_file


# The file is read at every opening: fixed statements, compiled once and run on the
# session's connection (services/core/prepared.py), columns only, no ORM objects.
_CASE = bindparam("case_id", type_=Uuid())
_NOTES = Prepared(select(
    CaseNote.id, CaseNote.kind, CaseNote.happened_on, CaseNote.duration_minutes,
    CaseNote.participants, CaseNote.body, CaseNote.created_by, CaseNote.amends_id)
    .where(CaseNote.case_id == _CASE)
    .order_by(CaseNote.happened_on.desc(), CaseNote.id.desc())
    .limit(bindparam("limit", type_=Integer())))
_NOTE_COUNT = Prepared(select(func.count(CaseNote.id)).where(CaseNote.case_id == _CASE))
_ASSESSMENTS = Prepared(select(Assessment.id, Assessment.assessed_on, Assessment.summary,
                               Assessment.created_by)
                        .where(Assessment.case_id == _CASE)
                        .order_by(Assessment.assessed_on, Assessment.id))
_SCORES = Prepared(select(AssessmentScore.assessment_id, AssessmentScore.dimension,
                          AssessmentScore.score, AssessmentScore.note)
                   .join(Assessment, Assessment.id == AssessmentScore.assessment_id)
                   .where(Assessment.case_id == _CASE))
_PLANS = Prepared(select(SupportPlan.id, SupportPlan.agreed_on, SupportPlan.valid_until,
                         SupportPlan.review_months, SupportPlan.superseded_on)
                  .where(SupportPlan.case_id == _CASE).order_by(SupportPlan.created_at))


def _of_plans(*columns, model, order):
    """The rows of a pact's part (goals, actions, reviews) for every pact of the case."""
    return Prepared(select(*columns).join(SupportPlan, SupportPlan.id == model.plan_id)
                    .where(SupportPlan.case_id == _CASE).order_by(*order))


_GOALS = _of_plans(PlanGoal.plan_id, PlanGoal.id, PlanGoal.position, PlanGoal.text,
                   PlanGoal.indicator, PlanGoal.due_on, PlanGoal.outcome,
                   model=PlanGoal, order=(PlanGoal.position,))
_ACTIONS = _of_plans(PlanAction.plan_id, PlanAction.text, PlanAction.owner,
                     PlanAction.owner_name, PlanAction.due_on, PlanAction.goal_id,
                     model=PlanAction, order=(PlanAction.due_on, PlanAction.created_at))
_REVIEWS = _of_plans(PlanReview.plan_id, PlanReview.id, PlanReview.reviewed_on,
                     PlanReview.summary, model=PlanReview, order=(PlanReview.reviewed_on,))
_OUTCOMES = Prepared(select(GoalReview.review_id, GoalReview.goal_id, GoalReview.outcome,
                            GoalReview.note)
                     .join(PlanReview, PlanReview.id == GoalReview.review_id)
                     .join(SupportPlan, SupportPlan.id == PlanReview.plan_id)
                     .where(SupportPlan.case_id == _CASE))
_REFERRALS = Prepared(select(
    Referral.id, NeighbourhoodService.name, Referral.service_name,
    Referral.directory_service_id, Referral.reason, Referral.consent_on, Referral.consent_by,
    Referral.sent_on, Referral.status, Referral.status_on, Referral.outcome)
    .outerjoin(NeighbourhoodService, NeighbourhoodService.id == Referral.directory_service_id)
    .where(Referral.case_id == _CASE).order_by(Referral.sent_on))
_EVENTS = Prepared(select(CaseEvent.happened_on, CaseEvent.to_stage, CaseEvent.note)
                   .where(CaseEvent.case_id == _CASE))
ALL_NOTES = 2 ** 31 - 1  # a LIMIT both dialects take for "every note"


def load_file(session: Session, case_id: uuid.UUID, today: date,
              notes: int | None = None) -> CaseFile:
    """The file with its newest ``notes`` diary notes (None: the whole diary). When the
    diary is cut, the timeline starts at the oldest note shown."""
    summary, origin_reason = summary_of(session, case_id, today)
    key = {"case_id": case_id}
    note_views = _notes(session, key, ALL_NOTES if notes is None else notes)
    older = 0
    if notes is not None and len(note_views) == notes:
        older = _NOTE_COUNT.rows_in(session, key)[0][0] - notes
    assessments = _assessments(session, key)
    plans = _plans(session, key)
    # A directory service is shown by its current name (it may have been renamed since).
    referrals = tuple(ReferralView(rid, directory_name or name, directory_id, reason.value,
                                   consent_on, consent_by, sent_on, status.value, status_on,
                                   outcome)
                      for (rid, directory_name, name, directory_id, reason, consent_on,
                           consent_by, sent_on, status, status_on, outcome)
                      in _REFERRALS.rows_in(session, key))
    events = _EVENTS.rows_in(session, key)
    since = note_views[0].happened_on if older else None
    return CaseFile(summary, origin_reason, note_views, assessments, plans, referrals,
                    _timeline(note_views, assessments, plans, referrals, events, since), older)


def _notes(session: Session, key: dict, limit: int) -> tuple[NoteView, ...]:
    """The newest ``limit`` notes, oldest first."""
    rows = _NOTES.rows_in(session, key | {"limit": limit})
    rows.reverse()
    amended: dict[uuid.UUID, list[uuid.UUID]] = {}
    for note_id, *_rest, amends_id in rows:
        if amends_id:
            amended.setdefault(amends_id, []).append(note_id)
    return tuple(NoteView(note_id, kind.value, on, minutes, participants, body, by, amends_id,
                          tuple(amended.get(note_id, ())))
                 for note_id, kind, on, minutes, participants, body, by, amends_id in rows)


def _assessments(session: Session, key: dict) -> tuple[AssessmentView, ...]:
    heads = _ASSESSMENTS.rows_in(session, key)
    scores: dict[uuid.UUID, list[tuple]] = {}
    if heads:
        for assessment_id, *score in _SCORES.rows_in(session, key):
            scores.setdefault(assessment_id, []).append(score)
    order = {dimension: index for index, dimension in enumerate(Dimension)}
    previous: dict[str, int] = {}
    result = []
    for assessment_id, assessed_on, summary, author in heads:
        rows = sorted(scores.get(assessment_id, []), key=lambda s: order[s[0]])
        views = tuple(ScoreView(dimension.value, score, note,
                                score - previous[dimension.value]
                                if dimension.value in previous else None)
                      for dimension, score, note in rows)
        previous.update({dimension.value: score for dimension, score, _note in rows})
        result.append(AssessmentView(assessment_id, assessed_on, summary, views, author))
    return tuple(result)


def _plans(session: Session, key: dict) -> tuple[PlanView, ...]:
    """The case's pacts with their goals, actions and reviews: five queries in all, however
    many pacts and reviews (not one per pact and per review)."""
    plans = _PLANS.rows_in(session, key)
    if not plans:
        return ()
    goals, actions, reviews, outcomes = ({} for _ in range(4))
    for table, groups in ((_GOALS, goals), (_ACTIONS, actions), (_REVIEWS, reviews)):
        for parent, *row in table.rows_in(session, key):
            groups.setdefault(parent, []).append(row)
    if reviews:
        for review_id, *row in _OUTCOMES.rows_in(session, key):
            outcomes.setdefault(review_id, []).append(row)
    result = []
    for plan_id, agreed_on, valid_until, review_months, superseded_on in plans:
        plan_goals = goals.get(plan_id, [])
        position = {goal_id: pos for goal_id, pos, *_rest in plan_goals}
        plan_reviews = tuple(
            ReviewView(review_id, reviewed_on, summary,
                       tuple(sorted((position.get(goal_id, 0), outcome.value, note)
                                    for goal_id, outcome, note in outcomes.get(review_id, []))))
            for review_id, reviewed_on, summary in reviews.get(plan_id, []))
        result.append(PlanView(
            plan_id, agreed_on, valid_until, review_months, superseded_on,
            tuple(GoalView(goal_id, pos, text, indicator, due_on, outcome.value)
                  for goal_id, pos, text, indicator, due_on, outcome in plan_goals),
            tuple(ActionView(text, owner.value, owner_name, due_on, position.get(goal_id))
                  for text, owner, owner_name, due_on, goal_id in actions.get(plan_id, [])),
            plan_reviews))
    return tuple(result)


def _timeline(notes, assessments, plans, referrals, events,
              since: date | None = None) -> tuple[TimelineEntry, ...]:
    """Every record of the file as diary lines, newest first (from ``since`` when given)."""
    kinds = {kind.value: kind.label for kind in NoteKind}
    entries = [TimelineEntry(n.happened_on, "note",
                             ("Correzione: " if n.amends_id else "") + kinds[n.kind],
                             n.body, n.id) for n in notes]
    entries += [TimelineEntry(a.assessed_on, "assessment", "Valutazione multidimensionale",
                              ", ".join(f"{Dimension(s.dimension).label} {s.score}"
                                        for s in a.scores), a.id) for a in assessments]
    for p in plans:
        if p.agreed_on:
            entries.append(TimelineEntry(p.agreed_on, "plan", "Patto sottoscritto",
                                         "; ".join(g.text for g in p.goals), p.id))
        for r in p.reviews:
            entries.append(TimelineEntry(r.reviewed_on, "review", "Verifica del patto",
                                         "; ".join(f"obiettivo {pos}: {GoalOutcome(o).label}"
                                                   for pos, o, _n in r.outcomes), r.id))
    entries += [TimelineEntry(r.sent_on, "referral", f"Invio a {r.service_name}",
                              f"{ReferralReason(r.reason).label} · "
                              f"{ReferralStatus(r.status).label}", r.id) for r in referrals]
    entries += [TimelineEntry(on, "stage", f"Fase: {stage.label}", note, None, stage)
                for on, stage, note in events]
    if since is not None:
        entries = [e for e in entries if e.on >= since]
    return tuple(sorted(entries, key=lambda e: e.on, reverse=True))


# --- search -------------------------------------------------------------------------------

@dataclass(frozen=True)
class NoteHit:
    case_id: uuid.UUID
    note_id: uuid.UUID
    happened_on: date
    kind: str
    excerpt: str


def search_notes(ctx: Context, query: str, limit: int = 50) -> list[NoteHit]:
    """Notes containing every word typed (prefixes), only in the cases the worker may read."""
    require(ctx, P.CASE_READ)
    words = query_words(query)
    if not words:
        return []
    with ctx.store.read() as session:
        if grants_all(session, ctx.actor.username):
            case_ids = None  # every case: no scope to add to the query
        else:
            case_ids = [str(c) for c in session.scalars(readable_ids(session, ctx.actor.username))]
            if not case_ids:
                return []
        rows = _match(session, words, case_ids, limit)
    return [NoteHit(_uuid(r[0]), _uuid(r[1]), r[2] if isinstance(r[2], date)
                    else date.fromisoformat(r[2]), r[3], shorten(r[4], 160, placeholder=" …")) for r in rows]


def _uuid(value) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(value)


def _match(session: Session, words: list[str], case_ids: list[str] | None, limit: int):
    """``case_ids`` None: every case."""
    if session.bind.dialect.name == "sqlite":
        match = " AND ".join(f'body : "{w}"*' for w in words)
        if case_ids is not None:
            match += " AND scope : ({})".format(" OR ".join("k" + uuid.UUID(c).hex
                                                             for c in case_ids))
        sql = text(
            "SELECT n.case_id, n.id, n.happened_on, n.kind, n.body FROM case_notes_fts f"
            " JOIN case_notes n ON n.id = f.note_id"
            " WHERE case_notes_fts MATCH :match ORDER BY n.happened_on DESC LIMIT :limit")
        return session.execute(sql, {"match": match, "limit": limit}).all()
    tsquery = " & ".join(f"{w}:*" for w in words)
    sql = (select(CaseNote.case_id, CaseNote.id, CaseNote.happened_on, CaseNote.kind,
                  CaseNote.body)
           .where(text("to_tsvector('simple', case_notes.body) @@ to_tsquery('simple', :q)"))
           .order_by(CaseNote.happened_on.desc()).limit(limit))
    if case_ids is not None:
        sql = sql.where(CaseNote.case_id.in_([uuid.UUID(c) for c in case_ids]))
    return [(r[0], r[1], r[2], r[3].value, r[4])
            for r in session.execute(sql, {"q": tsquery}).all()]


__all__ = ["NoteHit", "load_file", "open_file", "search_notes"]
