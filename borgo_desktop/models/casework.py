"""Social accompaniment: case files, workers, stage history, notes (append-only) and drafts,
assessments, support plans (goals, actions, reviews) and referrals.

A household has at most one open case (``closed_on`` empty), guarded by a partial unique
index like the registry's current membership. Notes are never updated: a correction is a
new note whose ``amends_id`` points at the original (a trigger refuses UPDATE, see
migrations/casework_ddl.py). Referrals name a service of the neighbourhood directory by
``directory_service_id`` (no foreign key: that table lives in another area) or by free text.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, Uuid, text
from sqlalchemy.orm import Mapped, mapped_column

from borgo_desktop.models.base import Base, Tracked, UtcDateTime
from borgo_desktop.models.enums import Labelled, column_type


class CaseStage(Labelled):
    REFERRAL = "referral"
    FIRST_MEETING = "first_meeting"
    ANALYSIS = "analysis"
    ASSESSMENT = "assessment"
    PLAN_AGREED = "plan_agreed"
    ACTIVE = "active"
    REVIEW = "review"
    CLOSED = "closed"
    FOLLOWED_UP = "followed_up"

    @classmethod
    def _labels(cls):
        return {"referral": "Segnalazione", "first_meeting": "Primo colloquio",
                "analysis": "Analisi preliminare", "assessment": "Valutazione multidimensionale",
                "plan_agreed": "Patto sottoscritto", "active": "Percorso attivo",
                "review": "In verifica", "closed": "Chiuso",
                "followed_up": "Verifica a 6 mesi fatta"}


class CaseOrigin(Labelled):
    COMUNE = "comune"
    OFFICE = "office"
    ARREARS = "arrears"
    RULE = "rule"
    OWN_REQUEST = "own_request"

    @classmethod
    def _labels(cls):
        return {"comune": "Invio del Comune", "office": "Segnalazione dell'ufficio",
                "arrears": "Allerta morosità", "rule": "Allerta regolamento",
                "own_request": "Richiesta del nucleo"}


class CloseReason(Labelled):
    GOALS_MET = "goals_met"
    HANDED_OVER = "handed_over"
    DROPPED_OUT = "dropped_out"
    MOVED_OUT = "moved_out"

    @classmethod
    def _labels(cls):
        return {"goals_met": "Obiettivi raggiunti", "handed_over": "Affidato ai servizi",
                "dropped_out": "Interrotto dal nucleo", "moved_out": "Trasferito altrove"}


class NoteKind(Labelled):
    OFFICE_MEETING = "office_meeting"
    HOME_VISIT = "home_visit"
    PHONE_CALL = "phone_call"
    TEAM_MEETING = "team_meeting"
    NOTE = "note"

    @classmethod
    def _labels(cls):
        return {"office_meeting": "Colloquio in ufficio", "home_visit": "Visita domiciliare",
                "phone_call": "Telefonata", "team_meeting": "Riunione d'équipe",
                "note": "Annotazione"}


class Dimension(Labelled):
    HOUSING = "housing"
    INCOME = "income"
    WORK = "work"
    HEALTH = "health"
    FAMILY = "family"
    SOCIAL = "social"
    ADMIN = "admin"

    @classmethod
    def _labels(cls):
        return {"housing": "Abitare", "income": "Reddito e debiti", "work": "Lavoro",
                "health": "Salute e autonomia", "family": "Famiglia e cura",
                "social": "Relazioni sociali", "admin": "Pratiche e lingua"}


class ActionOwner(Labelled):
    HOUSEHOLD = "household"
    WORKER = "worker"
    SERVICE = "service"

    @classmethod
    def _labels(cls):
        return {"household": "Il nucleo", "worker": "L'assistente sociale",
                "service": "Servizio esterno"}


class GoalOutcome(Labelled):
    OPEN = "open"
    MET = "met"
    PARTLY = "partly"
    NOT_MET = "not_met"
    DROPPED = "dropped"

    @classmethod
    def _labels(cls):
        return {"open": "In corso", "met": "Raggiunto", "partly": "Raggiunto in parte",
                "not_met": "Non raggiunto", "dropped": "Abbandonato"}


class ReferralStatus(Labelled):
    SENT = "sent"
    ACCEPTED = "accepted"
    IN_PROGRESS = "in_progress"
    CLOSED = "closed"

    @classmethod
    def _labels(cls):
        return {"sent": "Inviato", "accepted": "Accettato", "in_progress": "In corso",
                "closed": "Concluso"}


class ReferralReason(Labelled):
    """Why a household is sent to a service: a category, never a clinical detail."""

    INCOME = "income"
    WORK = "work"
    TAX = "tax"
    LEGAL = "legal"
    HEALTH_ACCESS = "health_access"
    FAMILY = "family"
    EDUCATION = "education"
    COMMUNITY = "community"

    @classmethod
    def _labels(cls):
        return {"income": "Sostegno economico", "work": "Orientamento al lavoro",
                "tax": "Assistenza fiscale e pratiche", "legal": "Consulenza legale",
                "health_access": "Accesso ai servizi socio-sanitari",
                "family": "Sostegno alla famiglia", "education": "Scuola e formazione",
                "community": "Attività di comunità"}


class Duty(Labelled):
    """What the worker must do next on a case (computed, never stored)."""

    FIRST_MEETING = "first_meeting"
    SIGN_PACT = "sign_pact"
    RENEW_PACT = "renew_pact"
    PACT_EXPIRING = "pact_expiring"
    REVIEW = "review"
    FOLLOW_UP = "follow_up"
    NONE = "none"

    @classmethod
    def _labels(cls):
        return {"first_meeting": "Fissare il primo colloquio",
                "sign_pact": "Sottoscrivere il patto", "renew_pact": "Rinnovare il patto",
                "pact_expiring": "Patto in scadenza", "review": "Verifica del patto",
                "follow_up": "Verifica a 6 mesi dalla chiusura", "none": "Percorso concluso"}


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
    # A service of the neighbourhood directory, when it is one (linked at merge, no FK here).
    directory_service_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, index=True)
    reason: Mapped[ReferralReason] = mapped_column(column_type(ReferralReason))
    consent_on: Mapped[date] = mapped_column(Date)
    consent_by: Mapped[str] = mapped_column(String(120))
    sent_on: Mapped[date] = mapped_column(Date)
    status: Mapped[ReferralStatus] = mapped_column(column_type(ReferralStatus))
    status_on: Mapped[date] = mapped_column(Date)
    outcome: Mapped[str] = mapped_column(String(300), default="")
