"""The "Violazioni" list: database-sorted, filtered and paged like every list of the window.

The package (services/violations/__init__.py) adds it to ``listing.SPECS``, where the
window, the exports and the prints find it by name.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import aliased

from borgo_desktop.models import Household, Lease, Unit, Violation
from borgo_desktop.models.enums import LeaseStatus
from borgo_desktop.models.violations import CLOSED_STATUSES, ViolationCategory, ViolationStatus
from borgo_desktop.services.core.listing import DATE, ENUM, Column, ListSpec
from borgo_desktop.services.core.permissions import Permission

_BUILT_IN = {c.value: c.label for c in ViolationCategory}
_lease = aliased(Lease)
_unit = aliased(Unit)


def category_name(code: str, translate=lambda text: text) -> str:
    """A built-in category by its (translated) label; one the office added by its code."""
    return translate(_BUILT_IN[code]) if code in _BUILT_IN else code


def _past_deadline(day) -> object:
    day = date.fromisoformat(day) if isinstance(day, str) else day
    return (Violation.status == ViolationStatus.FORMAL_NOTICE) & (Violation.deadline < day)


VIOLATIONS = ListSpec(
    name="violations", title="Violazioni del regolamento", id_expr=Violation.id,
    columns=(
        Column("code", "Codice", Violation.code, keyset=True),
        Column("household", "Nucleo", Household.code),
        Column("unit", "Alloggio", _unit.code),
        Column("category", "Categoria", Violation.category, label_of=category_name),
        Column("occurred_on", "Fatto del", Violation.occurred_on, DATE),
        Column("status", "Stato", Violation.status, ENUM, ViolationStatus),
        Column("deadline", "Termine della diffida", Violation.deadline, DATE),
        Column("reported_by", "Segnalata da", Violation.reported_by),
    ),
    base=lambda: (select(Violation.id)
                  .join(Household, Household.id == Violation.household_id)
                  .outerjoin(_lease, (_lease.household_id == Violation.household_id)
                             & (_lease.status == LeaseStatus.ACTIVE))
                  .outerjoin(_unit, _unit.id == _lease.unit_id)),
    text_columns=(Violation.code, Household.code, Violation.reported_by),
    filters={
        "status": lambda v: Violation.status == v,
        "category": lambda v: Violation.category == v,
        "open": lambda v: Violation.status.not_in(CLOSED_STATUSES) if v
        else Violation.status.in_(CLOSED_STATUSES),
        "household": lambda v: Violation.household_id == v,
        "past_deadline": _past_deadline,
    },
    default_sort="code", default_descending=True, permission=Permission.VIOLATION_READ,
    count_base=lambda: select(Violation.id).join(Household, Household.id == Violation.household_id),
)
