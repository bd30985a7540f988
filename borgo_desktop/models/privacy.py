"""Data protection: consent records with their dates, and the register of anonymised households.

Consents are never edited away: a withdrawal closes the record (``withdrawn_on``) and a new
consent is a new record, so the register shows what was allowed on any past day.
A household anonymised under the retention rule leaves one :class:`Disposal` row: what rule,
when, by whom. The household, its leases and money records stay (accounting), stripped of
what identifies people.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from borgo_desktop.models.base import Base, Tracked
from borgo_desktop.models.enums import ConsentMethod, ConsentPurpose, column_type


class Consent(Tracked, Base):
    __tablename__ = "consents"
    __table_args__ = (Index("ix_consents_person_purpose", "person_id", "purpose"),)

    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("persons.id"))
    purpose: Mapped[ConsentPurpose] = mapped_column(column_type(ConsentPurpose))
    given_on: Mapped[date] = mapped_column(Date)
    withdrawn_on: Mapped[date | None] = mapped_column(Date)
    method: Mapped[ConsentMethod] = mapped_column(column_type(ConsentMethod))
    recorded_by: Mapped[str] = mapped_column(String(64))  # the operator who collected it
    note: Mapped[str] = mapped_column(Text, default="")


class Disposal(Tracked, Base):
    """One household anonymised by the retention rule (the proposed-disposal register)."""

    __tablename__ = "disposals"

    household_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("households.id"), unique=True)
    left_on: Mapped[date] = mapped_column(Date)
    rule_years: Mapped[int] = mapped_column(Integer)
    persons: Mapped[int] = mapped_column(Integer)  # persons anonymised with it
    anonymised_on: Mapped[date] = mapped_column(Date)
