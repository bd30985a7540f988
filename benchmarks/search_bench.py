"""Global search latency: services.search.search against the same FTS5 query in raw sqlite3."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from borgo_desktop.services.core import search
from borgo_desktop.services.core.context import Context

from benchmarks.common import log, percentile, result

# What a clerk types: surname fragments, names, codice fiscale pieces, unit and household
# codes, streets. Fixed, so runs compare.
PREFIXES = (
    "ros", "bianch", "el ha", "esp", "colom", "ferr", "russo", "popes", "santos", "quisp",
    "hossa", "diop", "perer", "hoxha", "zhou", "kovalen", "el say", "ben sa", "la ros", "de luc",
    "lo pre", "brambi", "fumag", "garc", "mend", "rahm", "ndia", "mario", "giusep", "maria ro",
    "ahmed mo", "rss", "frr", "spst", "mhm", "rsslcu", "fmgl", "erp0001", "erp012", "erp0123 a",
    "n00001", "n0123", "n2", "n1000", "pascar", "selinunte", "quarto ogg", "giamb",
    "rossi mar", "esposito g",
)
REPEATS = 5
LIMIT = 20


def _raw_match(words: list[str]) -> str:
    return " AND ".join(f'"{w}"*' for w in words)


RAW_SQL = ("SELECT e.kind, e.ref_id, e.title, e.subtitle FROM search_fts f"
           " JOIN search_entries e ON e.id = f.rowid"
           " WHERE search_fts MATCH ? ORDER BY f.rank LIMIT ?")


def _timed(call) -> float:
    started = time.perf_counter()
    call()
    return (time.perf_counter() - started) * 1000


def run(ctx: Context, database: Path) -> list[dict]:
    raw = sqlite3.connect(database)
    matches = {q: _raw_match(search.query_words(q)) for q in PREFIXES}

    def ours(q: str) -> None:
        search.search(ctx, q, LIMIT)

    def baseline(q: str) -> None:
        raw.execute(RAW_SQL, (matches[q], LIMIT)).fetchall()

    hits = {q: len(search.search(ctx, q, LIMIT)) for q in PREFIXES}  # warm-up
    for q in PREFIXES:
        baseline(q)
    empty = [q for q, n in hits.items() if n == 0]
    if empty:
        log(f"Ricerche senza risultati: {', '.join(empty)}")
    samples_ours, samples_raw = [], []
    for _ in range(REPEATS):
        for q in PREFIXES:  # interleaved, so both see the same cache state
            samples_ours.append(_timed(lambda: ours(q)))
            samples_raw.append(_timed(lambda: baseline(q)))
    raw.close()
    return [result("search_p50_ms", percentile(samples_ours, 50), "ms",
                   percentile(samples_raw, 50)),
            result("search_p95_ms", percentile(samples_ours, 95), "ms",
                   percentile(samples_raw, 95))]
