"""The store on SQLite and PostgreSQL: migrations, drift, pragmas, transactions, search."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from sqlalchemy import select, text

from borgo_desktop.errors import StoreError, ValidationError
from borgo_desktop.identifiers import make_tax_code
from borgo_desktop.models import Person
from borgo_desktop.models.enums import Regime, Relation, RentModel, Sex
from borgo_desktop.services.registry import registry
from borgo_desktop.services.core import search
from borgo_desktop.services.core.context import Actor, Context
from borgo_desktop.services.registry.forms import (
    BuildingInput, HouseholdInput, MemberInput, PersonInput, UnitInput,
)
from borgo_desktop.store import Store, current_revision, head_revision, schema_drift


def _ctx(store: Store) -> Context:
    return Context(store, Actor("tester"), today=lambda: date(2026, 11, 25))


def _person(surname: str, name: str, born: date, sex: str) -> PersonInput:
    return PersonInput(surname, name, make_tax_code(surname, name, born, sex, "F205"), born,
                       Sex(sex), "Milano")


def test_upgrade_from_empty_reaches_head_without_drift(any_url):
    store = Store.open(any_url)
    try:
        assert current_revision(store) == head_revision()
        assert schema_drift(store) == []
    finally:
        store.close()


def test_registry_round_trip_and_search_on_both_dialects(any_url):
    store = Store.open(any_url)
    ctx = _ctx(store)
    try:
        registry.create_building(ctx, BuildingInput("DL51", "Cascina Boldinasco", "Via De Lemene 51",
                                                    "20151", 8))
        registry.create_unit(ctx, UnitInput("DL51", "A", 1, "4", 62.5, 3, Regime.CAPPED,
                                            RentModel.PER_M2, 9000))
        detail = registry.create_household(ctx, HouseholdInput(), [
            MemberInput(_person("Colombo", "Giulia", date(1979, 4, 2), "F"), Relation.REFERENCE),
            MemberInput(_person("Colombo", "Luca", date(2008, 9, 30), "M"), Relation.CHILD),
        ])
        assert [m.person.given_name for m in detail.members] == ["Giulia", "Luca"]
        hits = search.search(ctx, "colom giu")
        assert {h.kind for h in hits} == {"household", "person"}
        assert any(h.title == "Colombo Giulia" for h in hits)
        assert [h.title for h in search.search(ctx, "DL51-A")] == ["Alloggio DL51-A-4"]
        assert search.search(ctx, "Còlombo")  # accents fold the same way on both dialects
    finally:
        store.close()


def test_duplicate_tax_code_is_refused_and_nothing_is_written(any_url):
    store = Store.open(any_url)
    ctx = _ctx(store)
    try:
        member = MemberInput(_person("Esposito", "Anna", date(1990, 1, 1), "F"), Relation.REFERENCE)
        registry.create_household(ctx, HouseholdInput(), [member])
        with pytest.raises(ValidationError) as refused:
            registry.create_household(ctx, HouseholdInput(), [member])
        assert "già presente" in refused.value.problems["members.0.tax_code"].text
        with store.read() as session:
            assert len(session.scalars(select(Person)).all()) == 1
    finally:
        store.close()


def test_unit_of_work_rolls_back_unless_committed(tmp_path):
    store = Store.open(f"sqlite:///{tmp_path / 'b.sqlite'}")
    with store.unit_of_work() as session:
        session.add(Person(surname="X", given_name="Y", birth_date=date(2000, 1, 1), sex=Sex.M))
    with store.read() as session:
        assert session.scalars(select(Person)).all() == []
    store.close()


def test_sqlite_pragmas(tmp_path):
    store = Store.open(f"sqlite:///{tmp_path / 'b.sqlite'}")
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
        assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 1  # anonymised = gone
    store.close()


def test_database_newer_than_program_is_refused(tmp_path):
    url = f"sqlite:///{tmp_path / 'b.sqlite'}"
    Store.open(url).close()
    with sqlite3.connect(tmp_path / "b.sqlite") as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    with pytest.raises(StoreError, match="più recente"):
        Store.open(url)


def test_backup_is_written_before_a_pending_migration(tmp_path, monkeypatch):
    from borgo_desktop import store as store_module

    path = tmp_path / "b.sqlite"
    store = Store.open(f"sqlite:///{path}")
    registry.create_building(_ctx(store), BuildingInput("DL55", "Corte", "Via De Lemene 55",
                                                        "20151", 8))
    # A program one revision ahead of the file: the upgrade must copy the file first.
    import alembic.command

    monkeypatch.setattr(store_module, "SCHEMA_HEAD", "0002_next")
    monkeypatch.setattr(store_module, "head_revision", lambda: "0002_next")
    upgraded = []
    monkeypatch.setattr(alembic.command, "upgrade", lambda cfg, rev: upgraded.append(rev))
    revision = current_revision(store)
    assert store_module.upgrade(store, backup_dir=tmp_path / "backups")
    store.close()
    (backup,) = (tmp_path / "backups").glob(f"pre-migration-{revision}-*.sqlite")
    with sqlite3.connect(backup) as conn:
        assert conn.execute("SELECT code FROM buildings").fetchall() == [("DL55",)]
    assert upgraded == ["head"]


def test_the_fast_start_head_matches_the_migrations():
    from borgo_desktop.store import SCHEMA_HEAD

    assert SCHEMA_HEAD == head_revision()


def test_fresh_database_is_built_by_migrations_not_create_all(tmp_path):
    store = Store.open(f"sqlite:///{tmp_path / 'b.sqlite'}")
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == head_revision()
        names = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"search_fts", "households", "persons", "units"} <= names
    store.close()


def test_a_unique_key_taken_by_another_seat_is_a_user_error(any_url):
    from borgo_desktop.models import Building

    store = Store.open(any_url)
    try:
        registry.create_building(_ctx(store), BuildingInput("DL51", "Corte", "Via De Lemene 51",
                                                            "20151", 8))
        # As if a second seat passed the service check at the same moment and wrote second.
        with pytest.raises(StoreError, match="altra postazione"):
            with store.unit_of_work() as session:
                session.add(Building(code="DL51", name="Doppione", address="-", cap="20151"))
                session.commit()
    finally:
        store.close()


def test_an_install_without_migration_scripts_is_refused(tmp_path, monkeypatch):
    from borgo_desktop import store as store_module

    empty = tmp_path / "migrations"
    (empty / "versions").mkdir(parents=True)
    (empty / "env.py").write_text("")
    monkeypatch.setattr(store_module, "MIGRATIONS_DIR", empty)
    with pytest.raises(StoreError, match="mancano"):
        Store.open(f"sqlite:///{tmp_path / 'b.sqlite'}")
