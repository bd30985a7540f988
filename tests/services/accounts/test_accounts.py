"""Accounts service: validation, the rules on administrators, permissions for every role."""

from __future__ import annotations

import dataclasses

import pytest

from borgo_desktop.errors import NotFound, UserError, ValidationError
from borgo_desktop.services.accounts import accounts
from borgo_desktop.services.core import audit
from borgo_desktop.services.core.context import ROLES, Actor
from borgo_desktop.services.core.permissions import PermissionDenied

PW = "frase abbastanza lunga"


@pytest.fixture
def admin(ctx):
    """An administrator on the unencrypted test store (the encrypted paths: test_gate.py)."""
    accounts.create_account_unchecked(ctx, "admin", "Anna Admin", "admin", PW)
    return dataclasses.replace(ctx, actor=Actor("admin", "admin", "Anna Admin"))


def problems_of(call) -> set[str]:
    with pytest.raises(ValidationError) as refused:
        call()
    return set(refused.value.problems)


def test_add_validates_every_field_at_once(admin):
    assert problems_of(lambda: accounts.add_account(admin, "M Rossi", " ", "boss", "corta")) == {
        "username", "display_name", "role", "password"}
    for weak in ("1234567890", "aaaaaaaaaaaa", "m.rossi-2026!", "abababababab"):
        assert problems_of(lambda weak=weak: accounts.add_account(
            admin, "m.rossi", "Mario Rossi", "front_desk", weak)) == {"password"}, weak
    view = accounts.add_account(admin, "m.rossi", "Mario Rossi", "front_desk", PW)
    assert (view.username, view.role, view.active, view.must_change_password) == (
        "m.rossi", "front_desk", True, True)
    assert problems_of(lambda: accounts.add_account(
        admin, "m.rossi", "Altro Rossi", "manager", PW)) == {"username"}


def test_list_and_role_change(admin):
    accounts.add_account(admin, "m.rossi", "Mario Rossi", "front_desk", PW)
    accounts.set_role(admin, "m.rossi", "manager")
    assert [(v.username, v.role) for v in accounts.list_accounts(admin)] == [
        ("admin", "admin"), ("m.rossi", "manager")]
    assert problems_of(lambda: accounts.set_role(admin, "m.rossi", "capo")) == {"role"}
    with pytest.raises(NotFound):
        accounts.set_role(admin, "nessuno", "manager")


def test_the_last_active_administrator_stays(admin):
    with pytest.raises(UserError, match="proprio utente"):
        accounts.set_active(admin, "admin", False)
    with pytest.raises(UserError, match="ultimo amministratore"):
        accounts.set_role(admin, "admin", "manager")
    accounts.add_account(admin, "b.admin", "Bruno Admin", "admin", PW)
    other = dataclasses.replace(admin, actor=Actor("b.admin", "admin"))
    accounts.set_active(other, "admin", True)  # already active: nothing to do
    accounts.set_role(admin, "b.admin", "manager")
    with pytest.raises(UserError, match="ultimo amministratore"):
        accounts.set_active(dataclasses.replace(admin, actor=Actor("b.admin", "admin")),
                            "admin", False)


def test_disable_never_deletes_and_is_audited(admin):
    accounts.add_account(admin, "m.rossi", "Mario Rossi", "front_desk", PW)
    accounts.set_active(admin, "m.rossi", False)
    (view,) = [v for v in accounts.list_accounts(admin) if v.username == "m.rossi"]
    assert not view.active
    with pytest.raises(UserError, match="disattivato"):
        accounts.reset_password(admin, "m.rossi", "nuova frase lunga")
    accounts.set_active(admin, "m.rossi", True)  # unencrypted: the old password works again
    actions = [e.action for e in audit.list_entries(admin, limit=10)]
    assert actions[:3] == ["account.enable", "account.disable", "account.create"]


def test_passwords_change_and_reset_without_reaching_the_audit_trail(admin):
    accounts.add_account(admin, "m.rossi", "Mario Rossi", "front_desk", PW)
    accounts.reset_password(admin, "m.rossi", "temporanea lunga")
    mario = dataclasses.replace(admin, actor=Actor("m.rossi", "front_desk"))
    assert accounts.my_account(mario).must_change_password
    assert problems_of(lambda: accounts.change_password(mario, PW, "x")) == {"old_password"}
    assert problems_of(lambda: accounts.change_password(
        mario, "temporanea lunga", "temporanea lunga")) == {"new_password"}
    accounts.change_password(mario, "temporanea lunga", "la mia frase nuova")
    assert not accounts.my_account(mario).must_change_password
    details = " ".join(e.detail for e in audit.list_entries(admin, limit=50))
    assert "temporanea" not in details and "frase" not in details


CALLS = {
    "list_accounts": lambda c: accounts.list_accounts(c),
    "add_account": lambda c: accounts.add_account(c, "nuovo", "Nuovo", "front_desk", PW),
    "set_active": lambda c: accounts.set_active(c, "admin", False),
    "set_role": lambda c: accounts.set_role(c, "admin", "manager"),
    "reset_password": lambda c: accounts.reset_password(c, "admin", "nuova frase lunga"),
}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("call", sorted(CALLS))
def test_only_the_administrator_manages_accounts(admin, role, call):
    ctx = dataclasses.replace(admin, actor=Actor("qualcuno", role))
    if role == "admin":
        try:
            CALLS[call](ctx)
        except PermissionDenied:  # pragma: no cover - the point of the test
            pytest.fail(f"admin refused {call}")
        except UserError:
            pass  # a business rule (e.g. the last administrator), not a permission
        return
    with pytest.raises(PermissionDenied, match="gestire gli utenti"):
        CALLS[call](ctx)
    assert audit.list_entries(admin, limit=1)[0].action == "permission_denied"
