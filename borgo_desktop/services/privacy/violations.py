"""Data protection for violations and guests: the access report's section, the audit entries
about them, and what anonymising a household changes here.

- Access report: the violations of the person's households (facts, article cited, every
  step with its date, deadline and outcome) and the guests those households registered.
- Retention: rows, dates, categories, steps and outcomes stay (the project's indicators
  count violations by type and outcome); names, phones and e-mails of the household's
  people are removed from the free texts; guests lose their name, tax code and note (a
  guest is known to the office only through the household that hosted them).

Registered on import by services/privacy/__init__.py (the privacy area reads the
other areas; they never import it).
"""

from __future__ import annotations

import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from borgo_desktop.formatting import fmt_date
from borgo_desktop.models import GuestStay, Household, Violation, ViolationStep
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.privacy.access import (
    household_ids, register_collector, register_related_ids,
)
from borgo_desktop.services.privacy.identity import Identity
from borgo_desktop.services.privacy.retention import (
    ANONYMOUS, register_anonymiser, register_holding,
)
from borgo_desktop.services.violations.views import category_label
from borgo_desktop.services.violations.workflow import categories_in

SECTION = "Regolamento: violazioni e ospiti"
NOTE = ("Sono riportate le violazioni del regolamento attribuite ai nuclei della persona, con "
        "ogni passaggio, e gli ospiti che quei nuclei hanno registrato.")


def _steps(session: Session, ids) -> dict[uuid.UUID, list[str]]:
    found: dict[uuid.UUID, list[str]] = {}
    for s in session.scalars(select(ViolationStep).where(ViolationStep.violation_id.in_(ids))
                             .order_by(ViolationStep.happened_on, ViolationStep.created_at)):
        parts = [fmt_date(s.happened_on), s.to_status.label,
                 f"termine {fmt_date(s.deadline)}" if s.deadline else "",
                 s.outcome.label if s.outcome else "", s.note]
        found.setdefault(s.violation_id, []).append(" · ".join(p for p in parts if p))
    return found


def _section(ctx: Context, person_id: uuid.UUID) -> list[dict]:
    with ctx.store.read() as session:
        households = household_ids(session, person_id)
        codes = dict(session.execute(select(Household.id, Household.code)
                                     .where(Household.id.in_(households))).all())
        categories = categories_in(session)
        violations = session.scalars(select(Violation).where(
            Violation.household_id.in_(households)).order_by(Violation.occurred_on)).all()
        steps = _steps(session, [v.id for v in violations])
        rows = [{"Voce": "Violazione del regolamento", "Nucleo": codes.get(v.household_id),
                 "Codice": v.code, "Data": v.occurred_on,
                 "Descrizione": f"{category_label(categories, v.category)}: {v.description}",
                 "Articolo citato": f"art. {v.rule_number}: {v.rule_text}"
                 if v.rule_number else "", "Segnalata da": v.reported_by,
                 "Stato": v.status, "Passaggi": steps.get(v.id, [])} for v in violations]
        stays = session.scalars(select(GuestStay).where(GuestStay.household_id.in_(households))
                                .order_by(GuestStay.starts_on)).all()
        return rows + [{"Voce": "Ospite registrato", "Nucleo": codes.get(g.household_id),
                        "Codice": "", "Data": g.starts_on,
                        "Descrizione": f"{g.guest_name} ({g.relation.label}), fino al "
                                       f"{fmt_date(g.ended_on or g.planned_until)}",
                        "Articolo citato": "", "Segnalata da": "",
                        "Stato": "autorizzata" if g.authorised_on else "da autorizzare",
                        "Passaggi": [g.note] if g.note else []} for g in stays]


def _related(session: Session, person_id: uuid.UUID, households: list[uuid.UUID]):
    yield from session.scalars(select(Violation.id).where(Violation.household_id.in_(households)))


def _scrub(row, identity: Identity, fields: tuple[str, ...]) -> bool:
    changed = False
    for name in fields:
        before = getattr(row, name)
        after = identity.scrub(before)
        if after != before:
            setattr(row, name, after)
            changed = True
    return changed


def _anonymise(ctx: Context, session: Session, household: Household, identity: Identity) -> int:
    changed = 0
    for violation in session.scalars(select(Violation).where(
            Violation.household_id == household.id)):
        touched = _scrub(violation, identity, ("description", "reported_by"))
        for step in session.scalars(select(ViolationStep).where(
                ViolationStep.violation_id == violation.id)):
            if _scrub(step, identity, ("note",)):
                ctx.stamp(step)
                touched = True
        if touched:
            ctx.stamp(violation)
            changed += 1
    for stay in session.scalars(select(GuestStay).where(GuestStay.household_id == household.id)):
        if (stay.guest_name, stay.tax_code, stay.note) != (ANONYMOUS, "", ""):
            stay.guest_name, stay.tax_code, stay.note = ANONYMOUS, "", ""
            ctx.stamp(stay)
            changed += 1
    return changed


def _held(session: Session, household: Household, identity: Identity) -> str:
    violations = session.scalar(select(func.count()).select_from(Violation).where(
        Violation.household_id == household.id)) or 0
    stays = session.scalar(select(func.count()).select_from(GuestStay).where(
        GuestStay.household_id == household.id)) or 0
    parts = [f"{violations} {'violazione' if violations == 1 else 'violazioni'} del regolamento"
             if violations else "",
             f"{stays} {'ospite registrato' if stays == 1 else 'ospiti registrati'}"
             if stays else ""]
    return ", ".join(p for p in parts if p)


register_collector(SECTION, _section, NOTE)
register_related_ids(_related)
register_anonymiser(_anonymise)
register_holding(_held)
