"""Indicators of the accompaniment: households accompanied, pacts signed, goals met."""

from __future__ import annotations

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from borgo_desktop.models import Case, GoalReview, Household, PlanReview, SupportPlan, TargetCategory
from borgo_desktop.models.enums import CloseReason, GoalOutcome
from borgo_desktop.services.reporting.periods import Period
from borgo_desktop.services.reporting.registry import Figure, Function, grouped, in_period


def _by_category(session: Session, condition) -> Figure:
    query = (select(TargetCategory.label, func.count(Case.id)).select_from(Case)
             .join(Household, Household.id == Case.household_id)
             .outerjoin(TargetCategory, TargetCategory.id == Household.target_category_id)
             .where(condition).group_by(TargetCategory.label))
    parts = grouped(session, query)
    return Figure.of(sum(parts.values()), parts)


def cases_new(session: Session, period: Period, _params: dict) -> Figure:
    return _by_category(session, in_period(Case.opened_on, period))


def cases_active(session: Session, period: Period, _params: dict) -> Figure:
    return _by_category(session, and_(Case.opened_on <= period.last,
                                      or_(Case.closed_on.is_(None),
                                          Case.closed_on >= period.first)))


def cases_closed(session: Session, period: Period, _params: dict) -> Figure:
    rows = session.execute(select(Case.close_reason, func.count(Case.id))
                           .where(in_period(Case.closed_on, period))
                           .group_by(Case.close_reason)).all()
    parts = {(CloseReason(r).label if r else "non indicato"): n for r, n in rows}
    return Figure.of(sum(parts.values()), parts)


def plans_signed(session: Session, period: Period, _params: dict) -> Figure:
    return Figure.of(session.scalar(select(func.count(SupportPlan.id))
                                    .where(in_period(SupportPlan.agreed_on, period))))


def goals_met(session: Session, period: Period, _params: dict) -> Figure:
    """Goals a review of the period found met (each goal once, however many reviews)."""
    return Figure.of(session.scalar(
        select(func.count(func.distinct(GoalReview.goal_id)))
        .join(PlanReview, PlanReview.id == GoalReview.review_id)
        .where(GoalReview.outcome == GoalOutcome.MET, in_period(PlanReview.reviewed_on, period))))


FUNCTIONS = (
    Function("cases_new", "Nuclei con una cartella sociale aperta nel periodo, per categoria",
             cases_new),
    Function("cases_active", "Nuclei accompagnati nel periodo (cartella aperta in almeno un "
             "giorno del periodo), per categoria", cases_active),
    Function("cases_closed", "Cartelle chiuse nel periodo, per motivo", cases_closed),
    Function("plans_signed", "Patti firmati nel periodo", plans_signed, counts_people=False),
    Function("goals_met", "Obiettivi dei patti raggiunti secondo una verifica del periodo",
             goals_met, counts_people=False),
)
