"""Allocation plan: target categories with quotas, the pre-allocation pipeline, move-in checklist."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from borgo_desktop.models.base import Base, Tracked, UtcDateTime
from borgo_desktop.models.enums import MoveInItem, Stage, column_type


class TargetCategory(Tracked, Base):
    __tablename__ = "target_categories"

    code: Mapped[str] = mapped_column(String(24), unique=True)
    label: Mapped[str] = mapped_column(String(120))
    quota: Mapped[int] = mapped_column(Integer, default=0)  # units reserved in the plan
    description: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Candidacy(Tracked, Base):
    """A household in the pre-allocation pipeline (one open candidacy per household)."""

    __tablename__ = "candidacies"

    household_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("households.id"), unique=True)
    stage: Mapped[Stage] = mapped_column(column_type(Stage), index=True)
    unit_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("units.id"), index=True)
    reserved_until: Mapped[date | None] = mapped_column(Date)
    refusal_reason: Mapped[str] = mapped_column(Text, default="")
    stage_changed_at: Mapped[datetime] = mapped_column(UtcDateTime)


class CandidacyEvent(Tracked, Base):
    """Append-only history of pipeline transitions: who, when, which unit, why."""

    __tablename__ = "candidacy_events"

    candidacy_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("candidacies.id"), index=True)
    from_stage: Mapped[Stage | None] = mapped_column(column_type(Stage))
    to_stage: Mapped[Stage] = mapped_column(column_type(Stage))
    unit_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("units.id"))
    happened_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")


class MoveInTask(Tracked, Base):
    __tablename__ = "move_in_tasks"

    household_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("households.id"), index=True)
    item: Mapped[MoveInItem] = mapped_column(column_type(MoveInItem))
    due_on: Mapped[date | None] = mapped_column(Date)  # follow-up steps: from the handover
    done_on: Mapped[date | None] = mapped_column(Date)
    done_by: Mapped[str] = mapped_column(String(64), default="")
    note: Mapped[str] = mapped_column(Text, default="")
