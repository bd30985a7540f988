"""Facility management: maintenance tickets, their timeline, contractors, preventive plans.

A ticket is about one place (a unit, a common space, or a building and one of its systems),
moves through a fixed status machine (services/tickets/tickets.py) and keeps an append-only
timeline of events. Categories are rows (the office can add its own); deadlines by
priority and category live in the settings.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from borgo_desktop.models.base import Base, Tracked, UtcDateTime
from borgo_desktop.models.enums import Labelled, column_type


class TicketStatus(Labelled):
    NEW = "new"
    TRIAGED = "triaged"
    ASSIGNED = "assigned"
    IN_PROGRESS = "in_progress"
    WAITING = "waiting"
    RESOLVED = "resolved"
    CLOSED = "closed"

    @classmethod
    def _labels(cls):
        return {"new": "Nuova", "triaged": "Valutata", "assigned": "Assegnata",
                "in_progress": "In lavorazione", "waiting": "In attesa", "resolved": "Risolta",
                "closed": "Chiusa"}


OPEN_STATUSES = (TicketStatus.NEW, TicketStatus.TRIAGED, TicketStatus.ASSIGNED,
                 TicketStatus.IN_PROGRESS, TicketStatus.WAITING)


class WaitReason(Labelled):
    PARTS = "parts"
    TENANT_ACCESS = "tenant_access"
    CONTRACTOR = "contractor"

    @classmethod
    def _labels(cls):
        return {"parts": "Ricambi", "tenant_access": "Accesso all'alloggio",
                "contractor": "Ditta"}


class Priority(Labelled):
    URGENT = "urgent"
    HIGH = "high"
    NORMAL = "normal"
    LOW = "low"

    @classmethod
    def _labels(cls):
        return {"urgent": "Urgente", "high": "Alta", "normal": "Normale", "low": "Bassa"}


class Channel(Labelled):
    DESK = "desk"
    PHONE = "phone"
    EMAIL = "email"
    PLANNED = "planned"  # opened by a preventive plan

    @classmethod
    def _labels(cls):
        return {"desk": "Sportello", "phone": "Telefono", "email": "E-mail",
                "planned": "Manutenzione programmata"}


class CostBearer(Labelled):
    OWNER = "owner"
    TENANT = "tenant"
    SELF_MANAGEMENT = "self_management"  # the tenants' self-management body (autogestione)

    @classmethod
    def _labels(cls):
        return {"owner": "Proprietà", "tenant": "Inquilino", "self_management": "Autogestione"}


class EventKind(Labelled):
    CREATED = "created"
    STATUS = "status"
    COMMENT = "comment"
    APPOINTMENT = "appointment"
    ATTACHMENT = "attachment"
    COSTS = "costs"

    @classmethod
    def _labels(cls):
        return {"created": "Apertura", "status": "Cambio di stato", "comment": "Commento",
                "appointment": "Appuntamento", "attachment": "Allegato", "costs": "Costi"}


class TicketCategory(Tracked, Base):
    __tablename__ = "ticket_categories"

    code: Mapped[str] = mapped_column(String(24), unique=True)
    label: Mapped[str] = mapped_column(String(80))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Contractor(Tracked, Base):
    __tablename__ = "contractors"

    name: Mapped[str] = mapped_column(String(120), unique=True)
    trade: Mapped[str] = mapped_column(String(80), default="")
    contact_person: Mapped[str] = mapped_column(String(120), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    contract_ref: Mapped[str] = mapped_column(String(60), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class PreventivePlan(Tracked, Base):
    """A recurring check (boiler every 12 months, lift every month) that opens tickets."""

    __tablename__ = "preventive_plans"

    name: Mapped[str] = mapped_column(String(120))
    category_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("ticket_categories.id"))
    building_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("buildings.id"), index=True)
    system: Mapped[str] = mapped_column(String(120), default="")
    every_months: Mapped[int] = mapped_column(Integer)
    first_due_on: Mapped[date] = mapped_column(Date)
    lead_days: Mapped[int] = mapped_column(Integer, default=14)  # ticket opens this early
    priority: Mapped[Priority] = mapped_column(column_type(Priority), default=Priority.NORMAL)
    contractor_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("contractors.id"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Ticket(Tracked, Base):
    __tablename__ = "tickets"
    __table_args__ = (
        Index("ix_tickets_status_due", "status", "due_on"),
        Index("ix_tickets_status_opened", "status", "opened_on"),
        Index("ix_tickets_building_opened", "building_id", "opened_on"),
        # A category's tickets newest first: the list's default order, without a sort.
        Index("ix_tickets_category_code", "category_id", "code"),
        # The filters by priority (alone or with a category): counted from the index, and
        # their first page read in code order without sorting every match.
        Index("ix_tickets_category_priority_code", "category_id", "priority", "code"),
        Index("ix_tickets_priority_code", "priority", "code"),
        # A preventive plan opens one ticket per period, never two (two seats at once).
        UniqueConstraint("plan_id", "plan_period", name="uq_tickets_plan_period"),
    )

    code: Mapped[str] = mapped_column(String(20), unique=True)
    # Where: the building always; a unit, a common space or a system of the building.
    building_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("buildings.id"))
    unit_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("units.id"), index=True)
    common_space_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("common_spaces.id"))
    system: Mapped[str] = mapped_column(String(120), default="")
    category_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("ticket_categories.id"))
    summary: Mapped[str] = mapped_column(String(160))
    description: Mapped[str] = mapped_column(Text, default="")
    # Who reported it and how.
    reporter_household_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("households.id"), index=True)
    reporter_person_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("persons.id"))
    reporter_name: Mapped[str] = mapped_column(String(120), default="")  # staff or other
    channel: Mapped[Channel] = mapped_column(column_type(Channel))
    priority: Mapped[Priority] = mapped_column(column_type(Priority))
    status: Mapped[TicketStatus] = mapped_column(column_type(TicketStatus))
    wait_reason: Mapped[WaitReason | None] = mapped_column(column_type(WaitReason))
    opened_on: Mapped[date] = mapped_column(Date)
    due_on: Mapped[date] = mapped_column(Date)
    resolved_on: Mapped[date | None] = mapped_column(Date, index=True)
    resolution_days: Mapped[int | None] = mapped_column(Integer)
    closed_on: Mapped[date | None] = mapped_column(Date)
    # Assignee: a contractor, or in-house staff by name.
    contractor_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("contractors.id"), index=True)
    assignee_name: Mapped[str] = mapped_column(String(120), default="")
    estimated_cost_cents: Mapped[int | None] = mapped_column(Integer)
    actual_cost_cents: Mapped[int | None] = mapped_column(Integer)
    cost_bearer: Mapped[CostBearer | None] = mapped_column(column_type(CostBearer))
    feedback_rating: Mapped[int | None] = mapped_column(Integer)  # 1..5, given at closing
    feedback_note: Mapped[str] = mapped_column(Text, default="")
    reopen_count: Mapped[int] = mapped_column(Integer, default=0)
    plan_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("preventive_plans.id"))
    plan_period: Mapped[str | None] = mapped_column(String(10))


class TicketEvent(Tracked, Base):
    """Append-only timeline: creation, status changes, comments, appointments, files, costs."""

    __tablename__ = "ticket_events"

    ticket_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tickets.id"), index=True)
    kind: Mapped[EventKind] = mapped_column(column_type(EventKind))
    from_status: Mapped[TicketStatus | None] = mapped_column(column_type(TicketStatus))
    to_status: Mapped[TicketStatus | None] = mapped_column(column_type(TicketStatus))
    happened_at: Mapped[datetime] = mapped_column(UtcDateTime)
    note: Mapped[str] = mapped_column(Text, default="")


class TicketAppointment(Tracked, Base):
    """An access appointment with the tenant (a change is a new appointment, noted)."""

    __tablename__ = "ticket_appointments"

    ticket_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tickets.id"), index=True)
    starts_at: Mapped[datetime] = mapped_column(UtcDateTime)
    note: Mapped[str] = mapped_column(Text, default="")


class TicketAttachment(Tracked, Base):
    """A photo or document copied into the data folder, kept with its SHA-256."""

    __tablename__ = "ticket_attachments"

    ticket_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tickets.id"), index=True)
    filename: Mapped[str] = mapped_column(String(200))
    stored_path: Mapped[str] = mapped_column(String(400))
    sha256: Mapped[str] = mapped_column(String(64))
    size_bytes: Mapped[int] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(String(200), default="")
