"""Communication: templates with versions, mailings (one batch, one PDF), deliveries per
recipient, and the communication plan.

A template's text is never edited in place: saving makes a new :class:`TemplateVersion`
holding every language's title and body, so a letter sent keeps the exact text it used
(``Mailing.version_id``). A mailing is one batch printed or sent; each recipient household
gets one :class:`Delivery` row with its channel, date, operator and receipt. Personal data
stay in the registry: a delivery points at the household, never copies its name.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import (
    JSON, Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from borgo_desktop.models.base import Base, Tracked, UtcDateTime
from borgo_desktop.models.enums import Labelled, column_type


class TemplateKind(Labelled):
    LETTER = "letter"  # to one household, merged
    NOTICE_BUILDING = "notice_building"  # for the board of a building: public
    NOTICE_STAIRCASE = "notice_staircase"  # for the door of a staircase: public
    NOTICE_BORGO = "notice_borgo"  # for every board of the borgo: public
    POSTER_A4 = "poster_a4"
    POSTER_A3 = "poster_a3"
    INFO_SHEET = "info_sheet"  # a sheet of information handed out, merged like a letter

    @classmethod
    def _labels(cls):
        return {"letter": "Lettera al nucleo", "notice_building": "Avviso per l'edificio",
                "notice_staircase": "Avviso per la scala", "notice_borgo": "Avviso per il borgo",
                "poster_a4": "Locandina A4", "poster_a3": "Locandina A3",
                "info_sheet": "Scheda informativa"}

    @property
    def public(self) -> bool:
        """Meant for a board or a door: names nobody (DOMAIN.md, data protection rule 3)."""
        return self not in (TemplateKind.LETTER, TemplateKind.INFO_SHEET)


class TemplatePurpose(Labelled):
    GENERAL = "general"
    LEDGER = "ledger"  # reminders and formal notices about money: amounts allowed

    @classmethod
    def _labels(cls):
        return {"general": "Comunicazione generale", "ledger": "Pagamenti e morosità"}


class DeliveryChannel(Labelled):
    HAND = "hand"  # hand delivered, with signature
    LETTERBOX = "letterbox"
    BOARD = "board"  # posted on the board / the staircase door
    POST = "post"  # ordinary post
    REGISTERED = "registered"  # registered mail, with its number and the returned receipt
    PEC = "pec"  # certified e-mail, sent from the office's PEC box: its receipt is recorded
    EMAIL = "email"

    @classmethod
    def _labels(cls):
        return {"hand": "Consegna a mano con firma", "letterbox": "Cassetta della posta",
                "board": "Affisso in bacheca", "post": "Posta ordinaria",
                "registered": "Raccomandata A/R", "pec": "PEC", "email": "E-mail"}


class DeliveryStatus(Labelled):
    PRINTED = "printed"  # in the batch's PDF, not yet out
    SENT = "sent"
    RECEIPT = "receipt"  # the signature or the registered-mail receipt came back
    RETURNED = "returned"  # undelivered, back to the office
    FAILED = "failed"  # e-mail refused by the server

    @classmethod
    def _labels(cls):
        return {"printed": "Stampata", "sent": "Inviata", "receipt": "Ricevuta tornata",
                "returned": "Restituita al mittente", "failed": "Invio non riuscito"}


class PlanPhase(Labelled):
    PRE_ALLOCATION = "pre_allocation"
    MOVE_IN = "move_in"
    FIRST_YEAR = "first_year"
    STEADY = "steady"

    @classmethod
    def _labels(cls):
        return {"pre_allocation": "Prima dell'assegnazione", "move_in": "Ingresso",
                "first_year": "Primo anno", "steady": "A regime"}


class PlanAudience(Labelled):
    RESIDENTS = "residents"
    NEIGHBOURHOOD = "neighbourhood"
    CITY = "city"
    COMUNE = "comune"
    PARTNERS = "partners"

    @classmethod
    def _labels(cls):
        return {"residents": "Abitanti", "neighbourhood": "Quartiere", "city": "Città",
                "comune": "Comune", "partners": "Partner"}


class PlanStatus(Labelled):
    PLANNED = "planned"
    DONE = "done"
    CANCELLED = "cancelled"

    @classmethod
    def _labels(cls):
        return {"planned": "Programmata", "done": "Svolta", "cancelled": "Annullata"}


class Template(Tracked, Base):
    __tablename__ = "comm_templates"

    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(160))
    kind: Mapped[TemplateKind] = mapped_column(column_type(TemplateKind))
    # What the template is for: "general" letters may not carry amounts, "ledger" ones may.
    purpose: Mapped[TemplatePurpose] = mapped_column(column_type(TemplatePurpose))
    current_version: Mapped[int] = mapped_column(Integer, default=1)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class TemplateVersion(Tracked, Base):
    """One saved state of a template: ``texts`` maps a language code ("it", "en", "fr", "es",
    "ar") to {"title": ..., "body": ...}; Italian is always there."""

    __tablename__ = "comm_template_versions"
    __table_args__ = (UniqueConstraint("template_id", "version"),)

    template_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("comm_templates.id"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    texts: Mapped[dict] = mapped_column(JSON)
    note: Mapped[str] = mapped_column(String(200), default="")


class Mailing(Tracked, Base):
    """One batch: a template version merged for a set of households into one PDF."""

    __tablename__ = "comm_mailings"

    code: Mapped[str] = mapped_column(String(24), unique=True)
    version_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("comm_template_versions.id"),
                                                  index=True)
    target: Mapped[str] = mapped_column(String(120))  # "staircase:DL51-A", "all", ...
    target_label: Mapped[str] = mapped_column(String(200), default="")
    large_print: Mapped[bool] = mapped_column(Boolean, default=False)
    extra: Mapped[dict] = mapped_column(JSON, default=dict)  # non-personal fields typed in
    recipients: Mapped[int] = mapped_column(Integer, default=0)
    pages: Mapped[int] = mapped_column(Integer, default=0)
    file_name: Mapped[str] = mapped_column(String(260), default="")
    file_sha256: Mapped[str] = mapped_column(String(64), default="")
    printed_at: Mapped[datetime] = mapped_column(UtcDateTime)


class Delivery(Tracked, Base):
    """One item of a mailing for one household: how it went out and what came back."""

    __tablename__ = "comm_deliveries"
    __table_args__ = (
        UniqueConstraint("mailing_id", "household_id"),
        Index("ix_comm_deliveries_household", "household_id", "created_at"),
    )

    mailing_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("comm_mailings.id"), index=True)
    household_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("households.id"))
    person_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("persons.id"))  # e-mail
    language: Mapped[str] = mapped_column(String(2), default="it")
    first_page: Mapped[int] = mapped_column(Integer, default=0)
    last_page: Mapped[int] = mapped_column(Integer, default=0)
    channel: Mapped[DeliveryChannel] = mapped_column(column_type(DeliveryChannel))
    status: Mapped[DeliveryStatus] = mapped_column(column_type(DeliveryStatus))
    sent_on: Mapped[date | None] = mapped_column(Date)
    operator: Mapped[str] = mapped_column(String(64), default="")
    registered_number: Mapped[str] = mapped_column(String(40), default="")
    receipt_on: Mapped[date | None] = mapped_column(Date)
    receipt_note: Mapped[str] = mapped_column(String(200), default="")


class CommPlanAction(Tracked, Base):
    """An action of the communication plan, per phase and audience."""

    __tablename__ = "comm_plan_actions"

    phase: Mapped[PlanPhase] = mapped_column(column_type(PlanPhase), index=True)
    audience: Mapped[PlanAudience] = mapped_column(column_type(PlanAudience))
    title: Mapped[str] = mapped_column(String(160))
    channel: Mapped[str] = mapped_column(String(80), default="")
    planned_on: Mapped[date] = mapped_column(Date, index=True)
    owner: Mapped[str] = mapped_column(String(120), default="")
    status: Mapped[PlanStatus] = mapped_column(column_type(PlanStatus))
    material: Mapped[str] = mapped_column(String(200), default="")  # free text
    template_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("comm_templates.id"))
    # With a mailing linked, the reach is counted from its deliveries, not typed.
    mailing_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("comm_mailings.id"))
    delivered: Mapped[int] = mapped_column(Integer, default=0)  # reach: how many received it
    attended: Mapped[int] = mapped_column(Integer, default=0)  # how many came
    notes: Mapped[str] = mapped_column(Text, default="")
