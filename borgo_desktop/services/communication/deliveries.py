"""The delivery log: who received what, when and how, and what came back.

A batch (merge.run_batch) leaves one :class:`Delivery` per household, "printed" for letters
and "posted on the board" for notices. From then on the office records, per item or for many
at once, how it went out (by hand with a signature, letterbox, ordinary post, registered mail
with its number, PEC, e-mail), the receipt that came back, or that it was returned
undelivered. Each change is one transaction with its audit entry; the row keeps the last
state, the audit trail the history.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from borgo_desktop.errors import NotFound, UserError, ValidationError
from borgo_desktop.formatting import fmt_date
from borgo_desktop.models import Household
from borgo_desktop.models.communication import (
    Delivery, DeliveryChannel, DeliveryStatus, Mailing, Template, TemplateVersion,
)
from borgo_desktop.services.core import audit
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.core.permissions import Permission, require

HOUSEHOLD_LIMIT = 50  # the household page shows the latest; the log list shows them all
# Channels whose receipt is a paper that comes back (signature, registered-mail card, PEC).
RECEIPT_CHANNELS = (DeliveryChannel.HAND, DeliveryChannel.REGISTERED, DeliveryChannel.PEC)


@dataclass(frozen=True)
class DeliveryView:
    id: uuid.UUID
    mailing_id: uuid.UUID
    mailing_code: str
    template_code: str
    template_name: str
    version: int
    target_label: str
    printed_at: datetime
    household_id: uuid.UUID
    household_code: str
    language: str
    first_page: int
    last_page: int
    channel: DeliveryChannel
    status: DeliveryStatus
    sent_on: date | None
    operator: str
    registered_number: str
    receipt_on: date | None
    receipt_note: str

    @property
    def pages(self) -> str:
        return (str(self.first_page) if self.first_page == self.last_page
                else f"{self.first_page}-{self.last_page}")


@dataclass(frozen=True)
class MailingSummary:
    id: uuid.UUID
    code: str
    template_code: str
    template_name: str
    version: int
    target_label: str
    printed_at: datetime
    printed_by: str
    recipients: int
    pages: int
    file_name: str
    by_status: dict[DeliveryStatus, int]

    @property
    def outstanding(self) -> int:
        """Items still in the office (printed, not yet out)."""
        return self.by_status.get(DeliveryStatus.PRINTED, 0)


def _query():
    return (select(Delivery, Mailing.code, Template.code, Template.name, TemplateVersion.version,
                   Mailing.target_label, Mailing.printed_at, Household.code)
            .join(Mailing, Mailing.id == Delivery.mailing_id)
            .join(TemplateVersion, TemplateVersion.id == Mailing.version_id)
            .join(Template, Template.id == TemplateVersion.template_id)
            .join(Household, Household.id == Delivery.household_id))


def _view(row) -> DeliveryView:
    d, mailing_code, template_code, template_name, version, label, printed_at, household = row
    return DeliveryView(d.id, d.mailing_id, mailing_code, template_code, template_name, version,
                        label, printed_at, d.household_id, household, d.language, d.first_page,
                        d.last_page, d.channel, d.status, d.sent_on, d.operator,
                        d.registered_number, d.receipt_on, d.receipt_note)


def household_deliveries(ctx: Context, household_id: uuid.UUID,
                         limit: int = HOUSEHOLD_LIMIT) -> tuple[int, list[DeliveryView]]:
    """(how many items the household received in all, the latest ``limit`` of them)."""
    require(ctx, Permission.REGISTRY_READ)
    with ctx.store.read() as session:
        total = session.scalar(select(func.count()).select_from(Delivery)
                               .where(Delivery.household_id == household_id)) or 0
        rows = session.execute(_query().where(Delivery.household_id == household_id)
                               .order_by(Delivery.created_at.desc(), Mailing.code.desc())
                               .limit(limit)).all()
        return total, [_view(r) for r in rows]


def mailing_deliveries(ctx: Context, mailing_id: uuid.UUID) -> list[DeliveryView]:
    require(ctx, Permission.REGISTRY_READ)
    with ctx.store.read() as session:
        rows = session.execute(_query().where(Delivery.mailing_id == mailing_id)
                               .order_by(Household.code)).all()
        return [_view(r) for r in rows]


def get_delivery(ctx: Context, delivery_id: uuid.UUID) -> DeliveryView:
    require(ctx, Permission.REGISTRY_READ)
    with ctx.store.read() as session:
        row = session.execute(_query().where(Delivery.id == delivery_id)).first()
        if row is None:
            raise NotFound("Consegna non trovata.")
        return _view(row)


def list_mailings(ctx: Context, limit: int = 500) -> list[MailingSummary]:
    """The batches, newest first, with their items counted by state."""
    require(ctx, Permission.REGISTRY_READ)
    with ctx.store.read() as session:
        mailings = session.execute(
            select(Mailing, Template.code, Template.name, TemplateVersion.version)
            .join(TemplateVersion, TemplateVersion.id == Mailing.version_id)
            .join(Template, Template.id == TemplateVersion.template_id)
            .order_by(Mailing.printed_at.desc(), Mailing.code.desc()).limit(limit)).all()
        ids = [m.id for m, *_ in mailings]
        counts: dict[uuid.UUID, dict[DeliveryStatus, int]] = {i: {} for i in ids}
        if ids:
            for mailing_id, status, n in session.execute(
                    select(Delivery.mailing_id, Delivery.status, func.count())
                    .where(Delivery.mailing_id.in_(ids))
                    .group_by(Delivery.mailing_id, Delivery.status)):
                counts[mailing_id][DeliveryStatus(status)] = n
        return [MailingSummary(m.id, m.code, code, name, version, m.target_label, m.printed_at,
                               m.created_by, m.recipients, m.pages, m.file_name, counts[m.id])
                for m, code, name, version in mailings]


@dataclass(frozen=True)
class SentInput:
    channel: DeliveryChannel
    sent_on: date | None
    registered_number: str = ""  # registered mail: the number on the slip
    note: str = ""


def _check_day(ctx: Context, day: date | None, field: str, what: str) -> UserError | None:
    if day is None:
        return UserError("Indicare la data {what}.", field=field, what=what)
    if day > ctx.today():
        return UserError("La data {what} non può essere nel futuro.", field=field, what=what)
    return None


def _load(session: Session, ids: Iterable[uuid.UUID]) -> list[Delivery]:
    ids = list(dict.fromkeys(ids))
    if not ids:
        raise UserError("Scegliere almeno una consegna dall'elenco.")
    rows = list(session.scalars(select(Delivery).where(Delivery.id.in_(ids))))
    if len(rows) != len(ids):
        raise NotFound("Consegna non trovata.")
    return rows


def record_sent(ctx: Context, delivery_ids: Iterable[uuid.UUID], data: SentInput) -> int:
    """How the items went out (one or many of a batch at once); returns how many changed."""
    require(ctx, Permission.COMM_SEND)
    problems: dict[str, UserError] = {}
    if data.channel is None:
        problems["channel"] = UserError("Indicare come è stata consegnata.", field="channel")
    elif data.channel == DeliveryChannel.EMAIL:
        problems["channel"] = UserError(
            "Le e-mail si inviano dal programma («Invia per e-mail…»), che registra da sé la "
            "consegna.", field="channel")
    number = (data.registered_number or "").strip()
    if data.channel == DeliveryChannel.REGISTERED and not number:
        problems["registered_number"] = UserError(
            "Per la raccomandata indicare il numero riportato sulla ricevuta di spedizione.",
            field="registered_number")
    wrong = _check_day(ctx, data.sent_on, "sent_on", "di consegna")
    if wrong:
        problems["sent_on"] = wrong
    if problems:
        raise ValidationError(problems)
    with ctx.store.unit_of_work() as session:
        rows = _load(session, delivery_ids)
        if len(rows) > 1 and number:
            raise UserError("Ogni raccomandata ha il suo numero: registrarle una per volta.",
                            field="registered_number")
        done = [d for d in rows if d.status in (DeliveryStatus.RECEIPT,)]
        if done:
            raise UserError("Per {n} consegne la ricevuta è già tornata: non si cambia più come "
                            "sono state spedite.", n=len(done))
        for d in rows:
            d.channel, d.status, d.sent_on = data.channel, DeliveryStatus.SENT, data.sent_on
            d.operator = ctx.actor.username
            d.registered_number = number[:40]
            if data.note.strip():
                d.receipt_note = data.note.strip()[:200]
            ctx.stamp(d)
        session.flush()
        audit.record(ctx, session, "delivery.sent", "delivery", rows[0].mailing_id,
                     detail=f"{len(rows)} consegne, {data.channel.value}, "
                            f"{fmt_date(data.sent_on)}" + (f", n. {number}" if number else ""))
        session.commit()
        return len(rows)


def record_receipt(ctx: Context, delivery_id: uuid.UUID, receipt_on: date | None,
                   note: str = "") -> DeliveryView:
    """The signature or the registered-mail card came back."""
    require(ctx, Permission.COMM_SEND)
    wrong = _check_day(ctx, receipt_on, "receipt_on", "della ricevuta")
    if wrong:
        raise ValidationError({"receipt_on": wrong})
    with ctx.store.unit_of_work() as session:
        (d,) = _load(session, [delivery_id])
        if d.status != DeliveryStatus.SENT:
            raise UserError("Si registra la ricevuta di una comunicazione già spedita o "
                            "consegnata: prima indicare come è uscita.", field="receipt_on")
        if d.sent_on and receipt_on < d.sent_on:
            raise UserError("La ricevuta non può essere precedente alla consegna ({day}).",
                            field="receipt_on", day=fmt_date(d.sent_on))
        d.status, d.receipt_on = DeliveryStatus.RECEIPT, receipt_on
        d.receipt_note = note.strip()[:200] or d.receipt_note
        ctx.stamp(d)
        session.flush()
        audit.record(ctx, session, "delivery.receipt", "delivery", d.id,
                     detail=f"ricevuta del {fmt_date(receipt_on)}")
        session.commit()
    return get_delivery(ctx, delivery_id)


def record_returned(ctx: Context, delivery_id: uuid.UUID, returned_on: date | None,
                    reason: str) -> DeliveryView:
    """Undelivered: back to the office (moved, refused, unknown at the address)."""
    require(ctx, Permission.COMM_SEND)
    problems: dict[str, UserError] = {}
    wrong = _check_day(ctx, returned_on, "receipt_on", "del rientro")
    if wrong:
        problems["receipt_on"] = wrong
    if not (reason or "").strip():
        problems["receipt_note"] = UserError(
            "Scrivere perché è tornata indietro (es. destinatario sconosciuto, rifiutata).",
            field="receipt_note")
    if problems:
        raise ValidationError(problems)
    with ctx.store.unit_of_work() as session:
        (d,) = _load(session, [delivery_id])
        if d.status not in (DeliveryStatus.SENT, DeliveryStatus.FAILED):
            raise UserError("Torna indietro solo una comunicazione già spedita.",
                            field="receipt_on")
        d.status, d.receipt_on, d.receipt_note = (DeliveryStatus.RETURNED, returned_on,
                                                  reason.strip()[:200])
        ctx.stamp(d)
        session.flush()
        audit.record(ctx, session, "delivery.returned", "delivery", d.id,
                     detail=f"{fmt_date(returned_on)}: {reason.strip()[:120]}")
        session.commit()
    return get_delivery(ctx, delivery_id)


def mailing_of(ctx: Context, code: str) -> uuid.UUID:
    require(ctx, Permission.REGISTRY_READ)
    with ctx.store.read() as session:
        found = session.scalar(select(Mailing.id).where(Mailing.code == code))
    if found is None:
        raise NotFound("Comunicazione «{code}» non trovata.", code=code)
    return found
