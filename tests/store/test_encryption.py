"""Encryption at rest: unreadable without the key, no names in the bytes, an old database
encrypted with a backup, encrypted backups that restore to an identical database."""

from __future__ import annotations

import logging
import shutil
import sqlite3

import pytest
from sqlalchemy import inspect, select, text

from borgo_desktop.models import Person
from borgo_desktop.seed.demo import build_demo
from borgo_desktop.seed.demo_accounts import add_demo_accounts
from borgo_desktop.services.admin import backups
from borgo_desktop.services.registry import registry
from borgo_desktop.services.core import search
from borgo_desktop.services.admin.gate import Gate
from borgo_desktop.services.registry.forms import BuildingInput
from borgo_desktop.store import Store, is_plain_sqlite

PW = "amministro il borgo"


def plain_sqlite_refuses(path) -> bool:
    try:
        with sqlite3.connect(path) as conn:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        return "not a database" in str(exc)
    return False


def snapshot(store: Store) -> dict[str, list]:
    """Every row of every table, in a stable order."""
    with store.engine.connect() as conn:
        names = inspect(conn).get_table_names()
        return {name: sorted(map(repr, conn.execute(text(f'SELECT * FROM "{name}"')).all()))
                for name in names}


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """The demo borgo in an encrypted file, still open (so its -wal holds recent pages)."""
    folder = tmp_path_factory.mktemp("encrypted")
    gate = Gate(f"sqlite:///{folder / 'borgo.sqlite'}")
    admin, _ = gate.set_up("admin", "Anna Admin", PW)
    add_demo_accounts(admin)
    ctx = gate.log_in("responsabile", "borgo-demo")
    build_demo(ctx)
    yield folder, ctx
    gate.close()


def test_plain_sqlite_cannot_open_the_file(demo):
    folder, _ = demo
    assert not is_plain_sqlite(folder / "borgo.sqlite")
    assert plain_sqlite_refuses(folder / "borgo.sqlite")


def test_no_surname_in_the_bytes_of_the_file_its_log_and_its_backups(demo):
    folder, ctx = demo
    with ctx.store.read() as session:
        # Two-letter names (Hu, Li) turn up by chance in any megabyte of random bytes.
        surnames = {s for s in session.scalars(select(Person.surname)) if len(s) >= 5}
    assert len(surnames) > 20
    copy = backups.create_backup(ctx.store, folder / "backups").path
    files = [folder / "borgo.sqlite", folder / "borgo.sqlite-wal", copy]
    assert (folder / "borgo.sqlite-wal").stat().st_size > 0
    for path in files:
        data = path.read_bytes()
        found = [s for s in surnames if s.encode("utf-8") in data or s.upper().encode() in data]
        assert not found, (path.name, found[:5])
    # ... while the program itself reads and searches them.
    some = sorted(surnames)[0]
    assert any(some in hit.title for hit in search.search(ctx, some))


def test_the_key_is_never_in_the_url_or_the_log(demo, caplog):
    folder, _ = demo
    caplog.set_level(logging.DEBUG)
    gate = Gate(f"sqlite:///{folder / 'borgo.sqlite'}")
    opened = gate.log_in("admin", PW)
    key_hex = opened.store.key.hex()
    assert key_hex not in str(opened.store.engine.url)
    assert key_hex not in caplog.text and PW not in caplog.text
    assert key_hex not in (folder / "borgo.keys").read_text()
    gate.close()


def test_an_unencrypted_database_is_encrypted_at_set_up_with_a_backup(tmp_path):
    database = tmp_path / "borgo.sqlite"
    store = Store.open(f"sqlite:///{database}")
    from borgo_desktop.services.core.context import Actor, Context

    registry.create_building(Context(store, Actor("t")),
                             BuildingInput("DL51", "Corte Boldinasco", "Via De Lemene 51", "20151", 8))
    old_copy = backups.create_backup(store, tmp_path / "backups", "daily").path
    before = snapshot(store)
    store.close()
    assert is_plain_sqlite(database) and is_plain_sqlite(old_copy)

    gate = Gate(f"sqlite:///{database}")
    assert gate.needs_setup()
    ctx, _ = gate.set_up("admin", "Anna Admin", PW)
    assert plain_sqlite_refuses(database)
    after = snapshot(ctx.store)
    for table, rows in before.items():
        if table not in ("audit_log", "accounts"):  # the set-up adds its own entries
            # ... and the first login records the key file's generation (gate.GENERATION_SETTING)
            kept = [r for r in after[table] if "accounts.key_file_generation" not in str(r)]
            assert kept == rows, table
    assert [b.code for b in registry.list_buildings(ctx)] == ["DL51"]
    (kept,) = (tmp_path / "backups").glob("borgo-pre-encryption-*.sqlite")
    assert backups.verify_backup(kept, ctx.store.key)[0]
    assert not is_plain_sqlite(kept) and not is_plain_sqlite(old_copy)  # old copies too
    assert b"Boldinasco" not in old_copy.read_bytes()
    gate.close()


def test_an_encrypted_backup_restores_an_identical_database(tmp_path):
    database = tmp_path / "borgo.sqlite"
    gate = Gate(f"sqlite:///{database}")
    admin, _ = gate.set_up("admin", "Anna Admin", PW)
    add_demo_accounts(admin)
    ctx = gate.log_in("responsabile", "borgo-demo")  # the manager writes the registry
    registry.create_building(ctx, BuildingInput("DL51", "Corte", "Via De Lemene 51", "20151", 8))
    copy = backups.create_backup(ctx.store, tmp_path / "backups").path
    at_copy = snapshot(ctx.store)
    registry.create_building(ctx, BuildingInput("DL55", "Casa", "Via De Lemene 55", "20151", 8))
    key = ctx.store.key
    gate.close()

    assert not backups.verify_backup(copy)[0]  # without the key it cannot even be checked
    other_key = bytes(32)
    with pytest.raises(Exception, match="Ripristino rifiutato"):
        backups.restore_backup(database, copy, tmp_path / "backups", key=other_key)
    kept = backups.restore_backup(database, copy, tmp_path / "backups", key=key)
    assert kept is not None and not is_plain_sqlite(kept)
    restored = Store.open(f"sqlite:///{database}", key=key)
    assert snapshot(restored) == at_copy
    restored.close()
    assert plain_sqlite_refuses(database)


def test_a_copy_of_the_key_file_goes_with_each_backup(tmp_path):
    database = tmp_path / "borgo.sqlite"
    gate = Gate(f"sqlite:///{database}")
    ctx, _ = gate.set_up("admin", "Anna Admin", PW)
    copy = backups.create_backup(ctx.store, tmp_path / "backups").path
    gate.close()
    # Another computer: only the copy and its .keys file.
    elsewhere = tmp_path / "altro"
    elsewhere.mkdir()
    shutil.copy(copy, elsewhere / "borgo.sqlite")
    shutil.copy(copy.with_suffix(".keys"), elsewhere / "borgo.keys")
    other = Gate(f"sqlite:///{elsewhere / 'borgo.sqlite'}")
    assert other.log_in("admin", PW).actor.role == "admin"
    other.close()


def test_the_copy_before_a_schema_upgrade_is_encrypted_too(tmp_path):
    from alembic import command

    from borgo_desktop.store import _alembic_config

    database = tmp_path / "borgo.sqlite"
    gate = Gate(f"sqlite:///{database}")
    ctx, _ = gate.set_up("admin", "Anna Admin", PW)
    key = ctx.store.key
    command.downgrade(_alembic_config(ctx.store), "0002")  # as if made by the previous version
    gate.close()
    store = Store.open(f"sqlite:///{database}", key=key, backup_dir=tmp_path / "backups")
    store.close()
    (kept,) = (tmp_path / "backups").glob("pre-migration-0002-*.sqlite")
    assert plain_sqlite_refuses(kept)
    assert backups.verify_backup(kept, key)[0]


def test_rotation_removes_a_copy_together_with_its_key_file(tmp_path):
    from datetime import UTC, datetime, timedelta

    gate = Gate(f"sqlite:///{tmp_path / 'borgo.sqlite'}")
    ctx, _ = gate.set_up("admin", "Anna Admin", PW)
    now = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
    old = backups.create_backup(ctx.store, tmp_path / "backups", "daily",
                                now=now - timedelta(days=3)).path
    new = backups.create_backup(ctx.store, tmp_path / "backups", "daily", now=now).path
    gate.close()
    assert old.with_suffix(".keys").exists()
    assert backups.rotate(tmp_path / "backups", daily=1, weekly=0, monthly=0, now=now) == [old]
    assert not old.with_suffix(".keys").exists() and new.with_suffix(".keys").exists()
