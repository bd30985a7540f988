"""`borgo-desktop backup create|list|verify|restore` on a real (encrypted) data folder."""

from __future__ import annotations

from borgo_desktop.cli import main
from borgo_desktop.services.registry import registry
from borgo_desktop.services.registry.forms import BuildingInput


def _buildings(cli_data) -> list[str]:
    ctx = cli_data.context()
    try:
        return [b.code for b in registry.list_buildings(ctx)]
    finally:
        ctx.store.close()


def _add_building(cli_data, code: str) -> None:
    ctx = cli_data.context()
    registry.create_building(ctx, BuildingInput(code, "Corte", "Via De Lemene 51", "20151", 8))
    ctx.store.close()


def test_create_list_verify_restore(cli_data, capsys):
    admin = cli_data.args("admin")
    _add_building(cli_data, "DL51")
    assert main(["backup", "create", *admin]) == 0
    out = capsys.readouterr()
    assert "Copia cifrata" in out.err
    (copy,) = (cli_data.folder / "backups").glob("borgo-manual-*.sqlite")
    assert copy.with_suffix(".keys").exists()  # the key file travels with the copy
    assert main(["backup", "list", *admin]) == 0
    assert copy.name in capsys.readouterr().out
    assert main(["backup", "verify", str(copy), *admin]) == 0

    _add_building(cli_data, "DL55")
    assert _buildings(cli_data) == ["DL51", "DL55"]
    assert main(["backup", "restore", str(copy), *admin]) == 0
    assert _buildings(cli_data) == ["DL51"]
    assert list((cli_data.folder / "backups").glob("borgo-before-restore-*.sqlite"))


def test_a_damaged_copy_is_refused(cli_data, capsys):
    admin = cli_data.args("admin")
    bad = cli_data.folder / "rotta.sqlite"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 5000)
    assert main(["backup", "verify", str(bad), *admin]) == 1
    assert main(["backup", "restore", str(bad), *admin]) == 1
    assert "Ripristino rifiutato" in capsys.readouterr().err


def test_only_the_administrator_handles_copies(cli_data, capsys):
    assert main(["backup", "create", *cli_data.args("capo")]) == 1
    assert "copie di sicurezza" in capsys.readouterr().err
