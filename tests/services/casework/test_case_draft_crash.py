"""A program killed while a note is being typed keeps the draft saved before the kill."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from borgo_desktop.services.casework import records as rec
from borgo_desktop.services.core.context import Context
from borgo_desktop.store import Store
from helpers.case_world import TODAY, WORKER, make_world

CHILD = textwrap.dedent("""
    import sys, time, uuid
    from datetime import date
    from borgo_desktop.services.casework import records as rec
    from borgo_desktop.services.core.context import Actor, Context
    from borgo_desktop.store import Store

    store = Store.open(sys.argv[1])
    ctx = Context(store, Actor("assistente", "social_worker"), lambda: date(2026, 11, 25))
    case_id = uuid.UUID(sys.argv[2])
    text = ""
    for word in "Visita domiciliare: la signora racconta del nuovo lavoro".split():
        text = (text + " " + word).strip()
        rec.save_draft(ctx, case_id, "home_visit", date(2026, 11, 20), text)
    print("saved", flush=True)
    while True:  # still typing when the kill arrives
        text += "."
        time.sleep(0.01)
""")


def test_draft_survives_a_kill(ctx, tmp_path: Path):
    world = make_world(ctx)
    url = str(ctx.store.engine.url)
    ctx.store.close()
    child = subprocess.Popen([sys.executable, "-c", CHILD, url, str(world.case_id)],
                             stdout=subprocess.PIPE, text=True,
                             cwd=Path(__file__).resolve().parents[3])
    try:
        assert child.stdout.readline().strip() == "saved"
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    reopened = Store.open(url)
    try:
        draft = rec.load_draft(Context(reopened, WORKER, lambda: TODAY), world.case_id)
    finally:
        reopened.close()
    assert draft.body == "Visita domiciliare: la signora racconta del nuovo lavoro"
    assert draft.kind == "home_visit"
