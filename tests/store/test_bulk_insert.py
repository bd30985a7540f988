"""services/core/bulk.py writes rows as Core's insert would, on SQLite and PostgreSQL: the
audit entries of a bank import (UUIDs, aware instants, JSON, text) read back equal and chained."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select

from borgo_desktop.models import AuditEntry
from borgo_desktop.services.core import audit
from borgo_desktop.services.core.audit_chain import record_many
from borgo_desktop.services.core.context import Actor, Context
from borgo_desktop.store import Store


def test_bulk_rows_read_back_as_written_and_the_chain_holds_on_both_dialects(any_url):
    ctx = Context(Store.open(any_url), Actor("capo", "manager"), today=lambda: date(2026, 12, 4))
    ids = [uuid.uuid4() for _ in range(3)]
    try:
        with ctx.store.unit_of_work() as session:
            assert record_many(ctx, session, [("payment.import", "household", ids[0], "€ 1,00"),
                                              ("payment.import", "household", ids[1], "àèìòù"),
                                              ("payment.reverse", "household", ids[2], "")]) == 3
            session.commit()
        with ctx.store.read() as session:
            rows = session.execute(select(AuditEntry).order_by(AuditEntry.seq)).scalars().all()
            written = [(r.action, r.entity_id, r.detail, r.fields, r.at.tzinfo is not None)
                       for r in rows if r.action.startswith("payment.")]
        assert written == [("payment.import", str(ids[0]), "€ 1,00", [], True),
                           ("payment.import", str(ids[1]), "àèìòù", [], True),
                           ("payment.reverse", str(ids[2]), "", [], True)]
        assert audit.verify(ctx).ok
    finally:
        ctx.store.close()
