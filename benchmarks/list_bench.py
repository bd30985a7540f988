"""The persons list: from creating the page to its first page of rows painted, against
fetching the same 200 rows with raw sqlite3."""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

from borgo_desktop.services.core.context import Context

from benchmarks.common import log, median, result

RUNS = 5
# The statement services.listing.fetch_page issues for the persons list, first page.
RAW_SQL = (
    "SELECT persons.id, persons.surname, persons.given_name, persons.tax_code,"
    " persons.birth_date, persons.sex, persons.citizenship, households_1.code, persons.phone"
    " FROM persons LEFT OUTER JOIN memberships AS memberships_1"
    " ON memberships_1.person_id = persons.id AND memberships_1.left_on IS NULL"
    " LEFT OUTER JOIN households AS households_1 ON households_1.id = memberships_1.household_id"
    " ORDER BY persons.surname ASC, persons.id LIMIT 200 OFFSET 0")


def _first_page_ms(ctx: Context) -> tuple[float, int]:
    from borgo_desktop.ui.registry.lists import PersonListPage

    started = time.perf_counter()
    page = PersonListPage(ctx)
    page.resize(1280, 760)
    page.show()
    image = page.table.grab()  # paints the view with its first rows
    elapsed = (time.perf_counter() - started) * 1000
    rows = page.model.rowCount()
    if image.isNull() or rows == 0:
        raise RuntimeError("the persons list painted nothing")
    page.close()
    page.deleteLater()
    return elapsed, rows


def _raw_ms(database: Path) -> float:
    connection = sqlite3.connect(database)
    started = time.perf_counter()
    rows = connection.execute(RAW_SQL).fetchall()
    elapsed = (time.perf_counter() - started) * 1000
    connection.close()
    assert len(rows) == 200 or rows
    return elapsed


def run(ctx: Context, database: Path) -> list[dict]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from borgo_desktop.app import configure

    app = QApplication.instance() or QApplication([])
    configure(app)
    log("Elenco persone: prima pagina")
    _first_page_ms(ctx)  # warm-up: fonts, styles, statement caches
    _raw_ms(database)
    ours, raw = [], []
    for _ in range(RUNS):
        elapsed, _rows = _first_page_ms(ctx)
        app.processEvents()
        ours.append(elapsed)
        raw.append(_raw_ms(database))
    return [result("persons_first_page_ms", median(ours), "ms", median(raw))]
