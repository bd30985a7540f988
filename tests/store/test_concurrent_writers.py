"""Two programs writing the same SQLite file at once never see "database is locked".

Write transactions begin IMMEDIATE and wait on the busy timeout, so a second writer queues
instead of failing halfway through a read-then-write transaction. Run on a plain file and on
a SQLCipher-encrypted one (the key given to both seats as in the Gate).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from borgo_desktop.models import Building
from borgo_desktop.services.core import audit
from borgo_desktop.services.core.context import Actor, Context
from borgo_desktop.store import Store

WRITER = """
import sys
from borgo_desktop.services.registry import registry
from borgo_desktop.services.core.context import Actor, Context
from borgo_desktop.services.registry.forms import BuildingInput
from borgo_desktop.store import Store

url, prefix, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
key = bytes.fromhex(sys.argv[4]) if sys.argv[4] else None
ctx = Context(Store.open(url, key=key), Actor("seat-" + prefix))
for n in range(count):
    # Each write reads first (unique code check, audit chain head), then writes.
    registry.create_building(ctx, BuildingInput(f"{prefix}{n:04d}", "Edificio", "Via X 1", "20151", 8))
    registry.list_buildings(ctx) if n % 50 == 0 else None
print("ok", count)
"""

WRITES = int(os.environ.get("BORGO_CONCURRENCY_WRITES", "150"))


@pytest.mark.parametrize("encrypted", [False, True], ids=["plain", "encrypted"])
def test_two_processes_write_without_locking_errors(tmp_path: Path, encrypted: bool):
    url = f"sqlite:///{tmp_path / 'borgo.sqlite'}"
    key = os.urandom(32) if encrypted else None
    Store.open(url, key=key).close()
    seats = [subprocess.Popen([sys.executable, "-c", WRITER, url, prefix, str(WRITES),
                               key.hex() if key else ""],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for prefix in ("A", "B")]
    results = [seat.communicate(timeout=600) for seat in seats]
    for seat, (out, err) in zip(seats, results):
        assert seat.returncode == 0 and "locked" not in err, err
        assert out.strip() == f"ok {WRITES}"
    store = Store.open(url, key=key)
    try:
        with store.read() as session:
            assert session.scalar(select(func.count(Building.id))) == 2 * WRITES
        assert audit.verify(Context(store, Actor("check"))).ok  # one chain under two writers
    finally:
        store.close()
