"""What the window shows of violations: one violation with its steps, a household's
violations, the categories in use. Reads are personal data: opening a violation is audited."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from borgo_desktop.models import (
    Account, Building, HouseRules, Household, Person, RulesAcknowledgement, Violation,
    ViolationStep,
)
from borgo_desktop.models.violations import (
    CLOSED_STATUSES, ViolationCategory, ViolationOutcome, ViolationStatus,
)
from borgo_desktop.services.core import audit
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.core.lookups import current_unit, get_or_fail
from borgo_desktop.services.core.permissions import Permission, require
from borgo_desktop.services.violations.workflow import available_steps, categories_in


@dataclass(frozen=True)
class StepView:
    id: uuid.UUID
    status: ViolationStatus
    happened_on: date
    by: str
    by_name: str  # the account's display name ("" for a user no longer in the accounts)
    note: str
    deadline: date | None
    outcome: ViolationOutcome | None
    letter_sha256: str


@dataclass(frozen=True)
class ViolationDetail:
    id: uuid.UUID
    code: str
    household_id: uuid.UUID
    household_code: str
    reference_name: str  # the household's reference person: the letters go to them
    address: str  # the unit's building and flat, for the letters
    unit_code: str
    category: str
    category_label: str
    occurred_on: date
    reported_on: date
    reported_by: str
    recorded_by: str
    description: str
    rules_version: int | None
    rules_title: str
    rules_acknowledged_on: date | None
    rule_number: int | None
    rule_text: str
    status: ViolationStatus
    deadline: date | None
    outcome: ViolationOutcome | None
    closed_on: date | None
    steps: tuple[StepView, ...]
    next_steps: tuple[str, ...]

    @property
    def is_open(self) -> bool:
        return self.status not in CLOSED_STATUSES

    def rule_citation(self) -> str:
        """«art. 1 del Regolamento per la convivenza (versione 2)», or "" without one."""
        if self.rules_version is None:
            return ""
        article = f"art. {self.rule_number} del " if self.rule_number else ""
        return f"{article}{self.rules_title} (versione {self.rules_version})"


_BUILT_IN = {c.value: c.label for c in ViolationCategory}


def category_label(categories: dict[str, str], code: str) -> str:
    """The label of the setting, else the built-in one (a category since removed), else the code."""
    return categories.get(code) or _BUILT_IN.get(code) or code


def _detail(session: Session, violation: Violation) -> ViolationDetail:
    household = session.get(Household, violation.household_id)
    reference = session.get(Person, household.reference_person_id) \
        if household.reference_person_id else None
    unit = current_unit(session, household.id)
    building = session.get(Building, unit.building_id) if unit else None
    rules = session.get(HouseRules, violation.rules_id) if violation.rules_id else None
    steps = session.scalars(select(ViolationStep).where(
        ViolationStep.violation_id == violation.id)
        .order_by(ViolationStep.happened_on, ViolationStep.created_at)).all()
    names = dict(session.execute(select(Account.username, Account.display_name).where(
        Account.username.in_({s.created_by for s in steps}))).all())
    address = ""
    if unit is not None and building is not None:
        address = f"{building.address}, scala {unit.staircase or '-'}, " \
                  f"{'piano terra' if unit.floor == 0 else f'piano {unit.floor}'}, " \
                  f"interno {unit.number} · {building.cap} {building.city}"
    return ViolationDetail(
        id=violation.id, code=violation.code, household_id=household.id,
        household_code=household.code,
        reference_name=f"{reference.given_name} {reference.surname}" if reference else "",
        address=address, unit_code=unit.code if unit else "", category=violation.category,
        category_label=category_label(categories_in(session), violation.category),
        occurred_on=violation.occurred_on, reported_on=violation.reported_on,
        reported_by=violation.reported_by, recorded_by=violation.created_by,
        description=violation.description,
        rules_version=rules.version if rules else None, rules_title=rules.title if rules else "",
        rules_acknowledged_on=session.scalar(select(RulesAcknowledgement.acknowledged_on).where(
            RulesAcknowledgement.rules_id == violation.rules_id,
            RulesAcknowledgement.household_id == household.id)) if rules else None,
        rule_number=violation.rule_number, rule_text=violation.rule_text,
        status=violation.status, deadline=violation.deadline, outcome=violation.outcome,
        closed_on=violation.closed_on,
        steps=tuple(StepView(s.id, s.to_status, s.happened_on, s.created_by,
                             names.get(s.created_by, ""), s.note,
                             s.deadline, s.outcome, s.letter_sha256) for s in steps),
        next_steps=available_steps(violation.status))


def get_violation(ctx: Context, violation_id: uuid.UUID, *, audited: bool = True) -> ViolationDetail:
    """The violation's page; opening it is a read of personal data (audited)."""
    require(ctx, Permission.VIOLATION_READ)
    with ctx.store.read() as session:
        detail = _detail(session, get_or_fail(session, Violation, violation_id, "Violazione"))
    if audited:
        audit.record_view(ctx, "violation", violation_id)
    return detail


@dataclass(frozen=True)
class ViolationRow:
    id: uuid.UUID
    code: str
    category_label: str
    occurred_on: date
    status: ViolationStatus
    deadline: date | None


def household_violations(ctx: Context, household_id: uuid.UUID) -> list[ViolationRow]:
    """A household's violations, newest first (its page, the access report)."""
    require(ctx, Permission.VIOLATION_READ)
    with ctx.store.read() as session:
        categories = categories_in(session)
        rows = session.scalars(select(Violation).where(Violation.household_id == household_id)
                               .order_by(Violation.occurred_on.desc(), Violation.code.desc()))
        return [ViolationRow(v.id, v.code, category_label(categories, v.category),
                             v.occurred_on, v.status, v.deadline) for v in rows]


def list_categories(ctx: Context) -> list[tuple[str, str]]:
    """(code, label) of the categories in use (a setting), in their order."""
    require(ctx, Permission.VIOLATION_READ)
    with ctx.store.read() as session:
        categories = categories_in(session)
    return [(code, category_label(categories, code)) for code in categories]
