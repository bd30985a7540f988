"""`borgo-desktop db upgrade|current|check` and the data-folder options."""

from __future__ import annotations

from sqlalchemy import text

from borgo_desktop.cli import main
from borgo_desktop.config import DB_FILENAME, resolve_paths
from borgo_desktop.store import SCHEMA_HEAD


def test_upgrade_current_check(cli_data, capsys):
    args = cli_data.args()
    assert main(["db", "upgrade", *args]) == 0
    assert main([*args, "db", "current"]) == 0
    assert SCHEMA_HEAD in capsys.readouterr().out
    assert main(["db", "check", *args]) == 0
    assert (cli_data.folder / DB_FILENAME).exists()


def test_nothing_runs_before_the_first_account(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("BORGO_PASSWORD", "qualunque cosa")
    for command in (["db", "upgrade"], ["db", "check"], ["users", "list"], ["audit", "verify"],
                    ["export", "units", "--out", str(tmp_path / "a.xlsx")]):
        assert main([*command, "--data-dir", str(tmp_path), "--user", "x"]) == 1, command
        assert "users add" in capsys.readouterr().err
    assert not (tmp_path / "a.xlsx").exists()


def test_check_fails_when_the_schema_drifts(cli_data, capsys):
    ctx = cli_data.context()
    with ctx.store.engine.begin() as conn:
        conn.execute(text("ALTER TABLE persons ADD COLUMN nickname VARCHAR(20)"))
    ctx.store.close()
    assert main(["db", "check", *cli_data.args()]) == 1
    assert "nickname" in capsys.readouterr().err


def test_environment_variable_moves_the_data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("BORGO_DATA_DIR", str(tmp_path / "elsewhere"))
    assert resolve_paths().data_dir == tmp_path / "elsewhere"
    assert resolve_paths(demo=True).data_dir == tmp_path / "elsewhere" / "demo"
    assert resolve_paths(tmp_path / "explicit").data_dir == tmp_path / "explicit"


def test_database_url_option_wins(tmp_path, monkeypatch):
    import io
    import sys

    url = f"sqlite:///{tmp_path / 'other.sqlite'}"
    monkeypatch.setattr(sys, "stdin", io.StringIO("una frase di prova\n"))
    assert main(["users", "add", "admin", "--role", "admin", "--password-stdin",
                 "--data-dir", str(tmp_path), "--database-url", url]) == 0
    assert (tmp_path / "other.sqlite").exists() and (tmp_path / "other.keys").exists()
    assert not (tmp_path / DB_FILENAME).exists()


def test_audit_verify_names_the_altered_entry(cli_data, capsys):
    from borgo_desktop.services.registry import registry
    from borgo_desktop.services.registry.forms import BuildingInput

    ctx = cli_data.context()
    for code in ("DL51", "DL55", "DL59"):
        registry.create_building(ctx, BuildingInput(code, "Corte", "Via De Lemene 51", "20151", 8))
    ctx.store.close()
    assert main(["audit", "verify", *cli_data.args()]) == 0
    ctx = cli_data.context()
    with ctx.store.engine.begin() as conn:
        conn.execute(text("UPDATE audit_log SET actor = 'qualcuno' WHERE seq = 2"))
    ctx.store.close()
    capsys.readouterr()
    assert main(["audit", "verify", *cli_data.args()]) == 1
    assert "2" in capsys.readouterr().out
