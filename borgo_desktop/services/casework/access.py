"""Who may read which case, and the one place a case file is created.

A social worker reads the cases assigned to them plus those a team policy grants (one case,
or every case when the grant names none). The checks run in a read session before any
write, so a refusal can be audited in a transaction of its own.
"""

from __future__ import annotations

import uuid
from datetime import date

from dateutil.relativedelta import relativedelta
from sqlalchemy import String, Uuid, bindparam, or_, select, union
from sqlalchemy.orm import Session

from borgo_desktop.errors import NotFound
from borgo_desktop.models import Case, CaseEvent, CaseGrant, CaseWorker, Household
from borgo_desktop.models.casework import CaseOrigin, CaseStage
from borgo_desktop.services.core import audit
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.core.permissions import Permission, PermissionDenied, require
from borgo_desktop.services.core.prepared import Prepared
from borgo_desktop.services.core.settings import read_settings

OPEN_STAGES = tuple(s for s in CaseStage if s not in (CaseStage.CLOSED, CaseStage.FOLLOWED_UP))


def add_months(day: date, months: int) -> date:
    return day + relativedelta(months=months)


def assigned_ids(username: str):
    return select(CaseWorker.case_id).where(CaseWorker.username == username,
                                            CaseWorker.removed_on.is_(None))


def grants_all(session: Session, username: str) -> bool:
    """A team policy lets ``username`` read every case (a coordinator, for one)."""
    return session.scalar(select(CaseGrant.id).where(
        CaseGrant.username == username, CaseGrant.case_id.is_(None),
        CaseGrant.revoked_on.is_(None)).limit(1)) is not None


def readable_ids(session: Session, username: str):
    """A selectable of the ids of every case ``username`` may read."""
    if grants_all(session, username):
        return select(Case.id)
    granted = select(CaseGrant.case_id).where(CaseGrant.username == username,
                                              CaseGrant.revoked_on.is_(None))
    return union(assigned_ids(username), granted)


def can_read(session: Session, username: str, case_id: uuid.UUID) -> bool:
    assigned = session.scalar(select(CaseWorker.id).where(
        CaseWorker.case_id == case_id, CaseWorker.username == username,
        CaseWorker.removed_on.is_(None)).limit(1))
    if assigned is not None:
        return True
    return session.scalar(select(CaseGrant.id).where(
        CaseGrant.username == username, CaseGrant.revoked_on.is_(None),
        or_(CaseGrant.case_id == case_id, CaseGrant.case_id.is_(None))).limit(1)) is not None


def check_case(ctx: Context, case_id: uuid.UUID, permission: Permission,
               session: Session | None = None) -> None:
    """The actor holds ``permission`` and the case is theirs (assigned or granted); inside
    ``session`` when given (a unit of work: a refusal is audited and committed in it)."""
    require(ctx, permission)
    if session is None:
        with ctx.store.read() as own:
            allowed_here = _readable(own, ctx.actor.username, case_id)
    else:
        allowed_here = _readable(session, ctx.actor.username, case_id)
    if not allowed_here:
        if session is None:
            audit.record_event(ctx, "permission_denied", "case", case_id,
                               detail="case.not_assigned")
        else:
            audit.record(ctx, session, "permission_denied", "case", case_id,
                         detail="case.not_assigned")
            session.commit()
        raise PermissionDenied("La cartella non è assegnata a lei e nessuna regola d'équipe le "
                               "consente di consultarla: rivolgersi al responsabile.")


def _access_statement():
    """The case, whether ``username`` follows it and whether a grant covers it: one
    statement, run at every opening of a case (the same rules as :func:`can_read`)."""
    user = bindparam("username", type_=String())
    assigned = (select(CaseWorker.id).where(CaseWorker.case_id == Case.id,
                                            CaseWorker.username == user,
                                            CaseWorker.removed_on.is_(None))
                .limit(1).scalar_subquery())
    granted = (select(CaseGrant.id).where(CaseGrant.username == user,
                                          CaseGrant.revoked_on.is_(None),
                                          or_(CaseGrant.case_id == Case.id,
                                              CaseGrant.case_id.is_(None)))
               .limit(1).scalar_subquery())
    return select(Case.id, assigned, granted).where(Case.id == bindparam("case_id", type_=Uuid()))


_ACCESS = Prepared(_access_statement())


def _readable(session: Session, username: str, case_id: uuid.UUID) -> bool:
    rows = _ACCESS.rows_in(session, {"case_id": case_id, "username": username})
    if not rows:
        raise NotFound("Cartella sociale non trovata.")
    _id, assigned, granted = rows[0]
    return assigned is not None or granted is not None


def open_case_of(session: Session, household_id: uuid.UUID) -> Case | None:
    return session.scalar(select(Case).where(Case.household_id == household_id,
                                             Case.closed_on.is_(None)))


def create_case(ctx: Context, session: Session, household_id: uuid.UUID, origin: CaseOrigin,
                reason: str, on: date) -> Case:
    """A new case in the referral stage, deadlines from the settings (inside the caller's
    unit of work; the caller checked there is no open case)."""
    if session.get(Household, household_id) is None:
        raise NotFound("Nucleo non trovato: forse è stato ritirato da un altro utente.")
    days = read_settings(session, "cases.first_meeting_days", "cases.pact_days")
    first_due = on + relativedelta(days=int(days["cases.first_meeting_days"]))
    case = Case(household_id=household_id, stage=CaseStage.REFERRAL, origin=CaseOrigin(origin),
                origin_reason=(reason or "").strip()[:200], opened_on=on,
                first_meeting_due=first_due,
                pact_due=first_due + relativedelta(days=int(days["cases.pact_days"])))
    ctx.stamp(case)
    session.add(case)
    session.flush()
    event = CaseEvent(case_id=case.id, from_stage=None, to_stage=CaseStage.REFERRAL,
                      happened_on=on, note=CaseOrigin(origin).label)
    ctx.stamp(event)
    session.add(event)
    return case


def ensure_open_case(ctx: Context, session: Session, household_id: uuid.UUID,
                     origin: CaseOrigin, reason: str) -> uuid.UUID:
    """The open case of the household, opened now if there is none (automatic openings and
    alerts of other areas: no permission is needed, nothing of the content is shown)."""
    case = open_case_of(session, household_id)
    if case is None:
        case = create_case(ctx, session, household_id, origin, reason, ctx.today())
        audit.record(ctx, session, "case.open", "case", case.id, detail=f"automatica: {origin}")
    return case.id
