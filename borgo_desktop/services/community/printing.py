"""Printed rota of a self-managed service and the services leaflet for new residents."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from borgo_desktop.errors import UserError
from borgo_desktop.formatting import fmt_date
from borgo_desktop.models.enums import ServiceKind, TurnStatus
from borgo_desktop.models.communication import TemplateKind
from borgo_desktop.reports.community_sheets import render_leaflet, render_rota
from borgo_desktop.services.core import audit
from borgo_desktop.services.communication import merge, templates
from borgo_desktop.services.community import community
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.core.permissions import Permission, require
from borgo_desktop.services.core.recurrence import WEEKDAYS
from borgo_desktop.services.core.settings import get_setting


ROTA_LINES = 14
# The board's copy of a rota, out of the communication engine (editable in «Comunicazioni»).
ROTA_BOARD = templates.TemplateInput(
    "TURNI-BACHECA", "Turni di un servizio autogestito (bacheca)", TemplateKind.NOTICE_BORGO,
    texts={"it": templates.Text(
        "{avviso.titolo}",
        "{avviso.testo}\n\nOgni nucleo riceve dall'ufficio di borgo il giorno del proprio "
        "turno. Chi non può fare il proprio turno si accordi con un altro nucleo e avvisi "
        "l'ufficio di borgo.")},
    note="modello del programma")


def print_rota(ctx: Context, service_id: uuid.UUID, first_day: date, last_day: date,
               path: Path, *, board: bool = False) -> Path:
    """The rota of a self-managed service. The office's copy names each turn's household;
    the ``board`` copy, for the staircase, names nobody (DOMAIN.md, data-protection rule 3):
    days and what was done only, its title and description passed through the personal-data
    guard of the public notices (services/communication/guard.py)."""
    require(ctx, Permission.REGISTRY_READ)
    services = {s[0]: s for s in community.list_self_services(ctx)}
    if service_id not in services:
        raise UserError("Servizio non trovato: forse è stato ritirato da un altro utente.")
    _id, name, description, _every = services[service_id]
    turns = community.rota(ctx, service_id, first_day, last_day)
    marks = {TurnStatus.PLANNED: "", TurnStatus.DONE: "fatto", TurnStatus.MISSED: "saltato"}
    title = f"Turni: {name}"
    if board:
        return _board_rota(ctx, service_id, title, description, first_day, last_day, turns,
                           marks, Path(path))
    rows = [(f"{WEEKDAYS[t.due_on.weekday()]} {fmt_date(t.due_on)}", t.household_code,
             t.reference, marks[t.status]) for t in turns]
    render_rota(Path(path), office_name=str(get_setting(ctx, "office.name")), title=title,
                subtitle=f"Dal {fmt_date(first_day)} al {fmt_date(last_day)} · {len(rows)} turni",
                description=description, rows=rows)
    audit.record_event(ctx, "print.rota", "selfservice", service_id, detail=f"{len(rows)} turni")
    return Path(path)


def _board_rota(ctx, service_id, title, description, first_day, last_day, turns, marks,
                path: Path) -> Path:
    """The board's copy: a notice of the engine for the households of the turns (a delivery
    row "posted on the board" each), its texts through the public-notice guard."""
    require(ctx, Permission.COMM_SEND)
    if not turns:
        raise UserError("Nessun turno dal {first} al {last}: pianificare i turni prima di "
                        "stamparli.", first=fmt_date(first_day), last=fmt_date(last_day))
    days = [f"{WEEKDAYS[t.due_on.weekday()]} {fmt_date(t.due_on)}"
            + (f" ({marks[t.status]})" if marks[t.status] else "") for t in turns]
    # one day a line while they fit on the sheet, then run on
    listed = "\n".join(days) if len(days) <= ROTA_LINES else " · ".join(days) + "."
    text = (f"{description}\n\n" if description else "") + (
        f"Giorni dei turni dal {fmt_date(first_day)} al {fmt_date(last_day)}:\n{listed}")
    codes = ",".join(dict.fromkeys(t.household_code for t in turns))
    template = templates.ensure_system_template(ctx, ROTA_BOARD)
    merge.run_batch(ctx, merge.BatchRequest(template.code, f"households:{codes}", extra={
        "avviso.titolo": title, "avviso.testo": text}), path)
    audit.record_event(ctx, "print.rota_board", "selfservice", service_id,
                       detail=f"{len(turns)} turni")
    return path


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
