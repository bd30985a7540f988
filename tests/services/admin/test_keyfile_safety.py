"""The key file is never lost (issue 17, item 5): an empty or missing database beside a key
file is no new install; a new key file keeps the old one; backups' key files are 0600."""

from __future__ import annotations

import hashlib
import os
import stat

import pytest

from borgo_desktop.services.accounts import keyfile
from tests.conftest import PASSWORD, run_cli


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("state", ["empty", "missing"])
def test_a_lost_database_beside_a_key_file_is_refused_and_the_keys_kept(cli_data, capsys,
                                                                         monkeypatch, state):
    db, keys = cli_data.folder / "borgo.sqlite", cli_data.folder / "borgo.keys"
    assert run_cli(["backup", "create", *cli_data.args("admin")]) == 0
    before = _digest(keys)
    if state == "empty":
        db.write_bytes(b"")
    else:
        db.unlink()
    capsys.readouterr()
    assert run_cli(["users", "add", "nuovo", "--role", "admin", "--password-stdin",
                    "--data-dir", cli_data.folder], PASSWORD + "\n", monkeypatch) == 1
    err = capsys.readouterr().err
    word = "è vuoto" if state == "empty" else "manca"
    assert f"Il database borgo.sqlite {word}, ma accanto c'è il file delle chiavi borgo.keys" in err
    assert "/backups/borgo-" in err and ".sqlite: copiarla al posto di borgo.sqlite" in err
    assert _digest(keys) == before and not list(cli_data.folder.glob("borgo.keys.bak-*"))
    assert (db.stat().st_size == 0) if state == "empty" else not db.exists()
    for command in (["users", "list"], ["db", "check"], ["audit", "verify"]):
        assert run_cli([*command, *cli_data.args("admin")]) == 1, command
        assert "non è una nuova installazione" in capsys.readouterr().err
    assert _digest(keys) == before


def test_a_new_key_file_never_replaces_one_without_a_copy(tmp_path):
    path = tmp_path / "borgo.keys"
    old = keyfile.KeyFile.new(path)
    old.set_copy("admin", os.urandom(32), PASSWORD)
    assert old.save() is None  # nothing to keep yet
    original = path.read_bytes()
    kept = keyfile.KeyFile.new(path).save()
    assert kept is not None and kept.name.startswith("borgo.keys.bak-")
    assert len(kept.name) == len("borgo.keys.bak-") + 14  # YYYYmmddHHMMSS
    assert kept.read_bytes() == original
    assert stat.S_IMODE(os.stat(kept).st_mode) == 0o600
    again = keyfile.KeyFile.new(path).save()  # the same second: a second copy, none lost
    assert again != kept and kept.read_bytes() == original
    loaded = keyfile.KeyFile.load(path)
    assert loaded.save() is None  # an edit of the file itself: no copy each time


def test_key_files_written_by_backups_are_private(cli_data, monkeypatch):
    os.umask(0o022)
    assert run_cli(["backup", "create", *cli_data.args("admin")]) == 0
    written = list((cli_data.folder / "backups").glob("*.keys"))
    assert written
    for path in written:
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600, path
