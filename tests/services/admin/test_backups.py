"""Backups: online copies, verification, restore with the old file kept, rotation."""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest

from borgo_desktop.errors import StoreError, UserError
from borgo_desktop.models.enums import Regime, RentModel
from borgo_desktop.services.admin import backups
from borgo_desktop.services.registry import registry
from borgo_desktop.services.registry.forms import BuildingInput, UnitInput
from borgo_desktop.store import Store, backup_before_migration, sqlite_path

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)  # a Wednesday


def add_building(ctx, code: str) -> None:
    registry.create_building(ctx, BuildingInput(code, f"Edificio {code}", "Via De Lemene 59", "20151", 8))
    registry.create_unit(ctx, UnitInput(code, "A", 1, "3", 52.5, 3, Regime.CAPPED, RentModel.PER_M2, 8500))


def dump(path: Path) -> list[str]:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return list(conn.iterdump())


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def corrupt(path: Path) -> None:
    """Overwrite the headers of a few pages in the middle of the file."""
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    middle = len(data) // page // 2
    for number in range(middle - 1, middle + 2):
        data[number * page:number * page + 64] = b"\xa5" * 64
    path.write_bytes(bytes(data))


def test_create_verify_list(ctx, store, tmp_path):
    add_building(ctx, "DL51")
    folder = tmp_path / "copies"
    info = backups.create_backup(store, folder, "manual", now=NOW)
    assert info.path == folder / "borgo-manual-20261125T120000Z.sqlite"
    assert info.kind == "manual" and info.created_at == NOW and info.size == info.path.stat().st_size
    assert info.revision is not None
    assert backups.verify_backup(info.path) == (
        True, f"La copia {info.path.name} è integra (revisione dello schema {info.revision}).")
    assert [p.name for p in folder.iterdir()] == [info.path.name]  # no temp, -wal or -shm left
    assert "DL51" in "\n".join(dump(info.path))
    again = backups.create_backup(store, folder, "manual", now=NOW)  # same second: both kept
    assert again.path.name == "borgo-manual-20261125T120000Z-2.sqlite"
    assert backups.list_backups(folder) == [again, info]


def test_list_includes_pre_migration_copies(store, tmp_path):
    folder = tmp_path / "copies"
    start = backups.create_backup(store, folder, "start", now=NOW - timedelta(days=1))
    made = backup_before_migration(store, folder, "0001")
    listed = backups.list_backups(folder)
    assert [(i.path, i.kind, i.revision) for i in listed] == [
        (made, "pre-migration", "0001"), (start.path, "start", start.revision)]
    assert backups.verify_backup(made)[0]
    assert sorted(p.name for p in folder.iterdir()) == sorted([made.name, start.path.name])


def test_restore_brings_back_the_content(ctx, store, tmp_path):
    add_building(ctx, "DL51")
    folder = tmp_path / "copies"
    database = sqlite_path(store)
    before = dump(database)
    info = backups.create_backup(store, folder, now=NOW)
    add_building(ctx, "DL55")
    store.close()  # restore runs with the program closed

    aside = backups.restore_backup(f"sqlite:///{database}", info.path, folder, now=NOW)

    assert aside == folder / "borgo-before-restore-20261125T120000Z.sqlite"
    assert backups.verify_backup(aside)[0]
    assert "DL55" in "\n".join(dump(aside))
    reopened = Store.open(f"sqlite:///{database}")
    try:
        codes = [u.code for u in registry.list_units(replace(ctx, store=reopened))]
    finally:
        reopened.close()
    assert len(codes) == 1 and "DL51" in codes[0]
    assert dump(database) == before


def test_restore_refuses_while_the_database_is_open(ctx, store, tmp_path):
    info = backups.create_backup(store, tmp_path / "copies", now=NOW)
    add_building(ctx, "DL59")  # leaves pooled connections open, as a running program does
    with pytest.raises(StoreError, match="in uso"):
        backups.restore_backup(sqlite_path(store), info.path, tmp_path / "copies", now=NOW)
    assert [p.name for p in (tmp_path / "copies").iterdir()] == [info.path.name]
    assert registry.list_buildings(ctx)[0].code == "DL59"


def test_damaged_backup_is_detected_and_refused(ctx, store, tmp_path):
    add_building(ctx, "DL51")
    folder = tmp_path / "copies"
    info = backups.create_backup(store, folder, now=NOW)
    corrupt(info.path)
    ok, message = backups.verify_backup(info.path)
    assert not ok and message.startswith(f"La copia {info.path.name} è danneggiata")
    database = sqlite_path(store)
    store.close()
    fingerprint = digest(database)
    with pytest.raises(StoreError, match="Ripristino rifiutato.*danneggiata.*non è stato modificato"):
        backups.restore_backup(database, info.path, folder, now=NOW)
    assert digest(database) == fingerprint
    assert [p.name for p in folder.iterdir()] == [info.path.name]


def test_verify_refuses_files_that_are_not_borgo_databases(tmp_path):
    empty = tmp_path / "empty.sqlite"
    empty.touch()
    assert backups.verify_backup(empty) == (
        False, "Il file empty.sqlite non contiene un database di Borgo Desktop.")
    text = tmp_path / "notes.sqlite"
    text.write_text("non è un database " * 100)
    assert backups.verify_backup(text)[1].startswith("La copia notes.sqlite è danneggiata")
    assert not backups.verify_backup(tmp_path / "missing.sqlite")[0]


def test_postgresql_is_refused():
    with pytest.raises(UserError) as refused:
        backups.create_backup(SimpleNamespace(dialect="postgresql"), Path("unused"))
    assert refused.value.text == backups.POSTGRES_REFUSAL
    assert "borgo-desktop backup create" in refused.value.text


def test_restore_refuses_postgresql_url(store, tmp_path):
    info = backups.create_backup(store, tmp_path, now=NOW)
    with pytest.raises(UserError, match="pg_dump"):
        backups.restore_backup("postgresql+psycopg://borgo@localhost/borgo", info.path, tmp_path)


def stamp(when: datetime) -> str:
    return when.strftime("%Y%m%dT%H%M%SZ")


def test_rotation_over_400_days(tmp_path):
    automatic = []
    for back in range(400):
        day = datetime.combine(NOW.date() - timedelta(days=back), datetime.min.time(), UTC)
        for kind, hour in (("start", 7), ("exit", 16)):
            if day + timedelta(hours=hour) <= NOW:
                automatic.append(tmp_path / f"borgo-{kind}-{stamp(day + timedelta(hours=hour))}.sqlite")
    never = [tmp_path / f"borgo-manual-{stamp(NOW - timedelta(days=d))}.sqlite" for d in range(0, 400, 50)]
    never += [tmp_path / "pre-migration-0001-20250101T090000Z.sqlite",
              tmp_path / "borgo-before-restore-20250301T090000Z.sqlite",
              tmp_path / f"borgo-start-{stamp(NOW + timedelta(days=2))}.sqlite"]  # clock skew
    stale, fresh = tmp_path / ".borgo-partial-a.tmp", tmp_path / ".borgo-partial-b.tmp"
    for path in automatic + never + [stale, fresh]:
        path.touch()
    os.utime(stale, (NOW.timestamp() - 3 * 86400,) * 2)
    os.utime(fresh, (NOW.timestamp(),) * 2)

    removed = backups.rotate(tmp_path, now=NOW)

    kept = {info.path for info in backups.list_backups(tmp_path, read_revisions=False)}
    kept_automatic = sorted(p.name for p in kept - set(never))
    expected_days = ([f"202611{d}" for d in (19, 20, 21, 22, 23, 24)]  # 7 days (today: below)
                     + ["20261108", "20261115"]  # 2 more ISO weeks; the other 2 are in the 7 days
                     + ["20251231", "20260131", "20260228", "20260331", "20260430", "20260531",
                        "20260630", "20260731", "20260831", "20260930", "20261031"])  # 11 months + now
    assert kept_automatic == sorted([f"borgo-exit-{d}T160000Z.sqlite" for d in expected_days]
                                    + ["borgo-start-20261125T070000Z.sqlite"])
    assert set(never) <= kept and fresh.exists() and not stale.exists()
    assert sorted(removed) == sorted([*(set(automatic) - kept), stale])
    assert len(removed) == len(automatic) - 20 + 1
    assert backups.rotate(tmp_path, now=NOW) == []


def test_rotation_uses_the_rome_calendar(tmp_path):
    # 23:30 UTC on 31 October is already 1 November in Rome (UTC+1).
    late = tmp_path / "borgo-exit-20261031T233000Z.sqlite"
    earlier = tmp_path / "borgo-exit-20261031T120000Z.sqlite"
    late.touch(), earlier.touch()
    removed = backups.rotate(tmp_path, daily=0, weekly=0, monthly=2, now=NOW)
    assert removed == [] and late.exists() and earlier.exists()  # newest of Nov and of Oct


def test_backup_due(store, tmp_path):
    folder = tmp_path / "copies"
    assert backups.backup_due(folder, now=NOW)
    backups.create_backup(store, folder, "manual", now=NOW)
    assert backups.backup_due(folder, now=NOW)  # a manual copy does not replace the daily one
    # 23:30 UTC on the 24th is 00:30 on the 25th in Rome.
    backups.create_backup(store, folder, "start", now=datetime(2026, 11, 24, 23, 30, tzinfo=UTC))
    assert not backups.backup_due(folder, now=NOW)
    assert backups.backup_due(folder, now=NOW + timedelta(days=1))
    assert not backups.backup_due(folder, now=datetime(2026, 11, 25, 22, 59, tzinfo=UTC))
    assert backups.backup_due(folder, now=datetime(2026, 11, 25, 23, 0, tzinfo=UTC))
