"""The audit hash, built by hand for speed, is byte for byte the canonical JSON it always was
(so chains written by earlier versions still verify), and verify reads SQLite's stored text
the way the ORM would."""

from __future__ import annotations

import hashlib
import json
import uuid
from datetime import datetime, timezone

from hypothesis import given, strategies as st

from borgo_desktop.models import AuditEntry
from borgo_desktop.services.core import audit, audit_chain


def _old_hash(entry: AuditEntry) -> str:
    at = entry.at.astimezone(timezone.utc).isoformat(timespec="microseconds")
    payload = {"seq": entry.seq, "id": str(entry.id), "at": at, "actor": entry.actor,
               "action": entry.action, "entity": entry.entity, "entity_id": entry.entity_id,
               "fields": list(entry.fields), "detail": entry.detail, "prev_hash": entry.prev_hash}
    canonical = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


@given(text=st.text(), fields=st.lists(st.text(max_size=8), max_size=3),
       seq=st.integers(1, 10**9), micro=st.integers(0, 999_999))
def test_the_hash_is_the_canonical_json_of_before(text, fields, seq, micro):
    entry = AuditEntry(seq=seq, id=uuid.uuid4(), actor=text[:5], action="x." + text,
                       at=datetime(2026, 3, 29, 1, 59, 59, micro, tzinfo=timezone.utc),
                       entity=text[::-1], entity_id='"\\' + text, fields=fields,
                       detail=text + "\u00e8\u2028\x00", prev_hash="0" * 64)
    assert audit.entry_hash(entry) == _old_hash(entry)


def test_stored_text_reads_as_the_orm_reads_it():
    value = uuid.uuid4()
    assert audit._hyphenated(value.hex) == str(value)
    at = datetime(2026, 1, 2, 3, 4, 5, 0, tzinfo=timezone.utc)
    assert audit._stored_instant("2026-01-02 03:04:05.000000") == audit_chain.instant(at)
    assert audit._stored_instant("2026-01-02 03:04:05") == audit_chain.instant(at)


def test_counts_kept_between_calls_follow_new_entries(admin_ctx):
    from borgo_desktop.services.core import listing

    for i in range(3):
        audit.record_event(admin_ctx, "household.view", "household", f"r{i}")
    assert listing.count(admin_ctx, listing.AUDIT, {"actor": "admin"}) == 3
    assert audit.actors(admin_ctx) == ["admin"]
    other = admin_ctx.__class__(admin_ctx.store, admin_ctx.actor.__class__("altro", "admin"))
    audit.record_event(other, "login", "account", "altro")
    assert listing.count(admin_ctx, listing.AUDIT, {"actor": "admin"}) == 3
    assert listing.count(admin_ctx, listing.AUDIT, {}) == 4
    assert audit.actors(admin_ctx) == ["admin", "altro"]
    assert audit.action_codes(admin_ctx) == ["household.view", "login"]
