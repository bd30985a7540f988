"""The audit window on a long log (50,000 entries): its first page (count and 200 rows, as
the window's model loads them at opening and at every filter), the whole window built and
painted, a record's history filtered, and the whole chain verified, against raw sqlite3
doing the same reads.

The log lives in a database of its own in the data folder (built once, through
services.audit.record, so the chain is real); the other benchmarks' data are not touched.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import time
from pathlib import Path

from borgo_desktop.services.core import audit, listing
from borgo_desktop.services.core.context import Actor, Context
from borgo_desktop.store import Store

from benchmarks.common import log, median, result

RUNS = 5
ENTRIES = 50_000
RECORDS = 5_000  # entries name one of this many records
ACTIONS = ("household.view", "household.update", "login", "export.households", "person.update")
RAW_PAGE = ("SELECT id, seq, at, actor, action, entity_id, CAST(fields AS VARCHAR), detail"
            " FROM audit_log ORDER BY seq DESC, id LIMIT 200 OFFSET 0")
RAW_RECORD = ("SELECT id, seq, at, actor, action, entity_id, CAST(fields AS VARCHAR), detail"
              " FROM audit_log WHERE entity_id = ? ORDER BY seq DESC, id LIMIT 200 OFFSET 0")


def _log_store(data_dir: Path) -> tuple[Context, Path]:
    path = data_dir.resolve() / "audit-bench.sqlite"
    fresh = not path.exists()
    ctx = Context(Store.open(f"sqlite:///{path}"), Actor("admin", "admin", "Amministratore"))
    if fresh:
        log(f"Registro di {ENTRIES} voci in {path}")
        with ctx.store.unit_of_work() as session:
            for i in range(ENTRIES):
                action = ACTIONS[i % len(ACTIONS)]
                audit.record(ctx, session, action, action.split(".")[0],
                             f"record-{i % RECORDS}", ["phone"] if "update" in action else [])
            session.commit()
    return ctx, path


def _timed(fn) -> float:
    started = time.perf_counter()
    fn()
    return (time.perf_counter() - started) * 1000


def _page_painted(ctx: Context) -> None:
    from borgo_desktop.ui.admin.audit_page import AuditPage

    page = AuditPage(ctx)
    page.resize(1280, 760)
    page.show()
    if page.table.grab().isNull() or page.model.rowCount() == 0:
        raise RuntimeError("the audit window painted nothing")
    page.close()
    page.deleteLater()


def _first_page(model) -> None:
    """What the window does on opening and on every filter: count, then the first page."""
    model.reload()
    if model.rowCount() == 0:
        raise RuntimeError("the audit list loaded nothing")


RAW_COUNT = "SELECT count(*) FROM audit_log"


def _record_history(ctx: Context) -> None:
    filters = {"entity_id": "record-42"}
    listing.count(ctx, listing.AUDIT, filters)
    listing.fetch_page(ctx, listing.AUDIT, filters, "seq", True, 0, 200)


def _raw_verify(path: Path) -> None:
    """The same reads and the same amount of hashing as audit.verify, without the checks."""
    with sqlite3.connect(path) as connection:
        for row in connection.execute("SELECT * FROM audit_log ORDER BY seq"):
            hashlib.sha256(repr(row).encode()).hexdigest()


def run(data_dir: Path) -> list[dict]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from borgo_desktop.app import configure

    app = QApplication.instance() or QApplication([])
    configure(app)
    ctx, path = _log_store(data_dir)
    raw = sqlite3.connect(path)
    try:
        log("Registro delle operazioni: prima pagina, storia di un record, verifica")
        _page_painted(ctx)  # warm-up: fonts, styles, statement caches
        from borgo_desktop.ui.widgets.table_model import ListTableModel

        model = ListTableModel(ctx, listing.AUDIT)
        pages, raw_pages, painted, records, raw_records = [], [], [], [], []
        for _ in range(RUNS):
            pages.append(_timed(lambda: _first_page(model)))
            raw_pages.append(_timed(lambda: (raw.execute(RAW_COUNT).fetchall(),
                                             raw.execute(RAW_PAGE).fetchall())))
            painted.append(_timed(lambda: _page_painted(ctx)))
            app.processEvents()
            records.append(_timed(lambda: _record_history(ctx)))
            raw_records.append(_timed(lambda: raw.execute(RAW_RECORD, ("record-42",)).fetchall()))
        verified = _timed(lambda: audit.verify(ctx))
        raw_verified = _timed(lambda: _raw_verify(path))
    finally:
        raw.close()
        ctx.store.close()
    return [result("audit_first_page_ms", median(pages), "ms", median(raw_pages)),
            # The whole page built and painted (its widgets, the table's paint), same raw.
            result("audit_window_painted_ms", median(painted), "ms", median(raw_pages)),
            result("audit_record_history_ms", median(records), "ms", median(raw_records)),
            result("audit_verify_50k_ms", verified, "ms", raw_verified)]
