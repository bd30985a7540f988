"""The audit log: who did what, when, on which record.

Append-only: the services add entries and never change or remove them. Each entry carries
the hash of the previous one and a hash of itself (see services/core/audit.py), so an entry that
is altered, removed or moved by writing to the database directly breaks the chain, and
``borgo-desktop audit verify`` names the first broken entry. The chain makes tampering
detectable, not impossible. Values are recorded only where they are not sensitive: field
names, counts and file hashes, never a codice fiscale, an ISEE or a note.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import JSON, Integer, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from borgo_desktop.models.base import Base, UtcDateTime, new_id, utcnow


class AuditEntry(Base):
    __tablename__ = "audit_log"

    # The chain order, assigned by services/core/audit.py under a lock rather than by a database
    # sequence (PostgreSQL's skip numbers on rollback): a gap always means a removed entry.
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    id: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True, default=new_id)
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(64), index=True)
    action: Mapped[str] = mapped_column(String(40), index=True)
    entity: Mapped[str] = mapped_column(String(24), default="")
    entity_id: Mapped[str] = mapped_column(String(64), default="", index=True)
    fields: Mapped[list] = mapped_column(JSON, default=list)
    detail: Mapped[str] = mapped_column(String(400), default="")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
