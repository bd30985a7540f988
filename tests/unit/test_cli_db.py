"""`borgo-desktop db upgrade|current|check` and the data-folder options."""

from __future__ import annotations

import sqlite3

from borgo_desktop.cli import main
from borgo_desktop.config import DB_FILENAME, resolve_paths


def test_upgrade_current_check(tmp_path, capsys):
    assert main(["db", "check", "--data-dir", str(tmp_path)]) == 1  # nothing migrated yet
    assert "db upgrade" in capsys.readouterr().err
    assert main(["db", "upgrade", "--data-dir", str(tmp_path)]) == 0
    assert main(["--data-dir", str(tmp_path), "db", "current"]) == 0
    assert "0001" in capsys.readouterr().out
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
