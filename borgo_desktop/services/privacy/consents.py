"""Consent records: given, withdrawn, listed per person and as the office-wide register.

Recording and withdrawing is desk work (REGISTRY_WRITE), a person's consents are read with
the registry (REGISTRY_READ); the register across everyone is a data-protection tool.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from borgo_desktop.errors import UserError, ValidationError
from borgo_desktop.formatting import fmt_date
from borgo_desktop.models import Consent, Person
from borgo_desktop.models.enums import ConsentMethod, ConsentPurpose
from borgo_desktop.services.core import audit
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.core.lookups import get_or_fail
from borgo_desktop.services.core.permissions import Permission, require


@dataclass(frozen=True)
class ConsentView:
    id: uuid.UUID
    person_id: uuid.UUID
    person_name: str
    purpose: ConsentPurpose
    given_on: date
    withdrawn_on: date | None
    method: ConsentMethod
    recorded_by: str
    note: str

    @property
    def active(self) -> bool:
        return self.withdrawn_on is None


def _view(c: Consent, p: Person) -> ConsentView:
    return ConsentView(c.id, c.person_id, f"{p.surname} {p.given_name}", c.purpose, c.given_on,
                       c.withdrawn_on, c.method, c.recorded_by, c.note)


def record_consent(ctx: Context, person_id: uuid.UUID, purpose: ConsentPurpose,
                   given_on: date | None, method: ConsentMethod, note: str = "") -> ConsentView:
    """A consent the person gave (one active record per purpose)."""
    require(ctx, Permission.REGISTRY_WRITE)
    problems: dict[str, UserError] = {}
    if purpose is None:
        problems["purpose"] = UserError("Indicare per che cosa è dato il consenso.",
                                        field="purpose")
    if method is None:
        problems["method"] = UserError("Indicare come è stato raccolto il consenso.",
                                       field="method")
    if given_on is None:
        problems["given_on"] = UserError("Indicare la data del consenso.", field="given_on")
    elif given_on > ctx.today():
        problems["given_on"] = UserError("La data {date} è nel futuro.", field="given_on",
                                         date=fmt_date(given_on))
    if len(note or "") > 500:
        problems["note"] = UserError("La nota può avere al massimo {max} caratteri.",
                                     field="note", max=500)
    with ctx.store.unit_of_work() as session:
        person = get_or_fail(session, Person, person_id, "Persona")
        if purpose is not None and session.scalar(select(Consent.id).where(
                Consent.person_id == person_id, Consent.purpose == ConsentPurpose(purpose),
                Consent.withdrawn_on.is_(None))):
            problems["purpose"] = UserError("Il consenso «{purpose}» è già registrato e non "
                                            "revocato.", field="purpose",
                                            purpose=ConsentPurpose(purpose).label)
        if problems:
            raise ValidationError(problems)
        consent = Consent(person_id=person_id, purpose=ConsentPurpose(purpose), given_on=given_on,
                          method=ConsentMethod(method), recorded_by=ctx.actor.username,
                          note=(note or "").strip())
        ctx.stamp(consent)
        session.add(consent)
        session.flush()
        audit.record(ctx, session, "consent.give", "person", person_id, detail=consent.purpose)
        session.commit()
        return _view(consent, person)


def withdraw_consent(ctx: Context, consent_id: uuid.UUID, withdrawn_on: date | None) -> ConsentView:
    require(ctx, Permission.REGISTRY_WRITE)
    with ctx.store.unit_of_work() as session:
        consent = get_or_fail(session, Consent, consent_id, "Consenso")
        if consent.withdrawn_on is not None:
            raise UserError("Il consenso è già stato revocato il {date}.",
                            date=fmt_date(consent.withdrawn_on))
        if withdrawn_on is None:
            raise UserError("Indicare la data della revoca.", field="withdrawn_on")
        if withdrawn_on > ctx.today():
            raise UserError("La data {date} è nel futuro.", field="withdrawn_on",
                            date=fmt_date(withdrawn_on))
        if withdrawn_on < consent.given_on:
            raise UserError("La revoca non può precedere il consenso ({date}).",
                            field="withdrawn_on", date=fmt_date(consent.given_on))
        consent.withdrawn_on = withdrawn_on
        ctx.stamp(consent)
        audit.record(ctx, session, "consent.withdraw", "person", consent.person_id,
                     ["withdrawn_on"], consent.purpose)
        session.commit()
        return _view(consent, session.get(Person, consent.person_id))


def list_consents(ctx: Context, person_id: uuid.UUID) -> list[ConsentView]:
    """A person's consents, newest first (withdrawn ones included: they are the history)."""
    require(ctx, Permission.REGISTRY_READ)
    with ctx.store.read() as session:
        rows = session.execute(select(Consent, Person).join(Person, Consent.person_id == Person.id)
                               .where(Consent.person_id == person_id)
                               .order_by(Consent.given_on.desc(), Consent.id.desc())).all()
        return [_view(c, p) for c, p in rows]


def consent_register(ctx: Context, purpose: ConsentPurpose | None = None,
                     active_only: bool = False, limit: int = 2000) -> list[ConsentView]:
    """Every consent on record, by person name (the data-protection register)."""
    require(ctx, Permission.DATA_PROTECTION)
    query = (select(Consent, Person).join(Person, Consent.person_id == Person.id)
             .order_by(Person.surname, Person.given_name, Consent.given_on.desc()).limit(limit))
    if purpose is not None:
        query = query.where(Consent.purpose == purpose)
    if active_only:
        query = query.where(Consent.withdrawn_on.is_(None))
    with ctx.store.read() as session:
        return [_view(c, p) for c, p in session.execute(query).all()]


def active_purposes(ctx: Context, person_id: uuid.UUID,
                    on: date | None = None) -> set[ConsentPurpose]:
    """What the person allows on ``on`` (today by default): for mailings, photos, referrals."""
    on = on or ctx.today()
    return {c.purpose for c in list_consents(ctx, person_id)
            if c.given_on <= on and (c.withdrawn_on is None or c.withdrawn_on > on)}
