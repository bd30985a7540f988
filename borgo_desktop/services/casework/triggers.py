"""Cases that open by themselves, called by the registry and allocation services.

DOMAIN.md: "an indigent household opens an accompaniment case", and households named by the
Comune for a temporary housing emergency must be accompanied. Two hooks, each where the
fact first becomes true, so that closing a case never makes the next edit reopen it:

- the household *enters* the indigent or housing-emergency flag (created with it, or an
  edit adds it) — that is the referral, so the 60-day first-meeting clock starts there;
- the household moves into a temporary-regime unit (the emergency placement itself, even
  when nobody ticked the flag).

Both go through :func:`case_access.ensure_open_case`: at most one open case, no content.
"""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from borgo_desktop.models.casework import CaseOrigin
from borgo_desktop.models.enums import Regime, Vulnerability
from borgo_desktop.services.casework.access import ensure_open_case
from borgo_desktop.services.core.context import Context

_TRIGGERS = {
    Vulnerability.HOUSING_EMERGENCY.value: (CaseOrigin.COMUNE, "Emergenza abitativa"),
    Vulnerability.INDIGENT.value: (CaseOrigin.OFFICE, "Nucleo indigente"),
}


def on_flags_saved(ctx: Context, session: Session, household_id: uuid.UUID,
                   before: set[str], after: set[str]) -> uuid.UUID | None:
    entered = [flag for flag in _TRIGGERS if flag in after and flag not in before]
    if not entered:
        return None
    origin, reason = _TRIGGERS[entered[0]]
    session.flush()
    return ensure_open_case(ctx, session, household_id, origin, reason)


def on_move_in(ctx: Context, session: Session, household_id: uuid.UUID,
               regime: Regime | None) -> uuid.UUID | None:
    if regime != Regime.TEMPORARY:
        return None
    return ensure_open_case(ctx, session, household_id, CaseOrigin.COMUNE,
                            "Ingresso in alloggio temporaneo")
