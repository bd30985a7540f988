"""The record an audit entry names, as people name it: a household's code rather than its
UUID («N00012»), a unit's or a ticket's code, the household of a person or of a case file.

Written into the entry's detail when the caller gives none, so the audit window, its export
and its print read «Apertura scheda nucleo · N00012». Codes only: never a name, a codice
fiscale or anything else personal (services/core/audit.py).
"""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from borgo_desktop.models import Building, Case, CommonSpace, Household, Membership, Ticket, Unit

_CODED = {"household": Household, "unit": Unit, "ticket": Ticket, "building": Building,
          "space": CommonSpace}


def case_reference(household_code: str) -> str:
    return f"cartella {household_code}"


def reference(session: Session, entity: str, entity_id) -> str:
    """The code of the record, '' when it has none (or the id is not a record's)."""
    try:
        record_id = entity_id if isinstance(entity_id, uuid.UUID) else uuid.UUID(str(entity_id))
    except (TypeError, ValueError):
        return ""
    if entity in _CODED:
        model = _CODED[entity]
        return session.scalar(select(model.code).where(model.id == record_id)) or ""
    if entity == "case":
        code = session.scalar(select(Household.code).join(Case, Case.household_id == Household.id)
                              .where(Case.id == record_id))
        return case_reference(code) if code else ""
    if entity == "person":
        code = session.scalar(
            select(Household.code).join(Membership, Membership.household_id == Household.id)
            .where(Membership.person_id == record_id).order_by(Membership.left_on.is_(None).desc(),
                                                               Membership.joined_on.desc())
            .limit(1))
        return f"componente di {code}" if code else ""
    return ""
