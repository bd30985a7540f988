"""Backups of a PostgreSQL database: pg_dump/pg_restore of the server's version, encrypted,
verified, restored into the database with every table equal (counts and checksums)."""

from __future__ import annotations

import json
import stat
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from borgo_desktop.errors import StoreError
from borgo_desktop.models.enums import Regime, RentModel
from borgo_desktop.services.accounts import accounts, keyfile
from borgo_desktop.services.admin import anchors, backups, pg_backups
from borgo_desktop.services.admin.gate import Gate
from borgo_desktop.services.core import audit
from borgo_desktop.services.registry import registry
from borgo_desktop.services.registry.forms import BuildingInput, UnitInput

PW = "amministro il borgo"
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


@pytest.fixture
def pg_url(pg_admin):
    """A database of its own (borgo_pgback_*), dropped afterwards."""
    name = f"borgo_pgback_{uuid.uuid4().hex[:10]}"
    auto = pg_admin.execution_options(isolation_level="AUTOCOMMIT")
    with auto.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    yield make_url(str(pg_admin.url)).set(database=name).render_as_string(hide_password=False)
    with auto.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


def table_digests(url: str) -> dict[str, tuple[int, str]]:
    """Every table of the schema: its row count and an md5 over its rows in a fixed order."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            tables = conn.execute(text("SELECT tablename FROM pg_tables WHERE schemaname = "
                                       "current_schema() ORDER BY 1")).scalars().all()
            return {t: tuple(conn.execute(text(
                f'SELECT count(*), md5(coalesce(string_agg(x::text, \'|\' ORDER BY x::text), \'\')) '
                f'FROM "{t}" x')).one()) for t in tables}
    finally:
        engine.dispose()


def add_building(ctx, code: str) -> None:
    registry.create_building(ctx, BuildingInput(code, f"Edificio {code}", "Via De Lemene 59",
                                                "20151", 8))
    registry.create_unit(ctx, UnitInput(code, "A", 1, "3", 52.5, 3, Regime.CAPPED,
                                        RentModel.PER_M2, 8500))


@pytest.fixture
def office(pg_url, tmp_path):
    gate = Gate(pg_url)
    admin, _recovery = gate.set_up("admin", "Anna Admin", PW)
    accounts.add_account(admin, "m.rossi", "Mario Rossi", "front_desk", "frase di mario")
    add_building(admin, "DL51")
    add_building(admin, "DL53")
    yield gate, admin, tmp_path / "copies"
    gate.close()


@pytest.mark.postgres
def test_round_trip_every_table_equal_after_restore(office, pg_url):
    gate, admin, folder = office
    saved = table_digests(pg_url)  # the copy's content (its own audit entry comes after it)
    info = pg_backups.create_pg_backup(admin, folder, PW, now=NOW)
    assert info.path.name == "borgo-manual-20261125T120000Z.pgdump"
    assert info.revision is not None
    keys, manifest = keyfile.path_for(info.path), anchors.manifest_path(info.path)
    for path in (keys, manifest):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    raw = info.path.read_bytes()
    assert b"DL51" not in raw and b"Edificio" not in raw and b"m.rossi" not in raw  # encrypted
    head = anchors.chain_head(admin.store)
    assert saved["buildings"][0] == 2 and saved["accounts"][0] == 2
    assert json.loads(manifest.read_text())["head"]["seq"] <= head[0]

    ok, message = pg_backups.verify_pg_backup(admin, info.path, PW)
    assert ok, message
    assert message.startswith(f"La copia {info.path.name} è integra (PostgreSQL, revisione")
    assert [b.path for b in backups.list_backups(folder)] == [info.path]

    # What happens after the copy: a building, an account, a disabled user, a new password.
    add_building(admin, "DL55")
    accounts.add_account(admin, "n.nuovo", "Nina Nuova", "front_desk", "frase di nina")
    accounts.set_active(admin, "m.rossi", False)
    assert table_digests(pg_url) != saved

    result = pg_backups.restore_pg_backup(admin, info.path, folder, PW, now=NOW)
    admin.store.close()
    after = table_digests(pg_url)
    audit_before, audit_after = saved.pop("audit_log"), after.pop("audit_log")
    assert after == saved  # every table but the audit trail: counts and checksums equal
    assert audit_after[0] == audit_before[0] + 1  # the copy's chain, then the restore's entry
    assert result.kept is not None and result.kept.name.startswith("borgo-before-restore-")
    assert any("n.nuovo" in line for line in result.reverted)
    assert any("m.rossi" in line for line in result.reverted)

    again = Gate(pg_url)
    ctx = again.log_in("admin", PW)
    assert audit.verify(ctx).ok
    assert ctx.store.dialect == "postgresql"
    assert again.log_in("m.rossi", "frase di mario").actor.role == "front_desk"  # active again
    assert pg_backups.verify_pg_backup(ctx, result.kept, PW)[0]  # the database as it was
    again.close()


@pytest.mark.postgres
def test_a_damaged_or_edited_copy_is_refused_and_the_database_untouched(office, pg_url):
    gate, admin, folder = office
    info = pg_backups.create_pg_backup(admin, folder, PW, now=NOW)
    saved = table_digests(pg_url)

    assert pg_backups.verify_pg_backup(admin, info.path, "non è la password")[1] == (
        f"La password di admin non apre la copia {info.path.name}: serve la password che "
        "admin aveva il giorno della copia.")

    manifest = anchors.manifest_path(info.path)
    data = json.loads(manifest.read_text())
    data["revision"] = "9999"  # a newer program's copy, said by an edited manifest
    manifest.write_text(json.dumps(data))
    ok, message = pg_backups.verify_pg_backup(admin, info.path, PW)
    assert not ok and "modificato" in message
    key = keyfile.KeyFile.load(keyfile.path_for(info.path)).unwrap("admin", PW)
    data["mac"] = pg_backups._mac(key, data)  # a genuine copy of a newer schema
    manifest.write_text(json.dumps(data))
    with pytest.raises(StoreError, match="versione più recente"):
        pg_backups.restore_pg_backup(admin, info.path, folder, PW)

    data["revision"] = info.revision
    data["mac"] = pg_backups._mac(key, data)
    manifest.write_text(json.dumps(data))
    raw = bytearray(info.path.read_bytes())
    raw[len(raw) // 2] ^= 0x01
    info.path.write_bytes(bytes(raw))
    ok, message = pg_backups.verify_pg_backup(admin, info.path, PW)
    assert not ok and "impronta" in message
    data["sha256"] = pg_backups._sha256(info.path)  # checksum matched: the GCM tag catches it
    data["mac"] = pg_backups._mac(key, data)
    manifest.write_text(json.dumps(data))
    with pytest.raises(StoreError, match="la cifratura non torna"):
        pg_backups.restore_pg_backup(admin, info.path, folder, PW)
    assert table_digests(pg_url) == saved
    assert not list(folder.glob("borgo-before-restore-*"))


@pytest.mark.postgres
def test_a_restore_waits_for_the_other_seats(office, pg_url):
    gate, admin, folder = office
    info = pg_backups.create_pg_backup(admin, folder, PW, now=NOW)
    other = create_engine(pg_url)
    try:
        with other.connect() as seat:
            seat.execute(text("SELECT 1"))
            with pytest.raises(StoreError, match=r"in uso da altre connessioni \(1:"):
                pg_backups.restore_pg_backup(admin, info.path, folder, PW)
    finally:
        other.dispose()


def fake_tool(folder: Path, name: str, major: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    tool = folder / name
    tool.write_text(f"#!/bin/sh\necho '{name} (PostgreSQL) {major}.4'\n")
    tool.chmod(0o755)


def test_missing_or_mismatched_tools_are_named_in_italian(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    with pytest.raises(StoreError) as none:
        pg_backups.find_tools(15, folders=[])
    assert none.value.text.startswith(
        "Per le copie del database PostgreSQL (server versione 15) servono i programmi "
        "pg_dump, pg_restore, psql della stessa versione 15; non ne è stato trovato nessuno.")
    assert "postgresql-client-15" in none.value.text

    for name in pg_backups.TOOLS:
        fake_tool(tmp_path / "14" / "bin", name, 14)
    fake_tool(tmp_path / "15" / "bin", "psql", 15)
    with pytest.raises(StoreError) as old:
        pg_backups.find_tools(15, folders=[str(tmp_path / "*" / "bin")])
    assert "servono i programmi pg_dump, pg_restore della stessa versione 15" in old.value.text
    assert f"pg_dump 14 ({tmp_path / '14' / 'bin' / 'pg_dump'})" in old.value.text

    for name in pg_backups.TOOLS:
        fake_tool(tmp_path / "15" / "bin", name, 15)
    found = pg_backups.find_tools(15, folders=[str(tmp_path / "*" / "bin")])
    assert found.pg_dump == tmp_path / "15" / "bin" / "pg_dump" and found.major == 15


@pytest.mark.postgres
def test_the_command_line_backs_up_verifies_and_restores_on_the_server(office, pg_url, tmp_path,
                                                                      monkeypatch, capsys):
    from tests.conftest import run_cli

    gate, admin, _folder = office
    gate.close()
    monkeypatch.setenv("BORGO_PASSWORD", PW)
    base = ["--data-dir", tmp_path / "data", "--database-url", pg_url, "--user", "admin"]
    assert run_cli(["backup", "create", *base]) == 0
    made = capsys.readouterr()
    copy = Path(made.out.strip().removeprefix("Copia creata: "))
    assert copy.suffix == ".pgdump" and pg_backups.NOTE in made.err
    assert run_cli(["backup", "list", *base]) == 0
    assert str(copy) in capsys.readouterr().out
    assert run_cli(["backup", "verify", copy, *base]) == 0
    assert "è integra (PostgreSQL" in capsys.readouterr().out
    saved = table_digests(pg_url)
    assert run_cli(["backup", "restore", copy, *base]) == 0
    assert capsys.readouterr().out.startswith("Copia ripristinata. Il database precedente è "
                                              "conservato in ")
    after = table_digests(pg_url)
    logged = ("audit_log", "accounts")  # every command's login writes there
    assert {t: v for t, v in after.items() if t not in logged} == {
        t: v for t, v in saved.items() if t not in logged}
    assert after["accounts"][0] == saved["accounts"][0]
    monkeypatch.setenv("BORGO_PASSWORD", "non è la password")
    assert run_cli(["backup", "verify", copy, *base]) != 0
