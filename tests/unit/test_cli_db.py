"""`borgo-desktop db upgrade|current|check` and the data-folder options."""

from __future__ import annotations

import sqlite3

from borgo_desktop.cli import main
from borgo_desktop.config import DB_FILENAME, resolve_paths
from borgo_desktop.store import SCHEMA_HEAD


def test_upgrade_current_check(tmp_path, capsys):
    assert main(["db", "check", "--data-dir", str(tmp_path)]) == 1  # nothing migrated yet
    assert "db upgrade" in capsys.readouterr().err
    assert main(["db", "upgrade", "--data-dir", str(tmp_path)]) == 0
    assert main(["--data-dir", str(tmp_path), "db", "current"]) == 0
    assert SCHEMA_HEAD in capsys.readouterr().out
    assert main(["db", "check", "--data-dir", str(tmp_path)]) == 0
    assert (tmp_path / DB_FILENAME).exists()


def test_check_fails_when_the_schema_drifts(tmp_path, capsys):
    assert main(["db", "upgrade", "--data-dir", str(tmp_path)]) == 0
    with sqlite3.connect(tmp_path / DB_FILENAME) as conn:
        conn.execute("ALTER TABLE persons ADD COLUMN nickname VARCHAR(20)")
    assert main(["db", "check", "--data-dir", str(tmp_path)]) == 1
    assert "nickname" in capsys.readouterr().err


def test_environment_variable_moves_the_data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("BORGO_DATA_DIR", str(tmp_path / "elsewhere"))
    assert resolve_paths().data_dir == tmp_path / "elsewhere"
    assert resolve_paths(demo=True).data_dir == tmp_path / "elsewhere" / "demo"
    assert resolve_paths(tmp_path / "explicit").data_dir == tmp_path / "explicit"


def test_database_url_option_wins(tmp_path):
    url = f"sqlite:///{tmp_path / 'other.sqlite'}"
    assert main(["db", "upgrade", "--data-dir", str(tmp_path), "--database-url", url]) == 0
    assert (tmp_path / "other.sqlite").exists()
    assert not (tmp_path / DB_FILENAME).exists()


def test_audit_verify_names_the_altered_entry(tmp_path, capsys):
    from borgo_desktop.services import registry
    from borgo_desktop.services.context import Actor, Context
    from borgo_desktop.services.registry_forms import BuildingInput
    from borgo_desktop.store import Store

    store = Store.open(f"sqlite:///{tmp_path / DB_FILENAME}")
    for code in ("DL51", "DL55", "DL59"):
        registry.create_building(Context(store, Actor("t")),
                                 BuildingInput(code, "Corte", "Via De Lemene 51", "20151", 8))
    store.close()
    assert main(["audit", "verify", "--data-dir", str(tmp_path)]) == 0
    with sqlite3.connect(tmp_path / DB_FILENAME) as conn:
        conn.execute("UPDATE audit_log SET actor = 'qualcuno' WHERE seq = 2")
    capsys.readouterr()
    assert main(["audit", "verify", "--data-dir", str(tmp_path)]) == 1
    assert "2" in capsys.readouterr().out
