"""Printed documents of the registry: any list as shown, and the household sheet (PDF)."""

from __future__ import annotations

import uuid
from pathlib import Path

from borgo_desktop.formatting import fmt_date
from borgo_desktop.reports.registry_household import render_household
from borgo_desktop.reports.list_sheet import render_list
from borgo_desktop.services.core import audit, listing
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.core.permissions import Permission, require
from borgo_desktop.services.registry.registry import get_household
from borgo_desktop.services.core.settings import get_setting


def print_list(ctx: Context, spec_name: str, filters: dict | None, sort: str, descending: bool,
               path: Path) -> int:
    """Write the list as the window shows it (same filters and order) to a PDF."""
    spec = listing.SPECS[spec_name]
    require(ctx, spec.export_permission)
    rows = [[listing.display_text(c, v) for c, v in zip(spec.columns, values)]
            for values in listing.iter_rows(ctx, spec, filters, sort, descending)]
    active = {k: v for k, v in (filters or {}).items() if v not in (None, "", ())}
    subtitle = f"{len(rows)} {'riga' if len(rows) == 1 else 'righe'} al {fmt_date(ctx.today())}"
    if active:
        subtitle += " · filtri: " + ", ".join(f"{k} = {getattr(v, 'label', v)}" for k, v in active.items())
    render_list(Path(path), office_name=str(get_setting(ctx, "office.name")), title=spec.title,
                subtitle=subtitle, headers=[c.label for c in spec.columns], rows=rows)
    audit.record_event(ctx, f"print.{spec_name}", "list", spec_name,
                       detail=f"{len(rows)} righe, sha256 {audit.file_digest(Path(path))}")
    return len(rows)


def print_household(ctx: Context, household_id: uuid.UUID, path: Path) -> Path:
    require(ctx, Permission.EXPORT_PERSONAL)
    detail = get_household(ctx, household_id)
    written = render_household(Path(path), detail, office_name=str(get_setting(ctx, "office.name")),
                               today=ctx.today())
    audit.record_event(ctx, "print.household", "household", household_id,
                       detail=f"{detail.code}, sha256 {audit.file_digest(Path(path))}")
    return written
