"""Arrears caught early and treated: early-warning alerts, the reminder ladder, repayment plans
and no-fault (incolpevole) assessments. They read the rent ledger (models/ledger.py) and
never change it.

- ``arrears_alerts``: one row per occurrence of an early-warning rule (the unique
  ``occurrence`` key makes a rule fire exactly once for it), with the follow-up it opened for
  the social worker and the friendly reminder it proposed to the desk.
- ``arrears_steps``: the reminder ladder, append-only: friendly reminder → meeting with the
  social worker (cause recorded) → formal notice (diffida) → final notice → handed to the
  Comune or counsel; each keeps who, when, the letter's fingerprint and the next deadline; a
  legal step taken while the household was supported carries the manager's override reason.
- ``repayment_plans`` and their ``plan_instalments``: proposed → signed → active → completed |
  defaulted → revised; what was recovered is computed from the ledger.
- ``nofault_assessments``: cause, documents, income before and after, outcome and measures,
  tied to the household's case file.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import JSON, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from borgo_desktop.models.base import Base, Tracked
from borgo_desktop.models.enums import Labelled, column_type


class AlertRule(Labelled):
    UNPAID_AFTER_DAYS = "unpaid_after_days"
    BALANCE_MONTHS = "balance_months"
    LATE_PAYMENTS = "late_payments"

    @classmethod
    def _labels(cls):
        return {"unpaid_after_days": "Mensilità non pagata dopo la scadenza",
                "balance_months": "Debito oltre alcune mensilità",
                "late_payments": "Pagamenti ripetutamente in ritardo"}


class FollowUp(Labelled):
    """What an alert opened for the social worker."""

    CASE_TASK = "case_task"  # the household's open case has a worker: a task in "I miei casi"
    PROPOSAL = "proposal"  # no open case: a proposal to open one, for the coordinators

    @classmethod
    def _labels(cls):
        return {"case_task": "Da vedere nella cartella sociale",
                "proposal": "Proposta di aprire una cartella sociale"}


class LadderStep(Labelled):
    FRIENDLY_REMINDER = "friendly_reminder"
    SOCIAL_MEETING = "social_meeting"
    FORMAL_NOTICE = "formal_notice"
    FINAL_NOTICE = "final_notice"
    HANDED_OVER = "handed_over"

    @classmethod
    def _labels(cls):
        return {"friendly_reminder": "Promemoria cordiale",
                "social_meeting": "Colloquio con l'assistente sociale",
                "formal_notice": "Diffida", "final_notice": "Ultimo avviso",
                "handed_over": "Affidata al Comune o al legale"}


LEGAL_STEPS = (LadderStep.FORMAL_NOTICE, LadderStep.FINAL_NOTICE, LadderStep.HANDED_OVER)


class ArrearsCause(Labelled):
    """The cause recorded at the meeting with the social worker (and of a no-fault case)."""

    JOB_LOSS = "job_loss"
    REDUCED_HOURS = "reduced_hours"
    REDUNDANCY_PAY = "redundancy_pay"
    CONTRACT_ENDED = "contract_ended"
    BUSINESS_CLOSED = "business_closed"
    ILLNESS_OR_DEATH = "illness_death"
    OTHER_HARDSHIP = "other_hardship"
    NOT_HARDSHIP = "not_hardship"

    @classmethod
    def _labels(cls):
        return {"job_loss": "Perdita del lavoro", "reduced_hours": "Riduzione dell'orario",
                "redundancy_pay": "Cassa integrazione",
                "contract_ended": "Contratto a termine non rinnovato",
                "business_closed": "Cessazione di un'attività",
                "illness_death": "Malattia grave o decesso in famiglia",
                "other_hardship": "Altra difficoltà economica",
                "not_hardship": "Nessuna difficoltà dichiarata"}


NO_FAULT_CAUSES = (ArrearsCause.JOB_LOSS, ArrearsCause.REDUCED_HOURS, ArrearsCause.REDUNDANCY_PAY,
                   ArrearsCause.CONTRACT_ENDED, ArrearsCause.BUSINESS_CLOSED,
                   ArrearsCause.ILLNESS_OR_DEATH)


class SupportReason(Labelled):
    """Why legal steps wait (services/ledger/support.py)."""

    PACT = "pact"
    PLAN = "plan"
    ASSESSMENT = "assessment"

    @classmethod
    def _labels(cls):
        return {"pact": "patto di accompagnamento in corso", "plan": "piano di rientro firmato",
                "assessment": "valutazione di morosità incolpevole in corso"}


class PlanStatus(Labelled):
    PROPOSED = "proposed"
    SIGNED = "signed"
    ACTIVE = "active"
    COMPLETED = "completed"
    DEFAULTED = "defaulted"
    REVISED = "revised"
    WITHDRAWN = "withdrawn"

    @classmethod
    def _labels(cls):
        return {"proposed": "Proposto", "signed": "Firmato", "active": "In corso",
                "completed": "Completato", "defaulted": "Decaduto", "revised": "Rivisto",
                "withdrawn": "Ritirato"}


LIVE_PLANS = (PlanStatus.SIGNED, PlanStatus.ACTIVE)


class AssessmentStatus(Labelled):
    PENDING = "pending"
    RECOGNISED = "recognised"
    NOT_RECOGNISED = "not_recognised"

    @classmethod
    def _labels(cls):
        return {"pending": "In valutazione", "recognised": "Morosità incolpevole riconosciuta",
                "not_recognised": "Non riconosciuta"}


class Measure(Labelled):
    SOLIDARITY = "solidarity"
    PROVISIONAL_RENT = "provisional_rent"
    SUSPENSION = "suspension"
    SUSTAINABLE_PLAN = "sustainable_plan"

    @classmethod
    def _labels(cls):
        return {"solidarity": "Contributo di solidarietà", "provisional_rent": "Canone provvisorio",
                "suspension": "Sospensione del debito", "sustainable_plan": "Piano di rientro sostenibile"}


class NoFaultDocument(Labelled):
    ISEE = "isee"
    DISMISSAL = "dismissal"
    PAYSLIPS = "payslips"
    REDUNDANCY = "redundancy"
    CONTRACT = "contract"
    BUSINESS = "business"
    MEDICAL = "medical"
    INCOME = "income"

    @classmethod
    def _labels(cls):
        return {"isee": "Attestazione ISEE in corso di validità",
                "dismissal": "Lettera di licenziamento", "payslips": "Buste paga prima e dopo",
                "redundancy": "Provvedimento di cassa integrazione",
                "contract": "Contratto a termine scaduto",
                "business": "Chiusura della partita IVA o dell'attività",
                "medical": "Certificazione di malattia o di decesso",
                "income": "Dichiarazione dei redditi del nucleo"}


class ArrearsAlert(Tracked, Base):
    __tablename__ = "arrears_alerts"
    __table_args__ = (Index("ix_arrears_alerts_open", "household_id", "seen_on"),)

    household_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("households.id"), index=True)
    rule: Mapped[AlertRule] = mapped_column(column_type(AlertRule))
    # The rule, the household and what the occurrence is ("<charge id>", "<open since>"):
    # unique, so running the rules again never fires the same occurrence twice.
    occurrence: Mapped[str] = mapped_column(String(120), unique=True)
    fired_on: Mapped[date] = mapped_column(Date)
    detail: Mapped[str] = mapped_column(String(300), default="")
    follow_up: Mapped[FollowUp] = mapped_column(column_type(FollowUp))
    case_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("cases.id"), index=True)
    reminder_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("arrears_steps.id"))
    seen_on: Mapped[date | None] = mapped_column(Date)
    seen_by: Mapped[str] = mapped_column(String(64), default="")
    # Rules about a state (balance, lateness) fire once while it lasts: the day a run found
    # it over; the next occurrence needs the state to clear first.
    cleared_on: Mapped[date | None] = mapped_column(Date)


class ArrearsStep(Tracked, Base):
    __tablename__ = "arrears_steps"
    __table_args__ = (Index("ix_arrears_steps_household", "household_id", "happened_on"),)

    household_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("households.id"))
    step: Mapped[LadderStep] = mapped_column(column_type(LadderStep))
    # A friendly reminder proposed by an alert is "to send" until the desk sends it.
    happened_on: Mapped[date | None] = mapped_column(Date)
    balance_cents: Mapped[int] = mapped_column(Integer, default=0)  # owed at that moment
    cause: Mapped[ArrearsCause | None] = mapped_column(column_type(ArrearsCause))
    note: Mapped[str] = mapped_column(Text, default="")
    deadline: Mapped[date | None] = mapped_column(Date)  # the next one
    recipient: Mapped[str] = mapped_column(String(160), default="")  # handed to whom
    override_reason: Mapped[str] = mapped_column(Text, default="")
    letter_sha256: Mapped[str] = mapped_column(String(64), default="")


class RepaymentPlan(Tracked, Base):
    __tablename__ = "repayment_plans"

    household_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("households.id"), index=True)
    status: Mapped[PlanStatus] = mapped_column(column_type(PlanStatus), index=True)
    debt_cents: Mapped[int] = mapped_column(Integer)  # acknowledged at signature
    instalments: Mapped[int] = mapped_column(Integer)
    first_due_on: Mapped[date] = mapped_column(Date)
    proposed_on: Mapped[date] = mapped_column(Date)
    signed_on: Mapped[date | None] = mapped_column(Date)
    ended_on: Mapped[date | None] = mapped_column(Date)
    missed_to_default: Mapped[int] = mapped_column(Integer, default=1)
    revises_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("repayment_plans.id"))
    note: Mapped[str] = mapped_column(Text, default="")


class PlanInstalment(Tracked, Base):
    __tablename__ = "plan_instalments"

    plan_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("repayment_plans.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    due_on: Mapped[date] = mapped_column(Date)
    amount_cents: Mapped[int] = mapped_column(Integer)


class NoFaultAssessment(Tracked, Base):
    __tablename__ = "nofault_assessments"

    household_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("households.id"), index=True)
    case_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("cases.id"), index=True)
    opened_on: Mapped[date] = mapped_column(Date)
    cause: Mapped[ArrearsCause] = mapped_column(column_type(ArrearsCause))
    event_on: Mapped[date | None] = mapped_column(Date)  # when the income fell
    documents: Mapped[list[str]] = mapped_column(JSON, default=list)  # NoFaultDocument values
    income_before_cents: Mapped[int | None] = mapped_column(Integer)  # monthly, the household
    income_after_cents: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[AssessmentStatus] = mapped_column(column_type(AssessmentStatus), index=True)
    decided_on: Mapped[date | None] = mapped_column(Date)
    measures: Mapped[list[str]] = mapped_column(JSON, default=list)  # Measure values
    outcome_note: Mapped[str] = mapped_column(Text, default="")
