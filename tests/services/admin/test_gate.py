"""The Gate: set-up, login, lock screen, recovery, lockout with an injected clock."""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta, timezone

import pytest

from borgo_desktop.errors import UserError, ValidationError
from borgo_desktop.services.accounts import accounts
from borgo_desktop.services.core import audit
from borgo_desktop.services.admin.gate import BASE_DELAY, LOCK_AFTER, LOCK_FOR, Gate, LoginRefused

ADMIN_PW = "amministro il borgo"
START = datetime(2026, 11, 25, 9, 0, tzinfo=timezone.utc)


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now

    def advance(self, delta: timedelta) -> None:
        self.now += delta


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def url(tmp_path):
    return f"sqlite:///{tmp_path / 'borgo.sqlite'}"


@pytest.fixture
def admin(url, clock):
    gate = Gate(url, clock=clock)
    ctx, recovery = gate.set_up("admin", "Anna Amministratrice", ADMIN_PW)
    yield ctx, recovery
    gate.close()


def gate_for(url, clock=None) -> Gate:
    return Gate(url, clock=clock) if clock else Gate(url)


def test_first_start_sets_up_the_administrator(url, tmp_path):
    gate = Gate(url)
    assert gate.needs_setup()
    ctx, recovery = gate.set_up("admin", "Anna Amministratrice", ADMIN_PW)
    assert ctx.actor.role == "admin" and ctx.actor.display_name == "Anna Amministratrice"
    assert re.fullmatch(r"([A-Z2-7]{4}-){7}[A-Z2-7]{4}", recovery)
    assert not gate.needs_setup()
    with pytest.raises(UserError, match="già configurato"):
        gate.set_up("altro", "Altro", ADMIN_PW)
    gate.close()
    keys = json.loads((tmp_path / "borgo.keys").read_text())
    assert set(keys["accounts"]) == {"admin", "*recovery*"}
    assert ADMIN_PW not in (tmp_path / "borgo.keys").read_text()


def test_set_up_validates_before_touching_any_file(url, tmp_path):
    with pytest.raises(ValidationError) as refused:
        Gate(url).set_up("admin", "Anna", "corta")
    assert set(refused.value.problems) == {"password"}
    assert not (tmp_path / "borgo.keys").exists() and not (tmp_path / "borgo.sqlite").exists()


def test_wrong_password_and_unknown_user_are_refused_alike(admin, url):
    gate = gate_for(url)
    for username, password in (("admin", "non è questa"), ("nessuno", ADMIN_PW)):
        with pytest.raises(LoginRefused) as refused:
            gate.log_in(username, password)
        assert refused.value.text == "Nome utente o password non corretti."
    assert gate.store is None  # nothing was opened


def test_every_account_opens_the_file_with_its_own_password(admin, url):
    ctx, _ = admin
    for n, role in enumerate(("front_desk", "facility_manager", "social_worker", "manager")):
        accounts.add_account(ctx, f"utente{n}", f"Utente {n}", role, f"parola segreta {n}")
    for n, role in enumerate(("front_desk", "facility_manager", "social_worker", "manager")):
        gate = gate_for(url)
        opened = gate.log_in(f"utente{n}", f"parola segreta {n}")
        assert opened.actor.role == role
        assert opened.store.key == ctx.store.key  # the same data key, unwrapped from its copy
        gate.close()


def test_password_change_rewraps_one_copy(admin, url, tmp_path):
    ctx, _ = admin
    before = json.loads((tmp_path / "borgo.keys").read_text())["accounts"]
    with pytest.raises(ValidationError) as refused:
        accounts.change_password(ctx, "sbagliata!!", "nuova frase lunga")
    assert set(refused.value.problems) == {"old_password"}
    accounts.change_password(ctx, ADMIN_PW, "nuova frase lunga")
    after = json.loads((tmp_path / "borgo.keys").read_text())["accounts"]
    assert after["admin"]["copy"] != before["admin"]["copy"]
    assert after["*recovery*"]["copy"] == before["*recovery*"]["copy"]
    with pytest.raises(LoginRefused):
        gate_for(url).log_in("admin", ADMIN_PW)
    gate = gate_for(url)
    assert gate.log_in("admin", "nuova frase lunga").actor.username == "admin"
    gate.close()


def test_recovery_key_sets_a_new_password(admin, url):
    _, recovery = admin
    gate = gate_for(url)
    with pytest.raises(LoginRefused, match="recupero non corretta"):
        gate.recover("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH", "admin", "ricordata di nuovo")
    # Typed in lower case without dashes, with a 0 for an O: still accepted.
    typed = recovery.replace("-", "").lower().replace("o", "0")
    ctx = gate.recover(typed, "admin", "ricordata di nuovo")
    assert ctx.actor.username == "admin"
    gate.close()
    gate = gate_for(url)
    opened = gate.log_in("admin", "ricordata di nuovo")
    assert "account.recover" in [e.action for e in audit.list_entries(opened, limit=50)]
    gate.close()


def test_a_disabled_account_cannot_open_the_file(admin, url, tmp_path):
    ctx, _ = admin
    accounts.add_account(ctx, "m.rossi", "Mario Rossi", "front_desk", "frase di mario")
    accounts.set_active(ctx, "m.rossi", False)
    keys = json.loads((tmp_path / "borgo.keys").read_text())
    assert keys["accounts"]["m.rossi"]["copy"] is None  # its copy of the key is gone
    with pytest.raises(LoginRefused, match="disattivato"):
        gate_for(url).log_in("m.rossi", "frase di mario")
    with pytest.raises(ValidationError) as refused:  # a new copy needs a password
        accounts.set_active(ctx, "m.rossi", True)
    assert set(refused.value.problems) == {"password"}
    accounts.set_active(ctx, "m.rossi", True, "temporanea di mario")
    gate = gate_for(url)
    opened = gate.log_in("m.rossi", "temporanea di mario")
    assert accounts.my_account(opened).must_change_password
    gate.close()


def test_lockout_grows_then_locks_and_is_counted_per_account(admin, url, clock):
    ctx, _ = admin
    accounts.add_account(ctx, "m.rossi", "Mario Rossi", "front_desk", "frase di mario")
    gate = gate_for(url, clock)

    def attempt(password="sbagliata!!"):
        with pytest.raises(LoginRefused) as refused:
            gate.log_in("m.rossi", password)
        return refused.value.text

    assert attempt() == attempt() == "Nome utente o password non corretti."  # failures 1, 2
    attempt()  # 3: from now on each attempt waits
    assert "attendere 5 secondi" in attempt("frase di mario")  # refused unchecked, not counted
    clock.advance(BASE_DELAY)
    attempt()  # 4: the delay doubles
    clock.advance(BASE_DELAY)
    assert "attendere 5 secondi" in attempt()
    clock.advance(BASE_DELAY)
    assert f"{LOCK_AFTER}ª volta" in attempt()  # 5: locked
    clock.advance(LOCK_FOR - timedelta(seconds=1))
    assert "bloccato fino alle" in attempt("frase di mario")
    assert gate_for(url, clock).log_in("admin", ADMIN_PW)  # other accounts are not affected
    clock.advance(timedelta(seconds=1))
    assert gate.log_in("m.rossi", "frase di mario").actor.username == "m.rossi"
    assert accounts.my_account(gate.log_in("m.rossi", "frase di mario")).failed_logins == 0
    gate.close()


def test_an_administrator_lifts_a_lock_by_resetting_the_password(admin, url, clock):
    ctx, _ = admin
    accounts.add_account(ctx, "m.rossi", "Mario Rossi", "front_desk", "frase di mario")
    gate = gate_for(url, clock)
    for _ in range(LOCK_AFTER):
        with pytest.raises(LoginRefused):
            gate.log_in("m.rossi", "sbagliata!!")
        clock.advance(timedelta(minutes=1))
    view = next(v for v in accounts.list_accounts(ctx) if v.username == "m.rossi")
    assert view.failed_logins == LOCK_AFTER and view.locked_until is not None
    accounts.reset_password(ctx, "m.rossi", "temporanea di mario")
    assert gate.log_in("m.rossi", "temporanea di mario").actor.username == "m.rossi"
    gate.close()


def test_failures_reach_the_audit_trail_without_the_password(admin, url):
    gate = gate_for(url)
    for username in ("admin", "chi.sono"):
        with pytest.raises(LoginRefused):
            gate.log_in(username, "password-tentata-segreta")
    opened = gate.log_in("admin", ADMIN_PW)
    entries = audit.list_entries(opened, limit=50)
    failed = [e for e in entries if e.action == "login_failed"]
    assert sorted(e.actor for e in failed) == ["admin", "chi.sono"]
    assert all("tentata" not in e.detail for e in entries)
    assert [e.action for e in entries][0] == "login"
    assert audit.verify(opened).ok
    again = gate_for(url).log_in("Admin ", ADMIN_PW)  # typed with a capital and a space
    assert [e.action for e in audit.list_entries(again, limit=50)].count("login_failed") == 2
    again.store.close()
    gate.close()


def test_lock_screen_checks_the_password_and_counts_failures(admin, url, clock):
    gate = gate_for(url, clock)
    opened = gate.log_in("admin", ADMIN_PW)
    with pytest.raises(LoginRefused):
        gate.check_password(opened, "sbagliata!!")
    gate.check_password(opened, ADMIN_PW)
    gate.log_out(opened)
    actions = [e.action for e in audit.list_entries(opened, limit=5)]
    assert actions[:2] == ["logout", "unlock"]
    gate.close()


def test_the_key_file_must_match_its_database(admin, url, tmp_path):
    ctx, _ = admin
    ctx.store.close()
    (tmp_path / "borgo.keys").rename(tmp_path / "altrove.keys")
    with pytest.raises(UserError, match="Manca il file delle chiavi"):
        gate_for(url).needs_setup()


def test_the_wizard_gets_every_problem_at_once(url, tmp_path):
    with pytest.raises(ValidationError) as refused:
        Gate(url).set_up("Anna Bianchi", "", "corta")
    assert set(refused.value.problems) == {"username", "display_name", "password"}
    assert not list(tmp_path.iterdir())


def test_an_interrupted_set_up_starts_again_on_the_untouched_database(tmp_path, monkeypatch):
    from borgo_desktop.services.admin import gate as gate_module
    from borgo_desktop.store import Store, is_plain_sqlite

    database = tmp_path / "borgo.sqlite"
    Store.open(f"sqlite:///{database}").close()  # left by the previous, unencrypted version
    real_replace = gate_module.os.replace

    def power_cut(source, target):
        if str(target) == str(database):
            raise OSError("power cut")
        return real_replace(source, target)

    monkeypatch.setattr(gate_module.os, "replace", power_cut)
    with pytest.raises(OSError):
        Gate(f"sqlite:///{database}").set_up("admin", "Anna", ADMIN_PW)
    assert is_plain_sqlite(database)  # the old file is still there, whole
    assert (tmp_path / "borgo.keys").exists() and Gate(f"sqlite:///{database}").needs_setup()
    monkeypatch.setattr(gate_module.os, "replace", real_replace)
    gate = Gate(f"sqlite:///{database}")
    ctx, _ = gate.set_up("admin", "Anna", ADMIN_PW)
    assert not is_plain_sqlite(database) and ctx.actor.role == "admin"
    gate.close()
