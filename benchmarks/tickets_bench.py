"""Maintenance at city scale (300,000 tickets): the filtered list's first page as the
window loads it, the overdue counter, the monthly report PDF. Baselines: the very SQL
statements our code sent, replayed with raw sqlite3 (captured from the engine), and for the
PDF that SQL plus a bare ReportLab table of the same figures."""

from __future__ import annotations

import os
import sqlite3
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import event

from borgo_desktop.services.tickets import printing as ticket_printing, tickets
from borgo_desktop.services.core.context import Context

from benchmarks.common import TODAY, log, median, result

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


@contextmanager
def captured(ctx: Context):
    """The statements (with their parameters) the engine sends while inside the block."""
    statements: list[tuple[str, tuple]] = []

    def listen(_conn, _cursor, statement, parameters, _context, _many):
        if not statement.lstrip().upper().startswith(("BEGIN", "PRAGMA")):
            statements.append((statement, tuple(parameters or ())))

    event.listen(ctx.store.engine, "before_cursor_execute", listen)
    try:
        yield statements
    finally:
        event.remove(ctx.store.engine, "before_cursor_execute", listen)


def _ms(call) -> float:
    started = time.perf_counter()
    call()
    return (time.perf_counter() - started) * 1000


def _raw(database: Path, statements) -> float:
    connection = sqlite3.connect(database)
    try:
        return _ms(lambda: [connection.execute(sql, params).fetchall() for sql, params in statements])
    finally:
        connection.close()


def _compare(name: str, ctx: Context, database: Path, call, target_ms: float) -> dict:
    with captured(ctx) as statements:
        call()  # warm-up, and the statements to replay
    ours, raw = [], []
    for _ in range(RUNS):
        ours.append(_ms(call))
        raw.append(_raw(database, statements))
    line = result(name, median(ours), "ms", median(raw))
    log(f"  {name}: {line['value']} ms (obiettivo ≤ {target_ms:g} ms)")
    return line


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
    per_filter = [_compare(f"tickets_list_{'_'.join(f)}_ms", ctx, database, one(f), 60)
                  for f in FILTERS]
    worst = max(per_filter, key=lambda line: line["value"])
    lines += per_filter
    lines.append(result("tickets_list_first_page_worst_ms", worst["value"], "ms", worst["baseline"]))
    log(f"  righe trovate con l'ultimo filtro: {model.total}")
    log("Segnalazioni: contatore dei ritardi")
    lines.append(_compare("tickets_overdue_count_ms", ctx, database,
                          lambda: tickets.overdue_count(ctx), 100))
    log(f"  in ritardo: {tickets.overdue_count(ctx)}")
    log(f"Resoconto mensile {MONTH[1]:02d}/{MONTH[0]} in PDF")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "mese.pdf"
        with captured(ctx) as statements:
            report = ticket_printing.monthly_report(ctx, *MONTH)
        ticket_printing.print_monthly(ctx, *MONTH, path)  # warm-up (fonts)
        ours = [_ms(lambda: ticket_printing.print_monthly(ctx, *MONTH, path)) for _ in range(RUNS)]
    raw = [_raw(database, statements) + _ms(lambda: _bare_pdf(report)) for _ in range(RUNS)]
    line = result("tickets_monthly_pdf_ms", median(ours), "ms", median(raw))
    log(f"  tickets_monthly_pdf_ms: {line['value']} ms (obiettivo ≤ 3000 ms)")
    lines.append(line)
    return lines
