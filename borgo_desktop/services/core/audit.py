"""The audit trail: append entries in the caller's transaction, verify the chain, list entries.

Appending is services/core/audit_chain.py (below the permission check, which records every
refusal); its calls are offered here too, so a service writes ``audit.record(...)``.

Each entry's hash covers its own content and the previous entry's hash, so changing,
removing or reordering an entry by writing to the database directly breaks the chain from
that point on, and :func:`verify` names the first broken entry. The service offers no way to
change or remove an entry.

What is recorded: who, what (a short action code), on which record, the NAMES of the fields
that changed, and a short non-sensitive detail (a code, row counts, a file hash). Never a
value of personal data: no codice fiscale, ISEE, health or disability data, notes.

Limits, by design of a keyless chain: someone with write access to the file who rewrites
every hash from the altered entry onwards, or who removes the newest entries, is not detected
by the chain alone (backups and their copies of the log are the second line).
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from borgo_desktop.models import AuditEntry
from borgo_desktop.services.core.audit_chain import (  # the writing side, one level down
    GENESIS, changed_fields, digest, entry_hash, file_digest, instant, record, record_event,
    record_many, record_view,
)
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.core.permissions import Permission, require

BATCH = 5000  # entries per fetch while verifying


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    checked: int  # entries found intact before the first bad one (all of them when ok)
    first_bad_seq: int | None
    reason: str


@dataclass(frozen=True)
class AuditView:
    seq: int
    id: uuid.UUID
    at: datetime
    actor: str
    action: str
    entity: str
    entity_id: str
    fields: tuple[str, ...]
    detail: str


# --- checking --------------------------------------------------------------------------------

_COLUMNS = (AuditEntry.seq, AuditEntry.id, AuditEntry.at, AuditEntry.actor, AuditEntry.action,
            AuditEntry.entity, AuditEntry.entity_id, AuditEntry.fields, AuditEntry.detail,
            AuditEntry.prev_hash, AuditEntry.hash)
_RAW_SELECT = ("SELECT seq, id, at, actor, action, entity, entity_id, fields, detail,"
               " prev_hash, hash FROM audit_log ORDER BY seq")


def verify(ctx: Context) -> VerifyResult:
    """Walk the chain in order and name the first entry altered, missing or out of place.

    One query streamed in batches of plain rows (no ORM objects), each hashed as it comes:
    memory stays flat on a long log and the time is mostly sha256's."""
    checked, expected_seq, prev_hash = 0, 1, GENESIS
    with ctx.store.read() as session:
        for row in _chain_rows(session):
            problem = _problem(row, expected_seq, prev_hash)
            if problem:
                return VerifyResult(False, checked, row[0], problem)
            checked, expected_seq, prev_hash = checked + 1, row[0] + 1, row[10]
    return VerifyResult(True, checked, None,
                        f"Registro delle attività integro: {checked} voci controllate.")


def _chain_rows(session: Session):
    """(seq, id, at, actor, action, entity, entity_id, fields, detail, prev_hash, hash) in
    seq order, with id, at and fields as the hash reads them (text, ISO text, a list)."""
    if session.get_bind().dialect.name != "sqlite":
        query = select(*_COLUMNS).order_by(AuditEntry.seq).execution_options(yield_per=BATCH)
        for r in session.execute(query):
            yield (r[0], str(r[1]), instant(r[2]), *r[3:7], r[7] or [], *r[8:])
        return
    # SQLite: the stored text as it is (id as 32 hex digits, at as naive UTC with
    # microseconds, fields as JSON), turned into the hash's form without building objects.
    cursor = session.connection().connection.dbapi_connection.cursor()
    try:
        cursor.execute(_RAW_SELECT)
        while batch := cursor.fetchmany(BATCH):
            for r in batch:
                yield (r[0], _hyphenated(r[1]), _stored_instant(r[2]), *r[3:7],
                       [] if r[7] in (None, "[]") else json.loads(r[7]), *r[8:])
    finally:
        cursor.close()


def _hyphenated(hex_: str) -> str:
    if len(hex_) != 32:
        return str(uuid.UUID(hex_))
    return f"{hex_[:8]}-{hex_[8:12]}-{hex_[12:16]}-{hex_[16:20]}-{hex_[20:]}"


def _stored_instant(value: str) -> str:
    if len(value) == 26 and value[10] == " ":  # "YYYY-MM-DD HH:MM:SS.ffffff", naive UTC
        return f"{value[:10]}T{value[11:]}+00:00"
    return instant(datetime.fromisoformat(value).replace(tzinfo=timezone.utc))


def _problem(entry, expected_seq: int, prev_hash: str) -> str:
    """What is wrong with ``entry`` (a row of _chain_rows) at this place of the chain, or ""."""
    seq = entry[0]
    if seq != expected_seq:
        missing = (f"la voce n. {expected_seq}" if seq == expected_seq + 1
                   else f"le voci dalla n. {expected_seq} alla n. {seq - 1}")
        return f"Manca {missing}: è stata cancellata dal registro."
    if entry[10] != digest(*entry[:10]):
        return (f"La voce n. {seq} è stata modificata o spostata dopo la registrazione.")
    if entry[9] != prev_hash:
        return (f"La voce n. {seq} non segue la precedente: una voce è stata tolta, "
                "spostata o sostituita.")
    return ""


# --- reading ---------------------------------------------------------------------------------

def list_entries(ctx: Context, actor: str | None = None, action_prefix: str | None = None,
                 entity_id=None, since: datetime | None = None, until: datetime | None = None,
                 offset: int = 0, limit: int = 200) -> list[AuditView]:
    """Entries newest first; ``since`` inclusive, ``until`` exclusive (UTC-aware instants)."""
    require(ctx, Permission.AUDIT_READ)
    query = select(AuditEntry).order_by(AuditEntry.seq.desc()).offset(offset).limit(limit)
    if actor:
        query = query.where(AuditEntry.actor == actor)
    if action_prefix:
        query = query.where(AuditEntry.action.startswith(action_prefix, autoescape=True))
    if entity_id:
        query = query.where(AuditEntry.entity_id == str(entity_id))
    if since is not None:
        query = query.where(AuditEntry.at >= since)
    if until is not None:
        query = query.where(AuditEntry.at < until)
    with ctx.store.read() as session:
        return [AuditView(e.seq, e.id, e.at, e.actor, e.action, e.entity, e.entity_id,
                          tuple(e.fields), e.detail) for e in session.scalars(query)]


def actors(ctx: Context) -> list[str]:
    """Every user name the log mentions (the audit window's user filter)."""
    return _distinct(ctx, AuditEntry.actor)


def action_codes(ctx: Context) -> list[str]:
    """Every action code the log holds (the audit window's operation filter)."""
    return _distinct(ctx, AuditEntry.action)


def _distinct(ctx: Context, column) -> list[str]:
    """Kept between calls: the log only grows (services/core/counts.py)."""
    from borgo_desktop.services.core import counts

    require(ctx, Permission.AUDIT_READ)
    return counts.distinct(ctx.store, "audit", AuditEntry.seq, column)


__all__ = ["VerifyResult", "AuditView", "record", "record_event", "record_view",
           "changed_fields", "file_digest", "entry_hash", "verify", "list_entries", "actors",
           "action_codes"]
