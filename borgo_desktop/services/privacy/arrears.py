"""Data protection for the arrears follow-up: the access report lists the ladder, the plans
and the no-fault assessments of the person's households; retention removes the names of the
household's people from their notes, keeping rows, dates, amounts and outcomes (accounting
records and the project's indicators). Registered on import by services/privacy/__init__.py (the privacy area reads the
other areas; they never import it).
"""

from __future__ import annotations

import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from borgo_desktop.formatting import fmt_date, fmt_money
from borgo_desktop.models import Household
from borgo_desktop.models.arrears import (
    ArrearsStep, NoFaultAssessment, NoFaultDocument, RepaymentPlan,
)
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.privacy.access import household_ids, register_collector
from borgo_desktop.services.privacy.identity import Identity
from borgo_desktop.services.privacy.retention import register_anonymiser, register_holding

SECTION = "Morosità: solleciti, piani di rientro, morosità incolpevole"


def _section(ctx: Context, person_id: uuid.UUID) -> list[dict]:
    with ctx.store.read() as session:
        households = household_ids(session, person_id)
        codes = dict(session.execute(select(Household.id, Household.code)
                                     .where(Household.id.in_(households))).all())
        rows = [{"Voce": s.step.label, "Nucleo": codes.get(s.household_id),
                 "Data": s.happened_on, "Dettaglio": ", ".join(p for p in (
                     f"debito {fmt_money(s.balance_cents)}" if s.happened_on else "da inviare",
                     s.cause.label if s.cause else "",
                     f"termine {fmt_date(s.deadline)}" if s.deadline else "",
                     s.recipient, s.note) if p)}
                for s in session.scalars(select(ArrearsStep).where(
                    ArrearsStep.household_id.in_(households)).order_by(ArrearsStep.created_at))]
        rows += [{"Voce": "Piano di rientro", "Nucleo": codes.get(p.household_id),
                  "Data": p.proposed_on, "Dettaglio": f"{fmt_money(p.debt_cents)} in "
                  f"{p.instalments} rate, {p.status.label}"
                  + (f", firmato il {fmt_date(p.signed_on)}" if p.signed_on else "")}
                 for p in session.scalars(select(RepaymentPlan).where(
                     RepaymentPlan.household_id.in_(households))
                     .order_by(RepaymentPlan.proposed_on))]
        rows += [{"Voce": "Valutazione di morosità incolpevole", "Nucleo": codes.get(a.household_id),
                  "Data": a.opened_on, "Dettaglio": ", ".join(p for p in (
                      a.cause.label, a.status.label,
                      f"reddito mensile prima {fmt_money(a.income_before_cents)}"
                      if a.income_before_cents is not None else "",
                      f"dopo {fmt_money(a.income_after_cents)}"
                      if a.income_after_cents is not None else "",
                      "documenti: " + "; ".join(NoFaultDocument(d).label for d in a.documents)
                      if a.documents else "", a.outcome_note) if p)}
                 for a in session.scalars(select(NoFaultAssessment).where(
                     NoFaultAssessment.household_id.in_(households))
                     .order_by(NoFaultAssessment.opened_on))]
        return rows


def _anonymise(ctx: Context, session: Session, household: Household, identity: Identity) -> int:
    changed = 0
    for model, fields in ((ArrearsStep, ("note", "recipient", "override_reason")),
                          (RepaymentPlan, ("note",)), (NoFaultAssessment, ("outcome_note",))):
        for row in session.scalars(select(model).where(model.household_id == household.id)):
            touched = False
            for name in fields:
                after = identity.scrub(getattr(row, name))
                if after != getattr(row, name):
                    setattr(row, name, after)
                    touched = True
            if touched:
                ctx.stamp(row)
                changed += 1
    return changed


def _held(session: Session, household: Household, identity: Identity) -> str:
    steps, plans, assessments = (session.scalar(select(func.count()).select_from(m).where(
        m.household_id == household.id)) or 0
        for m in (ArrearsStep, RepaymentPlan, NoFaultAssessment))
    parts = [f"{steps} {'sollecito' if steps == 1 else 'solleciti'}" if steps else "",
             f"{plans} {'piano di rientro' if plans == 1 else 'piani di rientro'}" if plans else "",
             f"{assessments} {'valutazione' if assessments == 1 else 'valutazioni'} di morosità "
             "incolpevole" if assessments else ""]
    return ", ".join(p for p in parts if p)


register_collector(SECTION, _section)
register_anonymiser(_anonymise)
register_holding(_held)
