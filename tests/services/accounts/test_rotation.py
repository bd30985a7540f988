"""Rotation of the data key: a disabled user's old key file and password open nothing, the
active users still log in, the lockout survives an older key file put back."""

from __future__ import annotations

import shutil
import stat
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text

from borgo_desktop.config import resolve_paths
from borgo_desktop.errors import StoreError, UserError
from borgo_desktop.services.accounts import accounts, keyfile, rotation
from borgo_desktop.services.admin import anchors, backups
from borgo_desktop.services.admin.gate import LOCK_AFTER, Gate, LoginRefused
from borgo_desktop.services.core import audit
from borgo_desktop.services.core.context import Actor, Context
from borgo_desktop.store import Store, connect_file
from tests.conftest import PASSWORD, run_cli

MARIO = "la frase di mario rossi"


def opens(db, key) -> bool:
    try:
        connect_file(db, key).close()
    except Exception:  # noqa: BLE001 - sqlcipher3's DatabaseError
        return False
    return True


def test_a_disabled_users_old_key_file_and_password_open_nothing(cli_data):
    db, keys_path = cli_data.folder / "borgo.sqlite", cli_data.folder / "borgo.keys"
    gate = cli_data.gate()
    admin = gate.log_in("admin", PASSWORD)
    accounts.add_account(admin, "m.rossi", "Mario Rossi", "front_desk", MARIO)
    old_keys = cli_data.folder / "copia-di-mario.keys"
    shutil.copyfile(keys_path, old_keys)  # what Mario kept
    old_key = keyfile.KeyFile.load(old_keys).unwrap("m.rossi", MARIO)
    assert opens(db, old_key)

    result = accounts.set_active(admin, "m.rossi", False)
    assert set(result.resealed) == {"admin", "capo"} and result.lost == ()
    assert result.recovery_key is None
    assert admin.store.key != old_key
    assert not opens(db, old_key)  # the old key file and old password: useless
    assert not opens(db, keyfile.KeyFile.load(old_keys).unwrap("admin", PASSWORD))
    assert keyfile.KeyFile.load(keys_path).unwrap("m.rossi", MARIO) is None
    assert not rotation.next_path(keys_path).exists()
    assert stat.S_IMODE(keys_path.stat().st_mode) == 0o600
    # The same window goes on working with the new key; the anchors still sign.
    accounts.add_account(admin, "n.nuova", "Nina Nuova", "front_desk", "la frase di nina n")
    assert anchors.write_anchor(admin.store, "manual", force=True) is not None
    rotated = [e for e in audit.list_entries(admin, limit=50) if e.action == "keys.rotate"]
    assert rotated and "m.rossi disattivato" in rotated[0].detail
    gate.close()

    again = cli_data.gate()
    assert again.log_in("capo", PASSWORD).actor.role == "manager"
    assert again.log_in("n.nuova", "la frase di nina n").actor.username == "n.nuova"
    with pytest.raises(LoginRefused, match="disattivato"):
        again.log_in("m.rossi", MARIO)
    ctx = again.log_in("admin", PASSWORD)
    assert anchors.verify(ctx).ok
    again.close()

    shutil.copyfile(old_keys, keys_path)  # the old key file put back: refused, not opened
    with pytest.raises(StoreError, match="non apre il database"):
        cli_data.gate().log_in("m.rossi", MARIO)


def test_the_lockout_survives_an_older_key_file_put_back(cli_data):
    keys_path = cli_data.folder / "borgo.keys"
    before = cli_data.folder / "prima.keys"
    shutil.copyfile(keys_path, before)
    now = [datetime(2026, 11, 25, 9, 0, tzinfo=UTC)]

    def gate():
        return Gate.for_paths(resolve_paths(cli_data.folder), None, clock=lambda: now[0])

    for _ in range(LOCK_AFTER):
        with pytest.raises(LoginRefused):
            gate().log_in("capo", "non è la password")
        now[0] += timedelta(minutes=1)
    with pytest.raises(LoginRefused, match="bloccato"):
        gate().log_in("capo", PASSWORD)
    shutil.copyfile(before, keys_path)  # counters at zero in this copy
    with pytest.raises(LoginRefused, match="bloccato"):
        gate().log_in("capo", PASSWORD)

    # The witness put back as well, from before a login the database saw: refused.
    shutil.copyfile(keys_path, before)
    witness = keyfile.witness_path(keys_path)
    shutil.copyfile(witness, cli_data.folder / "prima.lockout")
    with pytest.raises(LoginRefused):
        gate().log_in("admin", "non è la password")  # a failure the copy does not have
    gate().log_in("admin", PASSWORD).store.close()  # the database sees the newer key file
    shutil.copyfile(before, keys_path)
    shutil.copyfile(cli_data.folder / "prima.lockout", witness)
    with pytest.raises(LoginRefused, match="copia più vecchia"):
        gate().log_in("admin", PASSWORD)


def test_an_interrupted_rotation_is_finished_at_the_next_login(cli_data, monkeypatch):
    db, keys_path = cli_data.folder / "borgo.sqlite", cli_data.folder / "borgo.keys"
    gate = cli_data.gate()
    admin = gate.log_in("admin", PASSWORD)
    real_replace = rotation.os.replace

    def stop(src, dst):
        if str(src).endswith(".next"):
            raise KeyboardInterrupt  # the power goes after the rekey, before the new file
        return real_replace(src, dst)

    monkeypatch.setattr(rotation.os, "replace", stop)
    with pytest.raises(KeyboardInterrupt):
        rotation.rotate_data_key(admin, "prova")
    monkeypatch.undo()
    new_key = admin.store.key
    admin.store.close()
    assert rotation.next_path(keys_path).exists() and opens(db, new_key)
    ctx = cli_data.gate().log_in("capo", PASSWORD)
    assert ctx.store.key == new_key and not rotation.next_path(keys_path).exists()
    ctx.store.close()


def test_keys_rotate_on_the_command_line_and_backup_key_files_are_private(cli_data, capsys):
    backup = cli_data.folder / "backups"
    assert run_cli(["backup", "create", *cli_data.args("admin")]) == 0
    for copy in backup.glob("*.keys"):
        assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert run_cli(["keys", "rotate", "--reason", "portatile rubato", *cli_data.args("admin")]) == 0
    assert "Chiave del database cambiata" in capsys.readouterr().out
    assert cli_data.gate().log_in("capo", PASSWORD).actor.role == "manager"
    # The copy made before still opens with its own key file, as it always did.
    info = next(i for i in backups.list_backups(backup) if i.kind == "manual")
    old = keyfile.KeyFile.load(keyfile.path_for(info.path)).unwrap("admin", PASSWORD)
    assert backups.verify_backup(info.path, old)[0]
    plain = Store.open(f"sqlite:///{cli_data.folder / 'in-chiaro.sqlite'}")
    try:
        with pytest.raises(UserError, match="non è un file cifrato"):
            rotation.rotate_data_key(Context(plain, Actor("admin", "admin")), "prova")
    finally:
        plain.close()


def test_a_rotation_while_another_window_has_the_file_open_is_refused(cli_data):
    db, keys_path = cli_data.folder / "borgo.sqlite", cli_data.folder / "borgo.keys"
    admin = cli_data.gate().log_in("admin", PASSWORD)
    other = cli_data.gate().log_in("capo", PASSWORD)  # a second window, its file open in WAL
    with other.store.read() as session:
        session.execute(text("SELECT count(*) FROM accounts")).scalar()
        before = keys_path.read_bytes()
        key = admin.store.key
        with pytest.raises(StoreError, match="in uso da un'altra finestra"):
            rotation.rotate_data_key(admin, "prova")
    assert opens(db, key) and not rotation.next_path(keys_path).exists()
    assert keys_path.read_bytes() == before
    other.store.close()
    admin.store.close()


def make_legacy(keys_path, label: str, data_key: bytes, secret: str) -> None:
    """The copy an earlier version wrote: the data key wrapped by the secret directly."""
    with keyfile.editing(keys_path) as keys:
        entry = keys.data["accounts"][label]
        entry["copy"], entry["public"], entry["sealed"] = (
            keyfile.wrap(data_key, secret, label), None, None)


def test_copies_of_an_earlier_version_upgrade_at_login_or_are_named_by_the_rotation(cli_data):
    keys_path = cli_data.folder / "borgo.keys"
    gate = cli_data.gate()
    admin = gate.log_in("admin", PASSWORD)
    accounts.add_account(admin, "m.rossi", "Mario Rossi", "front_desk", MARIO)
    key = admin.store.key
    for label, secret in (("capo", PASSWORD), ("m.rossi", MARIO),
                          (keyfile.RECOVERY, "ABCD-EFGH-IJKL-MNOP")):
        make_legacy(keys_path, label, key, secret)
    gate.close()

    capo = cli_data.gate().log_in("capo", PASSWORD)  # opens, and becomes a sealed box
    assert not keyfile.KeyFile.load(keys_path).is_legacy("capo")
    capo.store.close()

    admin = cli_data.gate().log_in("admin", PASSWORD)
    result = rotation.rotate_data_key(admin, "prova")
    assert set(result.resealed) == {"admin", "capo"} and result.lost == ("m.rossi",)
    assert result.recovery_key is not None
    admin.store.close()
    assert cli_data.gate().log_in("capo", PASSWORD).actor.username == "capo"
    with pytest.raises(LoginRefused, match="disattivato"):  # no copy: a temporary password
        cli_data.gate().log_in("m.rossi", MARIO)
    recovered = cli_data.gate().recover(result.recovery_key, "admin", "una frase tutta nuova")
    assert recovered.actor.username == "admin"
    recovered.store.close()
