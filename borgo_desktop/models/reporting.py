"""Reporting to the Comune: project indicators as configuration rows, the ESF+ participant
data of the case files, and the log of the packages submitted.

- ``report_indicators``: one row per indicator of the quarterly table (code, label, unit,
  period and the *name* of the function that computes it, chosen from the documented
  registry in services/reporting/functions.py: no formula is ever evaluated from text).
- ``esf_participants``: the EU social-fund participant data of a person followed by a case,
  captured at entry, at exit and six months after (one row per case and person).
- ``report_submissions`` and ``report_reopenings``: which package was built and sent for a
  period (who, when, its SHA-256, what was corrected since the last one), and why a period
  already submitted was opened again.

The module also declares the indexes the indicators need on other areas' tables (period
range scans): they are the reporting's, created by its migration.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from borgo_desktop.models.base import Base, Tracked
from borgo_desktop.models.casework import Case, PlanReview, SupportPlan
from borgo_desktop.models.arrears import ArrearsAlert, NoFaultAssessment, RepaymentPlan
from borgo_desktop.models.allocation import MoveInTask
from borgo_desktop.models.enums import Education, Labelled, column_type
from borgo_desktop.models.ledger import Charge, Payment
from borgo_desktop.models.registry import Lease
from borgo_desktop.models.tickets import Ticket
from borgo_desktop.models.violations import Violation


class PeriodKind(Labelled):
    QUARTER = "quarter"
    MONTH = "month"
    YEAR = "year"

    @classmethod
    def _labels(cls):
        return {"quarter": "Trimestre", "month": "Mese", "year": "Anno"}


class EsfEmployment(Labelled):
    """Labour-market status (Reg. 1304/2013, Annex I)."""

    EMPLOYED = "employed"  # including self-employed
    UNEMPLOYED = "unemployed"
    LONG_TERM_UNEMPLOYED = "long_unemployed"  # over 12 months (6 under 25)
    INACTIVE_IN_EDUCATION = "inactive_education"
    INACTIVE = "inactive"  # inactive, not in education or training

    @classmethod
    def _labels(cls):
        return {"employed": "Occupato/a (anche autonomo)", "unemployed": "Disoccupato/a",
                "long_unemployed": "Disoccupato/a di lunga durata",
                "inactive_education": "Inattivo/a, in istruzione o formazione",
                "inactive": "Inattivo/a, non in istruzione né formazione"}


class Declared(Labelled):
    """A sensitive answer: «not declared» is always allowed."""

    YES = "yes"
    NO = "no"
    NOT_DECLARED = "not_declared"

    @classmethod
    def _labels(cls):
        return {"yes": "Sì", "no": "No", "not_declared": "Non dichiarato"}


class EsfResult(Labelled):
    """Situation at exit (within four weeks) and six months after."""

    EMPLOYED = "employed"
    SELF_EMPLOYED = "self_employed"
    JOB_SEEKING = "job_seeking"
    IN_EDUCATION = "in_education"
    QUALIFIED = "qualified"
    IMPROVED = "improved"  # better labour-market situation (six months)
    NONE = "none"

    @classmethod
    def _labels(cls):
        return {"employed": "Ha un lavoro", "self_employed": "Lavoro autonomo",
                "job_seeking": "In cerca di lavoro", "in_education": "In istruzione o formazione",
                "qualified": "Ha ottenuto una qualifica",
                "improved": "Situazione lavorativa migliorata",
                "none": "Nessun cambiamento"}


class SubmissionStatus(Labelled):
    SUBMITTED = "submitted"
    REOPENED = "reopened"

    @classmethod
    def _labels(cls):
        return {"submitted": "Inviato", "reopened": "Riaperto"}


class Indicator(Tracked, Base):
    __tablename__ = "report_indicators"

    code: Mapped[str] = mapped_column(String(24), unique=True)
    label: Mapped[str] = mapped_column(String(200))
    unit: Mapped[str] = mapped_column(String(24))  # nuclei, persone, euro, giorni, ore, %
    period: Mapped[PeriodKind] = mapped_column(column_type(PeriodKind))
    function: Mapped[str] = mapped_column(String(48))  # a key of functions.FUNCTIONS
    params: Mapped[dict] = mapped_column(JSON, default=dict)
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # The Comune's own code, when its list gives one.
    comune_code: Mapped[str] = mapped_column(String(40), default="")


class Participant(Tracked, Base):
    __tablename__ = "esf_participants"
    __table_args__ = (Index("uq_esf_participants_case_person", "case_id", "person_id",
                            unique=True),)

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("persons.id"), index=True)
    # At entry: empty fields are what the completeness list asks for.
    entered_on: Mapped[date] = mapped_column(Date, index=True)
    gender: Mapped[str | None] = mapped_column(String(1))  # M | F
    employment: Mapped[EsfEmployment | None] = mapped_column(column_type(EsfEmployment))
    education: Mapped[Education | None] = mapped_column(column_type(Education))  # not UNKNOWN
    jobless_household: Mapped[bool | None] = mapped_column(Boolean)
    dependent_children: Mapped[bool | None] = mapped_column(Boolean)
    single_adult: Mapped[bool | None] = mapped_column(Boolean)
    homeless: Mapped[bool | None] = mapped_column(Boolean)  # homeless or housing exclusion
    migrant: Mapped[Declared | None] = mapped_column(column_type(Declared))
    disability: Mapped[Declared | None] = mapped_column(column_type(Declared))
    disadvantaged: Mapped[Declared | None] = mapped_column(column_type(Declared))
    # At exit (within four weeks) and six months after.
    exited_on: Mapped[date | None] = mapped_column(Date, index=True)
    exit_result: Mapped[EsfResult | None] = mapped_column(column_type(EsfResult))
    followed_on: Mapped[date | None] = mapped_column(Date, index=True)
    follow_result: Mapped[EsfResult | None] = mapped_column(column_type(EsfResult))


class Submission(Tracked, Base):
    __tablename__ = "report_submissions"
    __table_args__ = (Index("ix_report_submissions_period", "period", "created_at"),)

    period: Mapped[str] = mapped_column(String(8))  # 2026-Q4
    status: Mapped[SubmissionStatus] = mapped_column(column_type(SubmissionStatus))
    content_sha256: Mapped[str] = mapped_column(String(64))  # the package before encryption
    file_sha256: Mapped[str] = mapped_column(String(64))  # the encrypted file sent
    file_name: Mapped[str] = mapped_column(String(200))
    recipient: Mapped[str] = mapped_column(String(200), default="")
    # What changed since the last submission of the period (indicator codes and figures).
    corrections: Mapped[list] = mapped_column(JSON, default=list)
    figures: Mapped[dict] = mapped_column(JSON, default=dict)  # code|breakdown -> value


class Reopening(Tracked, Base):
    __tablename__ = "report_reopenings"

    submission_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("report_submissions.id"),
                                                     index=True)
    period: Mapped[str] = mapped_column(String(8), index=True)
    reopened_on: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text)


# Range scans of the quarterly indicators over the other areas' tables.
PERIOD_INDEXES = (
    Index("ix_report_cases_opened", Case.opened_on),
    Index("ix_report_cases_closed", Case.closed_on),
    Index("ix_report_plans_agreed", SupportPlan.agreed_on),
    Index("ix_report_plan_reviews_on", PlanReview.reviewed_on),
    Index("ix_report_alerts_fired", ArrearsAlert.fired_on, ArrearsAlert.household_id),
    Index("ix_report_alerts_cleared", ArrearsAlert.cleared_on, ArrearsAlert.household_id),
    Index("ix_report_nofault_decided", NoFaultAssessment.decided_on),
    Index("ix_report_repayment_signed", RepaymentPlan.signed_on),
    Index("ix_report_tickets_opened", Ticket.opened_on, Ticket.priority),
    Index("ix_report_violations_reported", Violation.reported_on),
    Index("ix_report_violations_closed", Violation.closed_on),
    Index("ix_report_leases_span", Lease.starts_on, Lease.ends_on, Lease.unit_id),
    Index("ix_report_move_in_done", MoveInTask.item, MoveInTask.done_on),
    # Monthly totals of the arrears trend read the index alone (no table rows).
    Index("ix_report_charges_due_amount", Charge.due_on, Charge.amount_cents),
    Index("ix_report_payments_received_amount", Payment.received_on, Payment.amount_cents),
)
