"""Bookings of the common spaces: a series holds the rule, each occurrence is one row.

Occurrences are materialised (one row per date, in UTC) so that "does anything overlap on
this space?" is an indexed range query, and so that the database itself can refuse an
overlap: an exclusion constraint on PostgreSQL, a trigger on SQLite (see migration 0006,
``migrations/spaces_ddl.py``).
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from borgo_desktop.models.base import Base, Tracked, UtcDateTime
from borgo_desktop.models.enums import BookingStatus, RequesterKind, column_type


class BookingSeries(Tracked, Base):
    """What was asked for: who, which space, and when (one date or an RFC 5545 RRULE)."""

    __tablename__ = "booking_series"

    space_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("common_spaces.id"), index=True)
    title: Mapped[str] = mapped_column(String(120))
    requester: Mapped[str] = mapped_column(String(120))  # who asked (person, group, body)
    requester_kind: Mapped[RequesterKind] = mapped_column(column_type(RequesterKind))
    contact: Mapped[str] = mapped_column(String(120), default="")
    # First occurrence's start, as wall-clock time in Europe/Rome ("2026-03-02T16:30"): the
    # rule repeats wall-clock times, so a weekly 16:30 stays 16:30 across daylight saving.
    local_start: Mapped[str] = mapped_column(String(19))
    duration_minutes: Mapped[int] = mapped_column(Integer)
    rrule: Mapped[str] = mapped_column(String(200), default="")  # empty for a one-off booking
    expected_attendance: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="")
    # Why a series starting on a day already gone was recorded (empty for a future one).
    past_reason: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[BookingStatus] = mapped_column(column_type(BookingStatus))

    occurrences: Mapped[list["Booking"]] = relationship(back_populates="series",
                                                        order_by="Booking.starts_at")


KEYS_OUT = "key_given_at IS NOT NULL AND key_returned_at IS NULL"


class Booking(Tracked, Base):
    """One occurrence: the space is taken from ``starts_at`` (inclusive) to ``ends_at``."""

    __tablename__ = "bookings"
    __table_args__ = (Index("ix_bookings_space_start", "space_id", "starts_at"),
                      # keys out: a handful of rows among every booking of the city
                      Index("ix_bookings_keys_out", "starts_at",
                            sqlite_where=text(KEYS_OUT), postgresql_where=text(KEYS_OUT)))

    series_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("booking_series.id"), index=True)
    space_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("common_spaces.id"))
    starts_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    ends_at: Mapped[datetime] = mapped_column(UtcDateTime)
    status: Mapped[BookingStatus] = mapped_column(column_type(BookingStatus))
    actual_attendance: Mapped[int | None] = mapped_column(Integer)
    key_given_to: Mapped[str] = mapped_column(String(120), default="")
    key_given_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    key_returned_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    cancel_reason: Mapped[str] = mapped_column(String(200), default="")

    series: Mapped[BookingSeries] = relationship(back_populates="occurrences")
