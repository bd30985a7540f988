"""Printed case documents: the pact to sign, and the team-meeting summary (content only for
the workers who may read the case; stages and deadlines for overview roles)."""

from __future__ import annotations

import uuid
from pathlib import Path

from borgo_desktop.errors import UserError
from borgo_desktop.models import Case
from borgo_desktop.reports.casework_pact import render_pact, render_summary
from borgo_desktop.services.core import audit
from borgo_desktop.services.casework.access import can_read, check_case
from borgo_desktop.services.casework.file import load_file
from borgo_desktop.services.casework.views import summaries
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.core.lookups import get_or_fail
from borgo_desktop.services.core.permissions import Permission as P
from borgo_desktop.services.core.permissions import allowed, require
from borgo_desktop.services.core.settings import get_setting


def print_pact(ctx: Context, case_id: uuid.UUID, path: Path) -> Path:
    """The current pact (or the one in preparation) with the signature lines."""
    check_case(ctx, case_id, P.CASE_READ)
    require(ctx, P.EXPORT_PERSONAL)
    with ctx.store.read() as session:
        case_file = load_file(session, case_id, ctx.today())
    plan = case_file.current_plan  # the one in preparation is always the newest
    if plan is None:
        raise UserError("La cartella non ha ancora un patto da stampare.")
    s = case_file.summary
    label = f"nucleo {s.household_code}" + (f" – {s.household_name}" if s.household_name else "")
    render_pact(Path(path), case_file, plan, office_name=str(get_setting(ctx, "office.name")),
                household_label=label, worker_names=list(s.workers) or [""])
    audit.record_event(ctx, "print.case_pact", "case", case_id,
                       detail=f"sha256 {audit.file_digest(Path(path))}")
    return Path(path)


def print_summary(ctx: Context, case_id: uuid.UUID, path: Path) -> Path:
    require(ctx, P.CASE_OVERVIEW)
    with ctx.store.read() as session:
        case = get_or_fail(session, Case, case_id, "Cartella")
        content = allowed(ctx.actor, P.CASE_READ) and can_read(session, ctx.actor.username,
                                                                case_id)
        case_file = load_file(session, case_id, ctx.today()) if content else None
        summary = case_file.summary if case_file else summaries(session, [case], ctx.today())[0]
    render_summary(Path(path), summary, case_file, office_name=str(get_setting(ctx, "office.name")),
                   today=ctx.today())
    audit.record_event(ctx, "print.case_summary", "case", case_id,
                       detail=("con contenuto" if content else "solo fasi e scadenze")
                       + f", sha256 {audit.file_digest(Path(path))}")
    return Path(path)
