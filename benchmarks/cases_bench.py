"""Casework at city scale: a case with a 500-note diary opened (on its newest 100 notes, as
the page does), a worker's "my cases" (80 cases), and full-text search in the notes a worker
may read — each against raw sqlite3 doing the same reads in the same run.

The timeline is measured without the audit entry of the opening (a write, measured apart
as ``case_open_audited``, against raw sqlite3 making the same reads and appending one
entry in one committed transaction), the way the page re-reads a file after a save."""

from __future__ import annotations

import dataclasses
import hashlib
import sqlite3
import time
import uuid
from pathlib import Path

from sqlalchemy import func, select

from benchmarks.common import log, percentile, result
from borgo_desktop.models import CaseNote, CaseWorker
from borgo_desktop.seed.city_cases import build_city_cases, worker_name
from borgo_desktop.services.casework import file as case_file, cases
from borgo_desktop.services.core.context import Actor, Context

REPEATS = 20
# What a worker looks for in the notes: whole words, prefixes, two words, rare and common.
QUERIES = ("bollette", "bollet", "lavoro", "colloquio lavoro", "permesso soggiorno", "caf",
           "emporio", "italiano", "affitto arretrata", "turni verde")


def _timed(call) -> float:
    started = time.perf_counter()
    call()
    return (time.perf_counter() - started) * 1000


def ensure_cases(ctx: Context) -> None:
    """A city data set built before the casework area gets its cases added once."""
    with ctx.store.read() as session:
        present = session.scalar(select(CaseWorker.id).where(
            CaseWorker.username == worker_name(0)).limit(1))
    if present is None:
        log("Aggiunta delle cartelle sociali di scala cittadina")
        build_city_cases(ctx, progress=log)


def _longest_case(ctx: Context, username: str) -> uuid.UUID:
    with ctx.store.read() as session:
        return session.execute(
            select(CaseNote.case_id, func.count()).join(
                CaseWorker, CaseWorker.case_id == CaseNote.case_id)
            .where(CaseWorker.username == username).group_by(CaseNote.case_id)
            .order_by(func.count().desc()).limit(1)).first()[0]


# The page opens on the newest NOTE_PAGE notes and counts the older ones (same reads here).
RAW_TIMELINE = (
    ("SELECT id, kind, happened_on, duration_minutes, participants, body, created_by, amends_id"
     f" FROM case_notes WHERE case_id = ? ORDER BY happened_on DESC, id DESC"
     f" LIMIT {case_file.NOTE_PAGE}"),
    "SELECT count(id) FROM case_notes WHERE case_id = ?",
    "SELECT * FROM case_assessments WHERE case_id = ?",
    ("SELECT s.* FROM case_assessment_scores s JOIN case_assessments a"
     " ON a.id = s.assessment_id WHERE a.case_id = ?"),
    "SELECT * FROM case_plans WHERE case_id = ?",
    ("SELECT g.* FROM case_plan_goals g JOIN case_plans p ON p.id = g.plan_id"
     " WHERE p.case_id = ?"),
    "SELECT * FROM case_referrals WHERE case_id = ?",
    "SELECT * FROM case_events WHERE case_id = ?",
)
RAW_MY_CASES = (
    "SELECT c.*, h.code, p.surname, p.given_name FROM cases c"
    " JOIN households h ON h.id = c.household_id"
    " LEFT JOIN persons p ON p.id = h.reference_person_id"
    " WHERE c.id IN (SELECT case_id FROM case_workers WHERE username = ? AND removed_on IS NULL)"
    " AND c.stage != 'followed_up'")
RAW_SEARCH = (
    "SELECT n.case_id, n.id, n.happened_on, n.kind, n.body FROM case_notes_fts f"
    " JOIN case_notes n ON n.id = f.note_id WHERE case_notes_fts MATCH ?"
    " ORDER BY n.happened_on DESC LIMIT 50")


def run(ctx: Context, database: Path) -> list[dict]:
    ensure_cases(ctx)
    username = worker_name(0)
    worker = dataclasses.replace(ctx, actor=Actor(username, "social_worker"))
    case_id = _longest_case(ctx, username)
    raw = sqlite3.connect(database)
    hex_id = case_id.hex
    file = case_file.open_file(worker, case_id)
    log(f"Diario di prova: {len(file.timeline)} voci; casi di {username}: "
        f"{len(cases.my_cases(worker))}")
    scopes = " OR ".join("k" + row[0] for row in raw.execute(
        "SELECT case_id FROM case_workers WHERE username = ? AND removed_on IS NULL",
        (username,)))

    def raw_timeline() -> None:
        for sql in RAW_TIMELINE:
            raw.execute(sql, (hex_id,)).fetchall()

    def raw_search(q: str) -> None:
        words = " AND ".join(f'body : "{w}"*' for w in q.split())
        raw.execute(RAW_SEARCH, (f"{words} AND scope : ({scopes})",)).fetchall()

    pairs = {
        "case_timeline_500": (lambda: case_file.open_file(worker, case_id, opening=False),
                              raw_timeline),
        "my_cases_80": (lambda: cases.my_cases(worker),
                        lambda: raw.execute(RAW_MY_CASES, (username,)).fetchall()),
    }
    results, raw_p50 = [], {}
    for name, (ours, baseline) in pairs.items():
        ours(), baseline()  # warm-up
        samples_ours, samples_raw = [], []
        for _ in range(REPEATS):
            samples_ours.append(_timed(ours))
            samples_raw.append(_timed(baseline))
        raw_p50[name] = percentile(samples_raw, 50)
        results += [result(f"{name}_p50_ms", percentile(samples_ours, 50), "ms",
                           percentile(samples_raw, 50)),
                    result(f"{name}_p95_ms", percentile(samples_ours, 95), "ms",
                           percentile(samples_raw, 95))]
    samples_ours, samples_raw = [], []
    hits = {q: len(case_file.search_notes(worker, q)) for q in QUERIES}
    log("Risultati per ricerca: " + ", ".join(f"{q}={n}" for q, n in hits.items()))
    for _ in range(REPEATS // 4):
        for q in QUERIES:
            samples_ours.append(_timed(lambda q=q: case_file.search_notes(worker, q)))
            samples_raw.append(_timed(lambda q=q: raw_search(q)))
    results += [result("notes_search_p50_ms", percentile(samples_ours, 50), "ms",
                       percentile(samples_raw, 50)),
                result("notes_search_p95_ms", percentile(samples_ours, 95), "ms",
                       percentile(samples_raw, 95))]
    # The opening with its audit entry, against raw sqlite3 doing the same in one
    # transaction: the timeline's reads and one appended, hashed entry, committed (fsync).
    writer = sqlite3.connect(database, isolation_level=None)
    writer.execute("PRAGMA synchronous=FULL")

    def raw_open() -> None:
        writer.execute("BEGIN IMMEDIATE")
        last = writer.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"
                              ).fetchone()
        for sql in RAW_TIMELINE:
            writer.execute(sql, (hex_id,)).fetchall()
        seq = last[0] + 1
        digest = hashlib.sha256(f"{seq}{last[1]}".encode()).hexdigest()
        writer.execute("INSERT INTO audit_log (seq, id, at, actor, action, entity, entity_id,"
                       " fields, detail, prev_hash, hash) VALUES (?, ?, ?, ?, 'case.view',"
                       " 'case', ?, '[]', '', ?, ?)",
                       (seq, uuid.uuid4().hex, "2026-11-20 10:00:00.000000", username, hex_id,
                        last[1], digest))
        writer.execute("COMMIT")

    audited, raw_audited = [], []
    for _ in range(21):  # a write: more samples than the reads for a stable median
        audited.append(_timed(lambda: case_file.open_file(worker, case_id)))
        raw_audited.append(_timed(raw_open))
    writer.close()
    results.append(result("case_open_audited_p50_ms", percentile(audited, 50), "ms",
                          percentile(raw_audited, 50)))
    raw.close()
    return results
