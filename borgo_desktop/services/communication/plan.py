"""The communication plan: actions per phase of the borgo (before the allocation, the move-in,
the first year, steady state) and per audience (residents, the neighbourhood, the city, the
Comune, partners), with channel, date, owner, status, the material used and the reach.

An action is created "planned", edited while planned or done, marked done (with how many were
reached and how many came) or cancelled with a reason. Its material is a template of the
communication area and/or a free description. When the action is linked to a mailing (a batch
printed from a template), how many it reached is counted from the delivery log (items sent or
with their receipt back), never typed; otherwise the office types it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from borgo_desktop.errors import NotFound, UserError, ValidationError
from borgo_desktop.formatting import fmt_date
from borgo_desktop.models.communication import (
    CommPlanAction, Delivery, DeliveryStatus, Mailing, PlanAudience, PlanPhase, PlanStatus,
    Template, TemplateVersion,
)
from borgo_desktop.reports.communication.plan import PlanRow, render_plan
from borgo_desktop.services.core import audit
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.core.permissions import Permission, require
from borgo_desktop.services.core.settings import get_setting

# The items of a mailing that reached their household.
REACHED = (DeliveryStatus.SENT, DeliveryStatus.RECEIPT)
# Channels offered in the window (the field is free text: any other may be typed).
CHANNELS = ("Lettera ai nuclei", "Avviso in bacheca", "Locandina", "Assemblea",
            "Incontro pubblico", "Porta a porta", "E-mail", "Sito web", "Social network",
            "Comunicato stampa", "Riunione", "Relazione")
LIMITS = {"title": 160, "channel": 80, "owner": 120, "material": 200}


@dataclass(frozen=True)
class ActionInput:
    phase: PlanPhase | None
    audience: PlanAudience | None
    title: str
    planned_on: date | None
    channel: str = ""
    owner: str = ""
    template_code: str = ""  # the material: a template of the communication area...
    material: str = ""  # ...and/or a free description (a leaflet, slides, a press kit)
    mailing_code: str = ""  # the batch sent for it: its reach comes from the delivery log
    notes: str = ""


@dataclass(frozen=True)
class Reach:
    delivered: int | None = None  # typed; None when counted from the linked mailing
    attended: int = 0


@dataclass(frozen=True)
class ActionView:
    id: uuid.UUID
    phase: PlanPhase
    audience: PlanAudience
    title: str
    channel: str
    planned_on: date
    owner: str
    status: PlanStatus
    template_code: str
    template_name: str
    material: str
    mailing_code: str
    delivered: int
    attended: int
    notes: str
    updated_at: datetime
    updated_by: str

    @property
    def counted(self) -> bool:
        """The reach comes from the delivery log of the linked mailing."""
        return bool(self.mailing_code)

    @property
    def material_text(self) -> str:
        parts = [f"modello {self.template_code}" if self.template_code else "", self.material]
        return " · ".join(p for p in parts if p)

    def overdue(self, today: date) -> bool:
        return self.status == PlanStatus.PLANNED and self.planned_on < today

    def to_input(self) -> ActionInput:
        return ActionInput(self.phase, self.audience, self.title, self.planned_on, self.channel,
                           self.owner, self.template_code, self.material, self.mailing_code,
                           self.notes)


def _reached(session: Session, mailing_ids: set[uuid.UUID]) -> dict[uuid.UUID, int]:
    if not mailing_ids:
        return {}
    return dict(session.execute(
        select(Delivery.mailing_id, func.count()).where(Delivery.mailing_id.in_(mailing_ids),
                                                        Delivery.status.in_(REACHED))
        .group_by(Delivery.mailing_id)).all())


def _views(session: Session, query) -> list[ActionView]:
    rows = session.execute(
        query.add_columns(Template.code, Template.name, Mailing.code)
        .outerjoin(Template, Template.id == CommPlanAction.template_id)
        .outerjoin(Mailing, Mailing.id == CommPlanAction.mailing_id)).all()
    counts = _reached(session, {a.mailing_id for a, *_ in rows if a.mailing_id})
    return [ActionView(a.id, a.phase, a.audience, a.title, a.channel, a.planned_on, a.owner,
                       a.status, template_code or "", template_name or "", a.material,
                       mailing_code or "",
                       counts.get(a.mailing_id, 0) if a.mailing_id else a.delivered,
                       a.attended, a.notes, a.updated_at, a.updated_by)
            for a, template_code, template_name, mailing_code in rows]


def list_actions(ctx: Context, *, phase: PlanPhase | None = None,
                 audience: PlanAudience | None = None,
                 status: PlanStatus | None = None) -> list[ActionView]:
    """The plan's actions by date (then phase and title)."""
    require(ctx, Permission.REGISTRY_READ)
    query = select(CommPlanAction).order_by(CommPlanAction.planned_on, CommPlanAction.phase,
                                            CommPlanAction.title)
    for column, value in ((CommPlanAction.phase, phase), (CommPlanAction.audience, audience),
                          (CommPlanAction.status, status)):
        if value is not None:
            query = query.where(column == value)
    with ctx.store.read() as session:
        return _views(session, query)


def get_action(ctx: Context, action_id: uuid.UUID) -> ActionView:
    require(ctx, Permission.REGISTRY_READ)
    with ctx.store.read() as session:
        found = _views(session, select(CommPlanAction).where(CommPlanAction.id == action_id))
    if not found:
        raise NotFound("Azione del piano non trovata.")
    return found[0]


def _validate(data: ActionInput) -> None:
    problems: dict[str, UserError] = {}
    if data.phase is None:
        problems["phase"] = UserError("Indicare la fase del borgo a cui appartiene l'azione.",
                                      field="phase")
    if data.audience is None:
        problems["audience"] = UserError("Indicare a chi si rivolge l'azione.", field="audience")
    if not (data.title or "").strip():
        problems["title"] = UserError("Dare un titolo all'azione.", field="title")
    if data.planned_on is None:
        problems["planned_on"] = UserError("Indicare la data dell'azione.", field="planned_on")
    for name, limit in LIMITS.items():
        if name not in problems and len((getattr(data, name) or "").strip()) > limit:
            problems[name] = UserError("Il testo è troppo lungo: al massimo {n} caratteri.",
                                       field=name, n=limit)
    if problems:
        raise ValidationError(problems)


def _validate_reach(reach: Reach, linked: bool, counted: int) -> None:
    problems: dict[str, UserError] = {}
    if linked and reach.delivered is not None:
        problems["delivered"] = UserError(
            "L'azione è collegata a una comunicazione: i raggiunti si contano dal registro "
            "delle consegne e non si scrivono a mano.", field="delivered")
    if not linked and reach.delivered is None:
        problems["delivered"] = UserError("Indicare quante persone o nuclei sono stati "
                                          "raggiunti (anche 0).", field="delivered")
    elif reach.delivered is not None and reach.delivered < 0:
        problems["delivered"] = UserError("I raggiunti non possono essere un numero negativo.",
                                          field="delivered")
    if reach.attended is None or reach.attended < 0:
        problems["attended"] = UserError("I presenti non possono essere un numero negativo.",
                                         field="attended")
    elif "delivered" not in problems:
        reached = counted if linked else reach.delivered
        if reach.attended > reached:
            problems["attended"] = UserError(
                "I presenti ({came}) non possono essere più dei raggiunti ({reached}).",
                field="attended", came=reach.attended, reached=reached)
    if problems:
        raise ValidationError(problems)


def _links(session: Session, data: ActionInput) -> tuple[uuid.UUID | None, uuid.UUID | None]:
    """(template id, mailing id) of the codes typed; the mailing's template when only it is."""
    template_id = mailing_id = None
    code = (data.template_code or "").strip()
    if code:
        template_id = session.scalar(select(Template.id).where(Template.code == code))
        if template_id is None:
            raise UserError("Modello «{code}» non trovato.", field="template_code", code=code)
    mailing = (data.mailing_code or "").strip()
    if mailing:
        row = session.execute(
            select(Mailing.id, Template.id, Template.code)
            .join(TemplateVersion, TemplateVersion.id == Mailing.version_id)
            .join(Template, Template.id == TemplateVersion.template_id)
            .where(Mailing.code == mailing)).first()
        if row is None:
            raise UserError("Comunicazione «{code}» non trovata.", field="mailing_code",
                            code=mailing)
        mailing_id, used_id, used_code = row
        if template_id is not None and template_id != used_id:
            raise UserError("La comunicazione {mailing} è stata stampata dal modello {used}, "
                            "non da {code}.", field="template_code", mailing=mailing,
                            used=used_code, code=code)
        template_id = used_id
    return template_id, mailing_id


def _fill(row: CommPlanAction, data: ActionInput, template_id, mailing_id) -> None:
    row.phase, row.audience = data.phase, data.audience
    row.title, row.planned_on = data.title.strip(), data.planned_on
    row.channel, row.owner = data.channel.strip(), data.owner.strip()
    row.material, row.notes = data.material.strip(), data.notes.strip()
    row.template_id, row.mailing_id = template_id, mailing_id
    if mailing_id is not None:
        row.delivered = 0  # counted from the log at every reading


def _load(session: Session, action_id: uuid.UUID) -> CommPlanAction:
    row = session.get(CommPlanAction, action_id)
    if row is None:
        raise NotFound("Azione del piano non trovata.")
    return row


def _detail(row: CommPlanAction) -> str:
    return f"{row.phase.value}/{row.audience.value} {fmt_date(row.planned_on)}: {row.title[:80]}"


def create_action(ctx: Context, data: ActionInput) -> ActionView:
    """A new planned action."""
    require(ctx, Permission.COMM_WRITE)
    _validate(data)
    with ctx.store.unit_of_work() as session:
        template_id, mailing_id = _links(session, data)
        row = CommPlanAction(status=PlanStatus.PLANNED, delivered=0, attended=0)
        _fill(row, data, template_id, mailing_id)
        ctx.stamp(row)
        session.add(row)
        session.flush()
        audit.record(ctx, session, "comm_plan.create", "comm_plan_action", row.id,
                     detail=_detail(row))
        session.commit()
        action_id = row.id
    return get_action(ctx, action_id)


def update_action(ctx: Context, action_id: uuid.UUID, data: ActionInput,
                  reach: Reach | None = None) -> ActionView:
    """Edit an action; ``reach`` corrects the reach of an action already done."""
    require(ctx, Permission.COMM_WRITE)
    _validate(data)
    with ctx.store.unit_of_work() as session:
        row = _load(session, action_id)
        if row.status == PlanStatus.CANCELLED:
            raise UserError("L'azione è annullata: non si modifica più.")
        template_id, mailing_id = _links(session, data)
        if reach is not None:
            if row.status != PlanStatus.DONE:
                raise UserError("Raggiunti e presenti si registrano quando l'azione è svolta "
                                "(«Segna come svolta…»).", field="attended")
            _set_reach(session, row, reach, mailing_id)
        elif row.status == PlanStatus.DONE and mailing_id is not None:
            _validate_reach(Reach(None, row.attended), True, _count(session, mailing_id))
        _fill(row, data, template_id, mailing_id)
        changed = audit.changed_fields(row)
        if not changed:
            session.rollback()
            return get_action(ctx, action_id)
        ctx.stamp(row)
        session.flush()
        audit.record(ctx, session, "comm_plan.update", "comm_plan_action", row.id, fields=changed,
                     detail=_detail(row))
        session.commit()
    return get_action(ctx, action_id)


def _count(session: Session, mailing_id: uuid.UUID) -> int:
    return _reached(session, {mailing_id}).get(mailing_id, 0)


def _set_reach(session: Session, row: CommPlanAction, reach: Reach,
               mailing_id: uuid.UUID | None) -> None:
    linked = mailing_id is not None
    _validate_reach(reach, linked, _count(session, mailing_id) if linked else 0)
    row.delivered = 0 if linked else reach.delivered
    row.attended = reach.attended


def mark_done(ctx: Context, action_id: uuid.UUID, reach: Reach) -> ActionView:
    """The action took place: how many it reached (typed, or counted from its mailing) and
    how many came."""
    require(ctx, Permission.COMM_WRITE)
    with ctx.store.unit_of_work() as session:
        row = _load(session, action_id)
        if row.status != PlanStatus.PLANNED:
            raise UserError("Si segna come svolta solo un'azione programmata (questa è "
                            "«{status}»).", status=row.status.label)
        if row.planned_on > ctx.today():
            raise UserError("L'azione è prevista per il {day}: si segna come svolta da quel "
                            "giorno in poi (o se ne cambia prima la data).", field="planned_on",
                            day=fmt_date(row.planned_on))
        _set_reach(session, row, reach, row.mailing_id)
        row.status = PlanStatus.DONE
        ctx.stamp(row)
        session.flush()
        audit.record(ctx, session, "comm_plan.done", "comm_plan_action", row.id,
                     fields=("status", "delivered", "attended"), detail=_detail(row))
        session.commit()
    return get_action(ctx, action_id)


def cancel_action(ctx: Context, action_id: uuid.UUID, reason: str) -> ActionView:
    """The action will not take place; the reason is added to its notes."""
    require(ctx, Permission.COMM_WRITE)
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": UserError("Scrivere perché l'azione è annullata.",
                                                   field="reason")})
    with ctx.store.unit_of_work() as session:
        row = _load(session, action_id)
        if row.status != PlanStatus.PLANNED:
            raise UserError("Si annulla solo un'azione programmata (questa è «{status}»).",
                            status=row.status.label)
        row.status = PlanStatus.CANCELLED
        stamp = f"Annullata il {fmt_date(ctx.today())}: {reason}"
        row.notes = f"{row.notes}\n{stamp}".strip()
        ctx.stamp(row)
        session.flush()
        audit.record(ctx, session, "comm_plan.cancel", "comm_plan_action", row.id,
                     fields=("status", "notes"), detail=_detail(row))
        session.commit()
    return get_action(ctx, action_id)


def print_plan(ctx: Context, path: Path) -> Path:
    """The printed plan, grouped by phase and audience (reports/communication/plan.py)."""
    actions = list_actions(ctx)
    rows = [PlanRow(a.phase.label, a.audience.label, a.planned_on, a.title, a.channel, a.owner,
                    a.material_text, a.status.value, a.status.label, a.delivered, a.attended,
                    a.counted, a.notes)
            for a in actions]
    written = render_plan(Path(path), office_name=str(get_setting(ctx, "office.name")),
                          rows=rows, phases=[p.label for p in PlanPhase],
                          audiences=[a.label for a in PlanAudience], today=ctx.today())
    audit.record_event(ctx, "print.comm_plan", detail=f"{len(actions)} azioni")
    return written
