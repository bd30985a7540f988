"""Maintenance at city scale (300,000 tickets): the filtered list's first page as the
window loads it, the overdue counter, the monthly report PDF. Baselines: the very SQL
statements our code sent, replayed with raw sqlite3 (captured from the engine), and for the
PDF that SQL plus a bare ReportLab table of the same figures."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from borgo_desktop.services.tickets import printing as ticket_printing, tickets
from borgo_desktop.services.core.context import Context

from benchmarks.common import TODAY, captured, compare, log, median, ms, replay, result

RUNS = 5
# Filters a facility manager uses: each is one count and one first page of 200 rows.
FILTERS = (
    {"status": "in_progress"},
    {"overdue": TODAY.isoformat()},
    {"category": "plumbing", "priority": "urgent"},
    {"building": "ERP0042"},
    {"status": "waiting", "category": "heating"},
    {"text": "ascensore"},
    {"priority": "urgent"},
    {"open": True},
)
MONTH = (TODAY.year, TODAY.month - 1) if TODAY.month > 1 else (TODAY.year - 1, 12)


def _list_first_page(ctx: Context):
    from borgo_desktop.services.core import listing
    from borgo_desktop.ui.widgets.table_model import ListTableModel

    model = ListTableModel(ctx, listing.SPECS["tickets"])

    def one(filters):
        return lambda: model.setFilters(dict(filters))
    return model, one


def _bare_pdf(report) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table

    rows = [[r.label, r.opened, r.resolved, r.on_time, r.late, r.average_days]
            for r in (*report.by_category, *report.by_contractor)]
    with tempfile.TemporaryDirectory() as folder:
        SimpleDocTemplate(str(Path(folder) / "bare.pdf"), pagesize=A4).build([Table(rows)])


def run(ctx: Context, database: Path) -> list[dict]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    QApplication.instance() or QApplication([])
    lines = []
    log("Segnalazioni: elenco filtrato, prima pagina (conteggio + 200 righe)")
    model, one = _list_first_page(ctx)
    per_filter = [compare(f"tickets_list_{'_'.join(f)}_ms", ctx, database, one(f), RUNS)
                  for f in FILTERS]
    worst = max(per_filter, key=lambda line: line["value"])
    lines += per_filter
    lines.append(result("tickets_list_first_page_worst_ms", worst["value"], "ms", worst["baseline"]))
    log(f"  righe trovate con l'ultimo filtro: {model.total}")
    log("Segnalazioni: contatore dei ritardi")
    lines.append(compare("tickets_overdue_count_ms", ctx, database,
                         lambda: tickets.overdue_count(ctx), RUNS))
    log(f"  in ritardo: {tickets.overdue_count(ctx)}")
    log(f"Resoconto mensile {MONTH[1]:02d}/{MONTH[0]} in PDF")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "mese.pdf"
        with captured(ctx) as statements:
            report = ticket_printing.monthly_report(ctx, *MONTH)
        ticket_printing.print_monthly(ctx, *MONTH, path)  # warm-up (fonts)
        ours = [ms(lambda: ticket_printing.print_monthly(ctx, *MONTH, path)) for _ in range(RUNS)]
    raw = [replay(database, statements) + ms(lambda: _bare_pdf(report)) for _ in range(RUNS)]
    line = result("tickets_monthly_pdf_ms", median(ours), "ms", median(raw))
    log(f"  tickets_monthly_pdf_ms: {line['value']} ms (obiettivo ≤ 3000 ms)")
    lines.append(line)
    return lines
