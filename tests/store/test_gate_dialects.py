"""The Gate on both dialects: an encrypted SQLite file, and PostgreSQL (password hashes and
counters in the accounts table, failures audited at once, recovery key hash in settings)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from borgo_desktop.services.accounts import accounts
from borgo_desktop.services.core import audit
from borgo_desktop.services.admin.gate import LOCK_AFTER, LOCK_FOR, Gate, LoginRefused

PW = "amministro il borgo"


def test_set_up_login_lockout_and_recovery(any_url):
    now = [datetime(2026, 11, 25, 9, 0, tzinfo=timezone.utc)]
    gate = Gate(any_url, clock=lambda: now[0])
    assert gate.needs_setup()
    admin, recovery = gate.set_up("admin", "Anna Admin", PW)
    assert gate.encrypted == any_url.startswith("sqlite")
    accounts.add_account(admin, "m.rossi", "Mario Rossi", "front_desk", "frase di mario")
    assert not gate.needs_setup()

    for _ in range(LOCK_AFTER):
        with pytest.raises(LoginRefused):
            gate.log_in("m.rossi", "sbagliata!!")
        now[0] += timedelta(minutes=1)
    with pytest.raises(LoginRefused, match="bloccato"):
        gate.log_in("m.rossi", "frase di mario")
    view = {v.username: v for v in accounts.list_accounts(admin)}["m.rossi"]
    assert view.failed_logins == LOCK_AFTER and view.locked_until is not None
    now[0] += LOCK_FOR
    mario = gate.log_in("m.rossi", "frase di mario")
    assert mario.actor.role == "front_desk"
    failed = [e for e in audit.list_entries(admin, limit=100) if e.action == "login_failed"]
    assert len(failed) == LOCK_AFTER and {e.actor for e in failed} == {"m.rossi"}

    accounts.set_active(admin, "m.rossi", False)
    with pytest.raises(LoginRefused, match="disattivato"):
        gate.log_in("m.rossi", "frase di mario")

    with pytest.raises(LoginRefused, match="recupero"):
        gate.recover("AAAA-BBBB", "admin", "nuova frase lunga")
    assert gate.recover(recovery, "admin", "nuova frase lunga").actor.username == "admin"
    with pytest.raises(LoginRefused):
        gate.log_in("admin", PW)
    assert gate.log_in("admin", "nuova frase lunga").actor.role == "admin"
    assert audit.verify(admin).ok
    gate.close()
