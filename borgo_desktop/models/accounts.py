"""Staff accounts: who may log in, with which role. Accounts are disabled, never deleted,
so the audit trail always names someone who exists.

The password hash (argon2id, argon2-cffi) is what PostgreSQL seats check. On an encrypted
SQLite file the password also unwraps the data key from the key file beside the database,
and the lockout counters live there too, because they must be written when a wrong password
cannot open the database (see services/accounts/keyfile.py); ``failed_logins`` and ``locked_until``
here are those of PostgreSQL seats.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from borgo_desktop.models.base import Base, Tracked, UtcDateTime


class Account(Tracked, Base):
    __tablename__ = "accounts"

    username: Mapped[str] = mapped_column(String(32), unique=True)
    display_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(24))
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Set when an administrator gave a temporary password: the window asks for a new one.
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    last_failed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    locked_until: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    last_login_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
