"""The cost of encryption at rest: the same work on the plain benchmark database and on an
encrypted copy of it (SQLCipher, as the Gate opens it), so the ratio is the overhead.

- search and list: the services' global search and the persons list's first page (fetched
  through services.listing, no window) on an encrypted store, baseline the plain store;
- raw FTS5: the search statement on raw SQLCipher, baseline raw sqlite3;
- opening: a login through the Gate at the production argon2id cost (the key derivation is
  most of it), baseline opening the plain store.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
import time
from pathlib import Path

from borgo_desktop.services.core import listing, search
from borgo_desktop.services.core.context import Context
from borgo_desktop.store import Store, connect_file, export_encrypted

from benchmarks.common import log, median, percentile, result
from benchmarks.search_bench import LIMIT, PREFIXES, RAW_SQL, _raw_match

REPEATS = 3


def _ms(call) -> float:
    started = time.perf_counter()
    call()
    return (time.perf_counter() - started) * 1000


def _encrypted_copy(database: Path, key: bytes) -> Path:
    target = database.with_name("encrypted-bench.sqlite")
    if not target.exists():
        log(f"Copia cifrata del database di prova: {target}")
        with tempfile.TemporaryDirectory(dir=database.parent) as folder:
            temp = Path(folder) / "enc.sqlite"
            export_encrypted(database, temp, key)
            os.replace(temp, target)
    return target


def _service_samples(ctx: Context) -> tuple[list[float], list[float]]:
    spec = listing.SPECS["persons"]
    for q in PREFIXES:  # warm-up
        search.search(ctx, q, LIMIT)
    searches = [_ms(lambda q=q: search.search(ctx, q, LIMIT))
                for _ in range(REPEATS) for q in PREFIXES]
    pages = [_ms(lambda: listing.fetch_page(ctx, spec, {}, "", False, 0, 200))
             for _ in range(REPEATS * 5)]
    return searches, pages


def run(ctx: Context, database: Path) -> list[dict]:
    key = bytes(range(32))  # a fixed key: a benchmark file, not data
    encrypted = _encrypted_copy(database, key)
    enc_store = Store.open(f"sqlite:///{encrypted}", key=key)
    try:
        enc_ctx = Context(enc_store, ctx.actor, ctx.today)
        plain_search, plain_pages = _service_samples(ctx)
        enc_search, enc_pages = _service_samples(enc_ctx)
    finally:
        enc_store.close()
    raw_plain, raw_enc = sqlite3.connect(database), connect_file(encrypted, key)
    matches = [_raw_match(search.query_words(q)) for q in PREFIXES]
    for m in matches:
        raw_plain.execute(RAW_SQL, (m, LIMIT)).fetchall()
        raw_enc.execute(RAW_SQL, (m, LIMIT)).fetchall()
    raw_p = [_ms(lambda m=m: raw_plain.execute(RAW_SQL, (m, LIMIT)).fetchall())
             for m in matches * REPEATS]
    raw_e = [_ms(lambda m=m: raw_enc.execute(RAW_SQL, (m, LIMIT)).fetchall())
             for m in matches * REPEATS]
    raw_plain.close()
    raw_enc.close()
    return [
        result("encrypted_search_p50_ms", percentile(enc_search, 50), "ms",
               percentile(plain_search, 50)),
        result("encrypted_search_p95_ms", percentile(enc_search, 95), "ms",
               percentile(plain_search, 95)),
        result("encrypted_persons_page_ms", median(enc_pages), "ms", median(plain_pages)),
        result("encrypted_raw_fts_p50_ms", percentile(raw_e, 50), "ms", percentile(raw_p, 50)),
        _login(database),
    ]


def _login(database: Path) -> dict:
    """A login at the production argon2id cost against opening the plain store."""
    from borgo_desktop.services.accounts import keyfile
    from borgo_desktop.services.admin.gate import Gate

    with tempfile.TemporaryDirectory(dir=database.parent) as folder:
        url = f"sqlite:///{Path(folder) / 'borgo.sqlite'}"
        Gate(url).set_up("admin", "Benchmark", "una frase per la misura")[0].store.close()
        logins = []
        for _ in range(3):
            gate = Gate(url)
            logins.append(_ms(lambda gate=gate: gate.log_in("admin", "una frase per la misura")))
            gate.close()
        assert keyfile.KDF == keyfile.KdfParams()  # measured at the real cost
    opens = [_ms(lambda: Store.open(f"sqlite:///{database}").close()) for _ in range(3)]
    return result("login_open_ms", median(logins), "ms", median(opens))
