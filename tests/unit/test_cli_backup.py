"""`borgo-desktop backup create|list|verify|restore` on a real data folder."""

from __future__ import annotations

from borgo_desktop.cli import main
from borgo_desktop.services import registry
from borgo_desktop.services.context import Actor, Context
from borgo_desktop.services.registry_forms import BuildingInput
from borgo_desktop.store import Store


def _buildings(data_dir) -> list[str]:
    store = Store.open(f"sqlite:///{data_dir / 'borgo.sqlite'}")
    try:
        return [b.code for b in registry.list_buildings(Context(store, Actor("t")))]
    finally:
        store.close()


def test_create_list_verify_restore(tmp_path, capsys):
    store = Store.open(f"sqlite:///{tmp_path / 'borgo.sqlite'}")
    registry.create_building(Context(store, Actor("t")),
                             BuildingInput("DL51", "Corte", "Via De Lemene 51", "20151", 8))
    store.close()
    assert main(["backup", "create", "--data-dir", str(tmp_path)]) == 0
    out = capsys.readouterr()
    assert "non cifrata" in out.err
    (copy,) = (tmp_path / "backups").glob("borgo-manual-*.sqlite")
    assert main(["backup", "list", "--data-dir", str(tmp_path)]) == 0
    assert copy.name in capsys.readouterr().out
    assert main(["backup", "verify", str(copy), "--data-dir", str(tmp_path)]) == 0

    store = Store.open(f"sqlite:///{tmp_path / 'borgo.sqlite'}")
    registry.create_building(Context(store, Actor("t")),
                             BuildingInput("DL55", "Casa", "Via De Lemene 55", "20151", 8))
    store.close()
    assert _buildings(tmp_path) == ["DL51", "DL55"]
    assert main(["backup", "restore", str(copy), "--data-dir", str(tmp_path)]) == 0
    assert _buildings(tmp_path) == ["DL51"]
    assert list((tmp_path / "backups").glob("borgo-before-restore-*.sqlite"))


def test_a_damaged_copy_is_refused(tmp_path, capsys):
    assert main(["db", "upgrade", "--data-dir", str(tmp_path)]) == 0
    bad = tmp_path / "rotta.sqlite"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 5000)
    assert main(["backup", "verify", str(bad), "--data-dir", str(tmp_path)]) == 1
    assert main(["backup", "restore", str(bad), "--data-dir", str(tmp_path)]) == 1
    assert "Ripristino rifiutato" in capsys.readouterr().err
