"""The monthly report (`borgo-desktop report monthly --month 2026-11 --out FILE.pdf`): the
dashboard's figures for a month, printed with ReportLab charts."""

from __future__ import annotations

from pathlib import Path

from borgo_desktop.errors import UserError
from borgo_desktop.models.reporting import PeriodKind
from borgo_desktop.reports.reporting.monthly import ChartData, MonthlyData, write_monthly
from borgo_desktop.services.core import audit
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.core.settings import get_setting
from borgo_desktop.services.reporting.dashboard import dashboard
from borgo_desktop.services.reporting.periods import parse_period


def monthly_report(ctx: Context, month: str, out: Path, building: str | None = None) -> Path:
    period = parse_period(month)
    if period.kind != PeriodKind.MONTH:
        raise UserError("Indicare un mese, per esempio 2026-11.")
    data = dashboard(ctx, period, building)  # REPORT_VIEW is checked there
    charts = tuple(ChartData(t.title, t.headline, t.kind,
                             tuple((s.name, s.points) for s in t.series)) for t in data.tiles)
    where = f"Edificio {building}" if building else "Tutti gli edifici"
    write_monthly(MonthlyData(str(get_setting(ctx, "office.name")), period.label(), where,
                              charts), Path(out))
    audit.record_event(ctx, "report.monthly", "period", period.code)
    return Path(out)
