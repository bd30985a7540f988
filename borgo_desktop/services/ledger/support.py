"""Whether a household is being supported: the reason legal steps wait.

DOMAIN.md: "Legal steps pause while a support plan is active, by policy." A household is
supported while it has an accompaniment pact in force (an open case whose current pact was
agreed and has not expired), a repayment plan signed or running, or a no-fault assessment
still pending. :func:`support_reasons` names each, in Italian, for the refusal and the page.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from borgo_desktop.models import Case, SupportPlan
from borgo_desktop.models.arrears import (
    LIVE_PLANS, AssessmentStatus, NoFaultAssessment, RepaymentPlan, SupportReason,
)

PACT = SupportReason.PACT.label
PLAN = SupportReason.PLAN.label
ASSESSMENT = SupportReason.ASSESSMENT.label


def support_reasons(session: Session, household_id: uuid.UUID, today: date) -> list[str]:
    reasons = []
    pact = session.scalar(select(SupportPlan.id).join(Case, Case.id == SupportPlan.case_id).where(
        Case.household_id == household_id, Case.closed_on.is_(None),
        SupportPlan.agreed_on.is_not(None), SupportPlan.agreed_on <= today,
        SupportPlan.superseded_on.is_(None),
        or_(SupportPlan.valid_until.is_(None), SupportPlan.valid_until >= today)).limit(1))
    if pact is not None:
        reasons.append(PACT)
    if session.scalar(select(RepaymentPlan.id).where(
            RepaymentPlan.household_id == household_id,
            RepaymentPlan.status.in_(LIVE_PLANS)).limit(1)) is not None:
        reasons.append(PLAN)
    if session.scalar(select(NoFaultAssessment.id).where(
            NoFaultAssessment.household_id == household_id,
            NoFaultAssessment.status == AssessmentStatus.PENDING).limit(1)) is not None:
        reasons.append(ASSESSMENT)
    return reasons


def supported_households(session: Session, household_ids, today: date) -> set[uuid.UUID]:
    """Which of ``household_ids`` are supported (for a list's "supported" column)."""
    ids = list(household_ids)
    if not ids:
        return set()
    found = set(session.scalars(select(Case.household_id).join(
        SupportPlan, SupportPlan.case_id == Case.id).where(
        Case.household_id.in_(ids), Case.closed_on.is_(None),
        SupportPlan.agreed_on.is_not(None), SupportPlan.agreed_on <= today,
        SupportPlan.superseded_on.is_(None),
        or_(SupportPlan.valid_until.is_(None), SupportPlan.valid_until >= today))))
    found |= set(session.scalars(select(RepaymentPlan.household_id).where(
        RepaymentPlan.household_id.in_(ids), RepaymentPlan.status.in_(LIVE_PLANS))))
    found |= set(session.scalars(select(NoFaultAssessment.household_id).where(
        NoFaultAssessment.household_id.in_(ids),
        NoFaultAssessment.status == AssessmentStatus.PENDING)))
    return found
