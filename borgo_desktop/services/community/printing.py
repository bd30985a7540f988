"""Printed rota of a self-managed service and the services leaflet for new residents."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from borgo_desktop.errors import UserError
from borgo_desktop.formatting import fmt_date
from borgo_desktop.models.enums import ServiceKind, TurnStatus
from borgo_desktop.reports.community_sheets import render_leaflet, render_rota
from borgo_desktop.services.core import audit
from borgo_desktop.services.community import community
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.core.permissions import Permission, require
from borgo_desktop.services.core.recurrence import WEEKDAYS
from borgo_desktop.services.core.settings import get_setting


def print_rota(ctx: Context, service_id: uuid.UUID, first_day: date, last_day: date,
               path: Path) -> Path:
    require(ctx, Permission.REGISTRY_READ)
    services = {s[0]: s for s in community.list_self_services(ctx)}
    if service_id not in services:
        raise UserError("Servizio non trovato: forse è stato ritirato da un altro utente.")
    _id, name, description, _every = services[service_id]
    turns = community.rota(ctx, service_id, first_day, last_day)
    marks = {TurnStatus.PLANNED: "", TurnStatus.DONE: "fatto", TurnStatus.MISSED: "saltato"}
    rows = [(f"{WEEKDAYS[t.due_on.weekday()]} {fmt_date(t.due_on)}", t.household_code,
             t.reference, marks[t.status]) for t in turns]
    render_rota(Path(path), office_name=str(get_setting(ctx, "office.name")),
                title=f"Turni: {name}",
                subtitle=f"Dal {fmt_date(first_day)} al {fmt_date(last_day)} · {len(rows)} turni",
                description=description, rows=rows)
    audit.record_event(ctx, "print.rota", "selfservice", service_id, detail=f"{len(rows)} turni")
    return Path(path)


def print_leaflet(ctx: Context, path: Path) -> Path:
    services = community.search_services(ctx)
    sections = []
    for kind in ServiceKind:
        chosen = [vars_of(s) for s in services if s.kind == kind]
        if chosen:
            sections.append((kind.label, chosen))
    render_leaflet(Path(path), office_name=str(get_setting(ctx, "office.name")),
                   sections=sections)
    audit.record_event(ctx, "print.leaflet", "list", "neighbourhood_services",
                       detail=f"{len(services)} servizi")
    return Path(path)


def vars_of(service: community.ServiceView) -> dict:
    return {"name": service.name, "address": service.address, "phone": service.phone,
            "email": service.email, "website": service.website, "hours": service.hours,
            "notes": service.notes}
