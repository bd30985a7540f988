"""The audit trail's writing side: entries appended in the caller's transaction, hash-chained.

Below the permission check (services/core/permissions.py records every refusal here) and
below services/core/audit.py, which verifies the chain and lists the entries for the window.
What is recorded, and what never is, is said there.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable

from sqlalchemy import inspect, select, text
from sqlalchemy.orm import Session

from borgo_desktop.models import AuditEntry
from borgo_desktop.models.base import new_id, utcnow
from borgo_desktop.services.core.audit_refs import reference
from borgo_desktop.services.core.bulk import insert_rows
from borgo_desktop.services.core.prepared import Prepared
from borgo_desktop.services.core.context import Context

GENESIS = "0" * 64
# Key of the PostgreSQL transaction-scoped advisory lock that serialises appends ("AUDT").
PG_LOCK_KEY = 0x41554454
# Bookkeeping columns: touched by every write, so naming them would say nothing.
_NOT_FIELDS = {"id", "created_at", "updated_at", "created_by", "updated_by", "row_version"}


# --- writing ---------------------------------------------------------------------------------

def record(ctx: Context, session: Session, action: str, entity: str = "", entity_id="",
           fields: Iterable[str] = (), detail: str = "") -> None:
    """Append an entry inside the caller's unit of work: it is committed with the change it
    describes, or rolled back with it.

    Call it after the last change of the operation's records when ``fields`` comes from
    :func:`changed_fields`: the queries here flush the session, which resets that history.
    """
    if not detail and entity:
        detail = reference(session, entity, entity_id)  # «N00012», not the UUID alone
    record_many(ctx, session, [(action, entity, entity_id, detail, sorted(set(fields)))])


def _lock_chain(session: Session) -> None:
    """Serialise appends so two seats never chain onto the same last entry.

    SQLite: units of work begin IMMEDIATE (store.py), so the writer already holds the
    database's single write lock; nothing to do. PostgreSQL: a transaction-scoped advisory
    lock, released at commit or rollback. (SELECT ... FOR UPDATE on the last row would not
    do: an empty log has no row to lock, and a waiter would re-read the old last row.)
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": PG_LOCK_KEY})


def record_event(ctx: Context, action: str, entity: str = "", entity_id="",
                 fields: Iterable[str] = (), detail: str = "") -> None:
    """Append an entry in a unit of work of its own (reads, exports, prints, logins)."""
    with ctx.store.unit_of_work() as session:
        record(ctx, session, action, entity, entity_id, fields, detail)
        session.commit()


def record_view(ctx: Context, entity: str, entity_id) -> None:
    """Someone opened the page of a person or household ("household.view", "person.view")."""
    record_event(ctx, f"{entity}.view", entity, entity_id)


def changed_fields(record_: object) -> list[str]:
    """Names of the columns changed on an ORM object since it was loaded (not yet flushed)."""
    state = inspect(record_)
    return sorted(attr.key for attr in state.mapper.column_attrs
                  if attr.key not in _NOT_FIELDS and state.attrs[attr.key].history.has_changes())


def file_digest(path: Path) -> str:
    hasher = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 16), b""):
            hasher.update(block)
    return hasher.hexdigest()


def entry_hash(entry: AuditEntry) -> str:
    """sha256 of a canonical JSON of everything the entry says, its place and its predecessor.

    The JSON has sorted keys, no spaces and non-ASCII kept (what ``json.dumps(...,
    sort_keys=True, ensure_ascii=False, separators=(",", ":"))`` writes), put together
    here from json's own C string encoder so verifying a long log costs little more than
    sha256 itself."""
    return digest(entry.seq, str(entry.id), instant(entry.at), entry.actor, entry.action,
                   entry.entity, entry.entity_id, entry.fields, entry.detail, entry.prev_hash)


_TEXT = json.encoder.encode_basestring  # C-accelerated, as JSONEncoder(ensure_ascii=False)
_sha256 = hashlib.sha256


def instant(at: datetime) -> str:
    return at.astimezone(timezone.utc).isoformat(timespec="microseconds")


def digest(seq: int, id_: str, at: str, actor: str, action: str, entity: str,
            entity_id: str, fields, detail: str, prev_hash: str) -> str:
    text_ = (f'{{"action":{_TEXT(action)},"actor":{_TEXT(actor)},"at":{_TEXT(at)},'
             f'"detail":{_TEXT(detail)},"entity":{_TEXT(entity)},'
             f'"entity_id":{_TEXT(entity_id)},"fields":[{",".join(map(_TEXT, fields))}],'
             f'"id":{_TEXT(id_)},"prev_hash":{_TEXT(prev_hash)},"seq":{int(seq)}}}')
    return _sha256(text_.encode("utf-8")).hexdigest()


_LAST = Prepared(select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1))


def record_many(ctx: Context, session: Session, entries: Iterable[tuple]) -> int:
    """Append many entries at once, chained in order, with one bulk insert (a bank import's
    entry per payment). ``entries``: (action, entity, entity_id, detail[, fields]) tuples."""
    entries = list(entries)
    if not entries:
        return 0
    _lock_chain(session)
    session.flush()
    last = _LAST.rows_in(session, {})
    seq, prev = last[0] if last else (0, GENESIS)
    at = utcnow()
    stamp, actor, rows = instant(at), ctx.actor.username, []
    for action, entity, entity_id, detail, *named in entries:
        seq += 1
        id_ = new_id()
        fields = named[0] if named else []
        entity_id, detail = str(entity_id or ""), detail[:400]
        hash_ = digest(seq, str(id_), stamp, actor, action, entity, entity_id, fields, detail,
                       prev)
        rows.append(dict(seq=seq, id=id_, at=at, actor=actor, action=action, entity=entity,
                         entity_id=entity_id, fields=fields, detail=detail, prev_hash=prev,
                         hash=hash_))
        prev = hash_
    insert_rows(session, AuditEntry, rows)
    return len(rows)
