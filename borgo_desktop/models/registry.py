"""Tenant registry: buildings, units, common spaces, households, persons, memberships, leases."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import (
    JSON, Boolean, Date, Float, ForeignKey, Index, Integer, String, Text, text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from borgo_desktop.models.base import Base, Tracked
from borgo_desktop.models.enums import (
    Education, Employment, HouseholdStatus, LeaseStatus, Regime, Relation, RentModel, Sex,
    UnitStatus, column_type,
)


class Building(Tracked, Base):
    __tablename__ = "buildings"

    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    address: Mapped[str] = mapped_column(String(200))
    cap: Mapped[str] = mapped_column(String(5))
    city: Mapped[str] = mapped_column(String(80), default="Milano")
    municipio: Mapped[int | None] = mapped_column(Integer)

    units: Mapped[list["Unit"]] = relationship(back_populates="building")


class Unit(Tracked, Base):
    __tablename__ = "units"
    __table_args__ = (Index("ix_units_status_building", "status", "building_id"),)

    building_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("buildings.id"), index=True)
    code: Mapped[str] = mapped_column(String(24), unique=True)
    staircase: Mapped[str] = mapped_column(String(8), default="")
    floor: Mapped[int] = mapped_column(Integer, default=0)
    number: Mapped[str] = mapped_column(String(8))
    cadastral_sheet: Mapped[str] = mapped_column(String(12), default="")
    cadastral_parcel: Mapped[str] = mapped_column(String(12), default="")
    cadastral_sub: Mapped[str] = mapped_column(String(12), default="")
    surface_m2: Mapped[float] = mapped_column(Float)
    rooms: Mapped[int] = mapped_column(Integer)
    accessible: Mapped[bool] = mapped_column(Boolean, default=False)
    regime: Mapped[Regime] = mapped_column(column_type(Regime))
    rent_model: Mapped[RentModel] = mapped_column(column_type(RentModel))
    # Cents: per m² per year for PER_M2, per month for FLAT, unused for INCOME_BAND.
    rent_rate_cents: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[UnitStatus] = mapped_column(column_type(UnitStatus), index=True)

    building: Mapped[Building] = relationship(back_populates="units")


class CommonSpace(Tracked, Base):
    """A non-residential space of a building (after-school room, party room, workshop...)."""

    __tablename__ = "common_spaces"

    building_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("buildings.id"), index=True)
    code: Mapped[str] = mapped_column(String(24), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    purpose: Mapped[str] = mapped_column(String(200), default="")
    surface_m2: Mapped[float | None] = mapped_column(Float)
    capacity: Mapped[int | None] = mapped_column(Integer)
    # What bookings need (services/spaces/bookings.py). Opening hours: seven entries, Monday first,
    # each ["HH:MM", "HH:MM"] in Rome time or null when closed; null = always open.
    equipment: Mapped[str] = mapped_column(Text, default="")
    opening_hours: Mapped[list | None] = mapped_column(JSON)
    bookable_by: Mapped[list[str]] = mapped_column(JSON, default=list)  # RequesterKind values
    rules: Mapped[str] = mapped_column(Text, default="")
    keys_needed: Mapped[bool] = mapped_column(Boolean, default=False)
    key_holder: Mapped[str] = mapped_column(String(120), default="")
    needs_approval: Mapped[bool] = mapped_column(Boolean, default=False)
    bookable: Mapped[bool] = mapped_column(Boolean, default=True)


class Household(Tracked, Base):
    __tablename__ = "households"

    code: Mapped[str] = mapped_column(String(24), unique=True)
    status: Mapped[HouseholdStatus] = mapped_column(column_type(HouseholdStatus), index=True)
    reference_person_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("persons.id"))
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    preferred_language: Mapped[str] = mapped_column(String(40), default="italiano")
    target_category_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("target_categories.id"), index=True)
    vulnerabilities: Mapped[list[str]] = mapped_column(JSON, default=list)
    needs_accessible_unit: Mapped[bool] = mapped_column(Boolean, default=False)
    isee_cents: Mapped[int | None] = mapped_column(Integer)
    isee_expires_on: Mapped[date | None] = mapped_column(Date)
    dsu_protocol: Mapped[str] = mapped_column(String(40), default="")
    privacy_consent_on: Mapped[date | None] = mapped_column(Date)
    contact_consent_on: Mapped[date | None] = mapped_column(Date)
    photo_consent_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")

    memberships: Mapped[list["Membership"]] = relationship(back_populates="household")


class Person(Tracked, Base):
    __tablename__ = "persons"
    __table_args__ = (Index("ix_persons_name", "surname", "given_name"),)

    surname: Mapped[str] = mapped_column(String(80))
    given_name: Mapped[str] = mapped_column(String(80))
    tax_code: Mapped[str | None] = mapped_column(String(16), unique=True)
    birth_date: Mapped[date] = mapped_column(Date)
    birth_place: Mapped[str] = mapped_column(String(80), default="")
    sex: Mapped[Sex] = mapped_column(column_type(Sex))
    citizenship: Mapped[str] = mapped_column(String(60), default="")
    employment: Mapped[Employment] = mapped_column(column_type(Employment), default=Employment.UNKNOWN)
    education: Mapped[Education] = mapped_column(column_type(Education), default=Education.UNKNOWN)
    # Derived flag only: percentages and Law 104 status belong to the protected area.
    has_disability: Mapped[bool] = mapped_column(Boolean, default=False)
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(120), default="")

    memberships: Mapped[list["Membership"]] = relationship(back_populates="person")


class Membership(Tracked, Base):
    """A person's stay in a household; ``left_on`` empty means current. History is kept."""

    __tablename__ = "memberships"
    __table_args__ = (
        # One current household per person, on both SQLite and PostgreSQL.
        Index("uq_memberships_current_person", "person_id", unique=True,
              sqlite_where=text("left_on IS NULL"), postgresql_where=text("left_on IS NULL")),
    )

    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("persons.id"), index=True)
    household_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("households.id"), index=True)
    relation: Mapped[Relation] = mapped_column(column_type(Relation))
    joined_on: Mapped[date] = mapped_column(Date)
    left_on: Mapped[date | None] = mapped_column(Date)

    person: Mapped[Person] = relationship(back_populates="memberships")
    household: Mapped[Household] = relationship(back_populates="memberships")


class Lease(Tracked, Base):
    __tablename__ = "leases"

    household_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("households.id"), index=True)
    unit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("units.id"), index=True)
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    monthly_rent_cents: Mapped[int] = mapped_column(Integer)
    service_charges_cents: Mapped[int] = mapped_column(Integer, default=0)
    deposit_cents: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[LeaseStatus] = mapped_column(column_type(LeaseStatus))
