"""Maintenance tickets: reporting, the status machine, comments, appointments, files, costs.

new -> triaged -> assigned -> in progress <-> waiting (parts, tenant access, contractor)
-> resolved -> closed; resolved or closed -> reopened (back to triaged, with a reason).
Every change is one unit of work that appends a TicketEvent and an audit entry; a refused
transition is a UserError that says what the ticket's status allows. The read side lives in
ticket_views and is re-exported here.
"""

from __future__ import annotations

import shutil
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Callable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from borgo_desktop.errors import UserError, Words
from borgo_desktop.formatting import fmt_instant
from borgo_desktop.models import (
    CommonSpace, Contractor, Ticket, TicketAppointment, TicketAttachment,
    TicketCategory, TicketEvent, Unit,
)
from borgo_desktop.models.base import utcnow
from borgo_desktop.models.tickets import (
    OPEN_STATUSES, Channel, CostBearer, EventKind, Priority, TicketStatus, WaitReason,
)
from borgo_desktop.services.core import audit
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.core.lookups import current_unit, get_or_fail
from borgo_desktop.services.core.permissions import Permission, require
from borgo_desktop.services.core.problems import Problems, required
from borgo_desktop.services.core.settings import read_settings
from borgo_desktop.services.core.versions import check_version
from borgo_desktop.services.tickets.views import (
    BoardCard, Counters, TicketDetail, TicketView, board, counters, deadline_days, due_date,
    get_ticket, list_categories, overdue_count, ticket_view, tickets_of,
)

S = TicketStatus
NO_ACTION = "nessuna azione"  # what a refusal offers when the ticket allows no step
MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class Step:
    sources: tuple[TicketStatus, ...]
    target: TicketStatus
    permission: Permission
    verb: str


STEPS: dict[str, Step] = {
    "triage": Step((S.NEW,), S.TRIAGED, Permission.TICKET_MANAGE, "valutare la segnalazione"),
    "assign": Step((S.TRIAGED, S.ASSIGNED), S.ASSIGNED, Permission.TICKET_MANAGE,
                   "assegnare la segnalazione"),
    "start": Step((S.ASSIGNED, S.WAITING), S.IN_PROGRESS, Permission.TICKET_MANAGE,
                  "avviare il lavoro"),
    "wait": Step((S.IN_PROGRESS,), S.WAITING, Permission.TICKET_MANAGE, "mettere in attesa"),
    "resolve": Step((S.IN_PROGRESS,), S.RESOLVED, Permission.TICKET_MANAGE,
                    "segnare la segnalazione come risolta"),
    "close": Step((S.RESOLVED,), S.CLOSED, Permission.TICKET_CLOSE, "chiudere la segnalazione"),
    "reopen": Step((S.RESOLVED, S.CLOSED), S.TRIAGED, Permission.TICKET_MANAGE,
                   "riaprire la segnalazione"),
}


def available_actions(status: TicketStatus) -> tuple[str, ...]:
    return tuple(name for name, step in STEPS.items() if status in step.sources)


@dataclass(frozen=True)
class TicketInput:
    category_code: str
    summary: str
    priority: Priority = Priority.NORMAL
    channel: Channel = Channel.DESK
    description: str = ""
    unit_id: uuid.UUID | None = None
    common_space_id: uuid.UUID | None = None
    building_id: uuid.UUID | None = None
    system: str = ""
    reporter_household_id: uuid.UUID | None = None
    reporter_person_id: uuid.UUID | None = None
    reporter_name: str = ""
    # The clerk saw the warning about a similar open ticket and opens this one anyway.
    accept_similar: bool = False


class SimilarTicketOpen(UserError):
    """An open ticket for the same place and category: the form asks before a second one."""

    @property
    def codes(self) -> list[str]:
        return self.params["codes"].split(", ")


# --- reporting ---------------------------------------------------------------------------

def create_ticket(ctx: Context, data: TicketInput) -> TicketDetail:
    require(ctx, Permission.TICKET_CREATE)
    problems = Problems()
    summary = required(problems, "summary", data.summary, "Oggetto")
    if len(summary) > 160:
        problems.add("summary", "L'oggetto può avere al massimo {max} caratteri.", max=160)
    if not data.category_code:
        problems.add("category", "Il campo «{label}» è obbligatorio.", label="Categoria")
    if not (data.reporter_household_id or data.reporter_person_id or data.reporter_name.strip()):
        problems.add("reporter", "Indicare chi ha fatto la segnalazione.")
    with ctx.store.unit_of_work() as session:
        category = session.scalar(select(TicketCategory).where(
            TicketCategory.code == data.category_code, TicketCategory.active.is_(True)))
        if data.category_code and category is None:
            problems.add("category", "Categoria sconosciuta o ritirata: {code}.", code=data.category_code)
        unit_id, space_id, building_id = _place(session, data, problems)
        problems.raise_if_any()
        if not data.accept_similar:
            similar = _similar(session, category.id, unit_id, space_id, building_id, data.system)
            if similar:
                raise SimilarTicketOpen(
                    "È già aperta una segnalazione simile per lo stesso luogo e la stessa "
                    "categoria: {codes}. Confermare per aprirne comunque una nuova.",
                    field="similar", codes=", ".join(similar))
        today = ctx.today()
        ticket = Ticket(
            code=next_ticket_code(session, today), building_id=building_id, unit_id=unit_id,
            common_space_id=space_id, system=data.system.strip(), category_id=category.id,
            summary=summary, description=data.description.strip(),
            reporter_household_id=data.reporter_household_id,
            reporter_person_id=data.reporter_person_id, reporter_name=data.reporter_name.strip(),
            channel=data.channel, priority=data.priority, status=S.NEW, opened_on=today,
            due_on=due_date(session, today, category.code, data.priority))
        ctx.stamp(ticket)
        session.add(ticket)
        session.flush()
        add_event(ctx, session, ticket, EventKind.CREATED, None, S.NEW, "")
        audit.record(ctx, session, "ticket.create", "ticket", ticket.id)
        session.commit()
        ticket_id = ticket.id
    return get_ticket(ctx, ticket_id)


def _place(session: Session, data: TicketInput, problems: Problems):
    """(unit, common space, building) of the ticket; a household's unit when none is given."""
    unit_id, space_id, building_id = data.unit_id, data.common_space_id, data.building_id
    if unit_id is None and space_id is None and building_id is None and data.reporter_household_id:
        unit = current_unit(session, data.reporter_household_id)
        unit_id = unit.id if unit else None
    if unit_id is not None:
        unit = get_or_fail(session, Unit, unit_id, "Alloggio")
        building_id = unit.building_id
    elif space_id is not None:
        building_id = get_or_fail(session, CommonSpace, space_id, "Spazio comune").building_id
    elif building_id is None:
        problems.add("place", "Indicare dove: un alloggio, uno spazio comune o un edificio.")
    elif not data.system.strip():
        problems.add("system", "Per un guasto delle parti comuni indicare l'impianto o la zona "
                               "(per esempio «ascensore scala B»).")
    return unit_id, space_id, building_id


def _similar(session: Session, category_id, unit_id, space_id, building_id, system: str) -> list[str]:
    query = select(Ticket.code).where(Ticket.category_id == category_id,
                                      Ticket.status.in_(OPEN_STATUSES))
    if unit_id is not None:
        query = query.where(Ticket.unit_id == unit_id)
    elif space_id is not None:
        query = query.where(Ticket.common_space_id == space_id)
    else:
        query = query.where(Ticket.building_id == building_id, Ticket.unit_id.is_(None),
                            Ticket.common_space_id.is_(None),
                            func.lower(Ticket.system) == system.strip().lower())
    return list(session.scalars(query.order_by(Ticket.code).limit(5)))


def similar_open(ctx: Context, category_code: str, unit_id=None, space_id=None,
                 building_id=None, system: str = "") -> list[str]:
    """Codes of open tickets for the same place and category (the form warns while typing)."""
    with ctx.store.read() as session:
        category = session.scalar(select(TicketCategory).where(TicketCategory.code == category_code))
        if category is None:
            return []
        if unit_id is not None:
            building_id = session.get(Unit, unit_id).building_id
        return _similar(session, category.id, unit_id, space_id, building_id, system)


def next_ticket_code(session: Session, today: date) -> str:
    prefix = f"T{today.year}-"
    last = session.scalar(select(func.max(Ticket.code)).where(Ticket.code.like(prefix + "%")))
    return f"{prefix}{int(last[len(prefix):]) + 1 if last else 1:06d}"


# --- the status machine ------------------------------------------------------------------

def event_instant(ctx: Context) -> datetime:
    """Now; on a context set to another day (the demo's history), that day at this time."""
    now = utcnow()
    today = ctx.today()
    return now if now.date() == today else datetime.combine(today, now.timetz())


def add_event(ctx: Context, session: Session, ticket: Ticket, kind: EventKind,
              from_status: TicketStatus | None, to_status: TicketStatus | None, note: str) -> None:
    event = TicketEvent(ticket_id=ticket.id, kind=kind, from_status=from_status,
                        to_status=to_status, happened_at=event_instant(ctx), note=note)
    ctx.stamp(event)
    session.add(event)


def _transition(ctx: Context, ticket_id: uuid.UUID, action: str, note: str,
                apply: Callable[[Session, Ticket], None] = lambda _s, _t: None,
                version: int | None = None) -> TicketDetail:
    """``version``: the ticket's version the window read (edits of its fields; the status
    steps are guarded by the state machine)."""
    require(ctx, STEPS[action].permission)
    with ctx.store.unit_of_work() as session:
        ticket = get_or_fail(session, Ticket, ticket_id, "Segnalazione")
        check_version(ticket, version)
        _step(ctx, session, ticket, action, note, apply)
        session.commit()
    return get_ticket(ctx, ticket_id)


def _step(ctx: Context, session: Session, ticket: Ticket, action: str, note: str,
          apply: Callable[[Session, Ticket], None]) -> None:
    """One status change inside the caller's unit of work: checked, applied, on the
    timeline and in the audit trail."""
    step = STEPS[action]
    if ticket.status not in step.sources:
        allowed_here = [STEPS[a].verb for a in available_actions(ticket.status)]
        raise UserError("Non è possibile {verb}: la segnalazione {code} è nello stato "
                        "«{status}». Ora si può: {allowed}.", verb=step.verb,
                        code=ticket.code, status=ticket.status.label,
                        allowed=Words(allowed_here or [NO_ACTION]))
    before = ticket.status
    apply(session, ticket)
    ticket.status = step.target
    ctx.stamp(ticket)
    fields = audit.changed_fields(ticket)
    add_event(ctx, session, ticket, EventKind.STATUS, before, step.target, note.strip())
    audit.record(ctx, session, f"ticket.{action}", "ticket", ticket.id, fields)


def triage(ctx: Context, ticket_id: uuid.UUID, priority: Priority, category_code: str = "",
           note: str = "", version: int | None = None) -> TicketDetail:
    """Confirm or change priority and category; the deadline follows them."""
    def apply(session: Session, ticket: Ticket) -> None:
        if category_code:
            category = session.scalar(select(TicketCategory).where(
                TicketCategory.code == category_code, TicketCategory.active.is_(True)))
            if category is None:
                raise UserError("Categoria sconosciuta o ritirata: {code}.", field="category",
                                code=category_code)
            ticket.category_id = category.id
        ticket.priority = priority
        code = session.get(TicketCategory, ticket.category_id).code
        ticket.due_on = due_date(session, ticket.opened_on, code, priority)
    return _transition(ctx, ticket_id, "triage", note, apply, version)


def assign(ctx: Context, ticket_id: uuid.UUID, contractor_id: uuid.UUID | None = None,
           staff_name: str = "", note: str = "", version: int | None = None) -> TicketDetail:
    """To a contractor, or to in-house staff by name (one of the two)."""
    if (contractor_id is None) == (not staff_name.strip()):
        raise UserError("Indicare una ditta oppure il nome di un tecnico interno.", field="assignee")

    def apply(session: Session, ticket: Ticket) -> None:
        if contractor_id is not None:
            contractor = get_or_fail(session, Contractor, contractor_id, "Ditta")
            if not contractor.active:
                raise UserError("La ditta {name} non è più attiva.", field="assignee",
                                name=contractor.name)
        ticket.contractor_id, ticket.assignee_name = contractor_id, staff_name.strip()
    return _transition(ctx, ticket_id, "assign", note, apply, version)


def start_work(ctx: Context, ticket_id: uuid.UUID, note: str = "") -> TicketDetail:
    def apply(_session: Session, ticket: Ticket) -> None:
        ticket.wait_reason = None
    return _transition(ctx, ticket_id, "start", note, apply)


def put_on_hold(ctx: Context, ticket_id: uuid.UUID, reason: WaitReason | None,
                note: str = "") -> TicketDetail:
    if reason is None:
        raise UserError("Indicare che cosa si aspetta: ricambi, accesso all'alloggio o la ditta.",
                        field="reason")

    def apply(_session: Session, ticket: Ticket) -> None:
        ticket.wait_reason = reason
    return _transition(ctx, ticket_id, "wait", f"{reason.label}. {note}".strip(" ."), apply)


def resolve(ctx: Context, ticket_id: uuid.UUID, note: str = "") -> TicketDetail:
    today = ctx.today()

    def apply(_session: Session, ticket: Ticket) -> None:
        ticket.resolved_on = today
        ticket.resolution_days = (today - ticket.opened_on).days
    return _transition(ctx, ticket_id, "resolve", note, apply)


def close(ctx: Context, ticket_id: uuid.UUID, rating: int | None = None,
          feedback: str = "") -> TicketDetail:
    """Close after the tenant's confirmation; their rating (1–5) and words, if given."""
    if rating is not None and not 1 <= rating <= 5:
        raise UserError("Il giudizio dell'inquilino va da 1 a 5.", field="rating")
    note = f"Giudizio dell'inquilino: {rating}/5. {feedback}".strip() if rating else feedback
    return _transition(ctx, ticket_id, "close", note, _closing(ctx.today(), rating, feedback))


def _closing(today: date, rating: int | None, feedback: str):
    def apply(_session: Session, ticket: Ticket) -> None:
        ticket.closed_on = today
        ticket.feedback_rating, ticket.feedback_note = rating, feedback.strip()
    return apply


def close_unconfirmed(ctx: Context) -> list[str]:
    """Close the tickets resolved more than ``tickets.autoclose_days`` ago; their codes."""
    require(ctx, STEPS["close"].permission)
    with ctx.store.unit_of_work() as session:  # all of them, or none
        days = int(read_settings(session, "tickets.autoclose_days")["tickets.autoclose_days"])
        stale = session.scalars(select(Ticket).where(
            Ticket.status == S.RESOLVED,
            Ticket.resolved_on < ctx.today() - timedelta(days=days)).order_by(Ticket.code)).all()
        note = f"Chiusa d'ufficio: nessun riscontro dell'inquilino entro {days} giorni."
        for ticket in stale:
            _step(ctx, session, ticket, "close", note, _closing(ctx.today(), None, note))
        codes = [ticket.code for ticket in stale]
        session.commit()
    return codes


def reopen(ctx: Context, ticket_id: uuid.UUID, reason: str) -> TicketDetail:
    if not (reason or "").strip():
        raise UserError("Indicare il motivo della riapertura.", field="reason")

    today = ctx.today()

    def apply(session: Session, ticket: Ticket) -> None:
        ticket.resolved_on = ticket.resolution_days = ticket.closed_on = None
        ticket.reopen_count += 1
        # The work starts again today: a new deadline, not the one already passed.
        code = session.get(TicketCategory, ticket.category_id).code
        ticket.due_on = due_date(session, today, code, ticket.priority)
    return _transition(ctx, ticket_id, "reopen", reason, apply)


# --- comments, appointments, attachments, costs --------------------------------------------

def _append(ctx: Context, ticket_id: uuid.UUID, kind: EventKind, note: str, action: str,
            record=None) -> TicketDetail:
    with ctx.store.unit_of_work() as session:
        ticket = get_or_fail(session, Ticket, ticket_id, "Segnalazione")
        if record is not None:
            record.ticket_id = ticket.id
            ctx.stamp(record)
            session.add(record)
        add_event(ctx, session, ticket, kind, None, None, note)
        audit.record(ctx, session, action, "ticket", ticket.id)
        session.commit()
    return get_ticket(ctx, ticket_id)


def add_comment(ctx: Context, ticket_id: uuid.UUID, text: str) -> TicketDetail:
    require(ctx, Permission.TICKET_CREATE)
    text = (text or "").strip()
    if not text:
        raise UserError("Il commento è vuoto.", field="comment")
    if len(text) > 4000:
        raise UserError("Il commento può avere al massimo {max} caratteri.", field="comment", max=4000)
    return _append(ctx, ticket_id, EventKind.COMMENT, text, "ticket.comment")


def add_appointment(ctx: Context, ticket_id: uuid.UUID, starts_at: datetime,
                    note: str = "") -> TicketDetail:
    """An access appointment agreed with the tenant (times are UTC-aware instants)."""
    require(ctx, Permission.TICKET_CREATE)
    if starts_at.tzinfo is None:
        raise ValueError("starts_at must be timezone-aware")
    if starts_at.date() < ctx.today():
        raise UserError("L'appuntamento non può essere nel passato.", field="starts_at")
    with ctx.store.read() as session:
        if get_or_fail(session, Ticket, ticket_id, "Segnalazione").status not in OPEN_STATUSES:
            raise UserError("La segnalazione non è aperta: non servono appuntamenti.")
    text = f"Appuntamento per l'accesso: {fmt_instant(starts_at)}. {note.strip()}".strip()
    return _append(ctx, ticket_id, EventKind.APPOINTMENT, text, "ticket.appointment",
                   TicketAppointment(starts_at=starts_at, note=note.strip()))


def attachments_dir(ctx: Context) -> Path:
    """Attachments live next to the SQLite file, or in the user data folder otherwise."""
    url = ctx.store.engine.url
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        return Path(url.database).resolve().parent / "attachments"
    from borgo_desktop.config import resolve_paths

    return resolve_paths().data_dir / "attachments"


def add_attachment(ctx: Context, ticket_id: uuid.UUID, source: Path,
                   description: str = "") -> TicketDetail:
    """Copy the file into the data folder; keep its name, size and SHA-256."""
    require(ctx, Permission.TICKET_CREATE)
    source = Path(source)
    if not source.is_file():
        raise UserError("Il file {name} non esiste o non è leggibile.", field="file", name=source.name)
    size = source.stat().st_size
    if size > MAX_ATTACHMENT_BYTES:
        raise UserError("Il file {name} è troppo grande (massimo {max} MB).", field="file",
                        name=source.name, max=MAX_ATTACHMENT_BYTES // (1024 * 1024))
    digest = audit.file_digest(source)
    folder = attachments_dir(ctx) / str(ticket_id)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{digest[:16]}-{source.name}"
    shutil.copyfile(source, target)
    if audit.file_digest(target) != digest:  # the copy must be the file that was chosen
        target.unlink(missing_ok=True)
        raise UserError("La copia del file {name} non è riuscita: riprovare.", name=source.name)
    record = TicketAttachment(filename=source.name[:200], stored_path=str(target), sha256=digest,
                              size_bytes=size, description=description.strip()[:200])
    return _append(ctx, ticket_id, EventKind.ATTACHMENT, f"Allegato: {source.name}",
                   "ticket.attachment", record)


def set_costs(ctx: Context, ticket_id: uuid.UUID, estimated_cents: int | None,
              actual_cents: int | None, bearer: CostBearer | None,
              version: int | None = None) -> TicketDetail:
    require(ctx, Permission.TICKET_COSTS)
    for name, value in (("estimated", estimated_cents), ("actual", actual_cents)):
        if value is not None and value < 0:
            raise UserError("L'importo non può essere negativo.", field=name)
    with ctx.store.unit_of_work() as session:
        ticket = get_or_fail(session, Ticket, ticket_id, "Segnalazione")
        check_version(ticket, version)
        ticket.estimated_cost_cents, ticket.actual_cost_cents = estimated_cents, actual_cents
        ticket.cost_bearer = bearer
        ctx.stamp(ticket)
        fields = audit.changed_fields(ticket)
        add_event(ctx, session, ticket, EventKind.COSTS, None, None, "Costi aggiornati.")
        audit.record(ctx, session, "ticket.costs", "ticket", ticket.id, fields)
        session.commit()
    return get_ticket(ctx, ticket_id)

