"""Proof under load (issue 17): 8 writer processes and 16 reader threads, on both dialects.

Each writer is a child interpreter that opens the store as the program does (SQLite:
SQLCipher-encrypted with a data key; PostgreSQL: its own schema on the test server) and
writes real business operations through the services for a bounded time: a building, then
units in it (each write reads first: unique code checks, the audit chain's head). Sixteen
threads of the parent read through the services meanwhile. Every exception a writer or a
reader meets is what a user would see: there must be none ("database is locked",
serialization failures, anything). The write latency's p99 is printed, not asserted.
``BORGO_LOAD_SECONDS`` sets the duration (30 s by default).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import threading
import time
import uuid

import pytest
from sqlalchemy import func, select, text

from borgo_desktop.models import Building, Unit
from borgo_desktop.services.core import audit
from borgo_desktop.services.core.context import Actor, Context
from borgo_desktop.services.registry import registry
from borgo_desktop.store import Store

from tests.conftest import PG_URL

WRITERS, READERS = 8, 16
SECONDS = float(os.environ.get("BORGO_LOAD_SECONDS", "30"))

WRITER = """
import json, sys, time, traceback
from borgo_desktop.models.enums import Regime, RentModel
from borgo_desktop.services.core.context import Actor, Context
from borgo_desktop.services.registry import registry
from borgo_desktop.services.registry.forms import BuildingInput, UnitInput
from borgo_desktop.store import Store

url, prefix, seconds = sys.argv[1], sys.argv[2], float(sys.argv[3])
key = bytes.fromhex(sys.argv[4]) if sys.argv[4] else None
ctx = Context(Store.open(url, key=key, migrate=False), Actor("seat-" + prefix))
latencies, errors, units = [], [], 0
print("ready", flush=True)
sys.stdin.readline()  # every seat starts at the same moment
end = time.monotonic() + seconds
while time.monotonic() < end:
    started = time.perf_counter()
    try:
        if units % 10 == 0:
            registry.create_building(ctx, BuildingInput(f"{prefix}{units:05d}", "Edificio",
                                                        "Via Carico 1", "20151"))
            building = f"{prefix}{units:05d}"
        registry.create_unit(ctx, UnitInput(building, "A", 1, str(units), 60, 3,
                                            Regime.CAPPED, RentModel.PER_M2, 9000))
        units += 1
    except Exception as exc:  # what a user would see
        errors.append(f"{type(exc).__name__}: {exc}"[:300])
        if len(errors) > 20:
            break
    latencies.append(time.perf_counter() - started)
ctx.store.close()
print(json.dumps({"latencies": latencies, "errors": errors, "units": units}), flush=True)
"""


@pytest.fixture
def pg_proof_url(pg_admin):
    schema = f"borgo_proof_{uuid.uuid4().hex[:10]}"
    with pg_admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    yield f"{PG_URL}?options=-csearch_path%3D{schema}"
    with pg_admin.begin() as conn:
        conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))


def _readers(store: Store, stop: threading.Event, errors: list[str], counts: list[int]) -> list:
    ctx = Context(store, Actor("reader"))

    def read(n: int) -> None:
        while not stop.is_set():
            try:
                if n % 2:
                    registry.list_buildings(ctx)
                else:
                    registry.list_units(ctx)
                counts[n] += 1
            except Exception as exc:  # noqa: BLE001 - what a user would see
                errors.append(f"{type(exc).__name__}: {exc}"[:300])
                return

    return [threading.Thread(target=read, args=(n,), daemon=True) for n in range(READERS)]


def _load(url: str, key: bytes | None) -> dict:
    Store.open(url, key=key).close()  # migrated once, before the seats start
    seats = [subprocess.Popen([sys.executable, "-c", WRITER, url, f"W{n}", str(SECONDS),
                               key.hex() if key else ""],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for n in range(WRITERS)]
    for seat in seats:
        assert seat.stdout.readline().strip() == "ready", seat.stderr.read()
    store = Store.open(url, key=key, migrate=False)
    stop, read_errors, reads = threading.Event(), [], [0] * READERS
    threads = _readers(store, stop, read_errors, reads)
    for thread in threads:
        thread.start()
    for seat in seats:
        seat.stdin.write("go\n")
        seat.stdin.flush()
    results = []
    for seat in seats:
        out, err = seat.communicate(timeout=SECONDS + 300)
        assert seat.returncode == 0, err
        results.append(json.loads(out.strip().splitlines()[-1]))
    stop.set()
    for thread in threads:
        thread.join(timeout=60)
    try:
        with store.read() as session:
            buildings = session.scalar(select(func.count(Building.id)))
            units = session.scalar(select(func.count(Unit.id)))
        verified = audit.verify(Context(store, Actor("check")))
    finally:
        store.close()
    latencies = sorted(x for r in results for x in r["latencies"])
    return {"errors": [e for r in results for e in r["errors"]], "read_errors": read_errors,
            "written": sum(r["units"] for r in results), "units": units, "buildings": buildings,
            "latencies": latencies, "reads": sum(reads), "audit": verified}


def _report(name: str, figures: dict) -> None:
    latencies = figures["latencies"]
    p99 = statistics.quantiles(latencies, n=100)[98] if len(latencies) > 1 else latencies[0]
    print(f"\nload ({name}): {WRITERS} writer processes, {READERS} reader threads, {SECONDS:.0f} s: "
          f"{len(latencies)} writes, p50 {statistics.median(latencies) * 1000:.0f} ms, "
          f"p99 {p99 * 1000:.0f} ms, max {latencies[-1] * 1000:.0f} ms; {figures['reads']} reads; "
          f"{len(figures['errors'])} write errors, {len(figures['read_errors'])} read errors")


def _check(figures: dict) -> None:
    assert figures["errors"] == [] and figures["read_errors"] == []
    assert figures["units"] == figures["written"] > 0  # every reported write is there
    assert figures["audit"].ok, figures["audit"].reason


@pytest.mark.slow
def test_load_on_encrypted_sqlite(tmp_path):
    figures = _load(f"sqlite:///{tmp_path / 'borgo.sqlite'}", os.urandom(32))
    _report("SQLite + SQLCipher", figures)
    _check(figures)


@pytest.mark.slow
@pytest.mark.postgres
def test_load_on_postgresql(pg_proof_url):
    figures = _load(pg_proof_url, None)
    _report("PostgreSQL", figures)
    _check(figures)
