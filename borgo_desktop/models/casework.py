"""Social accompaniment: case files, workers, stage history, notes (append-only) and drafts,
assessments, support plans (goals, actions, reviews) and referrals.

A household has at most one open case (``closed_on`` empty), guarded by a partial unique
index like the registry's current membership. Notes are never updated: a correction is a
new note whose ``amends_id`` points at the original (a trigger refuses UPDATE, see
migrations/casework_ddl.py). Referrals name a service of the neighbourhood directory by
``directory_service_id`` (a foreign key to ``neighbourhood_services``) or by free text.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, Uuid, text
from sqlalchemy.orm import Mapped, mapped_column

from borgo_desktop.models.base import Base, Tracked, UtcDateTime
from borgo_desktop.models.enums import (  # the labels, apart from the tables (reports use them)
    ActionOwner, CaseOrigin, CaseStage, CloseReason, Dimension, Duty, GoalOutcome, NoteKind,
    ReferralReason, ReferralStatus, column_type,
)


class Case(Tracked, Base):
    __tablename__ = "cases"
    __table_args__ = (
        # At most one open case per household, on both SQLite and PostgreSQL.
        Index("uq_cases_open_household", "household_id", unique=True,
              sqlite_where=text("closed_on IS NULL"), postgresql_where=text("closed_on IS NULL")),
    )

    household_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("households.id"), index=True)
    stage: Mapped[CaseStage] = mapped_column(column_type(CaseStage), index=True)
    origin: Mapped[CaseOrigin] = mapped_column(column_type(CaseOrigin))
    origin_reason: Mapped[str] = mapped_column(String(200), default="")
    opened_on: Mapped[date] = mapped_column(Date)
    first_meeting_due: Mapped[date] = mapped_column(Date)
    first_meeting_on: Mapped[date | None] = mapped_column(Date)
    pact_due: Mapped[date] = mapped_column(Date)
    pact_agreed_on: Mapped[date | None] = mapped_column(Date)
    next_review_due: Mapped[date | None] = mapped_column(Date)
    plan_valid_until: Mapped[date | None] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date)
    close_reason: Mapped[CloseReason | None] = mapped_column(column_type(CloseReason))
    follow_up_due: Mapped[date | None] = mapped_column(Date)


class CaseWorker(Tracked, Base):
    """A social worker assigned to a case (by username); ``removed_on`` ends the assignment."""

    __tablename__ = "case_workers"
    __table_args__ = (
        Index("uq_case_workers_current", "case_id", "username", unique=True,
              sqlite_where=text("removed_on IS NULL"), postgresql_where=text("removed_on IS NULL")),
        Index("ix_case_workers_username", "username", "removed_on"),
    )

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    username: Mapped[str] = mapped_column(String(64))
    display_name: Mapped[str] = mapped_column(String(120), default="")
    assigned_on: Mapped[date] = mapped_column(Date)
    removed_on: Mapped[date | None] = mapped_column(Date)


class CaseGrant(Tracked, Base):
    """Team policy: a worker may read a case not assigned to them (``case_id`` empty: all)."""

    __tablename__ = "case_grants"

    username: Mapped[str] = mapped_column(String(64), index=True)
    case_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("cases.id"), index=True)
    reason: Mapped[str] = mapped_column(String(200), default="")
    granted_on: Mapped[date] = mapped_column(Date)
    revoked_on: Mapped[date | None] = mapped_column(Date)


class CaseEvent(Tracked, Base):
    """Append-only history of stage changes."""

    __tablename__ = "case_events"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    from_stage: Mapped[CaseStage | None] = mapped_column(column_type(CaseStage))
    to_stage: Mapped[CaseStage] = mapped_column(column_type(CaseStage))
    happened_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(String(200), default="")


class CaseNote(Tracked, Base):
    """A typed entry of the case diary. Never updated: corrections are amendments."""

    __tablename__ = "case_notes"
    __table_args__ = (Index("ix_case_notes_case_day", "case_id", "happened_on"),)

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"))
    kind: Mapped[NoteKind] = mapped_column(column_type(NoteKind))
    happened_on: Mapped[date] = mapped_column(Date)
    duration_minutes: Mapped[int | None] = mapped_column(Integer)
    participants: Mapped[str] = mapped_column(String(300), default="")
    body: Mapped[str] = mapped_column(Text)
    amends_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("case_notes.id"), index=True)


class NoteDraft(Tracked, Base):
    """What a worker is typing, saved every few seconds: one draft per author and case."""

    __tablename__ = "case_note_drafts"
    __table_args__ = (Index("uq_case_note_drafts_author_case", "author", "case_id", unique=True),)

    author: Mapped[str] = mapped_column(String(64))
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    kind: Mapped[str] = mapped_column(String(24), default="")
    happened_on: Mapped[date | None] = mapped_column(Date)
    duration_minutes: Mapped[int | None] = mapped_column(Integer)
    participants: Mapped[str] = mapped_column(String(300), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    amends_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    saved_at: Mapped[datetime] = mapped_column(UtcDateTime)


class Assessment(Tracked, Base):
    __tablename__ = "case_assessments"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    assessed_on: Mapped[date] = mapped_column(Date)
    summary: Mapped[str] = mapped_column(Text, default="")


class AssessmentScore(Tracked, Base):
    """One dimension of an assessment: 1 (serious difficulty) to 5 (autonomous)."""

    __tablename__ = "case_assessment_scores"
    __table_args__ = (Index("uq_case_assessment_scores_dimension", "assessment_id", "dimension",
                            unique=True),)

    assessment_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("case_assessments.id"))
    dimension: Mapped[Dimension] = mapped_column(column_type(Dimension))
    score: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(String(300), default="")


class SupportPlan(Tracked, Base):
    """The pact: agreed with the household on ``agreed_on`` (empty while in preparation)."""

    __tablename__ = "case_plans"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    agreed_on: Mapped[date | None] = mapped_column(Date)
    valid_until: Mapped[date | None] = mapped_column(Date)
    review_months: Mapped[int] = mapped_column(Integer, default=6)
    superseded_on: Mapped[date | None] = mapped_column(Date)


class PlanGoal(Tracked, Base):
    __tablename__ = "case_plan_goals"

    plan_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("case_plans.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(String(300))
    indicator: Mapped[str] = mapped_column(String(300), default="")
    due_on: Mapped[date | None] = mapped_column(Date)
    outcome: Mapped[GoalOutcome] = mapped_column(column_type(GoalOutcome))


class PlanAction(Tracked, Base):
    __tablename__ = "case_plan_actions"

    plan_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("case_plans.id"), index=True)
    goal_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("case_plan_goals.id"))
    text: Mapped[str] = mapped_column(String(300))
    owner: Mapped[ActionOwner] = mapped_column(column_type(ActionOwner))
    owner_name: Mapped[str] = mapped_column(String(120), default="")
    due_on: Mapped[date | None] = mapped_column(Date)


class PlanReview(Tracked, Base):
    __tablename__ = "case_plan_reviews"

    plan_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("case_plans.id"), index=True)
    reviewed_on: Mapped[date] = mapped_column(Date)
    summary: Mapped[str] = mapped_column(Text, default="")


class GoalReview(Tracked, Base):
    __tablename__ = "case_goal_reviews"

    review_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("case_plan_reviews.id"), index=True)
    goal_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("case_plan_goals.id"), index=True)
    outcome: Mapped[GoalOutcome] = mapped_column(column_type(GoalOutcome))
    note: Mapped[str] = mapped_column(String(300), default="")


class Referral(Tracked, Base):
    __tablename__ = "case_referrals"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    service_name: Mapped[str] = mapped_column(String(160))
    # The service of the neighbourhood directory, when it is one; ``service_name`` keeps the
    # name as it was when the household was sent (or the free text of an outside service).
    directory_service_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("neighbourhood_services.id"), index=True)
    reason: Mapped[ReferralReason] = mapped_column(column_type(ReferralReason))
    consent_on: Mapped[date] = mapped_column(Date)
    consent_by: Mapped[str] = mapped_column(String(120))
    sent_on: Mapped[date] = mapped_column(Date)
    status: Mapped[ReferralStatus] = mapped_column(column_type(ReferralStatus))
    status_on: Mapped[date] = mapped_column(Date)
    outcome: Mapped[str] = mapped_column(String(300), default="")
