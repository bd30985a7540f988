"""Reading a case: the whole file with its timeline (audited), and full-text search in the
notes a worker may read (FTS5 on SQLite, tsvector on PostgreSQL, see casework_ddl)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from textwrap import shorten

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from borgo_desktop.models import (
    Assessment,
    AssessmentScore,
    Case,
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
from borgo_desktop.services.casework.access import check_case, grants_all, readable_ids
from borgo_desktop.services.casework.views import (
    ActionView, AssessmentView, CaseFile, GoalView, NoteView, PlanView, ReferralView, ReviewView,
    ScoreView, TimelineEntry, summaries,
)
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.core.permissions import Permission as P
from borgo_desktop.services.core.permissions import require
from borgo_desktop.services.core.search import query_words


def open_file(ctx: Context, case_id: uuid.UUID, *, opening: bool = True) -> CaseFile:
    """The case file of a worker who may read it. An opening is in the audit trail; a page
    re-reading what it just saved passes ``opening=False``.

    The opening is one transaction: the check, the reads and the audit entry together, so
    the file shown and the entry saying it was seen are never apart."""
    if not opening:
        check_case(ctx, case_id, P.CASE_READ)
        with ctx.store.read() as session:
            return load_file(session, case_id, ctx.today())
    with ctx.store.unit_of_work() as session:
        check_case(ctx, case_id, P.CASE_READ, session)
        case_file = load_file(session, case_id, ctx.today())
        audit.record(ctx, session, "case.view", "case", case_id)
        session.commit()
    return case_file


def load_file(session: Session, case_id: uuid.UUID, today: date) -> CaseFile:
    case = session.get(Case, case_id)
    summary = summaries(session, [case], today)[0]
    notes = _notes(session, case_id)
    assessments = _assessments(session, case_id)
    plans = _plans(session, case_id)
    # A directory service is shown by its current name (it may have been renamed since).
    referrals = tuple(ReferralView(r.id, directory_name or r.service_name, r.directory_service_id,
                                   r.reason.value, r.consent_on, r.consent_by, r.sent_on,
                                   r.status.value, r.status_on, r.outcome)
                      for r, directory_name in session.execute(
                          select(Referral, NeighbourhoodService.name)
                          .outerjoin(NeighbourhoodService,
                                     NeighbourhoodService.id == Referral.directory_service_id)
                          .where(Referral.case_id == case_id).order_by(Referral.sent_on)))
    events = session.scalars(select(CaseEvent).where(CaseEvent.case_id == case_id)).all()
    return CaseFile(summary, case.origin_reason, notes, assessments, plans, referrals,
                    _timeline(notes, assessments, plans, referrals, events))


def _notes(session: Session, case_id: uuid.UUID) -> tuple[NoteView, ...]:
    rows = session.execute(select(
        CaseNote.id, CaseNote.kind, CaseNote.happened_on, CaseNote.duration_minutes,
        CaseNote.participants, CaseNote.body, CaseNote.created_by, CaseNote.amends_id)
        .where(CaseNote.case_id == case_id)
        .order_by(CaseNote.happened_on, CaseNote.id)).all()
    amended: dict[uuid.UUID, list[uuid.UUID]] = {}
    for note_id, *_rest, amends_id in rows:
        if amends_id:
            amended.setdefault(amends_id, []).append(note_id)
    # Plain tuples, unpacked: a long diary is hundreds of rows, read at every opening.
    return tuple(NoteView(note_id, kind.value, on, minutes, participants, body, by, amends_id,
                          tuple(amended.get(note_id, ())))
                 for note_id, kind, on, minutes, participants, body, by, amends_id
                 in map(tuple, rows))


def _assessments(session: Session, case_id: uuid.UUID) -> tuple[AssessmentView, ...]:
    heads = session.scalars(select(Assessment).where(Assessment.case_id == case_id)
                            .order_by(Assessment.assessed_on, Assessment.id)).all()
    scores: dict[uuid.UUID, list[AssessmentScore]] = {}
    if heads:
        for s in session.scalars(select(AssessmentScore).where(
                AssessmentScore.assessment_id.in_([a.id for a in heads]))):
            scores.setdefault(s.assessment_id, []).append(s)
    order = list(Dimension)
    previous: dict[str, int] = {}
    result = []
    for a in heads:
        rows = sorted(scores.get(a.id, []), key=lambda s: order.index(s.dimension))
        views = tuple(ScoreView(s.dimension.value, s.score, s.note,
                                s.score - previous[s.dimension.value]
                                if s.dimension.value in previous else None) for s in rows)
        previous.update({s.dimension.value: s.score for s in rows})
        result.append(AssessmentView(a.id, a.assessed_on, a.summary, views, a.created_by))
    return tuple(result)


def _plans(session: Session, case_id: uuid.UUID) -> tuple[PlanView, ...]:
    """The case's pacts with their goals, actions and reviews: five queries in all, however
    many pacts and reviews (not one per pact and per review)."""
    plans = session.scalars(select(SupportPlan).where(SupportPlan.case_id == case_id)
                            .order_by(SupportPlan.created_at)).all()
    if not plans:
        return ()
    ids = [plan.id for plan in plans]
    goals = _by(session, select(PlanGoal).where(PlanGoal.plan_id.in_(ids))
                .order_by(PlanGoal.position), "plan_id")
    actions = _by(session, select(PlanAction).where(PlanAction.plan_id.in_(ids))
                  .order_by(PlanAction.due_on, PlanAction.created_at), "plan_id")
    reviews = _by(session, select(PlanReview).where(PlanReview.plan_id.in_(ids))
                  .order_by(PlanReview.reviewed_on), "plan_id")
    review_ids = [r.id for found in reviews.values() for r in found]
    outcomes = _by(session, select(GoalReview).where(GoalReview.review_id.in_(review_ids)),
                   "review_id") if review_ids else {}
    result = []
    for plan in plans:
        plan_goals = goals.get(plan.id, [])
        position = {g.id: g.position for g in plan_goals}
        plan_reviews = tuple(
            ReviewView(review.id, review.reviewed_on, review.summary,
                       tuple(sorted((position.get(o.goal_id, 0), o.outcome.value, o.note)
                                    for o in outcomes.get(review.id, []))))
            for review in reviews.get(plan.id, []))
        result.append(PlanView(
            plan.id, plan.agreed_on, plan.valid_until, plan.review_months, plan.superseded_on,
            tuple(GoalView(g.id, g.position, g.text, g.indicator, g.due_on, g.outcome.value)
                  for g in plan_goals),
            tuple(ActionView(a.text, a.owner.value, a.owner_name, a.due_on,
                             position.get(a.goal_id)) for a in actions.get(plan.id, [])),
            plan_reviews))
    return tuple(result)


def _by(session: Session, statement, key: str) -> dict:
    """The statement's instances grouped by ``key``, each group in the statement's order."""
    groups: dict = {}
    for item in session.scalars(statement):
        groups.setdefault(getattr(item, key), []).append(item)
    return groups


def _timeline(notes, assessments, plans, referrals, events) -> tuple[TimelineEntry, ...]:
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
    entries += [TimelineEntry(e.happened_on, "stage", f"Fase: {e.to_stage.label}", e.note, None,
                              e.to_stage) for e in events]
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
