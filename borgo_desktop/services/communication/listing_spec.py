"""The delivery log as a list of the window: every item of every batch, newest first,
filtered by batch, household, channel and state; exported and printed like every list.

The package (services/communication/__init__.py) adds it to ``listing.SPECS``.
"""

from __future__ import annotations

from sqlalchemy import select

from borgo_desktop.models import Household
from borgo_desktop.models.communication import (
    Delivery, DeliveryChannel, DeliveryStatus, Mailing, Template, TemplateVersion,
)
from borgo_desktop.services.core.listing import DATE, ENUM, INSTANT, INT, Column, ListSpec
from borgo_desktop.services.core.permissions import Permission

DELIVERIES = ListSpec(
    name="deliveries", title="Registro delle consegne", id_expr=Delivery.id,
    columns=(
        Column("mailing", "Comunicazione", Mailing.code, keyset=True),
        Column("printed_at", "Stampata il", Mailing.printed_at, INSTANT),
        Column("template", "Modello", Template.name),
        Column("version", "Versione", TemplateVersion.version, INT),
        Column("household", "Nucleo", Household.code),
        Column("language", "Lingua", Delivery.language),
        Column("channel", "Canale", Delivery.channel, ENUM, DeliveryChannel),
        Column("status", "Stato", Delivery.status, ENUM, DeliveryStatus),
        Column("sent_on", "Consegnata il", Delivery.sent_on, DATE),
        Column("operator", "Operatore", Delivery.operator),
        Column("registered_number", "N. raccomandata", Delivery.registered_number),
        Column("receipt_on", "Ricevuta il", Delivery.receipt_on, DATE),
        Column("receipt_note", "Nota", Delivery.receipt_note),
    ),
    base=lambda: (select(Delivery.id)
                  .join(Mailing, Mailing.id == Delivery.mailing_id)
                  .join(TemplateVersion, TemplateVersion.id == Mailing.version_id)
                  .join(Template, Template.id == TemplateVersion.template_id)
                  .join(Household, Household.id == Delivery.household_id)),
    text_columns=(Mailing.code, Household.code, Template.name, Delivery.registered_number),
    filters={
        "mailing": lambda v: Delivery.mailing_id == v,
        "household": lambda v: Delivery.household_id == v,
        "channel": lambda v: Delivery.channel == v,
        "status": lambda v: Delivery.status == v,
        "template": lambda v: Template.code == v,
    },
    default_sort="mailing", default_descending=True, permission=Permission.REGISTRY_READ,
)
