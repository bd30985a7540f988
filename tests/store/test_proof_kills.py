"""200 SIGKILLs into mixed writes (issue 17): nothing committed is lost, nothing is half done.

A child interpreter opens the encrypted store as the program does and writes through the real
services in a loop: a household import from a CSV file (two persons), a booking of a common
space, a case note, an audit entry of its own. After each operation returns it journals what
it saw committed on its stdout, a pipe to the parent. The parent kills it with SIGKILL at a
random moment, then checks the file (``integrity_check``, ``foreign_key_check``) before the
next child starts. At the end every journaled operation is in the database whole (each
imported household has both its persons, each booking its series), and the audit chain
verifies. ``BORGO_PROOF_KILLS`` sets the number of kills (200 by default). The simpler kill
test of one kind of write is tests/store/test_crash_safety.py.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
import uuid
from contextlib import closing
from datetime import date

import pytest
from sqlalchemy import func, select

from borgo_desktop.identifiers import make_tax_code
from borgo_desktop.models import AuditEntry, Booking, Membership, Person
from borgo_desktop.models.casework import CaseNote
from borgo_desktop.models.enums import CaseOrigin, Relation, Sex
from borgo_desktop.services.casework import cases
from borgo_desktop.services.core import audit
from borgo_desktop.services.core.context import Actor, Context
from borgo_desktop.services.registry import registry
from borgo_desktop.services.registry.forms import (
    BuildingInput, HouseholdInput, MemberInput, PersonInput,
)
from borgo_desktop.store import Store, connect_file

KILLS = int(os.environ.get("BORGO_PROOF_KILLS", "200"))

WRITER = """
import csv, sys, uuid
from datetime import date, time, timedelta
from pathlib import Path
from borgo_desktop.identifiers import make_tax_code
from borgo_desktop.models.enums import NoteKind, RequesterKind
from borgo_desktop.services.casework import records
from borgo_desktop.services.core import audit_chain
from borgo_desktop.services.core.context import Actor, Context
from borgo_desktop.services.registry.imports import import_households
from borgo_desktop.services.spaces import bookings
from borgo_desktop.store import Store

url, key, space, case, round_, folder = sys.argv[1:7]
store = Store.open(url, key=bytes.fromhex(key), migrate=False)
manager, worker = Context(store, Actor("kill", "manager")), Context(store, Actor("kill-w", "social_worker"))
space, case, round_ = uuid.UUID(space), uuid.UUID(case), int(round_)
csv_path = Path(folder) / f"import-{round_}.csv"
HEADERS = ["Codice nucleo", "Cognome", "Nome", "Codice fiscale", "Data di nascita", "Sesso",
           "Relazione"]
print("ready", flush=True)
n = 0
while True:
    op = f"{round_}-{n}"
    kind = n % 4 if n < 480 else 3
    if kind == 0:
        # One birthday per import, unique across rounds (a round does far fewer than 480 ops).
        born = [date(1930, 1, 1) + timedelta(days=round_ * 120 + n // 4)] * 2
        codes = [make_tax_code("Prova", given, b, sex, "F205")
                 for given, b, sex in (("Anna", born[0], "F"), ("Bruno", born[1], "M"))]
        with open(csv_path, "w", encoding="utf-8", newline="") as stream:
            writer = csv.writer(stream, delimiter=";")
            writer.writerow(HEADERS)
            writer.writerow([f"K{round_}X{n}", "Prova", "Anna", codes[0],
                             born[0].strftime("%d/%m/%Y"), "F", "Intestatario"])
            writer.writerow([f"K{round_}X{n}", "Prova", "Bruno", codes[1],
                             born[1].strftime("%d/%m/%Y"), "M", "Coniuge/Convivente"])
        report = import_households(manager, csv_path)
        assert not report.refused and report.households == 1, report.problems
        print("import", codes[0], codes[1], flush=True)
    elif kind == 1:
        slot = n // 4
        day = date(2027, 1, 4) + timedelta(days=round_ * 20 + slot // 40)
        start = 8 * 60 + (slot % 40) * 15
        made = bookings.create(manager, bookings.BookingInput(
            space, f"Prova {op}", "Richiedente", RequesterKind.RESIDENT, day,
            time(start // 60, start % 60), time((start + 15) // 60, (start + 15) % 60)))
        print("booking", *(str(o.id) for o in made), flush=True)
    elif kind == 2:
        note = records.add_note(worker, case, records.NoteInput(
            NoteKind.PHONE_CALL, date(2026, 11, 2), f"Telefonata {op}."))
        print("note", note, flush=True)
    else:
        audit_chain.record_event(manager, "proof.mark", "proof", "", detail=op)
        print("audit", op, flush=True)
    n += 1
"""


def _round(url: str, key: bytes, space, case, round_: int, folder, rng: random.Random) -> list:
    child = subprocess.Popen([sys.executable, "-c", WRITER, url, key.hex(), str(space), str(case),
                              str(round_), str(folder)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    journal = []
    try:
        assert child.stdout.readline().strip() == "ready", child.stderr.read()
        first = child.stdout.readline().split()  # one operation done: the random wait starts
        assert first, child.stderr.read()
        journal.append(first)
        time.sleep(rng.uniform(0.0, 0.6))
        assert child.poll() is None, child.stderr.read()  # still writing: no error stopped it
        os.kill(child.pid, signal.SIGKILL)
        journal.extend(line.split() for line in child.stdout if line.strip())
    finally:
        child.wait(timeout=30)
        child.stdout.close()
        child.stderr.close()
    return journal


def _setup(url: str, key: bytes):
    store = Store.open(url, key=key)
    ctx = Context(store, Actor("setup", "manager"), today=lambda: date(2026, 11, 25))
    registry.create_building(ctx, BuildingInput("KL1", "Edificio prova", "Via Prova 1", "20151"))
    space = registry.create_common_space(ctx, "KL1", "SALA", "Sala comune")
    born = date(1960, 5, 5)
    household = registry.create_household(ctx, HouseholdInput(), [MemberInput(PersonInput(
        "Verdi", "Gino", make_tax_code("Verdi", "Gino", born, "M", "F205"), born, Sex("M")),
        Relation.REFERENCE)])
    worker = Context(store, Actor("kill-w", "social_worker"), today=ctx.today)
    case = cases.open_case(worker, household.id, CaseOrigin.OFFICE)
    store.close()
    return space, case


@pytest.mark.slow
def test_sigkills_into_mixed_writes_lose_nothing_committed(tmp_path):
    path = tmp_path / "borgo.sqlite"
    url, key = f"sqlite:///{path}", os.urandom(32)
    space, case = _setup(url, key)
    rng = random.Random(20261204)
    journal, started = [], time.monotonic()
    for round_ in range(KILLS):
        journal.extend(_round(url, key, space, case, round_, tmp_path, rng))
        with closing(connect_file(path, key)) as raw:  # after each kill, before the next start
            assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)], round_
            assert raw.execute("PRAGMA foreign_key_check").fetchall() == [], round_
    elapsed = time.monotonic() - started

    seen = {kind: [entry[1:] for entry in journal if entry[0] == kind]
            for kind in ("import", "booking", "note", "audit")}
    store = Store.open(url, key=key, migrate=False)
    try:
        with store.read() as session:
            people = dict(session.execute(select(Person.tax_code, Person.id)).all())
            households_of = dict(session.execute(select(Membership.person_id,
                                                        Membership.household_id)).all())
            booked = {str(b) for b in session.scalars(select(Booking.id))}
            notes = {str(n) for n in session.scalars(select(CaseNote.id))}
            marks = set(session.scalars(select(AuditEntry.detail)
                                        .where(AuditEntry.action == "proof.mark")))
            sizes = session.execute(select(Membership.household_id, func.count())
                                    .group_by(Membership.household_id)).all()
        for first, second in seen["import"]:  # committed, and whole: both persons, one household
            assert households_of[people[first]] == households_of[people[second]]
        assert {n for _h, n in sizes} <= {1, 2} and len(people) == 1 + 2 * len(
            [h for h, n in sizes if n == 2])  # no imported household with one person only
        assert {b for ids in seen["booking"] for b in ids} <= booked
        assert {n for (n,) in seen["note"]} <= notes
        assert {m for (m,) in seen["audit"]} <= marks
        result = audit.verify(Context(store, Actor("check", "admin")))
        assert result.ok, result.reason
    finally:
        store.close()
    print(f"\nkill runs: {KILLS} SIGKILLs in {elapsed:.0f} s; journaled as committed and found: "
          + ", ".join(f"{len(v)} {k}" for k, v in seen.items())
          + f"; {result.checked} audit entries verified; integrity and foreign keys clean after each kill")
