"""The arrears list of the window («Canoni e morosità»): households behind with payments,
with the age of the oldest unpaid charge, months of rent owed, the last step of the reminder
ladder and whether the household is supported; sorted, filtered and paged in the database,
exported and printed like every list.

It reads the per-household summary (``ledger_accounts``) the ledger keeps up to date, so
the first page is one indexed query at city scale. A social worker sees the households of
her own caseload only (``scope``). The package (services/ledger/__init__.py) adds it to
``listing.SPECS``.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import Float, case, cast, exists, or_, select

from borgo_desktop.models import Building, Case, Household, Person, SupportPlan, Unit
from borgo_desktop.models.arrears import (
    LIVE_PLANS, AssessmentStatus, ArrearsStep, LadderStep, NoFaultAssessment, RepaymentPlan,
)
from borgo_desktop.models.ledger import LedgerAccount
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.core.listing import BOOL, DATE, DECIMAL, ENUM, MONEY, Column, ListSpec
from borgo_desktop.services.core.permissions import Permission, allowed, require

# Age buckets as the filter offers them: (low, high) days since the oldest unpaid due date.
BUCKET_DAYS = {"0-30": (0, 30), "31-60": (31, 60), "61-90": (61, 90), "90+": (91, None)}


def bucket_range(bucket: str, today: date) -> tuple[str, str]:
    """The filter value of an age bucket: the due dates it covers, as ISO strings."""
    low, high = BUCKET_DAYS[bucket]
    latest = today - timedelta(days=low)
    earliest = today - timedelta(days=high) if high is not None else date(1900, 1, 1)
    return earliest.isoformat(), latest.isoformat()


def _due_between(value) -> object:
    earliest, latest = (date.fromisoformat(v) for v in value)
    return LedgerAccount.open_since.between(earliest, latest)


_last_step = (select(ArrearsStep.step).where(ArrearsStep.household_id == LedgerAccount.household_id,
                                              ArrearsStep.happened_on.is_not(None))
              .order_by(ArrearsStep.happened_on.desc(), ArrearsStep.created_at.desc())
              .limit(1).scalar_subquery())

# Supported: a pact in force, a repayment plan signed or running, a no-fault assessment
# pending (services/ledger/support.py says the same for one household).
_supported = or_(
    exists().where(Case.household_id == LedgerAccount.household_id, Case.closed_on.is_(None),
                   SupportPlan.case_id == Case.id, SupportPlan.agreed_on.is_not(None),
                   SupportPlan.superseded_on.is_(None)),
    exists().where(RepaymentPlan.household_id == LedgerAccount.household_id,
                   RepaymentPlan.status.in_(LIVE_PLANS)),
    exists().where(NoFaultAssessment.household_id == LedgerAccount.household_id,
                   NoFaultAssessment.status == AssessmentStatus.PENDING))

_months = case((LedgerAccount.monthly_cents > 0,
                cast(LedgerAccount.balance_cents, Float) / LedgerAccount.monthly_cents), else_=None)

_reference_name = (select(Person.surname + " " + Person.given_name)
                   .where(Person.id == Household.reference_person_id).scalar_subquery())


def _base():
    return (select(LedgerAccount.household_id)
            .join(Household, Household.id == LedgerAccount.household_id)
            .outerjoin(Unit, Unit.id == LedgerAccount.unit_id)
            .outerjoin(Building, Building.id == Unit.building_id)
            .where(LedgerAccount.balance_cents > 0, LedgerAccount.open_since.is_not(None)))


def _scope(ctx: Context) -> list:
    """Everyone with LEDGER_READ sees every household; a social worker her caseload only."""
    if allowed(ctx.actor, Permission.LEDGER_READ):
        return []
    if allowed(ctx.actor, Permission.LEDGER_CASELOAD):
        from borgo_desktop.services.ledger.balances import caseload_ids

        return [LedgerAccount.household_id.in_(caseload_ids(ctx.actor.username))]
    require(ctx, Permission.LEDGER_READ)  # raises, audited
    return []


ARREARS = ListSpec(
    name="arrears", title="Morosità",
    id_expr=LedgerAccount.household_id,
    columns=(
        Column("household", "Nucleo", Household.code, keyset=True),
        Column("name", "Intestatario", _reference_name),
        Column("unit", "Alloggio", Unit.code),
        Column("balance", "Da pagare", LedgerAccount.balance_cents, MONEY),
        Column("open_since", "Non pagato dal", LedgerAccount.open_since, DATE),
        Column("months", "Mensilità", _months, DECIMAL),
        Column("step", "Sollecito", _last_step, ENUM, LadderStep),
        Column("supported", "Accompagnato", _supported, BOOL),
        Column("last_payment", "Ultimo pagam.", LedgerAccount.last_payment_on, DATE),
    ),
    base=_base,
    text_columns=(Household.code, Unit.code,
                  lambda pattern: Household.reference_person_id.in_(
                      select(Person.id).where(or_(Person.surname.ilike(pattern),
                                                  Person.given_name.ilike(pattern))))),
    filters={
        "building": lambda v: Building.code == v,
        "bucket": _due_between,
        "step": lambda v: _last_step == LadderStep(v),
        "supported": lambda v: _supported if v == "yes" else ~_supported,
    },
    default_sort="open_since", permission=Permission.LEDGER_READ, scope=_scope,
)
