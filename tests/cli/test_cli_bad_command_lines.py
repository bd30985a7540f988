"""Bad command lines are answered in Italian, without a traceback (issue 17, item 5):
an address of an unknown kind, a PostgreSQL database that does not exist, a data folder that
is a file, a data folder that cannot be written."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import tempfile
import uuid

from sqlalchemy.engine import make_url

from tests.conftest import run_cli

PG_URL = os.environ.get("BORGO_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def _refused(capsys, argv) -> str:
    capsys.readouterr()
    assert run_cli(argv) == 1
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err and "Traceback" not in captured.out
    return captured.err


def test_an_address_of_an_unknown_kind(tmp_path):
    done = subprocess.run([sys.executable, "-m", "borgo_desktop", "--data-dir", str(tmp_path),
                           "--database-url", "foo://bar", "db", "check"],
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, "BORGO_DATABASE_URL": ""})
    assert done.returncode == 1
    assert done.stderr.strip() == (
        "Errore: L'indirizzo del database «foo://bar» non è valido: usare un indirizzo come "
        "postgresql+psycopg://utente@server/nome, oppure non indicarlo per il file su questo "
        "computer.")


def test_an_address_that_is_not_one(tmp_path, capsys):
    err = _refused(capsys, ["--data-dir", str(tmp_path), "--database-url", "not an url",
                            "db", "check"])
    assert "L'indirizzo del database «not an url» non è valido" in err


def test_a_postgresql_database_that_does_not_exist(tmp_path, capsys):
    name = f"borgo_missing_{uuid.uuid4().hex[:8]}"
    url = make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    err = _refused(capsys, ["--data-dir", str(tmp_path), "--database-url", url, "db", "check"])
    assert f"Errore: Il database PostgreSQL «{name}» non esiste sul server" in err
    assert "danneggiato" not in err and "does not exist" not in err


def test_a_data_folder_that_is_a_file(tmp_path, capsys):
    afile = tmp_path / "borgo.txt"
    afile.write_text("x")
    for folder in (afile, afile / "sotto"):
        err = _refused(capsys, ["--data-dir", str(folder), "db", "check"])
        assert err.strip() == (f"Errore: «{afile}» è un file, non una cartella: indicare con "
                               "--data-dir la cartella dei dati del programma.")
    assert afile.read_text() == "x"


def test_a_read_only_data_folder_is_named_as_such(cli_data, capsys, monkeypatch):
    keys = (cli_data.folder / "borgo.keys").read_bytes()

    def read_only(*args, **kwargs):  # what the system answers on a read-only folder
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(tempfile, "TemporaryFile", read_only)
    err = _refused(capsys, ["db", "check", *cli_data.args()])
    assert f"La cartella dei dati {cli_data.folder} è di sola lettura" in err
    assert "chiavi" not in err and "Read-only" not in err
    assert (cli_data.folder / "borgo.keys").read_bytes() == keys
