"""Printed documents of the arrears ladder: the letter of a step (friendly reminder, formal
notice, final notice) and the repayment plan to sign. The letter's sha256 is kept on its
step; every print is in the audit trail. A formal or final notice prints for managers only.

A step's letter comes out of the communication engine: the ladder's templates
(letter_templates.py, editable and versioned in «Comunicazioni») merged with the ledger's
amounts, and a delivery row in the household's log (registered mail for the formal and the
final notice, the letterbox for the reminder)."""

from __future__ import annotations

import uuid
from pathlib import Path

from sqlalchemy.orm import Session

from borgo_desktop.errors import UserError
from borgo_desktop.models import Building, Household, Person, Unit
from borgo_desktop.models.arrears import ArrearsStep, LadderStep, RepaymentPlan
from borgo_desktop.formatting import fmt_date, fmt_money
from borgo_desktop.models.communication import DeliveryChannel
from borgo_desktop.reports.arrears import render_plan
from borgo_desktop.services.communication import merge, templates
from borgo_desktop.services.core import audit
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.ledger.balances import statement_in
from borgo_desktop.services.ledger.ladder import LETTERS, PERMISSIONS
from borgo_desktop.services.ledger.letter_templates import LADDER
from borgo_desktop.services.ledger.plans import view_in
from borgo_desktop.services.core.lookups import current_unit, get_or_fail
from borgo_desktop.services.core.permissions import Permission, require
from borgo_desktop.services.core.settings import read_settings


def _addressee(session: Session, household_id: uuid.UUID) -> tuple[str, str, str]:
    household = session.get(Household, household_id)
    reference = session.get(Person, household.reference_person_id) \
        if household.reference_person_id else None
    unit: Unit | None = current_unit(session, household_id)
    address = ""
    if unit is not None:
        building = session.get(Building, unit.building_id)
        address = f"{building.address}, scala {unit.staircase or '-'}, interno {unit.number}" \
                  f" · {building.cap} {building.city}"
    name = f"{reference.given_name} {reference.surname}" if reference else ""
    return name, household.code, address


def _office(session: Session) -> tuple[str, str]:
    values = read_settings(session, "office.name", "office.address")
    return str(values["office.name"]), str(values["office.address"])


def print_step_letter(ctx: Context, step_id: uuid.UUID, path: Path) -> Path:
    require(ctx, Permission.EXPORT_PERSONAL)
    with ctx.store.read() as session:
        step = get_or_fail(session, ArrearsStep, step_id, "Passaggio")
        kind = step.step
    require(ctx, PERMISSIONS[kind])
    if kind not in LETTERS:
        raise UserError("Per «{step}» non c'è una lettera da stampare.", step=kind.label)
    with ctx.store.read() as session:
        step = session.get(ArrearsStep, step_id)
        household_id = step.household_id
        _opening, entries = statement_in(session, household_id)
        open_rows = [(e.on, e.description or e.kind, e.open_cents) for e in entries
                     if not e.is_payment and e.open_cents > 0]
        balance = step.balance_cents if step.happened_on else sum(r[2] for r in open_rows)
        values = {
            "importo.dovuto": fmt_money(balance),
            "importo.voci": "\n".join(f"{fmt_date(on)} · {what} · {fmt_money(left)}"
                                       for on, what, left in open_rows) or "—",
            "data.scadenza": (f"il {fmt_date(step.deadline)}" if step.deadline
                              else "quindici giorni dal ricevimento di questa lettera"),
        }
    template = templates.ensure_system_template(ctx, LADDER[kind])
    mailing = merge.render_for_household(
        ctx, template.code, household_id, Path(path), values,
        channel=DeliveryChannel.LETTERBOX if kind == LadderStep.FRIENDLY_REMINDER
        else DeliveryChannel.REGISTERED)
    with ctx.store.unit_of_work() as session:
        step = session.get(ArrearsStep, step_id)
        step.letter_sha256 = audit.file_digest(Path(path))
        ctx.stamp(step)
        audit.record(ctx, session, "print.arrears_letter", "household", household_id,
                     detail=f"{kind.value}, {mailing.code}, sha256 {step.letter_sha256}")
        session.commit()
    return Path(path)


def print_plan(ctx: Context, plan_id: uuid.UUID, path: Path) -> Path:
    require(ctx, Permission.ARREARS_FOLLOW)
    require(ctx, Permission.EXPORT_PERSONAL)
    with ctx.store.unit_of_work() as session:
        plan = get_or_fail(session, RepaymentPlan, plan_id, "Piano di rientro")
        view = view_in(session, plan, ctx.today())
        name, code, address = _addressee(session, plan.household_id)
        office, office_address = _office(session)
        from borgo_desktop.models.ledger import LedgerAccount

        account = session.get(LedgerAccount, plan.household_id)
        grace = int(read_settings(session, "arrears.plan_grace_days")["arrears.plan_grace_days"])
        render_plan(Path(path), view, office_name=office, office_address=office_address,
                    name=name, code=code, address=address,
                    monthly_cents=account.monthly_cents if account else 0, grace_days=grace,
                    signer=ctx.actor.display_name or ctx.actor.username, today=ctx.today())
        audit.record(ctx, session, "print.repayment_plan", "household", plan.household_id,
                     detail=f"sha256 {audit.file_digest(Path(path))}")
        session.commit()
    return Path(path)
