"""House-rule violations and the register of guests.

A violation is reported (by whom, when, what, which article of which rules version the
household had acknowledged), verified, then goes up a ladder of warnings (verbal, written,
formal notice with a deadline) and ends resolved — possibly through a restorative outcome —
or escalated to the Comune. Every step is a row of ``violation_steps``, never edited: who,
when, the note, the deadline it set and the fingerprint of the letter printed for it.

The register of guests (ospitalità) keeps who is hosted by a household, from when, until
when, with the authorisation; the hosting limits of the rules are settings.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from borgo_desktop.models.base import Base, Tracked
from borgo_desktop.models.enums import Labelled, column_type


class ViolationStatus(Labelled):
    REPORTED = "reported"
    VERIFIED = "verified"
    DISMISSED = "dismissed"
    VERBAL_WARNING = "verbal_warning"
    WRITTEN_WARNING = "written_warning"
    FORMAL_NOTICE = "formal_notice"
    RESOLVED = "resolved"
    ESCALATED = "escalated"

    @classmethod
    def _labels(cls):
        return {"reported": "Segnalata", "verified": "Verificata",
                "dismissed": "Archiviata (non confermata)", "verbal_warning": "Richiamo verbale",
                "written_warning": "Richiamo scritto", "formal_notice": "Diffida",
                "resolved": "Risolta", "escalated": "Segnalata al Comune"}


CLOSED_STATUSES = (ViolationStatus.DISMISSED, ViolationStatus.RESOLVED, ViolationStatus.ESCALATED)


class ViolationCategory(Labelled):
    """The categories the office starts with; the list in use is a setting."""

    NOISE = "noise"
    COMMON_AREAS = "common_areas"
    DAMAGE = "damage"
    OCCUPANTS = "occupants"
    UNUSED_UNIT = "unused_unit"
    ANIMALS = "animals"
    WASTE = "waste"
    OTHER = "other"

    @classmethod
    def _labels(cls):
        return {"noise": "Rumori molesti", "common_areas": "Uso improprio degli spazi comuni",
                "damage": "Danni", "occupants": "Occupanti non autorizzati",
                "unused_unit": "Alloggio non abitato", "animals": "Animali",
                "waste": "Rifiuti e raccolta differenziata", "other": "Altro"}


class ViolationOutcome(Labelled):
    """How a violation was settled: restorative options first, as the project prefers."""

    COMPLIED = "complied"
    MEDIATION = "mediation"
    REPAIR = "repair"
    COMMUNITY_WORK = "community_work"
    OTHER = "other"

    @classmethod
    def _labels(cls):
        return {"complied": "Comportamento corretto",
                "mediation": "Incontro di mediazione",
                "repair": "Riparazione del danno",
                "community_work": "Lavoro per la comunità concordato",
                "other": "Altro esito"}


RESTORATIVE = (ViolationOutcome.MEDIATION, ViolationOutcome.REPAIR,
               ViolationOutcome.COMMUNITY_WORK)


class GuestRelation(Labelled):
    """Parents and children may be hosted longer than others (the rules' limits)."""

    PARENT_OR_CHILD = "parent_child"
    OTHER_RELATIVE = "relative"
    OTHER = "other"

    @classmethod
    def _labels(cls):
        return {"parent_child": "Genitore o figlio/a", "relative": "Altro parente",
                "other": "Altra persona"}


class GuestState(Labelled):
    """Where a stay of the register stands today (computed, not stored)."""

    TO_AUTHORISE = "to_authorise"
    AUTHORISED = "authorised"
    OVERDUE = "overdue"
    ENDED = "ended"

    @classmethod
    def _labels(cls):
        return {"to_authorise": "Da autorizzare", "authorised": "Autorizzata",
                "overdue": "Oltre il periodo consentito", "ended": "Terminata"}


class Violation(Tracked, Base):
    __tablename__ = "violations"
    __table_args__ = (Index("ix_violations_status_reported", "status", "reported_on"),)

    code: Mapped[str] = mapped_column(String(16), unique=True)
    household_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("households.id"), index=True)
    category: Mapped[str] = mapped_column(String(40), index=True)
    occurred_on: Mapped[date] = mapped_column(Date)
    reported_on: Mapped[date] = mapped_column(Date)
    reported_by: Mapped[str] = mapped_column(String(160))  # a neighbour, the caretaker, staff
    description: Mapped[str] = mapped_column(Text)
    # The version of the rules the household had acknowledged when it happened (none: it had
    # acknowledged none), the article cited and its text as it read then.
    rules_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("house_rules.id"))
    rule_number: Mapped[int | None] = mapped_column(Integer)
    rule_text: Mapped[str] = mapped_column(String(500), default="")
    status: Mapped[ViolationStatus] = mapped_column(column_type(ViolationStatus), index=True)
    deadline: Mapped[date | None] = mapped_column(Date)  # of the formal notice
    outcome: Mapped[ViolationOutcome | None] = mapped_column(column_type(ViolationOutcome))
    closed_on: Mapped[date | None] = mapped_column(Date)


class ViolationStep(Tracked, Base):
    """One step of a violation's ladder (append-only): ``created_by`` is who took it."""

    __tablename__ = "violation_steps"

    violation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("violations.id"), index=True)
    to_status: Mapped[ViolationStatus] = mapped_column(column_type(ViolationStatus))
    happened_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    deadline: Mapped[date | None] = mapped_column(Date)
    outcome: Mapped[ViolationOutcome | None] = mapped_column(column_type(ViolationOutcome))
    letter_sha256: Mapped[str] = mapped_column(String(64), default="")


class GuestStay(Tracked, Base):
    """A person hosted by a household (ospitalità), with the authorisation of the office."""

    __tablename__ = "guest_stays"

    household_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("households.id"), index=True)
    guest_name: Mapped[str] = mapped_column(String(160))
    tax_code: Mapped[str] = mapped_column(String(16), default="")
    relation: Mapped[GuestRelation] = mapped_column(column_type(GuestRelation))
    starts_on: Mapped[date] = mapped_column(Date)
    planned_until: Mapped[date] = mapped_column(Date)
    ended_on: Mapped[date | None] = mapped_column(Date)
    authorised_on: Mapped[date | None] = mapped_column(Date)
    authorised_by: Mapped[str] = mapped_column(String(64), default="")
    renewal_of_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("guest_stays.id"))
    note: Mapped[str] = mapped_column(Text, default="")
