"""Community life: groups, events, house rules, self-managed services, the services directory."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from borgo_desktop.models.base import Base, Tracked
from borgo_desktop.models.enums import Audience, ServiceKind, TurnStatus, column_type


class CommunityGroup(Tracked, Base):
    __tablename__ = "community_groups"

    name: Mapped[str] = mapped_column(String(120), unique=True)
    purpose: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class GroupMember(Tracked, Base):
    __tablename__ = "group_members"
    __table_args__ = (UniqueConstraint("group_id", "person_id"),)

    group_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("community_groups.id"), index=True)
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("persons.id"), index=True)
    referent: Mapped[bool] = mapped_column(Boolean, default=False)
    joined_on: Mapped[date] = mapped_column(Date)


class CommunityEvent(Tracked, Base):
    """An event or initiative; residents are counted by person, others by number."""

    __tablename__ = "community_events"

    title: Mapped[str] = mapped_column(String(160))
    held_on: Mapped[date] = mapped_column(Date, index=True)
    place: Mapped[str] = mapped_column(String(160))
    audience: Mapped[Audience] = mapped_column(column_type(Audience))
    partners: Mapped[str] = mapped_column(String(300), default="")
    group_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("community_groups.id"))
    other_participants: Mapped[int] = mapped_column(Integer, default=0)


class EventParticipant(Tracked, Base):
    __tablename__ = "event_participants"
    __table_args__ = (UniqueConstraint("event_id", "person_id"),)

    event_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("community_events.id"), index=True)
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("persons.id"), index=True)


class HouseRules(Tracked, Base):
    """One version of the shared rules for living together."""

    __tablename__ = "house_rules"

    version: Mapped[int] = mapped_column(Integer, unique=True)
    title: Mapped[str] = mapped_column(String(160))
    body: Mapped[str] = mapped_column(Text)
    effective_on: Mapped[date] = mapped_column(Date)


class RulesAcknowledgement(Tracked, Base):
    __tablename__ = "rules_acknowledgements"
    __table_args__ = (UniqueConstraint("rules_id", "household_id"),)

    rules_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("house_rules.id"), index=True)
    household_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("households.id"), index=True)
    acknowledged_on: Mapped[date] = mapped_column(Date)


class SelfService(Tracked, Base):
    """A service the residents run themselves (cleaning of the stairs, garden, reading corner)."""

    __tablename__ = "self_services"

    name: Mapped[str] = mapped_column(String(120), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    every_days: Mapped[int] = mapped_column(Integer, default=7)


class RotaTurn(Tracked, Base):
    __tablename__ = "rota_turns"
    __table_args__ = (UniqueConstraint("service_id", "due_on"),)

    service_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("self_services.id"), index=True)
    household_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("households.id"), index=True)
    due_on: Mapped[date] = mapped_column(Date)
    status: Mapped[TurnStatus] = mapped_column(column_type(TurnStatus))
    note: Mapped[str] = mapped_column(String(200), default="")


class NeighbourhoodService(Tracked, Base):
    """A local service in the directory (the casework area refers to these)."""

    __tablename__ = "neighbourhood_services"

    name: Mapped[str] = mapped_column(String(160), index=True)
    kind: Mapped[ServiceKind] = mapped_column(column_type(ServiceKind), index=True)
    address: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    website: Mapped[str] = mapped_column(String(200), default="")
    hours: Mapped[str] = mapped_column(String(300), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
